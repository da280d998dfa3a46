using System.Text.Json;

namespace ReleaseCalendar.Extraction.Bench;

/// <summary>
/// "Typical 3 KB articles" (issue #3 §5) made from the labelled test corpus: same-language stories are joined
/// until each page is about 3 KB, as a news page with its body, a second story and some chrome would be.
/// </summary>
internal static class TypicalArticles
{
    const int TargetChars = 3 * 1024;

    public static IReadOnlyList<ArticleInput> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "labels.json")));
        var byLanguage = labels.RootElement.GetProperty("articles").EnumerateArray()
            .Where(a => a.GetProperty("file").GetString()!.EndsWith(".txt", StringComparison.Ordinal))
            .GroupBy(a => a.GetProperty("lang").GetString()!);
        var pages = new List<ArticleInput>();
        foreach (var language in byLanguage)
        {
            var texts = language.Select(a => File.ReadAllText(Path.Combine(folder, a.GetProperty("file").GetString()!))).ToList();
            for (var start = 0; start < texts.Count; start++)
            {
                var page = texts[start];
                for (var next = start + 1; page.Length < TargetChars; next++)
                {
                    page += "\n\n" + texts[next % texts.Count];
                }
                pages.Add(ArticleInput.FromText(page, new DateOnly(2024, 5, 10), language.Key == "ru" ? Language.Ru : Language.En));
            }
        }
        return pages;
    }
}
