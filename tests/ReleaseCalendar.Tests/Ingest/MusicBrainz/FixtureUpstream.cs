using System.Text;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest.MusicBrainz;

/// <summary>A fake at the edge of the world for reader tests (the TVmaze ones use it too): serves bytes by absolute URL,
/// each with an ETag derived from its content, answers 304 when the request's validator matches, and records every
/// request. End-to-end tests over real HTTP use a Kestrel fake instead.</summary>
public sealed class FixtureUpstream : IUpstream
{
    readonly Dictionary<string, byte[]> _bodies = new(StringComparer.Ordinal);
    readonly List<(Upstream Upstream, Uri Url, Validators? Known)> _requests = [];

    public IReadOnlyList<(Upstream Upstream, Uri Url, Validators? Known)> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public FixtureUpstream Serve(string url, byte[] body)
    {
        _bodies[url] = body;
        return this;
    }

    public FixtureUpstream ServeFixture(string url, string fixture) => Serve(url, Fixture.Bytes(fixture));

    public static Validators ETagOf(byte[] body) => new($"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body))[..16]}\"", null);

    public Validators ValidatorsFor(string url) => ETagOf(_bodies[url]);

    public Task<UpstreamResponse> GetAsync(Upstream upstream, Uri url, Validators? known, CancellationToken ct)
    {
        lock (_requests) _requests.Add((upstream, url, known));
        if (!_bodies.TryGetValue(url.AbsoluteUri, out var body))
            throw new UpstreamException($"{upstream}: {url.AbsoluteUri} answered 404 Not Found.");
        var validators = ETagOf(body);
        return Task.FromResult(known?.ETag == validators.ETag
            ? new UpstreamResponse(url, true, ReadOnlyMemory<byte>.Empty, null, validators)
            : new UpstreamResponse(url, false, body, "application/json", validators));
    }
}

/// <summary>Fixture files under Fixtures/Upstreams, copied next to the test assembly.</summary>
public static class Fixture
{
    public static byte[] Bytes(string relative) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Upstreams", relative));

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>Serves a TVmaze show fixture pair ("kr-network": kr-network-show.json and kr-network-episodes.json) as
    /// show <paramref name="id"/>, at the two paths the reader asks for.</summary>
    public static void MapTvMazeShow(this FakeUpstream upstream, int id, string fixture)
    {
        upstream.Map($"/shows/{id}", FakeResponse.Json(Encoding.UTF8.GetString(Bytes($"tvmaze/{fixture}-show.json"))));
        upstream.Map($"/shows/{id}/episodes", FakeResponse.Json(Encoding.UTF8.GetString(Bytes($"tvmaze/{fixture}-episodes.json"))));
    }
}
