namespace ReleaseCalendar.Extraction.Linking;

/// <summary>Links a time mention to the date it belongs to.</summary>
internal static class TimeLinker
{
    public static TimeMention? TimeFor(SentenceScan s, DateMention date, int clause)
    {
        TimeMention? best = null;
        var bestGap = int.MaxValue;
        foreach (var time in s.Times)
        {
            if (time.Alternative || s.Clause[time.First] != clause)
            {
                continue;
            }
            var gap = Distance(s, date, time);
            // The time belongs to whichever date of the clause is closest to it, counting a comma after the time and
            // before a date as far: «сегодня 11-я серия в 14:50 по Москве, завтра 12-я» is today's time, while "Friday,
            // Aug. 5, 12:00" is the date's.
            var closerDate = s.Dates.Any(d => d != date && s.Clause[d.First] == clause && Distance(s, d, time) < gap);
            if (!closerDate && gap < bestGap)
            {
                (best, bestGap) = (time, gap);
            }
        }
        return best;
    }

    const int CommaDistance = 1000;

    static int Distance(SentenceScan s, DateMention date, TimeMention time)
    {
        var gap = SentenceScan.Gap(date.First, date.Last, time.First, time.Last);
        for (var t = time.Last + 1; t < date.First; t++)
        {
            if (s.IsPunct(t, ',') || s.IsPunct(t, ';'))
            {
                return CommaDistance + gap;
            }
        }
        return gap;
    }
}
