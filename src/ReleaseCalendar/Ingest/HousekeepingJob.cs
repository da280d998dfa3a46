using Microsoft.Extensions.Options;
using Quartz;
using ReleaseCalendar.Catalog;

namespace ReleaseCalendar.Ingest;

/// <summary>Retires cancelled and deleted releases from feeds once their retention is over, and
/// removes the deleted ones for good. Cancelled ones stay in the JSON API: they are history.</summary>
[DisallowConcurrentExecution]
public sealed class HousekeepingJob(ReleaseChanges releases, IOptions<CatalogOptions> options, ILogger<HousekeepingJob> logger) : IJob
{
    public const string Actor = "housekeeping";
    public static readonly JobKey Key = new("housekeeping");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunAsync(cancellationToken);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var result = await releases.RetireExpiredAsync(options.Value.CancelledRetention, Actor, ct);
        if (result.Error is { } error) throw new InvalidOperationException($"Housekeeping failed: {error.Detail}");
        var (retired, purged) = result.Value;
        if (retired > 0) logger.HousekeepingDone(retired, purged);
        return retired;
    }
}
