using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Quartz;
using ReleaseCalendar.Data;

namespace ReleaseCalendar.Ingest;

/// <summary>Keeps Quartz in step with the sources table: one durable job per source, with a cron trigger while it is
/// enabled. Called on every change through the admin API (so a new schedule applies at once) and at start-up.</summary>
public sealed class SourceScheduler(ISchedulerFactory schedulers)
{
    public const string Group = "sources";
    public const string SourceIdKey = "sourceId";
    public const string RunIdKey = "runId";
    /// <summary>What a run's record says started it, when not "schedule" or "manual".</summary>
    public const string TriggerNameKey = "trigger";

    public static JobKey JobOf(int sourceId) => new($"source-{sourceId}", Group);
    public static TriggerKey TriggerOf(int sourceId) => new($"source-{sourceId}-schedule", Group);

    /// <summary>Fire times looked at for the shortest gap: a minute's worth of a per-second schedule, or of one that fires
    /// every second within one hour of the day ("* * 3 * * ?"), is enough to see it.</summary>
    const int GapSamples = 64;

    /// <summary>Null when Quartz accepts the expression and its runs are at least <paramref name="minInterval"/> apart;
    /// else what is wrong with it, for a 400.</summary>
    public static string? CronProblem(string? expression, DateTimeOffset now, TimeSpan minInterval)
    {
        if (string.IsNullOrWhiteSpace(expression))
            return "Required: a Quartz cron expression (seconds minutes hours day-of-month month day-of-week), e.g. '0 0 */6 * * ?'.";
        try
        {
            var cron = new CronExpression(expression, TimeZoneInfo.Utc);
            if (cron.GetNextValidTimeAfter(now) is not { } next) return "The expression never fires again (a year in the past?).";
            // Upstreams ask for restraint (MusicBrainz: 1 request/s for everyone), and a run reads a whole catalogue.
            for (var i = 0; i < GapSamples && cron.GetNextValidTimeAfter(next) is { } after; i++, next = after)
                if (after - next < minInterval)
                    return string.Create(CultureInfo.InvariantCulture,
                        $"Fires {Describe(after - next)} apart at {next:yyyy-MM-dd HH:mm:ss} UTC; runs must be at least {Describe(minInterval)} apart ") +
                           "(Ingest:MinScheduleInterval), e.g. '0 0 */6 * * ?' runs every six hours.";
            return null;
        }
        catch (FormatException e)
        {
            return $"Not a Quartz cron expression ({e.Message}); e.g. '0 0 */6 * * ?' runs every six hours.";
        }
    }

    static string Describe(TimeSpan gap) =>
        gap.TotalSeconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{gap.TotalSeconds:0} s")
        : gap.TotalMinutes < 60 ? string.Create(CultureInfo.InvariantCulture, $"{gap.TotalMinutes:0.#} min")
        : string.Create(CultureInfo.InvariantCulture, $"{gap.TotalHours:0.#} h");

    public async Task SyncAsync(Source source, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<SourceJob>().WithIdentity(JobOf(source.Id)).UsingJobData(SourceIdKey, source.Id)
            .WithDescription($"{source.Actor} {source.ExternalId ?? source.Url}").StoreDurably()
            // A run whose node dies (kill -9, a lost machine) is re-run by another node of the cluster; see SourceJob.
            .RequestRecovery().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, ct);
        var existing = await scheduler.GetTrigger(TriggerOf(source.Id), ct) as ICronTrigger;
        // An unchanged schedule keeps its trigger, with its next fire time and any misfire it owes since the last start.
        if (source.Enabled && existing?.CronExpressionString == source.Schedule) return;
        if (existing is not null) await scheduler.UnscheduleJob(TriggerOf(source.Id), ct);
        if (!source.Enabled) return;
        // Misfires (the service was down when a run was due) fire once at start-up, then the schedule goes on:
        // one catch-up run, not one per missed slot.
        var trigger = TriggerBuilder.Create().WithIdentity(TriggerOf(source.Id)).ForJob(job)
            .WithCronSchedule(source.Schedule, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async Task RemoveAsync(int sourceId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJob(JobOf(sourceId), ct);
    }

    /// <summary>Runs the source now, as run <paramref name="runId"/>. The job disallows concurrent execution, so a run
    /// already going on makes this one wait its turn.</summary>
    public async Task TriggerAsync(int sourceId, int runId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(JobOf(sourceId), new JobDataMap { [RunIdKey] = runId }, ct);
    }

    /// <summary>Runs a source that never ran, now, once: replicas starting together each see it never ran, but the run's
    /// trigger has one name, so one of them schedules it and the others find it taken (false).</summary>
    public async Task<bool> TriggerFirstAsync(int sourceId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var trigger = TriggerBuilder.Create().WithIdentity($"source-{sourceId}-first", Group).ForJob(JobOf(sourceId))
            .UsingJobData(TriggerNameKey, "first").StartNow().Build();
        try
        {
            await scheduler.ScheduleJob(trigger, new ScheduleJobOptions { Replace = false }, ct);
            return true;
        }
        catch (ObjectAlreadyExistsException) { return false; }
    }

    public async Task<DateTimeOffset?> NextRunAsync(int sourceId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return (await scheduler.GetTrigger(TriggerOf(sourceId), ct))?.NextFireTimeUtc;
    }

    /// <summary>At start-up: every source has its job and trigger, and no job is left of a deleted source.</summary>
    public async Task ReconcileAsync(IReadOnlyList<Source> sources, CancellationToken ct, Action<Source, Exception>? failed = null)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var wanted = sources.Select(s => JobOf(s.Id)).ToHashSet();
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group), ct))
            if (!wanted.Contains(key)) await scheduler.DeleteJob(key, ct);
        foreach (var source in sources)
        {
            // One source Quartz refuses (a schedule that can no longer fire) must not stop the service from starting.
            try { await SyncAsync(source, ct); }
            catch (SchedulerException e) { failed?.Invoke(source, e); }
        }
    }
}

/// <summary>The Quartz job of one source. Never two at once for a source, also when one is triggered by hand, and in a
/// cluster never on two nodes at once.</summary>
[DisallowConcurrentExecution]
public sealed class SourceJob(SourceRunner runner, IDbContextFactory<AppDbContext> contexts) : IJob
{
    /// <summary>The trigger the import verb's runs are recorded with (Cli/ImportCommand.cs).</summary>
    const string ImportTrigger = "cli";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.JobDetail.JobDataMap.GetInt(SourceScheduler.SourceIdKey);
        var data = context.Trigger.JobDataMap;
        int? runId = data.ContainsKey(SourceScheduler.RunIdKey) ? data.GetInt(SourceScheduler.RunIdKey) : null;
        var trigger = data.ContainsKey(SourceScheduler.TriggerNameKey) ? data.GetString(SourceScheduler.TriggerNameKey)! : runId is null ? "schedule" : "manual";
        // Quartz re-runs the job of a node that died mid-run (its check-ins stopped) with the trigger's data, so a manual
        // run keeps its id. A scheduled run's id is in its source's lease: the record the dead node left "running" is
        // taken over and finished, never left behind beside a second one.
        if (context.Recovering && runId is null) runId = await DeadRunAsync(sourceId, cancellationToken);
        // A failed run is recorded by the runner; Quartz need not know (it would only log it again).
        await runner.RunAsync(sourceId, runId, trigger, null, cancellationToken);
    }

    /// <summary>The run holding the source's lease, if it is one the scheduler started (not the import verb's).</summary>
    async Task<int?> DeadRunAsync(int sourceId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Sources.Where(s => s.Id == sourceId && s.LeaseRunId != null)
            .Join(db.Runs, s => s.LeaseRunId, r => (int?)r.Id, (s, r) => r)
            .Where(r => r.Status == RunStatus.Running && r.Trigger != ImportTrigger)
            .Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
    }
}
