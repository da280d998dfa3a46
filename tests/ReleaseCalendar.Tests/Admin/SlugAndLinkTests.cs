using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using ReleaseCalendar.Admin;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Admin;

/// <summary>Issue #7 §3: slugs that routes use are refused; links are kept byte for byte or refused.</summary>
public sealed class SlugAndLinkTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();

    [Theory]
    [InlineData("releases")]
    [InlineData("subscribe")]
    [InlineData("embed")]
    public async Task CreateSubject_ReservedSlug_Returns400NamingSlug(string slug)
    {
        var response = await _admin.PostJsonAsync("/api/admin/subjects", new { slug, kind = "artist", names = new { en = "Taken" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Errors(response);
        Assert.Contains("reserved", errors.GetProperty("slug")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/api/subjects/{slug}")).StatusCode);
    }

    /// <summary>Derives, from the running app's endpoints, every literal that stands where a slug route takes a slug
    /// (/feeds/releases.ics beside /feeds/{slug}.ics), so a new route can't silently shadow a subject.</summary>
    [Fact]
    public void ReservedSlugs_CoverEveryLiteralBesideASlugRoute()
    {
        var patterns = app.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern).ToList();
        var derived = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slugRoute in patterns)
            for (var i = 0; i < slugRoute.PathSegments.Count; i++)
            {
                var parts = slugRoute.PathSegments[i].Parts;
                if (parts.OfType<RoutePatternParameterPart>().SingleOrDefault() is not { Name: "slug" or "group" or "member" }) continue;
                var prefix = parts.TakeWhile(p => p is RoutePatternLiteralPart).OfType<RoutePatternLiteralPart>().Aggregate("", (a, p) => a + p.Content);
                var suffix = parts.SkipWhile(p => p is not RoutePatternParameterPart).Skip(1).OfType<RoutePatternLiteralPart>().Aggregate("", (a, p) => a + p.Content);
                foreach (var other in patterns.Where(p => p.PathSegments.Count == slugRoute.PathSegments.Count))
                {
                    if (!SamePrefix(slugRoute, other, i) || other.PathSegments[i].Parts is not [RoutePatternLiteralPart literal]) continue;
                    var text = literal.Content;
                    if (text.Length > prefix.Length + suffix.Length && text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith(suffix, StringComparison.Ordinal))
                        derived.Add(text[prefix.Length..^suffix.Length]);
                }
            }

        Assert.Contains("releases", derived); // the check sees the route that motivated it
        Assert.All(derived, word => Assert.Contains(word, AdminValidation.ReservedSlugs));
    }

    [Theory]
    [InlineData("https://example.com/news/a%20b?x=1&y=%2F")]
    [InlineData("https://ru.example.org/новости/рм?q=%D0%BA")]
    [InlineData("http://example.com:8080/A/./b/../c")]
    public async Task CreateRelease_Link_IsKeptByteForByte_InApiAndFeed(string link)
    {
        var subject = await new Seed(_admin).SubjectAsync("links");
        var created = await _admin.PostJsonAsync("/api/admin/releases", new
        {
            subjects = new[] { subject }, title = "Linked", kind = "single", date = "2024-05-10", links = new[] { link },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var release = await created.ReadAsync<ReleaseResponse>();

        Assert.Equal([link], release.Links);
        var read = await (await _anon.GetAsync($"/api/releases/{release.Id}")).ReadAsync<ReleaseResponse>();
        Assert.Equal([link], read.Links);
        var feed = await _anon.GetStringAsync($"/feeds/{subject}.ics");
        Assert.Contains(link, feed.Replace("\r\n ", "", StringComparison.Ordinal)); // unfolded (RFC 5545 §3.1)
    }

    [Theory]
    [InlineData("https://example.com/a\r\nX-Injected: 1")]
    [InlineData("https://example.com/a\nb")]
    [InlineData("https://example.com/a b")]
    [InlineData("https://example.com/\u0007")]
    [InlineData("ftp://example.com/file")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("https:example.com")]
    [InlineData("")]
    public async Task CreateRelease_BadLink_Returns400NamingIt(string link)
    {
        var subject = await new Seed(_admin).SubjectAsync("badlink");
        var response = await _admin.PostJsonAsync("/api/admin/releases", new
        {
            subjects = new[] { subject }, title = "Linked", kind = "single", date = "2024-05-10", links = new[] { "https://ok.example", link },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Errors(response);
        Assert.True(errors.TryGetProperty("links[1]", out _), errors.ToString());
        Assert.False(errors.TryGetProperty("links[0]", out _), errors.ToString());
    }

    static bool SamePrefix(RoutePattern a, RoutePattern b, int count)
    {
        for (var i = 0; i < count; i++)
            if (a.PathSegments[i].Parts is not [RoutePatternLiteralPart x] || b.PathSegments[i].Parts is not [RoutePatternLiteralPart y]
                || !string.Equals(x.Content, y.Content, StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }

    static async Task<JsonElement> Errors(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
}
