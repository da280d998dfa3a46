using System.Net;
using ReleaseCalendar.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReleaseCalendar.Tests.Pages;

/// <summary>No page over 100 KB, even for a subject with a long history and long titles.</summary>
public sealed class PageSizeTests(AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    const int Limit = 100 * 1024;
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();

    [Fact]
    public async Task Pages_WithALargeSubject_StayUnder100KB()
    {
        var seed = new Seed(_admin);
        var group = await seed.SubjectAsync("large", kind: "group", en: "Large Group", ru: "Большая группа");
        var members = new List<string>();
        for (var m = 0; m < 12; m++)
            members.Add(await seed.SubjectAsync($"member{m}", en: $"Member Number {m}", ru: $"Участник номер {m}", memberOf: [group]));
        var title = string.Concat(Enumerable.Repeat("Очень длинное название ", 9)).Trim(); // ~200 characters
        Guid any = default;
        for (var i = 0; i < 240; i++)
        {
            var date = new DateOnly(2023, 1, 1).AddDays(i * 4).ToString("yyyy-MM-dd");
            var credits = new[] { group, members[i % members.Count] };
            var r = await seed.ReleaseAsync(credits, $"{title} {i}", i % 3 == 0 ? "album" : "single", date, i % 2 == 0 ? "13:00" : null,
                i % 2 == 0 ? "Asia/Seoul" : null, titleRu: $"{title} {i}");
            any = r.Id;
        }

        foreach (var url in new[] { "/", "/?lang=en", $"/subscribe/{group}", $"/subscribe/{group}?lang=en", $"/subscribe/{members[0]}", $"/releases/{any:N}" })
        {
            var response = await _anon.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            output.WriteLine($"{url}: {bytes} bytes");
            Assert.True(bytes < Limit, $"{url} is {bytes} bytes");
        }
        // The page lists a window and says how many more the calendar has.
        var (_, doc, _) = await Html.GetAsync(_anon, $"/subscribe/{group}");
        Assert.Contains("все они в календаре", doc.QuerySelector("#upcoming-heading")!.ParentElement!.TextContent);
    }
}
