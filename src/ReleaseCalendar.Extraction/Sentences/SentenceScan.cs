using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Sentences;

internal readonly record struct CueHit(int First, int End, Cue Cue);

internal enum DateForm : byte
{
    DayMonth,
    Relative,
    Weekday,
    /// <summary>"каждую среду", "every Wednesday": consumed so that the weekday is not read alone, never emitted.</summary>
    Recurring,
    /// <summary>"в тот же день", "at the same time": the day (Offset <see cref="Languages.Words.SameMoment"/>: and time) of the last release.</summary>
    Anaphoric,
    /// <summary>"on the 3rd", «15-го числа»: a day whose month the article gives; DayMonth once anchored.</summary>
    DayOnly,
}

internal enum DateLink : byte
{
    None,
    Range,
    List,
    Move,
}

/// <summary>A date expression before the year and tense are known. Token indexes are inclusive.</summary>
internal sealed class DateMention
{
    public int First { get; set; }
    public int Last { get; set; }
    public DateForm Form { get; init; }
    public int Day { get; set; }
    public int Month { get; set; }
    public int Year { get; set; }
    public DayOfWeek? WeekdayHint { get; set; }

    /// <summary>"the 20th of next month": a day without a month whose month is counted from publication (0 this month, 1 the
    /// next); null when the article's page gives it.</summary>
    public int? MonthsAhead { get; set; }

    /// <summary>"9th &amp; 10th: …": an English ordinal day that opens its line, as a schedule's or a ranking's does.</summary>
    public bool OpensItsLine { get; init; }
    public int Offset { get; init; }
    public DayOfWeek Weekday { get; init; }

    /// <summary>"tonight at midnight", «сегодня в полночь»: a relative day whose midnight is the next day's start.</summary>
    public bool AtMidnight { get; set; }

    /// <summary>An anaphoric "three days later", «спустя неделю»: days after the last release's day.</summary>
    public int DaysLater { get; init; }
    public WeekdayModifier Modifier { get; init; }

    /// <summary>"Three days later, on Monday", «Через три дня, в понедельник»: the span this weekday restates; null once the
    /// span's day turned out not to be that weekday.</summary>
    public DateMention? ApposedTo { get; set; }

    /// <summary>How this mention is joined to the one before it ("с 1 по 3", "с 5 на 12", "5 и 12").</summary>
    public DateLink Link { get; set; }
    public DateMention? Previous { get; set; }
}

internal sealed class TimeMention
{
    public int First { get; init; }
    public int Last { get; set; }
    public TimeOnly Time { get; init; }
    public string? Zone { get; set; }

    /// <summary>A conversion or an end time right after another time: "1 PM KST (9:30 AM IST)", "18:00–20:00".</summary>
    public bool Alternative { get; set; }
}

internal sealed class NameRun
{
    public int First { get; init; }
    public int End { get; set; }
    public required string Text { get; set; }
    public string? Slug { get; set; }
    public bool Possessive { get; set; }

    /// <summary>One capitalised Russian word opening the sentence: a name only if the article capitalises it elsewhere too.</summary>
    public bool InitialOnly { get; init; }

    /// <summary>"BLACKPINK" in "BLACKPINK member Jennie" or «участница BLACKPINK Джису»: who the subject belongs to, not the subject.</summary>
    public bool Affiliation { get; set; }
}

/// <summary>One sentence taken apart: tokens, title quotes, cue words, dates, times, clauses and names.</summary>
internal sealed class SentenceScan
{
    // About one token per this many characters of news prose: the token list is sized once instead of doubling.
    const int CharsPerToken = 5;

    public SentenceScan(string text, string lower, Range span)
    {
        Text = text;
        Lower = lower;
        (Start, End) = (span.Start.Value, span.End.Value);
        Tokens = new List<Token>((End - Start) / CharsPerToken + 4);
    }

    public string Text { get; }
    public string Lower { get; }
    public int Start { get; }
    public int End { get; }
    public List<Token> Tokens { get; }
    public List<Quote> Quotes { get; } = [];

    /// <summary>Per token: the title quote it is inside (index into <see cref="Quotes"/>), or -1.</summary>
    public int[] QuoteOf { get; set; } = [];
    public List<CueHit> Cues { get; } = [];

    /// <summary>Per token: index into <see cref="Cues"/> of the cue covering it, or -1.</summary>
    public int[] CueOf { get; set; } = [];
    public bool[] Consumed { get; set; } = [];

    /// <summary>Cache of <see cref="Linking.KindCueReader.AllKindCues"/>, filled on first use after scanning.</summary>
    internal List<Linking.KindCue>? KindCues { get; set; }
    public List<DateMention> Dates { get; } = [];
    public List<TimeMention> Times { get; } = [];
    public int[] Clause { get; set; } = [];

    /// <summary>Clause ids that open with a relative pronoun ("который", "which").</summary>
    public HashSet<int> RelativeClauses { get; } = [];

    /// <summary>Where a sentence's opening reason for a move ends ("With … news coverage, the premiere was moved"), else 0.</summary>
    public int LeadingReasonEnd { get; set; }
    public List<NameRun> Names { get; } = [];

    /// <summary>Unquoted titles right after a kind word ("мини-альбом ATE"), as token spans [First, End).</summary>
    public List<(int First, int End)> TitleRuns { get; } = [];

    /// <summary>Index of the line (paragraph) the sentence is in.</summary>
    public int Line { get; init; }

    public int Count => Tokens.Count;

    // Words of four letters or more: title case leaves "with", "for", "and" in lower case.
    const int TitleCaseWordLength = 4;

    /// <summary>A headline in title case: at least three long words, nearly all capitalised.</summary>
    public bool TitleCased()
    {
        var (words, upper) = (0, 0);
        for (var t = 0; t < Count; t++)
        {
            if (IsWord(t) && Tokens[t].Length >= TitleCaseWordLength)
            {
                words++;
                upper += StartsUpper(t) ? 1 : 0;
            }
        }
        return words >= 3 && upper * 5 >= words * 4;
    }

    public bool Masked(int i) => QuoteOf[i] >= 0;

    // DateAt, NameAt and NameEndingAt loop rather than take a lambda: they run per token and per name, and a capturing lambda
    // costs two objects a call.

    /// <summary>The date mention token i belongs to, if any.</summary>
    public DateMention? DateAt(int i)
    {
        foreach (var d in Dates)
        {
            if (d.First <= i && i <= d.Last)
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>Whether token <paramref name="t"/> stands in an unquoted title (<see cref="TitleRuns"/>).</summary>
    public bool InTitleRun(int t)
    {
        foreach (var (first, end) in TitleRuns)
        {
            if (first <= t && t < end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a name starts at token <paramref name="first"/>.</summary>
    public bool NameStartsAt(int first)
    {
        foreach (var run in Names)
        {
            if (run.First == first)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The name token <paramref name="t"/> stands in, if any.</summary>
    public NameRun? NameAt(int t)
    {
        foreach (var run in Names)
        {
            if (run.First <= t && t < run.End)
            {
                return run;
            }
        }
        return null;
    }

    /// <summary>Whether a catalog name (a run with a slug) covers token <paramref name="t"/>.</summary>
    public bool ActAt(int t)
    {
        foreach (var run in Names)
        {
            if (run.Slug is not null && run.First <= t && t < run.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a cue of <paramref name="type"/> covers token <paramref name="t"/> (any of them, where cues overlap).</summary>
    public bool CueCovers(int t, CueType type)
    {
        foreach (var hit in Cues)
        {
            if (hit.Cue.Type == type && hit.First <= t && t < hit.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a date mention ends at token <paramref name="t"/>.</summary>
    public bool DateEndsAt(int t)
    {
        foreach (var d in Dates)
        {
            if (d.Last == t)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first name that ends right before token <paramref name="end"/>, if any.</summary>
    public NameRun? NameEndingAt(int end)
    {
        foreach (var run in Names)
        {
            if (run.End == end)
            {
                return run;
            }
        }
        return null;
    }

    /// <summary>The first token that is not punctuation ("🖤 aespa", "«It»"), or -1 for none.</summary>
    public int FirstWord()
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Type != TokenType.Punct)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The first token at or after a character offset of the sentence (a <see cref="Quote"/>'s bounds are
    /// offsets, not tokens), or <see cref="Count"/> when none.</summary>
    public int TokenAtOrAfter(int offset)
    {
        var t = 0;
        while (t < Count && Tokens[t].Start < offset)
        {
            t++;
        }
        return t;
    }

    /// <summary>"12-part", "7-episode", «16-серийная»: the word at <paramref name="i"/> is glued by a hyphen to a count
    /// before it, so the pair describes what follows.</summary>
    public bool AfterACount(int i) =>
        i >= 2 && IsDash(i - 1) && Glued(i - 1) && Glued(i) && Tokens[i - 2].Type == TokenType.Number;

    /// <summary>The first token of a line after its bullets and marks ("▪️", "•", "▶"); a quote mark belongs to a title.</summary>
    public int LineOpening()
    {
        var first = 0;
        while (first < Tokens.Count && Tokens[first].Type == TokenType.Punct && QuoteOf[first] < 0)
        {
            first++;
        }
        return first;
    }

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Type == TokenType.Word && QuoteOf[i] < 0;

    public bool IsPunct(int i, char c) => i >= 0 && i < Tokens.Count && Tokens[i].Type == TokenType.Punct && Text[Tokens[i].Start] == c;

    /// <summary>The last <paramref name="c"/> before token <paramref name="t"/> outside a title's quotes, or -1.</summary>
    public int LastPunctBefore(int t, char c)
    {
        for (var k = t - 1; k >= 0; k--)
        {
            if (IsPunct(k, c) && QuoteOf[k] < 0)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// The '(' whose bracket token <paramref name="t"/> stands in (for a ')', the one it closes), or -1: back to a ')' that
    /// closes an earlier bracket, or with <paramref name="dashEnds"/> to a dash («юнит SEVENTEEN — Сынгван, Докём (DK)»).
    /// </summary>
    public int OpenBracketOf(int t, bool dashEnds = false)
    {
        for (var k = t - 1; k >= 0; k--)
        {
            if (IsPunct(k, '('))
            {
                return k;
            }
            if (IsPunct(k, ')') || (dashEnds && IsDash(k)))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>Whether token <paramref name="i"/> is punctuation that ends a phrase: not a title's quote mark nor a
    /// possessive's apostrophe ("pushed TWICE's "ONE SPARK" back").</summary>
    public bool IsPhraseBreak(int i) =>
        Tokens[i].Type == TokenType.Punct && Text[Tokens[i].Start] is not ('\'' or '’' or '"' or '“' or '”' or '«' or '»');

    public bool IsDash(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Type == TokenType.Punct && TextNormalizer.IsDash(Text[Tokens[i].Start]);

    /// <summary>A dash between spaces: an aside's or a listing's, not the hyphen of "K-pop" or a range's "18:00–20:00".</summary>
    public bool IsSpacedDash(int i) => IsDash(i) && !Glued(i);

    public bool Glued(int i) => i < Tokens.Count && !Tokens[i].SpaceBefore;

    public ReadOnlySpan<char> Word(int i) => Lower.AsSpan(Tokens[i].Start, Tokens[i].Length);

    /// <summary>Whether one of the phrases (each split into its tokens, lower case) starts at token <paramref name="t"/>.</summary>
    public bool PhraseAt(int t, string[][] phrases) => PhraseLengthAt(t, phrases) > 0;

    /// <summary>How many tokens the first of the phrases that starts at token <paramref name="t"/> has; 0 when none does.</summary>
    public int PhraseLengthAt(int t, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (Matches(t, phrase))
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    bool Matches(int t, string[] phrase)
    {
        if (t < 0 || t + phrase.Length > Count)
        {
            return false;
        }
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!Word(t + k).SequenceEqual(phrase[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether one of the phrases ends at token <paramref name="last"/> ("taking over the slot from" before a title).</summary>
    public bool PhraseEndsAt(int last, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (Matches(last - phrase.Length + 1, phrase))
            {
                return true;
            }
        }
        return false;
    }

    public bool Is(int i, SpanMap<bool> set) => IsWord(i) && set.Contains(Word(i));

    /// <summary>Whether any word of the sentence (from token <paramref name="from"/> on, before <paramref name="to"/>) is in the set.</summary>
    public bool Has(SpanMap<bool> set, int from = 0, int to = int.MaxValue)
    {
        for (var i = from; i < Math.Min(to, Tokens.Count); i++)
        {
            if (Is(i, set))
            {
                return true;
            }
        }
        return false;
    }

    public bool TryNumber(int i, int min, int max, out int value, int maxLength = 2)
    {
        value = 0;
        if (i < 0 || i >= Tokens.Count || Tokens[i].Type != TokenType.Number || Tokens[i].Length > maxLength || QuoteOf[i] >= 0)
        {
            return false;
        }
        value = int.Parse(Word(i), provider: System.Globalization.CultureInfo.InvariantCulture);
        return value >= min && value <= max;
    }

    public bool StartsUpper(int i) => char.IsUpper(Text[Tokens[i].Start]);

    /// <summary>No lower-case letter in token <paramref name="i"/> ("BTS", "RM", «ДЖИН»).</summary>
    public bool IsAllUpper(int i) => !HasLetter(i, char.IsLower);

    /// <summary>No upper-case letter in token <paramref name="i"/> ("ok", «клип»).</summary>
    public bool IsAllLower(int i) => !HasLetter(i, char.IsUpper);

    bool HasLetter(int i, Func<char, bool> which)
    {
        foreach (var c in Text.AsSpan(Tokens[i].Start, Tokens[i].Length))
        {
            if (which(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The token after the quote that token <paramref name="t"/> stands in (or after token t itself, outside quotes).</summary>
    public int QuoteEnd(int t)
    {
        var end = t + 1;
        while (end < Tokens.Count && QuoteOf[t] >= 0 && QuoteOf[end] == QuoteOf[t])
        {
            end++;
        }
        return end;
    }

    /// <summary>"'s" (or "’s") glued after token <paramref name="i"/>'s word: "BTS's", "the drama's".</summary>
    public bool IsPossessive(int i) =>
        i < Tokens.Count && Tokens[i].Type == TokenType.Punct && Lower[Tokens[i].Start] == '\'' && Glued(i)
        && IsWord(i + 1) && Glued(i + 1) && Word(i + 1).SequenceEqual("s");

    /// <summary>"China-based", "Seoul-born": a capitalised compound that describes, not a name. Only these endings: a
    /// romanised given name has a dash too ("Yu-ri", "Chi-ling").</summary>
    public bool IsCompoundAdjective(int i)
    {
        if (!IsWord(i))
        {
            return false;
        }
        var word = Word(i);
        var dash = word.LastIndexOf('-');
        return dash > 1 && CompoundTails.Contains(word[(dash + 1)..]);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundTails = new HashSet<string>(
        ["based", "born", "bred", "raised", "led", "themed", "inspired", "centered", "centred", "focused", "owned", "made", "style"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public CueHit? CueAt(int i) => i >= 0 && i < CueOf.Length && CueOf[i] >= 0 ? Cues[CueOf[i]] : null;

    public string Slice(int firstToken, int endToken) =>
        Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    /// <summary>
    /// Tokens of a teaser schedule's countdown starting at <paramref name="i"/> ("D-DAY", "D-8", one token or three), or 0.
    /// </summary>
    public int CountdownAt(int i)
    {
        if (!IsWord(i))
        {
            return 0;
        }
        if (Word(i).StartsWith("d-", StringComparison.Ordinal))
        {
            return 1;
        }
        var glued = Word(i) is "d" && IsDash(i + 1) && Glued(i + 1) && Glued(i + 2);
        return glued && (Tokens[i + 2].Type == TokenType.Number || (IsWord(i + 2) && Word(i + 2) is "day")) ? 3 : 0;
    }

    /// <summary>
    /// Tokens of a list's number opening the line at <paramref name="i"/> (punctuation at most before it): a keycap
    /// "1️⃣", a thread's "2/", "3)" or "4." with a space after it; else 0.
    /// </summary>
    public int BulletNumberAt(int i)
    {
        if (i >= Count || Tokens[i].Type != TokenType.Number)
        {
            return 0;
        }
        for (var t = 0; t < i; t++)
        {
            if (Tokens[t].Type != TokenType.Punct)
            {
                return 0;
            }
        }
        var k = i + 1;
        while (k < Count && Glued(k) && Text[Tokens[k].Start] is '\uFE0F' or '\u20E3')
        {
            k++;
        }
        if (k > i + 1)
        {
            return k - i;
        }
        return (IsPunct(k, '/') || IsPunct(k, ')') || IsPunct(k, '.')) && Glued(k) && !Glued(k + 1) ? k + 1 - i : 0;
    }

    /// <summary>
    /// Whether a word of <paramref name="words"/> stands within <paramref name="reach"/> tokens before <paramref name="at"/>,
    /// every token between passing <paramref name="passes"/> ("to celebrate the 15th anniversary", "their first-ever X").
    /// </summary>
    public bool WordBefore(int at, int reach, SpanMap<bool> words, Func<SentenceScan, int, bool> passes)
    {
        for (var t = at - 1; t >= Math.Max(0, at - reach); t--)
        {
            if (Is(t, words))
            {
                return true;
            }
            if (!passes(this, t))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Tokens strictly between two spans, 0 when they touch or overlap.</summary>
    public static int Gap(int aFirst, int aLast, int bFirst, int bLast) =>
        bFirst > aLast ? bFirst - aLast - 1 : aFirst > bLast ? aFirst - bLast - 1 : 0;
}
