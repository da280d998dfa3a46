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
            var gap = SentenceScan.Gap(date.First, date.Last, time.First, time.Last);
            // The time belongs to whichever date of the clause is closest to it.
            var closerDate = s.Dates.Any(d => d != date && s.Clause[d.First] == clause
                                              && SentenceScan.Gap(d.First, d.Last, time.First, time.Last) < gap);
            if (!closerDate && gap < bestGap)
            {
                (best, bestGap) = (time, gap);
            }
        }
        return best;
    }
}
