using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Primitives;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>Conditional GET and HEAD on feeds (RFC 9110 §13): the pure evaluation, then over HTTP.</summary>
public sealed class FeedConditionalTests(AppFactory app) : IClassFixture<AppFactory>
{
    const string ETag = "\"abc\"";
    static readonly DateTimeOffset Modified = new(2024, 5, 20, 12, 0, 0, TimeSpan.Zero);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(app.Client(admin: true));

    static int Evaluate(string? ifNoneMatch = null, string? ifModifiedSince = null, string? ifMatch = null,
        string? ifUnmodifiedSince = null, string method = "GET") =>
        Preconditions.Evaluate(method, Header(ifMatch), Header(ifUnmodifiedSince), Header(ifNoneMatch), Header(ifModifiedSince), ETag, Modified);

    static StringValues Header(string? value) => value is null ? StringValues.Empty : new StringValues(value);

    [Theory]
    [InlineData("\"abc\"", 304)]
    [InlineData("\"x\", \"abc\"", 304)]
    [InlineData("\"x\",\"abc\",\"y\"", 304)]
    [InlineData("W/\"abc\"", 304)]              // weak comparison (§13.1.2)
    [InlineData("*", 304)]
    [InlineData("\"abd\"", 200)]
    [InlineData("\"x\", W/\"y\"", 200)]
    [InlineData("abc", 200)]                    // not a quoted entity tag
    [InlineData("", 200)]
    public void Evaluate_IfNoneMatch(string header, int status) => Assert.Equal(status, Evaluate(ifNoneMatch: header));

    [Theory]
    [InlineData("Mon, 20 May 2024 12:00:00 GMT", 304)] // equal
    [InlineData("Mon, 20 May 2024 13:00:00 GMT", 304)] // newer than the feed
    [InlineData("Mon, 20 May 2024 11:59:59 GMT", 200)] // older
    [InlineData("yesterday", 200)]                      // invalid dates are ignored
    public void Evaluate_IfModifiedSince(string header, int status) => Assert.Equal(status, Evaluate(ifModifiedSince: header));

    [Fact]
    public void Evaluate_IfNoneMatch_TakesPrecedenceOverIfModifiedSince()
    {
        Assert.Equal(200, Evaluate(ifNoneMatch: "\"other\"", ifModifiedSince: "Mon, 20 May 2024 13:00:00 GMT"));
        Assert.Equal(304, Evaluate(ifNoneMatch: ETag, ifModifiedSince: "Mon, 20 May 2024 11:00:00 GMT"));
    }

    [Theory]
    [InlineData("\"abc\"", null, 200)]
    [InlineData("*", null, 200)]
    [InlineData("W/\"abc\"", null, 412)]        // If-Match compares strongly
    [InlineData("\"other\"", null, 412)]
    [InlineData(null, "Mon, 20 May 2024 11:00:00 GMT", 412)]
    [InlineData(null, "Mon, 20 May 2024 12:00:00 GMT", 200)]
    public void Evaluate_IfMatchAndIfUnmodifiedSince(string? ifMatch, string? ifUnmodifiedSince, int status) =>
        Assert.Equal(status, Evaluate(ifMatch: ifMatch, ifUnmodifiedSince: ifUnmodifiedSince));

    [Fact]
    public void Evaluate_Head_IsConditionalLikeGet() => Assert.Equal(304, Evaluate(ifNoneMatch: ETag, method: "HEAD"));

    async Task<(string Url, HttpResponseMessage First)> FeedAsync()
    {
        var a = await Catalog.SubjectAsync("cond");
        await Catalog.ReleaseAsync([a], "Song", "single", "2024-05-10");
        var url = $"/feeds/{a}.ics";
        var first = await _anon.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        return (url, first);
    }

    async Task<HttpResponseMessage> SendAsync(string url, Action<HttpRequestHeaders> headers, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        headers(request.Headers);
        return await _anon.SendAsync(request);
    }

    [Theory]
    [InlineData("\"nope\", {0}")]
    [InlineData("W/{0}")]
    [InlineData("*")]
    public async Task Feed_IfNoneMatchVariants_Return304WithValidators(string template)
    {
        var (url, first) = await FeedAsync();
        var etag = first.Headers.ETag!.Tag;
        var response = await SendAsync(url, h => h.TryAddWithoutValidation("If-None-Match", string.Format(template, etag)));
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, response.Headers.CacheControl);
        Assert.Equal(first.Content.Headers.LastModified, response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData(0, HttpStatusCode.NotModified)]
    [InlineData(60, HttpStatusCode.NotModified)]
    [InlineData(-1, HttpStatusCode.OK)]
    public async Task Feed_IfModifiedSince_ComparedWithLastModified(int offsetSeconds, HttpStatusCode expected)
    {
        var (url, first) = await FeedAsync();
        var since = first.Content.Headers.LastModified!.Value.AddSeconds(offsetSeconds);
        var response = await SendAsync(url, h => h.IfModifiedSince = since);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Feed_Head_ReturnsHeadersWithoutBody_AndHonoursIfNoneMatch()
    {
        var (url, first) = await FeedAsync();
        var head = await SendAsync(url, _ => { }, HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal("text/calendar", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(first.Headers.ETag, head.Headers.ETag);
        var conditional = await SendAsync(url, h => h.IfNoneMatch.Add(first.Headers.ETag!), HttpMethod.Head);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
    }
}
