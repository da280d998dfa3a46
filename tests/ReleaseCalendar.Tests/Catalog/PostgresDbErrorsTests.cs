using Npgsql;
using ReleaseCalendar.Data;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Catalog;

/// <summary>The same meanings from PostgreSQL's SQLSTATE codes, raised by a real server (tests/pg).</summary>
public sealed class PostgresDbErrorsTests : IDisposable
{
    readonly string _database = PostgresServer.CreateDatabase();

    public void Dispose() => PostgresServer.DropDatabase(_database);

    PostgresException Raise(string setup, string failing)
    {
        using var connection = new NpgsqlConnection(_database);
        connection.Open();
        using (var prepare = new NpgsqlCommand(setup, connection)) prepare.ExecuteNonQuery();
        using var command = new NpgsqlCommand(failing, connection);
        return Assert.Throws<PostgresException>(() => command.ExecuteNonQuery());
    }

    [Fact]
    public void Classify_DuplicateKey_IsUniqueViolation() =>
        Assert.Equal(DbFailure.UniqueViolation, DbErrors.Classify(
            Raise("CREATE TABLE a (slug text UNIQUE); INSERT INTO a VALUES ('rm');", "INSERT INTO a VALUES ('rm');")));

    [Fact]
    public void Classify_MissingParent_IsForeignKeyViolation() =>
        Assert.Equal(DbFailure.ForeignKeyViolation, DbErrors.Classify(
            Raise("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p int REFERENCES p(id));", "INSERT INTO c VALUES (42);")));

    [Fact]
    public void Classify_RowLockedByAnotherWriter_IsBusy()
    {
        using var holder = new NpgsqlConnection(_database);
        holder.Open();
        using (var setup = new NpgsqlCommand("CREATE TABLE r (id int PRIMARY KEY); INSERT INTO r VALUES (1);", holder)) setup.ExecuteNonQuery();
        using var tx = holder.BeginTransaction();
        using (var take = new NpgsqlCommand("SELECT id FROM r WHERE id = 1 FOR UPDATE", holder, tx)) take.ExecuteScalar();
        var e = Raise("SELECT 1", "SELECT id FROM r WHERE id = 1 FOR UPDATE NOWAIT");
        Assert.Equal(DbFailure.Busy, DbErrors.Classify(e));
    }
}
