using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction;

/// <summary>
/// Reads release dates from a Russian or English news article (issue #3). Pure: the publication date is the
/// only "today", and nothing is read from disk, network or clock. Safe to call from many threads.
/// </summary>
public static class DateExtractor
{
    // Share of Cyrillic among letters above which an article is Russian: Russian K-pop news is full of Latin names.
    const double CyrillicShareForRussian = 0.3;

    /// <summary>The releases the article states, at most one per subject, kind and date.</summary>
    public static IReadOnlyList<ReleaseCandidate> Extract(ArticleInput input, ExtractionCatalog? catalog = null) => Extract(input, catalog, null);

    internal static IReadOnlyList<ReleaseCandidate> Extract(ArticleInput input, ExtractionCatalog? catalog, Scoring.AnalysisTrace? trace)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = ReadBody(input);
        var language = input.Language == Language.Auto ? DetectLanguage(body.Text) : input.Language;
        return ArticleAnalyzer.Analyze(body, CompiledLanguage.For(language), input.PublishedOn, catalog, trace);
    }

    /// <summary>Plain text of the article body; for HTML input, evidence offsets index this text.</summary>
    public static string BodyText(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ReadBody(input).Text;
    }

    public static Language DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (cyrillic, latin) = (0, 0);
        foreach (var c in text)
        {
            if (TextNormalizer.IsCyrillic(c))
            {
                cyrillic++;
            }
            else if (TextNormalizer.IsLatin(c))
            {
                latin++;
            }
        }
        return cyrillic > 0 && cyrillic >= CyrillicShareForRussian * (cyrillic + latin) ? Language.Ru : Language.En;
    }

    static ArticleBody ReadBody(ArticleInput input) =>
        input.Format == ArticleFormat.Html ? ArticleBodyReader.FromHtml(input.Content ?? "") : ArticleBodyReader.FromText(input.Content ?? "");
}
