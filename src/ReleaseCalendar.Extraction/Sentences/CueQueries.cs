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

    /// <summary>A month's name in the sentence (or in one clause of it), English ones capitalised ("in May", «в мае»).</summary>
    public static bool HasMonthWord(SentenceScan s, CompiledLanguage language, int clause = -1)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if ((clause < 0 || s.Clause[t] == clause) && s.IsWord(t) && language.Months.Contains(s.Word(t)) && (language.Table.Language != Language.En || s.StartsUpper(t)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A cue of the type that ends at or before token <paramref name="t"/>, in any clause («сообщило о переносе
    /// релиза на 24-е»: the move before «на»).</summary>
    public static bool HasCueBefore(SentenceScan s, int t, CueType type)
    {
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type == type && c.End <= t)
            {
                return true;
            }
        }
        return false;
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
