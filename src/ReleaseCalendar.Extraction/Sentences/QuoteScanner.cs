using System.Buffers;

namespace ReleaseCalendar.Extraction.Sentences;

/// <summary>A quoted span; short ones are titles (and their words are not cues), long ones are speech.</summary>
internal readonly record struct Quote(int OuterStart, int OuterEnd, int ContentStart, int ContentEnd, bool IsTitle);

internal static class QuoteScanner
{
    const int MaxTitleLength = 80;
    const int MaxTitleWords = 10;
    const int MaxSingleQuoteLength = 60;
    // Quotes are closed within this many chars or not at all; without a bound, "««««…" would be quadratic.
    const int MaxQuoteSpan = 400;

    static readonly SearchValues<char> Openings = SearchValues.Create("«„“\"'‘’[");

    public static void Scan(string text, int start, int end, List<Quote> into, IReadOnlySet<string>? bracketTitleAfter = null, bool nested = true)
    {
        var i = start;
        while (i < end)
        {
            // Only an opening mark can start a quote: the characters before the next one need no look.
            var skip = text.AsSpan(i, end - i).IndexOfAny(Openings);
            if (skip < 0)
            {
                break;
            }
            i += skip;
            var c = text[i];
            var limit = Math.Min(end, i + MaxQuoteSpan);
            var close = c switch
            {
                '«' => MatchGuillemet(text, i, limit),
                '„' => IndexOfAny(text, i + 1, limit, '“', '”'),
                '“' => IndexOfAny(text, i + 1, limit, '”', '”'),
                '"' => IndexOfAny(text, i + 1, limit, '"', '"'),
                '\'' or '‘' or '’' => MatchSingle(text, start, i, end),
                '[' when bracketTitleAfter is not null => MatchBracket(text, start, i, limit, end, bracketTitleAfter),
                _ => -1,
            };
            if (close < 0)
            {
                i++;
                continue;
            }
            var contentStart = i + 1;
            var contentEnd = close;
            while (contentStart < contentEnd && char.IsWhiteSpace(text[contentStart]))
            {
                contentStart++;
            }
            while (contentEnd > contentStart && char.IsWhiteSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }
            var title = IsTitle(text, contentStart, contentEnd);
            if (contentEnd > contentStart)
            {
                into.Add(new Quote(i, close + 1, contentStart, contentEnd, title));
            }
            // ADOR shared: "NewJeans' Japan Debut Single 'Supernatural' will be released on June 21": a statement quoted
            // whole holds titles of its own (one level down: a title is never scanned inside).
            if (!title && nested)
            {
                Scan(text, contentStart, close, into, nested: false);
            }
            i = close + 1;
        }
    }

    static bool IsTitle(string text, int start, int end)
    {
        if (end - start > MaxTitleLength)
        {
            return false;
        }
        var words = 1;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ' && ++words > MaxTitleWords)
            {
                return false;
            }
        }
        return true;
    }

    static int MatchGuillemet(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (text[i] == '«')
            {
                depth++;
            }
            else if (text[i] == '»' && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    static int IndexOfAny(string text, int from, int end, char a, char b)
    {
        var i = text.AsSpan(from, end - from).IndexOfAny(a, b);
        return i < 0 ? -1 : from + i;
    }

    // K-pop notation: "digital single [HOT SAUCE] drops today", «второй мини-альбом [#] и клип». Only right after a kind
    // word and with the sentence going on after it: a line's tag ("[Herald Review]"), a credit ("… on March 10 [JYP
    // ENTERTAINMENT]"), an editor's insertion ("said [TWICE] will return") or "MV [Video]" is no title.
    const int MaxBracketTitleLength = 40;

    static int MatchBracket(string text, int start, int open, int limit, int sentenceEnd, IReadOnlySet<string> kindWords)
    {
        var w = open - 1;
        if (w <= start || text[w] != ' ')
        {
            return -1;
        }
        var wordEnd = w;
        while (w > start && (char.IsLetter(text[w - 1]) || text[w - 1] == '-'))
        {
            w--;
        }
        if (w == wordEnd || !kindWords.Contains(TextNormalizer.Lower(text[w..wordEnd])))
        {
            return -1;
        }
        var close = text.AsSpan(open + 1, Math.Min(limit, open + 2 + MaxBracketTitleLength) - open - 1).IndexOfAny('[', ']');
        if (close < 0 || text[open + 1 + close] != ']' || text.AsSpan(open + 1, close).Contains('@'))
        {
            return -1;
        }
        close += open + 1;
        for (var k = close + 1; k < sentenceEnd; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return close;
            }
        }
        return -1;
    }

    // 'Title' but not the apostrophes of "BTS' RM" or "Stray Kids' album": opening after a non-letter, closing before one.
    static int MatchSingle(string text, int start, int open, int end)
    {
        if ((open > start && char.IsLetterOrDigit(text[open - 1])) || open + 1 >= end || !char.IsLetterOrDigit(text[open + 1]))
        {
            return -1;
        }
        var limit = Math.Min(end, open + MaxSingleQuoteLength);
        for (var i = open + 2; i < limit; i++)
        {
            if (text[i] is '\'' or '’' or '‘' && !char.IsWhiteSpace(text[i - 1]) && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])))
            {
                return i;
            }
        }
        return -1;
    }
}
