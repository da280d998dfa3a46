using Microsoft.Data.Sqlite;
using ReleaseCalendar.Data;

namespace ReleaseCalendar.Tests.Catalog;

/// <summary>The provider's error codes mean what the catalog answers with: a real SQLite engine raises them here.</summary>
public sealed class DbErrorsTests
{
    static SqliteException Raise(string setup, string failing)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON; " + setup;
        command.ExecuteNonQuery();
        command.CommandText = failing;
        return Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }

    [Fact]
    public void Classify_DuplicateKey_IsUniqueViolation() =>
        Assert.Equal(DbFailure.UniqueViolation, DbErrors.Classify(
            Raise("CREATE TABLE a (slug TEXT UNIQUE); INSERT INTO a VALUES ('rm');", "INSERT INTO a VALUES ('rm');")));

    [Fact]
    public void Classify_MissingParent_IsForeignKeyViolation() =>
        Assert.Equal(DbFailure.ForeignKeyViolation, DbErrors.Classify(
            Raise("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p(id));", "INSERT INTO c VALUES (42);")));

    [Fact]
    public void Classify_WrappedInAnUpdateException_LooksInside() =>
        Assert.Equal(DbFailure.UniqueViolation, DbErrors.Classify(new Microsoft.EntityFrameworkCore.DbUpdateException("save failed",
            Raise("CREATE TABLE a (slug TEXT UNIQUE); INSERT INTO a VALUES ('x');", "INSERT INTO a VALUES ('x');"))));

    [Fact]
    public void Classify_AnythingElse_IsNone() =>
        Assert.Equal(DbFailure.None, DbErrors.Classify(new InvalidOperationException("not a database failure")));
}
