using ReleaseCalendar.Extraction.Body;
using ReleaseCalendar.Extraction.Languages;
using ReleaseCalendar.Extraction.Sentences;

namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Runs the pipeline up to a stage, so each stage is tested on what the stages before it really produce.</summary>
internal static class Stage
{
    public static CompiledLanguage Language(string lang) => CompiledLanguage.For(lang == "ru" ? Extraction.Language.Ru : Extraction.Language.En);

    public static List<SentenceScan> Sentences(string lang, string text, ExtractionCatalog? catalog = null) =>
        ArticleSentences.Scan(ArticleBodyReader.FromText(text), Language(lang), catalog);

    public static SentenceScan One(string lang, string text) => Assert.Single(Sentences(lang, text));

    /// <summary>The whole extractor's releases for a text, one "subject kind yyyy-MM-dd" each, in order, joined by "; ".</summary>
    public static string Releases(string lang, string published, string text, ExtractionCatalog catalog) =>
        Joined(lang, published, text, catalog, c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}");

    /// <summary>As <see cref="Releases"/>, with each release's title after its date ("subject kind yyyy-MM-dd Title").</summary>
    public static string ReleasesWithTitles(string lang, string published, string text, ExtractionCatalog catalog) =>
        Joined(lang, published, text, catalog, c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd} {c.Title}".TrimEnd());

    static string Joined(string lang, string published, string text, ExtractionCatalog catalog, Func<ReleaseCandidate, string> line) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Extraction.Language.Ru : Extraction.Language.En), catalog)
            .Select(line)
            .Order(StringComparer.Ordinal));
}
