using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Resolution;

/// <summary>
/// Year and relative-day resolution: a date mention becomes a calendar day from the publication date and the tense of
/// its clause ("24 мая" after New Year in a past-tense sentence is last May's).
/// </summary>
internal sealed class DateResolver(DateOnly publishedOn)
{
    // A future-tense date this many days before publication is still this year's (articles go out late).
    const int FutureGraceDays = 3;
    const int PastGraceDays = 1;
    const int UpcomingWindowDays = 240;

    public DateOnly? Resolve(SentenceScan s, DateMention date, int clause)
    {
        var tense = TenseOf(s, clause);
        switch (date.Form)
        {
            case DateForm.Relative:
                return publishedOn.AddDays(date.Offset);
            case DateForm.Weekday:
                return ResolveWeekday(date, tense);
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
        if (date.WeekdayHint is { } hint && options.Count(o => o.DayOfWeek == hint) == 1)
        {
            return options.First(o => o.DayOfWeek == hint);
        }
        return tense switch
        {
            Tense.Future => options.FirstOrDefault(o => o >= publishedOn.AddDays(-FutureGraceDays), options[^1]),
            Tense.Past => options.LastOrDefault(o => o <= publishedOn.AddDays(PastGraceDays), options[0]),
            // Release news looks ahead: an upcoming date within eight months beats a slightly nearer past one.
            _ => options.FirstOrDefault(o => o >= publishedOn.AddDays(-FutureGraceDays) && o.DayNumber - publishedOn.DayNumber <= UpcomingWindowDays)
                 is { Year: > 1 } upcoming ? upcoming : options.MinBy(o => Math.Abs(o.DayNumber - publishedOn.DayNumber)),
        };
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

    // Future wins over past inside a clause: "will be released" has both "will" and "released".
    public static Tense TenseOf(SentenceScan s, int clause)
    {
        if (s.Cues.Any(c => c.Cue.Type == CueType.Postpone && s.Clause[c.First] == clause))
        {
            return Tense.Future; // "has been postponed to June 12": the new date is ahead (a cancellation names none)
        }
        var tense = TenseIn(s, c => s.Clause[c.First] == clause);
        return tense != Tense.None ? tense : TenseIn(s, _ => true);
    }

    static Tense TenseIn(SentenceScan s, Func<CueHit, bool> where)
    {
        var past = false;
        foreach (var cue in s.Cues)
        {
            if (!where(cue) || cue.Cue.Type is not (CueType.Release or CueType.Schedule or CueType.Tense or CueType.Vague))
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
}
