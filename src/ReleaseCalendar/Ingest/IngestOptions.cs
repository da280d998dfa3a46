using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Ingest;

public sealed class IngestOptions : IValidatableObject
{
    public const string Section = "Ingest";

    /// <summary>Whether this process runs the jobs. Off in most tests (they run jobs explicitly) and in a web process
    /// that leaves them to a worker process (<see cref="QueueRunsForWorker"/>).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>A worker process on the same database runs the jobs (README, "A worker process"): this one, whose
    /// scheduler is off, still stores schedules and queues the runs asked for through the admin API, for the worker to
    /// take. Ingestion then gets its own process, which the operating system can run at idle priority, so that a large
    /// run cannot slow the feeds this one serves.</summary>
    public bool QueueRunsForWorker { get; set; }

    /// <summary>How long an idle scheduler waits before it looks at the job store again: the longest a run queued or a
    /// schedule changed by another process waits to be noticed (Quartz's default is 30 s; at least 1 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")] public TimeSpan SchedulerIdleWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Quartz scheduler's name: its jobs are stored under it, so it must stay the same across restarts.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]{1,100}$")] public string SchedulerName { get; set; } = "ReleaseCalendar";

    /// <summary>The shortest gap a source's schedule may leave between two runs; a cron that fires more often is a 400
    /// naming the schedule. Each run reads a whole upstream catalogue, and upstreams ask for restraint.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")] public TimeSpan MinScheduleInterval { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Items merged per transaction: each commit takes its own Last-Modified second (see README, feeds).</summary>
    [Range(1, 100_000)] public int BatchSize { get; set; } = 2000;

    /// <summary>An item missing from this many complete runs in a row is flagged for an admin (never deleted).</summary>
    [Range(1, 1000)] public int MissesBeforeFlag { get; set; } = 3;

    /// <summary>How long a run holds its source before another may take it over; renewed after every batch, so only a
    /// run whose process died lets it run out.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan RunLease { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (QueueRunsForWorker && SchedulerEnabled)
            // Reported as "Ingest:QueueRunsForWorker: …" (the generated validator puts the member first; Hosting/ConfigurationErrors).
            yield return new ValidationResult(
                "true needs Ingest:SchedulerEnabled=false (a process either runs the jobs or leaves them to a worker).", [nameof(QueueRunsForWorker)]);
    }
}

[OptionsValidator]
public sealed partial class IngestOptionsValidator : IValidateOptions<IngestOptions>;
