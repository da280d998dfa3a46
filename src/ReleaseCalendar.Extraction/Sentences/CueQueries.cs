using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Sentences;

/// <summary>Questions about the cue words of one clause, shared by the linking and filtering stages.</summary>
internal static class CueQueries
{
    public static CueHit? Nearest(SentenceScan s, DateMention date, int clause, Func<Cue, bool> predicate)
    {
        CueHit? best = null;
        var bestGap = int.MaxValue;
        foreach (var cue in s.Cues)
        {
            if (s.Clause[cue.First] != clause || !predicate(cue.Cue))
            {
                continue;
            }
            var gap = SentenceScan.Gap(date.First, date.Last, cue.First, cue.End - 1);
            if (gap < bestGap)
            {
                (best, bestGap) = (cue, gap);
            }
        }
        return best;
    }

    // A loop, not a lambda: asked for every date read, where a capturing lambda costs two objects a call.
    public static bool HasCue(SentenceScan s, int clause, CueType type)
    {
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type == type && s.Clause[c.First] == clause)
            {
                return true;
            }
        }
        return false;
    }
}
