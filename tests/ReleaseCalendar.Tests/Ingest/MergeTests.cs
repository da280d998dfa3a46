using System.Net;
using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest;

/// <summary>The merge through the catalog's one write path, on a real SQLite file: idempotent, no duplicates across sources,
/// admins' pins respected, priorities deciding, history and disagreements kept, feeds moving.</summary>
public sealed class MergeTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    async Task<Source> SourceAsync(string type, string subject, int priority = 0, string? externalId = null, string? url = null)
    {
        externalId ??= type switch { "musicbrainz" => Guid.NewGuid().ToString(), "tvmaze" => Random.Shared.Next(1, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture), _ => null };
        url ??= type is "ical" or "news" ? $"https://example.com/{Guid.NewGuid():N}" : null;
        var response = await _admin.PostJsonAsync("/api/admin/sources", new
        { type, externalId, url, subjects = new[] { subject }, schedule = "0 0 4 * * ?", enabled = false, priority });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadAsync<SourceResponse>();
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Sources.AsNoTracking().SingleAsync(s => s.Id == created.Id);
    }

    static IncomingItem Album(string id, string subject, string title, string date, ReleaseKind kind = ReleaseKind.Album,
        DatePrecision precision = DatePrecision.Day, string? time = null, string? zone = null, ReleaseStatus status = ReleaseStatus.Confirmed,
        string? link = null) => new()
    {
        ExternalId = id, Subjects = [subject], Title = title, Kind = kind, Precision = precision,
        Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Time = time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), TimeZone = zone, Status = status,
        Links = link is null ? [] : [link],
    };

    async Task<BatchResult> WriteAsync(Source source, params IncomingItem[] items)
    {
        var result = await app.Service<IngestWriter>().WriteAsync(source, 0, items, CancellationToken.None);
        Assert.Null(result.Error);
        return result.Value!;
    }

    async Task<List<ReleaseResponse>> ReleasesOfAsync(string slug) =>
        (await (await _anon.GetAsync($"/api/releases?subjects={slug}&includeMembers=false&limit=200")).ReadAsync<ReleasePage>()).Items.ToList();

    [Fact]
    public async Task SameItemsTwice_CreatesOnceThenNothingChanges()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var source = await SourceAsync("musicbrainz", rm);
        var items = new[] { Album("rg-1", rm, "Indigo", "2022-12-02"), Album("rg-2", rm, "Right Place, Wrong Person", "2024-05-24") };
        var first = await WriteAsync(source, items);
        Assert.Equal((2, 0), (first.Created, first.Updated));
        var feed1 = await _anon.GetAsync($"/feeds/{rm}.ics");
        var second = await WriteAsync(source, items);
        Assert.Equal((0, 0, 2), (second.Created, second.Updated, second.Unchanged));
        var feed2 = await _anon.GetAsync($"/feeds/{rm}.ics");
        Assert.Equal(feed1.Content.Headers.LastModified, feed2.Content.Headers.LastModified);
        Assert.Equal(2, (await ReleasesOfAsync(rm)).Count);
    }

    [Fact]
    public async Task FirstRunBatch_NewReleasesTakeTheWriteStampAndLeaveAnAuditLine()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var source = await SourceAsync("musicbrainz", rm);
        var before = app.CatalogLog.Lines.Count;

        var result = await WriteAsync(source, Album("rg-1", rm, "Indigo", "2022-12-02"), Album("rg-2", rm, "Wild Flower", "2022-12-02", ReleaseKind.Single));

        Assert.Equal(2, result.Created);
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var subject = await db.Subjects.AsNoTracking().SingleAsync(s => s.Slug == rm);
        var stored = await db.Releases.AsNoTracking().Where(r => r.Subjects.Any(s => s.SubjectId == subject.Id)).ToListAsync();
        Assert.Equal(2, stored.Count);
        // Inserted past the change tracker, stamped as an EF save would have been: the write's stamp, SEQUENCE 0.
        Assert.All(stored, r => Assert.Equal(subject.FeedChangedUtc, r.UpdatedUtc));
        Assert.All(stored, r => Assert.Equal(0, r.Sequence));
        var feed = await _anon.GetAsync($"/feeds/{rm}.ics");
        Assert.Equal(new DateTimeOffset(subject.FeedChangedUtc, TimeSpan.Zero), feed.Content.Headers.LastModified);
        // The page and the API find them by their public ids.
        foreach (var release in stored)
            Assert.Equal(HttpStatusCode.OK, (await _anon.GetAsync($"/api/releases/{release.PublicId}")).StatusCode);
        Assert.Contains(app.CatalogLog.Lines.Skip(before), l => l.Id.Id == 401 && l.Message.Contains(source.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BatchNamingOneKeyTwice_TakesTheLastStatement()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var source = await SourceAsync("musicbrainz", rm);

        var result = await WriteAsync(source, Album("rg-1", rm, "Indigo", "2022-12-02"), Album("rg-1", rm, "Indigo (Deluxe)", "2022-12-03"));

        Assert.Equal(1, result.Created);
        var release = Assert.Single(await ReleasesOfAsync(rm));
        Assert.Equal(("Indigo (Deluxe)", "2022-12-03"), (release.Title, release.Date));
        var again = await WriteAsync(source, Album("rg-1", rm, "Indigo (Deluxe)", "2022-12-03"));
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
    }

    [Fact]
    public async Task ChangedDate_UpdatesKeepsHistoryRaisesSequenceAndMovesFeed()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var source = await SourceAsync("musicbrainz", rm);
        await WriteAsync(source, Album("rg-1", rm, "Right Place, Wrong Person", "2024-05-01", precision: DatePrecision.Month));
        var before = (await ReleasesOfAsync(rm)).Single();
        var feedBefore = (await _anon.GetAsync($"/feeds/{rm}.ics")).Content.Headers.LastModified;
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var result = await WriteAsync(source, Album("rg-1", rm, "Right Place, Wrong Person", "2024-05-24"));
        Assert.Equal(1, result.Updated);
        var after = (await ReleasesOfAsync(rm)).Single();
        Assert.Equal("2024-05-24", after.Date);
        Assert.True(after.Revision > before.Revision);
        Assert.True(after.Sequence > before.Sequence);
        Assert.True((await _anon.GetAsync($"/feeds/{rm}.ics")).Content.Headers.LastModified > feedBefore);
        var history = await (await _admin.GetAsync($"/api/admin/releases/{after.Id}/history")).ReadAsync<ReleaseHistoryResponse>();
        var change = Assert.Single(history.Changes, c => c.Field == "date");
        Assert.Equal(("2024-05", "2024-05-24", source.Actor), (change.From, change.To, change.Actor));
        Assert.Equal(source.Id, Assert.Single(history.Sources).SourceId);
    }

    [Fact]
    public async Task AdminFieldIsPinned_IngestionDoesNotOverwriteItUntilUnpinned()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var source = await SourceAsync("musicbrainz", rm);
        await WriteAsync(source, Album("rg-1", rm, "Indigo", "2022-12-02"));
        var release = (await ReleasesOfAsync(rm)).Single();
        // An admin fixes the date by hand.
        var put = await _admin.PutJsonAsync($"/api/admin/releases/{release.Id}", new
        { subjects = new[] { rm }, title = "Indigo", kind = "album", date = "2022-12-03", status = "confirmed" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await WriteAsync(source, Album("rg-1", rm, "Indigo", "2022-12-01"));
        Assert.Equal("2022-12-03", (await ReleasesOfAsync(rm)).Single().Date);
        var history = await (await _admin.GetAsync($"/api/admin/releases/{release.Id}/history")).ReadAsync<ReleaseHistoryResponse>();
        Assert.Contains("date", history.Pinned);
        var disagreement = Assert.Single(history.Disagreements);
        Assert.Equal(("date", "admin (pinned)", "2022-12-03", "2022-12-01"), (disagreement.Field, disagreement.Kept, disagreement.KeptValue, disagreement.SourceValue));

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/releases/{release.Id}/pins/date")).StatusCode);
        // The same statement as before the unpin now applies: unpinning makes the source's items merge afresh.
        await WriteAsync(source, Album("rg-1", rm, "Indigo", "2022-12-01"));
        Assert.Equal("2022-12-01", (await ReleasesOfAsync(rm)).Single().Date);
    }

    [Fact]
    public async Task TwoSourcesOneRelease_MatchedAcrossScripts_HigherPriorityWinsAndDisagreementIsRecorded()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var musicbrainz = await SourceAsync("musicbrainz", rm, priority: 10);
        var news = await SourceAsync("news", rm, priority: 0);
        await WriteAsync(musicbrainz, Album("rg-1", rm, "Right Place, Wrong Person", "2024-05-24"));
        // A Russian article: the title transliterated, the day off by one, an evening time.
        var article = Album("https://news.example/1#rm|album|2024-05-25", rm, "Райт плейс, ронг пёрсон", "2024-05-25",
            time: "18:00", zone: "Asia/Seoul", status: ReleaseStatus.Announced, link: "https://news.example/1");
        var result = await WriteAsync(news, article);
        Assert.Equal((0, 1), (result.Created, result.Updated)); // matched, not doubled; the time and link are new
        var release = Assert.Single(await ReleasesOfAsync(rm));
        Assert.Equal(("Right Place, Wrong Person", "2024-05-24", "18:00"), (release.Title, release.Date, release.Time));
        Assert.Equal(["musicbrainz", "news"], release.Sources!.Select(s => s.Type));
        Assert.Contains("https://news.example/1", release.Links);
        var disagreements = await (await _admin.GetAsync("/api/admin/disagreements?limit=200")).ReadAsync<List<DisagreementResponse>>();
        Assert.Contains(disagreements, d => d.ReleaseId == release.Id && d.Field == "date" && d.Kept == musicbrainz.Actor
            && d.KeptValue == "2024-05-24" && d.SourceId == news.Id && d.SourceValue == "2024-05-25");
    }

    [Fact]
    public async Task TwoSourcesRacing_NeverDoubleARelease()
    {
        var artist = await Catalog.SubjectAsync("racer");
        var a = await SourceAsync("musicbrainz", artist);
        var b = await SourceAsync("ical", artist);
        for (var round = 0; round < 5; round++)
        {
            var title = $"Album {round}";
            var date = $"2025-0{round + 1}-10";
            await Task.WhenAll(
                WriteAsync(a, Album($"rg-{round}", artist, title, date)),
                WriteAsync(b, Album($"uid-{round}@example.com", artist, title.ToUpperInvariant(), date)));
        }
        Assert.Equal(5, (await ReleasesOfAsync(artist)).Count);
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(10, await db.SourceItems.CountAsync(i => i.SourceId == a.Id || i.SourceId == b.Id));
    }

    [Fact]
    public async Task AdminDeletedRelease_IsNotRevivedByItsSource()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var source = await SourceAsync("musicbrainz", rm);
        await WriteAsync(source, Album("rg-1", rm, "Mono.", "2018-10-23"));
        var release = (await ReleasesOfAsync(rm)).Single();
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/releases/{release.Id}")).StatusCode);
        var result = await WriteAsync(source, Album("rg-1", rm, "mono.", "2018-10-24"));
        Assert.Equal(0, result.Created + result.Updated);
        Assert.Empty(await ReleasesOfAsync(rm));
        // Retention over, the release is purged; its source key stays and keeps it from coming back.
        Assert.Null((await app.Service<ReleaseCalendar.Catalog.ReleaseChanges>().RetireExpiredAsync(TimeSpan.Zero, "test", CancellationToken.None)).Error);
        result = await WriteAsync(source, Album("rg-1", rm, "Mono", "2018-10-25"));
        Assert.Equal((0, 0), (result.Created, result.Updated));
        Assert.Empty(await ReleasesOfAsync(rm));
    }

    [Fact]
    public async Task OneStructuredSource_TwoItemsAlike_StayTwoReleases()
    {
        var show = await Catalog.SubjectAsync("show", "show");
        var source = await SourceAsync("ical", show);
        var result = await WriteAsync(source,
            Album("special-a@example.com", show, "Special", "2024-03-08", ReleaseKind.Episode),
            Album("special-b@example.com", show, "Special", "2024-03-10", ReleaseKind.Episode));
        Assert.Equal(2, result.Created);
        Assert.Equal(2, (await ReleasesOfAsync(show)).Count);
    }

    [Fact]
    public async Task KindOther_StatesNoKind_AndIsAmbiguousBetweenASingleAndItsVideo()
    {
        var artist = await Catalog.SubjectAsync("singer");
        var musicbrainz = await SourceAsync("musicbrainz", artist);
        await WriteAsync(musicbrainz, Album("rg-1", artist, "Golden Hour", "2025-01-10", ReleaseKind.Album));
        var news = await SourceAsync("news", artist);
        await WriteAsync(news, Album("https://n.example/1#x", artist, "Golden Hour", "2025-01-10", ReleaseKind.Other, status: ReleaseStatus.Announced));
        var album = Assert.Single(await ReleasesOfAsync(artist));
        Assert.Equal(ReleaseKind.Album, album.Kind);   // matched, and "other" did not replace "album"

        var other = await Catalog.SubjectAsync("duo");
        await WriteAsync(musicbrainz, Album("rg-2", other, "Neon", "2025-02-01", ReleaseKind.Single), Album("rg-3", other, "Neon", "2025-02-01", ReleaseKind.Mv));
        await WriteAsync(news, Album("https://n.example/2#y", other, "Neon", "2025-02-01", ReleaseKind.Other));
        Assert.Equal(3, (await ReleasesOfAsync(other)).Count);   // not glued to one of the two by chance
    }

    [Fact]
    public async Task BadItems_AreRejectedWithReasonsAndTheRestLand()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var source = await SourceAsync("musicbrainz", rm);
        var result = await WriteAsync(source,
            Album("ok", rm, "Fine", "2024-01-01"),
            Album("no-title", rm, " ", "2024-01-02"),
            Album("gap", rm, "Skipped hour", "2011-03-27", time: "02:30", zone: "Europe/Moscow"),
            Album("stranger", "nobody-" + Guid.NewGuid().ToString("N")[..6], "Who", "2024-01-03"));
        Assert.Equal((1, 3), (result.Created, result.Rejected));
        Assert.Contains(result.Rejections, r => r.StartsWith("gap:", StringComparison.Ordinal) && r.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(result.Rejections, r => r.Contains("no subject has the slug", StringComparison.Ordinal));
    }
}
