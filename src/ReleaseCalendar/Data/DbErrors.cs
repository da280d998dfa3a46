using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ReleaseCalendar.Data;

public enum DbFailure { None, UniqueViolation, ForeignKeyViolation, Busy, Concurrency }

/// <summary>What a failed write means, independent of the provider: the one place that reads provider error codes.</summary>
public static class DbErrors
{
    // SQLite extended result codes (https://www.sqlite.org/rescode.html).
    const int SqliteBusy = 5, SqliteLocked = 6, SqliteConstraintUnique = 2067, SqliteConstraintPrimaryKey = 1555,
        SqliteConstraintForeignKey = 787;

    public static DbFailure Classify(Exception exception)
    {
        if (exception is DbUpdateConcurrencyException) return DbFailure.Concurrency;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException postgres)
            {
                // SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
                return postgres.SqlState switch
                {
                    "23505" => DbFailure.UniqueViolation,
                    "23503" => DbFailure.ForeignKeyViolation,
                    // serialization_failure, deadlock_detected, lock_not_available, query_canceled (lock/statement timeout)
                    "40001" or "40P01" or "55P03" or "57014" => DbFailure.Busy,
                    _ => DbFailure.None,
                };
            }
            if (e is SqliteException sqlite)
            {
                return sqlite.SqliteExtendedErrorCode switch
                {
                    SqliteConstraintUnique or SqliteConstraintPrimaryKey => DbFailure.UniqueViolation,
                    SqliteConstraintForeignKey => DbFailure.ForeignKeyViolation,
                    _ when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked => DbFailure.Busy,
                    _ => DbFailure.None,
                };
            }
        }
        return DbFailure.None;
    }
}
