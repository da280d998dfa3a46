using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>
/// Finds day-level date expressions by walking tokens (no regex): "24 мая", "May 24th", "the 24th of May",
/// "24.05.2024", "2024-05-24", "с 1 по 3 июня", "пятница, 24 мая", "завтра", "через две недели", "next Friday".
/// Month-only and vague phrases ("в мае", "в конце мая", "this summer") have no day and are never read.
/// </summary>
internal static class DateScanner
{
    const int MaxDurationNumber = 60;

    // Words between a move's verb and the «на»/«с» of its weekday: «перенесли показ финала на субботу».
    const int MoveReach = 3;

    // How far before "from" a verb that shifts may stand: "moves from", "was moved from".
    const int ShiftReach = 2;

    public static void Scan(SentenceScan s, CompiledLanguage lang, ExtractionCatalog? catalog)
    {
        for (var i = 0; i < s.Count;)
        {
            if (s.Masked(i) || s.Tokens[i].Type == TokenType.Punct || PartNumber(s, i))
            {
                i++;
                continue;
            }
            // Most words start no date: one lookup spares them the seven readers below (a holiday's first word is no starter; it
            // checks its preposition first).
            var found = s.Tokens[i].Type == TokenType.Word && !lang.DateStarters.Contains(s.Word(i))
                ? TryRelative(s, i) ?? TryHoliday(s, lang, i)
                : TryWeekday(s, lang, i, catalog) ?? TryNumeric(s, i, lang) ?? TryDayFirst(s, lang, i, withLists: true)
                  ?? TryMonthFirst(s, lang, i) ?? TryDuration(s, lang, i) ?? TryRelative(s, i) ?? TryDayOnly(s, lang, i);
            if (found is null)
            {
                i++;
                continue;
            }
            foreach (var mention in found)
            {
                s.Dates.Add(mention);
                for (var t = mention.First; t <= mention.Last; t++)
                {
                    s.Consumed[t] = true;
                }
            }
            i = found[^1].Last + 1;
        }
        LinkNeighbours(s, lang);
        ApposeWeekdays(s, lang);
    }

    // "Three days later, on Monday, IVE return", «Через три дня, в понедельник, IVE возвращаются»: a bare weekday right after
    // a span of days (a comma or its preposition between) restates the span's day; which one the reader settles.
    static void ApposeWeekdays(SentenceScan s, CompiledLanguage lang)
    {
        for (var k = 1; k < s.Dates.Count; k++)
        {
            var (a, b) = (s.Dates[k - 1], s.Dates[k]);
            if (b.Form != DateForm.Weekday || b.Modifier != WeekdayModifier.Bare || b.Link != DateLink.None
                || !((a.Form == DateForm.Anaphoric && a.DaysLater > 0) || (a.Form == DateForm.Relative && a.Offset > 0)))
            {
                continue;
            }
            var t = a.Last + 1;
            while (t < b.First && (s.IsPunct(t, ',') || s.Is(t, lang.DatePrepositions)))
            {
                t++;
            }
            if (t == b.First)
            {
                b.ApposedTo = a;
            }
        }
    }

    // "EP.3 — 25 июня", "Vol.2", "Pt.2": a number glued by a period to the word before it numbers a part, it starts no day.
    static bool PartNumber(SentenceScan s, int i) =>
        i >= 2 && s.Tokens[i].Type == TokenType.Number && s.IsPunct(i - 1, '.') && s.Glued(i) && s.Glued(i - 1) && s.Tokens[i - 2].Type == TokenType.Word;

    // "5 мая и 12 июня", "с 5 мая на 12 июня", "from June 5 to June 12": one joining word between two dates; "Aug. 14,
    // back to Aug. 20": a range joiner after "back" moves the day.
    static void LinkNeighbours(SentenceScan s, CompiledLanguage lang)
    {
        for (var k = 1; k < s.Dates.Count; k++)
        {
            var (a, b) = (s.Dates[k - 1], s.Dates[k]);
            if (b.Link == DateLink.None && WeekdayMoved(s, lang, a, b))
            {
                (b.Link, b.Previous) = (DateLink.Move, a);
                continue;
            }
            if (b.Link == DateLink.None && DatedWeekdayMoved(s, lang, a, b))
            {
                (b.Link, b.Previous) = (DateLink.Move, a);
                continue;
            }
            // "airs three nights a week from Friday to Sunday": the run's last weekday ends it (WeekdayMoved has taken moves).
            if (b.Link == DateLink.None && a.Form == DateForm.Weekday && b.Form == DateForm.Weekday && b.First == a.Last + 2
                && LinkAt(s, lang, a.Last + 1) == DateLink.Range)
            {
                (b.Link, b.Previous) = (DateLink.Range, a);
                continue;
            }
            var back = a.Last + 1 + (s.IsPunct(a.Last + 1, ',') ? 1 : 0);
            // «в понедельник, 29 марта, и во вторник, 30-го»: the second of two days told with their weekdays may give only
            // its number.
            if (b.Link == DateLink.None && a.Form == DateForm.DayMonth && b.Form == DateForm.DayOnly && WeekdaysListed(s, lang, a, b, back))
            {
                (b.Link, b.Previous) = (DateLink.List, a);
                continue;
            }
            if (b.Link != DateLink.None || a.Form != DateForm.DayMonth || b.Form != DateForm.DayMonth)
            {
                continue;
            }
            if (b.First == back + 2 && s.Is(back, lang.BackWords) && s.Is(back + 1, lang.RangeWords))
            {
                (b.Link, b.Previous) = (DateLink.Move, a);
                continue;
            }
            // «со вторника, 18 февраля, на понедельник, 24 февраля»: a day confirmed by its weekday closes with a comma
            // before the word that moves or ranges it.
            if (b.First == back + 1 && back > a.Last + 1 && LinkAt(s, lang, back) is (DateLink.Move or DateLink.Range) and var moved)
            {
                (b.Link, b.Previous) = (moved, a);
                continue;
            }
            // "on Monday, Sept. 20, and Tuesday, Sept. 21", «в понедельник, 20 сентября, и во вторник, 21 сентября»: days
            // told with their weekdays, the first closed by its comma, are a list across it (the second may bring its preposition).
            if (WeekdaysListed(s, lang, a, b, back))
            {
                (b.Link, b.Previous) = (DateLink.List, a);
                continue;
            }
            // «с полуночи 28 февраля на вечер понедельника, 27 февраля»: the move may name the part of the new day first.
            if (b.First == a.Last + 3 && LinkAt(s, lang, a.Last + 1) == DateLink.Move && s.Is(a.Last + 2, lang.DayPartNouns))
            {
                (b.Link, b.Previous) = (DateLink.Move, a);
                continue;
            }
            if (b.First != a.Last + 2)
            {
                continue;
            }
            var link = LinkAt(s, lang, a.Last + 1);
            if (link != DateLink.None)
            {
                // "episode 14 moves from Feb. 16 to Feb. 23": a verb that shifts right before the pair makes the range a move.
                b.Link = link == DateLink.Range && ShiftVerbWithin(s, lang, a.First, ShiftReach) ? DateLink.Move : link;
                b.Previous = a;
            }
        }
    }

    // "The drama moves from Saturday to Sunday", "tvN will move the drama from Saturday to Sunday", «шоу перенесли с субботы
    // на воскресенье»: two weekdays joined by a range or move word after a verb that shifts or a word of postponement
    // ("pushed back a day, from Saturday to Sunday") are a move ("from Monday to Thursday" alone is a run of days).
    static bool WeekdayMoved(SentenceScan s, CompiledLanguage lang, DateMention a, DateMention b) =>
        a.Form == DateForm.Weekday && b.Form == DateForm.Weekday
        && ((b.First == a.Last + 2 && LinkAt(s, lang, a.Last + 1) is DateLink.Range or DateLink.Move)
            || (b.First == a.Last + 1 && LinkAt(s, lang, b.First) is DateLink.Range or DateLink.Move)) // «на» is the new day's preposition
        && AfterAShiftOrPostponement(s, lang, a.First);

    // A verb that shifts or a word of postponement anywhere before the first day of a pair.
    static bool AfterAShiftOrPostponement(SentenceScan s, CompiledLanguage lang, int first) =>
        ShiftVerbWithin(s, lang, first, first) || s.Cues.Any(c => c.Cue.Type == CueType.Postpone && c.First < first);

    // A verb that shifts within the tokens right before token i.
    static bool ShiftVerbWithin(SentenceScan s, CompiledLanguage lang, int i, int reach) =>
        Enumerable.Range(Math.Max(0, i - reach), Math.Min(i, reach)).Any(t => s.Is(t, lang.ShiftVerbs));

    // «перенесли со среды, 22 мая, на субботу»: the second day of «с X на Y» after X's own date.
    static bool MovedFromADatedWeekday(SentenceScan s, CompiledLanguage lang, int i) =>
        s.IsPunct(i - 1, ',') && s.Dates.Count > 0 && s.Dates.LastOrDefault(d => d.Last == i - 2) is { Form: DateForm.DayMonth } from
        && s.IsWord(from.First) && lang.Weekdays.Contains(s.Word(from.First)) && s.Is(from.First - 1, lang.WeekdayPrepositions);

    // «перенесли со среды, 22 мая, на субботу», "moved from Wednesday, May 22, to Saturday": a day told with its weekday,
    // a comma, then a weekday after a move or range word («на» inside the weekday's mention), after a word that moves.
    static bool DatedWeekdayMoved(SentenceScan s, CompiledLanguage lang, DateMention a, DateMention b) =>
        a.Form == DateForm.DayMonth && b.Form == DateForm.Weekday && s.IsPunct(a.Last + 1, ',')
        && ((s.IsWord(a.First) && lang.Weekdays.Contains(s.Word(a.First))) || (s.IsWord(a.First + 1) && lang.Weekdays.Contains(s.Word(a.First + 1))))
        && ((b.First == a.Last + 2 && LinkAt(s, lang, b.First) is DateLink.Range or DateLink.Move)
            || (b.First == a.Last + 3 && LinkAt(s, lang, a.Last + 2) is DateLink.Range or DateLink.Move))
        && AfterAShiftOrPostponement(s, lang, a.First);

    // A day whose mention opens with its weekday, or with a preposition and its weekday ("Monday, Sept. 20", «во вторник, 21 сентября»),
    // looked for from the mention's start or from an earlier token.
    static bool WeekdaysListed(SentenceScan s, CompiledLanguage lang, DateMention a, DateMention b, int back) =>
        back > a.Last + 1 && s.Is(back, lang.ListWords) && WeekdayTold(s, lang, a)
        && (b.First == back + 1 || (b.First == back + 2 && (s.Is(back + 1, lang.WeekdayPrepositions) || s.Is(back + 1, lang.DatePrepositions))))
        && WeekdayTold(s, lang, b, back + 1);

    static bool WeekdayTold(SentenceScan s, CompiledLanguage lang, DateMention m, int from = -1)
    {
        var t = from < 0 ? m.First : from;
        if (s.Is(t, lang.WeekdayPrepositions) || s.Is(t, lang.DatePrepositions)) t++;
        return t <= m.First + 1 && s.IsWord(t) && lang.Weekdays.Contains(s.Word(t));
    }

    static DateLink LinkAt(SentenceScan s, CompiledLanguage lang, int i) =>
        s.IsDash(i) || s.Is(i, lang.RangeWords) ? DateLink.Range
        : s.Is(i, lang.MoveWords) ? DateLink.Move
        : IsListJoiner(s, lang, i) ? DateLink.List
        : DateLink.None;

    // "every Saturday and Sunday", "every Monday to Friday": a weekday listed or ranged after a recurring one recurs too.
    static bool AfterRecurring(SentenceScan s, CompiledLanguage lang, int i) =>
        i >= 2 && (s.Is(i - 1, lang.ListWords) || s.IsPunct(i - 1, ',') || s.Is(i - 1, lang.RangeWords) || s.IsDash(i - 1) || s.IsPunct(i - 1, '/'))
        && s.Dates.Count > 0 && s.Dates[^1] is { Form: DateForm.Recurring } previous && previous.Last == i - 2;

    // "Monday nights", "Friday and Saturday nights", "KBS's Monday slot", "gives up its Saturday slot", "the Monday-Tuesday
    // slot". A channel's slot is weekly; "aired the finale in the Sunday slot" and "in the same Sunday slot" name the day.
    // "the only Wednesday drama", "a Monday-Tuesday series": any show of a slot; "its Monday mini-drama", "SBS's Monday
    // drama": the channel's slot, as "its Monday slot" is.
    static bool WeeklySlot(SentenceScan s, CompiledLanguage lang, int weekday) =>
        s.Is(weekday + 1, lang.PluralDayParts) || (s.Is(weekday + 1, lang.SlotShowNouns) && s.Is(weekday - 1, lang.SlotClassWords))
        || ((s.Is(weekday + 1, lang.SlotNouns) || s.Is(weekday + 1, lang.SlotShowNouns))
            && ((weekday >= 2 && s.IsPossessive(weekday - 2)) || s.Is(weekday - 1, lang.PossessiveDeterminers)))
        || ((s.Is(weekday + 1, lang.ListWords) || s.IsDash(weekday + 1) || s.IsPunct(weekday + 1, '/')) && s.IsWord(weekday + 2)
            && lang.Weekdays.Contains(s.Word(weekday + 2))
            && (s.Is(weekday + 3, lang.PluralDayParts) || s.Is(weekday + 3, lang.SlotNouns)
                || (s.Is(weekday + 3, lang.SlotShowNouns) && s.Is(weekday - 1, lang.SlotClassWords))));

    // A postponement or a verb that shifts within MoveReach before token i (in a function of its own: the lambdas would
    // cost TryWeekday, which most words starting a date go through, two objects a call).
    static bool AfterAMove(SentenceScan s, CompiledLanguage lang, int i) =>
        s.Cues.Any(c => c.Cue.Type == CueType.Postpone && c.End <= i && i - c.End <= MoveReach)
        || ShiftVerbWithin(s, lang, i, MoveReach + 1);

    static List<DateMention>? TryWeekday(SentenceScan s, CompiledLanguage lang, int i, ExtractionCatalog? catalog)
    {
        var k = i;
        var preposition = s.Is(k, lang.DatePrepositions);
        // «сдвинули на пятницу», «перенесли с субботы на воскресенье»: these prepositions date a weekday only right after the
        // word that moves (within MoveReach) or as the second day of «с X на Y» — not «в ночь на четверг», «с пятницы по
        // воскресенье фильм посмотрели», nor «расписание на субботу» in a sentence about a postponement.
        var moveOnly = !preposition && s.Is(k, lang.WeekdayPrepositions);
        if (moveOnly && !(s.Dates.Count > 0 && s.Dates[^1] is { Form: DateForm.Weekday } from && from.Last == i - 1)
            && !MovedFromADatedWeekday(s, lang, i) && !AfterAMove(s, lang, i))
        {
            return null;
        }
        if (preposition || moveOnly)
        {
            k++;
        }
        var modifier = WeekdayModifier.Bare;
        for (var m = 0; m < 2 && s.IsWord(k) && lang.WeekdayModifiers.TryGet(s.Word(k), out var mod); m++, k++)
        {
            modifier = modifier == WeekdayModifier.Every ? modifier : mod;
        }
        // "on Wednesdays and Thursdays", «по субботам»: a weekly slot, never one day (nor the day a line above named).
        if (s.IsWord(k) && lang.PluralWeekdays.TryGet(s.Word(k), out var weekly))
        {
            return [new DateMention { First = i, Last = k, Form = DateForm.Recurring, Weekday = weekly, Modifier = WeekdayModifier.Every }];
        }
        var abbreviated = false;
        if (!s.IsWord(k) || !lang.Weekdays.TryGet(s.Word(k), out var weekday))
        {
            // "Wed 3 --" written as a label: "the video sat 3rd" is a verb; «перенесли на пн 18.11» in lower case before a
            // numeric date is the day's.
            if (!s.IsWord(k) || !lang.WeekdayAbbreviations.TryGet(s.Word(k), out weekday)
                || (!s.StartsUpper(k) && TryNumeric(s, k + 1, lang, afterWeekday: true) is null))
            {
                return null;
            }
            abbreviated = true;
        }
        // "пятница, 24 мая", "Friday (May 24)": the weekday only confirms the date.
        var p = k + 1;
        while (s.IsPunct(p, ',') || s.IsPunct(p, '('))
        {
            p++;
        }
        // "Monday 12 — tripleS, …": a weekday written whole heads a schedule line when a dash or a colon follows its day.
        var lineDay = abbreviated || (p == k + 1 && s.TryNumber(p, 1, 31, out _) && (s.IsSpacedDash(p + 1) || s.IsPunct(p + 1, ':')));
        if (moveOnly && (p > k + 1 || TryMonth(s, lang, p, out _) || s.TryNumber(p, 1, 31, out _)))
        {
            return null; // «со вторника, 18 февраля, на …»: the day that follows is read as before, the preposition outside it
        }
        var dated = TryNumeric(s, p, lang, afterWeekday: true) ?? TryDayFirst(s, lang, p, withLists: false) ?? TryMonthFirst(s, lang, p) ?? TryDayOnly(s, lang, p, afterWeekday: true, bareDay: lineDay);
        if (dated is not null)
        {
            // "this Saturday and Sunday, Aug. 13 and 14": the listed weekdays pair with the listed days, not the next one.
            var listed = k >= 2 && s.Is(k - 1, lang.ListWords) && s.IsWord(k - 2) && lang.Weekdays.Contains(s.Word(k - 2));
            dated[0].WeekdayHint = listed ? null : weekday;
            dated[0].First = i;
            return dated;
        }
        if (abbreviated)
        {
            return null;
        }
        // "every Saturday and Sunday": a weekday listed after a recurring one recurs too; "Friday and Saturday nights",
        // "Monday nights": a weekly slot, not a day.
        if (modifier == WeekdayModifier.Every || (modifier == WeekdayModifier.Bare && !preposition && AfterRecurring(s, lang, i))
            || (modifier == WeekdayModifier.Bare && WeeklySlot(s, lang, k)))
        {
            return [new DateMention { First = i, Last = k, Form = DateForm.Recurring, Weekday = weekday, Modifier = WeekdayModifier.Every }];
        }
        // "Monday Kiz", "Sunday Girl": a weekday that begins a catalog name, or a capitalised name, is the name's ("Monday
        // KST" stays a day; Russian capitalises no weekday, «в пятницу Netflix покажет»). A title-case headline capitalises
        // every word: "TWICE Drop New Album Friday With Lead Single" keeps its day.
        if (catalog is not null && catalog.Aliases.TryMatch(s.Lower, s.Tokens, k, out _, out var aliasEnd) && aliasEnd > k + 1)
        {
            return null;
        }
        if (lang.Table.Language == Language.En && s.IsWord(k + 1) && s.StartsUpper(k + 1) && !TryMonth(s, lang, k + 1, out _)
            && (i == 0 || !s.TitleCased())
            && s.Text.AsSpan(s.Tokens[k + 1].Start, s.Tokens[k + 1].Length).ContainsAnyInRange('a', 'z'))
        {
            return null;
        }
        // Russian needs "в пятницу"; English news writes a bare "Friday". «в субботу и воскресенье», «в следующую субботу и
        // воскресенье»: the second weekday of a pair shares the first one's preposition and modifier.
        var paired = i >= 2 && modifier == WeekdayModifier.Bare && s.Is(i - 1, lang.ListWords) && s.Dates.Count > 0
                     && s.Dates[^1] is { Form: DateForm.Weekday } pair && pair.Last == i - 2 && s.Is(pair.First, lang.DatePrepositions);
        if (paired)
        {
            modifier = s.Dates[^1].Modifier;
        }
        var bareAllowed = (lang.Table.Language == Language.En && s.StartsUpper(k)) || paired;
        if (!preposition && !moveOnly && modifier == WeekdayModifier.Bare && !bareAllowed)
        {
            return null;
        }
        return [new DateMention
        {
            First = i, Last = k, Form = modifier == WeekdayModifier.Following ? DateForm.Anaphoric : DateForm.Weekday, Weekday = weekday,
            Modifier = modifier, Offset = modifier == WeekdayModifier.Following ? Words.SameDay : 0,
        }];
    }

    /// <summary>"24 мая", "24-го мая 2024 г.", "24th May", "the 24th of May", and with lists "с 1 по 3 июня", "5 и 12 июня".</summary>
    static List<DateMention>? TryDayFirst(SentenceScan s, CompiledLanguage lang, int i, bool withLists)
    {
        if (!s.TryNumber(i, 1, 31, out var day))
        {
            return null;
        }
        var j = SkipOrdinal(s, lang, i + 1);
        if (s.IsWord(j) && s.Word(j).SequenceEqual("of"))
        {
            j++;
        }
        if (TryMonth(s, lang, j, out var month))
        {
            var mention = new DateMention { First = i, Last = j, Form = DateForm.DayMonth, Day = day, Month = month };
            ReadYear(s, lang, mention);
            return Valid(mention) ? [mention] : null;
        }
        if (!withLists)
        {
            return null;
        }
        // «выпустит альбом не 6, а 13 марта»: a bare day the negation gives up borrows the month of the day that replaces it.
        if (s.CueAt(i - 1) is { Cue: { Type: CueType.MovedFrom, Value: Words.RightBefore } } not && not.End == i
            && s.IsPunct(j, ',') && s.CueAt(j + 1) is { Cue.Type: CueType.ClauseBreak } but && but.End == j + 2
            && TryDayFirst(s, lang, j + 2, withLists: false) is [var replacing])
        {
            var givenUp = new DateMention { First = i, Last = j - 1, Form = DateForm.DayMonth, Day = day, Month = replacing.Month, Year = replacing.Year };
            (replacing.Link, replacing.Previous) = (DateLink.Move, givenUp);
            return Valid(givenUp) ? [givenUp, replacing] : null;
        }
        // "1–3 июня", "с 5 на 12 июня": the first day borrows the month of the second.
        var link = LinkAt(s, lang, j);
        if (link == DateLink.None || TryDayFirst(s, lang, j + 1, withLists: false) is not [var second])
        {
            return null;
        }
        var first = new DateMention { First = i, Last = j - 1, Form = DateForm.DayMonth, Day = day, Month = second.Month, Year = second.Year };
        second.Link = link;
        second.Previous = first;
        return Valid(first) ? [first, second] : null;
    }

    /// <summary>"May 24", "May 24th, 2024", "June 5-7", "June 5 and 12".</summary>
    static List<DateMention>? TryMonthFirst(SentenceScan s, CompiledLanguage lang, int i)
    {
        if (!TryMonth(s, lang, i, out var month))
        {
            return null;
        }
        var j = i + 1;
        if (s.IsPunct(j, '.') && s.Glued(j))
        {
            j++;
        }
        if (!s.TryNumber(j, 1, 31, out var day))
        {
            return null;
        }
        var mention = new DateMention { First = i, Last = j, Form = DateForm.DayMonth, Day = day, Month = month };
        mention.Last = SkipOrdinal(s, lang, j + 1) - 1;
        ReadYear(s, lang, mention);
        if (!Valid(mention))
        {
            return null;
        }
        var k = mention.Last + 1;
        var link = LinkAt(s, lang, k);
        if (link != DateLink.None && !s.IsPunct(k, ',') && s.TryNumber(k + 1, 1, 31, out var day2)
            && !TryMonth(s, lang, SkipOrdinal(s, lang, k + 2), out _))
        {
            var second = new DateMention
            {
                First = k + 1, Last = SkipOrdinal(s, lang, k + 2) - 1, Form = DateForm.DayMonth, Day = day2, Month = month,
                Year = mention.Year, Link = link, Previous = mention,
            };
            ReadYear(s, lang, second);
            return Valid(second) ? [mention, second] : [mention];
        }
        return [mention];
    }

    /// <summary>"24.05", "24.05.2024", "2024-05-24", "05/24/2024". A month must have two digits, so "1.5 раза" is no date.</summary>
    static List<DateMention>? TryNumeric(SentenceScan s, int i, CompiledLanguage lang, bool afterWeekday = false)
    {
        if (i >= s.Count || s.Tokens[i].Type != TokenType.Number || s.Masked(i))
        {
            return null;
        }
        if (i > 0 && s.Glued(i) && (s.IsPunct(i - 1, '.') || s.IsPunct(i - 1, '/') || s.IsPunct(i - 1, ':') || s.IsDash(i - 1)))
        {
            return null;
        }
        var sep = i + 1 < s.Count && s.Tokens[i + 1].Type == TokenType.Punct && s.Glued(i + 1) ? s.Text[s.Tokens[i + 1].Start] : '\0';
        if (sep is not ('.' or '/' or '-') || !s.Glued(i + 2) || i + 2 >= s.Count || s.Tokens[i + 2].Type != TokenType.Number)
        {
            return null;
        }
        var hasThird = s.IsPunct(i + 3, sep) && s.Glued(i + 3) && s.Glued(i + 4) && i + 4 < s.Count && s.Tokens[i + 4].Type == TokenType.Number;
        var last = hasThird ? i + 4 : i + 2;
        // A fourth part makes it a version number or an IP address.
        if (s.IsPunct(last + 1, sep) && s.Glued(last + 1) && s.Glued(last + 2) && last + 2 < s.Count && s.Tokens[last + 2].Type == TokenType.Number)
        {
            return null;
        }
        int day, month, year = 0;
        var len0 = s.Tokens[i].Length;
        if (len0 == 4 && hasThird)
        {
            if (!s.TryNumber(i, 1900, 2100, out year, 4) || !s.TryNumber(i + 2, 1, 12, out month) || !s.TryNumber(i + 4, 1, 31, out day))
            {
                return null;
            }
        }
        // «03.17 (пн), 18:00 KST — релиз»: a Korean schedule's month and day in a Russian post too, where the second number
        // cannot be a month (on a schedule line, as below).
        else if (sep == '.' && !(lang.Table.MonthFirstInNumericDates && !hasThird && s.TryNumber(i, 1, 12, out _))
                 && !(!hasThird && s.TryNumber(i, 1, 12, out _) && s.TryNumber(i + 2, 13, 31, out _) && OnAScheduleLine(s, i, lang, afterWeekday)))
        {
            if (!s.TryNumber(i, 1, 31, out day) || s.Tokens[i + 2].Length != 2 || !s.TryNumber(i + 2, 1, 12, out month)
                || (hasThird && !TryYear(s, i + 4, out year)))
            {
                return null;
            }
        }
        // "10.12 (MON)" in an English scheduler is Korea's month and day, and "11/29" has no year: both need a schedule line
        // to open (after a weekday label at most: "Mon 11/29, 6 p.m. KST —", "10.06 — Concept photos") or a weekday next
        // to them ("drops fri 9/8", "10.12 (MON)"), since "9/10" also rates, "1/4" numbers a thread and "5.27 million" counts.
        else if ((sep == '.' ? s.Tokens[i + 2].Length == 2 : sep == '/' && !hasThird) && OnAScheduleLine(s, i, lang, afterWeekday)
                 || (sep == '/' && hasThird))
        {
            if (!s.TryNumber(i, 1, 31, out var a) || !s.TryNumber(i + 2, 1, 31, out var b) || (hasThird && !TryYear(s, i + 4, out year)))
            {
                return null;
            }
            var monthFirst = a <= 12 && (b > 12 || lang.Table.MonthFirstInNumericDates);
            (month, day) = monthFirst ? (a, b) : (b, a);
            if (month > 12)
            {
                return null;
            }
        }
        else
        {
            return null;
        }
        var mention = new DateMention { First = i, Last = last, Form = DateForm.DayMonth, Day = day, Month = month, Year = year };
        return Valid(mention) ? [mention] : null;
    }

    // A number pair at token i that opens a schedule line (after a weekday label at most) or has a weekday next to it.
    static bool OnAScheduleLine(SentenceScan s, int i, CompiledLanguage lang, bool afterWeekday) =>
        afterWeekday || AfterWeekdayLabel(s, i, lang) || OpensScheduleLine(s, i, lang) || WeekdayNext(s, i + 3 + (s.IsPunct(i + 3, '(') ? 1 : 0), lang);

    // "10.12 (MON)", "now drops on 11.11 (Friday)": a weekday's label or its whole name.
    static bool WeekdayNext(SentenceScan s, int k, CompiledLanguage lang) =>
        s.Is(k, lang.WeekdayLabels) || (s.IsWord(k) && lang.Weekdays.Contains(s.Word(k)));

    // "fri 9/8", "Thu, 8/10": a weekday's short label right before it (a comma between at most).
    static bool AfterWeekdayLabel(SentenceScan s, int i, CompiledLanguage lang)
    {
        var k = s.IsPunct(i - 1, ',') ? i - 2 : i - 1;
        return k >= 0 && s.IsWord(k) && lang.WeekdayLabels.Contains(s.Word(k));
    }

    // Only a bullet before it (a weekday right before it is AfterWeekdayLabel's, or TryWeekday's), punctuation (a dash, a
    // comma, a bracket) or nothing after it, a clock time between at most ("3/10 6PM KST —", "03.10 18:00 —"); not
    // bracketed whole, as a thread numbers its posts: "(2/4)".
    static bool OpensScheduleLine(SentenceScan s, int i, CompiledLanguage lang)
    {
        if (s.IsPunct(i - 1, '(') && s.IsPunct(i + 3, ')'))
        {
            return false;
        }
        for (var t = 0; t < i; t++)
        {
            if (s.Tokens[t].Type != TokenType.Punct)
            {
                return false;
            }
        }
        var after = TimeScanner.EndOfTime(s, lang, i + 3) is > 0 and var timeEnd ? timeEnd : i + 3;
        return after >= s.Count || s.Tokens[after].Type == TokenType.Punct;
    }

    static bool TryYear(SentenceScan s, int i, out int year)
    {
        if (s.TryNumber(i, 0, 99, out year) && s.Tokens[i].Length == 2)
        {
            year += 2000;
            return true;
        }
        return s.TryNumber(i, 1900, 2100, out year, 4);
    }

    /// <summary>"через две недели", "через неделю", "in two weeks", "in a couple of weeks". Months are vague and skipped.</summary>
    static List<DateMention>? TryDuration(SentenceScan s, CompiledLanguage lang, int i)
    {
        // "a week from today", "three days from now", "three days later", «спустя неделю» (issue #9 §1.1): the duration
        // first, then what it counts from (today, or the release stated last).
        var later = s.IsWord(i) && s.Word(i).SequenceEqual("спустя");
        var fromNow = !later && !s.Is(i, lang.DurationPrepositions);
        if (fromNow && lang.Table.Language != Language.En)
        {
            return null;
        }
        var j = fromNow ? i : i + 1;
        int? count = null;
        for (var n = 0; n < 2 && s.IsWord(j) && lang.NumberWords.TryGet(s.Word(j), out var value); n++, j++)
        {
            count = n == 0 ? value : Math.Max(count ?? 1, value);
        }
        if (count is not null && s.IsWord(j) && s.Word(j).SequenceEqual("of"))
        {
            j++;
        }
        if (count is null && s.TryNumber(j, 1, MaxDurationNumber, out var number))
        {
            count = number;
            j++;
        }
        if (!s.IsWord(j) || !lang.DurationUnits.TryGet(s.Word(j), out var unitDays))
        {
            return null;
        }
        // Russian says "через неделю" without a number; English always has one ("in a week").
        if (count is null && lang.Table.Language != Language.Ru)
        {
            return null;
        }
        if (fromNow && s.IsWord(j + 1) && s.Word(j + 1).SequenceEqual("later"))
        {
            later = true;
            j++;
        }
        else if (fromNow)
        {
            if (!(s.IsWord(j + 1) && s.Word(j + 1).SequenceEqual("from") && s.IsWord(j + 2) && s.Word(j + 2) is "today" or "now"))
            {
                return null;
            }
            j += 2;
        }
        // "today, three days later than first planned": a comparison with the plan, no day of its own.
        if (later && s.IsWord(j + 1) && s.Word(j + 1) is "than")
        {
            return null;
        }
        if (later)
        {
            return [new DateMention { First = i, Last = j, Form = DateForm.Anaphoric, Offset = Words.SameDay, DaysLater = (count ?? 1) * unitDays }];
        }
        return [new DateMention { First = i, Last = j, Form = DateForm.Relative, Offset = (count ?? 1) * unitDays }];
    }

    static List<DateMention>? TryRelative(SentenceScan s, int i)
    {
        if (s.CueAt(i) is not { Cue.Type: CueType.RelativeDay or CueType.Anaphor } hit || hit.First != i)
        {
            return null;
        }
        // "the next day": the day after the release stated last.
        var nextDay = hit.Cue.Type == CueType.Anaphor && hit.Cue.Value == Words.NextDay;
        return [new DateMention
        {
            First = i, Last = hit.End - 1, Form = hit.Cue.Type == CueType.Anaphor ? DateForm.Anaphoric : DateForm.Relative,
            Offset = nextDay ? Words.SameDay : hit.Cue.Value, DaysLater = nextDay ? 1 : 0,
        }];
    }

    /// <summary>
    /// "on the 3rd", "The 15th is…", «15-го», «1-го числа»: a day without a month (issue #9 §1.1), anchored to the month the
    /// article is on by <see cref="Resolution.DayOnlyAnchors"/>. An ordinal before a noun ("the 12th mini album",
    /// «5-го сезона») is no date. After a weekday a bare ordinal is a day too («СРЕДА, 20-е», "Saturday 23rd").
    /// </summary>
    static List<DateMention>? TryDayOnly(SentenceScan s, CompiledLanguage lang, int i, bool afterWeekday = false, bool bareDay = false)
    {
        var j = i;
        var english = lang.Table.Language == Language.En;
        // "2nd & 3rd: episodes 3 and 4.", «17-е - Stray Kids, альбом …», «1-е (пн) - TWICE»: a schedule line opens with its
        // ordinal days, the month above; "12 — PENTAGON", a bare day, only before a dash or a bar.
        if (!afterWeekday && (i == 0 || ListedAfterDay(s, lang, i)) && s.TryNumber(i, 1, 31, out var lineDay)
            && SkipOrdinal(s, lang, i + 1) is var lineEnd && WeekdayInBrackets(s, lang, lineEnd) is var labelFrom
            && (lineEnd > i + 1 ? LabelAhead(s, lang, labelFrom, ordinal: true)
                : i == 0 && (s.IsSpacedDash(labelFrom) || s.IsPunct(labelFrom, '|')) && LabelAhead(s, lang, labelFrom, ordinal: false)))
        {
            return [new DateMention { First = i, Last = labelFrom - 1, Form = DateForm.DayOnly, Day = lineDay, OpensItsLine = true }];
        }
        if (english && (!afterWeekday || s.Is(j, lang.Determiners)))
        {
            if (!s.IsWord(j) || !s.Word(j).SequenceEqual("the"))
            {
                return null;
            }
            j++;
        }
        if (!s.TryNumber(j, 1, 31, out var day))
        {
            return null;
        }
        var end = SkipOrdinal(s, lang, j + 1);
        // "Wed 3 -- "Extraordinary Attorney Woo," episode 11": a schedule line's short weekday and bare day, the month
        // above. (After a weekday written whole, "SATURDAY 19" heads a list whose entries may have moved since: not read.)
        if (bareDay && end == j + 1 && LabelAhead(s, lang, end, ordinal: false))
        {
            return [new DateMention { First = i, Last = j, Form = DateForm.DayOnly, Day = day }];
        }
        // «20-е число» names a day as well as «20-го числа»; a bare «20-е» is as often a decade or a rank.
        // «перенесли с 23 августа на 30е», «с 1 по 5-е»: after another day's month and «на»/«по» it is that month's day.
        // «сообщило о переносе релиза на 24-е»: so it is after «на» in a sentence that moves something; «вместо 9 сентября
        // теперь 23-е»: and after «теперь» once a day with its month is named.
        var afterADay = ((s.Is(i - 1, lang.MoveWords) || s.Is(i - 1, lang.RangeWords)) && s.IsWord(i - 2) && lang.Months.Contains(s.Word(i - 2)))
                        || (s.Is(i - 1, lang.MoveWords) && CueQueries.HasCueBefore(s, i - 1, CueType.Postpone))
                        || (s.Is(i - 1, lang.NowWords) && CalendarDayBefore(s, i));
        // «1-е, воскресенье.», «21-го, суббота»: a weekday after the comma says it is a day, and which.
        DayOfWeek? weekdayAfter = !afterWeekday && s.IsPunct(end, ',') && s.IsWord(end + 1) && lang.Weekdays.TryGet(s.Word(end + 1), out var named)
            ? named : null;
        if (end == j + 1 || (!english && s.Word(end - 1) is not ("го" or "ого") && !(s.Word(end - 1) is "е" && (afterWeekday || afterADay || weekdayAfter is not null || s.Is(end, lang.DayWords)))))
        {
            return null;
        }
        if (weekdayAfter is not null && !english)
        {
            return [new DateMention { First = i, Last = end + 1, Form = DateForm.DayOnly, Day = day, WeekdayHint = weekdayAfter }];
        }
        var dayWord = s.Is(end, lang.DayWords) ? 1 : 0;
        if (MonthCounted(s, lang, end + dayWord) is var (phrase, ahead) && phrase > 0)
        {
            // "on the 20th of next month", «11-го числа следующего месяца»: the month is counted from publication.
            return [new DateMention { First = i, Last = end + dayWord + phrase - 1, Form = DateForm.DayOnly, Day = day, MonthsAhead = ahead }];
        }
        if (dayWord > 0)
        {
            end++;
        }
        else if (end < s.Count && s.Tokens[end].Type == TokenType.Word && !(s.CueAt(end) is { Cue.Type: CueType.ClauseBreak or CueType.Release or CueType.Schedule or CueType.Tense })
                 && !(s.StartsUpper(end) && s.CueAt(end) is null) && !PlaceOrHourAfter(s, lang, end)
                 && !s.Is(end, lang.InsteadWords)) // "now out on the 26th instead of the 19th"
        {
            return null;
        }
        // "The 16th and last episode": an ordinal of the kind word after it (a channel or a genre, «6-го на tvN», is no such word).
        // Not after «числа», which says the ordinal is a day («6-го числа пятый альбом»).
        for (var t = end; dayWord == 0 && t < Math.Min(s.Count, end + 3) && s.Tokens[t].Type == TokenType.Word; t++)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Kind, Cue.Strength: not KindStrength.Hint })
            {
                return null;
            }
            if (s.StartsUpper(t) || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Tense }
                || s.Is(t, lang.WithWords))
            {
                break; // «15-го числа Ви выпустит сингл», "the 10th with the mini album": the kind word is not the ordinal's
            }
        }
        return [new DateMention { First = i, Last = end - 1, Form = DateForm.DayOnly, Day = day }];
    }

    // A loop, not a lambda: a lambda capturing i would allocate on every call of TryDayOnly.
    static bool CalendarDayBefore(SentenceScan s, int i)
    {
        foreach (var d in s.Dates)
        {
            if (d.Form == DateForm.DayMonth && d.Last < i)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "will hit theaters on Christmas Eve", «в канун Нового года»: a holiday on a fixed calendar day is that day. Not in a
    /// title (EXO's "Christmas Day"), nor before a comma or a bracket that gives the day itself ("on Christmas Day, Dec. 25"),
    /// and only after a day's preposition: "a Christmas Day disaster movie", "a Halloween party" name no day, and neither
    /// does the time a story is set in ("a disaster movie set on Christmas Eve").
    /// </summary>
    static List<DateMention>? TryHoliday(SentenceScan s, CompiledLanguage lang, int i)
    {
        if (s.QuoteOf[i] >= 0 || !(s.Is(i - 1, lang.DatePrepositions) || s.Is(i - 1, lang.MoveToWords)) || s.Is(i - 2, lang.StorySettingWords))
        {
            return null;
        }
        foreach (var (phrase, month, day) in lang.HolidayDays)
        {
            if (s.PhraseLengthAt(i, phrase) is > 0 and var length && !s.IsPunct(i + length, ',') && !s.IsPunct(i + length, '('))
            {
                return [new DateMention { First = i, Last = i + length - 1, Form = DateForm.DayMonth, Day = day, Month = month }];
            }
        }
        return null;
    }

    // "of next month", «этого месяца»: the phrase's length in tokens and how many months after publication it names.
    static (int Length, int Ahead) MonthCounted(SentenceScan s, CompiledLanguage lang, int t) =>
        s.PhraseLengthAt(t, lang.NextMonthPhrases) is > 0 and var next ? (next, 1)
        : s.PhraseLengthAt(t, lang.ThisMonthPhrases) is > 0 and var current ? (current, 0)
        : (0, 0);

    // "2nd & 3rd:", "Sat 3 & Sun 4 --", "Fri 6 / Sat 7:", "Tue 5, 6 p.m. KST —": the days a schedule line lists before
    // its label ends, an hour after them.
    static bool LabelAhead(SentenceScan s, CompiledLanguage lang, int t, bool ordinal)
    {
        for (var listed = 0; listed < MaxListedDays; listed++)
        {
            if (EndsAScheduleLabel(s, t))
            {
                return true;
            }
            var hourFrom = s.IsPunct(t, ',') ? t + 1 : t;
            if (TimeScanner.EndOfTime(s, lang, hourFrom) is > 0 and var afterHour && EndsAScheduleLabel(s, afterHour))
            {
                return true;
            }
            // "Fri 6 / Sat 7:": a slash lists a line's days as "and" does.
            if (!IsListJoiner(s, lang, t) && !s.IsPunct(t, '/'))
            {
                return false;
            }
            t++;
            if (s.IsWord(t) && s.StartsUpper(t) && lang.WeekdayAbbreviations.Contains(s.Word(t)))
            {
                t++;
            }
            if (!s.TryNumber(t, 1, 31, out _))
            {
                return false;
            }
            var end = SkipOrdinal(s, lang, t + 1);
            if (ordinal && end == t + 1)
            {
                return false;
            }
            t = end;
        }
        return false;
    }

    const int MaxListedDays = 4;

    /// <summary>"and", «и», "&amp;", a comma: what lists one day after another.</summary>
    internal static bool IsListJoiner(SentenceScan s, CompiledLanguage lang, int t) => s.IsPunct(t, '&') || s.IsPunct(t, ',') || s.Is(t, lang.ListWords);

    // "2nd & 3rd": the day after a listed line day.
    static bool ListedAfterDay(SentenceScan s, CompiledLanguage lang, int i) =>
        i >= 2 && IsListJoiner(s, lang, i - 1) && s.Dates is [.., { Form: DateForm.DayOnly } previous] && previous.Last == i - 2;

    // A dash, a table's cell bar ("Mon 23 | SEVENTEEN …") or a colon after the day (not an hour's "3:00"), or the sentence's end.
    static bool EndsAScheduleLabel(SentenceScan s, int t) =>
        t >= s.Count || s.IsSpacedDash(t) || s.IsPunct(t, '|') || (s.IsPunct(t, ':') && !(t + 1 < s.Count && s.Tokens[t + 1].Type == TokenType.Number && s.Glued(t + 1)));

    // «6-го на tvN стартует», «23-го в 18:00», "on the 6th at 9 p.m.", "the 6th on Netflix": a place or an hour after the
    // ordinal, where an ordinal of a noun («5-го сезона», "the 5th on the list") has its noun. English is held to a channel
    // or platform ("tvN", "Netflix") or an hour next, since "in"/"on" also follow a rank ("the 5th on Billboard 200").
    static bool PlaceOrHourAfter(SentenceScan s, CompiledLanguage lang, int t) =>
        (s.Is(t, lang.PlacePrepositions) || s.Is(t, lang.DatePrepositions))
        && (lang.Table.Language != Language.En || s.CueAt(t + 1) is { Cue.Type: CueType.Kind, Cue.Strength: KindStrength.Hint }
            || s.Is(t + 1, lang.StreamingServices) || s.TryNumber(t + 1, 0, 24, out _));

    // «1-е (пн) -»: a short weekday in brackets after a line's day; the token after it, or t.
    static int WeekdayInBrackets(SentenceScan s, CompiledLanguage lang, int t) =>
        s.IsPunct(t, '(') && s.IsWord(t + 1) && lang.WeekdayAbbreviations.Contains(s.Word(t + 1)) && s.IsPunct(t + 2, ')') ? t + 3 : t;

    static int SkipOrdinal(SentenceScan s, CompiledLanguage lang, int j)
    {
        if (s.IsDash(j) && s.Glued(j) && s.Glued(j + 1) && s.Is(j + 1, lang.OrdinalSuffixes))
        {
            return j + 2;
        }
        return s.Glued(j) && s.Is(j, lang.OrdinalSuffixes) ? j + 1 : j;
    }

    static bool TryMonth(SentenceScan s, CompiledLanguage lang, int i, out int month)
    {
        month = 0;
        if (!s.IsWord(i) || !lang.Months.TryGet(s.Word(i), out month))
        {
            return false;
        }
        // English "may" and "march" are also a verb: only the capitalised word is a month, or one a day follows ("drops on
        // march 21" in a lower-case post).
        return lang.Table.Language != Language.En || s.StartsUpper(i) || s.Word(i) is not ("may" or "march" or "mar")
               || (s.TryNumber(i + 1, 1, 31, out _) && !s.IsWord(i + 2));
    }

    static void ReadYear(SentenceScan s, CompiledLanguage lang, DateMention mention)
    {
        var k = mention.Last + 1;
        if (s.IsPunct(k, '.') && s.Glued(k) && s.Word(mention.Last).Length <= 4)
        {
            k++; // "янв.", "Sept."
        }
        var comma = s.IsPunct(k, ',');
        if (comma)
        {
            k++;
        }
        if (!s.TryNumber(k, 1900, 2100, out var year, 4))
        {
            return;
        }
        mention.Year = year;
        mention.Last = k;
        if (s.Is(k + 1, lang.YearWords))
        {
            mention.Last = s.IsPunct(k + 2, '.') && s.Glued(k + 2) ? k + 2 : k + 1;
        }
    }

    static bool Valid(DateMention m) =>
        m.Month is >= 1 and <= 12 && m.Day >= 1 && m.Day <= DateTime.DaysInMonth(m.Year == 0 ? 2024 : m.Year, m.Month);
}
