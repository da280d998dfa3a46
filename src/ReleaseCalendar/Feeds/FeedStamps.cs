using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;

namespace ReleaseCalendar.Feeds;

/// <summary>Records that the feeds showing some subjects changed: stamps the subjects (Last-Modified) and,
/// once the write is committed, drops their cached renderings.</summary>
public sealed class FeedStamps(FeedCache cache)
{
    /// <summary>Stamps the subjects and the groups they belong to (a group feed shows its members' releases).
    /// Runs in the caller's transaction; returns the stamped ids for <see cref="Invalidate"/>.</summary>
    public static async Task<IReadOnlySet<int>> StampAsync(AppDbContext db, IEnumerable<int> subjectIds, DateTime nowUtc, CancellationToken ct)
    {
        var ids = subjectIds.ToHashSet();
        if (ids.Count == 0) return ids;
        var groups = await db.Memberships.Where(m => ids.Contains(m.MemberId)).Select(m => m.GroupId).ToListAsync(ct);
        ids.UnionWith(groups);
        // A set-based update, not tracked entities: it must not trip the subjects' Revision concurrency check.
        await db.Subjects.Where(s => ids.Contains(s.Id) && s.FeedChangedUtc < nowUtc)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FeedChangedUtc, nowUtc), ct);
        return ids;
    }

    /// <summary>Call after the write is committed.</summary>
    public void Invalidate(IReadOnlySet<int> ids) => cache.Invalidate(ids);

    /// <summary>Saves the tracked changes and stamps the touched subjects in one transaction, then invalidates.</summary>
    public async Task SaveAsync(AppDbContext db, Func<IEnumerable<int>> touchedSubjects, DateTime nowUtc, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var ids = await StampAsync(db, touchedSubjects(), nowUtc, ct);
        await tx.CommitAsync(ct);
        Invalidate(ids);
    }
}
