using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Data;

/// <summary>Issue #7 §6: a first run shows upcoming releases, made up relative to today and marked as demo data,
/// beside the real history.</summary>
public sealed class DemoCatalogTests
{
    // Years after the real history: without the made-up releases, nothing would be upcoming.
    static readonly DateTimeOffset Later = new(2031, 3, 14, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FirstRun_UpcomingAndCombinedFeed_ShowDemoReleasesFromToday()
    {
        await using var app = Demo();
        var client = app.Client();
        var today = DateOnly.FromDateTime(Later.UtcDateTime);

        var upcoming = await (await client.GetAsync("/api/releases/upcoming?limit=100&lang=en")).ReadAsync<List<ReleaseResponse>>();

        Assert.NotEmpty(upcoming);
        Assert.All(upcoming, r =>
        {
            Assert.EndsWith("(demo)", r.Title, StringComparison.Ordinal);
            Assert.Contains("Demo data", r.Description, StringComparison.Ordinal);
            Assert.True(DateOnly.Parse(r.Date, System.Globalization.CultureInfo.InvariantCulture) >= today, r.Date);
        });
        var feed = await client.GetStringAsync("/feeds/releases.ics");
        Assert.Contains("(демо)", feed, StringComparison.Ordinal);
        // The real history is still there.
        var rm = await (await client.GetAsync("/api/releases?subjects=rm&kinds=album&from=2024-01-01&to=2024-12-31")).ReadAsync<ReleasePage>();
        Assert.Equal("Right Place, Wrong Person", Assert.Single(rm.Items).Title);
    }

    [Fact]
    public async Task Seed_SameDay_GivesSameIds()
    {
        await using var first = Demo();
        await using var second = Demo();

        var a = await (await first.Client().GetAsync("/api/releases/upcoming?limit=100")).ReadAsync<List<ReleaseResponse>>();
        var b = await (await second.Client().GetAsync("/api/releases/upcoming?limit=100")).ReadAsync<List<ReleaseResponse>>();

        Assert.NotEmpty(a);
        Assert.Equal(a.Select(r => r.Id), b.Select(r => r.Id));
    }

    static AppFactory Demo()
    {
        var app = new AppFactory().With("Data:SeedDemo", "true");
        app.Clock.SetUtcNow(Later);
        return app;
    }
}
