using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Resolution;

/// <summary>
/// Year and relative-day resolution: a date mention becomes a calendar day from the publication date and the tense of
/// its clause ("24 мая" after New Year in a past-tense sentence is last May's).
/// </summary>
internal sealed class DateResolver(DateOnly publishedOn, int? frameYear = null, CompiledLanguage? language = null)
{
    // A future-tense date this many days before publication is still this year's (articles go out late).
    const int FutureGraceDays = 3;
    const int PastGraceDays = 1;
    const int UpcomingWindowDays = 240;
    const int HintPastReachDays = 200;
    const int SureUpcomingDays = 120;

    /// <summary>The year the headline frames the article in, if any (<see cref="HeadlineYear"/>).</summary>
    public int? FrameYear => frameYear;

    public DateOnly? Resolve(SentenceScan s, DateMention date, int clause)
    {
        var tense = VerbRightBefore(s, date) is { } said ? said : TenseOf(s, clause);
        if (tense == Tense.None && language is not null && Rated(s, clause, language))
        {
            tense = Tense.Past; // «9,2% за третью серию в субботу»: a rating is reported after the broadcast
        }
        switch (date.Form)
        {
            case DateForm.Relative:
                // "drops tonight at midnight" is the next day's start; "was released today at midnight" the day's own.
                return publishedOn.AddDays(date.Offset + (date.AtMidnight && tense != Tense.Past ? 1 : 0));
            case DateForm.Weekday:
                // "moves from Friday to Monday" told on a Monday: the day moved to comes after the day left.
                // «перенесли со среды, 22 мая, на субботу»: the first such weekday after the dated day left.
                var day = ResolveWeekday(date, tense);
                var leftDay = date is { Link: DateLink.Move, Previous: { } left }
                    ? left.Form == DateForm.Weekday ? ResolveWeekday(left, tense) : left.Form == DateForm.DayMonth ? Resolve(s, left, clause) : null
                    : null;
                return leftDay is { } from && day <= from ? from.AddDays(((int)date.Weekday - (int)from.DayOfWeek + 6) % 7 + 1) : day;
        }
        if (date.Month is < 1 or > 12)
        {
            return null; // a day the calendar never gave a month (two day-only dates on one token of random text)
        }
        if (date.Year != 0)
        {
            return date.Day <= DateTime.DaysInMonth(date.Year, date.Month) ? new DateOnly(date.Year, date.Month, date.Day) : null;
        }
        var options = new List<DateOnly>(3);
        for (var year = publishedOn.Year - 1; year <= publishedOn.Year + 1; year++)
        {
            if (year is >= 1 and <= 9999 && date.Day <= DateTime.DaysInMonth(year, date.Month))
            {
                options.Add(new DateOnly(year, date.Month, date.Day));
            }
        }
        if (options.Count == 0)
        {
            return null;
        }
        // "on Sept. 8 last year", «8 сентября прошлого года»: the year before the publication's.
        if (s.CueAt(date.Last + 1) is { Cue: { Type: CueType.Vague, Value: Words.PreviousYear } } last && last.First == date.Last + 1
            && options.FirstOrDefault(o => o.Year == publishedOn.Year - 1) is { Year: > 1 } previous)
        {
            return previous;
        }
        // "on December 24 this year", «24 декабря в этом году»: the publication's year.
        if (s.Cues.Any(c => c.Cue is { Type: CueType.Vague, Value: Words.CurrentPeriod } && s.Clause[c.First] == clause)
            && options.FirstOrDefault(o => o.Year == publishedOn.Year) is { Year: > 1 } current)
        {
            return current;
        }
        var upcoming = options.FirstOrDefault(o => o >= publishedOn.AddDays(-FutureGraceDays) && o.DayNumber - publishedOn.DayNumber <= UpcomingWindowDays);
        // "Friday, May 23": the weekday picks the year, up to a year ahead, unless the day comes up within four months
        // anyway; a weekday that only another year's day has is then the writer's slip ("Wednesday, Aug. 1" in a July
        // 2013 article, "Wednesday, Dec. 24" in November 2024), not news of a day a year away.
        if (date.WeekdayHint is { } hint && options.Count(o => o.DayOfWeek == hint) == 1
            && options.First(o => o.DayOfWeek == hint) is var hinted && publishedOn.DayNumber - hinted.DayNumber <= HintPastReachDays
            && (tense == Tense.Past || upcoming.Year <= 1 || upcoming == hinted || upcoming.DayNumber - publishedOn.DayNumber > SureUpcomingDays))
        {
            return hinted;
        }
        // A recap or calendar whose headline names its year ("Netflix's Korean series of 2023", «Дорамы 2024 года»)
        // dates the yearless days that open its lines ("12 мая - «Чёрный рыцарь»") in that year, unless the clause looks
        // ahead or a past clause would land in the future. A day inside prose ("NewJeans release "Ditto 2" on Jan. 5"
        // under "2024 MAMA Awards") keeps its own year.
        if (frameYear is { } frame && tense != Tense.Future && OpensSentence(s, date)
            && options.FirstOrDefault(o => o.Year == frame) is { Year: > 1 } framed
            && (tense != Tense.Past || framed <= publishedOn.AddDays(PastGraceDays)))
        {
            return framed;
        }
        return tense switch
        {
            Tense.Future => options.FirstOrDefault(o => o >= publishedOn.AddDays(-FutureGraceDays), options[^1]),
            Tense.Past => options.LastOrDefault(o => o <= publishedOn.AddDays(PastGraceDays), options[0]),
            // Release news looks ahead: an upcoming date within eight months beats a slightly nearer past one.
            _ => upcoming.Year > 1 ? upcoming : options.MinBy(o => Math.Abs(o.DayNumber - publishedOn.DayNumber)),
        };
    }

    static bool OpensSentence(SentenceScan s, DateMention date)
    {
        for (var t = 0; t < date.First; t++)
        {
            if (s.Tokens[t].Type != TokenType.Punct)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The one year the headline (the first line's first sentence) names, within a year of publication. A month's
    /// ("Comeback calendar: December 2023") frames that month only, which day-only anchoring reads; its other days
    /// ("in the first week of January, on the 3rd") resolve as ever.
    /// </summary>
    public static int? HeadlineYear(IReadOnlyList<SentenceScan> sentences, DateOnly publishedOn, CompiledLanguage language)
    {
        if (Headline(sentences) is not { } headline)
        {
            return null;
        }
        int? found = null;
        foreach (var (year, month) in Years(headline, publishedOn, language))
        {
            if (month is not null || (found is { } other && other != year))
            {
                return null; // a month's frame, or "2024 → 2025": no one year
            }
            found = year;
        }
        return found;
    }

    /// <summary>
    /// The days a headline frames the article in: a range («РЕЛИЗЫ НЕДЕЛИ | 21–27 октября», "Releases of June 3–9") or a
    /// month with its year ("November 2023 K-pop calendar", «Камбэки января 2024»). A calendar's entries inside it are
    /// its news, also those whose day has passed.
    /// </summary>
    public (DateOnly From, DateOnly To)? HeadlineFrame(IReadOnlyList<SentenceScan> sentences, CompiledLanguage language)
    {
        if (Headline(sentences) is not { } headline)
        {
            return null;
        }
        foreach (var end in headline.Dates)
        {
            if (end is { Link: DateLink.Range, Previous: { } start } && Resolve(headline, start, headline.Clause[start.First]) is { } from
                && Resolve(headline, end, headline.Clause[end.First]) is { } to && from <= to && to.DayNumber - from.DayNumber <= 31)
            {
                return (from, to);
            }
        }
        foreach (var (year, month) in Years(headline, publishedOn, language))
        {
            if (month is { } m)
            {
                return (new DateOnly(year, m, 1), new DateOnly(year, m, DateTime.DaysInMonth(year, m)));
            }
        }
        return null;
    }

    static SentenceScan? Headline(IReadOnlyList<SentenceScan> sentences) => sentences.Count > 0 && sentences[0].Line == 0 ? sentences[0] : null;

    // The headline's years within a year of publication, each with the month named right before it ("December 2023",
    // "Jan. 2024", «января 2024»), if one is.
    static IEnumerable<(int Year, int? Month)> Years(SentenceScan headline, DateOnly publishedOn, CompiledLanguage language)
    {
        for (var i = 0; i < headline.Count; i++)
        {
            var token = headline.Tokens[i];
            if (token.Type != TokenType.Number || token.Length != 4 || headline.Masked(i))
            {
                continue;
            }
            var year = int.Parse(headline.Text.AsSpan(token.Start, 4));
            if (Math.Abs(year - publishedOn.Year) > 1)
            {
                continue;
            }
            var word = headline.IsPunct(i - 1, '.') ? i - 2 : i - 1;
            yield return (year, headline.IsWord(word) && language.Months.TryGet(headline.Word(word), out var month) ? month : null);
        }
    }

    DateOnly ResolveWeekday(DateMention date, Tense tense)
    {
        var published = publishedOn;
        var mondayOffset = ((int)published.DayOfWeek + 6) % 7;
        var weekdayOffset = ((int)date.Weekday + 6) % 7;
        return date.Modifier switch
        {
            WeekdayModifier.Next => published.AddDays(7 - mondayOffset + weekdayOffset),
            WeekdayModifier.Last => published.AddDays(-7 - mondayOffset + weekdayOffset),
            _ when tense == Tense.Past => published.AddDays(-((mondayOffset - weekdayOffset + 7) % 7)),
            _ => published.AddDays((weekdayOffset - mondayOffset + 7) % 7),
        };
    }

    /// <summary>A rating figure in the clause ("15.3 percent", «9,2%»): what it rates has aired.</summary>
    public static bool Rated(SentenceScan s, int clause, CompiledLanguage language)
    {
        for (var t = 1; t < s.Count; t++)
        {
            if (s.Clause[t] == clause && (s.IsPunct(t, '%') || s.Is(t, language.PercentWords)) && s.Tokens[t - 1].Type == TokenType.Number)
            {
                return true;
            }
        }
        return false;
    }

    // "The drama premiered on April 9 and airs every Saturday and Sunday": a release verb in the past right before the day
    // (its preposition between at most) dates it, whatever tense the rest of the clause goes on in.
    static Tense? VerbRightBefore(SentenceScan s, DateMention date)
    {
        var verb = date.First - 1;
        if (verb >= 0 && s.IsWord(verb) && s.CueAt(verb) is null && date.Form != DateForm.Relative)
        {
            verb--; // "premiered on", «вышел 9 апреля» has none
        }
        if (verb < 0 || s.CueAt(verb) is not { Cue.Type: CueType.Release } cue || cue.End != verb + 1
            || s.Cues.Exists(c => c.Cue.Tense == Tense.Future && c.End <= verb && s.Clause[c.First] == s.Clause[verb]))
        {
            return null;
        }
        // "The broadcaster said the series returns on Sunday with the episode that was meant for Saturday": a show that
        // returns in the present, with no word of tense right before it, returns ahead, whatever else the clause tells.
        var toldBefore = s.Cues.Exists(c => c.Cue.Type == CueType.Tense && c.End <= verb && verb - c.End <= 1);
        return cue.Cue switch
        {
            { Tense: Tense.Past } => Tense.Past,
            { Tense: Tense.Present, Value: Words.Return } when !toldBefore => Tense.None,
            _ => null,
        };
    }

    // Future wins over past inside a clause: "will be released" has both "will" and "released".
    public static Tense TenseOf(SentenceScan s, int clause)
    {
        if (CueQueries.HasCue(s, clause, CueType.Postpone))
        {
            return Tense.Future; // "has been postponed to June 12": the new date is ahead (a cancellation names none)
        }
        var tense = TenseIn(s, clause);
        return tense != Tense.None ? tense : TenseIn(s, null);
    }

    /// <summary>
    /// "… will release the repackage at 6 p.m. … The music video has already been released.": a clause told in the past
    /// by a word of tense ("has", "already", «уже»), not by a participle ("its video, released alongside the album"), after
    /// a sentence whose release is still to come, tells of something out before that release.
    /// </summary>
    public static bool OutBefore(SentenceScan s, int clause, SentenceScan release) =>
        s.Cues.Exists(c => c.Cue is { Type: CueType.Tense, Tense: Tense.Past } && s.Clause[c.First] == clause)
        && ClauseTense(s, clause) == Tense.Past && ReleaseTense(release) == Tense.Future;

    // The tense of a sentence's first release word, else of its clause ("TWICE released … before its next EP": past).
    static Tense ReleaseTense(SentenceScan s)
    {
        var release = s.Cues.FindIndex(c => c.Cue.Type == CueType.Release);
        return release < 0 ? Tense.None
            : s.Cues[release].Cue.Tense is var tense and not Tense.None ? tense
            : TenseOf(s, s.Clause[s.Cues[release].First]);
    }

    /// <summary>The tense a clause's own words say (none when they say none).</summary>
    public static Tense ClauseTense(SentenceScan s, int clause) => TenseIn(s, clause);

    // The tense the cue words of one clause (of the whole sentence: null) say. A clause number, not a predicate: asked for
    // every date read, a capturing lambda costs two objects a call.
    static Tense TenseIn(SentenceScan s, int? clause)
    {
        var past = false;
        foreach (var cue in s.Cues)
        {
            if (!In(s, cue, clause) || cue.Cue.Type is not (CueType.Release or CueType.Schedule or CueType.Tense or CueType.Vague or CueType.GoesOn))
            {
                continue;
            }
            // "Manhole ended on Thursday" is told in the past; "IVE release a single on Friday, after their tour ended" is not.
            if ((cue.Cue.Type == CueType.GoesOn && ReleaseIn(s, clause)) || ScheduleParticiple(s, cue) || NoteOnAnotherDay(s, cue))
            {
                continue;
            }
            if (cue.Cue.Tense == Tense.Future)
            {
                return Tense.Future;
            }
            past |= cue.Cue.Tense == Tense.Past;
        }
        if (past)
        {
            return Tense.Past;
        }
        return s.Dates.Any(d => d.Form == DateForm.Relative && d.Offset < 0) ? Tense.Past : Tense.None;
    }

    /// <summary>
    /// "• Nov. 19 — Mini album Our Days released": in a line that opens with its day and a dash or colon, a release
    /// participle that ends it, with no word of tense, names what happens that day (a schedule's entry), not a past.
    /// </summary>
    static bool ScheduleParticiple(SentenceScan s, CueHit cue)
    {
        // An English participle ("released", "unveiled"); a Russian past verb («клип уже вышел») tells a past.
        if (cue.Cue is not { Type: CueType.Release, Tense: Tense.Past } || s.Dates.Count == 0 || (cue.End < s.Count && s.Tokens[cue.End].Type != TokenType.Punct)
            || !s.Word(cue.End - 1).EndsWith("ed", StringComparison.Ordinal)
            || s.Cues.Exists(c => c.Cue is { Type: CueType.Tense, Tense: Tense.Past }))
        {
            return false;
        }
        var day = s.Dates[0];
        return s.LineOpening() == day.First && (s.IsDash(day.Last + 1) || s.IsPunct(day.Last + 1, ':')) && day.Last + 1 < cue.First;
    }

    // "Favorite: Oct. 25 (was Oct. 18)": a bracket's word before a day of its own tells of that day, not the clause's.
    // A loop, not a lambda: asked for every cue of every day resolved.
    static bool NoteOnAnotherDay(SentenceScan s, CueHit cue)
    {
        var open = s.OpenBracketOf(cue.First);
        if (open < 0)
        {
            return false;
        }
        foreach (var d in s.Dates)
        {
            if (d.First > cue.First && s.OpenBracketOf(d.First) == open)
            {
                return true;
            }
        }
        return false;
    }

    static bool In(SentenceScan s, CueHit cue, int? clause) => clause is not { } only || s.Clause[cue.First] == only;

    static bool ReleaseIn(SentenceScan s, int? clause)
    {
        foreach (var c in s.Cues)
        {
            if (In(s, c, clause) && c.Cue.Type is CueType.Release or CueType.Schedule)
            {
                return true;
            }
        }
        return false;
    }
}
