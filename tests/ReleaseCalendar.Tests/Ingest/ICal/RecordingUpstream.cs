using ReleaseCalendar.Ingest.Http;

namespace ReleaseCalendar.Tests.Ingest.ICal;

/// <summary>The edge of the world for reader tests: serves bytes by URL, answers 304 to a matching ETag, fails where
/// told to, and records every request. End-to-end tests use a real Kestrel upstream instead.</summary>
internal sealed class RecordingUpstream : IUpstream
{
    readonly Dictionary<string, (byte[] Body, string MediaType, string? ETag)> _bodies = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> _failures = new(StringComparer.Ordinal);

    public List<(Upstream Upstream, Uri Url, Validators? Known)> Requests { get; } = [];

    public RecordingUpstream Serve(string url, byte[] body, string mediaType, string? etag = null)
    {
        _bodies[new Uri(url).AbsoluteUri] = (body, mediaType, etag);
        return this;
    }

    public RecordingUpstream Fail(string url, string error)
    {
        _failures[new Uri(url).AbsoluteUri] = error;
        return this;
    }

    public IReadOnlyList<string> RequestedUrls => [.. Requests.Select(r => r.Url.AbsoluteUri)];

    public Task<UpstreamResponse> GetAsync(Upstream upstream, Uri url, Validators? known, CancellationToken ct)
    {
        Requests.Add((upstream, url, known));
        if (_failures.TryGetValue(url.AbsoluteUri, out var error))
            throw new UpstreamException($"{upstream} {url}: {error}");
        if (!_bodies.TryGetValue(url.AbsoluteUri, out var served))
            throw new UpstreamException($"{upstream} {url}: 404 Not Found");
        var validators = served.ETag is null ? null : new Validators(served.ETag, null);
        var notModified = served.ETag is not null && known?.ETag == served.ETag;
        return Task.FromResult(new UpstreamResponse(url, notModified, notModified ? ReadOnlyMemory<byte>.Empty : served.Body,
            served.MediaType, validators));
    }
}
