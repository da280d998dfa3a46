using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>
/// Names that describe another name are not subjects (issue #9 §1.4, §1.7): a member list between dashes ("the
/// quintet — Minji, Hanni … —"), any name in parentheses ("ILLIT (Yunah, Minju…)", "Dong-eun (Song Hye-kyo)",
/// «(младшие братья SEVENTEEN)»; "(G)I-DLE" keeps its bracket inside the name), and the group of an apposition ("Jin, the eldest member of BTS, will…",
/// «Чонгук, участник группы BTS, …»).
/// </summary>
internal static class Appositions
{
    // "Soyou, a former member of the disbanded girl group SISTAR": eight words back to the comma.
    const int RoleReach = 9;

    public static void Drop(SentenceScan s, CompiledLanguage language)
    {
        if (s.Names.Count == 0)
        {
            return;
        }
        List<NameRun>? drop = null;
        foreach (var run in s.Names)
        {
            if (InEnclosedList(s, run) || IsGroupOfApposition(s, run, language) || IsMemberOfApposition(s, run) || IsLabelmate(s, run, language))
            {
                (drop ??= []).Add(run);
            }
        }
        if (drop is not null)
        {
            s.Names.RemoveAll(drop.Contains);
        }
    }

    static bool InEnclosedList(SentenceScan s, NameRun run)
    {
        if (Enclosure(s, run, dashes: true) is not var (open, close))
        {
            return false;
        }
        var paren = s.IsPunct(open, '(');
        return paren || NamesInside(s, open, close) >= 2;
    }

    // «14 июня — Наён (TWICE) — мини-альбом»: a name in parentheses describes the one before it; it makes no list.
    static int NamesInside(SentenceScan s, int open, int close)
    {
        var inside = 0;
        foreach (var r in s.Names)
        {
            if (r.First > open && r.End <= close && (Enclosure(s, r, dashes: false) is not var (o, c) || o <= open || c >= close))
            {
                inside++;
            }
        }
        return inside;
    }

    // The '(' (or, with dashes, a spaced dash) before a run and what closes it after: the nearest, back to a ')'.
    static (int Open, int Close)? Enclosure(SentenceScan s, NameRun run, bool dashes)
    {
        var open = -1;
        for (var t = run.First - 1; t >= 0 && open < 0; t--)
        {
            if (s.IsPunct(t, ')'))
            {
                // «BSS — юнит SEVENTEEN, в который входят Сынгван, Докём (DK) и Хоши, — выпустит»: a name's own bracket
                // inside a dash's list is stepped over; a bracket the run stands after otherwise closes what it is in.
                if (!dashes || s.OpenBracketOf(t, dashEnds: true) is not (>= 0 and var opened))
                {
                    return null;
                }
                t = opened;
                continue;
            }
            if (s.IsPunct(t, '(') || (dashes && s.IsSpacedDash(t)))
            {
                open = t;
            }
        }
        if (open < 0)
        {
            return null;
        }
        var paren = s.IsPunct(open, '(');
        for (var t = run.End; t < s.Count; t++)
        {
            if (paren ? s.IsPunct(t, ')') : s.IsSpacedDash(t))
            {
                return (open, t);
            }
        }
        return null;
    }

    // "K-pop", "K-drama", "J-pop": one capital letter and a dash before a lower-case word, as one token or three.
    static bool GenrePrefix(SentenceScan s, int t)
    {
        if (!s.IsWord(t))
        {
            return false;
        }
        var word = s.Text.AsSpan(s.Tokens[t].Start, s.Tokens[t].Length);
        return word.Length == 1 ? s.IsDash(t + 1) && s.Glued(t + 1)
            : word.Length > 2 && word[1] == '-' && char.IsLower(word[2]);
    }

    // The capitalised words before the apostrophe of a possessive at token t ("SM Entertainment's"): where they start, or -1.
    static int OwnerBefore(SentenceScan s, int t)
    {
        if (t < 1 || !s.IsPossessive(t))
        {
            return -1;
        }
        var first = t;
        while (first > 0 && t - first < OwnerWords && s.IsWord(first - 1) && s.StartsUpper(first - 1))
        {
            first--;
        }
        return first < t ? first : -1;
    }

    // The words of a label's name before its "'s": "SM Entertainment's", "Big Hit Music's".
    const int OwnerWords = 3;

    static bool IsGroupOfApposition(SentenceScan s, NameRun run, CompiledLanguage language)
    {
        var member = false;
        var (roles, groups) = (0, 0);
        var t = run.First - 1;
        for (var steps = 0; t >= 0 && steps < RoleReach; steps++)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Role } role)
            {
                // "WayV, the China-based unit of SM Entertainment's NCT, will release": a unit is a place in its group, as a member is.
                member |= (Role)role.Cue.Value == Role.Member || ((Role)role.Cue.Value == Role.Group && s.Is(role.End - 1, language.UnitNouns));
                roles++;
                groups += (Role)role.Cue.Value == Role.Group ? 1 : 0;
                t = role.First - 1;
            }
            else if ((s.IsWord(t) && !s.StartsUpper(t)) || (s.IsDash(t) && s.Glued(t)) || GenrePrefix(s, t) || s.IsCompoundAdjective(t))
            {
                t--; // "leader of the K-pop group BIGBANG": lower-case words and "K-" compounds
            }
            else if (OwnerBefore(s, t) is var owner and >= 0)
            {
                t = owner - 1; // "the Seoul-based unit of SM Entertainment's boy band NCT": the label that owns the group
            }
            else
            {
                break;
            }
        }
        // «главный вокалист южнокорейской группы EXO», "the China-based unit of boy band NCT": a person's or a group's
        // noun before the group's own is a place in that group, as a member noun is.
        // The group closes the apposition ("…, a member of SISTAR, released"): "Like TWICE, all five members of the girl
        // group ITZY will release" names ITZY as the sentence's own subject.
        if ((member || (groups > 0 && roles >= 2)) && s.IsPunct(t, ',') && s.NameEndingAt(t) is not null && ClosesApposition(s, run.End))
        {
            return true;
        }
        // "Billlie, the first girl group from Mystic Story, debuted": the label named after the group noun of an apposition.
        if (groups > 0 && s.Is(run.First - 1, language.LabelPrepositions) && s.IsPunct(t, ',') && s.NameEndingAt(t) is not null && ClosesApposition(s, run.End))
        {
            return true;
        }
        // "Taeyeon of K-pop girl group Girls' Generation": a name, "of", a group noun.
        return groups > 0 && t + 1 < run.First && s.Is(t + 1, language.AffiliationWords) && s.NameEndingAt(t + 1) is not null;
    }

    const int LabelmateReach = 24;

    /// <summary>"Woollim Entertainment, home of boy band INFINITE and Nell, has laid out …", "MNH Entertainment, home of singer
    /// Chungha, debuts …", «Cube Entertainment — дом
    /// (G)I-DLE, CLC и BTOB — выпускает …»: the acts a company's apposition lists as already its own are background.
    /// Back from the name only other names, commas, "and" and group nouns may stand before the "home of" that opens
    /// the apposition after a comma or a spaced dash.</summary>
    static bool IsLabelmate(SentenceScan s, NameRun run, CompiledLanguage language)
    {
        var person = false;
        for (var t = BeforeName(s, run.First); t >= Math.Max(1, run.First - LabelmateReach); t--)
        {
            var home = language.HomeLinkWords is { } link
                ? (s.Is(t, link) && s.Is(t - 1, language.HomeWords) ? t - 1 : -1)
                : (s.Is(t, language.HomeWords) ? t : -1);
            if (home > 0)
            {
                // "home of singer Chungha, debuts its first boy group 8TURN": a singer is background only when another act
                // is named after the apposition ("…, said the singer will release her mini album" is hers).
                return (s.IsPunct(home - 1, ',') || s.IsSpacedDash(home - 1)) && (!person || s.Names.Exists(n => n.First > run.End + 1));
            }
            if (s.NameEndingAt(t + 1) is { } other)
            {
                t = BeforeName(s, other.First) + 1;
            }
            else if (s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Group or (int)Role.Person } } group)
            {
                person |= group.Cue.Value == (int)Role.Person;
                t = group.First; // "home of boy band INFINITE", "home of singer Chungha"
            }
            else if (!s.IsPunct(t, ',') && !s.Is(t, language.ListWords))
            {
                return false;
            }
        }
        return false;
    }

    static bool ClosesApposition(SentenceScan s, int end) =>
        end >= s.Count || s.IsPunct(end, ',') || s.IsDash(end) || s.IsPunct(end, ')') || (s.IsPunct(end, '.') && end == s.Count - 1);

    // The token before a name: "(G)I-DLE" has its opening bracket glued to it.
    static int BeforeName(SentenceScan s, int first) => s.IsPunct(first - 1, '(') && s.Glued(first) ? first - 2 : first - 1;

    const int ApposReach = 10;

    // A comma inside a line-up ("…в составе двух участников, Юнхо и …", "the quartet of Lee Hyori, Uhm Jung-hwa, Jessi"):
    // back from it only words, the names listed and their commas to the line-up's words.
    static bool LineupListed(SentenceScan s, int comma)
    {
        var words = 0;
        for (var t = comma - 1; t >= 0 && words <= LineupWords; t--)
        {
            if (s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Lineup } })
            {
                return true;
            }
            if (s.NameAt(t) is { } listed)
            {
                t = listed.First;
                continue;
            }
            if (s.IsPunct(t, ','))
            {
                continue;
            }
            if (!s.IsWord(t) && s.Tokens[t].Type != TokenType.Number)
            {
                return false;
            }
            words++;
        }
        return false;
    }

    // Words other than names back from a line-up's comma to its line-up words ("в составе двух участников").
    const int LineupWords = 4;

    /// <summary>«дуэт AKMU, брат и сестра Ли Чанхёк и Ли Сухён, выпустил», "the duo AKMU, made up of siblings Lee Chan-hyuk
    /// and Lee Su-hyun, released": the names in an apposition of a name that speaks of its members are its line-up.</summary>
    static bool IsMemberOfApposition(SentenceScan s, NameRun run)
    {
        var open = -1;
        var members = false;
        var words = 0;
        for (var t = run.First - 1; t >= 0 && words < ApposReach && open < 0; t--)
        {
            if (s.NameAt(t) is { } other)
            {
                t = other.First; // "…, Jessi and MAMAMOO's Hwasa": the other names of the list
                continue;
            }
            words++;
            if (s.IsPunct(t, ',') && LineupListed(s, t))
            {
                members = true;
                continue; // «в составе двух участников, Юнхо и Чханмина»: the comma that opens the line-up's names
            }
            if (s.IsPunct(t, ','))
            {
                open = t;
            }
            else if (s.Tokens[t].Type != TokenType.Word && !s.IsPossessive(t))
            {
                return false;
            }
            else if (s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Member or (int)Role.Lineup } })
            {
                members = true;
            }
        }
        // A name before the apposition's comma ("TVXQ, now a duo of …", "Super Junior-D&E, the duo of Super Junior members
        // Donghae and Eunhyuk, …"); its other name in brackets may stand between («группа TVXQ (Тонбан Шинги), …»).
        var groupEnd = s.IsPunct(open - 1, ')') && s.OpenBracketOf(open - 1, dashEnds: false) is >= 0 and var bracket ? bracket : open;
        if (!members || open < 1 || !s.IsWord(open + 1) || s.StartsUpper(open + 1) || s.NameEndingAt(groupEnd) is null)
        {
            return false;
        }
        for (var t = run.End; t < Math.Min(s.Count, run.End + ApposReach); t++)
        {
            if (s.IsPunct(t, ','))
            {
                return true;
            }
            if (s.Tokens[t].Type != TokenType.Word && !s.IsPossessive(t))
            {
                return false; // "…, Jessi and MAMAMOO's Hwasa, release": a possessive's mark stays inside the list
            }
        }
        return false;
    }
}
