using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>The fast path for cached feeds (FeedHitMiddleware): it answers exactly what the endpoint would, before
/// routing, and never after a write or a day change has made that answer stale.</summary>
public sealed class FeedHitTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    readonly HttpClient _anon = app.Client();
    readonly RequestProbe _probe = new(app.Client());
    Seed Catalog => new(app.Client(admin: true));

    public void Dispose() => _probe.Dispose();

    static readonly string[] ComparedHeaders =
        ["ETag", "Last-Modified", "Cache-Control", "Content-Type", "Content-Length", "Access-Control-Allow-Origin", "Vary"];

    static Dictionary<string, string> Headers(HttpResponseMessage r) =>
        r.Headers.Concat(r.Content.Headers)
            .Where(h => ComparedHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));

    async Task<HttpResponseMessage> SendAsync(string url, HttpMethod? method = null, string? origin = null, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await _anon.SendAsync(request);
    }

    async Task<string> FeedUrlAsync(string query = "")
    {
        var a = await Catalog.SubjectAsync("hit");
        await Catalog.ReleaseAsync([a], "Hit Song", "single", "2024-05-10");
        return $"/feeds/{a}.ics{query}";
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://fan.example")]
    public async Task SecondRequest_SkipsRouting_WithTheSameBytesAndHeaders(string? origin)
    {
        var url = await FeedUrlAsync("?lang=en&alarm=PT1H");
        var first = await SendAsync(url, origin: origin);
        Assert.Equal(1, _probe.RoutedCount(url));
        var second = await SendAsync(url, origin: origin);
        Assert.Equal(1, _probe.RoutedCount(url)); // answered before routing
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(Headers(first), Headers(second));
        Assert.Equal(origin is null ? null : "*", second.Headers.TryGetValues("Access-Control-Allow-Origin", out var v) ? v.Single() : null);
    }

    [Fact]
    public async Task FastPath_AnswersConditionalGetAndHead_LikeTheEndpoint()
    {
        var url = await FeedUrlAsync();
        var first = await SendAsync(url);
        var etag = first.Headers.ETag!.Tag;
        var notModified = await SendAsync(url, ifNoneMatch: etag);
        var head = await SendAsync(url, HttpMethod.Head);
        Assert.Equal(1, _probe.RoutedCount(url));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task AfterAWrite_TheNextRequestIsRenderedAgain_NotServedStale()
    {
        var a = await Catalog.SubjectAsync("hitw");
        var release = await Catalog.ReleaseAsync([a], "Before", "single", "2024-05-10");
        var url = $"/feeds/{a}.ics?lang=en";
        var first = await SendAsync(url);
        await SendAsync(url);
        Assert.Equal(1, _probe.RoutedCount(url));

        var admin = app.Client(admin: true);
        var put = await admin.PutJsonAsync($"/api/admin/releases/{release.Id}",
            new { subjects = new[] { a }, title = "After", kind = "single", date = "2024-05-10" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var after = await SendAsync(url, ifNoneMatch: first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("After", await after.Content.ReadAsStringAsync());
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Equal(2, _probe.RoutedCount(url));
    }

    [Fact]
    public async Task WindowedFeed_IsNotReplayedTheNextDay()
    {
        var url = await FeedUrlAsync("?pastDays=30&futureDays=30");
        await SendAsync(url);
        await SendAsync(url);
        Assert.Equal(1, _probe.RoutedCount(url));
        var hits = app.Service<FeedHits>();
        var clock = (FakeTimeProvider)app.Service<TimeProvider>();
        var target = new Uri(_anon.BaseAddress!, url).PathAndQuery;
        Assert.True(hits.TryGet(target, out _));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.False(hits.TryGet(target, out _)); // yesterday's key is for yesterday's window
        await SendAsync(url);
        Assert.Equal(2, _probe.RoutedCount(url));
    }

    [Theory]
    [InlineData("/feeds/{0}.ics?pastDays=-1", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/no-such-{0}.ics", HttpStatusCode.NotFound)]
    public async Task Errors_AreNeverRemembered(string template, HttpStatusCode status)
    {
        var a = await Catalog.SubjectAsync("hite");
        var url = string.Format(template, a);
        for (var i = 1; i <= 2; i++)
        {
            var response = await SendAsync(url);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(i, _probe.RoutedCount(url));
        }
    }

    [Fact]
    public void Targets_AreBounded()
    {
        var hits = new FeedHits(new FeedCache(Options.Create(new FeedOptions())), TimeProvider.System);
        for (var i = 0; i < FeedHits.MaxTargets + 10; i++) hits.Remember($"/feeds/a.ics?x={i}", "k", DateOnly.MinValue);
        Assert.InRange(hits.Count, 1, FeedHits.MaxTargets);
    }

}
