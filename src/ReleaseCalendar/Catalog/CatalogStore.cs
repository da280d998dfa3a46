using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Data.Cluster;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Catalog;

/// <summary>Who asks for a write and what it is, for the audit log: "admin:alice", "release.update", the release id.</summary>
public sealed record CatalogWrite(string Actor, string Action, string Target, IfMatch Precondition)
{
    public CatalogWrite(string actor, string action, string target) : this(actor, action, target, IfMatch.Any) { }
}

/// <summary>The one way into the catalog: each write is one transaction, serialised with every other (DataExtensions.BeginWriteAsync) after which
/// the store itself works out the feeds it changed (<see cref="FeedImpact"/>), stamps them and drops their cache.</summary>
public sealed class CatalogStore(IDbContextFactory<AppDbContext> contexts, FeedCache cache, TimeProvider clock,
    ILogger<CatalogStore> logger)
{
    /// <summary>Unconditional writes that lose a race to a concurrent one are re-run from scratch this many times.</summary>
    public const int Attempts = 3;

    readonly System.Collections.Concurrent.ConcurrentDictionary<DateTime, byte> _ownStamps = new();

    /// <summary>Stamps this process's writes took, so <see cref="ForeignWrites"/> can tell another process's apart.</summary>
    public bool IsOwnStamp(DateTime stamp) => _ownStamps.ContainsKey(stamp);

    /// <summary>Forgets own stamps up to <paramref name="seen"/>: the watcher has looked past them.</summary>
    public void ForgetStampsUpTo(DateTime seen)
    {
        foreach (var stamp in _ownStamps.Keys) if (stamp <= seen) _ownStamps.TryRemove(stamp, out _);
    }

    /// <summary>Stamps this far ahead of the clock mean writes come faster than one a second: worth a warning.</summary>
    public static readonly TimeSpan DriftWarning = TimeSpan.FromMinutes(1);

    /// <summary>Runs <paramref name="unit"/> against a fresh context; it changes tracked entities and must not save.</summary>
    public async Task<CatalogResult<T>> WriteAsync<T>(CatalogWrite write,
        Func<AppDbContext, DateTime, CancellationToken, Task<CatalogResult<T>>> unit, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            try
            {
                var (result, touched, changed) = await RunAsync(db, unit, ct);
                if (result.Error is { } error)
                {
                    logger.CatalogWriteRefused(write.Actor, write.Action, write.Target, error.Kind, error.Detail);
                    return result;
                }
                if (touched.Count > 0) cache.Invalidate(touched);
                // A write that changed nothing (an hourly housekeeping pass, a repeated DELETE) is no audit event.
                if (changed) logger.CatalogWrite(write.Actor, write.Action, write.Target, touched.Count);
                else logger.CatalogWriteUnchanged(write.Actor, write.Action, write.Target);
                return result;
            }
            catch (Exception e) when (DbErrors.Classify(e) is var failure and not DbFailure.None)
            {
                if (failure == DbFailure.Concurrency && !write.Precondition.IsConditional && attempt < Attempts) continue;
                var error = failure switch
                {
                    DbFailure.Concurrency => CatalogError.Stale(Noun(write.Action), null),
                    DbFailure.UniqueViolation => CatalogError.Conflict("Conflicting write",
                        "Another write stored the same name or slug at the same moment; fetch the current state and retry."),
                    DbFailure.ForeignKeyViolation => CatalogError.Conflict("Conflicting write",
                        "A subject or release this write refers to was changed or deleted at the same moment; fetch it again and retry."),
                    _ => new CatalogError(CatalogErrorKind.Busy, "Busy",
                        "The catalog is busy with other writes; retry in a moment."),
                };
                logger.CatalogWriteRefused(write.Actor, write.Action, write.Target, error.Kind, error.Detail);
                return error;
            }
        }
    }

    async Task<(CatalogResult<T> Result, IReadOnlySet<int> Touched, bool Changed)> RunAsync<T>(AppDbContext db,
        Func<AppDbContext, DateTime, CancellationToken, Task<CatalogResult<T>>> unit, CancellationToken ct)
    {
        await using var tx = await db.BeginWriteAsync(ct);
        var now = clock.UtcNowSeconds();
        var result = await unit(db, now, ct);
        if (result.Error is not null) return (result, new HashSet<int>(), false); // disposing the transaction rolls back
        var impact = await FeedImpact.CaptureAsync(db, ct);
        // The unit's changes are detected once, above; each later scan of thousands of tracked rows (an ingestion batch)
        // would find nothing new. What the store changes from here on, it changes through the entries.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // A first run's batch may be nothing but new rows past the tracker: a change all the same (and an audit line).
        var changed = db.ChangeTracker.HasChanges() || db.Inserts.Roots.Count > 0;
        // New releases are stored with the write's stamp rather than updated to it after the insert.
        DateTime? stamp = null;
        if (impact.AddedReleases.Count > 0)
        {
            stamp = await TakeStampAsync(db, now, ct);
            // Tracked or pending, an added row is inserted with its properties' current values: no entry to update.
            foreach (var release in impact.AddedReleases) release.UpdatedUtc = stamp.Value;
        }
        await db.SaveChangesAsync(ct);
        // After the tracked rows: a pending row may point at a release this save just gave its key (a news item's).
        await BulkInsert.InsertAsync(db, db.Inserts, ct);
        var (touched, releases) = await impact.ResolveAsync(db, ct);
        if (touched.Count > 0 || releases.Count > 0)
        {
            stamp ??= await TakeStampAsync(db, now, ct);
            var added = impact.AddedReleases.Select(r => r.Id).ToHashSet();
            await StampReleasesAsync(db, [.. releases.Where(r => !added.Contains(r.Id))], stamp.Value, ct);
            await db.SaveChangesAsync(ct);
            await db.Subjects.Where(s => touched.Contains(s.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.FeedChangedUtc, stamp), ct);
        }
        // The other replicas hear of it on commit (LISTEN/NOTIFY on PostgreSQL; nothing on SQLite).
        if (touched.Count > 0) await db.AnnounceFeedsChangedAsync(stamp!.Value, ct);
        // Once the commit is sent it is not cancellable: a request aborted then must still drop the cached feeds.
        await tx.CommitAsync(CancellationToken.None);
        // Only a committed stamp is this process's: one of a write rolled back may be taken next by another process.
        if (stamp is { } own) _ownStamps[own] = 0;
        return (result, touched, changed);
    }

    /// <summary>The write's Last-Modified: the feed clock moves on and is saved with the write.</summary>
    async Task<DateTime> TakeStampAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var feedClock = await db.FeedClock.FindAsync([FeedClock.SingletonId], ct);
        var last = feedClock?.LastStampUtc ?? await db.Subjects.MaxAsync(s => (DateTime?)s.FeedChangedUtc, ct);
        var stamp = FeedClock.NextStamp(now, last);
        // Each commit takes its own second; sustained faster commits push Last-Modified past the clock. Ingestion
        // commits a batch at once (one stamp for many releases), which keeps this from happening.
        if (stamp - now > DriftWarning) logger.FeedStampsAhead((long)(stamp - now).TotalSeconds);
        if (feedClock is null) db.FeedClock.Add(new FeedClock { LastStampUtc = stamp });
        else db.Entry(feedClock).Property(c => c.LastStampUtc).CurrentValue = stamp;
        return stamp;
    }

    /// <summary>A changed release's DTSTAMP/LAST-MODIFIED is the write's stamp, and a significant change raises SEQUENCE.
    /// In SQL, one statement for all; the releases the unit loaded take the same values as if saved, so the
    /// caller's copy is current.</summary>
    static async Task StampReleasesAsync(AppDbContext db, IReadOnlyList<ChangedRelease> releases, DateTime stamp, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries<Releases.Release>().ToDictionary(e => e.Entity.Id);
        foreach (var group in releases.GroupBy(r => r.Significant))
        {
            var bump = group.Key ? 1 : 0;
            var ids = group.Select(r => r.Id).ToList();
            await db.Releases.Where(r => EF.Parameter(ids).Contains(r.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.UpdatedUtc, stamp).SetProperty(r => r.Sequence, r => r.Sequence + bump), ct);
            foreach (var change in group)
            {
                if (!tracked.TryGetValue(change.Id, out var entry)) continue;
                Saved(entry.Property(r => r.UpdatedUtc), stamp);
                Saved(entry.Property(r => r.Sequence), entry.Entity.Sequence + bump);
            }
        }

        static void Saved<TValue>(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry<Releases.Release, TValue> property, TValue value)
        {
            property.CurrentValue = value;
            property.OriginalValue = value;
        }
    }

    static string Noun(string action) => action.Split('.')[0];
}
