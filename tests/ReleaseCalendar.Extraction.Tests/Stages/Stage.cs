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
}
