using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReleaseCalendar.Tests.Browser.Harness;
using ReleaseCalendar.Tests.Infrastructure;
using ReleaseCalendar.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace ReleaseCalendar.Tests.Browser;

/// <summary>The subscribe page in Chromium: options rewrite every link as the server would render them, the form
/// works without script, the copy button copies, and the whole page works from the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PagesSubscribeBrowserTests(BrowserFixture browser, AppFactory app) : IClassFixture<AppFactory>
{
    static readonly string[] LinkKinds = ["webcal", "google", "outlook", "outlook365", "download", "qr"];

    async Task<string> GroupAsync()
    {
        var seed = app.Seed();
        var group = await seed.SubjectAsync("subgroup", kind: "group", en: "Sub Group", ru: "Саб Группа");
        await seed.SubjectAsync("submember", en: "Sub Member", memberOf: [group]);
        return group;
    }

    /// <summary>Every link on the page equals what the server renders for the page's current address: the script
    /// keeps the address in step with the options, so the server is the oracle for each state.</summary>
    async Task AssertLinksAsServerRendersAsync(IPage page, string slug)
    {
        var query = new Uri(page.Url).Query;
        var (_, server, _) = await Html.GetAsync(app.Client(), $"/subscribe/{slug}{query}");
        foreach (var kind in LinkKinds)
        {
            var attribute = kind == "qr" ? "src" : "href";
            var expected = server.QuerySelector($"[data-link={kind}]")!.GetAttribute(attribute)!;
            await Expect(page.Locator($"[data-link={kind}]")).ToHaveAttributeAsync(attribute, expected);
        }
        await Expect(page.Locator("#feed-url")).ToHaveValueAsync(server.QuerySelector("#feed-url")!.GetAttribute("value")!);
    }

    [Fact]
    public async Task Options_EachChange_RewritesEveryLinkLive()
    {
        var group = await GroupAsync();
        await using var tab = await browser.OpenAsync(Visitor.Moscow);
        var page = tab.Page;
        await page.GotoAsync(app.Url($"/subscribe/{group}?lang=en"));
        var https = $"https://releases.example.org/feeds/{group}.ics";
        await Expect(page.Locator("#feed-url")).ToHaveValueAsync(https + "?lang=en");
        // With script the links follow the options at once: no "update" button.
        await Expect(page.Locator("[data-apply]")).ToBeHiddenAsync();

        await page.Locator("#kind-mv").UncheckAsync();
        await Expect(page.Locator("#feed-url")).ToHaveValueAsync(https + "?lang=en&kinds=album,ep,single,ost,drama,episode,film,other");
        await AssertLinksAsServerRendersAsync(page, group);

        await page.Locator("#feed-ru").CheckAsync();
        await Expect(page.Locator("#feed-url")).ToHaveValueAsync(https + "?lang=ru&kinds=album,ep,single,ost,drama,episode,film,other");
        await Expect(page.Locator("a[data-link=outlook]")).ToHaveAttributeAsync("href", new Regex("&name=" + Regex.Escape(Uri.EscapeDataString("Саб Группа — релизы")) + "$"));
        await AssertLinksAsServerRendersAsync(page, group);

        await page.Locator("#include-members").UncheckAsync();
        await AssertLinksAsServerRendersAsync(page, group);

        await page.Locator("#alarm").SelectOptionAsync("P1D");
        await AssertLinksAsServerRendersAsync(page, group);

        foreach (var kind in new[] { "ep", "single", "ost", "drama", "episode", "film", "other" })
            await page.Locator($"#kind-{kind}").UncheckAsync();
        await Expect(page.Locator("#feed-url")).ToHaveValueAsync(https + "?lang=ru&kinds=album&includeMembers=false&alarm=P1D");
        await Expect(page.Locator("a[data-link=webcal]")).ToHaveAttributeAsync("href",
            $"webcal://releases.example.org/feeds/{group}.ics?lang=ru&kinds=album&includeMembers=false&alarm=P1D");
        await Expect(page.Locator("a[data-link=google]")).ToHaveAttributeAsync("href",
            "https://calendar.google.com/calendar/r?cid=" + Uri.EscapeDataString(https + "?lang=ru&kinds=album&includeMembers=false&alarm=P1D"));
        await AssertLinksAsServerRendersAsync(page, group);

        // Every kind again is "all": no kinds parameter at all.
        foreach (var kind in new[] { "ep", "single", "mv", "ost", "drama", "episode", "film", "other" })
            await page.Locator($"#kind-{kind}").CheckAsync();
        await page.Locator("#include-members").CheckAsync();
        await page.Locator("#alarm").SelectOptionAsync("");
        await Expect(page.Locator("#feed-url")).ToHaveValueAsync(https + "?lang=ru");
        await AssertLinksAsServerRendersAsync(page, group);

        // The QR image follows too, and loads.
        var qr = await page.Locator("img[data-link=qr]").EvaluateAsync<int>("img => img.complete ? img.naturalWidth : -1");
        Assert.True(qr > 0, "the QR code image did not load");
        Assert.Empty(tab.PageErrors);
    }

    [Fact]
    public async Task Options_WithoutScript_FormRendersLinksOnTheServer()
    {
        var group = await GroupAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "ru-RU" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.Url($"/subscribe/{group}"));
        await Expect(page.Locator("[data-apply] button")).ToBeVisibleAsync();

        await page.Locator("#kind-album").UncheckAsync();
        await page.Locator("#feed-en").CheckAsync();
        await page.Locator("#include-members").UncheckAsync();
        await page.Locator("#alarm").SelectOptionAsync("PT1H");
        await page.Locator("[data-apply] button").ClickAsync();

        await Expect(page.Locator("#feed-url")).ToHaveValueAsync(
            $"https://releases.example.org/feeds/{group}.ics?lang=en&kinds=ep,single,mv,ost,drama,episode,film,other&includeMembers=false&alarm=PT1H");
        await Expect(page.Locator("#kind-album")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("#include-members")).Not.ToBeCheckedAsync();
        await AssertLinksAsServerRendersAsync(page, group);
    }

    [Fact]
    public async Task CopyButton_CopiesTheFeedUrl_AndSaysSo()
    {
        var group = await GroupAsync();
        await using var tab = await browser.OpenAsync(Visitor.Moscow);
        await tab.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl() });
        await tab.Page.GotoAsync(app.Url($"/subscribe/{group}"));
        await tab.Page.Locator("#alarm").SelectOptionAsync("PT3H");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Копировать" }).ClickAsync();

        await Expect(tab.Page.Locator("#copy-status")).ToHaveTextAsync("Адрес скопирован.");
        var copied = await tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal($"https://releases.example.org/feeds/{group}.ics?lang=ru&alarm=PT3H", copied);
    }

    [Fact]
    public async Task Keyboard_ReachesOptionsAndCopy_SpaceAndEnterWork_FocusIsVisible()
    {
        var group = await GroupAsync();
        await using var tab = await browser.OpenAsync(Visitor.Moscow);
        await tab.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl() });
        var page = tab.Page;
        await page.GotoAsync(app.Url($"/subscribe/{group}"));

        // The first Tab lands on the skip link, shown when focused; Enter takes focus to the content.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        await Expect(page.Locator("a.skip")).ToBeInViewportAsync();
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();

        // Tab order from the content: the options first, in reading order.
        var order = new List<string>();
        for (var i = 0; i < 40 && !order.Contains("copy"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.dataset.copy ? 'copy' : e.id || e.dataset.link || e.tagName; }"));
            await AssertFocusVisibleAsync(page);
            if (order[^1] == "kind-album")
            {
                await page.Keyboard.PressAsync("Space");
                await Expect(page.Locator("#kind-album")).Not.ToBeCheckedAsync();
            }
            if (order[^1] == "alarm")
            {
                await page.Keyboard.PressAsync("ArrowDown"); // a closed <select> changes with the arrow keys
                await Expect(page.Locator("#alarm")).ToHaveValueAsync("PT15M");
            }
        }
        Assert.True(order.IndexOf("kind-album") >= 0 && order.IndexOf("kind-album") < order.IndexOf("alarm"), string.Join(", ", order));
        Assert.True(order.IndexOf("alarm") < order.IndexOf("webcal") && order.IndexOf("webcal") < order.IndexOf("feed-url"), string.Join(", ", order));
        Assert.Equal("copy", order[^1]);

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#copy-status")).ToHaveTextAsync("Адрес скопирован.");
        Assert.Equal($"https://releases.example.org/feeds/{group}.ics?lang=ru&kinds=ep,single,mv,ost,drama,episode,film,other&alarm=PT15M",
            await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await page.EvaluateAsync("() => { document.getElementById('copy-status').textContent = ''; return navigator.clipboard.writeText(''); }");
        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator("#copy-status")).ToHaveTextAsync("Адрес скопирован.");
        Assert.StartsWith("https://releases.example.org/feeds/", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    /// <summary>The focused element draws an outline at least 2px wide in a colour other than the background.</summary>
    static async Task AssertFocusVisibleAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string[]>("""
            () => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.outlineColor, document.activeElement.outerHTML.slice(0, 80)]; }
            """);
        Assert.True(outline[0] != "none" && float.Parse(outline[1].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2,
            $"no visible focus on {outline[3]}: outline {outline[0]} {outline[1]} {outline[2]}");
    }
}
