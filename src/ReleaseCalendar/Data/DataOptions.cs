using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Data;

/// <summary>The store: SQLite in one file (the zero-setup default) or PostgreSQL (several replicas, issue #11).</summary>
public enum DataProvider { Sqlite, Postgres }

public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>`sqlite` or `postgres`. PostgreSQL needs ConnectionStrings:ReleaseCalendar.</summary>
    public DataProvider Provider { get; set; } = DataProvider.Sqlite;

    /// <summary>SQLite file, relative to the content root unless absolute. Ignored when
    /// ConnectionStrings:ReleaseCalendar is set.</summary>
    [Required] public string Path { get; set; } = "data/releasecalendar.db";

    /// <summary>How long a writer waits for SQLite's lock before failing (PRAGMA busy_timeout).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")] public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Seed a small demo catalog into an empty database on start.</summary>
    public bool SeedDemo { get; set; } = true;
}

[OptionsValidator]
public sealed partial class DataOptionsValidator : IValidateOptions<DataOptions>;
