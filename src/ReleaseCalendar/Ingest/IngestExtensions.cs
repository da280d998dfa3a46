using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using ReleaseCalendar.Data;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.MusicBrainz;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Ingest;

public static partial class Log
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Housekeeping retired {Retired} cancelled releases from feeds, {Purged} of them deleted for good")]
    public static partial void HousekeepingDone(this ILogger logger, int retired, int purged);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error,
        Message = "Source {SourceId} is not scheduled: Quartz refuses its schedule '{Schedule}'; fix it through the admin API")]
    public static partial void SourceNotScheduled(this ILogger logger, Exception e, int sourceId, string schedule);
}

public static class IngestExtensions
{
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<IngestOptions, IngestOptionsValidator>(IngestOptions.Section);
        // Read once here only to shape the scheduler; the validated options guard the values at start.
        var options = builder.Configuration.GetSection(IngestOptions.Section).Get<IngestOptions>() ?? new IngestOptions();
        builder.Services.AddSingleton<IngestMetrics>();
        builder.Services.AddMusicBrainzAndTvMaze();
        builder.Services.AddICalAndNews();
        builder.Services.AddSingleton<IngestWriter>();
        builder.Services.AddSingleton<SourceRunner>();
        builder.Services.AddUpstreamHttp();
        // Each run gets its own view of the shared clients, counting its calls and retries.
        builder.Services.AddSingleton<Func<RunCounters, IUpstream>>(sp => sp.GetRequiredService<UpstreamHttp>().ForRun);
        builder.Services.AddSingleton<SourceScheduler>();
        builder.Services.AddSingleton<SourceChanges>();
        builder.Services.AddSingleton<Suggestions>();
        builder.Services.AddScoped<HousekeepingJob>();
        builder.Services.AddHostedService<SourceScheduleSync>();
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = options.SchedulerName;
                // Triggers stored by another process (a web process queueing runs for a worker) are seen only when the
                // scheduler looks again; Quartz's 30 s would leave a queued run waiting that long.
                o.IdleWaitTime = options.SchedulerIdleWait;
            });
            // Schedules run on the wall clock, not on the TimeProvider in DI (which Quartz would take otherwise): the
            // two are the same in the service, and tests fake the domain's clock without freezing the scheduler.
            q.UseTimeProvider(TimeProvider.System);
            // Jobs, triggers and misfires live in the service's own database (tables from the migrations), so a
            // schedule survives restarts; one catch-up run per source after downtime (see SourceScheduler).
            q.UseServiceDatabase(builder.Configuration, builder.Environment);
            q.AddJob<HousekeepingJob>(j => j.WithIdentity(HousekeepingJob.Key).StoreDurably().RequestRecovery());
            q.AddTrigger(t => t.ForJob(HousekeepingJob.Key).WithIdentity("housekeeping-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(options.HousekeepingInterval).RepeatForever()));
        });
        if (options.SchedulerEnabled)
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}

/// <summary>At start-up, after the migrations: Quartz's jobs match the sources table (it may have been restored from a
/// backup). A run left "running" by a dead process is marked failed by the next run of its source, once its lease is out.</summary>
sealed class SourceScheduleSync(IDbContextFactory<Data.AppDbContext> contexts, SourceScheduler scheduler,
    IOptions<IngestOptions> options, ILogger<SourceScheduleSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().ToListAsync(cancellationToken);
        await scheduler.ReconcileAsync(sources, cancellationToken, (source, e) => logger.SourceNotScheduled(e, source.Id, source.Schedule));
        if (!options.Value.SchedulerEnabled) return;
        // An enabled source that never ran (the demo's, on a fresh database) runs now rather than at its next slot.
        var ran = (await db.Runs.Select(r => r.SourceId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var source in sources.Where(s => s.Enabled && !ran.Contains(s.Id)))
            await scheduler.TriggerFirstAsync(source.Id, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
