using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Catalog;

/// <summary>Another process writing the same database (the `import` verb during a backfill) changes feeds this process has
/// cached. Every write stamps the subjects whose feeds it changed (<see cref="Releases.Subject.FeedChangedUtc"/>), so a
/// subject stamped since the last look with a stamp this process did not hand out was changed elsewhere: its feeds go.
/// A look is two small queries every <see cref="CatalogOptions.ForeignWritePoll"/>, and at once when another replica
/// announces a write (PostgreSQL's LISTEN/NOTIFY, Data/Cluster). A deleted subject leaves no row to carry its stamp, so
/// each look also counts the subjects: fewer than the last look's plus those created since means one was deleted, and
/// every cached feed goes (deletes are rare; this process's own are counted too, at the cost of one refill).</summary>
public sealed class ForeignWrites(IDbContextFactory<AppDbContext> contexts, CatalogStore store, FeedCache cache, TimeProvider clock,
    IOptions<CatalogOptions> options, ILogger<ForeignWrites> logger) : BackgroundService
{
    DateTime? _seen;
    (int Count, int MaxId) _subjects;
    // One look at a time: a look that forgets this process's stamps while another is still telling its own writes from
    // foreign ones would make that one count them foreign (the first look at start may overlap an asked-for one).
    readonly SemaphoreSlim _looking = new(1, 1);
    // One pending wake-up at most: looks that were asked for while one runs are covered by the next.
    readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Looks now rather than at the next poll: another replica announced a write (Data/Cluster).</summary>
    public void LookSoon() => _wake.Writer.TryWrite(true);

    /// <summary>Takes the baseline before the server takes requests (hosted services start before it), so that no feed is
    /// cached before it: a baseline taken after the first requests would drop what they cached (see LookOnceAsync).</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await LookLoggedAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The baseline was taken in StartAsync; if that look failed, the first tick's look takes it.
        using var timer = new PeriodicTimer(options.Value.ForeignWritePoll, clock);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var wake = _wake.Reader.WaitToReadAsync(stoppingToken).AsTask();
        while (true)
        {
            var woken = await Task.WhenAny(tick, wake);
            if (woken == tick)
            {
                if (!await tick) return;
                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            else
            {
                await wake;
                _wake.Reader.TryRead(out _);
                wake = _wake.Reader.WaitToReadAsync(stoppingToken).AsTask();
            }
            await LookLoggedAsync(stoppingToken);
        }
    }

    async Task LookLoggedAsync(CancellationToken stoppingToken)
    {
        try { await LookAsync(stoppingToken); }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.ForeignWriteCheckFailed(e);
        }
    }

    /// <summary>One look; returns the subjects whose feeds were dropped.</summary>
    public async Task<IReadOnlySet<int>> LookAsync(CancellationToken ct)
    {
        await _looking.WaitAsync(ct);
        try { return await LookOnceAsync(ct); }
        finally { _looking.Release(); }
    }

    async Task<IReadOnlySet<int>> LookOnceAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (_seen is not { } seen)
        {
            _seen = await db.Subjects.MaxAsync(s => (DateTime?)s.FeedChangedUtc, ct) ?? DateTime.MinValue;
            _subjects = await CountSubjectsAsync(db, ct);
            // Meant to come before any feed is cached, the baseline may come after (a slow or failed first look while
            // requests are already served): a feed cached before it may predate a write the baseline now counts as
            // seen. Dropping them all costs nothing at start and leaves no stale feed behind.
            cache.Clear();
            return new HashSet<int>();
        }
        var changed = await db.Subjects.AsNoTracking().Where(s => s.FeedChangedUtc > seen)
            .Select(s => new { s.Id, s.FeedChangedUtc }).ToListAsync(ct);
        var foreign = changed.Where(c => !store.IsOwnStamp(c.FeedChangedUtc)).Select(c => c.Id).ToHashSet();
        var subjects = await CountSubjectsAsync(db, ct);
        var created = changed.Count(c => c.Id > _subjects.MaxId);
        if (subjects.Count < _subjects.Count + created)
        {
            cache.Clear();
            logger.SubjectDeletionSeen(_subjects.Count + created - subjects.Count);
        }
        else if (foreign.Count > 0)
        {
            cache.Invalidate(foreign);
            logger.ForeignWritesSeen(foreign.Count);
        }
        _subjects = (subjects.Count, Math.Max(subjects.MaxId, _subjects.MaxId));
        if (changed.Count > 0)
        {
            _seen = changed.Max(c => c.FeedChangedUtc);
            store.ForgetStampsUpTo(_seen.Value);
        }
        return foreign;
    }

    // One statement for both: SELECT COUNT(*), MAX(Id) FROM Subjects.
    static async Task<(int Count, int MaxId)> CountSubjectsAsync(AppDbContext db, CancellationToken ct)
    {
        var row = await db.Subjects.GroupBy(_ => 1).Select(g => new { Count = g.Count(), MaxId = g.Max(s => s.Id) }).FirstOrDefaultAsync(ct);
        return row is null ? (0, 0) : (row.Count, row.MaxId);
    }
}
