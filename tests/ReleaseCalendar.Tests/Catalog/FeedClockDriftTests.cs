using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Catalog;

/// <summary>Each feed-changing commit takes its own second, so a burst faster than that runs the stamps ahead of the
/// clock; the store says so, since it is the sign a writer should batch.</summary>
public sealed class FeedClockDriftTests
{
    [Fact]
    public async Task ManyCommitsWithinOneSecond_WarnThatStampsRunAhead()
    {
        await using var app = new AppFactory();
        var seed = new Seed(app.Client(admin: true));
        var slug = await seed.SubjectAsync("burst");
        for (var i = 0; i < 62; i++) await seed.ReleaseAsync([slug], $"Take {i}", "single", "2024-06-01");
        Assert.Contains(app.CatalogLog.Lines, l => l.Id.Id == 404 && l.Message.Contains("ahead of the clock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommitsSpreadOverTime_StayOnTheClock()
    {
        await using var app = new AppFactory();
        var seed = new Seed(app.Client(admin: true));
        var slug = await seed.SubjectAsync("steady");
        for (var i = 0; i < 62; i++)
        {
            await seed.ReleaseAsync([slug], $"Take {i}", "single", "2024-06-01");
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.DoesNotContain(app.CatalogLog.Lines, l => l.Id.Id == 404);
    }
}
