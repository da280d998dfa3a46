using System.Net;
using System.Net.Http.Headers;
using Ical.Net;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Pages;

/// <summary>The fan pages over real HTTP on the test host (clock at 2024-05-20T00:00Z), parsed as HTML.</summary>
public sealed class PageTests(AppFactory app) : IClassFixture<AppFactory>
{
    const string Base = "https://releases.example.org";
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    async Task<string> SubjectAsync(string stem, string kind, string en, string? ru = null, string? ko = null,
        string[]? aliases = null, string[]? memberOf = null)
    {
        var slug = Seed.Slug(stem);
        var response = await _admin.PostJsonAsync("/api/admin/subjects", new
        {
            slug, kind, names = new { en, ru, ko }, aliases = aliases ?? [], memberOf = memberOf ?? [],
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return slug;
    }

    [Fact]
    public async Task FrontPage_ListsEverySubjectWithFoldedNames_AndNextReleasesOnly()
    {
        var rm = await SubjectAsync("rm", "artist", "RM", ru: "Ар Эм", ko: "알엠", aliases: ["Ким Нам Джун"]);
        var queen = await SubjectAsync("queen", "show", "Queen of Tears", ru: "Королева слёз", ko: "눈물의 여왕");
        var past = await Catalog.ReleaseAsync([rm], "Old Song", "single", "2024-05-10");
        var next = await Catalog.ReleaseAsync([queen], "Finale", "episode", "2024-05-25", "21:10", "Asia/Seoul", episode: 16);

        var (_, doc, _) = await Html.GetAsync(_anon, "/");
        var item = doc.QuerySelectorAll("#subjects li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == $"/subscribe/{queen}");
        Assert.Equal("Королева слёз", item.QuerySelector("a")!.TextContent);
        // Folded as the API folds: ё→е, lower case, no spaces; Korean as written.
        var keys = item.GetAttribute("data-search")!.Split('|');
        Assert.Contains("королеваслез", keys);
        Assert.Contains("queenoftears", keys);
        Assert.Contains("눈물의여왕", keys);
        var rmKeys = doc.QuerySelectorAll("#subjects li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == $"/subscribe/{rm}")
            .GetAttribute("data-search")!.Split('|');
        Assert.Contains("кимнамджун", rmKeys);
        Assert.Contains("알엠", rmKeys);
        // The search is a GET form (it works without script; the script makes it search as you type), and a small
        // catalogue is listed whole, so the script filters it in the page.
        Assert.NotNull(doc.QuerySelector("label[for=search]"));
        var form = doc.QuerySelector("form[role=search]")!;
        Assert.Equal(("get", "/", "q"), (form.GetAttribute("method"), form.GetAttribute("action"), form.QuerySelector("#search")!.GetAttribute("name")));
        Assert.Null(doc.QuerySelector("#subjects")!.GetAttribute("data-partial"));
        Assert.Empty(doc.QuerySelectorAll("#subjects li[hidden]"));

        var upcoming = doc.QuerySelectorAll("#next-heading ~ ul .release a.title").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/releases/{next.Id:N}", upcoming);
        Assert.DoesNotContain($"/releases/{past.Id:N}", upcoming);
    }

    [Fact]
    public async Task SubscribePage_WithOptions_RendersEveryLinkForThem()
    {
        var group = await SubjectAsync("grp", "group", "Group (One)", ru: "Группа");
        await SubjectAsync("mem", "artist", "Member", memberOf: [group]);
        var (_, doc, _) = await Html.GetAsync(_anon,
            $"/subscribe/{group}?lang=en&o=1&feedLang=en&kinds=single&kinds=album&alarm=PT1H");

        var https = $"{Base}/feeds/{group}.ics?lang=en&kinds=album,single&includeMembers=false&alarm=PT1H";
        var encoded = Uri.EscapeDataString(https);
        Assert.Equal("webcal://releases.example.org/feeds/" + group + ".ics?lang=en&kinds=album,single&includeMembers=false&alarm=PT1H",
            Html.Href(doc, "a[data-link=webcal]"));
        Assert.Equal("https://calendar.google.com/calendar/r?cid=" + encoded, Html.Href(doc, "a[data-link=google]"));
        Assert.Equal($"https://outlook.live.com/calendar/0/addfromweb?url={encoded}&name=Group%20%28One%29%20releases",
            Html.Href(doc, "a[data-link=outlook]"));
        Assert.Equal($"/feeds/{group}.ics?lang=en&kinds=album,single&includeMembers=false&alarm=PT1H", Html.Href(doc, "a[data-link=download]"));
        Assert.Equal($"/subscribe/{group}/qr.svg?lang=en&kinds=album,single&includeMembers=false&alarm=PT1H", Html.Href(doc, "img[data-link=qr]"));
        Assert.Equal(https, doc.QuerySelector("#feed-url")!.GetAttribute("value"));
        // The form shows the options it was given, so submitting it again keeps them.
        Assert.Equal(["album", "single"], doc.QuerySelectorAll("input[name=kinds][checked]").Select(i => i.GetAttribute("value")!));
        Assert.False(doc.QuerySelector("#include-members")!.HasAttribute("checked"));
        Assert.True(doc.QuerySelector("#feed-en")!.HasAttribute("checked"));
        Assert.Equal("PT1H", doc.QuerySelector("#alarm option[selected]")!.GetAttribute("value"));
        Assert.Contains("Google Calendar → \"Other calendars\" → \"+\" → \"From URL\"", doc.QuerySelector("a[data-link=google] + .muted")!.TextContent);
        Assert.NotNull(doc.QuerySelector("button[data-copy=feed-url]"));
    }

    [Fact]
    public async Task SubscribePage_Links_ServeTheFeedAndQrTheyName()
    {
        var artist = await SubjectAsync("links", "artist", "Links");
        await Catalog.ReleaseAsync([artist], "An Album", "album", "2024-06-01", "18:00", "Asia/Seoul");
        await Catalog.ReleaseAsync([artist], "A Video", "mv", "2024-06-02");
        var (_, doc, _) = await Html.GetAsync(_anon, $"/subscribe/{artist}?o=1&kinds=album&feedLang=en&alarm=P1D");

        var feed = await _anon.GetAsync(Html.Href(doc, "a[data-link=download]"));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        var evt = Assert.Single(calendar.Events);
        Assert.Equal("Links — album \"An Album\"", evt.Summary);
        Assert.Equal(TimeSpan.FromDays(-1), Assert.Single(evt.Alarms).Trigger!.Duration!.Value.ToTimeSpanUnspecified());

        var qr = await _anon.GetAsync(Html.Href(doc, "img[data-link=qr]"));
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        var svg = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await qr.Content.ReadAsStringAsync());
        Assert.Equal(Html.Href(doc, "a[data-link=webcal]"), svg.QuerySelector("svg > title")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await _anon.GetAsync($"/subscribe/{artist}/qr.svg?alarm=PT1S")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync("/subscribe/no-such-subject/qr.svg")).StatusCode);
    }

    [Fact]
    public async Task SubscribePage_ShowsNamesGroupAndMembers_Linked()
    {
        var group = await SubjectAsync("band", "group", "Band", ru: "Бэнд", ko: "밴드");
        var member = await SubjectAsync("solo", "artist", "Solo", ru: "Соло", memberOf: [group]);
        var (_, doc, _) = await Html.GetAsync(_anon, $"/subscribe/{group}");
        Assert.Equal("Бэнд", doc.QuerySelector("h1")!.TextContent);
        var facts = doc.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Band", facts);
        Assert.Contains("밴드", facts);
        Assert.Equal($"/subscribe/{member}", doc.QuerySelectorAll("dl.facts a").Single(a => a.TextContent == "Соло").GetAttribute("href"));
        // The feed language follows the page: Russian by default.
        Assert.EndsWith($"/feeds/{group}.ics?lang=ru", doc.QuerySelector("#feed-url")!.GetAttribute("value"));
        Assert.NotNull(doc.QuerySelector("#include-members[checked]"));

        var (_, memberDoc, _) = await Html.GetAsync(_anon, $"/subscribe/{member}?lang=en");
        Assert.Equal($"/subscribe/{group}?lang=en", memberDoc.QuerySelectorAll("dl.facts a").Single(a => a.TextContent == "Band").GetAttribute("href"));
        // Only a group has members to include or leave out.
        Assert.Null(memberDoc.QuerySelector("#include-members"));
    }

    [Fact]
    public async Task UnknownSubjectOrRelease_Is404Page_ForBrowsers_AndProblemForJson()
    {
        var (response, doc, _) = await Html.GetAsync(_anon, "/subscribe/no-such-subject", expected: HttpStatusCode.NotFound);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ru", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Страница не найдена", doc.QuerySelector("h1")!.TextContent);
        var (_, en, _) = await Html.GetAsync(_anon, $"/releases/{Guid.NewGuid():N}?lang=en", expected: HttpStatusCode.NotFound);
        Assert.Equal("Page not found", en.QuerySelector("h1")!.TextContent);

        using var json = new HttpRequestMessage(HttpMethod.Get, "/subscribe/no-such-subject");
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var problem = await _anon.SendAsync(json);
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", problem.Headers.Vary);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task Language_QueryBeatsAcceptLanguage_DefaultIsRussian_LinksKeepThePage()
    {
        var artist = await SubjectAsync("lang", "artist", "Lang", ru: "Ланг");
        var (_, ru, _) = await Html.GetAsync(_anon, $"/subscribe/{artist}");
        Assert.Equal("ru", ru.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Подписаться", ru.QuerySelector("#subscribe-heading")!.TextContent);

        var (_, en, _) = await Html.GetAsync(_anon, $"/subscribe/{artist}", acceptLanguage: "en-GB,en;q=0.9,ru;q=0.5");
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Lang", en.QuerySelector("h1")!.TextContent);

        var (_, forced, _) = await Html.GetAsync(_anon, $"/subscribe/{artist}?lang=ru&o=1&kinds=album", acceptLanguage: "en");
        Assert.Equal("ru", forced.DocumentElement.GetAttribute("lang"));
        // The language links lead to this same page with its options.
        Assert.Equal($"/subscribe/{artist}?lang=en&o=1&kinds=album", forced.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
        Assert.Equal("true", forced.QuerySelector("a[hreflang=ru]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Dates_NameTheOriginalZone_MonthPrecisionNeverShowsADay()
    {
        var artist = await SubjectAsync("dates", "artist", "Dates");
        var timed = await Catalog.ReleaseAsync([artist], "Timed", "album", "2024-05-24", "13:00", "Asia/Seoul");
        var month = await Catalog.ReleaseAsync([artist], "Month", "single", "2024-06");
        var year = await Catalog.ReleaseAsync([artist], "Year", "album", "2025");
        var day = await Catalog.ReleaseAsync([artist], "Day", "mv", "2023-12-31");

        foreach (var (lang, timedText, monthText, dayText) in new[]
        {
            ("ru", "24 мая, 13:00 по Сеулу", "июнь 2024", "31 декабря 2023"),
            ("en", "May 24, 13:00 Seoul time", "June 2024", "December 31, 2023"),
        })
        {
            var (_, doc, _) = await Html.GetAsync(_anon, $"/subscribe/{artist}?lang={lang}");
            var time = Time(doc, timed.Id);
            Assert.Equal(timedText, time.TextContent);
            Assert.Equal("2024-05-24T04:00:00Z", time.GetAttribute("datetime"));
            Assert.Equal("Asia/Seoul", time.GetAttribute("data-tz"));
            var monthTime = Time(doc, month.Id);
            Assert.Equal(monthText, monthTime.TextContent);
            Assert.Equal("2024-06", monthTime.GetAttribute("datetime"));
            Assert.Null(monthTime.GetAttribute("data-tz"));
            Assert.Equal("2025", Time(doc, year.Id).TextContent);
            Assert.Equal(dayText, Time(doc, day.Id).TextContent);

            var (_, page, _) = await Html.GetAsync(_anon, $"/releases/{month.Id:N}?lang={lang}");
            Assert.Equal(monthText, page.QuerySelector("dl.facts time")!.TextContent);
            // No day to put in a calendar: no one-event .ics either.
            Assert.Null(page.QuerySelector("a[href$='.ics?lang=" + lang + "']"));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/releases/{month.Id:N}.ics")).StatusCode);

        static AngleSharp.Dom.IElement Time(AngleSharp.Dom.IDocument doc, Guid id) =>
            doc.QuerySelectorAll("li.release").Single(li => li.QuerySelector("a.title")!.GetAttribute("href")!.StartsWith($"/releases/{id:N}"))
                .QuerySelector("time")!;
    }

    [Fact]
    public async Task CancelledAndPostponed_AreSaidInWords()
    {
        var artist = await SubjectAsync("status", "artist", "Status");
        var off = await Catalog.ReleaseAsync([artist], "Called Off", "single", "2024-06-10", status: "cancelled");
        var later = await Catalog.ReleaseAsync([artist], "Pushed Back", "album", "2024-07-01", status: "postponed");
        var (_, doc, _) = await Html.GetAsync(_anon, $"/subscribe/{artist}");
        Assert.Equal("отменён", Item(doc, off.Id).QuerySelector(".status-cancelled")!.TextContent);
        Assert.Contains("cancelled", Item(doc, off.Id).ClassList);
        Assert.Equal("перенесён", Item(doc, later.Id).QuerySelector(".status-postponed")!.TextContent);
        var (_, page, _) = await Html.GetAsync(_anon, $"/releases/{off.Id:N}?lang=en");
        Assert.Equal("cancelled", page.QuerySelector("dl.facts .status-cancelled")!.TextContent);

        static AngleSharp.Dom.IElement Item(AngleSharp.Dom.IDocument doc, Guid id) =>
            doc.QuerySelectorAll("li.release").Single(li => li.QuerySelector("a.title")!.GetAttribute("href") == $"/releases/{id:N}");
    }

    [Fact]
    public async Task EveryPage_AllowsOnlyItsOwnScriptAndStyle_AndCannotBeFramed()
    {
        var artist = await SubjectAsync("csp", "artist", "Csp");
        var release = await Catalog.ReleaseAsync([artist], "Csp Song", "single", "2024-06-01");
        foreach (var url in new[] { "/", $"/subscribe/{artist}", $"/releases/{release.Id:N}", "/subscribe/no-such-csp" })
        {
            var response = await _anon.GetAsync(url);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            // A title that got past the encoder still could not run: no inline script, no other origin's.
            foreach (var directive in new[] { "default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'" })
                Assert.Contains(directive, policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DeletedRelease_StillInFeedsAsCancelled_ItsPageSaysSo()
    {
        var artist = await SubjectAsync("deleted", "artist", "Deleted");
        var gone = await Catalog.ReleaseAsync([artist], "Scrapped", "single", "2024-06-10");
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/releases/{gone.Id}")).StatusCode);

        // The feed keeps it as cancelled for the retention time, and its event links to this page.
        var feed = await _anon.GetStringAsync($"/feeds/{artist}.ics");
        Assert.Contains($"/releases/{gone.Id:N}", feed, StringComparison.Ordinal);
        var (_, page, _) = await Html.GetAsync(_anon, $"/releases/{gone.Id:N}?lang=en");
        Assert.Equal("cancelled", page.QuerySelector("dl.facts .status-cancelled")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href^='/releases/{gone.Id:N}.ics']")); // nothing to add
    }

    [Fact]
    public async Task HostileNames_AreText_OnEveryPage()
    {
        var artist = await SubjectAsync("hostile", "artist", Html.Hostile, ru: Html.Hostile, aliases: [Html.Hostile + "x"]);
        var release = await Catalog.ReleaseAsync([artist], Html.Hostile, "single", "2024-06-01", titleRu: Html.Hostile);
        foreach (var url in new[] { "/", $"/subscribe/{artist}", $"/releases/{release.Id:N}", "/?lang=en", $"/subscribe/{artist}?lang=en", $"/releases/{release.Id:N}?lang=en" })
        {
            var (_, doc, _) = await Html.GetAsync(_anon, url);
            Html.AssertNoInjectedMarkup(doc);
            Assert.Contains(doc.QuerySelectorAll("a"), a => a.TextContent == Html.Hostile);
        }
        var (_, page, _) = await Html.GetAsync(_anon, $"/releases/{release.Id:N}");
        Assert.Equal(Html.Hostile, page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"{Html.Hostile} — {Html.Hostile}", page.Title);
        Assert.Equal($"{Html.Hostile} — {Html.Hostile}", Html.Meta(page, "og:title"));
    }

    [Fact]
    public async Task EveryPage_HasOpenGraphTags_OnThePublicAddress()
    {
        var artist = await SubjectAsync("og", "artist", "Open Graph", ru: "Опен Граф");
        var release = await Catalog.ReleaseAsync([artist], "Shared", "single", "2024-06-01");
        foreach (var (url, ogUrl) in new[]
        {
            ("/", Base + "/"),
            ("/?lang=en", Base + "/?lang=en"),
            ($"/subscribe/{artist}?o=1&kinds=album", $"{Base}/subscribe/{artist}"),
            ($"/releases/{release.Id:N}?lang=en", $"{Base}/releases/{release.Id:N}?lang=en"),
        })
        {
            var (_, doc, _) = await Html.GetAsync(_anon, url);
            Assert.Equal(ogUrl, Html.Meta(doc, "og:url"));
            Assert.False(string.IsNullOrWhiteSpace(Html.Meta(doc, "og:title")));
            Assert.False(string.IsNullOrWhiteSpace(Html.Meta(doc, "og:description")));
            Assert.Contains(Html.Meta(doc, "og:type"), new[] { "website", "article" });
            Assert.Equal(doc.Title, Html.Meta(doc, "og:title"));
        }
        var (_, sub, _) = await Html.GetAsync(_anon, $"/subscribe/{artist}");
        Assert.Equal("Подписаться на календарь: Опен Граф", Html.Meta(sub, "og:title"));
    }

    [Fact]
    public async Task Pages_AreAccessibleInStructure()
    {
        var artist = await SubjectAsync("a11y", "artist", "Access");
        var release = await Catalog.ReleaseAsync([artist], "Song", "single", "2024-06-01");
        foreach (var url in new[] { "/", $"/subscribe/{artist}", $"/releases/{release.Id:N}" })
        {
            var (_, doc, _) = await Html.GetAsync(_anon, url);
            Assert.Equal("#main", doc.QuerySelector("body > a.skip")!.GetAttribute("href"));
            Assert.NotNull(doc.QuerySelector("header nav[aria-label]"));
            Assert.NotNull(doc.QuerySelector("main#main"));
            Assert.Single(doc.QuerySelectorAll("h1"));
            // Every form control has a label that names it.
            foreach (var control in doc.QuerySelectorAll("input:not([type=hidden]), select"))
                Assert.NotNull(doc.QuerySelector($"label[for='{control.Id}']"));
        }
    }

    [Fact]
    public async Task Pages_SendETags_Answer304_AndChangeAfterAnAdminWrite()
    {
        var artist = await SubjectAsync("etag", "artist", "ETag");
        var release = await Catalog.ReleaseAsync([artist], "Before", "single", "2024-06-01");
        foreach (var url in new[] { "/", $"/subscribe/{artist}", $"/releases/{release.Id:N}" })
        {
            var first = await _anon.GetAsync(url);
            var etag = first.Headers.ETag!;
            Assert.False(etag.IsWeak);
            Assert.Equal("Accept-Language", Assert.Single(first.Headers.Vary));
            Assert.Equal(HttpStatusCode.NotModified, (await Conditional(url, etag)).StatusCode);
        }

        var tags = new Dictionary<string, EntityTagHeaderValue>();
        foreach (var url in new[] { "/", $"/subscribe/{artist}", $"/releases/{release.Id:N}" })
            tags[url] = (await _anon.GetAsync(url)).Headers.ETag!;
        var put = await _admin.PutJsonAsync($"/api/admin/releases/{release.Id}", new { subjects = new[] { artist }, title = "After", kind = "single", date = "2024-06-01" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        foreach (var (url, etag) in tags)
        {
            var again = await Conditional(url, etag);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var text = await again.Content.ReadAsStringAsync();
            Assert.Contains("After", text);
            Assert.DoesNotContain(">Before<", text);
        }
    }

    async Task<HttpResponseMessage> Conditional(string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return await _anon.SendAsync(request);
    }

    [Fact]
    public async Task Assets_AreVersioned_WithETags()
    {
        var (_, doc, _) = await Html.GetAsync(_anon, "/");
        foreach (var href in new[] { doc.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!, doc.QuerySelector("script")!.GetAttribute("src")! })
        {
            var response = await _anon.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal(HttpStatusCode.NotModified, (await Conditional(href, response.Headers.ETag!)).StatusCode);
            Assert.True(response.Content.Headers.ContentLength < 16 * 1024, $"{href} is {response.Content.Headers.ContentLength} bytes");
        }
        var script = await _anon.GetStringAsync(doc.QuerySelector("script")!.GetAttribute("src"));
        // The zone table is the server's, written into the script.
        Assert.Contains("\"Asia/Seoul\":[\"по Сеулу\",\"Seoul time\"]", script);
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync("/pages/nothing.js")).StatusCode);
    }
}
