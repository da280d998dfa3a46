using System.Net;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Embed;

/// <summary>The iframe list, the docs page and embed.js itself, over HTTP.</summary>
public sealed class EmbedPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    public const string Hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>\"'&";

    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task Frame_HostileTitle_IsEncodedTextAndPageMayBeFramedAnywhere()
    {
        var a = await Catalog.SubjectAsync("evil", en: "Evil \"<b>Name</b>\"");
        await Catalog.ReleaseAsync([a], Hostile, "single", "2024-05-23", "13:00", "Asia/Seoul");
        var response = await _anon.GetAsync($"/embed/upcoming?subjects={a}&lang=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;&quot;&#39;&amp;", html);
        Assert.Contains("Evil &quot;&lt;b&gt;Name&lt;/b&gt;&quot;", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Equal(1, Count(html, "<script"));   // the page's own, nothing from the data
        Assert.Contains("<time datetime=\"2024-05-23T04:00:00Z\">May 23, 2024, 13:00 Seoul time</time>", html);

        Assert.False(response.Headers.Contains("X-Frame-Options"));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors *", csp);
        // Only the page's own script runs (by its hash), so even a missed encoding could not execute.
        Assert.Contains("script-src 'sha256-", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [Fact]
    public async Task Frame_Language_FromQueryThenAcceptLanguageThenRussian()
    {
        var a = await Catalog.SubjectAsync("lang");
        await Catalog.ReleaseAsync([a], "Song", "single", "2024-06");
        async Task<string> Get(string query, string? acceptLanguage)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/embed/upcoming?subjects={a}{query}");
            if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
            var response = await _anon.SendAsync(request);
            Assert.Contains("Accept-Language", response.Headers.Vary);
            return await response.Content.ReadAsStringAsync();
        }
        Assert.Contains("<html lang=\"ru\">", await Get("", null));
        Assert.Contains("июнь 2024", await Get("", null));
        Assert.Contains("<html lang=\"en\">", await Get("", "en-US,en;q=0.9"));
        Assert.Contains("June 2024", await Get("", "de-DE, en;q=0.5"));
        Assert.Contains("<html lang=\"ru\">", await Get("&lang=ru", "en-US"));
    }

    [Fact]
    public async Task Frame_EmptyUnknownAndBad_ShowShortMessages()
    {
        var quiet = await Catalog.SubjectAsync("quiet");
        var empty = await _anon.GetAsync($"/embed/upcoming?subjects={quiet}&lang=ru");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Ближайших релизов нет", await empty.Content.ReadAsStringAsync());

        var unknown = await _anon.GetAsync("/embed/upcoming?subjects=<ghost>&lang=en");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var unknownHtml = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("No such artist or show: &lt;ghost&gt;", unknownHtml);
        Assert.Contains("frame-ancestors *", Assert.Single(unknown.Headers.GetValues("Content-Security-Policy")));

        var bad = await _anon.GetAsync("/embed/upcoming?limit=500&lang=ru");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Неверные настройки виджета: limit", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Frame_ETagThen304_AndAWriteChangesIt()
    {
        var a = await Catalog.SubjectAsync("frame");
        var release = await Catalog.ReleaseAsync([a], "Before", "album", "2024-06-01");
        var url = $"/embed/upcoming?subjects={a}";
        var first = await _anon.GetAsync(url);
        Assert.True(first.Headers.CacheControl?.Public);
        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _anon.SendAsync(conditional)).StatusCode);

        var put = await _admin.PutJsonAsync($"/api/admin/releases/{release.Id}", new { subjects = new[] { a }, title = "After", kind = "album", date = "2024-06-01" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var changed = await _anon.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var html = await changed.Content.ReadAsStringAsync();
        Assert.Contains(">After</a>", html);
        Assert.DoesNotContain(">Before</a>", html);
    }

    [Fact]
    public async Task Script_IsSmallCacheableJavaScriptWithETag()
    {
        var response = await _anon.GetAsync("/embed.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length <= 10 * 1024, $"embed.js is {bytes.Length} bytes; the limit is 10 KB");
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromMinutes(10));
        Assert.Equal("cross-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Resource-Policy")));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        // Data reaches the DOM only as text.
        Assert.DoesNotContain("innerHTML", text);
        Assert.DoesNotContain("insertAdjacentHTML", text);
        Assert.Contains("attachShadow", text);

        var conditional = new HttpRequestMessage(HttpMethod.Get, "/embed.js");
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var notModified = await _anon.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(response.Headers.ETag, notModified.Headers.ETag);

        var head = await _anon.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/embed.js"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(bytes.Length, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Docs_ListsSubjectsEncodedWithGeneratorAndLivePreview()
    {
        var a = await Catalog.SubjectAsync("docs", en: "<i>Docs</i> Artist", ru: "Артист <i>доков</i>");
        var ru = await _anon.GetAsync("/embed");
        Assert.Equal(HttpStatusCode.OK, ru.StatusCode);
        var html = await ru.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains($"<option value=\"{a}\">Артист &lt;i&gt;доков&lt;/i&gt; ({a})</option>", html);
        Assert.Contains("data-base=\"https://releases.example.org\"", html);
        Assert.Contains("<div id=\"preview\" data-release-calendar", html);
        Assert.Contains("<script src=\"/embed.js\" async></script>", html);
        Assert.Contains("<main>", html);
        Assert.DoesNotContain("<i>", html);

        var en = await _anon.GetAsync("/embed?lang=en");
        Assert.Contains("<html lang=\"en\">", await en.Content.ReadAsStringAsync());
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/embed?lang=en");
        conditional.Headers.IfNoneMatch.Add(en.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _anon.SendAsync(conditional)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _anon.GetAsync("/embed?lang=fr")).StatusCode);
    }
}
