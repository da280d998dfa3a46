using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Sentences;

/// <summary>The first stage: an article body's lines cut into sentences, each scanned (<see cref="SentenceScanner"/>).</summary>
internal static class ArticleSentences
{
    // A news article has a few dozen sentences; the cap keeps pathological input linear.
    const int MaxSentences = 2000;

    public static List<SentenceScan> Scan(ArticleBody body, CompiledLanguage language, ExtractionCatalog? catalog)
    {
        var sentences = new List<SentenceScan>();
        var lower = TextNormalizer.Lower(body.Text);
        var ranges = new List<Range>();
        for (var line = 0; line < body.Lines.Count; line++)
        {
            ranges.Clear();
            SentenceSplitter.Split(body.Text, body.Lines[line].Start.Value, body.Lines[line].End.Value, language.Table.Abbreviations, ranges);
            foreach (var range in ranges.Take(MaxSentences - sentences.Count))
            {
                sentences.Add(SentenceScanner.Scan(body.Text, lower, range, line, language, catalog));
            }
        }
        return sentences;
    }
}
