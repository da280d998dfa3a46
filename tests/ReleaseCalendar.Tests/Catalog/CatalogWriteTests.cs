using System.Net;
using System.Net.Http.Headers;
using Ical.Net;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Catalog;

/// <summary>Every write refreshes every feed it changes, whichever writer made it: deletes, renames of co-credited
/// subjects, membership, and writes within one second (the fake clock never moves in this class).</summary>
public sealed class CatalogWriteTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    async Task<(Calendar Calendar, DateTimeOffset LastModified, EntityTagHeaderValue ETag)> FeedAsync(string url)
    {
        var response = await _anon.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (Calendar.Load(await response.Content.ReadAsStringAsync())!, response.Content.Headers.LastModified!.Value, response.Headers.ETag!);
    }

    async Task<HttpStatusCode> RevalidateAsync(string url, DateTimeOffset ifModifiedSince)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfModifiedSince = ifModifiedSince;
        return (await _anon.SendAsync(request)).StatusCode;
    }

    Task<HttpResponseMessage> RenameAsync(string slug, string en, string ru, string kind = "artist") =>
        _admin.PutJsonAsync($"/api/admin/subjects/{slug}", new { kind, names = new { en, ru } });

    [Fact]
    public async Task DeleteSubject_DropsItsCachedFeed_AndARecreatedSlugServesTheNewSubject()
    {
        var slug = await Catalog.SubjectAsync("gone", en: "Old Name");
        var (before, _, _) = await FeedAsync($"/feeds/{slug}.ics?lang=en");
        Assert.Empty(before.Events);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/subjects/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/feeds/{slug}.ics?lang=en")).StatusCode);

        var created = await _admin.PostJsonAsync("/api/admin/subjects", new { slug, kind = "artist", names = new { en = "New Name" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await Catalog.ReleaseAsync([slug], "Fresh", "single", "2024-06-01");
        var (after, _, _) = await FeedAsync($"/feeds/{slug}.ics?lang=en");
        Assert.Equal("New Name releases", after.Properties.Get<string>("X-WR-CALNAME"));
        Assert.Equal("New Name — single \"Fresh\"", Assert.Single(after.Events).Summary);
    }

    [Fact]
    public async Task RenameSubject_RefreshesCoCreditedFeeds_MovesTheirLastModified_AndRaisesSequence()
    {
        var a = await Catalog.SubjectAsync("duo-a", en: "Alpha");
        var b = await Catalog.SubjectAsync("duo-b", en: "Beta");
        var group = await Catalog.SubjectAsync("duo-g", kind: "group", en: "Group");
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsync($"/api/admin/subjects/{group}/members/{b}", null)).StatusCode);
        await Catalog.ReleaseAsync([a, b], "Together", "single", "2024-06-01");
        var (bBefore, bModified, bTag) = await FeedAsync($"/feeds/{b}.ics?lang=en");
        var (_, groupModified, _) = await FeedAsync($"/feeds/{group}.ics?lang=en");
        Assert.Equal("Alpha & Beta — single \"Together\"", Assert.Single(bBefore.Events).Summary);
        var sequence = Assert.Single(bBefore.Events).Sequence;

        Assert.Equal(HttpStatusCode.OK, (await RenameAsync(a, "Alpha Prime", "Альфа")).StatusCode);

        var (bAfter, bModifiedAfter, bTagAfter) = await FeedAsync($"/feeds/{b}.ics?lang=en");
        var evt = Assert.Single(bAfter.Events);
        Assert.Equal("Alpha Prime & Beta — single \"Together\"", evt.Summary);
        Assert.Equal(sequence + 1, evt.Sequence);
        Assert.True(bModifiedAfter > bModified, $"{bModifiedAfter} should be after {bModified}");
        Assert.NotEqual(bTag, bTagAfter);
        Assert.Equal(HttpStatusCode.OK, await RevalidateAsync($"/feeds/{b}.ics?lang=en", bModified));
        // The group shows its member's release, so its feed changed too.
        var (groupAfter, groupModifiedAfter, _) = await FeedAsync($"/feeds/{group}.ics?lang=en");
        Assert.True(groupModifiedAfter > groupModified);
        Assert.Equal("Alpha Prime & Beta — single \"Together\"", Assert.Single(groupAfter.Events).Summary);
    }

    [Fact]
    public async Task RenameSubject_ChangesItsOwnFeedTitle()
    {
        var a = await Catalog.SubjectAsync("title", en: "Before");
        var (before, modified, _) = await FeedAsync($"/feeds/{a}.ics?lang=en");
        Assert.Equal("Before releases", before.Properties.Get<string>("X-WR-CALNAME"));
        await RenameAsync(a, "After", "После");
        var (after, modifiedAfter, _) = await FeedAsync($"/feeds/{a}.ics?lang=en");
        Assert.Equal("After releases", after.Properties.Get<string>("X-WR-CALNAME"));
        Assert.True(modifiedAfter > modified);
    }

    [Fact]
    public async Task AliasOnlyChange_LeavesFeedsAlone()
    {
        var a = await Catalog.SubjectAsync("alias", en: "Same");
        await Catalog.ReleaseAsync([a], "Stay", "single", "2024-06-01");
        var (_, modified, tag) = await FeedAsync($"/feeds/{a}.ics?lang=en");
        Assert.Equal(HttpStatusCode.Created, (await _admin.PostJsonAsync($"/api/admin/subjects/{a}/aliases", new { name = "Another Name" })).StatusCode);
        var (_, modifiedAfter, tagAfter) = await FeedAsync($"/feeds/{a}.ics?lang=en");
        Assert.Equal(modified, modifiedAfter);
        Assert.Equal(tag, tagAfter);
    }

    [Fact]
    public async Task WritesWithinOneSecond_EachMoveLastModifiedForward()
    {
        var a = await Catalog.SubjectAsync("burst");
        var url = $"/feeds/{a}.ics";
        var release = await Catalog.ReleaseAsync([a], "One", "single", "2024-06-01");
        var (_, first, _) = await FeedAsync(url);
        var put = await _admin.PutJsonAsync($"/api/admin/releases/{release.Id}",
            new { subjects = new[] { a }, title = "Two", kind = "single", date = "2024-06-01" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var (calendar, second, _) = await FeedAsync(url);
        Assert.Contains("Two", Assert.Single(calendar.Events).Summary);
        Assert.Equal(first.AddSeconds(1), second);
        Assert.Equal(HttpStatusCode.OK, await RevalidateAsync(url, first));
        Assert.Equal(HttpStatusCode.NotModified, await RevalidateAsync(url, second));
    }

    [Fact]
    public async Task CombinedFeed_LastModifiedMovesEvenWhenAnotherSubjectsStampIsAhead()
    {
        var x = await Catalog.SubjectAsync("x");
        var y = await Catalog.SubjectAsync("y");
        // Several writes to y in the same second push y's stamp ahead of the clock...
        for (var i = 0; i < 3; i++) await Catalog.ReleaseAsync([y], $"Y{i}", "single", "2024-06-0" + (i + 1));
        var url = $"/feeds/releases.ics?subjects={x},{y}&from=2024-01-01&to=2024-12-31";
        var (_, before, _) = await FeedAsync(url);
        // ...and a later write to x must still move the combined feed forward.
        await Catalog.ReleaseAsync([x], "X", "single", "2024-06-10");
        var (calendar, after, _) = await FeedAsync(url);
        Assert.Equal(4, calendar.Events.Count);
        Assert.True(after > before, $"{after} should be after {before}");
    }

    [Fact]
    public async Task Membership_AddsMemberReleasesToGroupFeed_AndMovesItsLastModified()
    {
        var group = await Catalog.SubjectAsync("band", kind: "group", en: "Band");
        var solo = await Catalog.SubjectAsync("solo", en: "Solo");
        await Catalog.ReleaseAsync([solo], "Own Song", "single", "2024-06-01");
        var (before, modified, _) = await FeedAsync($"/feeds/{group}.ics");
        Assert.Empty(before.Events);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsync($"/api/admin/subjects/{group}/members/{solo}", null)).StatusCode);
        var (after, modifiedAfter, _) = await FeedAsync($"/feeds/{group}.ics");
        Assert.Single(after.Events);
        Assert.True(modifiedAfter > modified);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/subjects/{group}/members/{solo}")).StatusCode);
        var (removed, _, _) = await FeedAsync($"/feeds/{group}.ics");
        Assert.Empty(removed.Events);
    }

    [Fact]
    public async Task MovingAReleaseToAnotherSubject_RefreshesBothFeeds()
    {
        var from = await Catalog.SubjectAsync("from");
        var to = await Catalog.SubjectAsync("to");
        var release = await Catalog.ReleaseAsync([from], "Moved", "single", "2024-06-01");
        Assert.Single((await FeedAsync($"/feeds/{from}.ics")).Calendar.Events);
        Assert.Empty((await FeedAsync($"/feeds/{to}.ics")).Calendar.Events);
        var put = await _admin.PutJsonAsync($"/api/admin/releases/{release.Id}",
            new { subjects = new[] { to }, title = "Moved", kind = "single", date = "2024-06-01" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Empty((await FeedAsync($"/feeds/{from}.ics")).Calendar.Events);
        Assert.Single((await FeedAsync($"/feeds/{to}.ics")).Calendar.Events);
    }

    [Fact]
    public async Task DescriptionChange_RefreshesFeedWithoutRaisingSequence_DateChangeRaisesIt()
    {
        var a = await Catalog.SubjectAsync("seq");
        var release = await Catalog.ReleaseAsync([a], "Song", "single", "2024-06-01");
        object Body(string date, string? description) =>
            new { subjects = new[] { a }, title = "Song", kind = "single", date, description };
        await _admin.PutJsonAsync($"/api/admin/releases/{release.Id}", Body("2024-06-01", "Teaser out"));
        var evt = Assert.Single((await FeedAsync($"/feeds/{a}.ics")).Calendar.Events);
        Assert.Equal(0, evt.Sequence);
        Assert.Contains("Teaser out", evt.Description);
        await _admin.PutJsonAsync($"/api/admin/releases/{release.Id}", Body("2024-06-08", "Teaser out"));
        evt = Assert.Single((await FeedAsync($"/feeds/{a}.ics")).Calendar.Events);
        Assert.Equal(1, evt.Sequence);
        Assert.Equal(new DateTime(2024, 6, 8), evt.DtStart!.Value);
    }

    [Fact]
    public async Task IdenticalRewrite_KeepsFeedBytes()
    {
        var a = await Catalog.SubjectAsync("same");
        var release = await Catalog.ReleaseAsync([a], "Song", "single", "2024-06-01");
        var (_, modified, tag) = await FeedAsync($"/feeds/{a}.ics");
        var put = await _admin.PutJsonAsync($"/api/admin/releases/{release.Id}",
            new { subjects = new[] { a }, title = "Song", kind = "single", date = "2024-06-01" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("\"2\"", put.Headers.ETag?.Tag);
        var (_, modifiedAfter, tagAfter) = await FeedAsync($"/feeds/{a}.ics");
        Assert.Equal(tag, tagAfter);
        Assert.Equal(modified, modifiedAfter);
    }

    [Fact]
    public async Task Writes_LeaveAnAuditLineNamingWhoWhatAndWhich()
    {
        var a = await Catalog.SubjectAsync("audit");
        var release = await Catalog.ReleaseAsync([a], "Logged", "single", "2024-06-01");
        await _admin.DeleteAsync($"/api/admin/releases/{release.Id}");
        var lines = app.CatalogLog.Lines.Select(l => l.Message).ToList();
        Assert.Contains(lines, l => l.Contains("admin:tester", StringComparison.Ordinal) && l.Contains($"subject.create {a}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("admin:tester", StringComparison.Ordinal) && l.Contains($"release.create {release.Id}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("admin:tester", StringComparison.Ordinal) && l.Contains($"release.delete {release.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CombinedFeedOfEverything_LastModifiedNeverMovesBack_WhenTheNewestSubjectIsDeleted()
    {
        await Catalog.ReleaseAsync([await Catalog.SubjectAsync("keep")], "Kept", "single", "2024-06-01");
        var newest = await Catalog.SubjectAsync("newest");
        var (_, before, _) = await FeedAsync("/feeds/releases.ics");
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/subjects/{newest}")).StatusCode);
        var (_, after, _) = await FeedAsync("/feeds/releases.ics");
        Assert.True(after >= before, $"{after} moved back from {before}");
    }
}
