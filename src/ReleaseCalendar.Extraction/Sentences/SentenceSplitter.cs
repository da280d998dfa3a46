using System.Buffers;

namespace ReleaseCalendar.Extraction.Sentences;

internal static class SentenceSplitter
{
    // A quote left open longer than this is a stray mark, not a title: stop protecting it.
    const int MaxQuoteSpan = 300;
    // Prose sentences are far shorter; longer runs (lists, junk) are cut so per-sentence work stays bounded.
    const int MaxSentenceLength = 1000;
    const int MaxAbbreviationLength = 8;

    static readonly SearchValues<char> QuotesAndMarks = SearchValues.Create("\"«“„»”.!?…");

    /// <summary>Splits one line into sentences at .!?… followed by a space and a capital, digit or quote.</summary>
    public static void Split(string text, int start, int end, Languages.LanguageTable table, List<Range> into)
    {
        var sentenceStart = start;
        var depth = 0;
        var openedAt = 0;
        var straightOpen = false;
        var lowOpen = 0; // „ still open: its closing mark is “ («Отеля „Дель Луна“»), which elsewhere opens
        for (var i = start; i < end; i++)
        {
            // Only quotes and sentence marks act; what lies between them can at most close a stray quote (below).
            var skip = text.AsSpan(i, end - i).IndexOfAny(QuotesAndMarks);
            var stop = skip < 0 ? end : i + skip;
            if (stop > i && depth > 0 && stop - 1 - openedAt > MaxQuoteSpan)
            {
                depth = 0;
                straightOpen = false;
                lowOpen = 0;
            }
            if (stop == end)
            {
                break;
            }
            i = stop;
            var c = text[i];
            if (c == '"')
            {
                // Straight quotes open and close alike: toggle.
                if (straightOpen)
                {
                    depth = Math.Max(0, depth - 1);
                }
                else
                {
                    openedAt = depth == 0 ? i : openedAt;
                    depth++;
                }
                straightOpen = !straightOpen;
                continue;
            }
            if (c == '“' && lowOpen > 0)
            {
                lowOpen--;
                depth = Math.Max(0, depth - 1);
                continue;
            }
            if (c is '«' or '“' or '„')
            {
                lowOpen += c == '„' ? 1 : 0;
                if (depth == 0)
                {
                    openedAt = i;
                }
                depth++;
                continue;
            }
            if (c is '»' or '”')
            {
                depth = Math.Max(0, depth - 1);
                lowOpen = depth == 0 || c == '”' ? Math.Max(0, Math.Min(lowOpen - 1, depth)) : lowOpen;
                continue;
            }
            if (depth > 0 && i - openedAt > MaxQuoteSpan)
            {
                depth = 0;
                straightOpen = false;
                lowOpen = 0;
            }
            // American style puts the full stop inside the closing quote: …the single "NIGHTINGALE." According to…
            var closesQuote = depth == 1 && c == '.' && i + 1 < end && ((text[i + 1] == '"' && straightOpen) || text[i + 1] == '”');
            if ((depth > 0 && !closesQuote) || c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }
            var j = i + 1;
            // A single closing quote counts too (…for 'Doctor Slump.' The comedy…): an apostrophe never follows a full stop.
            while (j < end && text[j] is '.' or '!' or '?' or '…' or '"' or '»' or '”' or ')' or '\'' or '’')
            {
                j++;
            }
            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }
            if (k >= end)
            {
                break;
            }
            var next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '«' or '"' or '“' or '„' or '\'' or '(' or '-' or '–' or '—'
                  || MixedCaseName(text, k, end)))
            {
                continue;
            }
            if (c == '.' && char.IsDigit(next) && IsNumberAbbreviation(text, sentenceStart, i, table.NumberAbbreviations))
            {
                continue; // ""Strong Girl Nam-soon" ep. 7 (JTBC)"
            }
            if (c == '.' && IsAbbreviation(text, sentenceStart, i, table.Abbreviations)
                && !(IsAbbreviation(text, sentenceStart, i, table.ClockAbbreviations, initials: false) && (char.IsUpper(next) || MixedCaseName(text, k, end))
                     && !ContinuesTheHour(text, k, end, table)))
            {
                continue;
            }
            if (closesQuote)
            {
                (depth, straightOpen) = (0, false);
            }
            Add(text, sentenceStart, j, into);
            sentenceStart = k;
            i = k - 1;
        }
        Add(text, sentenceStart, end, into);
    }

    // "… police comedy. tvN swapped the two shows": a word in lower case with a capital inside is a name ("tvN", "iKON"),
    // which may open a sentence.
    static bool MixedCaseName(string text, int k, int end)
    {
        if (!char.IsLower(text[k]))
        {
            return false;
        }
        for (var i = k + 1; i < end && char.IsLetter(text[i]); i++)
        {
            if (char.IsUpper(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    // Words after an hour's "p.m." looked at for a day or a zone that keeps the sentence going.
    const int AfterClockReach = 5;

    // "6 p.m. KST", "9 p.m. Thursday", "1 p.m. HKT Aug. 19", "10 p.m. Fridays and Saturdays starting June 2", "1 p.m. Thai
    // time on Aug. 19": a zone (capitals ending in T), a word of days or zones, or a number within a few words after the
    // hour keeps its sentence going; "at 9 p.m. SBS has built its reputation on …" does not.
    static bool ContinuesTheHour(string text, int from, int end, Languages.LanguageTable table)
    {
        var w = from;
        for (var words = 0; words < AfterClockReach && w < end; words++)
        {
            while (w < end && !char.IsLetterOrDigit(text[w]))
            {
                w++;
            }
            var start = w;
            while (w < end && (char.IsLetterOrDigit(text[w]) || text[w] == '.'))
            {
                w++;
            }
            if (w == start)
            {
                return words == 0;
            }
            var word = text[start..w].TrimEnd('.');
            if (char.IsDigit(word[0]) || table.AfterClockWords.Contains(TextNormalizer.Lower(word))
                || (words == 0 && word.Length is >= 2 and <= 5 && word[^1] == 'T' && word.All(char.IsAsciiLetterUpper)))
            {
                return true;
            }
        }
        return false;
    }

    static bool IsAbbreviation(string text, int lineStart, int dot, IReadOnlySet<string> abbreviations, bool initials = true)
    {
        var w = dot;
        while (w > lineStart && (char.IsLetter(text[w - 1]) || (text[w - 1] == '.' && w - 1 > lineStart && char.IsLetter(text[w - 2]))))
        {
            w--;
        }
        if (w == dot)
        {
            return false;
        }
        // Initials ("J. Y. Park") are single capitals.
        if (initials && dot - w == 1 && char.IsUpper(text[w]))
        {
            return true;
        }
        // No abbreviation is longer; most words before a full stop are, and need no copy to say so.
        if (dot - w > MaxAbbreviationLength)
        {
            return false;
        }
        var word = TextNormalizer.Lower(text[w..dot]);
        // "were both set for the 21st. Neither will appear then.": an ordinal's ending is no "St." of a street or a saint.
        if (w > lineStart && char.IsAsciiDigit(text[w - 1]) && word is "st" or "nd" or "rd" or "th")
        {
            return false;
        }
        return abbreviations.Contains(word);
    }

    // The lower-case word right before the dot, as written.
    static bool IsNumberAbbreviation(string text, int lineStart, int dot, IReadOnlySet<string> abbreviations)
    {
        var w = dot;
        while (w > lineStart && char.IsLetter(text[w - 1]))
        {
            w--;
        }
        return w < dot && (w == lineStart || !char.IsLetter(text[w - 1])) && abbreviations.Contains(text[w..dot]);
    }

    static void Add(string text, int start, int end, List<Range> into)
    {
        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOf(' ', start + MaxSentenceLength, MaxSentenceLength / 2);
            cut = cut > start ? cut : start + MaxSentenceLength;
            AddTrimmed(text, start, cut, into);
            start = cut;
        }
        AddTrimmed(text, start, end, into);
    }

    static void AddTrimmed(string text, int start, int end, List<Range> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            into.Add(new Range(start, end));
        }
    }
}
