using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Resolution;

/// <summary>
/// Gives a day without a month ("on the 3rd", «15-го числа») the month the article is on at that point (issue #9 §1.1):
/// the last month named before it, by a full date (not a past-tense one) or a month word ("Your October 2024 calendar", «в начале апреля»),
/// else the publication month. A year written with that month comes along; a day the month does not have is dropped.
/// </summary>
internal static class DayOnlyAnchors
{
    public static void Anchor(IReadOnlyList<SentenceScan> sentences, CompiledLanguage language, DateOnly publishedOn)
    {
        if (!sentences.Any(s => s.Dates.Any(d => d.Form == DateForm.DayOnly)))
        {
            return; // most articles: no month to track
        }
        var (month, year) = (publishedOn.Month, 0);
        var named = false; // the page was last turned by a month word ("November 2020"), not by a date or the byline
        foreach (var s in sentences)
        {
            var next = 0;
            var dayBefore = false;
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
                    if (date.Form == DateForm.DayMonth && !dayBefore && DateResolver.TenseOf(s, s.Clause[date.First]) != Tense.Past)
                    {
                        (month, year, named) = (date.Month, date.Year, false);
                    }
                    else if (date.Form == DateForm.DayOnly)
                    {
                        date.Month = month;
                        date.Year = year;
                        dayBefore = true;
                    }
                    continue;
                }
                // "19-го BLACKPINK выпустят сингл, а альбом ожидается в сентябре": a month after the sentence's own day
                // looks ahead to another release; the calendar is still on its month.
                // "It follows "Day 1" … from June": a month looked back to does not turn the page either.
                if (!dayBefore && s.IsWord(t) && !s.Consumed[t] && language.Months.TryGet(s.Word(t), out var other)
                    && (language.Table.Language != Language.En || s.StartsUpper(t)) && !LooksBack(s, t, language))
                {
                    var withYear = s.TryNumber(t + 1, 1900, 2100, out var y, 4);
                    // "November … the group's second release this year after "Fantasia X" in May": once a month word set
                    // the page, a month far ahead of it is a look back or an aside; a calendar turns only a few pages.
                    if (!named || withYear || (other - month + 12) % 12 <= PageTurnMonths)
                    {
                        (month, year, named) = (other, withYear ? y : 0, true);
                    }
                }
            }
            s.Dates.RemoveAll(d => d.Form == DateForm.DayOnly
                                   && d.Day > DateTime.DaysInMonth(d.Year == 0 ? 2024 : d.Year, d.Month));
            foreach (var date in s.Dates.Where(d => d.Form == DateForm.DayOnly).ToList())
            {
                s.Dates[s.Dates.IndexOf(date)] = new DateMention
                {
                    First = date.First, Last = date.Last, Form = DateForm.DayMonth, Day = date.Day, Month = date.Month, Year = date.Year,
                    WeekdayHint = date.WeekdayHint,
                };
            }
        }
    }

    // How many months ahead a month word may turn the calendar's page: "… and the first week of January" in December.
    const int PageTurnMonths = 3;

    // "from June", "since late February", "last August's": a month looked back to, also past "late"/«конца».
    static bool LooksBack(SentenceScan s, int month, CompiledLanguage language) =>
        s.Is(month - 1, language.LookBackWords)
        || (s.CueAt(month - 1) is { Cue.Type: CueType.Vague } vague && vague.End == month && s.Is(vague.First - 1, language.LookBackWords));
}
