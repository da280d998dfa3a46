using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>The loader caches each subject's releases apart (SubjectReleases): a write makes the next miss of a
/// combined or group feed read only the subjects it touched, and never serves what the write changed.</summary>
public sealed class FeedLoaderTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    async Task<Calendar> FeedAsync(string url)
    {
        var response = await _anon.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    async Task<int> IdOfAsync(string slug)
    {
        await using var db = await app.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Subjects.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync();
    }

    SubjectReleases? Part(int subjectId, FeedQuery query)
    {
        var request = FeedRequest.Parse(null, query, app.Clock.Today(), app.Service<IOptions<FeedOptions>>().Value).Request!;
        return app.Service<FeedCache>().TryGetData<SubjectReleases>(FeedLoader.PartKey(subjectId, request), out var part) ? part : null;
    }

    [Fact]
    public async Task CombinedFeed_AfterAWriteToOneSubject_RereadsOnlyThatSubject()
    {
        var a = await Catalog.SubjectAsync("part-a");
        var b = await Catalog.SubjectAsync("part-b");
        await Catalog.ReleaseAsync([a], "A1", "single", "2024-05-10");
        await Catalog.ReleaseAsync([b], "B1", "single", "2024-05-12");
        var query = new FeedQuery("en", null, null, null, null, $"{a},{b}", null, "2024-01-01", "2024-12-31");
        var url = $"/feeds/releases.ics?subjects={a},{b}&from=2024-01-01&to=2024-12-31&lang=en";
        Assert.Equal(2, (await FeedAsync(url)).Events.Count);
        var (idA, idB) = (await IdOfAsync(a), await IdOfAsync(b));
        var partA = Assert.IsType<SubjectReleases>(Part(idA, query));
        var partB = Assert.IsType<SubjectReleases>(Part(idB, query));

        await Catalog.ReleaseAsync([a], "A2", "album", "2024-06-01");
        Assert.Null(Part(idA, query)); // dropped by the write
        Assert.Same(partB, Part(idB, query)); // untouched

        var after = await FeedAsync(url);
        Assert.Equal(["A1", "A2", "B1"], after.Events.Select(e => e.Summary!.Split('"')[1]).Order());
        Assert.Same(partB, Part(idB, query)); // the miss did not read b again
        Assert.NotSame(partA, Part(idA, query));
        Assert.Equal(2, Part(idA, query)!.Releases.Count);
    }

    [Fact]
    public async Task SubjectFeed_AfterACoCreditedSubjectIsRenamed_ShowsTheNewName()
    {
        var a = await Catalog.SubjectAsync("duet-a", en: "Old Name");
        var b = await Catalog.SubjectAsync("duet-b", en: "Partner");
        await Catalog.ReleaseAsync([b, a], "Together", "single", "2024-05-10");
        var before = Assert.Single((await FeedAsync($"/feeds/{b}.ics?lang=en")).Events);
        Assert.Contains("Old Name", before.Summary);

        var put = await _admin.PutJsonAsync($"/api/admin/subjects/{a}", new { slug = a, kind = "artist", names = new { en = "New Name" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        // b's feed shows a's name, so it is tagged with a as well as b: a's rename drops it.
        var after = Assert.Single((await FeedAsync($"/feeds/{b}.ics?lang=en")).Events);
        Assert.Contains("New Name", after.Summary);
    }

    [Fact]
    public async Task GroupFeed_AfterAMembersWrite_ShowsIt_AndKeepsTheOtherMembersParts()
    {
        var group = await Catalog.SubjectAsync("grp", kind: "group");
        var one = await Catalog.SubjectAsync("one", memberOf: [group]);
        var two = await Catalog.SubjectAsync("two", memberOf: [group]);
        await Catalog.ReleaseAsync([one], "Solo one", "single", "2024-05-10");
        await Catalog.ReleaseAsync([two], "Solo two", "single", "2024-05-11");
        Assert.Equal(2, (await FeedAsync($"/feeds/{group}.ics?lang=en")).Events.Count);
        var subjectQuery = new FeedQuery("en", null, null, null, null, null, null);
        var request = FeedRequest.Parse(group, subjectQuery, app.Clock.Today(), app.Service<IOptions<FeedOptions>>().Value).Request!;
        var cache = app.Service<FeedCache>();
        var idTwo = await IdOfAsync(two);
        Assert.True(cache.TryGetData<SubjectReleases>(FeedLoader.PartKey(idTwo, request), out var partTwo));

        await Catalog.ReleaseAsync([one], "Solo one again", "album", "2024-05-20");
        Assert.Equal(3, (await FeedAsync($"/feeds/{group}.ics?lang=en")).Events.Count);
        Assert.True(cache.TryGetData<SubjectReleases>(FeedLoader.PartKey(idTwo, request), out var stillTwo));
        Assert.Same(partTwo, stillTwo);
    }

    [Fact]
    public async Task CachedPart_WhoseSubjectWasStampedSince_IsReadAgain()
    {
        // A loader with a cache of its own that no write invalidates: only the stamp check can keep it honest,
        // as when a write commits between a load's cache lookup and the write's invalidation.
        var a = await Catalog.SubjectAsync("stamp");
        await Catalog.ReleaseAsync([a], "First", "single", "2024-05-10");
        var cache = new FeedCache(app.Service<IOptions<FeedOptions>>());
        var loader = new FeedLoader(app.Service<IDbContextFactory<AppDbContext>>(), cache);
        var request = FeedRequest.Parse(a, new FeedQuery("en", null, null, null, null, null, null), app.Clock.Today(),
            app.Service<IOptions<FeedOptions>>().Value).Request!;
        var (before, _) = await loader.LoadAsync(request, cache.Generation, default);
        Assert.Single(before!.Releases);

        await Catalog.ReleaseAsync([a], "Second", "single", "2024-05-11");
        var (after, _) = await loader.LoadAsync(request, cache.Generation, default);
        Assert.Equal(["First", "Second"], after!.Releases.Select(r => r.Title));
        Assert.True(after.ChangedUtc > before.ChangedUtc);
    }
}
