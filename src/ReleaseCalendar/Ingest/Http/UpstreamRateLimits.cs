using System.Collections.Concurrent;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>At most <c>permits</c> request starts in any <c>window</c>, on the TimeProvider. A caller reserves the
/// next free start slot and waits for it, so callers are served in arrival order and never burst.</summary>
public sealed class RequestSpacing(int permits, TimeSpan window, TimeProvider clock)
{
    readonly long _origin = clock.GetTimestamp();
    // Reserved start times (relative to _origin) of the last `permits` requests; never decreasing.
    readonly Queue<TimeSpan> _starts = new();

    public int Permits => permits;
    public TimeSpan Window => window;

    /// <summary>Waits for this request's slot. A slot reserved by a caller that is then cancelled stays used:
    /// the limit is never exceeded, at worst a slot is wasted.</summary>
    public Task WaitAsync(CancellationToken ct)
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
        return delay > TimeSpan.Zero ? Task.Delay(delay, clock, ct) : Task.CompletedTask;
    }
}

/// <summary>One <see cref="RequestSpacing"/> per upstream and host, for the whole process: every source of an
/// upstream shares it, and so do retries (each attempt waits for a slot).</summary>
public sealed class UpstreamRateLimits(TimeProvider clock)
{
    readonly ConcurrentDictionary<(Upstream, string), RequestSpacing> _limits = new();

    public RequestSpacing For(Upstream upstream, Uri url) =>
        _limits.GetOrAdd((upstream, url.IdnHost.ToLowerInvariant()), key => key.Item1 switch
        {
            // https://musicbrainz.org/doc/MusicBrainz_API/Rate_Limiting: one request per second on average, or 503.
            Upstream.MusicBrainz => new RequestSpacing(1, TimeSpan.FromSeconds(1), clock),
            // https://www.tvmaze.com/api#rate-limiting: "at least 20 calls every 10 seconds per IP address".
            Upstream.TvMaze => new RequestSpacing(20, TimeSpan.FromSeconds(10), clock),
            // Feed hosts publish no limit: two starts per second keeps a news run's article fetches polite.
            _ => new RequestSpacing(2, TimeSpan.FromSeconds(1), clock),
        });
}
