using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ReleaseCalendar.Embed;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Embed;

public sealed class EmbedJsonTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    /// <summary>A group, its member and an outsider, with past, upcoming, month-precision and cancelled releases.</summary>
    async Task<(string Group, string Member, string Outsider, Guid Album, Guid Single, Guid Ep)> SeedGroupAsync()
    {
        var group = await Catalog.SubjectAsync("grp", kind: "group", en: "Group", ru: "Группа");
        var member = await Catalog.SubjectAsync("mem", en: "Member", ru: "Участник", memberOf: [group]);
        var outsider = await Catalog.SubjectAsync("out", en: "Outsider");
        await Catalog.ReleaseAsync([member], "Old Song", "single", "2024-05-10");
        var ep = await Catalog.ReleaseAsync([group], "Summer EP", "ep", "2024-06");
        var single = await Catalog.ReleaseAsync([member], "Solo", "single", "2024-05-23", "13:00", "Asia/Seoul", titleRu: "Соло");
        var album = await Catalog.ReleaseAsync([group], "Spring Album", "album", "2024-05-21");
        await Catalog.ReleaseAsync([group], "Called Off", "single", "2024-05-25", status: "cancelled");
        await Catalog.ReleaseAsync([outsider], "Elsewhere", "single", "2024-05-22");
        return (group, member, outsider, album.Id, single.Id, ep.Id);
    }

    async Task<JsonElement> GetJsonAsync(string query)
    {
        var response = await _anon.GetAsync("/api/embed/upcoming?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    static string[] Titles(JsonElement root) => [.. root.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("title").GetString()!)];

    [Fact]
    public async Task Upcoming_GroupInRussian_ListsItsAndMembersReleasesInDateOrderWithWords()
    {
        var s = await SeedGroupAsync();
        var root = await GetJsonAsync($"subjects={s.Group}&limit=10&lang=ru");

        Assert.Equal("ru", root.GetProperty("lang").GetString());
        Assert.Equal("Ближайших релизов нет", root.GetProperty("empty").GetString());
        // Past and cancelled releases and the outsider's are not shown; a month-precision release sorts by its month.
        Assert.Equal(["Spring Album", "Соло", "Summer EP"], Titles(root));
        var items = root.GetProperty("releases").EnumerateArray().ToList();

        var album = items[0];
        Assert.Equal($"https://releases.example.org/releases/{s.Album}", album.GetProperty("url").GetString());
        Assert.Equal("альбом", album.GetProperty("kindWord").GetString());
        Assert.Equal("album", album.GetProperty("kind").GetString());
        Assert.Equal("Группа", album.GetProperty("by").GetString());
        Assert.Equal("2024-05-21", album.GetProperty("date").GetString());
        Assert.False(album.TryGetProperty("startsAt", out _));
        Assert.Equal("21 мая 2024", album.GetProperty("when").GetString());

        var single = items[1];
        Assert.Equal("сингл", single.GetProperty("kindWord").GetString());
        Assert.Equal("Участник", single.GetProperty("by").GetString());
        Assert.Equal(new DateTimeOffset(2024, 5, 23, 13, 0, 0, TimeSpan.FromHours(9)), single.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal("23 мая 2024, 13:00 по Сеулу", single.GetProperty("when").GetString());

        var ep = items[2];
        Assert.Equal("мини-альбом", ep.GetProperty("kindWord").GetString());
        Assert.Equal("month", ep.GetProperty("precision").GetString());
        Assert.Equal("июнь 2024", ep.GetProperty("when").GetString());
        Assert.False(ep.TryGetProperty("startsAt", out _));
    }

    [Fact]
    public async Task Upcoming_English_UsesEnglishWordsAndEnglishPageLinks()
    {
        var s = await SeedGroupAsync();
        var root = await GetJsonAsync($"subjects={s.Group}&lang=en");
        Assert.Equal(["Spring Album", "Solo", "Summer EP"], Titles(root));
        var items = root.GetProperty("releases").EnumerateArray().ToList();
        Assert.Equal(["album", "single", "EP"], items.Select(i => i.GetProperty("kindWord").GetString()));
        Assert.Equal(["May 21, 2024", "May 23, 2024, 13:00 Seoul time", "June 2024"], items.Select(i => i.GetProperty("when").GetString()));
        Assert.Equal($"https://releases.example.org/releases/{s.Single}?lang=en", items[1].GetProperty("url").GetString());
        Assert.Equal("No upcoming releases", root.GetProperty("empty").GetString());
    }

    [Fact]
    public async Task Upcoming_LimitAndMembersOff_NarrowTheList()
    {
        var s = await SeedGroupAsync();
        Assert.Equal(["Spring Album", "Соло"], Titles(await GetJsonAsync($"subjects={s.Group}&limit=2")));
        Assert.Equal(["Spring Album", "Summer EP"], Titles(await GetJsonAsync($"subjects={s.Group}&includeMembers=false&lang=ru")));
        // Several subjects: their releases merged in one date order.
        Assert.Equal(["Spring Album", "Elsewhere", "Соло", "Summer EP"], Titles(await GetJsonAsync($"subjects={s.Outsider},{s.Group}")));
    }

    [Fact]
    public async Task Upcoming_ReleaseObjects_CarryOnlyWhatTheWidgetShows()
    {
        var s = await SeedGroupAsync();
        var root = await GetJsonAsync($"subjects={s.Member}");
        Assert.Equal(["empty", "heading", "lang", "releases"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var single = Assert.Single(root.GetProperty("releases").EnumerateArray());
        Assert.Equal(["by", "date", "kind", "kindWord", "precision", "startsAt", "title", "url", "when"],
            single.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Upcoming_NothingAhead_ReturnsEmptyListAndItsLine()
    {
        var quiet = await Catalog.SubjectAsync("quiet");
        await Catalog.ReleaseAsync([quiet], "Long Ago", "album", "2020-01-01");
        var root = await GetJsonAsync($"subjects={quiet}&lang=ru");
        Assert.Equal(0, root.GetProperty("releases").GetArrayLength());
        Assert.Equal("Ближайших релизов нет", root.GetProperty("empty").GetString());
    }

    [Fact]
    public async Task Upcoming_CrossOriginRequest_AllowsAnyOriginWithoutCredentialsOrCookies()
    {
        var s = await SeedGroupAsync();
        foreach (var query in new[] { $"subjects={s.Group}", "subjects=no-such-slug-x1", "limit=0" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/embed/upcoming?" + query);
            request.Headers.Add("Origin", "https://fan-site.example");
            var response = await _anon.SendAsync(request);
            // Errors too: the widget must be able to read the problem to say what is wrong.
            Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }

        var preflight = new HttpRequestMessage(HttpMethod.Options, $"/api/embed/upcoming?subjects={s.Group}");
        preflight.Headers.Add("Origin", "https://fan-site.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var answer = await _anon.SendAsync(preflight);
        Assert.Equal("*", Assert.Single(answer.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Upcoming_SameETag_Returns304AndCacheControl()
    {
        var s = await SeedGroupAsync();
        var url = $"/api/embed/upcoming?subjects={s.Group}";
        var first = await _anon.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await _anon.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await _anon.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Upcoming_AfterAdminWrites_NextResponseShowsThem()
    {
        var s = await SeedGroupAsync();
        var url = $"/api/embed/upcoming?subjects={s.Group}&lang=en";
        var before = await _anon.GetAsync(url);
        Assert.Equal(["Spring Album", "Solo", "Summer EP"], Titles(JsonDocument.Parse(await before.Content.ReadAsStringAsync()).RootElement));

        // A member's release retitled: the group's list (members included) changes.
        var put = await _admin.PutJsonAsync($"/api/admin/releases/{s.Single}",
            new { subjects = new[] { s.Member }, title = "Solo (Remastered)", kind = "single", date = "2024-05-23", time = "13:00", timeZone = "Asia/Seoul" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await _anon.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(["Spring Album", "Solo (Remastered)", "Summer EP"], Titles(JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement));

        // The member renamed: the credit shown beside its release changes too.
        var rename = await _admin.PutJsonAsync($"/api/admin/subjects/{s.Member}", new { slug = s.Member, kind = "artist", names = new { en = "Renamed" }, memberOf = new[] { s.Group } });
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        var renamed = await GetJsonAsync($"subjects={s.Group}&lang=en");
        Assert.Equal("Renamed", renamed.GetProperty("releases")[1].GetProperty("by").GetString());

        // A new release of the group appears in the next response.
        await Catalog.ReleaseAsync([s.Group], "Surprise", "mv", "2024-05-20");
        Assert.Equal(["Surprise", "Spring Album", "Solo (Remastered)", "Summer EP"], Titles(await GetJsonAsync($"subjects={s.Group}&lang=en")));
    }

    [Fact]
    public async Task Upcoming_Cached_DroppedByAWriteToAShownSubjectOnly()
    {
        var s = await SeedGroupAsync();
        var bystander = await Catalog.SubjectAsync("by");
        var cache = app.Service<FeedCache>();
        var key = new EmbedRequest([s.Group], true, 10, "en", new DateOnly(2024, 5, 20)).Key("json");
        Assert.False(cache.TryGetData<EmbedBody>(key, out _));

        var first = await GetJsonAsync($"subjects={s.Group}&limit=10&lang=en");
        Assert.True(cache.TryGetData<EmbedBody>(key, out var cached));
        Assert.Equal(Titles(first), Titles(JsonDocument.Parse(cached.Bytes).RootElement));

        // A write elsewhere leaves it; a write to the member (shown through the group) drops it.
        await Catalog.ReleaseAsync([bystander], "Unrelated", "single", "2024-05-30");
        Assert.True(cache.TryGetData<EmbedBody>(key, out _));
        await Catalog.ReleaseAsync([s.Member], "Member News", "single", "2024-05-30");
        Assert.False(cache.TryGetData<EmbedBody>(key, out _));
        Assert.Contains("Member News", Titles(await GetJsonAsync($"subjects={s.Group}&limit=10&lang=en")));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=21", "limit")]
    [InlineData("limit=five", "limit")]
    [InlineData("lang=de", "lang")]
    [InlineData("includeMembers=maybe", "includeMembers")]
    [InlineData("subjects=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u", "subjects")]
    public async Task Upcoming_BadOption_Returns400ProblemNamingIt(string query, string field)
    {
        var response = await _anon.GetAsync("/api/embed/upcoming?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task Upcoming_UnknownSlug_Returns404ProblemListingIt()
    {
        var known = await Catalog.SubjectAsync("known");
        var response = await _anon.GetAsync($"/api/embed/upcoming?subjects={known},ghost-x7");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(["ghost-x7"], problem.GetProperty("unknown").EnumerateArray().Select(u => u.GetString()));
    }
}
