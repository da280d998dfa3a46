using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;
using ReleaseCalendar.Admin;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Ingest;

/// <summary>Retires cancelled and deleted releases from feeds once their retention is over, and
/// removes the deleted ones for good. Cancelled ones stay in the JSON API: they are history.</summary>
[DisallowConcurrentExecution]
public sealed class HousekeepingJob(AppDbContext db, FeedStamps stamps, TimeProvider clock,
    IOptions<AdminOptions> admin, ILogger<HousekeepingJob> logger) : IJob
{
    public static readonly JobKey Key = new("housekeeping");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunAsync(cancellationToken);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.UtcNowSeconds();
        var cutoff = now - admin.Value.CancelledRetention;
        var due = await db.Releases.Include(r => r.Subjects)
            .Where(r => !r.RetiredFromFeeds && r.CancelledUtc != null && r.CancelledUtc <= cutoff)
            .ToListAsync(ct);
        if (due.Count == 0) return 0;
        var touched = due.SelectMany(r => r.Subjects.Select(s => s.SubjectId)).ToList();
        var purged = 0;
        foreach (var r in due)
        {
            if (r.DeletedUtc is not null) { db.Releases.Remove(r); purged++; }
            else r.RetiredFromFeeds = true;
        }
        await stamps.SaveAsync(db, () => touched, now, ct);
        logger.HousekeepingDone(due.Count, purged);
        return due.Count;
    }
}
