using System.Net;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Catalog;

/// <summary>Retention is the catalog's setting (Catalog:CancelledRetention), and retiring goes through the one write path.</summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task Housekeeping_UsesCatalogRetention_AndRefreshesTheFeed()
    {
        await using var app = new AppFactory().With("Catalog:CancelledRetention", "2.00:00:00");
        var admin = app.Client(admin: true);
        var anon = app.Client();
        var seed = new Seed(admin);
        var slug = await seed.SubjectAsync("retire");
        var release = await seed.ReleaseAsync([slug], "Called Off", "single", "2024-06-01");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/releases/{release.Id}")).StatusCode);

        async Task<int> RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<HousekeepingJob>().RunAsync(default);
        }
        async Task<Calendar> FeedAsync() => Calendar.Load(await anon.GetStringAsync($"/feeds/{slug}.ics"))!;

        Assert.Equal("CANCELLED", Assert.Single((await FeedAsync()).Events).Status);
        app.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await RunAsync());
        Assert.Single((await FeedAsync()).Events);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await RunAsync());
        Assert.Empty((await FeedAsync()).Events);
        Assert.Contains(app.CatalogLog.Lines, l => l.Message.Contains("housekeeping: release.retire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Housekeeping_PurgesAReleaseDeletedAfterItWasRetired()
    {
        await using var app = new AppFactory().With("Catalog:CancelledRetention", "1.00:00:00");
        var admin = app.Client(admin: true);
        var seed = new Seed(admin);
        var slug = await seed.SubjectAsync("late");
        var release = await seed.ReleaseAsync([slug], "Dropped", "single", "2024-06-01", status: "cancelled");
        async Task<int> RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<HousekeepingJob>().RunAsync(default);
        }
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await RunAsync()); // retired from feeds, kept in the JSON API as history
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/admin/releases/{release.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/releases/{release.Id}")).StatusCode);
        Assert.Equal(1, await RunAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/releases/{release.Id}")).StatusCode);
    }
}
