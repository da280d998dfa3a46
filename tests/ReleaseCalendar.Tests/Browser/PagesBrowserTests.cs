using Microsoft.Playwright;
using ReleaseCalendar.Tests.Browser.Harness;
using ReleaseCalendar.Tests.Infrastructure;
using ReleaseCalendar.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReleaseCalendar.Tests.Browser;

/// <summary>The front, subscribe and release pages in Chromium: the visitor's own time beside the original zone,
/// hostile names as text, search as you type, axe, and screenshots in both languages at both widths.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesBrowserTests(BrowserFixture browser, AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, string, string> Zones => new()
    {
        // zone, page language, what the page says: the original zone from the server, the visitor's from the script.
        { "Asia/Seoul", "ru", "24 мая, 13:00 по Сеулу", "" },
        { "Europe/Moscow", "ru", "24 мая, 13:00 по Сеулу", " (07:00 по Москве)" },
        { "America/Los_Angeles", "ru", "24 мая, 13:00 по Сеулу", " (23 мая, 21:00 по Лос-Анджелесу)" },
        { "Asia/Seoul", "en", "May 24, 13:00 Seoul time", "" },
        { "Europe/Moscow", "en", "May 24, 13:00 Seoul time", " (07:00 Moscow time)" },
        { "America/Los_Angeles", "en", "May 24, 13:00 Seoul time", " (May 23, 21:00 Los Angeles time)" },
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public async Task Times_ShowTheOriginalZone_AndTheVisitorsOwn(string zone, string lang, string original, string local)
    {
        var seed = app.Seed();
        var artist = await seed.SubjectAsync("tz", en: "Zone Artist");
        var release = await seed.ReleaseAsync([artist], "Right Place, Wrong Person", "album", "2024-05-24", "13:00", "Asia/Seoul");
        var month = await seed.ReleaseAsync([artist], "Some Day", "single", "2024-06");
        await using var tab = await browser.OpenAsync(new Visitor(zone, lang == "ru" ? "ru-RU" : "en-US"));

        await tab.Page.GotoAsync(app.Url($"/releases/{release.Id:N}?lang={lang}"));
        await Expect(tab.Page.Locator("dl.facts time")).ToHaveTextAsync(original);
        if (local.Length == 0)
        {
            // In the release's own zone there is nothing to add.
            await tab.Page.WaitForFunctionAsync("() => document.readyState === 'complete'");
            Assert.Equal(0, await tab.Page.Locator("dl.facts .local").CountAsync());
        }
        else await Expect(tab.Page.Locator("dl.facts .local")).ToHaveTextAsync(local);

        // The same on the subscribe page's list; a month-precision release gets no time and no day.
        await tab.Page.GotoAsync(app.Url($"/subscribe/{artist}?lang={lang}"));
        var item = tab.Page.Locator($"li.release:has(a[href^='/releases/{release.Id:N}'])");
        if (local.Length > 0) await Expect(item.Locator(".local")).ToHaveTextAsync(local);
        await Expect(item.Locator("time")).ToHaveTextAsync(original);
        var monthItem = tab.Page.Locator($"li.release:has(a[href^='/releases/{month.Id:N}'])");
        await Expect(monthItem.Locator("time")).ToHaveTextAsync(lang == "ru" ? "июнь 2024" : "June 2024");
        Assert.Equal(0, await monthItem.Locator(".local").CountAsync());
        Assert.Empty(tab.PageErrors);
    }

    [Fact]
    public async Task ReleasePage_AddJustThisOne_DownloadsItsOneEvent()
    {
        var seed = app.Seed();
        var artist = await seed.SubjectAsync("one", en: "One Artist");
        var release = await seed.ReleaseAsync([artist], "Only This", "single", "2024-05-24", "18:00", "Asia/Seoul");
        await using var tab = await browser.OpenAsync(Visitor.Moscow);
        await tab.Page.GotoAsync(app.Url($"/releases/{release.Id:N}?lang=en"));

        var download = await tab.Page.RunAndWaitForDownloadAsync(() =>
            tab.Page.GetByRole(AriaRole.Link, new() { Name = "Add just this one (.ics)" }).ClickAsync());

        Assert.Equal($"release-{release.Id:N}.ics", download.SuggestedFilename);
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!);
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var evt = Assert.Single(calendar.Events);
        Assert.Equal("One Artist — single \"Only This\"", evt.Summary);
        Assert.Equal($"{release.Id:N}@releases.example.org", evt.Uid);
    }

    [Fact]
    public async Task HostileNames_RenderAsText_OnEveryPage()
    {
        var seed = app.Seed();
        var artist = await seed.SubjectAsync("xss", en: Html.Hostile, ru: Html.Hostile);
        var release = await seed.ReleaseAsync([artist], Html.Hostile, "single", "2024-05-24", "13:00", "Asia/Seoul", titleRu: Html.Hostile);
        await using var tab = await browser.OpenAsync(Visitor.Moscow);

        foreach (var url in new[] { "/", $"/subscribe/{artist}", $"/releases/{release.Id:N}" })
        {
            await tab.Page.GotoAsync(app.Url(url), new() { WaitUntil = WaitUntilState.NetworkIdle });
            await Expect(tab.Page.GetByText(Html.Hostile, new() { Exact = true }).First).ToBeVisibleAsync();
            Assert.Equal(0, await tab.Page.Locator("img[src=x]").CountAsync());
            Assert.Equal(1, await tab.Page.Locator("script").CountAsync());
        }
        // Search writes counts with textContent: typing the hostile name runs nothing either.
        await tab.Page.GotoAsync(app.Url("/"));
        await tab.Page.Locator("#search").FillAsync("<img src=x onerror=alert(1)>");
        await Expect(tab.Page.Locator("#search-status")).ToHaveTextAsync("Найдено: 1");
        Assert.Empty(tab.Dialogs);
        Assert.Empty(tab.PageErrors);
    }

    [Fact]
    public async Task Search_AsYouType_FindsByKoreanAlias_AndIgnoresYo()
    {
        var seed = app.Seed();
        var queen = Seed.Slug("queen");
        var response = await app.Client(admin: true).PostJsonAsync("/api/admin/subjects", new
        {
            slug = queen, kind = "show", names = new { en = "Queen of Tears", ru = "Королева слёз", ko = "눈물의 여왕" }, aliases = Array.Empty<string>(),
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var other = await seed.SubjectAsync("other", en: "Another Artist", ru: "Другой артист", aliases: ["알엠엠"]);
        await using var tab = await browser.OpenAsync(Visitor.Seoul);
        var page = tab.Page;
        await page.GotoAsync(app.Url("/"));
        var queenItem = page.Locator($"#subjects li:has(a[href='/subscribe/{queen}'])");
        var otherItem = page.Locator($"#subjects li:has(a[href='/subscribe/{other}'])");

        // Keyboard: Tab from the top reaches the search box.
        for (var i = 0; i < 10 && !await page.Locator("#search").EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#search")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("눈물");
        await Expect(queenItem).ToBeVisibleAsync();
        await Expect(otherItem).ToBeHiddenAsync();
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("Найдено: 1");

        await page.Locator("#search").FillAsync("королева слез");
        await Expect(queenItem).ToBeVisibleAsync();
        await Expect(otherItem).ToBeHiddenAsync();
        await page.Locator("#search").FillAsync("КОРОЛЕВА СЛЁЗ");
        await Expect(queenItem).ToBeVisibleAsync();
        await page.Locator("#search").FillAsync("queen-of tears");
        await Expect(queenItem).ToBeVisibleAsync();

        await page.Locator("#search").FillAsync("zzzz-nothing");
        await Expect(queenItem).ToBeHiddenAsync();
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("Ничего не найдено.");

        await page.Locator("#search").FillAsync("");
        await Expect(queenItem).ToBeVisibleAsync();
        await Expect(otherItem).ToBeVisibleAsync();
        // Enter on a found subject's link opens its subscribe page.
        await page.Locator("#search").FillAsync("눈물의 여왕");
        await page.Keyboard.PressAsync("Tab"); // the search button (the form works without script too)
        await page.Keyboard.PressAsync("Tab");
        await Expect(queenItem.Locator("a")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(app.Url($"/subscribe/{queen}"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Королева слёз");
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task EveryPage_AxeFindsNothingSerious_AndIsScreenshotted(string lang)
    {
        var seed = app.Seed();
        var group = await seed.SubjectAsync("shot", kind: "group", en: "BTS", ru: "BTS");
        var rm = await seed.SubjectAsync("shotrm", en: "RM", ru: "RM", memberOf: [group]);
        var album = await seed.ReleaseAsync([rm], "Right Place, Wrong Person", "album", "2024-05-24", "13:00", "Asia/Seoul");
        await seed.ReleaseAsync([rm], "Come Back to Me", "single", "2024-05-10", "13:00", "Asia/Seoul");
        await seed.ReleaseAsync([group], "Next Chapter", "album", "2024-09", titleRu: "Следующая глава");
        await seed.ReleaseAsync([group], "Cancelled Show", "other", "2024-06-15", status: "cancelled");

        foreach (var (name, path) in new[] { ("front", "/"), ("subscribe", $"/subscribe/{group}"), ("release", $"/releases/{album.Id:N}") })
        {
            foreach (var screen in new[] { Screen.Desktop, Screen.Phone })
            {
                await using var tab = await browser.OpenAsync(Visitor.Moscow with { Screen = screen });
                var failed = new List<string>();
                tab.Page.Response += (_, r) => { if (r.Status >= 400) failed.Add($"{r.Status} {r.Url}"); };
                await tab.Page.GotoAsync(app.Url($"{path}?lang={lang}"), new() { WaitUntil = WaitUntilState.NetworkIdle });
                await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", lang);
                var report = await Axe.AssertNoSeriousViolationsAsync(tab.Page);
                Assert.True(report.Passes > 0, "axe ran no rule that passed");
                foreach (var v in report.Violations) output.WriteLine($"axe ({name}, {lang}, {screen.Width}): {v}");
                // Nothing wider than the phone: no sideways scrolling.
                Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
                    $"{name} ({lang}) scrolls sideways at {screen.Width}px");
                await Screenshots.SaveAsync(tab.Page, $"pages-{name}", lang, output);
                Assert.Empty(failed);
                Assert.Empty(tab.PageErrors);
                Assert.Empty(tab.ConsoleErrors);
            }
        }
    }
}
