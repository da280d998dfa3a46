namespace ReleaseCalendar.Ingest.Http;

/// <summary>One named HttpClient, resilience pipeline and rate limit per upstream.</summary>
public enum Upstream { MusicBrainz, TvMaze, ICal, News }

/// <summary>What a conditional GET sends back: If-None-Match / If-Modified-Since.</summary>
public sealed record Validators(string? ETag, DateTimeOffset? LastModified);

/// <summary>A whole response body (already under the size limit), or "not modified".</summary>
public sealed record UpstreamResponse(Uri Url, bool NotModified, ReadOnlyMemory<byte> Body, string? MediaType, Validators? Validators);

/// <summary>The upstream could not be read: refused address, network failure after retries, an error status, a body over the
/// size limit, an open circuit. The message names the upstream, the URL and the cause; it ends up in the run's error.</summary>
public sealed class UpstreamException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Per-run tallies the HTTP layer keeps: the run record shows them.</summary>
public sealed class RunCounters
{
    int _calls, _retries;
    public int HttpCalls => Volatile.Read(ref _calls);
    public int Retries => Volatile.Read(ref _retries);
    public void CountCall() => Interlocked.Increment(ref _calls);
    public void CountRetry() => Interlocked.Increment(ref _retries);
}

/// <summary>GET with resilience, the address guard, the size limit and conditional requests.</summary>
public interface IUpstream
{
    Task<UpstreamResponse> GetAsync(Upstream upstream, Uri url, Validators? known, CancellationToken ct);
}
