using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>
/// Finds the names a sentence mentions: catalog aliases first, then runs of capitalised words, Latin words
/// in Russian text ("aespa"), "RM из BTS" / "Jimin of BTS", "BTS's RM" and possessives ("NewJeans' EP").
/// Titles in quotes, cue words, dates and organisations (labels, broadcasters, charts) are never names.
/// </summary>
internal static class NameFinder
{
    // Sentence-initial Russian words with these endings are adjectives, verbs or pronouns ("Новый", "Сегодня").
    static readonly string[] CommonEndings =
        ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ом", "ем", "ет", "ит", "ут", "ют", "ат", "ят",
         "ал", "ла", "ли", "ло", "ил", "ся", "сь", "ть", "ого", "его", "ому", "ему", "ую", "юю", "ам", "ям", "ах", "ях"];

    // casual: the article often opens sentences in lower case (a social post), so it may write names so too.
    public static void Find(SentenceScan s, CompiledLanguage lang, ExtractionCatalog? catalog, bool casual)
    {
        var taken = new bool[s.Count];
        if (catalog is not null)
        {
            FindAliases(s, lang, catalog, taken, casual);
        }
        var firstWord = s.FirstWord();
        // «ЕРИН — СОЛЬНЫЙ ДЕБЮТ СЕГОДНЯ»: a line typed in capitals capitalises every word; with a catalog to know the acts
        // by, its other Cyrillic words are no names.
        var shouted = catalog is not null && ShoutedCyrillic(s);
        for (var i = 0; i < s.Count; i++)
        {
            // The "S" of a shouted "JUNIOR'S" is the possessive's, not a one-letter name like "V".
            if (taken[i] || !IsNameToken(s, lang, i, i == firstWord) || (shouted && IsCyrillicCaps(s, i)) || (i > 0 && s.IsPossessive(i - 1))
                || AfterAContraction(s, lang, i) || (s.Is(i, lang.ContractedPronouns) && s.IsPossessive(i + 1)))
            {
                continue;
            }
            var end = i + 1;
            while (true)
            {
                if (end < s.Count && !taken[end] && (IsNameToken(s, lang, end, false) || ContinuesName(s, lang, end)) && !HardBreakBefore(s, end))
                {
                    end++;
                }
                else if (end + 1 < s.Count && s.Tokens[end].Type == TokenType.Punct && s.Glued(end) && s.Glued(end + 1)
                         && s.Text[s.Tokens[end].Start] is ')' or '.' or '&' or '-' && !taken[end + 1] && IsNameToken(s, lang, end + 1, false))
                {
                    end += 2; // "(G)I-DLE", "B.I"
                }
                else if (s.Is(end, lang.NameJoiners) && end + 1 < s.Count && !taken[end + 1] && IsNameToken(s, lang, end + 1, false))
                {
                    end += 2;
                }
                else if (s.IsPossessive(end) && end + 2 < s.Count && !taken[end + 2] && IsNameToken(s, lang, end + 2, false))
                {
                    end += 3; // "BTS's RM"
                }
                else if (end < s.Count && s.Tokens[end].Type == TokenType.Number && !s.Consumed[end] && !s.Masked(end) && !s.Glued(end))
                {
                    end++; // "NCT 127"
                }
                else
                {
                    break;
                }
            }
            var single = end - i == 1 && i == firstWord && TextNormalizer.IsCyrillic(s.Text[s.Tokens[i].Start]);
            // "Newcomers get their turn…", "Updated calendar: …": an English word with a verb's or plural's ending,
            // capitalised only because it opens the sentence, counts only when the article capitalises it elsewhere.
            var initialWord = single || (end - i == 1 && i == firstWord && !s.IsPossessive(end)
                                         && IsPlainCapitalised(s.Text.AsSpan(s.Tokens[i].Start, s.Tokens[i].Length)) && LooksCommonEnglish(s.Word(i)));
            var run = new NameRun { First = i, End = end, Text = WithOpeningParen(s, i, end), InitialOnly = initialWord };
            if (s.IsPossessive(end) || (end < s.Count && s.IsPunct(end, '\'') && s.Glued(end) && s.Word(end - 1).EndsWith('s')))
            {
                run.Possessive = true;
            }
            if (!ContainsOrganisation(s, lang, i, end) && !(single && LooksCommon(s.Word(i))))
            {
                s.Names.Add(run);
            }
            for (var t = i; t < end; t++)
            {
                taken[t] = true;
            }
            i = end - 1;
        }
        s.Names.Sort((a, b) => a.First.CompareTo(b.First));
        MergeJoined(s, lang);
        StripAffiliations(s, lang, catalog);
    }

    /// <summary>
    /// The subject is the person, not their group or role: "BLACKPINK's Jennie", "RM из BTS", "Natty of KISS OF LIFE",
    /// «участница BLACKPINK Джису» and "BLACKPINK member Jennie" are all written as the member. Spans stay whole, so
    /// position scoring still sees where the name stood.
    /// </summary>
    static void StripAffiliations(SentenceScan s, CompiledLanguage lang, ExtractionCatalog? catalog)
    {
        var listOfGroups = false; // the last name was a group after "members of", or listed after one
        for (var k = 0; k < s.Names.Count; k++)
        {
            var run = s.Names[k];
            var roleBefore = s.CueAt(run.First - 1) is { Cue.Type: CueType.Role } before && before.End == run.First ? (Role)before.Cue.Value : (Role?)null;
            var roleAfter = s.CueAt(run.End) is { Cue.Type: CueType.Role } after && after.First == run.End ? (Role)after.Cue.Value : (Role?)null;
            var nextAdjacent = k + 1 < s.Names.Count && s.Names[k + 1].First == run.End;
            var membersOf = MembersOf(s, run, lang, out var plural);
            var listed = listOfGroups && roleAfter is null && ListedAfter(s, s.Names[k - 1], run, lang);
            // "members of SHINee, EXO and NCT" lists groups; "Taemin, a member of SHINee, IU and Suzy" goes back to acts.
            listOfGroups = (membersOf && plural) || listed;
            // «дебют первого саб-юнита Red Velvet»: after a unit word, a group the catalog names units after is the unit's group.
            var unitsGroup = catalog is not null && run.Slug is not null && s.Is(run.First - 1, lang.UnitNouns) && catalog.BeginsLongerName(run.Text);
            var groupOfMember = GroupOfMember(s, run, k, lang);
            if (roleAfter == Role.Member || (roleBefore == Role.Member && nextAdjacent) || groupOfMember || membersOf || listed || unitsGroup)
            {
                // "Baekhyun of boy band EXO and Suzy of girl group miss A": the member's span takes in its group, as "RM
                // of BTS" does, so that the list goes on past it.
                if (groupOfMember)
                {
                    s.Names[k - 1].End = run.End;
                }
                run.Affiliation = true; // "members of SHINee, EXO, NCT and WayV": the whole list
                // "The NCT and WayV member released his first mini album": groups listed before a member noun that names
                // nobody after it are the member's groups too.
                if (roleAfter == Role.Member && !(k + 1 < s.Names.Count && s.Names[k + 1].First == s.CueAt(run.End)!.Value.End))
                {
                    for (var j = k - 1; j >= 0 && ListedAfter(s, s.Names[j], s.Names[j + 1], lang); j--)
                    {
                        s.Names[j].Affiliation = true;
                    }
                }
                continue;
            }
            var stripped = false;
            for (var t = run.End - 3; t > run.First && !stripped; t--)
            {
                if (s.IsPossessive(t))
                {
                    run.Text = WithOpeningParen(s, t + 2, run.End); // "BTS's RM", "KISS OF LIFE's Natty"
                    stripped = true;
                }
            }
            for (var t = run.First + 1; t + 1 < run.End && !stripped; t++)
            {
                // An upper-case "OF" is part of a stylised name ("KISS OF LIFE"), not a joiner.
                if (s.Is(t, lang.NameJoiners) && !s.IsAllUpper(t) && IsMembership(s, run, t, catalog))
                {
                    run.Text = WithOpeningParen(s, run.First, t); // "RM из BTS", "Natty of KISS OF LIFE"
                    stripped = true;
                }
            }
            if (roleBefore == Role.Member && run.Slug is null && MemberSplit(s, run) is var split and > 0)
            {
                run.Text = WithOpeningParen(s, split, run.End); // «участник BTS RM», «солистка BLACKPINK Джису»
            }
        }
        s.Names.RemoveAll(r => r.Affiliation);
    }

    // Only a comma or a list word between two names: "SHINee, EXO", "NCT and WayV".
    static bool ListedAfter(SentenceScan s, NameRun previous, NameRun run, CompiledLanguage lang) =>
        run.First - previous.End == 1 && (s.IsPunct(previous.End, ',') || s.Is(previous.End, lang.ListWords))
        || run.First - previous.End == 2 && s.IsPunct(previous.End, ',') && s.Is(previous.End + 1, lang.ListWords);

    // "Baekhyun of boy band EXO", "Seulgi of girl group Red Velvet", «Тэиль из группы NCT»: the group after "of"/«из» and a
    // group noun belongs to the name just before them.
    // "D.O. of boy band EXO": the name's own closing period stands between it and "of".
    static bool GroupOfMember(SentenceScan s, NameRun run, int k, CompiledLanguage lang) =>
        k > 0 && s.CueAt(run.First - 1) is { Cue.Type: CueType.Role, Cue.Value: (int)Role.Group } group && group.End == run.First
        && s.Is(group.First - 1, lang.NameJoiners)
        && (s.Names[k - 1].End == group.First - 1 || (s.Names[k - 1].End == group.First - 2 && s.IsPunct(group.First - 2, '.') && s.Glued(group.First - 2)));

    // "who were members of GFRIEND", "a former member of girl group Wonder Girls": the group
    // after a member noun and "of" is whose members the sentence speaks of, not who releases.
    static bool MembersOf(SentenceScan s, NameRun run, CompiledLanguage lang, out bool plural)
    {
        plural = false;
        var t = run.First - 1;
        if (s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Group } } group && group.End == run.First)
        {
            t = group.First - 1;
            // «выступавший в составе группы MONSTA X»: a line-up word before a group noun places the name in that group
            // (before names alone it lists the line-up: «дуэт в составе X и Y»).
            if (s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Lineup } } lineup && lineup.End == group.First)
            {
                return true;
            }
            // «B.I, бывший лидер группы iKON,»: a member noun right before the group noun, in the genitive, says whose
            // member another name is; with no other name («песню исполнила солистка группы Davichi») the group stands
            // for its singer.
            if (s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Member } } genitive && genitive.End == group.First
                && OtherNameThan(s, run, int.MaxValue))
            {
                plural = PluralNoun(s.Word(genitive.End - 1));
                return true;
            }
        }
        if (s.Is(t, lang.NameJoiners) && s.CueAt(t - 1) is { Cue: { Type: CueType.Role, Value: (int)Role.Member } } member && member.End == t)
        {
            plural = PluralNoun(s.Word(member.End - 1));
            return true;
        }
        // "NCT U - the rotating unit of NCT -": a group noun and "of" before the name say whose unit another name is.
        return s.Is(t, lang.NameJoiners) && s.CueAt(t - 1) is { Cue: { Type: CueType.Role, Value: (int)Role.Group } } unit && unit.End == t
               && OtherNameThan(s, run, unit.First);
    }

    // A name ending by token <paramref name="end"/> that is not <paramref name="run"/> nor, by its slug, the same act. A loop,
    // not a lambda: MembersOf runs for every name, and the lambda's captures cost each call two objects.
    static bool OtherNameThan(SentenceScan s, NameRun run, int end)
    {
        foreach (var n in s.Names)
        {
            if (n != run && n.End <= end && (n.Slug is null || n.Slug != run.Slug))
            {
                return true;
            }
        }
        return false;
    }

    // "members", «участники», «участницы», «лидеры», «участников», «участниц».
    static bool PluralNoun(ReadOnlySpan<char> noun) =>
        noun.EndsWith('s') || noun.EndsWith("ки") || noun.EndsWith("цы") || noun.EndsWith("ры") || noun.EndsWith("ков") || noun.EndsWith("ниц");

    // "из" always joins a member to a group; "of" also makes titles ("Queen of Tears"), so it needs a group-like tail.
    static bool IsMembership(SentenceScan s, NameRun run, int joiner, ExtractionCatalog? catalog)
    {
        if (!s.Word(joiner).SequenceEqual("of"))
        {
            return true;
        }
        if (catalog?.Resolve(s.Slice(run.First, joiner)) is not null)
        {
            return true;
        }
        for (var t = joiner + 1; t < run.End; t++)
        {
            if (s.Tokens[t].Type == TokenType.Number || (s.Tokens[t].Length >= 2 && s.IsAllUpper(t)))
            {
                return true;
            }
        }
        return false;
    }

    // After "участник": the group, then the person. Split where the script changes, or after a capitalised group word.
    static int MemberSplit(SentenceScan s, NameRun run)
    {
        var words = 0;
        for (var t = run.First; t < run.End; t++)
        {
            if (s.Tokens[t].Type != TokenType.Word)
            {
                continue;
            }
            words++;
            if (t > run.First && s.Tokens[t - 1].Type == TokenType.Word
                && TextNormalizer.IsCyrillic(s.Text[s.Tokens[t].Start]) != TextNormalizer.IsCyrillic(s.Text[s.Tokens[t - 1].Start]))
            {
                return t;
            }
        }
        return words == 2 && s.Tokens[run.First].Type == TokenType.Word && s.IsAllUpper(run.First) && s.Tokens[run.End - 1].Type == TokenType.Word
            ? run.End - 1
            : 0;
    }

    // Catalog aliases are found one by one: join "RM" + "из" + "BTS" (the first is the subject) and
    // "BTS" + "'s" + "RM" (the second is).
    static void MergeJoined(SentenceScan s, CompiledLanguage lang)
    {
        for (var k = 0; k + 1 < s.Names.Count; k++)
        {
            var (a, b) = (s.Names[k], s.Names[k + 1]);
            // "D.O. из EXO": a name's own closing period (its alias also written "D.O") before the joiner.
            var joiner = s.IsPunct(a.End, '.') && s.Glued(a.End) ? a.End + 1 : a.End;
            var joined = b.First == joiner + 1 && s.Is(joiner, lang.NameJoiners);
            var possessive = (b.First == a.End + 2 && s.IsPossessive(a.End))
                             || (b.First == a.End + 1 && s.IsPunct(a.End, '\'') && s.Glued(a.End));
            if (!joined && !possessive)
            {
                continue;
            }
            s.Names[k] = new NameRun
            {
                First = a.First, End = b.End, Text = WithOpeningParen(s, a.First, b.End),
                Slug = possessive ? b.Slug ?? a.Slug : a.Slug ?? b.Slug, Possessive = b.Possessive,
            };
            s.Names.RemoveAt(k + 1);
            k--;
        }
    }

    // "the crowd crush in Itaewon", "the highlight of the year", "TVXQ mark their anniversary": in prose that capitalises
    // its sentences, a catalog name the catalog never writes in lower case ("Crush", "HIGHLIGHT", "Mark") that stands in
    // lower case right after a Latin word is that word ("- Album highlight medley" too). After a role noun it is a name
    // however written ("girl group crush"), and after punctuation a stylised one ("On June 20, xikers return").
    static bool WordBefore(SentenceScan s, int i) =>
        s.IsWord(i - 1) && TextNormalizer.IsLatin(s.Text[s.Tokens[i - 1].Start]) && s.CueAt(i - 1) is not { Cue.Type: CueType.Role };

    // "concept trailer, track list, highlight medley", "Track list + highlight medley", "Concept photos (three versions),
    // highlight medley", "D-5 — highlight medley of the album": after a list's comma or "+" (with a Latin word or a closing
    // bracket before it) or an item's dash or colon, with a lower-case Latin word after it, it is an item, a word. An act's verb after the dash or colon keeps the
    // act ("WED 16: billlie returns").
    static bool ListedBefore(SentenceScan s, int i) =>
        (((s.IsPunct(i - 1, ',') || s.IsPunct(i - 1, '+')) && (WordBefore(s, i - 1) || s.IsPunct(i - 2, ')')))
         || ((s.IsSpacedDash(i - 1) || s.IsPunct(i - 1, ':')) && s.CueAt(i + 1) is not { Cue.Type: CueType.Release or CueType.Tense or CueType.Schedule }))
        && s.IsWord(i + 1) && TextNormalizer.IsLatin(s.Text[s.Tokens[i + 1].Start]) && !s.StartsUpper(i + 1);

    // A token right after a spaced dash that has another spaced dash earlier in the sentence: the pair sets off an aside.
    static bool ClosesDashedAside(SentenceScan s, int i)
    {
        if (!s.IsSpacedDash(i - 1))
        {
            return false;
        }
        for (var t = i - 3; t > 0; t--)
        {
            if (s.IsSpacedDash(t))
            {
                return true;
            }
        }
        return false;
    }

    // «наён из twice», «тэян из BIGBANG»: in a post typed in lower case, a name the catalog capitalises is still that name
    // when "из"/"of" and another catalog name follow it.
    static bool OfANamedGroup(SentenceScan s, CompiledLanguage lang, ExtractionCatalog catalog, int end) =>
        s.Is(end, lang.NameJoiners) && end + 1 < s.Count && catalog.Aliases.TryMatch(s.Lower, s.Tokens, end + 1, out _, out _);

    // "the music video go live on all platforms": a lower-case word that ends a cue phrase is the phrase's, also in a
    // post written in lower case.
    static bool InsidePhrase(SentenceScan s, int i) => s.CueOf[i] >= 0 && s.Cues[s.CueOf[i]].First < i;

    // «Август с адвокатом У Ён У»: a title written in lower case before a person's name that the title goes on with
    // («Адвокат У Ён У») is still that title; a title of common words alone («королева слёз») stays a phrase.
    static bool NamedAfterLowerWord(SentenceScan s, int i, int end)
    {
        if (end - i < MinNamedTitleWords)
        {
            return false;
        }
        for (var t = i + 1; t < end; t++)
        {
            if (!s.IsWord(t) || !s.StartsUpper(t))
            {
                return false;
            }
        }
        return true;
    }

    const int MinNamedTitleWords = 3;

    // «айрин и сыльги: что вообще происходит»: a post typed in lower case writes a name of several words so too; one word
    // («луна») is too often a common word.
    const int MinLowerCaseNameTokens = 3;

    // "It's ME, It's WE", "I'm OK": a word after "it's" or "I'm" says what it is; it names no act.
    static bool AfterAContraction(SentenceScan s, CompiledLanguage lang, int i) =>
        i >= 3 && s.IsWord(i - 1) && s.Glued(i - 1) && s.Word(i - 1) is "s" or "m" or "re" && s.Tokens[i - 2].Type == TokenType.Punct
        && s.Text[s.Tokens[i - 2].Start] is '\'' or '’' && s.Is(i - 3, lang.ContractedPronouns);

    static void FindAliases(SentenceScan s, CompiledLanguage lang, ExtractionCatalog catalog, bool[] taken, bool casual)
    {
        for (var i = 0; i < s.Count;)
        {
            if (!s.Masked(i) && (!s.Consumed[i] || InRelativeDay(s, i)) && catalog.Aliases.TryMatch(s.Lower, s.Tokens, i, out var alias, out var end)
                && (!s.Consumed[i] || end - i > 1) && (!alias.Capital || (s.StartsUpper(i) && !(s.CueAt(i) is not null && s.IsAllUpper(i))) || NamedAfterLowerWord(s, i, end)
                    || (casual && (OfANamedGroup(s, lang, catalog, end) || end - i >= MinLowerCaseNameTokens)))
                && (s.StartsUpper(i) || !((alias.TitleCase && s.Is(i - 1, lang.Determiners)) || (alias.Upper && (InsidePhrase(s, i) || (!casual && (WordBefore(s, i) || ListedBefore(s, i)))))))
                && !(end - i == 1 && s.Is(i, lang.OrganisationNouns) && s.IsWord(i + 1) && s.StartsUpper(i + 1))
                // "MV Delayed By A Day": in a headline in title case an article and a noun after a preposition are a phrase,
                // not the film "A Day" (capitals tell nothing there).
                && !(end - i == 2 && s.Is(i, lang.IndefiniteArticles) && (s.Is(i - 1, lang.DatePrepositions) || s.Is(i - 1, lang.DurationPrepositions)) && s.TitleCased())
                // "…, a day earlier than planned": a title-case name that opens with an article, written in lower case outside a
                // casual post, is prose.
                && !((alias.TitleCase || alias.Upper) && !casual && end - i > 1 && !s.StartsUpper(i) && s.Is(i, lang.IndefiniteArticles))
                && !(end - i == 1 && InLongerCyrillicName(s, i))
                // A work called after a place (the film "Korea") is found by its quoted title; the word is the place.
                && !(end - i == 1 && lang.Places.Contains(ExtractionCatalog.Key(s.Slice(i, end))))
                // "…at 6 p.m. KST, nine months after …": a number word in lower case is the number (the drama "Nine" is written so).
                && !(end - i == 1 && !s.StartsUpper(i) && lang.NumberWords.TryGet(s.Word(i), out _))
                // "MV same day, same time", "the members return to their agencies": a one-word name the catalog writes only in
                // title case ("Time", "Return") is the common word when written in lower case outside a post typed so; not
                // where a listing's colon or dash puts the name first ("WED 16: billlie returns"), nor after a role noun
                // ("girl group crush").
                && !(end - i == 1 && alias.TitleCase && !casual && !s.StartsUpper(i) && !s.IsPunct(i - 1, ':') && !s.IsDash(i - 1)
                     && s.CueAt(i - 1) is not { Cue: { Type: CueType.Role, Value: (int)Role.Person or (int)Role.Group } })
                // "IVE — Yujin, Gaeul, … — return today": a lower-case word right after the dash that closes an aside goes on
                // with the clause the aside interrupted (the drama "Return" is not meant); a name the catalog writes in
                // lower case ("aespa") stays a name there ("6 p.m. — D-day — aespa release …").
                && !(!s.StartsUpper(i) && (alias.Upper || alias.Capital) && ClosesDashedAside(s, i))
                // "don’t", "isn't": a letter glued after an apostrophe ends a word (Yoon Mi-rae is also "T").
                && !(end - i == 1 && s.Tokens[i].Length == 1 && i > 0 && s.Glued(i) && s.Tokens[i - 1].Length == 1
                     && s.Text[s.Tokens[i - 1].Start] is '\'' or '’')
                && !(end - i == 1 && InLongerLatinName(s, lang, catalog, taken, i, alias.TitleCase))
                && !(end - i == 1 && s.Tokens[i].Length == 1 && !s.StartsUpper(i) && s.IsPunct(i + 1, '/') && s.Glued(i + 1))) // "w/ 'LALALALA' MV" is "with", no "W"
            {
                // "Агентство Cube Entertainment сообщило", "by small agency Attrakt": a word for an organisation before the
                // organisation's name is no act or show, even when a show is called that ("Agency returns on May 11" is).
                // "TOMORROW X TOGETHER are coming back": a catalog name of several words outranks the day word inside it.
                s.Dates.RemoveAll(d => d.Form == DateForm.Relative && d.First >= i && d.Last < end);
                var run = new NameRun
                {
                    First = i, End = end, Text = WithOpeningParen(s, i, end), Slug = alias.Slug, Possessive = s.IsPossessive(end),
                    // "Sept. 28, 11:30 p.m. — Live comeback countdown": a title-case name that is also a common word ("Live", a
                    // drama) counts at a line's or a dash's start only when named elsewhere too, as a Cyrillic one does.
                    InitialOnly = end - i == 1 && ((alias.Capital && i == s.FirstWord())
                                                   || (casual && alias.TitleCase && !s.StartsUpper(i))
                                                   || (IsPlainCapitalised(s.Slice(i, end)) && lang.NotNames.Contains(s.Word(i))
                                                       && (i == s.FirstWord() || s.IsDash(i - 1) || s.IsPunct(i - 1, ':')))),
                };
                s.Names.Add(run);
                for (var t = i; t < end; t++)
                {
                    taken[t] = true;
                }
                i = end;
            }
            else if (s.IsPunct(i - 1, '#') && s.Glued(i) && s.Tokens[i].Type == TokenType.Word && !s.Consumed[i]
                     && catalog.ResolveHashtag(s.Word(i)) is var (slug, name))
            {
                s.Names.Add(new NameRun { First = i, End = i + 1, Text = name, Slug = slug });
                taken[i] = true;
                i++;
            }
            else
            {
                i++;
            }
        }
    }

    // «Сон Джун Хён привязан к стулу», «И Джин У гонится»: a Korean name written syllable by syllable — a one-word alias
    // right beside another capitalised Cyrillic word (one not opening the sentence, when before it) is a syllable of a
    // longer name, not the film «Сон» or the singer Джин.
    internal const int MaxSyllableLetters = 4;

    static bool InLongerCyrillicName(SentenceScan s, int i)
    {
        if (!TextNormalizer.IsCyrillic(s.Text[s.Tokens[i].Start]) || IsCyrillicCaps(s, i))
        {
            return false;
        }
        return Syllable(s, i + 1) || (i - 1 != s.FirstWord() && Syllable(s, i - 1));

        // Capitalised inside the sentence, «И» and «У» are syllables, not "and" and "at"; a syllable has four letters at
        // most («в Пусане Чимин» is a place and a name).
        static bool Syllable(SentenceScan s, int t) =>
            s.IsWord(t) && s.Tokens[t].Length <= MaxSyllableLetters && s.StartsUpper(t) && !IsCyrillicCaps(s, t)
            && TextNormalizer.IsCyrillic(s.Text[s.Tokens[t].Start]);
    }

    // "a press showcase at Yes24 Live Hall", "production by LDN Noise": a one-word alias in title case right beside another
    // capitalised Latin word that is no name the catalog knows, no organisation and no cue word (one not opening the
    // sentence, when before it) is a word of a longer name, not the show "Live" or "Noise".
    static bool InLongerLatinName(SentenceScan s, CompiledLanguage lang, ExtractionCatalog catalog, bool[] taken, int i, bool titleCaseAlias)
    {
        // A headline in title case ("TWICE's Chaeyoung Finally Drops Her Solo Debut") capitalises every word. In Russian
        // prose a word in capitals that the catalog writes in title case is part of a foreign name as well («клипа LOVE
        // DIVE» is no show "Love"); one it writes in capitals is the act («ILLIT NOT CUTE ANYMORE»).
        if (!TextNormalizer.IsLatin(s.Text[s.Tokens[i].Start]) || !s.StartsUpper(i)
            || (s.IsAllUpper(i) && !(titleCaseAlias && lang.Table.Language == Language.Ru)) || s.TitleCased())
        {
            return false;
        }
        // "Big Hit says …" at the sentence's start too.
        return Other(s, i + 1) || (i > 0 && i - 1 != s.FirstWord() && !taken[i - 1] && Other(s, i - 1));

        bool Other(SentenceScan s, int t) =>
            // Not "Rapper-producer Zico": a hyphenated word before a name describes it.
            // Not "Kim Taeyeon": a surname is the same person's name.
            // In Russian prose any Latin word beside it is of the same foreign name («песня Love poem» is no show "Love").
            // Not "Kangta X Lee A-reum", "Coldplay x BTS": a collaboration's mark between two names.
            s.IsWord(t) && !s.Glued(t) && (s.StartsUpper(t) || lang.Table.Language == Language.Ru) && !lang.Surnames.Contains(s.Word(t))
            && !s.Word(t).SequenceEqual("x")
            && TextNormalizer.IsLatin(s.Text[s.Tokens[t].Start]) && (s.CueAt(t) is null || CapitalisedCue(s, t))
            && !s.Text.AsSpan(s.Tokens[t].Start, s.Tokens[t].Length).Contains('-')
            && !lang.Organisations.Contains(s.Word(t)) && !catalog.Aliases.TryMatch(s.Lower, s.Tokens, t, out _, out _);
    }

    // "Big Hit says …", "Release Live": a cue word capitalised in prose beside a title-case alias is a word of the longer
    // name (the drama "Big" is not meant); not one in capitals ("Big HIT"), which may be a title of its own.
    static bool CapitalisedCue(SentenceScan s, int t) => s.StartsUpper(t) && !s.IsAllUpper(t);

    static bool InRelativeDay(SentenceScan s, int i) => s.Dates.Any(d => d.Form == DateForm.Relative && d.First <= i && d.Last >= i);

    // "(G)I-DLE": the tokenizer splits off "(", but it belongs to the name when its ")" is inside the run.
    static string WithOpeningParen(SentenceScan s, int first, int end)
    {
        var text = s.Slice(first, end);
        return first > 0 && s.IsPunct(first - 1, '(') && s.Glued(first) && text.Contains(')', StringComparison.Ordinal)
            ? "(" + text
            : text;
    }

    static bool HardBreakBefore(SentenceScan s, int i) =>
        s.Tokens[i].Type == TokenType.Punct || (i > 0 && s.Tokens[i - 1].Type == TokenType.Punct);

    static bool IsNameToken(SentenceScan s, CompiledLanguage lang, int i, bool sentenceStart)
    {
        if (i >= s.Count || s.Masked(i) || s.Consumed[i] || s.Tokens[i].Type != TokenType.Word)
        {
            return false;
        }
        if (s.CueAt(i) is { } cue && cue.Cue.Type is not (CueType.ClauseBreak or CueType.Container))
        {
            return false;
        }
        // The letters first: most words are lower-case prose and need no lookup to say so.
        var original = s.Text.AsSpan(s.Tokens[i].Start, s.Tokens[i].Length);
        // "4minute" is as its letters are. A loop: a word seldom starts with a digit, and the generic
        // IndexOfAnyExceptInRange boxes its bounds for a one-letter word.
        var digits = 0;
        while (digits < original.Length && char.IsAsciiDigit(original[digits]))
        {
            digits++;
        }
        original = original[digits..];
        var first = original[0];
        var latin = TextNormalizer.IsLatin(first);
        var upper = latin && HasUpper(original);
        if (latin
                ? !upper && !(original.Length >= 2 && (lang.Table.LatinWordsAreNames || (sentenceStart && lang.Table.Language == Language.En)))
                : !(char.IsUpper(first) && (!sentenceStart || original.Length >= 2)))
        {
            return false;
        }
        var word = s.Word(i);
        // "TRI.BE JUST DEBUTED": a word of the moment shouted with the rest is no name (but "JUST B" goes on with a name).
        if (lang.NotNames.Contains(word) || lang.Months.Contains(word) || lang.Weekdays.Contains(word) || s.IsCompoundAdjective(i)
            || (lang.JustNowWords.Contains(word) && !(s.IsWord(i + 1) && s.CueAt(i + 1) is null && s.StartsUpper(i + 1))))
        {
            return false;
        }
        // A lower-case English sentence start is a stylised name ("aespa is gearing up"), not prose.
        return !latin || !upper || !sentenceStart || lang.Table.Language != Language.En || !IsEnglishCommon(word);
    }

    internal static bool IsCyrillicCaps(SentenceScan s, int i) =>
        s.Tokens[i].Type == TokenType.Word && s.Tokens[i].Length >= 2 && TextNormalizer.IsCyrillic(s.Text[s.Tokens[i].Start]) && s.IsAllUpper(i);

    static bool ShoutedCyrillic(SentenceScan s)
    {
        var caps = 0;
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Type != TokenType.Word || s.Tokens[i].Length < 2 || !TextNormalizer.IsCyrillic(s.Text[s.Tokens[i].Start]))
            {
                continue;
            }
            if (!IsCyrillicCaps(s, i))
            {
                return false;
            }
            caps++;
        }
        return caps >= 2;
    }

    static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    // Inside a name run, "OF" in "KISS OF LIFE" and "У" in "Ча Ын У" are name parts: capitalised mid-sentence, they
    // cannot be the function words they spell.
    static bool ContinuesName(SentenceScan s, CompiledLanguage lang, int i)
    {
        if (i >= s.Count || s.Masked(i) || s.Consumed[i] || s.Tokens[i].Type != TokenType.Word || s.CueAt(i) is not null
            || lang.JustNowWords.Contains(s.Word(i)))
        {
            return false;
        }
        var original = s.Text.AsSpan(s.Tokens[i].Start, s.Tokens[i].Length);
        return (original.Length >= 2 && TextNormalizer.IsLatin(original[0]) && s.IsAllUpper(i))
               || (original.Length <= 2 && TextNormalizer.IsCyrillic(original[0]) && char.IsUpper(original[0]));
    }

    // "Your release calendar for Oct. 21-27": a determiner opening the sentence is no name.
    static bool IsEnglishCommon(ReadOnlySpan<char> word) =>
        word is "the" or "a" or "an" or "in" or "on" or "at" or "after" or "your" or "our" or "their" or "his" or "its" or "this" or "these" or "those" or "every";

    static bool IsPlainCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsAsciiLetterUpper(word[0]))
        {
            return false;
        }
        foreach (var c in word[1..])
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }
        return true;
    }

    // Endings of English verbs and plurals of nouns ("Updated", "Streaming", "Newcomers"); names seldom end so.
    static readonly string[] CommonEnglishEndings = ["ed", "ing", "ers"];

    static bool LooksCommonEnglish(ReadOnlySpan<char> word) => TextNormalizer.EndsWithAny(word, CommonEnglishEndings);

    static bool LooksCommon(ReadOnlySpan<char> word) => TextNormalizer.EndsWithAny(word, CommonEndings, stem: 2);

    static bool ContainsOrganisation(SentenceScan s, CompiledLanguage lang, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (s.Tokens[t].Type == TokenType.Word && lang.Organisations.Contains(s.Word(t)))
            {
                return true;
            }
        }
        return false;
    }
}
