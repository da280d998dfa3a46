using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Hosting;

/// <summary>Issue #7 §6: in Development, links follow the port the service is bound to unless Public:BaseUrl is set.</summary>
public sealed class PublicUrlTests
{
    [Fact]
    public async Task Development_WithoutBaseUrl_LinksUseTheBoundAddress()
    {
        await using var app = new AppFactory().With("environment", "Development").With(DevelopmentPublicUrl.Key, "");
        var admin = app.Client(admin: true);
        var slug = await new Seed(admin).SubjectAsync("bound");

        var subject = await (await app.Client().GetAsync($"/api/subjects/{slug}")).ReadAsync<SubjectResponse>();

        var bound = admin.BaseAddress!.GetLeftPart(UriPartial.Authority); // http://127.0.0.1:<random port>
        Assert.Equal($"{bound}/feeds/{slug}.ics", subject.Feeds.Https);
        Assert.Contains($"{bound}/feeds/{slug}.ics", await app.Client().GetStringAsync($"/subscribe/{slug}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_WithBaseUrl_KeepsIt()
    {
        await using var app = new AppFactory().With("environment", "Development");
        var admin = app.Client(admin: true);
        var slug = await new Seed(admin).SubjectAsync("set");

        var subject = await (await app.Client().GetAsync($"/api/subjects/{slug}")).ReadAsync<SubjectResponse>();

        Assert.Equal($"https://releases.example.org/feeds/{slug}.ics", subject.Feeds.Https);
    }

    [Theory]
    [InlineData("http://[::]:5080", "http://localhost:5080")]
    [InlineData("http://+:80", "http://localhost:80")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234")]
    public void FromBound_NamesWildcardsLocalhost(string address, string? expected) =>
        Assert.Equal(expected, DevelopmentPublicUrl.FromBound([address]));

    [Fact]
    public void FromBound_PrefersHttps() =>
        Assert.Equal("https://localhost:5001", DevelopmentPublicUrl.FromBound(["http://localhost:5000", "https://localhost:5001"]));
}
