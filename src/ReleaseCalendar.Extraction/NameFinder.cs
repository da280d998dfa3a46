using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction;

/// <summary>
/// Finds the names a sentence mentions: catalogue aliases first, then runs of capitalised words, Latin words
/// in Russian text ("aespa"), "RM из BTS" / "Jimin of BTS", "BTS's RM" and possessives ("NewJeans' EP").
/// Titles in quotes, cue words, dates and organisations (labels, broadcasters, charts) are never names.
/// </summary>
internal static class NameFinder
{
    // Sentence-initial Russian words with these endings are adjectives, verbs or pronouns ("Новый", "Сегодня").
    static readonly string[] CommonEndings =
        ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ом", "ем", "ет", "ит", "ут", "ют", "ат", "ят",
         "ал", "ла", "ли", "ло", "ил", "ся", "сь", "ть", "ого", "его", "ому", "ему", "ую", "юю", "ам", "ям", "ах", "ях"];

    public static void Find(SentenceScan s, CompiledLanguage lang, ExtractionCatalog? catalog)
    {
        var taken = new bool[s.Count];
        if (catalog is not null)
        {
            FindAliases(s, catalog, taken);
        }
        var firstWord = FirstWordIndex(s);
        for (var i = 0; i < s.Count; i++)
        {
            if (taken[i] || !IsNameToken(s, lang, i, i == firstWord))
            {
                continue;
            }
            var end = i + 1;
            while (true)
            {
                if (end < s.Count && !taken[end] && IsNameToken(s, lang, end, false) && !HardBreakBefore(s, end))
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
                else if (IsPossessive(s, end) && end + 2 < s.Count && !taken[end + 2] && IsNameToken(s, lang, end + 2, false))
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
            var run = new NameRun { First = i, End = end, Text = WithOpeningParen(s, i, end), InitialOnly = single };
            if (IsPossessive(s, end) || (end < s.Count && s.IsPunct(end, '\'') && s.Glued(end) && s.Word(end - 1).EndsWith('s')))
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
    }

    // Catalogue aliases are found one by one: join "RM" + "из" + "BTS" (the first is the subject) and
    // "BTS" + "'s" + "RM" (the second is).
    static void MergeJoined(SentenceScan s, CompiledLanguage lang)
    {
        for (var k = 0; k + 1 < s.Names.Count; k++)
        {
            var (a, b) = (s.Names[k], s.Names[k + 1]);
            var joined = b.First == a.End + 1 && s.Is(a.End, lang.NameJoiners);
            var possessive = (b.First == a.End + 2 && IsPossessive(s, a.End))
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

    static void FindAliases(SentenceScan s, ExtractionCatalog catalog, bool[] taken)
    {
        for (var i = 0; i < s.Count;)
        {
            if (!s.Masked(i) && !s.Consumed[i] && catalog.Aliases.TryMatch(s.Lower, s.Tokens, i, out var slug, out var end))
            {
                var run = new NameRun { First = i, End = end, Text = WithOpeningParen(s, i, end), Slug = slug, Possessive = IsPossessive(s, end) };
                s.Names.Add(run);
                for (var t = i; t < end; t++)
                {
                    taken[t] = true;
                }
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    // "(G)I-DLE": the tokenizer splits off "(", but it belongs to the name when its ")" is inside the run.
    static string WithOpeningParen(SentenceScan s, int first, int end)
    {
        var text = s.Slice(first, end);
        return first > 0 && s.IsPunct(first - 1, '(') && s.Glued(first) && text.Contains(')', StringComparison.Ordinal)
            ? "(" + text
            : text;
    }

    static bool IsPossessive(SentenceScan s, int i) =>
        s.IsPunct(i, '\'') && s.Glued(i) && s.IsWord(i + 1) && s.Glued(i + 1) && s.Word(i + 1).SequenceEqual("s");

    static bool HardBreakBefore(SentenceScan s, int i) =>
        s.Tokens[i].Type == TokenType.Punct || (i > 0 && s.Tokens[i - 1].Type == TokenType.Punct);

    static int FirstWordIndex(SentenceScan s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Type != TokenType.Punct)
            {
                return i;
            }
        }
        return -1;
    }

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
        var word = s.Word(i);
        if (lang.NotNames.Contains(word) || lang.Months.Contains(word) || lang.Weekdays.Contains(word))
        {
            return false;
        }
        var original = s.Text.AsSpan(s.Tokens[i].Start, s.Tokens[i].Length);
        var first = original[0];
        if (TextNormalizer.IsLatin(first))
        {
            foreach (var c in original)
            {
                if (char.IsUpper(c))
                {
                    return !sentenceStart || lang.Table.Language != Language.En || !IsEnglishCommon(word);
                }
            }
            return lang.Table.LatinWordsAreNames && original.Length >= 2;
        }
        return char.IsUpper(first) && (!sentenceStart || original.Length >= 2);
    }

    static bool IsEnglishCommon(ReadOnlySpan<char> word) => word is "the" or "a" or "an" or "in" or "on" or "at" or "after";

    static bool LooksCommon(ReadOnlySpan<char> word)
    {
        foreach (var ending in CommonEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length > ending.Length + 1)
            {
                return true;
            }
        }
        return false;
    }

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
