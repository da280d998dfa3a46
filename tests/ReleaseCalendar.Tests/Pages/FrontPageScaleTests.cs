using ReleaseCalendar.Pages;
using ReleaseCalendar.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReleaseCalendar.Tests.Pages;

/// <summary>A large catalogue: the front page lists a window of subjects and stays under 100 KB; the search (a GET form,
/// no script needed) finds any subject, also those past the window.</summary>
public sealed class FrontPageScaleTests(AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ManySubjects_FrontPageListsAWindow_SearchFindsTheRest()
    {
        var admin = app.Client(admin: true);
        var anon = app.Client();
        var seed = new Seed(admin);
        var count = PageQueries.FrontPageSubjects * 2 + 10;
        var slugs = new List<string>();
        for (var i = 0; i < count; i++)
            slugs.Add(await seed.SubjectAsync($"many{i}", en: $"Many Artist {i:D3}", ru: $"Многоимённый артист {i:D3}",
                aliases: [$"Псевдоним номер {i:D3}", $"가수 {i:D3}"]));

        var response = await anon.GetAsync("/");
        var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
        output.WriteLine($"/ with {count} subjects: {bytes} bytes");
        Assert.True(bytes < 100 * 1024, $"the front page is {bytes} bytes");
        var (_, doc, _) = await Html.GetAsync(anon, "/");
        Assert.Equal(PageQueries.FrontPageSubjects, doc.QuerySelectorAll("#subjects li").Length);
        Assert.Equal("true", doc.QuerySelector("#subjects")!.GetAttribute("data-partial"));
        Assert.Matches($@"^Показаны {PageQueries.FrontPageSubjects} из \d+", doc.QuerySelector("#search-status")!.TextContent);

        // The last one is past the window; an alias, in another case and with ё for е, finds it.
        var last = slugs[^1];
        Assert.Null(doc.QuerySelector($"#subjects a[href='/subscribe/{last}']"));
        var query = $"ПСЕВДОНИМ НОМЁР {count - 1:D3}";
        var (_, found, _) = await Html.GetAsync(anon, $"/?q={Uri.EscapeDataString(query)}");
        Assert.NotNull(found.QuerySelector($"#subjects a[href='/subscribe/{last}']"));
        Assert.Equal("Найдено: 1", found.QuerySelector("#search-status")!.TextContent);
        Assert.Equal(query, found.QuerySelector("#search")!.GetAttribute("value"));
        var (_, ko, _) = await Html.GetAsync(anon, $"/?q={Uri.EscapeDataString($"가수 {count - 1:D3}")}&lang=en");
        Assert.Single(ko.QuerySelectorAll("#subjects li"));
        Assert.Equal("en", ko.QuerySelector("form[role=search] input[name=lang]")!.GetAttribute("value"));
        var (_, none, _) = await Html.GetAsync(anon, "/?q=zzzz-nothing");
        Assert.Empty(none.QuerySelectorAll("#subjects li"));
        Assert.Equal("Ничего не найдено.", none.QuerySelector("#search-status")!.TextContent);
    }

    [Fact]
    public void Select_FoldsTheQueryAsTheApiDoes_AndCaps()
    {
        IndexSubject Subject(string slug, params string[] names) =>
            new(new ReleaseCalendar.Releases.Subject { Slug = slug, NameEn = names[0] }, "", string.Join('|', names));
        var all = new[] { Subject("a", "королеваслез", "queenoftears"), Subject("b", "другой"), Subject("c", "queenbee") };

        Assert.Equal(["a"], PageQueries.Select(all, "Королева слЁз", 10).Shown.Select(s => s.Subject.Slug));
        var (shown, total) = PageQueries.Select(all, "queen", 1);
        Assert.Equal((1, 2), (shown.Count, total));
        Assert.Equal(3, PageQueries.Select(all, "  ", 10).Total);
    }
}
