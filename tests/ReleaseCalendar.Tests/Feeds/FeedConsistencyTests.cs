using System.Net;
using Ical.Net;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>Feeds under concurrent reads and writes: never older than the last write, writers never lose.</summary>
public sealed class FeedConsistencyTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();

    [Fact]
    public async Task Feed_AfterEachWrite_ShowsIt_EvenWhileOthersReadConcurrently()
    {
        var catalog = new Seed(_admin);
        var slug = await catalog.SubjectAsync("race");
        using var stop = new CancellationTokenSource();
        // Readers keep re-rendering and re-caching the same feed while the writer works.
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested && reads++ < 500)
                (await _anon.GetAsync($"/feeds/{slug}.ics")).EnsureSuccessStatusCode();
        })).ToList();

        for (var i = 1; i <= 15; i++)
        {
            var release = await catalog.ReleaseAsync([slug], $"Song {i}", "single", $"2024-05-{i:D2}");
            var calendar = Calendar.Load(await _anon.GetStringAsync($"/feeds/{slug}.ics"))!;
            Assert.Equal(i, calendar.Events.Count);
            Assert.Contains(calendar.Events, e => e.Uid!.StartsWith($"{release.Id:N}", StringComparison.Ordinal));
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);
    }

    [Fact]
    public async Task ParallelWriters_AllSucceed_OnTheSqliteFile()
    {
        var catalog = new Seed(_admin);
        var slug = await catalog.SubjectAsync("parallel");
        var responses = await Task.WhenAll(Enumerable.Range(1, 24).Select(i => _admin.PostJsonAsync("/api/admin/releases",
            new { subjects = new[] { slug }, title = $"Track {i}", kind = "single", date = "2024-06-01" })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var calendar = Calendar.Load(await _anon.GetStringAsync($"/feeds/{slug}.ics"))!;
        Assert.Equal(24, calendar.Events.Count);
    }
}
