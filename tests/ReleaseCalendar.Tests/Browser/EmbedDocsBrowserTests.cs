using Microsoft.Playwright;
using ReleaseCalendar.Tests.Browser.Harness;
using ReleaseCalendar.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReleaseCalendar.Tests.Browser;

/// <summary>The /embed docs page (live preview, snippet generator) and the iframe page in a browser: the generator's
/// output, accessibility (axe), and screenshots in both languages at desktop and phone width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedDocsBrowserTests(BrowserFixture browser, AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Generator_ChangingOptions_UpdatesSnippetIframeCodeAndPreview()
    {
        var seed = app.Seed();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var first = await seed.SubjectAsync("gena", en: $"Gen A {suffix}");
        var second = await seed.SubjectAsync("genb", en: $"Gen B {suffix}");
        await seed.ReleaseAsync([first], "First Song", "single", "2024-05-22");
        await seed.ReleaseAsync([second], "Second Song", "album", "2024-05-24");
        await using var tab = await browser.OpenAsync(Visitor.Moscow);
        await tab.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl() });
        await tab.Page.GotoAsync(app.Url("/embed"));

        var snippet = tab.Page.GetByLabel("Код виджета");
        await Expect(snippet).ToHaveValueAsync(
            "<div data-release-calendar data-limit=\"5\" data-lang=\"ru\"></div><script src=\"https://releases.example.org/embed.js\" async></script>");
        await Expect(tab.Page.Locator("#preview .h")).ToHaveTextAsync("Ближайшие релизы");

        await tab.Page.GetByLabel("Артисты и шоу").SelectOptionAsync([first, second]);
        await tab.Page.GetByLabel("Сколько релизов").FillAsync("3");
        await tab.Page.GetByLabel("Язык виджета").SelectOptionAsync("en");
        await tab.Page.GetByLabel("Включая сольные релизы участников групп").UncheckAsync();

        await Expect(snippet).ToHaveValueAsync(
            $"<div data-release-calendar data-subjects=\"{first},{second}\" data-limit=\"3\" data-lang=\"en\" data-include-members=\"false\"></div>"
            + "<script src=\"https://releases.example.org/embed.js\" async></script>");
        await Expect(tab.Page.GetByLabel("Или iframe")).ToHaveValueAsync(
            $"<iframe src=\"https://releases.example.org/embed/upcoming?subjects={first},{second}&amp;limit=3&amp;lang=en&amp;includeMembers=false\" "
            + "title=\"Upcoming releases\" width=\"100%\" height=\"420\" style=\"border:0\" loading=\"lazy\"></iframe>");
        // The live preview is the widget itself, redrawn with the new options, and the iframe beside it.
        await Expect(tab.Page.Locator("#preview .h")).ToHaveTextAsync("Upcoming releases");
        Assert.Equal(["First Song", "Second Song"], await WaitForTitles(tab.Page.Locator("#preview li a"), 2));
        await Expect(tab.Page.Locator("#preview-frame")).ToHaveAttributeAsync("src",
            $"/embed/upcoming?subjects={first},{second}&limit=3&lang=en&includeMembers=false");
        await Expect(tab.Page.FrameLocator("#preview-frame").Locator("li a")).ToHaveTextAsync(["First Song", "Second Song"]);

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Скопировать код виджета" }).ClickAsync();
        await Expect(tab.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Код виджета скопирован");
        Assert.Equal(await snippet.InputValueAsync(), await tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Empty(tab.PageErrors);
    }

    static async Task<IReadOnlyList<string>> WaitForTitles(ILocator links, int count)
    {
        await Expect(links).ToHaveCountAsync(count);
        return await links.AllTextContentsAsync();
    }

    public static TheoryData<string, bool> LanguagesAndScreens => new() { { "ru", false }, { "ru", true }, { "en", false }, { "en", true } };

    [Theory]
    [MemberData(nameof(LanguagesAndScreens))]
    public async Task DocsAndIframe_EachLanguageAndWidth_PassAxeAndAreScreenshotted(string lang, bool phone)
    {
        var seed = app.Seed();
        var artist = await seed.SubjectAsync("shot", en: "Shot Artist", ru: "Артист для снимка");
        await seed.ReleaseAsync([artist], "Right Place, Wrong Person", "album", "2024-05-24", "13:00", "Asia/Seoul", titleRu: "Right Place, Wrong Person");
        await seed.ReleaseAsync([artist], "Come Back to Me", "single", "2024-05-21");
        await seed.ReleaseAsync([artist], "Untitled EP", "ep", "2024-07");
        await using var tab = await browser.OpenAsync(Visitor.Moscow with { Screen = phone ? Screen.Phone : Screen.Desktop });

        await tab.Page.GotoAsync(app.Url($"/embed?lang={lang}"));
        await Expect(tab.Page.Locator("#preview li").First).ToBeVisibleAsync();
        await Expect(tab.Page.FrameLocator("#preview-frame").Locator("li .rel").First).Not.ToBeEmptyAsync();
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        await Expect(tab.Page.Locator("main")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(tab.Page, "embed-docs", lang, output);

        await tab.Page.GotoAsync(app.Url($"/embed/upcoming?subjects={artist}&lang={lang}"));
        await Expect(tab.Page.Locator("li")).ToHaveCountAsync(3);
        await Expect(tab.Page.Locator("li .rel").First).Not.ToBeEmptyAsync();
        // Without a day, the month: never a day, never a relative phrase.
        await Expect(tab.Page.Locator("li time").Nth(2)).ToHaveTextAsync(lang == "ru" ? "июль 2024" : "July 2024");
        Assert.Equal(0, await tab.Page.Locator("li").Nth(2).Locator(".rel").CountAsync());
        await Axe.AssertNoSeriousViolationsAsync(tab.Page);
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the iframe page scrolls sideways");
        await Screenshots.SaveAsync(tab.Page, "embed-iframe", lang, output);
        Assert.Empty(tab.PageErrors);
    }
}
