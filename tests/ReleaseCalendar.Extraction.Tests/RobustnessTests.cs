using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ReleaseCalendar.Extraction.Tests;

public sealed record ArticleText(string Value)
{
    public override string ToString() => Value;
}

public sealed record ArticleHtml(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Text built from the pieces the extractor reacts to, so random input reaches the date, time and cue paths.</summary>
public static class ArticleArbitraries
{
    static readonly string[] Pieces =
    [
        "24", "31", "29", "0", "99", "2024", "2100", "1899", "мая", "мае", "февраля", "May", "Feb", "June", "of", "the", "th", "-го",
        "в", "с", "по", "на", "и", "from", "to", "and", "через", "in", "две", "two", "недели", "weeks", "сегодня", "завтра",
        "tomorrow", "next", "this", "Friday", "пятницу", "эту", "каждую", "every", "в 7 вечера", "по Москве", "KST", "(KST)",
        "18:00", "1 PM", "9:30 AM IST", "полночь", "midnight", "выйдет", "вышел", "released", "will release", "альбом",
        "мини-альбом", "сингл", "клип", "MV", "OST", "дорама", "премьера", "episode", "film", "перенесён", "postponed",
        "вместо", "originally", "концерт", "birthday", "армию", "который", "which", ",", ".", ";", "–", "—", "(", ")", "«", "»",
        "„", "“", "”", "\"", "'", "’s", "24.05", "24.05.2024", "2024-05-24", "05/24/2024", "1.2.3.4", "RM", "из", "BTS",
        "NewJeans'", "(G)I-DLE", "Читать также", "Read more", "\n", "\n\n", " ", "  ", "\t", "🎵", "\u0301", "ё", "Ё",
        // Verbs whose rules look back over the clause for a title or a show, and long fillers that push a quote's
        // character offset past the sentence's token count, so random text reaches those rules (two of them once mixed
        // offsets and tokens; the sentence that threw is a row in Stages/Review25Tests, as random pieces seldom meet it).
        "опубликован", "опубликованы", "завершится", "продолжится", "continues", "ended", "ends its run", "follows", "premieres",
        "Пост", "фото", "Длинный пост агентства с фотографиями участниц и подписью", "after all of the long waiting",
    ];

    static readonly string[] Tags = ["p", "div", "article", "main", "nav", "aside", "footer", "header", "script", "h1", "li", "ul", "span"];

    public static Arbitrary<ArticleText> Text() =>
        Gen.Frequency(
                (4, Gen.ListOf(Gen.Elements(Pieces)).Select(p => string.Join(" ", p))),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .Select(s => new ArticleText(s))
            .ToArbitrary();

    public static Arbitrary<ArticleHtml> Html() =>
        Gen.ListOf(Gen.Frequency(
                (3, Gen.Elements(Pieces)),
                (2, Gen.Elements(Tags).Select(t => $"<{t} class=\"related\">")),
                (2, Gen.Elements(Tags).Select(t => $"</{t}>")),
                (1, Gen.Elements("<br>", "<!--", "-->", "&amp;", "&laquo;", "<", ">", "<p", "=\"", "<script>"))))
            .Select(p => new ArticleHtml(string.Concat(p)))
            .ToArbitrary();
}

/// <summary>Issue #3 §4: arbitrary text and HTML never throw, never hang, never yield an invalid date.</summary>
public sealed class RobustnessTests
{
    static readonly DateOnly Published = new(2024, 5, 10);
    // A hang guard, not a speed budget: far above any plausible run on a loaded CI machine. Speed is bench/'s job.
    static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Property(Arbitrary = [typeof(ArticleArbitraries)], MaxTest = 300)]
    public bool Extract_ArbitraryText_ReturnsSaneCandidates(ArticleText text) =>
        AllSane(ArticleInput.FromText(text.Value, Published)) && AllSane(ArticleInput.FromText(text.Value, Published, Language.En));

    [Property(Arbitrary = [typeof(ArticleArbitraries)], MaxTest = 150)]
    public bool Extract_ArbitraryHtml_ReturnsSaneCandidates(ArticleHtml html) => AllSane(ArticleInput.FromHtml(html.Value, Published));

    [Property(MaxTest = 200)]
    public bool Extract_AnyPublicationDate_ReturnsValidDates(DateTime published) =>
        AllSane(ArticleInput.FromText("Альбом выйдет 29 февраля, а клип вышел 31 декабря. Tomorrow the EP drops; next Friday the single.",
                                      DateOnly.FromDateTime(published)));

    [Theory]
    [InlineData("«", 200_000)]
    [InlineData("1.", 200_000)]
    [InlineData("24 мая ", 50_000)]
    [InlineData("<div>", 50_000)]
    [InlineData("RM из ", 50_000)]
    [InlineData("в эту пятницу, ", 30_000)]
    public async Task Extract_PathologicalRepetition_Finishes(string piece, int times)
    {
        var text = string.Concat(Enumerable.Repeat(piece, times));
        var run = Task.Run(() =>
        {
            DateExtractor.Extract(ArticleInput.FromText(text, Published, Language.Ru));
            DateExtractor.Extract(ArticleInput.FromHtml(text, Published));
        });
        // Fails only on a hang (TimeoutException); how fast it finishes is measured in bench/.
        await run.WaitAsync(HangGuard);
        Assert.True(run.IsCompletedSuccessfully);
    }

    /// <summary>Every line of the development corpus read alone, with the corpus's catalog: a line out of its article
    /// meets the rules in contexts no article gives them (a quote with no sentence before it, a verb with no show).</summary>
    [Fact]
    public void Extract_EachCorpusLineAlone_ReturnsSaneCandidates()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var catalog = Scoring.LabelledCorpus.Load(folder).Catalog;
        var bad = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                try
                {
                    if (!AllSane(ArticleInput.FromText(line, Published), catalog))
                    {
                        bad.Add($"{Path.GetFileName(file)}: {line}");
                    }
                }
                catch (Exception ex)
                {
                    bad.Add($"{Path.GetFileName(file)}: {ex.GetType().Name} on: {line}");
                }
            }
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(10)));
    }

    static bool AllSane(ArticleInput input, ExtractionCatalog? catalog = null)
    {
        var found = DateExtractor.Extract(input, catalog);
        var body = DateExtractor.BodyText(input);
        return found.All(c =>
            c.Date.Year is >= 1 and <= 9999 && c.Confidence is > 0 and <= 1 && !string.IsNullOrWhiteSpace(c.Subject)
            && c.Evidence.Start >= 0 && c.Evidence.Start + c.Evidence.Length <= body.Length
            && body.Substring(c.Evidence.Start, c.Evidence.Length) == c.Evidence.Text
            && (c.TimeZone is null || c.Time is not null));
    }
}
