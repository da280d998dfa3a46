using System.Collections.Concurrent;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>A limit the process shares with the other replicas of a cluster (the database holds it), so an upstream's
/// limit holds for the whole cluster. Registered only where several processes ingest at once (Data/Cluster).</summary>
public interface ISharedSpacing
{
    /// <summary>Waits until the cluster has started fewer than <paramref name="permits"/> requests under
    /// <paramref name="key"/> in the last <paramref name="window"/>, and counts this one. The caller calls the returned
    /// action as its request starts: the slot is held for the window from then.</summary>
    Task<Action> WaitAsync(string key, int permits, TimeSpan window, CancellationToken ct);
}

/// <summary>At most <c>permits</c> request starts in any <c>window</c>, on the TimeProvider. A caller reserves the
/// next free start slot and waits for it, so callers are served in arrival order and never burst. With a
/// <see cref="ISharedSpacing"/>, the slot is then also taken from the cluster's count.</summary>
public sealed class RequestSpacing(int permits, TimeSpan window, TimeProvider clock, ISharedSpacing? shared = null, string key = "")
{
    readonly long _origin = clock.GetTimestamp();
    // Reserved start times (relative to _origin) of the last `permits` requests; never decreasing.
    readonly Queue<TimeSpan> _starts = new();

    public int Permits => permits;
    public TimeSpan Window => window;

    /// <summary>Waits for this request's slot; the caller calls the returned action as the request starts. A slot
    /// reserved by a caller that is then cancelled stays used: the limit is never exceeded, at worst a slot is wasted.</summary>
    public Task<Action> WaitAsync(CancellationToken ct)
    {
        TimeSpan delay;
        lock (_starts)
        {
            var now = clock.GetElapsedTime(_origin);
            var start = now;
            if (_starts.Count == permits)
            {
                var oldest = _starts.Dequeue() + window;
                if (oldest > start) start = oldest;
            }
            _starts.Enqueue(start);
            delay = start - now;
        }
        var local = delay > TimeSpan.Zero ? Task.Delay(delay, clock, ct) : Task.CompletedTask;
        return shared is null ? LocalAsync(local) : SharedAsync(local, shared, ct);
    }

    static async Task<Action> LocalAsync(Task local)
    {
        await local;
        return static () => { };
    }

    // The local queue first: a process never has more of its own requests waiting on the cluster than the limit allows.
    async Task<Action> SharedAsync(Task local, ISharedSpacing cluster, CancellationToken ct)
    {
        await local;
        return await cluster.WaitAsync(key, permits, window, ct);
    }
}

/// <summary>One <see cref="RequestSpacing"/> per upstream and host, for the whole process: every source of an
/// upstream shares it, and so do retries (each attempt waits for a slot). With <paramref name="shared"/> (several
/// replicas), for the whole cluster.</summary>
public sealed class UpstreamRateLimits(TimeProvider clock, ISharedSpacing? shared = null)
{
    readonly ConcurrentDictionary<(Upstream, string), RequestSpacing> _limits = new();

    public RequestSpacing For(Upstream upstream, Uri url) =>
        _limits.GetOrAdd((upstream, url.IdnHost.ToLowerInvariant()), key =>
        {
            var (permits, window) = key.Item1 switch
            {
                // https://musicbrainz.org/doc/MusicBrainz_API/Rate_Limiting: one request per second on average, or 503.
                Upstream.MusicBrainz => (1, TimeSpan.FromSeconds(1)),
                // https://www.tvmaze.com/api#rate-limiting: "at least 20 calls every 10 seconds per IP address".
                Upstream.TvMaze => (20, TimeSpan.FromSeconds(10)),
                // Feed hosts publish no limit: two starts per second keeps a news run's article fetches polite.
                _ => (2, TimeSpan.FromSeconds(1)),
            };
            // The upstream counts arrivals, not our starts: a request that leaves a millisecond late and the next one
            // that leaves on time would fall into one window (issue #8's outside check saw 21 TVmaze calls in 10 s). A
            // window longer by 1% keeps the limit with the network's jitter for 1% of the speed.
            return new RequestSpacing(permits, window + window / 100, clock, shared, $"{key.Item1}|{key.Item2}");
        });
}
