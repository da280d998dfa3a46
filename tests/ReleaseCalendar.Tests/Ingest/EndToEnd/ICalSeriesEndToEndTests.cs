using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest.EndToEnd;

/// <summary>An iCal series whose time slot moves, read by the real runner into a real SQLite file: the same releases are
/// updated, also over ids an earlier version stored as UID@original-start.</summary>
public sealed class ICalSeriesEndToEndTests(IngestHost host) : IClassFixture<IngestHost>
{
    const string Uid = "spring-drama@dramacal.example";

    // Saturdays from 2024-06-01, four airings at the given time in Seoul; the third is cancelled by an override.
    static string Series(string time) => string.Join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
        "BEGIN:VEVENT", "UID:" + Uid, "DTSTAMP:20240101T000000Z", $"DTSTART;TZID=Asia/Seoul:20240601T{time}",
        "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=4", "SUMMARY:Spring Drama — new episode", "CATEGORIES:дорама", "END:VEVENT",
        "BEGIN:VEVENT", "UID:" + Uid, "DTSTAMP:20240101T000000Z", $"RECURRENCE-ID;TZID=Asia/Seoul:20240615T{time}",
        $"DTSTART;TZID=Asia/Seoul:20240615T{time}", "SUMMARY:Spring Drama — no broadcast", "STATUS:CANCELLED", "END:VEVENT",
        "END:VCALENDAR", "");

    async Task<(string Slug, int SourceId, string Path)> SourceAsync()
    {
        var slug = await host.Catalog.SubjectAsync("spring-drama", "show");
        var path = $"/series-{Guid.NewGuid():N}.ics";
        var source = await host.SourceAsync("ical", slug, url: host.Upstream.Url(path).ToString());
        return (slug, source.Id, path);
    }

    void Serve(string path, string time, string etag) =>
        host.Upstream.Map(path, FakeResponse.Text(Series(time), "text/calendar", etag: $"\"{etag}\""));

    async Task<List<ReleaseResponse>> ReleasesAsync(string slug) =>
        [.. (await (await host.Anon.GetAsync($"/api/releases?subjects={slug}&includeMembers=false&limit=200")).ReadAsync<ReleasePage>())
            .Items.OrderBy(r => r.Date, StringComparer.Ordinal)];

    async Task<List<string>> KeysAsync(int sourceId)
    {
        await using var db = await host.DbAsync();
        return await db.SourceItems.Where(i => i.SourceId == sourceId).OrderBy(i => i.ExternalId).Select(i => i.ExternalId).ToListAsync();
    }

    /// <summary>Acceptance check B3: "Spring Drama — new episode" showed in the feed as «Spring Drama — drama "Spring Drama —
    /// new episode"». A title that opens with the subject's name and a separator keeps what follows.</summary>
    [Fact]
    public async Task Run_TitlesOpeningWithTheSubjectsName_KeepWhatFollows()
    {
        var slug = await host.Catalog.SubjectAsync("named-drama", "show", en: "Spring Drama");
        var path = $"/named-{Guid.NewGuid():N}.ics";
        var source = await host.SourceAsync("ical", slug, url: host.Upstream.Url(path).ToString());
        Serve(path, "211000", "n1");

        Assert.Equal(RunStatus.Succeeded, (await host.RunAsync(source.Id)).Status);

        var titles = (await ReleasesAsync(slug)).Select(r => r.Title).ToList();
        Assert.Equal(["new episode", "new episode", "no broadcast", "new episode"], titles);
    }

    [Fact]
    public async Task Run_SeriesTimeMovedWithinTheDay_UpdatesTheSameReleases()
    {
        var (slug, sourceId, path) = await SourceAsync();
        Serve(path, "211000", "v1");
        var first = await host.RunAsync(sourceId);
        Assert.Equal((RunStatus.Succeeded, 4), (first.Status, first.Created));
        var before = await ReleasesAsync(slug);

        Serve(path, "205000", "v2");
        var moved = await host.RunAsync(sourceId);

        Assert.Equal((RunStatus.Succeeded, 0, 4), (moved.Status, moved.Created, moved.Updated));
        var after = await ReleasesAsync(slug);
        Assert.Equal(before.Select(r => r.Id), after.Select(r => r.Id));
        Assert.All(after, r => Assert.Equal("20:50", r.Time));
        Assert.Equal(ReleaseStatus.Cancelled, after[2].Status);
    }

    [Theory]
    [InlineData("211000")]   // the calendar as it was
    [InlineData("205000")]   // and with the slot moved on the same day as the upgrade
    public async Task Run_AfterUpgradeFromStartKeys_TakesTheStoredItemsOver(string time)
    {
        var (slug, sourceId, path) = await SourceAsync();
        Serve(path, "211000", "v1");
        Assert.Equal(4, (await host.RunAsync(sourceId)).Created);
        var before = await ReleasesAsync(slug);
        // What an earlier version stored: every timed occurrence as UID@original-start.
        await using (var db = await host.DbAsync())
        {
            await db.SourceItems.Where(i => i.SourceId == sourceId)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.ExternalId, i => i.ExternalId + "T211000"));
        }
        Assert.Equal([$"{Uid}@20240601T211000", $"{Uid}@20240608T211000", $"{Uid}@20240615T211000", $"{Uid}@20240622T211000"],
            await KeysAsync(sourceId));

        Serve(path, time, "v2");
        var upgraded = await host.RunAsync(sourceId);
        Serve(path, time, "v3");
        var full = await host.RunAsync(sourceId);   // a full re-read: nothing new, nothing missing

        Assert.Equal((RunStatus.Succeeded, 0), (upgraded.Status, upgraded.Created));
        Assert.Equal((0, 0, 4, 0), (full.Created, full.Updated, full.Unchanged, full.Flagged));
        Assert.Equal([$"{Uid}@20240601", $"{Uid}@20240608", $"{Uid}@20240615", $"{Uid}@20240622"], await KeysAsync(sourceId));
        var after = await ReleasesAsync(slug);
        Assert.Equal(before.Select(r => r.Id), after.Select(r => r.Id));
        Assert.Equal(ReleaseStatus.Cancelled, after[2].Status);
        Assert.All(after, r => Assert.Equal(time[..2] + ":" + time[2..4], r.Time));
    }
}
