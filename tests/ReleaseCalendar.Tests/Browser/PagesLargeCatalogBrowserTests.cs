using ReleaseCalendar.Pages;
using ReleaseCalendar.Tests.Browser.Harness;
using ReleaseCalendar.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ReleaseCalendar.Tests.Browser;

/// <summary>A catalogue larger than the front page's window: typing asks the server, so a subject past the window is
/// found as you type, and the address keeps the search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesLargeCatalogBrowserTests(BrowserFixture browser, AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Search_AsYouType_PastTheWindow_AsksTheServer()
    {
        var seed = app.Seed();
        var slugs = new List<string>();
        for (var i = 0; i < PageQueries.FrontPageSubjects + 5; i++)
            slugs.Add(await seed.SubjectAsync($"wide{i}", en: $"Wide Artist {i:D3}", ru: $"Широкий артист {i:D3}", aliases: [$"Дальний {i:D3}"]));
        var last = slugs[^1];
        await using var tab = await browser.OpenAsync(Visitor.Moscow);
        var page = tab.Page;
        await page.GotoAsync(app.Url("/"));
        var lastItem = page.Locator($"#subjects a[href='/subscribe/{last}']");
        await Expect(page.Locator("#subjects li")).ToHaveCountAsync(PageQueries.FrontPageSubjects);
        await Expect(lastItem).ToHaveCountAsync(0);

        await page.Locator("#search").PressSequentiallyAsync($"ДАЛЬНИЙ {PageQueries.FrontPageSubjects + 4:D3}");
        await Expect(lastItem).ToBeVisibleAsync();
        await Expect(page.Locator("#subjects li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#search-status")).ToHaveTextAsync("Найдено: 1");
        Assert.Contains("q=", new Uri(page.Url).Query, StringComparison.Ordinal);
        Assert.Empty(tab.PageErrors);

        await page.Locator("#search").FillAsync("");
        await Expect(page.Locator("#subjects li")).ToHaveCountAsync(PageQueries.FrontPageSubjects);
    }
}
