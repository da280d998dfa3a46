using System.Net;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Releases;

public sealed class PublicApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    [Fact]
    public async Task ListReleases_FiltersBySubjectKindAndDates_WithMembersOfGroups()
    {
        var bts = await Catalog.SubjectAsync("bts", kind: "group");
        var rm = await Catalog.SubjectAsync("rm", memberOf: [bts]);
        await Catalog.ReleaseAsync([bts], "Proof", "album", "2022-06-10");
        await Catalog.ReleaseAsync([rm], "Come Back to Me", "single", "2024-05-10");
        await Catalog.ReleaseAsync([rm], "Right Place, Wrong Person", "album", "2024-05-24", "13:00", "Asia/Seoul");

        var all = await (await _anon.GetAsync($"/api/releases?subjects={bts}")).ReadAsync<ReleasePage>();
        Assert.Equal(["Proof", "Come Back to Me", "Right Place, Wrong Person"], all.Items.Select(r => r.Title));
        var groupOnly = await (await _anon.GetAsync($"/api/releases?subjects={bts}&includeMembers=false")).ReadAsync<ReleasePage>();
        Assert.Equal(["Proof"], groupOnly.Items.Select(r => r.Title));
        var albums2024 = await (await _anon.GetAsync($"/api/releases?subjects={rm},{bts}&kinds=album&from=2024-01-01&to=2024-12-31")).ReadAsync<ReleasePage>();
        var album = Assert.Single(albums2024.Items);
        Assert.Equal(new DateTimeOffset(2024, 5, 24, 13, 0, 0, TimeSpan.FromHours(9)), album.StartsAt);
        Assert.Equal("13:00", album.Time);
        Assert.Equal(rm, album.Subjects.Single().Slug);
    }

    [Fact]
    public async Task ListReleases_KeysetPagination_VisitsEveryReleaseOnce()
    {
        var a = await Catalog.SubjectAsync("page");
        var created = new List<Guid>();
        for (var i = 0; i < 23; i++)
            created.Add((await Catalog.ReleaseAsync([a], $"Song {i}", "single", new DateOnly(2024, 1, 1).AddDays(i % 7).ToString("yyyy-MM-dd"))).Id);
        var seen = new List<ReleaseResponse>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await _anon.GetAsync($"/api/releases?subjects={a}&limit=5" + (cursor is null ? "" : $"&cursor={cursor}"))).ReadAsync<ReleasePage>();
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        } while (cursor is not null && pages < 20);
        Assert.Equal(5, pages);
        Assert.Equal(created.Order(), seen.Select(r => r.Id).Order());
        Assert.Equal(seen.Select(r => r.Date).Order(StringComparer.Ordinal), seen.Select(r => r.Date));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1000", "limit")]
    [InlineData("from=2024-02-30", "from")]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("kinds=opera", "kinds")]
    [InlineData("cursor=!!!", "cursor")]
    [InlineData("subjects=nobody-knows-me", "subjects")]
    public async Task ListReleases_BadQuery_Returns400NamingField(string query, string field)
    {
        var response = await _anon.GetAsync($"/api/releases?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Ким Нам Джун")]
    [InlineData("КИМ НАМ ДЖУН")]
    [InlineData("kim namjoon")]
    [InlineData("알엠")]
    [InlineData("нам джун")]
    public async Task FindSubjects_ByAnyAlias_IgnoringCase(string q)
    {
        var rm = await Catalog.SubjectAsync("rm", en: "RM", aliases: ["Ким Нам Джун", "Kim Namjoon", "알엠"]);
        var found = await (await _anon.GetAsync("/api/subjects?q=" + Uri.EscapeDataString(q))).ReadAsync<List<SubjectResponse>>();
        Assert.Contains(found, s => s.Slug == rm);
    }

    [Theory]
    [InlineData("намджун", "rm")]
    [InlineData("НамДжун", "rm")]
    [InlineData("ким-нам-джун", "rm")]
    [InlineData("kimnamjoon", "rm")]
    [InlineData("jhope", "j-hope")]
    [InlineData("j hope", "j-hope")]
    [InlineData("Джей Хоуп", "j-hope")]
    public async Task FindSubjects_IgnoresSpacesAndHyphensInsideNames(string q, string stem)
    {
        var rm = await Catalog.SubjectAsync("rm", en: "RM", aliases: ["Ким Нам Джун", "Kim Namjoon"]);
        var jhope = await Catalog.SubjectAsync("j-hope", en: "j-hope", ru: "Джей-Хоуп");
        var expected = stem == "rm" ? rm : jhope;

        var found = await (await _anon.GetAsync("/api/subjects?q=" + Uri.EscapeDataString(q))).ReadAsync<List<SubjectResponse>>();

        Assert.Contains(found, s => s.Slug == expected);
        Assert.DoesNotContain(found, s => s.Slug == (stem == "rm" ? jhope : rm));
    }

    [Fact]
    public async Task FindSubjects_CompactQuery_RanksExactBeforePrefix()
    {
        // Slug order would put "a-…" first; ranking must put the exact (compacted) alias first.
        var longer = await Catalog.SubjectAsync("a-njl", en: "Namjoonex Plus");
        var exact = await Catalog.SubjectAsync("z-nj", en: "Namjo Onex");
        var found = await (await _anon.GetAsync("/api/subjects?q=" + Uri.EscapeDataString("nam jo-onex"))).ReadAsync<List<SubjectResponse>>();
        Assert.Equal([exact, longer], found.Select(s => s.Slug).Take(2));
    }

    [Fact]
    public async Task FindSubjects_IgnoresYoVersusYe_AndRanksExactFirst()
    {
        var tears = await Catalog.SubjectAsync("tears", kind: "show", en: "Queen of Tears", ru: "Королева слёз");
        var found = await (await _anon.GetAsync("/api/subjects?q=" + Uri.EscapeDataString("королева слез"))).ReadAsync<List<SubjectResponse>>();
        Assert.Equal(tears, found[0].Slug);
        var wildcard = await (await _anon.GetAsync("/api/subjects?q=%25")).ReadAsync<List<SubjectResponse>>();
        Assert.DoesNotContain(wildcard, s => s.Slug == tears); // % is text, not a LIKE wildcard
    }

    [Fact]
    public async Task GetSubject_IncludesHttpsAndWebcalFeedUrls()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var subject = await (await _anon.GetAsync($"/api/subjects/{rm}")).ReadAsync<SubjectResponse>();
        Assert.Equal($"https://releases.example.org/feeds/{rm}.ics", subject.Feeds.Https);
        Assert.Equal($"webcal://releases.example.org/feeds/{rm}.ics", subject.Feeds.Webcal);
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync("/api/subjects/not-a-subject")).StatusCode);
    }

    [Fact]
    public async Task Upcoming_ListsFromTodayOn_InDateOrder_WithoutCancelled()
    {
        var a = await Catalog.SubjectAsync("upcoming");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        await Catalog.ReleaseAsync([a], "Yesterday", "single", today.AddDays(-1).ToString("yyyy-MM-dd"));
        await Catalog.ReleaseAsync([a], "Later", "album", today.AddDays(3).ToString("yyyy-MM-dd"));
        await Catalog.ReleaseAsync([a], "Tomorrow", "single", today.AddDays(1).ToString("yyyy-MM-dd"));
        await Catalog.ReleaseAsync([a], "Called off", "single", today.AddDays(2).ToString("yyyy-MM-dd"), status: "cancelled");
        var upcoming = await (await _anon.GetAsync("/api/releases/upcoming?limit=100")).ReadAsync<List<ReleaseResponse>>();
        var mine = upcoming.Where(r => r.Subjects.Any(s => s.Slug == a)).Select(r => r.Title).ToList();
        Assert.Equal(["Tomorrow", "Later"], mine);
        Assert.Equal(HttpStatusCode.BadRequest, (await _anon.GetAsync("/api/releases/upcoming?limit=0")).StatusCode);
    }

    [Fact]
    public async Task ReleasePage_LinkedFromFeeds_EscapesHtml_SaysDeletedIsCancelled_And404sUnknown()
    {
        var a = await Catalog.SubjectAsync("page-html", en: "<b>Bold</b>");
        var release = await Catalog.ReleaseAsync([a], "<script>alert(1)</script>", "single", "2024-05-10");
        var response = await _anon.GetAsync($"/releases/{release.Id:N}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains($"href=\"/subscribe/{a}\"", html); // its subjects' subscribe pages (Pages/)
        await _admin.DeleteAsync($"/api/admin/releases/{release.Id}");
        // Still in the feeds as cancelled for the retention time, so its event's link still leads somewhere.
        var deleted = await _anon.GetAsync($"/releases/{release.Id:N}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains("status-cancelled", await deleted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/releases/{Guid.NewGuid():N}")).StatusCode);
    }

    [Fact]
    public async Task FrontPage_ListsSubjectsWithSubscribePages()
    {
        var a = await Catalog.SubjectAsync("front", en: "Front Artist");
        var html = await _anon.GetStringAsync("/");
        Assert.Contains($"href=\"/subscribe/{a}\"", html);
        var subscribe = await _anon.GetStringAsync($"/subscribe/{a}");
        Assert.Contains($"webcal://releases.example.org/feeds/{a}.ics", subscribe);
    }

    /// <summary>A calendar app sends no Origin; a caching proxy may keep its copy and hand it to a fan site's page:
    /// that copy must carry the header too (deploy/nginx caches feeds).</summary>
    [Theory]
    [InlineData("/api/releases/upcoming")]
    [InlineData("/api/subjects")]
    [InlineData("/api/embed/upcoming?subjects=no-such-subject")]
    [InlineData("/feeds/releases.ics")]
    [InlineData("/feeds/no-such-subject.ics")]
    public async Task PublicReads_WithoutAnOrigin_StillAllowAnyOrigin(string url)
    {
        var response = await _anon.GetAsync(url);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task PublicReads_AllowAnyOrigin_AdminDoesNot()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/releases/upcoming");
        request.Headers.Add("Origin", "https://fansite.example");
        var response = await _anon.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/admin/releases");
        preflight.Headers.Add("Origin", "https://fansite.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var admin = await _anon.SendAsync(preflight);
        Assert.False(admin.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False((await _anon.GetAsync("/api/admin/releases")).Headers.Contains("Access-Control-Allow-Origin"));
    }
}
