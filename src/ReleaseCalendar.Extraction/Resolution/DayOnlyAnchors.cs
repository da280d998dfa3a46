using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Resolution;

/// <summary>
/// Gives a day without a month ("on the 3rd", «15-го числа») the month the article is on at that point (issue #9 §1.1):
/// the last month named before it, by a full date (not a past-tense one) or a month word ("Your October 2024 calendar", «в начале апреля»),
/// else the publication month. A year written with that month comes along; a day the month does not have is dropped.
/// </summary>
internal static class DayOnlyAnchors
{
    // "1st: "Queen of Tears" (tvN) — 24.9%." "2nd: …" "3rd: …": lines that open with 1st, 2nd, 3rd… one each, in order,
    // rank; a schedule's lines name days with gaps or in pairs ("2nd & 3rd: …", "9th & 10th: …").
    static void DropRanks(IReadOnlyList<SentenceScan> sentences)
    {
        var run = new List<(SentenceScan Sentence, DateMention Date)>();
        foreach (var s in sentences)
        {
            var opening = s.Dates.Where(d => d.OpensItsLine).ToList();
            if (opening is [var only] && only.Day == run.Count + 1)
            {
                run.Add((s, only));
                continue;
            }
            if (opening.Count == 0 && run.Count > 0 && run[^1].Sentence.Line == s.Line)
            {
                continue; // the rest of a ranked line
            }
            Drop(run);
            run.Clear();
            if (opening is [var first] && first.Day == 1)
            {
                run.Add((s, first));
            }
        }
        Drop(run);

        static void Drop(List<(SentenceScan Sentence, DateMention Date)> run)
        {
            if (run.Count < MinRanks)
            {
                return;
            }
            foreach (var (s, date) in run)
            {
                s.Dates.Remove(date);
            }
        }
    }

    const int MinRanks = 2;

    public static void Anchor(IReadOnlyList<SentenceScan> sentences, CompiledLanguage language, DateOnly publishedOn)
    {
        if (!sentences.Any(s => s.Dates.Any(d => d.Form == DateForm.DayOnly)))
        {
            return; // most articles: no month to track
        }
        DropRanks(sentences);
        var (month, year) = (publishedOn.Month, 0);
        var byPublication = true; // no month named or dated yet: the page is publication's
        var named = false; // the page was last turned by a month word ("November 2020"), not by a date or the byline
        DateMention? lastDay = null; // the last calendar day named, for "the 25th, three weeks earlier"
        var lastDayAt = -1; // its sentence
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var next = 0;
            var dayBefore = false;
            var spanBefore = false; // "Three days later, …": a day counted from the last, which a month word after does not move
            var byline = IsByline(sentences, si);
            var namedHere = false; // set once a heading line has turned the page
            (int Month, int Year)? aside = null; // «вместо 23 сентября он выйдет 29-го»: an abandoned day's month, for this sentence
            for (var t = 0; t < s.Count; t++)
            {
                while (next < s.Dates.Count && s.Dates[next].First < t)
                {
                    next++;
                }
                if (next < s.Dates.Count && s.Dates[next].First == t)
                {
                    var date = s.Dates[next];
                    // "It follows the pre-release, released on January 13": a look back does not turn the calendar's page.
                    // "22nd: X's EP, ahead of the album expected on July 15": a full date after the sentence's own day is an aside too.
                    // "was originally set for December 14": an abandoned day is no page of the calendar either.
                    var movedFrom = date.Form == DateForm.DayMonth && Filtering.ReleaseSignals.IsMovedFrom(s, date, language);
                    if (date.Form == DateForm.DayMonth && !byline && !movedFrom)
                    {
                        (lastDay, lastDayAt) = (date, si);
                    }
                    if (date.Form == DateForm.DayMonth && !dayBefore && !byline && DateResolver.TenseOf(s, s.Clause[date.First]) != Tense.Past && !movedFrom)
                    {
                        (month, year, named, byPublication) = (date.Month, date.Year, false, false);
                    }
                    else if (movedFrom)
                    {
                        aside = (date.Month, date.Year);
                    }
                    else if (date.Form == DateForm.DayOnly)
                    {
                        // "tomorrow, the 29th": a day in apposition to a relative one is that day, in its month.
                        var told = next > 0 && s.Dates[next - 1] is { Form: DateForm.Relative } relative && date.First - relative.Last <= AppositionGap
                            ? publishedOn.AddDays(relative.Offset) : (DateOnly?)null;
                        var counted = date.MonthsAhead is { } ahead ? FirstOfMonth(publishedOn).AddMonths(ahead) : (DateOnly?)null;
                        (date.Month, date.Year) = counted is { } page ? (page.Month, page.Year)
                            : lastDay is not null && SpanAfter(s, date, language) is { } span && Shifted(lastDay, span, publishedOn) is var (m, y, d0) && d0 == date.Day
                            ? (m, y)
                            : told is { } d && d.Day == date.Day ? (d.Month, d.Year)
                            // «…объявляла премьеру на 10 ноября. Теперь выход сдвинули на шесть дней — на 16-е»: a day a release
                            // is moved to, later in the month than the day told just before, is in that day's month.
                            : lastDay is { } moved && lastDayAt >= si - 1 && moved.Month != month && date.Day > moved.Day
                              && CueQueries.HasCueBefore(s, date.First, CueType.Postpone) ? (moved.Month, moved.Year)
                            : aside ?? (date.WeekdayHint is { } hint ? ByWeekday(date.Day, hint, month, year, publishedOn)
                                // «IVE выпустят 6-го числа» published on 30 September: a day still to come, earlier in the month
                                // than publication, is next month's (not next year's).
                                : byPublication && date.Day < publishedOn.Day && ToldAhead(s, s.Clause[date.First])
                                ? (publishedOn.AddMonths(1).Month, 0)
                                : (month, year));
                        dayBefore = true;
                    }
                    else if (date is { Form: DateForm.Anaphoric, DaysLater: > 0 })
                    {
                        // "Three days later, Rosé … the first taste of her solo album due in December": the sentence's own
                        // day, told from another; the month after it is another release's.
                        spanBefore = true;
                    }
                    continue;
                }
                // "19-го BLACKPINK выпустят сингл, а альбом ожидается в сентябре": a month after the sentence's own day
                // looks ahead to another release; the calendar is still on its month.
                // "It follows "Day 1" … from June": a month looked back to does not turn the page either.
                if (!dayBefore && !spanBefore && MonthWordAt(s, t, language, out var other) && !LooksBack(s, t, language))
                {
                    var withYear = s.TryNumber(t + 1, 1900, 2100, out var y, 4);
                    // "November … the group's second release this year after "Fantasia X" in May": once a month word set
                    // the page, a month far ahead of it is a look back or an aside; a calendar turns only a few pages.
                    // «Календарь камбэков: конец апреля и май»: a heading that names several months starts on the first.
                    if (!namedHere && (!named || withYear || (other - month + 12) % 12 <= PageTurnMonths))
                    {
                        (month, year, named, namedHere, byPublication) = (other, withYear ? y : 0, true, OwnLine(sentences, si), false);
                    }
                }
            }
            s.Dates.RemoveAll(d => d.Form == DateForm.DayOnly
                                   && (d.Day > DateTime.DaysInMonth(d.Year == 0 ? 2024 : d.Year, d.Month) || OfSeveralMonths(s, d, language)));
            // The anchored day keeps its place among the sentence's days: its link to the day before it, and the links of
            // the days after it to it («в понедельник, 29 марта, и во вторник, 30-го» stays a list).
            for (var k = 0; k < s.Dates.Count; k++)
            {
                var date = s.Dates[k];
                if (date.Form != DateForm.DayOnly)
                {
                    continue;
                }
                var anchored = new DateMention
                {
                    First = date.First, Last = date.Last, Form = DateForm.DayMonth, Day = date.Day, Month = date.Month, Year = date.Year,
                    WeekdayHint = date.WeekdayHint, Link = date.Link, Previous = date.Previous,
                };
                s.Dates[k] = anchored;
                foreach (var later in s.Dates)
                {
                    if (later.Previous == date)
                    {
                        later.Previous = anchored;
                    }
                }
            }
        }
    }

    // A clause whose own words are future and none past ("will release", «выпустят»); a postponement alone, which reads as
    // future elsewhere, does not say so («Финал показали на неделю позже — 8-го и 9-го»). Not DateResolver.ClauseTense:
    // it lets one future word («позже») outweigh a past verb, and reads that finale as next month's.
    static bool ToldAhead(SentenceScan s, int clause)
    {
        var ahead = false;
        foreach (var c in s.Cues)
        {
            if (s.Clause[c.First] == clause && c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Tense)
            {
                if (c.Cue.Tense == Tense.Past)
                {
                    return false;
                }
                ahead |= c.Cue.Tense == Tense.Future;
            }
        }
        return ahead;
    }

    // "Friday the 17th" under "Your fall K-drama calendar: what premieres between now and November" (published on
    // Monday, September 13): the weekday says which page the day is on when the page's own 17th is another weekday —
    // the first month from publication up to the page's whose day falls on it. A page without a year keeps the day when
    // a year around publication gives it that weekday ("Tuesday the 11th" under "July 2023 recap"): the year is resolved later.
    static (int Month, int Year) ByWeekday(int day, DayOfWeek hint, int month, int year, DateOnly publishedOn)
    {
        // "This week (Nov. 25-Dec. 1)" … "Saturday, the 30th": a page of this month or one a few months ahead is in the
        // coming year, not in whichever year around it gives the weekday (Dec. 30 was a Saturday in 2023, not in 2024).
        if (year == 0 && (month - publishedOn.Month + 12) % 12 <= PageTurnMonths)
        {
            var ahead = month >= publishedOn.Month ? publishedOn.Year : publishedOn.Year + 1;
            if (day <= DateTime.DaysInMonth(ahead, month) && new DateOnly(ahead, month, day).DayOfWeek == hint)
            {
                return (month, year);
            }
            // Else the first month from publication up to the one after the page where the day has that weekday ("Friday,
            // the 1st" published on Monday, Oct. 28, 2024: Nov. 1).
            for (var at = new DateOnly(publishedOn.Year, publishedOn.Month, 1); at <= new DateOnly(ahead, month, 1).AddMonths(1); at = at.AddMonths(1))
            {
                if (day <= DateTime.DaysInMonth(at.Year, at.Month) && new DateOnly(at.Year, at.Month, day) is var candidate
                    && candidate.DayOfWeek == hint && candidate >= publishedOn)
                {
                    return (at.Month, at.Year);
                }
            }
        }
        for (var y = year != 0 ? year : publishedOn.Year - 1; y <= (year != 0 ? year : publishedOn.Year + 1); y++)
        {
            if (day > DateTime.DaysInMonth(y, month) || new DateOnly(y, month, day).DayOfWeek == hint)
            {
                return (month, year);
            }
        }
        // Only a page a few months ahead ("between now and November" in September): a recap's past month keeps its day.
        if ((month - publishedOn.Month + 12) % 12 is 0 or > PageTurnMonths)
        {
            return (month, year);
        }
        var pageYear = year != 0 ? year : month >= publishedOn.Month ? publishedOn.Year : publishedOn.Year + 1;
        for (var at = new DateOnly(publishedOn.Year, publishedOn.Month, 1); at < new DateOnly(pageYear, month, 1); at = at.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(at.Year, at.Month) && new DateOnly(at.Year, at.Month, day) is var candidate
                && candidate.DayOfWeek == hint && candidate >= publishedOn)
            {
                return (at.Month, at.Year);
            }
        }
        return (month, year);
    }

    static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    // The day a span away from a named day: its month, its year (0 when the named day gave none, for the resolver to
    // choose) and its day of the month.
    static (int Month, int Year, int Day) Shifted(DateMention from, int days, DateOnly publishedOn)
    {
        var year = from.Year != 0 ? from.Year : publishedOn.Year;
        if (from.Month is < 1 or > 12 || from.Day > DateTime.DaysInMonth(year, from.Month))
        {
            return (0, 0, 0);
        }
        var day = new DateOnly(year, from.Month, from.Day).AddDays(days);
        return (day.Month, from.Year != 0 ? day.Year : 0, day.Day);
    }

    // "the 25th, three weeks earlier", «25-го, на три недели раньше»: a span after the day, counted from the day named
    // last, in days (negative before it); null without one.
    static int? SpanAfter(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var t = date.Last + 1;
        if (s.IsPunct(t, ','))
        {
            t++;
        }
        if (s.Is(t, language.MoveToWords))
        {
            t++; // «на три недели раньше»
        }
        var count = 1;
        if (s.IsWord(t) && language.NumberWords.TryGet(s.Word(t), out var word))
        {
            (count, t) = (word, t + 1);
        }
        else if (s.TryNumber(t, 1, 60, out var number))
        {
            (count, t) = (number, t + 1);
        }
        else if (s.Is(t, language.Determiners))
        {
            t++; // "a week later"
        }
        if (!s.IsWord(t) || !language.DurationUnits.TryGet(s.Word(t), out var unit) || !s.Is(t + 1, language.ShiftedWords))
        {
            return null;
        }
        return count * unit * (s.Is(t + 1, language.EarlierShiftWords) ? -1 : 1);
    }

    // "Published 2021-12-30", «Календарь · 1 июня 2020» under "January 2022 comeback calendar": the day the page was
    // written is no page of the calendar. A line of its own with one date, a few words (or a year) and nothing released.
    static bool IsByline(IReadOnlyList<SentenceScan> sentences, int si)
    {
        var s = sentences[si];
        if (s.Dates.Count != 1 || !OwnLine(sentences, si) || s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Kind))
        {
            return false;
        }
        var words = 0;
        for (var t = 0; t < s.Count; t++)
        {
            words += s.IsWord(t) && (t < s.Dates[0].First || t > s.Dates[0].Last) ? 1 : 0;
        }
        // A bare "June 3" line is a calendar's day heading; a bare date is a byline only with its year («1 июня 2020»).
        return words <= BylineWords && (words > 0 || s.Dates[0].Year != 0);
    }

    const int BylineWords = 4;

    static bool OwnLine(IReadOnlyList<SentenceScan> sentences, int si) =>
        (si == 0 || sentences[si - 1].Line != sentences[si].Line) && (si + 1 >= sentences.Count || sentences[si + 1].Line != sentences[si].Line);

    // "tomorrow, the 29th": a comma (and "the") between.
    const int AppositionGap = 3;

    // How many months ahead a month word may turn the calendar's page: "… and the first week of January" in December.
    const int PageTurnMonths = 3;

    // "from June", "since late February", "last August's": a month looked back to, also past "late"/«конца».
    // "with Jun Ji-hyun as Ashin": a month's short name that starts a person's name turns no page.
    // A month's name standing alone ("in May", «в мае»; English capitalises it), not part of a date or a person's name.
    static bool MonthWordAt(SentenceScan s, int t, CompiledLanguage language, out int month)
    {
        month = 0;
        return s.IsWord(t) && !s.Consumed[t] && language.Months.TryGet(s.Word(t), out month)
               && (language.Table.Language != Language.En || s.StartsUpper(t)) && !InAName(s, t);
    }

    // A one-word name ("Jun", an act the catalog knows) counts when another name follows it ("Ji-hyun").
    static bool InAName(SentenceScan s, int t) =>
        s.Names.Exists(n => n.First <= t && t < n.End && n.End - n.First > 1)
        || (s.Names.Exists(n => n.First == t && n.End == t + 1) && s.Names.Exists(n => n.First == t + 1));

    // «Все синглы MADE выходили строго 1-го: «M» в мае, «A» в июне, «D» в июле», "on the 1st of May, June and July": a day
    // the same sentence gives several months after is that day of each, no one day of the calendar's month.
    static bool OfSeveralMonths(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var months = new HashSet<int>();
        for (var t = date.Last + 1; t < s.Count; t++)
        {
            if (MonthWordAt(s, t, language, out var month))
            {
                months.Add(month);
            }
        }
        return months.Count >= MinMonthsOfADay;
    }

    const int MinMonthsOfADay = 2;

    static bool LooksBack(SentenceScan s, int month, CompiledLanguage language) =>
        s.Is(month - 1, language.LookBackWords)
        || (s.CueAt(month - 1) is { Cue.Type: CueType.Vague } vague && vague.End == month && s.Is(vague.First - 1, language.LookBackWords))
        || SinceBefore(s, month, language);

    // How many lower-case words may stand between "since" and its month ("since finishing military service in January").
    const int SinceReach = 5;

    // "his first solo record since finishing military service in January": a month that ends a look-back word's phrase.
    static bool SinceBefore(SentenceScan s, int month, CompiledLanguage language)
    {
        for (var t = month - 1; t >= 0 && month - t <= SinceReach + 1 && s.IsWord(t) && !s.StartsUpper(t) && s.Clause[t] == s.Clause[month]; t--)
        {
            if (s.Is(t, language.LookBackWords) && s.CueAt(t) is null)
            {
                return true;
            }
        }
        return false;
    }
}
