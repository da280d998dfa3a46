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
            SentenceSplitter.Split(body.Text, body.Lines[line].Start.Value, body.Lines[line].End.Value, language.Table, split);
            var first = 0;
            if (split.Count > 0 && ranges.Count > 0 && ranges[^1].Line == line - 1 && Describes(body.Text, ranges[^1].Range, split[0]))
            {
                ranges[^1] = (new Range(ranges[^1].Range.Start, split[0].End), ranges[^1].Line);
                first = 1;
            }
            for (var k = first; k < split.Count && ranges.Count < MaxSentences; k++)
            {
                ranges.Add((split[k], line));
            }
        }
        var casual = WritesInLowerCase(body.Text, ranges, catalog);
        foreach (var (range, line) in ranges)
        {
            sentences.Add(SentenceScanner.Scan(body.Text, lower, range, line, language, catalog, casual));
        }
        return sentences;
    }

    // «1️⃣ Пн, 21.10, 12:00 МСК — aespa «Whiplash» 🖤» over «пятый мини-альбом + клип на заглавный трек»: a listing line
    // (a number opens it, a spaced dash is in it, no full stop ends it) and the line under it that opens in lower case
    // with no number of its own describe one entry, so they are read as one sentence.
    static bool Describes(string text, Range listing, Range next)
    {
        var opening = text.AsSpan(listing.Start.Value, listing.End.Value - listing.Start.Value).TrimEnd();
        var first = FirstLetterOrDigit(opening);
        if (first < 0 || !char.IsDigit(opening[first]) || !opening.Contains(" — ", StringComparison.Ordinal)
            || opening[^1] is '.' or '!' or '?' or '…' or ':' or ';')
        {
            return false;
        }
        var description = text.AsSpan(next.Start.Value, next.End.Value - next.Start.Value);
        var letter = FirstLetterOrDigit(description);
        // «▪️ далее — выступления» under «▪️ 3 января — …» is the list's next entry, not a description of this one.
        var bullet = opening[..first].Trim();
        var ownBullet = letter > 0 ? description[..letter].Trim() : [];
        return letter >= 0 && char.IsLower(description[letter]) && description.IndexOfAnyInRange('0', '9') < 0
               && !(ownBullet.Length > 0 && ownBullet.SequenceEqual(bullet));
    }

    static int FirstLetterOrDigit(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsLetterOrDigit(span[i]))
            {
                return i;
            }
        }
        return -1;
    }

    // A post whose sentences often open in lower case ("also reminder that hwarang airs tonight") writes names in lower
    // case too; prose that capitalises its sentences writes a lower-case "crowd crush" or "go live" as plain words. A
    // sentence that opens with a name the catalog writes in lower case ("aespa are officially back") says neither.
    const double CasualShare = 0.25;

    static bool WritesInLowerCase(string text, List<(Range Range, int Line)> ranges, ExtractionCatalog? catalog)
    {
        var (lowerStarts, letterStarts, nameStarts) = (0, 0, 0);
        foreach (var (range, _) in ranges)
        {
            for (var i = range.Start.Value; i < range.End.Value; i++)
            {
                if (char.IsLetter(text[i]))
                {
                    var end = i;
                    while (end < range.End.Value && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
                    {
                        end++;
                    }
                    if (catalog is not null && char.IsLower(text[i]) && catalog.IsLowerCaseName(text.AsSpan(i, end - i)))
                    {
                        nameStarts++;
                        break;
                    }
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
        // A short post with few other openings ("aespa are back" / "Reminder that tws drops …") keeps its name openings
        // as lower-case ones: too little else to tell prose by.
        if (letterStarts < MinOtherStarts)
        {
            (lowerStarts, letterStarts) = (lowerStarts + nameStarts, letterStarts + nameStarts);
        }
        return lowerStarts > 0 && lowerStarts >= CasualShare * letterStarts;
    }

    const int MinOtherStarts = 4;
}
