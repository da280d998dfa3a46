using System.Text.Json;
using Microsoft.Playwright;
using ReleaseCalendar.Tests.Browser.Harness;
using ReleaseCalendar.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReleaseCalendar.Tests.Browser;

/// <summary>embed.js pasted into someone else's page (<see cref="HostSite"/>, another origin): the lists it renders, in the
/// visitor's zone, unharmed by the host's CSS and harmless to it, with hostile titles kept as text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedWidgetBrowserTests(BrowserFixture browser, AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    const string Hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>\"'&";

    // What a careless fan site might have: every element restyled, list items hidden, the widget's own class names taken.
    const string HostileCss = """
        <style>
        * { color: red !important; font: 40px serif !important; display: block }
        li { display: none }
        a { color: lime !important; text-decoration: none !important }
        .rc, .kind, .when, .rel, .msg, ol, section { display: none !important; background: black !important }
        div { padding: 30px !important; border: 5px dashed red !important }
        </style>
        """;

    string Widget(string id, string? subjects, string lang, int? limit = null) =>
        $"<div id=\"{id}\" data-release-calendar{(subjects is null ? "" : $" data-subjects=\"{subjects}\"")}"
        + $"{(limit is null ? "" : $" data-limit=\"{limit}\"")} data-lang=\"{lang}\"></div>"
        + $"<script src=\"{app.Url("/embed.js")}\" async></script>";

    [Fact]
    public async Task TwoWidgets_OnHostileHostPage_RenderTheirListsInDateOrder()
    {
        var seed = app.Seed();
        var group = await seed.SubjectAsync("wgrp", kind: "group", en: "Widget Group", ru: "Группа виджета");
        var member = await seed.SubjectAsync("wmem", en: "Widget Member", ru: "Участник", memberOf: [group]);
        var other = await seed.SubjectAsync("woth", en: "Other Artist");
        var ep = await seed.ReleaseAsync([group], "Summer EP", "ep", "2024-06");
        var album = await seed.ReleaseAsync([group], "Spring Album", "album", "2024-05-23", "13:00", "Asia/Seoul");
        var solo = await seed.ReleaseAsync([member], "Solo", "single", "2024-05-21", titleRu: "Соло");
        await seed.ReleaseAsync([group], "Old", "album", "2023-01-01");
        await seed.ReleaseAsync([other], "Other Song", "mv", "2024-05-22");
        await using var site = await HostSite.StartAsync();
        site.Serve("/fan.html", HostSite.Html("Fan site", Widget("w1", group, "ru", 5) + "<p>between</p>" + Widget("w2", other, "en"), head: HostileCss));
        await using var tab = await browser.OpenAsync(Visitor.Moscow);

        await tab.Page.GotoAsync(site.Url("/fan.html"));

        var first = tab.Page.Locator("#w1 li");
        await Expect(first).ToHaveCountAsync(3);
        Assert.Equal(["Соло", "Spring Album", "Summer EP"], await tab.Page.Locator("#w1 li a").AllTextContentsAsync());
        Assert.Equal(["сингл", "альбом", "мини-альбом"], await tab.Page.Locator("#w1 .kind").AllTextContentsAsync());
        Assert.Equal(["https://releases.example.org/releases/" + solo.Id, "https://releases.example.org/releases/" + album.Id,
            "https://releases.example.org/releases/" + ep.Id],
            await tab.Page.Locator("#w1 li a").EvaluateAllAsync<string[]>("as => as.map(a => a.href)"));
        // Month precision: the month, never a day, and no relative day.
        await Expect(first.Nth(2).Locator("time")).ToHaveTextAsync("июнь 2024");
        Assert.Equal(0, await first.Nth(2).Locator(".rel").CountAsync());
        await Expect(first.Nth(0).Locator(".rel")).ToHaveTextAsync("завтра");

        await Expect(tab.Page.Locator("#w2 li")).ToHaveCountAsync(1);
        await Expect(tab.Page.Locator("#w2 li a")).ToHaveTextAsync("Other Song");
        await Expect(tab.Page.Locator("#w2 .kind")).ToHaveTextAsync("MV");
        await Expect(tab.Page.Locator("#w2 .rel")).ToHaveTextAsync("in 2 days");
        Assert.Empty(tab.PageErrors);
    }

    [Theory]
    [InlineData("Asia/Seoul", "сегодня")]
    [InlineData("Europe/Moscow", "сегодня")]
    [InlineData("America/Los_Angeles", "завтра")]   // 2024-05-19 17:00 there: the 20th is tomorrow
    public async Task Widget_VisitorZone_ShowsLocalTimeAndRelativeDay(string zone, string dateOnlyPhrase)
    {
        var seed = app.Seed();
        var artist = await seed.SubjectAsync("tz", en: "Zone Artist");
        var timed = await seed.ReleaseAsync([artist], "Timed", "album", "2024-05-23", "13:00", "Asia/Seoul");
        await seed.ReleaseAsync([artist], "Dated", "single", "2024-05-20");
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Zones", Widget("w", artist, "ru")));
        await using var tab = await browser.OpenAsync(new Visitor(zone, "ru-RU"));

        await tab.Page.GotoAsync(site.Url("/"));

        var items = tab.Page.Locator("#w li");
        await Expect(items).ToHaveCountAsync(2);
        // The oracle is tzdb (the OS's copy), not the widget's own arithmetic.
        var local = TimeZoneInfo.ConvertTime(timed.StartsAt!.Value, TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(5, local.Month);
        await Expect(items.Nth(1).Locator("time")).ToHaveTextAsync($"{local.Day} мая, {local:HH:mm}");
        // Three calendar days ahead in each of these zones, whatever the hour.
        await Expect(items.Nth(1).Locator(".rel")).ToHaveTextAsync("через 3 дня");
        await Expect(items.Nth(1).Locator("time")).ToHaveAttributeAsync("title", "23 мая 2024, 13:00 по Сеулу");
        // A date-only release is that calendar date everywhere; only "today" differs.
        await Expect(items.Nth(0).Locator("time")).ToHaveTextAsync("20 мая");
        await Expect(items.Nth(0).Locator(".rel")).ToHaveTextAsync(dateOnlyPhrase);
    }

    [Fact]
    public async Task HostileTitle_InWidgetAndIframe_IsTextAndRunsNothing()
    {
        var seed = app.Seed();
        var artist = await seed.SubjectAsync("xssw", en: "<b onmouseover=alert(3)>Bold</b>");
        await seed.ReleaseAsync([artist], Hostile, "single", "2024-05-23", "13:00", "Asia/Seoul");
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Hostile", Widget("w", artist, "en")
            + $"<iframe title=\"Upcoming releases\" src=\"{app.Url($"/embed/upcoming?subjects={artist}&lang=en")}\"></iframe>"));
        await using var tab = await browser.OpenAsync(Visitor.LosAngeles);

        await tab.Page.GotoAsync(site.Url("/"));

        await Expect(tab.Page.Locator("#w li a")).ToHaveTextAsync(Hostile);
        await Expect(tab.Page.Locator("#w .by")).ToContainTextAsync("— <b onmouseover=alert(3)>Bold</b>");
        var frame = tab.Page.FrameLocator("iframe");
        await Expect(frame.Locator("li a")).ToHaveTextAsync(Hostile);
        await Expect(frame.Locator("li .by")).ToContainTextAsync("— <b onmouseover=alert(3)>Bold</b>");
        // The frame's own script ran under its CSP (local time and relative day filled in), and nothing else did.
        await Expect(frame.Locator("li .rel")).ToHaveTextAsync("in 3 days");
        await Expect(frame.Locator("li .local")).ToContainTextAsync("your time: May 22, 9:00");

        Assert.Equal(0, await tab.Page.Locator("img, b").CountAsync());          // pierces the shadow root
        Assert.Equal(0, await frame.Locator("img, b").CountAsync());
        Assert.Equal(1, await frame.Locator("script").CountAsync());
        Assert.Empty(tab.Dialogs);
        Assert.Empty(tab.PageErrors);
        Assert.DoesNotContain(tab.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HostCss_DoesNotReachInside_AndWidgetCss_DoesNotReachOut()
    {
        var seed = app.Seed();
        var artist = await seed.SubjectAsync("css", en: "Css Artist");
        await seed.ReleaseAsync([artist], "Styled", "album", "2024-05-25");
        // The host's own elements share the widget's tag and class names.
        const string own = """
            <ol class="cmp"><li class="cmp kind when">host item</li></ol><a class="cmp rel" href="#x">host link</a>
            <p class="cmp msg h">host text</p><section class="cmp rc" aria-label="host section">host section</section>
            """;
        await using var site = await HostSite.StartAsync();
        site.Serve("/hostile.html", HostSite.Html("Hostile CSS", Widget("w", artist, "en"), head: HostileCss));
        site.Serve("/with.html", HostSite.Html("Host", own + Widget("w", artist, "en")));
        site.Serve("/without.html", HostSite.Html("Host", own));
        await using var tab = await browser.OpenAsync(Visitor.Seoul with { Screen = Screen.Phone });

        // The oracle: the same widget on a page without hostile CSS. Host CSS reaching in would make them differ.
        const string insideStyles = """
            () => ['section', '.h', 'ol', 'li', 'li a', '.kind', '.when', 'time', '.rel', '.by'].map(sel => {
              const e = document.getElementById('w').shadowRoot.querySelector(sel), s = getComputedStyle(e);
              return [sel, s.display, s.visibility, s.color, s.fontSize, s.fontFamily, s.fontWeight, s.lineHeight, s.backgroundColor,
                      s.padding, s.margin, s.borderTopWidth, s.textDecorationLine].join('|'); })
            """;
        await tab.Page.GotoAsync(site.Url("/with.html"));
        await Expect(tab.Page.Locator("#w li a")).ToBeVisibleAsync();
        var plain = await tab.Page.EvaluateAsync<string[]>(insideStyles);
        await tab.Page.GotoAsync(site.Url("/hostile.html"));
        await Expect(tab.Page.Locator("#w li a")).ToBeVisibleAsync();
        var hostile = await tab.Page.EvaluateAsync<string[]>(insideStyles);
        Assert.Equal(plain, hostile);
        Assert.All(hostile, style => Assert.DoesNotContain("|40px|", style, StringComparison.Ordinal));
        output.WriteLine(string.Join('\n', hostile));
        // The widget is readable at phone width: nothing wider than the screen.
        Assert.True(await tab.Page.Locator("#w li").First.EvaluateAsync<bool>("e => e.getBoundingClientRect().right <= window.innerWidth"));
        await Screenshots.SaveAsync(tab.Page, "embed-widget-hostile-css", "en", output);

        const string ownStyles = """
            () => [...document.querySelectorAll('.cmp')].map(e => { const s = getComputedStyle(e);
              return [e.tagName, s.display, s.color, s.fontSize, s.fontFamily, s.backgroundColor, s.padding, s.margin, s.listStyleType,
                      s.borderTopWidth, s.textDecorationLine, s.fontWeight].join('|'); })
            """;
        await tab.Page.GotoAsync(site.Url("/without.html"));
        var without = await tab.Page.EvaluateAsync<string[]>(ownStyles);
        await tab.Page.GotoAsync(site.Url("/with.html"));
        await Expect(tab.Page.Locator("#w li")).ToHaveCountAsync(1);
        var with = await tab.Page.EvaluateAsync<string[]>(ownStyles);
        Assert.Equal(5, without.Length);
        Assert.Equal(without, with);
    }

    [Fact]
    public async Task BadOptions_UnknownSlugAndEmptyList_ShowShortMessagesAndTheHostPageStands()
    {
        var seed = app.Seed();
        var quiet = await seed.SubjectAsync("quiet", en: "Quiet Artist");
        await seed.ReleaseAsync([quiet], "Long Ago", "album", "2020-02-02");
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Messages", "<p id=\"own\">Host content</p>"
            + Widget("ghost", "ghost-slug-zz9", "ru") + Widget("bad", quiet, "ru", limit: 500)
            + Widget("empty", quiet, "ru") + Widget("emptyen", quiet, "en")));
        await using var tab = await browser.OpenAsync(Visitor.Moscow);

        await tab.Page.GotoAsync(site.Url("/"));

        await Expect(tab.Page.Locator("#ghost .msg")).ToHaveTextAsync("Нет такого артиста или шоу: ghost-slug-zz9");
        await Expect(tab.Page.Locator("#bad .msg")).ToHaveTextAsync("Неверные настройки виджета: limit");
        await Expect(tab.Page.Locator("#empty .msg")).ToHaveTextAsync("Ближайших релизов нет");
        await Expect(tab.Page.Locator("#emptyen .msg")).ToHaveTextAsync("No upcoming releases");
        await Expect(tab.Page.Locator("#own")).ToBeVisibleAsync();
        Assert.Empty(tab.PageErrors);
    }

    [Fact]
    public async Task Widget_DarkScheme_UsesDarkColours()
    {
        var seed = app.Seed();
        var artist = await seed.SubjectAsync("dark", en: "Dark Artist");
        await seed.ReleaseAsync([artist], "Night", "album", "2024-05-25");
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Dark", Widget("w", artist, "ru")));
        await using var light = await browser.OpenAsync(Visitor.Moscow);
        await using var dark = await browser.OpenAsync(Visitor.Moscow with { ColorScheme = ColorScheme.Dark, Screen = Screen.Phone });

        async Task<JsonElement> Colours(BrowserTab tab)
        {
            await tab.Page.GotoAsync(site.Url("/"));
            await Expect(tab.Page.Locator("#w li")).ToHaveCountAsync(1);
            return await tab.Page.Locator("#w section").EvaluateAsync<JsonElement>(
                "e => { const s = getComputedStyle(e); return { bg: s.backgroundColor, fg: s.color }; }");
        }
        var day = await Colours(light);
        var night = await Colours(dark);
        Assert.Equal("rgb(255, 255, 255)", day.GetProperty("bg").GetString());
        Assert.NotEqual(day.GetProperty("bg").GetString(), night.GetProperty("bg").GetString());
        Assert.NotEqual(day.GetProperty("fg").GetString(), night.GetProperty("fg").GetString());
        await Screenshots.SaveAsync(dark.Page, "embed-widget-dark", "ru", output);
    }
}
