using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Linking;

/// <summary>A kind word of a sentence: what it names, how sure, and whether it is only what the release belongs to.</summary>
internal readonly record struct KindCue(int First, int End, ReleaseKind Kind, KindStrength Strength, bool Container);

internal enum KindFamily
{
    Record,
    Song,
    Ost,
    Show,
    Film,
    Other,
}

/// <summary>Kind mentions of a sentence ("альбом", "music video", "first episode") and how they relate.</summary>
internal static class KindCueReader
{
    const int ContainerLookBack = 4;
    const int CoordinationGap = 3;

    /// <summary>The sentence's kind cues, read once: cues and consumed tokens are final after scanning. Read-only.</summary>
    public static List<KindCue> AllKindCues(SentenceScan s) => s.KindCues ??= ReadKindCues(s);

    static List<KindCue> ReadKindCues(SentenceScan s)
    {
        var list = new List<KindCue>();
        var seriesOfRecords = -1; // the end of a record series' episode word, whose untitled complement goes with it
        foreach (var cue in s.Cues)
        {
            if (cue.Cue.Type == CueType.Kind || (cue.Cue.Type == CueType.Release && cue.Cue.Kind != ReleaseKind.Other))
            {
                var kind = IsEpisodeAbbreviation(s, cue) ? ReleaseKind.Episode : cue.Cue.Kind;
                if (kind == ReleaseKind.Episode && PartOfARecordSeries(s, cue, list))
                {
                    seriesOfRecords = cue.End;
                    continue;
                }
                if (seriesOfRecords >= 0 && IsComplement(s, seriesOfRecords, cue))
                {
                    continue;
                }
                list.Add(new KindCue(cue.First, cue.End, kind, cue.Cue.Strength, IsContainer(s, cue, list)));
            }
        }
        return list;
    }

    // "the seventh mini album "History Of Kingdom: Part VII. Jahan," the finale of the series", «мини-альбом …,
    // завершающий серию «History Of Kingdom»», «…, которым завершается серия релизов»: an episode word after a
    // record's, in its clause or a relative clause (not "…, and episode 16 of "X" airs Sunday"), tells where the record
    // stands in its series, when the sentence has no screen work's word (an untitled "of the series" right after the
    // episode word is its own; «серия дорамы «Х»» is a show's).
    static bool PartOfARecordSeries(SentenceScan s, CueHit cue, List<KindCue> earlier) =>
        earlier.Any(k => !k.Container && k.Kind is ReleaseKind.Album or ReleaseKind.Ep
                         && (s.Clause[k.First] == s.Clause[cue.First] || s.RelativeClauses.Contains(s.Clause[cue.First])))
        && !s.Cues.Any(c => c.Cue.Type is CueType.Kind or CueType.Release && c.Cue.Kind is ReleaseKind.Drama or ReleaseKind.Film
                            && !IsComplement(s, cue.End, c));

    // A screen work's word right after an episode word ("of the series") with no title of its own after it.
    static bool IsComplement(SentenceScan s, int episodeEnd, CueHit c) =>
        c.First >= episodeEnd && c.First - episodeEnd <= 2 && c.Cue.Kind is ReleaseKind.Drama or ReleaseKind.Film
        && !(c.End < s.Count && (s.Masked(c.End) || s.Names.Any(n => n.First == c.End)));

    // "ep 7 tonight", "eps 7-8", "ep. 7": an EP is counted before its word ("her 2nd EP"), an episode after it, written in
    // lower or title case; "EP 2 "Chapter Two"" and "The Story of Light EP.1" number EPs.
    // Written all in lower case, "eps" counts episodes wherever it stands ("all 8 eps on Netflix", "the last two eps"):
    // records are "EPs".
    static bool IsEpisodeAbbreviation(SentenceScan s, CueHit cue) =>
        cue.Cue.Kind == ReleaseKind.Ep && cue.End == cue.First + 1 && s.Word(cue.First) is "ep" or "eps"
        && !char.IsUpper(s.Text[s.Tokens[cue.First].Start + 1])
        && ((s.Word(cue.First) is "eps" && s.Text.AsSpan(s.Tokens[cue.First].Start, 3).SequenceEqual("eps"))
            || s.TryNumber(s.IsPunct(cue.End, '.') && !s.Glued(cue.End + 1) ? cue.End + 1 : cue.End, 1, 999, out _, maxLength: 3));

    public static List<KindCue> KindCues(SentenceScan s, int clause) => AllKindCues(s).Where(k => s.Clause[k.First] == clause).ToList();

    /// <summary>
    /// "войдёт в альбом", "OST к дораме", "from the album", or an album/drama named after a song/video in the same
    /// clause without "и"/"and" between them ("клип на песню из нового альбома"): the thing it belongs to.
    /// </summary>
    public static bool IsContainer(SentenceScan s, CueHit cue, List<KindCue> earlier)
    {
        for (var t = cue.First - 1; t >= Math.Max(0, cue.First - ContainerLookBack); t--)
        {
            if (s.CueAt(t) is { } hit)
            {
                if (hit.Cue.Type == CueType.Anaphor)
                {
                    // "одновременно с синглом", "at the same time as the album": the earlier release; «и одновременно клип»
                    // says when the video itself comes.
                    return hit.End != cue.First || hit.End - hit.First > 1;
                }
                if (hit.Cue.Type == CueType.Container)
                {
                    // "teams up with Bruno Mars for the single": the act's own record (not "sung by IU for the drama").
                    if (hit.Cue.Value == Words.NotAfterAct && cue.Cue.Kind is ReleaseKind.Single or ReleaseKind.Album or ReleaseKind.Ep
                        && s.NameAt(hit.First - 1) is { Slug: not null } act && act.End == hit.First)
                    {
                        return false;
                    }
                    return !IsAccompaniment(s, hit, cue) && !AccompanimentEndsBefore(s, hit, cue);
                }
                if (hit.Cue.Type == CueType.NotRelease && hit.End == cue.First && HeadNoun(s, hit.End - 1) && GenitiveAfterNoun(s, cue.First))
                {
                    return true; // «тизер клипа», «трейлер дорамы», «трек-лист альбома»: what the teaser is of, not out itself
                }
                if (hit.Cue.Type is not (CueType.Tense or CueType.New or CueType.First))
                {
                    break;
                }
            }
            if (s.Tokens[t].Type != TokenType.Word || s.Consumed[t])
            {
                break;
            }
        }
        if (cue.Cue.Kind is not (ReleaseKind.Album or ReleaseKind.Ep or ReleaseKind.Drama or ReleaseKind.Film))
        {
            return false;
        }
        if (OwnsAnotherKind(s, cue))
        {
            return true; // "the drama's OST", "the album's title track": what the next kind belongs to
        }
        foreach (var before in earlier)
        {
            if (before.Container || s.Clause[before.First] != s.Clause[cue.First]
                || before.Kind is not (ReleaseKind.Single or ReleaseKind.Mv or ReleaseKind.Ost or ReleaseKind.Episode))
            {
                continue;
            }
            if (!Coordinated(s, before.End, cue.First))
            {
                return true;
            }
        }
        return false;
    }

    // «тизер», «трейлер», «трек-лист»: an event noun heading its phrase, in the nominative, ends in a consonant (not the
    // -м of «вслед за тизером»); «во время концерта дорама …» and «вслед за тизером песня …» set a time before the subject.
    static bool HeadNoun(SentenceScan s, int t)
    {
        var w = s.Word(t);
        return w.Length > 2 && w[^1] is >= 'б' and <= 'щ' && w[^1] is not ('е' or 'и' or 'й' or 'м' or 'о' or 'у');
    }

    // A Russian noun in the genitive right after another noun is its complement: «тизер клипа», «постер дорамы».
    static bool GenitiveAfterNoun(SentenceScan s, int t)
    {
        var w = s.Word(t);
        return w.Length > 2 && w[0] is >= 'а' and <= 'я' && (w[^1] is 'а' or 'я' or 'ы' or 'и' || w.EndsWith("ов", StringComparison.Ordinal));
    }

    // How far after a possessive kind word the kind it owns may stand: "the drama's first OST".
    const int OwnedKindReach = 3;

    static bool OwnsAnotherKind(SentenceScan s, CueHit cue)
    {
        var t = cue.End;
        if (!s.IsPossessive(t))
        {
            return false;
        }
        for (var k = t + 2; k < Math.Min(s.Count, t + 2 + OwnedKindReach); k++)
        {
            if (s.CueAt(k) is { Cue.Type: CueType.Kind } owned && owned.Cue.Kind != cue.Cue.Kind)
            {
                return true;
            }
        }
        return false;
    }

    // Russian "с" + instrumental is "with" ("дебютировала с мини-альбомом"), + genitive is "from" ("трек с альбома").
    static bool IsAccompaniment(SentenceScan s, CueHit container, CueHit kind)
    {
        if (!s.Word(container.First).SequenceEqual("с"))
        {
            return false;
        }
        var word = s.Word(kind.End - 1);
        foreach (var ending in InstrumentalEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    static readonly string[] InstrumentalEndings = ["ом", "ем", "ой", "ей", "ами", "ями", "ью"];

    // «а вместе с ним клип на заглавную песню»: «с» governs the pronoun before the kind word, and the kind (not in the
    // instrumental) is what comes with it.
    static bool AccompanimentEndsBefore(SentenceScan s, CueHit container, CueHit kind)
    {
        if (!s.Word(container.First).SequenceEqual("с"))
        {
            return false;
        }
        for (var t = container.End; t < kind.First; t++)
        {
            if (s.IsWord(t) && s.Word(t) is var word && (word.EndsWith("им", StringComparison.Ordinal) || word.EndsWith("ей", StringComparison.Ordinal)
                                                         || word.EndsWith("ими", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    public static bool Coordinated(SentenceScan s, int from, int to)
    {
        var gap = 0;
        for (var t = from; t < to; t++)
        {
            // A title between ("album «X» and the video", "mini album UNNATURAL + the title track MV") does not count, nor
            // a kind word naming what the video is for.
            gap += s.QuoteOf[t] < 0 && !s.InTitleRun(t) && s.CueAt(t) is not { Cue.Type: CueType.Kind } ? 1 : 0;
        }
        if (gap > CoordinationGap)
        {
            return false;
        }
        for (var t = from; t < to; t++)
        {
            if (s.IsPunct(t, ',') || s.IsPunct(t, '&') || s.IsPunct(t, '+') || s.IsPunct(t, '/')
                || (s.IsWord(t) && s.Word(t) is "и" or "and" or "а также" or "plus"))
            {
                return true;
            }
        }
        return false;
    }

    // "первая серия", "premiere episode": the drama's release, not one episode.
    public static ReleaseKind PremiereAware(SentenceScan s, KindCue cue)
    {
        if (cue.Kind != ReleaseKind.Episode)
        {
            return cue.Kind;
        }
        for (var t = cue.First - 1; t >= Math.Max(0, cue.First - 2); t--)
        {
            if (s.CueAt(t) is { } hit && (hit.Cue.Type == CueType.First || (hit.Cue.Type == CueType.Release && hit.Cue.Kind == ReleaseKind.Drama)))
            {
                return ReleaseKind.Drama;
            }
        }
        return ReleaseKind.Episode;
    }

    public static bool HasNewBefore(SentenceScan s, int first)
    {
        for (var t = first - 1; t >= Math.Max(0, first - 3); t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.New })
            {
                return true;
            }
        }
        return false;
    }

    public static KindFamily Family(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Album or ReleaseKind.Ep => KindFamily.Record,
        ReleaseKind.Single or ReleaseKind.Mv => KindFamily.Song,
        ReleaseKind.Ost => KindFamily.Ost,
        ReleaseKind.Drama or ReleaseKind.Episode => KindFamily.Show,
        ReleaseKind.Film => KindFamily.Film,
        _ => KindFamily.Other,
    };
}
