using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Linking;

/// <summary>Links a time mention to the date it belongs to.</summary>
internal static class TimeLinker
{
    public static TimeMention? TimeFor(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
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
            // The time belongs to whichever date of the clause is closest to it, and to the days listed with that one
            // before it («Сегодня и завтра, 16:00 мск», "Saturday and Sunday at 9 p.m."). A weekly slot is the show's
            // hour on its days ("airs at 10 p.m. Fridays starting June 2"), unless the day is said to leave it ("instead
            // of its usual slot every Saturday at 7:55 p.m.", «а не как обычно каждую субботу в 19:55»).
            var closerDate = s.Dates.Any(d => d != date && (d.Form != DateForm.Recurring || SlotLeft(s, date, d)) && s.Clause[d.First] == clause
                                              && SentenceScan.Gap(d.First, d.Last, time.First, time.Last) < gap
                                              && !ListedBefore(s, date, d, time, language));
            if (!closerDate && gap < bestGap)
            {
                (best, bestGap) = (time, gap);
            }
        }
        return best;
    }

    static bool SlotLeft(SentenceScan s, DateMention date, DateMention slot) =>
        s.Cues.Any(c => c.Cue.Type == CueType.MovedFrom && c.First > date.Last && c.End <= slot.First);

    // date, "and" and other (commas may list more days), and the time right after other.
    static bool ListedBefore(SentenceScan s, DateMention date, DateMention other, TimeMention time, CompiledLanguage language)
    {
        if (date.Last >= other.First || other.Last >= time.First)
        {
            return false;
        }
        var listed = false; // «вышла вчера, сегодня в 21:00 — 4-я»: a comma alone parts two clauses
        for (var t = date.Last + 1; t < other.First; t++)
        {
            if (s.Is(t, language.ListWords))
            {
                listed = true;
            }
            else if (!s.IsPunct(t, ','))
            {
                return false;
            }
        }
        for (var t = other.Last + 1; t < time.First; t++)
        {
            if (!s.IsPunct(t, ',') && !s.Is(t, language.DatePrepositions))
            {
                return false;
            }
        }
        return listed;
    }
}
