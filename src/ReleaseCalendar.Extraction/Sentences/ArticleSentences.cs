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
        var ranges = new List<(Range Range, int Line)>();
        var split = new List<Range>();
        for (var line = 0; line < body.Lines.Count; line++)
        {
            split.Clear();
            SentenceSplitter.Split(body.Text, body.Lines[line].Start.Value, body.Lines[line].End.Value, language.Table.Abbreviations, split);
            foreach (var range in split.Take(MaxSentences - ranges.Count))
            {
                ranges.Add((range, line));
            }
        }
        var casual = WritesInLowerCase(body.Text, ranges);
        foreach (var (range, line) in ranges)
        {
            sentences.Add(SentenceScanner.Scan(body.Text, lower, range, line, language, catalog, casual));
        }
        return sentences;
    }

    // A post whose sentences often open in lower case ("also reminder that hwarang airs tonight") writes names in lower
    // case too; prose that capitalises its sentences writes a lower-case "crowd crush" or "go live" as plain words.
    const double CasualShare = 0.25;

    static bool WritesInLowerCase(string text, List<(Range Range, int Line)> ranges)
    {
        var (lowerStarts, letterStarts) = (0, 0);
        foreach (var (range, _) in ranges)
        {
            for (var i = range.Start.Value; i < range.End.Value; i++)
            {
                if (char.IsLetter(text[i]))
                {
                    letterStarts++;
                    lowerStarts += char.IsLower(text[i]) ? 1 : 0;
                    break;
                }
                if (char.IsDigit(text[i]))
                {
                    break;
                }
            }
        }
        return lowerStarts > 0 && lowerStarts >= CasualShare * letterStarts;
    }
}
