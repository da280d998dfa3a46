using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>
/// "выпустила мини-альбом ATE", "the album GOLDEN", «клип на заглавный трек UNTOUCHABLE»: a name right after a kind word
/// that the catalog does not know is the release's title, not who made it (issue #9 §1.3, §1.7). It leaves the
/// sentence's names for its title runs. Without a catalog «альбом Чимина» may be the owner, so a run is only taken
/// when another name stands before it.
/// </summary>
internal static class UnquotedTitles
{
    public static void Take(SentenceScan s, CompiledLanguage language, bool haveCatalog)
    {
        for (var k = 0; k < s.Names.Count; k++)
        {
            var run = s.Names[k];
            if ((run.Slug is not null && !KnownNameAsTitle(s, k)) || !(AfterKindWord(s, language, run.First) || AfterOwner(s, language, k)) || (!haveCatalog && !NameBefore(s, run.First))
                || (run.End < s.Count && s.QuoteOf[run.End] >= 0) || CyrillicName(s, language, run) || ShoutedHeading(s, run))
            {
                continue; // «мини-альбом IVE «I'VE MINE»»: with the title quoted right after it, the name is the owner
            }
            // "Jack In The Box": further runs joined by bare words up to the first punctuation or cue word.
            var end = run.End;
            var last = k;
            for (var next = k + 1; next < s.Names.Count && s.Names[next].Slug is null && OnlyWordsBetween(s, end, s.Names[next].First); next++)
            {
                (end, last) = (s.Names[next].End, next);
            }
            // "HOUSE OF TRICKY: SPUR": a subtitle in capitals after a colon that the catalog does not know goes on with it
            // ("will release the album ATE: SKZ return on July 19": after a release verb's object, a verb after the
            // capitals opens a clause of its own).
            if (s.IsPunct(end, ':') && last + 1 < s.Names.Count && s.Names[last + 1] is { Slug: null } subtitle && subtitle.First == end + 1
                && InCapitals(s, subtitle.First, subtitle.End)
                && !(s.CueAt(subtitle.End) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Tense } && ObjectOfAVerb(s, run.First)))
            {
                (end, last) = (subtitle.End, last + 1);
            }
            // "Bad Desire (With or Without You)": a bracketed part belongs to the title.
            if (s.IsPunct(end, '(') && BracketClose(s, end) is > 0 and var close)
            {
                while (last + 1 < s.Names.Count && s.Names[last + 1].End <= close)
                {
                    last++;
                }
                end = close + 1;
            }
            s.TitleRuns.Add((run.First, end));
            // «мини-альбомами EASY и CRAZY»: an unknown name joined to the title by "и"/"and" is the next title.
            if (haveCatalog && last + 1 < s.Names.Count && s.Names[last + 1] is { Slug: null } joined && joined.First == end + 1
                && s.Is(end, language.ListWords))
            {
                s.TitleRuns.Add((joined.First, joined.End));
                last++;
            }
            s.Names.RemoveRange(k, last - k + 1);
            k--;
        }
    }

    // «Саб-юнит Red Velvet … представит дебютный мини-альбом Monster», "TEMPEST's EP Monster": a Latin name the catalog
    // knows (the drama "Monster") right after a record's or video's kind word, with another act the catalog knows before
    // that word in the clause, is the record's title («новый альбом BTS», with no act before it, keeps its owner).
    static bool KnownNameAsTitle(SentenceScan s, int k)
    {
        var run = s.Names[k];
        if (!TextNormalizer.IsLatin(s.Text[s.Tokens[run.First].Start]) || s.CueAt(run.First - 1) is not { Cue: { Type: CueType.Kind, Strength: KindStrength.Strong } } kind
            || kind.End != run.First || Linking.KindCueReader.Family(kind.Cue.Kind) is not (Linking.KindFamily.Record or Linking.KindFamily.Song))
        {
            return false;
        }
        for (var o = k - 1; o >= 0; o--)
        {
            var owner = s.Names[o];
            if (owner.Slug is not null && owner.Slug != run.Slug && s.Clause[owner.First] == s.Clause[run.First])
            {
                return true;
            }
        }
        return false;
    }

    // Loops, not lambdas: Take looks at every name, and capturing lambdas cost two objects a call.
    static bool NameBefore(SentenceScan s, int first)
    {
        foreach (var o in s.Names)
        {
            if (o.End <= first)
            {
                return true;
            }
        }
        return false;
    }

    // The ')' within eight tokens after the '(' at <paramref name="open"/>, or 0.
    static int BracketClose(SentenceScan s, int open)
    {
        for (var t = open + 1; t < Math.Min(s.Count, open + 9); t++)
        {
            if (s.IsPunct(t, ')'))
            {
                return t;
            }
        }
        return 0;
    }

    // Russian news quotes a Cyrillic title («Королева слёз») and leaves a Latin one bare (мини-альбом ATE): a bare Cyrillic
    // run of capitalised words after a kind word is a person, its maker or owner in the genitive («фильм Чан Джэ Хёна»);
    // «фильм Паразиты» keeps its one-word title.
    static bool CyrillicName(SentenceScan s, CompiledLanguage language, NameRun run)
    {
        if (language.Table.Language != Language.Ru || run.End - run.First < 2)
        {
            return false;
        }
        for (var t = run.First; t < run.End; t++)
        {
            if (!s.IsWord(t) || !s.StartsUpper(t) || !TextNormalizer.IsCyrillic(s.Text[s.Tokens[t].Start]))
            {
                return false;
            }
        }
        return true;
    }

    // «ДОРАМЫ НЕДЕЛИ: 13–19 июля»: capitals after a kind word in capitals are a heading's words, not a title (a Latin
    // one, «АЛЬБОМ ATE», still is).
    static bool ShoutedHeading(SentenceScan s, NameRun run) =>
        NameFinder.IsCyrillicCaps(s, run.First) && s.CueAt(run.First - 1) is { } kind && kind.End == run.First && NameFinder.IsCyrillicCaps(s, kind.First);

    // "мини-альбом ATE", and through a dash, a colon or a naming word: «Заглавный трек — X», «трек называется X». A
    // channel right after an event's word starts the event's name: «под церемонию SBS Drama Awards» is no show of SBS's
    // («предзаказ мини-альбома GLOWUP» keeps its title).
    static bool AfterKindWord(SentenceScan s, CompiledLanguage language, int first)
    {
        var t = first - 1;
        for (var skipped = 0; skipped < 2 && t > 0 && (s.IsDash(t) || s.IsPunct(t, ':') || s.Is(t, language.TitleIntroducers)
                                                       || (s.Is(t, language.VideoSongPrepositions) && s.CueAt(t - 1) is { Cue: { Type: CueType.Kind, Kind: ReleaseKind.Mv } }));
             skipped++)
        {
            t--; // a dash, a colon, "titled", or the video's «на» ("клип на TOMBOY": the video's song)
        }
        return s.CueAt(t) is { } cue && cue.End == t + 1
               && (cue.Cue.Type == CueType.Kind || (cue.Cue.Type == CueType.Release && cue.Cue.Kind != ReleaseKind.Other))
               && !InsideAName(s, cue) && !(cue.Cue.Strength == KindStrength.Hint && s.CueAt(cue.First - 1) is { Cue.Type: CueType.NotRelease });
    }

    // «сингл-альбом участника группы SS501 Пак Чон Мина Not Alone», «альбом Чимина FACE»: in Russian the owner the catalog
    // knows stands in the genitive between the kind word and a bare Latin title.
    static bool AfterOwner(SentenceScan s, CompiledLanguage language, int k)
    {
        var run = s.Names[k];
        // «сингл новой группы Зико BOYNEXTDOOR»: after a group's noun the owner is its producer and the Latin name the group.
        if (language.Table.Language != Language.Ru || k == 0 || s.Names[k - 1] is not { Slug: not null } owner || owner.End != run.First
            || !TextNormalizer.IsLatin(s.Text[s.Tokens[run.First].Start]) || TextNormalizer.IsLatin(s.Text[s.Tokens[owner.First].Start])
            || s.CueAt(owner.First - 1) is { Cue: { Type: CueType.Role, Value: (int)Role.Group } })
        {
            return false;
        }
        for (var t = owner.First - 1; t >= Math.Max(0, owner.First - OwnerReach); t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Kind, Cue.Strength: KindStrength.Strong })
            {
                return true;
            }
            if ((!s.IsWord(t) && s.Tokens[t].Type != TokenType.Number) || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.ClauseBreak })
            {
                return false;
            }
        }
        return false;
    }

    // Words between a kind word and its owner: «участника южнокорейской группы SS501».
    const int OwnerReach = 6;

    // "the Korean Film Council", "the Berlin International Film Festival": a capitalised kind word between two
    // capitalised words is part of an organisation's or an event's name.
    static bool InsideAName(SentenceScan s, CueHit cue) =>
        s.StartsUpper(cue.First) && s.IsWord(cue.First - 1) && s.StartsUpper(cue.First - 1) && s.IsWord(cue.End) && s.StartsUpper(cue.End);

    // A release verb before the kind word the title follows, with no punctuation between ("will release the album ATE").
    static bool ObjectOfAVerb(SentenceScan s, int title)
    {
        for (var t = title - 1; t >= 0 && s.Tokens[t].Type != TokenType.Punct; t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule })
            {
                return true;
            }
        }
        return false;
    }

    static bool InCapitals(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!s.IsAllUpper(t))
            {
                return false;
            }
        }
        return true;
    }

    static bool OnlyWordsBetween(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!s.IsWord(t) || s.CueOf[t] >= 0 || s.Consumed[t])
            {
                return false;
            }
        }
        return to - from <= 2;
    }
}
