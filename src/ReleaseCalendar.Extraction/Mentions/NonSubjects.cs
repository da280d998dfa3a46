using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>
/// Capitalised names that never perform a release (issue #9 §1.2): places in any case form ("in the United States",
/// «в Сеуле»), the name after an organisation noun ("on her label ODD ATELIER", «на канале JTBC»), a company ("JYP Entertainment"), and a fandom
/// greeted at the start of a post ("MY, камбэк состоялся!", "STAY, it's out!!!") when another name follows, a time zone
/// ("Feb. 28 KST", «по МСК»), a countdown ("D-8"), a name an attribute word describes ("their first Christmas release"),
/// a broadcast slot ("Monday-Tuesday drama"), a name compared with ("the first group since aespa", «больше, чем BTS») and
/// one the release comes after («через неделю после BSS») and the outlet a report quotes ("told Billboard", «по данным
/// Sports Seoul»).
/// A name compared with and a company stay out even when the catalog knows them; other catalog names always stay.
/// </summary>
internal static class NonSubjects
{
    public static void Drop(SentenceScan s, CompiledLanguage language)
    {
        if (s.Names.Count == 0)
        {
            return;
        }
        // Decided over the whole list before any name leaves it: some checks look at the other names ("MY, камбэк
        // состоялся!" needs a name after the greeting; a mourned name may stand after another).
        List<NameRun>? drop = null;
        foreach (var r in s.Names)
        {
            if (Dropped(s, r, language))
            {
                (drop ??= []).Add(r);
            }
        }
        if (drop is not null)
        {
            s.Names.RemoveAll(drop.Contains);
        }
    }

    static bool Dropped(SentenceScan s, NameRun r, CompiledLanguage language) =>
        // "since aespa", "since global sensation BTS" is never the performer, even for a name the catalog knows.
        s.WordBefore(r.First, AttributeReach + 1, language.ComparisonWords, LowerCaseWord)
        || s.Is(r.First - 1, language.AfterWords)
        || IsCompany(s, r, language) || InOrganisationName(s, r, language) || AgencyWord(s, r, language)
        || IsBehind(s, r, language)
        || Mourned(s, r, language)
        || OwnsTheOutlet(s, r, language)
        || InKindWord(s, r)
        || InChannelName(s, r, language)
        || s.Is(r.End, language.AppNouns) // "a live broadcast on the V app"
        || (r.Slug is null
            && ((language.PlaceStarts.Contains(Start(s, r)) && language.Places.Contains(ExtractionCatalog.Key(r.Text)))
                || s.Is(r.First - 1, language.OrganisationNouns)
                || s.PhraseEndsAt(r.First - 1, language.SourcePhrases)
                || IsZone(s, r, language)
                || IsWeekdaySlot(s, r, language)
                || (r.End - r.First == 1 && s.Word(r.First) is "tv" or "тв") // "Olympic gaps on TV"
                || IsGreeting(s, r)
                || IsCountdown(s, r)
                || IsAttribute(s, r, language)
                || (r.End - r.First == 1 && language.WeekdayLabels.Contains(s.Word(r.First)))));

    // «после ухода из JYP», "The JYP girl group", «новой группы JYP», "JYP just confirmed": a one-word name that is also an
    // agency's (or a platform's, an award's) is that organisation where it is spoken of as one — what an act leaves or
    // comes from, what a group belongs to, who announces — even where the catalog knows a person by it (J.Y. Park as
    // "JYP"); "JYP is back", "JYP drops his single" are the man.
    static bool AgencyWord(SentenceScan s, NameRun run, CompiledLanguage language)
    {
        if (run.Slug is null || run.End - run.First != 1 || !s.Is(run.First, language.Organisations))
        {
            return false;
        }
        var after = s.IsWord(run.End) && s.CueAt(run.End) is null ? run.End + 1 : run.End; // "JYP just confirmed"
        return s.CueAt(run.First - 1) is { Cue.Type: CueType.Container or CueType.Role } before && before.End == run.First
               || s.CueAt(run.End) is { Cue.Type: CueType.Role }
               || s.CueAt(after) is { Cue.Type: CueType.Announce };
    }

    // "after the death of SHINee's Jonghyun", "the day of Jonghyun's funeral", «посвящена Джонхёну», «после смерти Джонхёна
    // из SHINee»: someone mourned or honoured, never the performer, even a name the catalog knows. Between the word and the
    // name only lower-case words, other names and a possessive's marks.
    static bool Mourned(SentenceScan s, NameRun run, CompiledLanguage language) =>
        (run.Possessive && s.Is(s.IsPossessive(run.End) ? run.End + 2 : run.End, language.MemorialNouns))
        || s.WordBefore(run.First, MemorialReach, language.MemorialWords, InMourningWords);

    static bool InMourningWords(SentenceScan s, int t) =>
        LowerCaseWord(s, t) || s.NameAt(t) is not null || s.IsPossessive(t) || (t > 0 && s.IsPossessive(t - 1));

    const int MemorialReach = 5;

    // "KBS 2TV's hit drama": the "TV" glued to the channel's number is the channel's name, not an act.
    static bool InChannelName(SentenceScan s, NameRun run, CompiledLanguage language) =>
        run.Slug is null && run.End - run.First == 1 && run.First >= 2 && s.Tokens[run.First - 1].Type == TokenType.Number && s.Glued(run.First)
        && s.Is(run.First - 2, language.TvWords);

    // "'GOLD' album & M/V release": the V of "M/V" is the kind word's letter, not the act V.
    static bool InKindWord(SentenceScan s, NameRun run) =>
        s.CueAt(run.First) is { Cue.Type: CueType.Kind } kind && kind.First < run.First;

    // "JYP Entertainment", "Big Hit Music said": the agency, even where the catalog knows its founder J.Y. Park as "JYP".
    // "ILLIT Music Video", "SEVENTEEN Records Fastest Sellout", "NewJeans Media Showcase": headline words, not a company.
    static bool IsCompany(SentenceScan s, NameRun run, CompiledLanguage language) =>
        s.IsWord(run.End) && s.StartsUpper(run.End) && s.CueAt(run.End) is null
        && (s.Is(run.End, language.CompanyWords)
            || (s.Is(run.End, language.CompanyTailWords) && !(s.IsWord(run.End + 1) && s.StartsUpper(run.End + 1))));

    // "its Chinese label Label V", "on Channel A": a capitalised organisation noun starts the organisation's own name,
    // whatever act the catalog knows by the word after it. Opening a sentence, where every word is capitalised, only a
    // label's ("Label SJ has updated the schedule"; «Агентство SEVENTEEN объявило» is SEVENTEEN's agency).
    static bool InOrganisationName(SentenceScan s, NameRun run, CompiledLanguage language) =>
        (run.First > 1 ? s.Is(run.First - 1, language.OrganisationNouns) : run.First == 1 && s.Is(0, language.NamedLabelNouns))
        && s.StartsUpper(run.First - 1);

    // "MV just dropped on JYP's channel": whose channel a post is on tells where, not who performs ("IU's agency said"
    // names the performer: only a channel or platform after "on" is a place), also "on SEVENTEEN's official YouTube channel".
    static bool OwnsTheOutlet(SentenceScan s, NameRun run, CompiledLanguage language)
    {
        var after = s.IsPossessive(run.End) ? run.End + 2 : run.End + 1;
        return run.Possessive && s.Is(run.First - 1, language.OnWords)
               && (s.Is(after, language.OutletNouns) || (s.IsWord(after) && !s.StartsUpper(after) && s.Is(after + 1, language.OutletNouns)));
    }

    // "the agency behind BTOB", "the label behind NewJeans," — not "the story behind NewJeans' new single".
    static bool IsBehind(SentenceScan s, NameRun run, CompiledLanguage language) =>
        s.Is(run.First - 1, language.BehindWords) && !run.Possessive && !s.IsPunct(run.End, '\'')
        && (s.Is(run.First - 2, language.OrganisationNouns) || s.CueAt(run.First - 2) is { Cue.Type: CueType.Role });

    // How many lower-case words may stand between an attribute word and the name it describes: "their first-ever".
    const int AttributeReach = 3;

    // "their first-ever Christmas release", «в День святого Валентина»: the name describes a thing, nobody performs.
    static bool IsAttribute(SentenceScan s, NameRun run, CompiledLanguage language) =>
        s.WordBefore(run.First, AttributeReach + 1, language.AttributeWords, LowerCaseWord);

    static bool LowerCaseWord(SentenceScan s, int t) => (s.IsWord(t) && !s.StartsUpper(t) && s.CueAt(t) is null) || (s.IsDash(t) && s.Glued(t));

    // "D-8", "D-DAY": a teaser schedule's countdown, not an act.
    static bool IsCountdown(SentenceScan s, NameRun run) => s.CountdownAt(run.First) > 0;

    // The first letters of a name's first word: most names are no place, and the key costs allocations.
    static ReadOnlySpan<char> Start(SentenceScan s, NameRun run) => s.Word(run.First)[..Math.Min(3, s.Tokens[run.First].Length)];

    static bool IsZone(SentenceScan s, NameRun run, CompiledLanguage language) =>
        language.Zones.TryMatch(s.Lower, s.Tokens, run.First, out _, out var end) && end == run.End;

    // "SBS's hit Monday-Tuesday drama", "a new Wednesday-Thursday series": a broadcast slot, not who made the show;
    // "on consecutive Wednesdays": days that recur.
    static bool IsWeekdaySlot(SentenceScan s, NameRun run, CompiledLanguage language)
    {
        var weekdays = 0;
        for (var t = run.First; t < run.End; t++)
        {
            if (!s.IsWord(t))
            {
                continue;
            }
            foreach (var part in s.Word(t).Split('-'))
            {
                if (!language.Weekdays.Contains(s.Word(t)[part]) && !language.PluralWeekdays.Contains(s.Word(t)[part]))
                {
                    return false;
                }
                weekdays++;
            }
        }
        return weekdays > 0;
    }

    static bool IsGreeting(SentenceScan s, NameRun run)
    {
        for (var t = 0; t < run.First; t++)
        {
            if (s.Tokens[t].Type != TokenType.Punct)
            {
                return false;
            }
        }
        return s.IsPunct(run.End, ',') && NameAfter(s, run.End) && !Apposition(s, run.End);
    }

    static bool NameAfter(SentenceScan s, int end)
    {
        foreach (var o in s.Names)
        {
            if (o.First > end)
            {
                return true;
            }
        }
        return false;
    }

    // "NCT DOJAEJUNG, made up of Doyoung, …, released", "ENHYPEN, the first boy band since BTS, released": a comma that
    // opens an aside closed by another comma before a release or tense word follows a subject, not a greeted fandom.
    static bool Apposition(SentenceScan s, int comma)
    {
        if (s.CueAt(comma + 1) is { Cue.Type: CueType.Role })
        {
            return true;
        }
        for (var t = comma + 2; t + 1 < s.Count; t++)
        {
            if (s.IsPunct(t, ',') && s.CueAt(t + 1) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Tense })
            {
                return true;
            }
        }
        return false;
    }
}
