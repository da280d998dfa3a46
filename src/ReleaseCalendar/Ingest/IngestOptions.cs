using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Ingest;

public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Off in most tests, which run jobs explicitly.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>The Quartz scheduler's name: its jobs are stored under it, so it must stay the same across restarts.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,100}$")] public string SchedulerName { get; set; } = "ReleaseCalendar";

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Items merged per transaction: each commit takes its own Last-Modified second (see README, feeds).</summary>
    [Range(1, 100_000)] public int BatchSize { get; set; } = 2000;

    /// <summary>An item missing from this many complete runs in a row is flagged for an admin (never deleted).</summary>
    [Range(1, 1000)] public int MissesBeforeFlag { get; set; } = 3;

    /// <summary>How long a run holds its source before another may take it over; renewed after every batch, so only a
    /// run whose process died lets it run out.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan RunLease { get; set; } = TimeSpan.FromMinutes(15);
}

[OptionsValidator]
public sealed partial class IngestOptionsValidator : IValidateOptions<IngestOptions>;
