using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Quartz;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Ingest;

public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Off in tests, which run jobs explicitly.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")] public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);
}

[OptionsValidator]
public sealed partial class IngestOptionsValidator : IValidateOptions<IngestOptions>;

public static partial class Log
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "Housekeeping retired {Retired} cancelled releases from feeds, {Purged} of them deleted for good")]
    public static partial void HousekeepingDone(this ILogger logger, int retired, int purged);
}

public static class IngestExtensions
{
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<IngestOptions, IngestOptionsValidator>(IngestOptions.Section);
        // Read once here only to shape the schedule; the validated options guard the values at start.
        var options = builder.Configuration.GetSection(IngestOptions.Section).Get<IngestOptions>() ?? new IngestOptions();
        builder.Services.AddScoped<HousekeepingJob>();
        builder.Services.AddQuartz(q =>
        {
            q.AddJob<HousekeepingJob>(j => j.WithIdentity(HousekeepingJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(HousekeepingJob.Key).WithIdentity("housekeeping-trigger")
                .StartNow().WithSimpleSchedule(s => s.WithInterval(options.HousekeepingInterval).RepeatForever()));
        });
        if (options.SchedulerEnabled)
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
