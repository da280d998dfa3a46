using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>
/// Times of day with their zone: "18:00 (KST)", "в 7 вечера по Москве", "в полночь по Сеулу", "at 6 PM KST",
/// "6:30 p.m. ET". A time right after another one ("1 PM KST (9:30 AM IST)", "18:00–20:00") is marked alternative.
/// </summary>
internal static class TimeScanner
{
    const int MaxGapToPrevious = 3;

    // catalog: with one, a glued "6PM" is the band only when the catalog knows it (2PM).
    public static void Scan(SentenceScan s, CompiledLanguage lang, ExtractionCatalog? catalog)
    {
        for (var i = 0; i < s.Count;)
        {
            if (s.Masked(i) || s.Consumed[i] || s.Tokens[i].Type == TokenType.Punct)
            {
                i++;
                continue;
            }
            // Clock times start with a number; a word can only be a fixed time ("midnight", «полдень»).
            var time = s.Tokens[i].Type == TokenType.Number ? TryClock(s, lang, i) ?? TryHour(s, lang, i, catalog) : TryFixed(s, lang, i);
            if (time is null)
            {
                i++;
                continue;
            }
            ReadZone(s, lang, time);
            if (s.Times.Count > 0 && IsAlternativeGap(s, s.Times[^1].Last + 1, time.First))
            {
                time.Alternative = true;
            }
            s.Times.Add(time);
            for (var t = time.First; t <= time.Last; t++)
            {
                s.Consumed[t] = true;
            }
            i = time.Last + 1;
        }
        MarkMidnights(s, lang);
    }

    // How many tokens may stand between "tonight" and "midnight": "tonight at midnight KST", "at midnight tonight".
    const int MidnightReach = 3;

    // "releases its debut mini album tonight at midnight KST", «выпускает альбом сегодня в полночь по Сеулу»: the midnight
    // that ends the night named (a fixed "midnight", not a clock's "00:00", which the writer dated; not "today at
    // midnight", which may be the one that began the day).
    static void MarkMidnights(SentenceScan s, CompiledLanguage lang)
    {
        foreach (var time in s.Times)
        {
            if (time.Time != TimeOnly.MinValue || !lang.FixedTimes.TryGet(s.Word(time.First), out _))
            {
                continue;
            }
            foreach (var date in s.Dates)
            {
                if (date is { Form: DateForm.Relative, Offset: 0 } && s.Is(date.Last, lang.TonightWords)
                    && (Math.Abs(time.First - date.Last) <= MidnightReach || Math.Abs(date.First - time.Last) <= MidnightReach))
                {
                    date.AtMidnight = true;
                }
            }
        }
    }

    /// <summary>The token after a clock time and its zone that start at <paramref name="i"/> ("6 p.m. KST"), or -1.</summary>
    public static int EndOfTime(SentenceScan s, CompiledLanguage lang, int i)
    {
        if (i >= s.Count || s.Tokens[i].Type != TokenType.Number || (TryClock(s, lang, i) ?? TryHour(s, lang, i, null)) is not { } time)
        {
            return -1;
        }
        ReadZone(s, lang, time);
        return time.Last + 1;
    }

    static TimeMention? TryClock(SentenceScan s, CompiledLanguage lang, int i)
    {
        if (!s.TryNumber(i, 0, 23, out var hour) || !s.Glued(i + 1) || !s.Glued(i + 2))
        {
            return null;
        }
        var colon = s.IsPunct(i + 1, ':');
        // "в 18.00" is Russian for 18:00; "18.05" stays a date (the date scanner has already taken it).
        var dotted = s.IsPunct(i + 1, '.') && s.Is(i - 1, lang.DatePrepositions);
        if (!(colon || dotted) || !s.TryNumber(i + 2, 0, 59, out var minute) || s.Tokens[i + 2].Length != 2)
        {
            return null;
        }
        var last = i + 2;
        if (TryAmPm(s, lang, last + 1, out var part, out var partLast))
        {
            hour = Apply(hour, part);
            last = partLast;
        }
        return new TimeMention { First = i, Last = last, Time = new TimeOnly(hour, minute) };
    }

    static TimeMention? TryHour(SentenceScan s, CompiledLanguage lang, int i, ExtractionCatalog? catalog)
    {
        if (!s.TryNumber(i, 0, 23, out var hour))
        {
            return null;
        }
        var j = i + 1;
        var hourWord = s.Is(j, lang.HourWords);
        if (hourWord)
        {
            j++;
        }
        var preposition = s.Is(i - 1, lang.DatePrepositions);
        if (TryAmPm(s, lang, j, out var part, out var last))
        {
            // "2PM" glued and upper-case with no "at" before it is the band, not a time; a catalog that does not know
            // it ("so the plan is: 6PM stream the album") leaves it a time.
            if (!preposition && !hourWord && s.Glued(j) && char.IsUpper(s.Text[s.Tokens[j].Start]) && !FollowedByZone(s, lang, last + 1)
                && (catalog is null || catalog.ResolveExact(s.Text[s.Tokens[i].Start..s.Tokens[j].End]) is not null))
            {
                return null;
            }
            if (hour > 12 || (!preposition && !hourWord && !s.Glued(j) && lang.Table.Language == Language.Ru))
            {
                return null;
            }
            return new TimeMention { First = i, Last = last, Time = new TimeOnly(Apply(hour, part), 0) };
        }
        // "в 18 часов"
        return hourWord && preposition ? new TimeMention { First = i, Last = j - 1, Time = new TimeOnly(hour, 0) } : null;
    }

    static TimeMention? TryFixed(SentenceScan s, CompiledLanguage lang, int i) =>
        s.IsWord(i) && lang.FixedTimes.TryGet(s.Word(i), out var minutes)
            ? new TimeMention { First = i, Last = i, Time = new TimeOnly(minutes / 60, minutes % 60) }
            : null;

    // "pm", "p.m.", "вечера"
    static bool TryAmPm(SentenceScan s, CompiledLanguage lang, int j, out DayPart part, out int last)
    {
        last = j;
        if (s.IsWord(j) && lang.DayParts.TryGet(s.Word(j), out part))
        {
            return true;
        }
        part = default;
        if (s.IsWord(j) && s.Word(j) is "a" or "p" && s.IsPunct(j + 1, '.') && s.Glued(j + 1) && s.IsWord(j + 2) && s.Glued(j + 2)
            && s.Word(j + 2).SequenceEqual("m"))
        {
            part = s.Word(j) is "a" ? DayPart.Morning : DayPart.Evening;
            last = s.IsPunct(j + 3, '.') && s.Glued(j + 3) ? j + 3 : j + 2;
            return true;
        }
        return false;
    }

    static int Apply(int hour, DayPart part) => part switch
    {
        DayPart.Morning => hour == 12 ? 0 : hour,
        DayPart.Afternoon => hour is >= 1 and <= 6 ? hour + 12 : hour,
        DayPart.Evening => hour < 12 ? hour + 12 : hour,
        DayPart.Night => hour == 12 ? 0 : hour,
        _ => hour,
    };

    static bool FollowedByZone(SentenceScan s, CompiledLanguage lang, int k)
    {
        if (s.IsPunct(k, '('))
        {
            k++;
        }
        return k < s.Count && lang.Zones.TryMatch(s.Lower, s.Tokens, k, out _, out _);
    }

    static void ReadZone(SentenceScan s, CompiledLanguage lang, TimeMention time)
    {
        var k = time.Last + 1;
        var paren = s.IsPunct(k, '(');
        if (paren)
        {
            k++;
        }
        if (k >= s.Count || s.Masked(k) || !lang.Zones.TryMatch(s.Lower, s.Tokens, k, out var zone, out var end))
        {
            return;
        }
        time.Zone = zone;
        time.Last = paren && s.IsPunct(end, ')') ? end : end - 1;
    }

    // Only punctuation or "до"/"to"/"или" between the two times.
    static bool IsAlternativeGap(SentenceScan s, int from, int to)
    {
        if (to - from > MaxGapToPrevious)
        {
            return false;
        }
        for (var t = from; t < to; t++)
        {
            if (s.Tokens[t].Type == TokenType.Punct)
            {
                continue;
            }
            if (!(s.IsWord(t) && s.Word(t) is "до" or "по" or "или" or "to" or "or" or "until" or "till" or "and" or "и"))
            {
                return false;
            }
        }
        return true;
    }
}
