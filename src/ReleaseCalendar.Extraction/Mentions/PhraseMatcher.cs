using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>
/// Finds cue phrases in a token list with dictionary lookups only (no regex, so no backtracking).
/// A phrase is words separated by spaces; a word ending in '*' is a stem that matches by prefix
/// ("альбом*" matches "альбома", "альбомом"). Stems need at least three letters. A word ending in '~' is a stem
/// that takes only a Russian case ending ("вон~" matches "Вону", "Воном", not "Вонхо"): a name's stem is short, and
/// any prefix would make one name of many. A word ending in '^' is such a stem whose written form lost its ending
/// ("хён^" from «Хёна» matches "Хёны", "Хёной", not "Хён" of «Ли Су Хён»): it takes a non-empty ending only.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    const int StemKey = 3;

    // "MAMAMOO+" is another act than "MAMAMOO": a plus glued to a name's end is a part of the name.
    internal const string GluedPlus = "+";

    // "Red Velvet - IRENE & SEULGI", a unit named after its group: a spaced dash inside a name matches any spaced dash
    // (hyphen, en dash or em dash, as the writer typed it).
    internal const string SpacedDash = "\u2014";

    // How a phrase's word matches a token: whole, by prefix ('*'), as a stem with a case ending or none ('~'), or as a
    // stem with a case ending ('^').
    enum PartMatch : byte { Word, Prefix, Ending, NonEmptyEnding }

    sealed record Phrase(string[] Parts, PartMatch[] Match, T Value)
    {
        // The second word's first letters packed as Start packs them: a token's phrases mostly share its first word
        // ("в", "will"), and comparing this number first spares matching each of them word by word.
        // 0: nothing to compare (one word, or a glued "+" that is read right after the word, not past it).
        public ulong SecondStart { get; } = Parts.Length > 1 && Parts[1] != GluedPlus ? Start(Parts[1]) : 0;
    }

    // Noun and adjective case endings after a stem (the catalog's, plus "-ия" nouns' forms).
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Endings = new HashSet<string>(
        ["", "ием", .. ExtractionCatalog.CaseEndings], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    readonly Dictionary<string, List<Phrase>> _byWord = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    // Most tokens start no phrase. Their first three letters packed into a number say so in one lookup without
    // hashing the word: the stems are keyed by them, and so is whether any whole word starts that way. A word of three
    // letters or fewer is all in its key, so its own phrases are kept there too (Short) and need no second lookup.
    readonly Dictionary<ulong, (bool WordStart, List<Phrase>? Stems, List<Phrase>? Short)> _byStart = [];
    // The phrases' first two letters: most words start none, and are turned away without a lookup.
    readonly WordStarts _starts = new();

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var tokens = new List<Token>();
        foreach (var (text, value) in phrases)
        {
            var lower = TextNormalizer.Lower(text);
            tokens.Clear();
            Tokenizer.Tokenize(lower, 0, lower.Length, tokens);
            var parts = new List<string>();
            var match = new List<PartMatch>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Type == TokenType.Punct)
                {
                    if (lower[t.Start] is '*' or '~' or '^' && parts.Count > 0 && !t.SpaceBefore && parts[^1].Length >= StemKey)
                    {
                        match[^1] = lower[t.Start] switch { '*' => PartMatch.Prefix, '~' => PartMatch.Ending, _ => PartMatch.NonEmptyEnding };
                    }
                    else if (lower[t.Start] == '+' && parts.Count > 0)
                    {
                        parts.Add(GluedPlus);
                        match.Add(PartMatch.Word);
                    }
                    else if (lower[t.Start] == '&' && parts.Count > 0 && t.SpaceBefore)
                    {
                        parts.Add("&"); // "irene & seulgi": a spaced ampersand is a part of the name
                        match.Add(PartMatch.Word);
                    }
                    else if (lower[t.Start] is '-' or '\u2013' or '\u2014' && parts.Count > 0 && t.SpaceBefore)
                    {
                        parts.Add(SpacedDash);
                        match.Add(PartMatch.Word);
                    }
                    continue;
                }
                parts.Add(lower.Substring(t.Start, t.Length));
                match.Add(PartMatch.Word);
            }
            if (parts.Count == 0)
            {
                continue;
            }
            var phrase = new Phrase([.. parts], [.. match], value);
            List<Phrase>? list;
            var key = Start(parts[0]);
            _byStart.TryGetValue(key, out var entry);
            if (phrase.Match[0] != PartMatch.Word)
            {
                list = entry.Stems ??= [];
                _byStart[key] = entry;
            }
            else
            {
                _byStart[key] = entry with { WordStart = true };
                if (!_byWord.TryGetValue(parts[0], out list))
                {
                    _byWord[parts[0]] = list = [];
                }
            }
            list.Add(phrase);
        }
        _wordLookup = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (word, list) in _byWord)
        {
            _starts.Add(word);
            if (word.Length <= StemKey)
            {
                _byStart[Start(word)] = _byStart[Start(word)] with { Short = list };
            }
        }
        foreach (var entry in _byStart.Values)
        {
            foreach (var stem in entry.Stems ?? [])
            {
                _starts.Add(stem.Parts[0]);
            }
        }
    }

    static ulong Start(ReadOnlySpan<char> word) =>
        word.Length switch
        {
            0 => 0,
            1 => word[0],
            2 => word[0] | (ulong)word[1] << 16,
            _ => word[0] | (ulong)word[1] << 16 | (ulong)word[2] << 32,
        };

    /// <summary>
    /// The longest phrase starting at token <paramref name="index"/>, as (value, index after the last token).
    /// Between words only punctuation glued to them is skipped, so "(G)I-DLE" matches "g i-dle".
    /// </summary>
    public bool TryMatch(string lower, List<Token> tokens, int index, out T value, out int endIndex)
    {
        value = default!;
        endIndex = index;
        var first = tokens[index];
        if (first.Type == TokenType.Punct)
        {
            return false;
        }
        var word = lower.AsSpan(first.Start, first.Length);
        if (!_starts.MayStart(word) || !_byStart.TryGetValue(Start(word), out var entry))
        {
            return false;
        }
        var best = 0;
        var exact = word.Length <= StemKey ? entry.Short : entry.WordStart && _wordLookup.TryGetValue(word, out var found) ? found : null;
        if (exact is not null)
        {
            best = Longest(lower, tokens, index, exact, ref value, ref endIndex, best);
        }
        if (word.Length >= StemKey && entry.Stems is { } stemmed)
        {
            best = Longest(lower, tokens, index, stemmed, ref value, ref endIndex, best);
        }
        return best > 0;
    }

    static int Longest(string lower, List<Token> tokens, int index, List<Phrase> phrases, ref T value, ref int endIndex, int best)
    {
        var next = NextWord(tokens, index, lower);
        var secondStart = next < tokens.Count ? Start(lower.AsSpan(tokens[next].Start, tokens[next].Length)) : ulong.MaxValue;
        foreach (var phrase in phrases)
        {
            if ((phrase.SecondStart != 0 && phrase.SecondStart != secondStart) || phrase.Parts.Length <= best)
            {
                continue;
            }
            var end = MatchAt(lower, tokens, index, phrase);
            if (end > 0)
            {
                best = phrase.Parts.Length;
                value = phrase.Value;
                endIndex = end;
            }
        }
        return best;
    }

    /// <summary>
    /// The token after <paramref name="t"/>, past punctuation glued on both sides ("(G)I-DLE") or a comma or a full stop
    /// glued to the word before ("Hi Bye, Mama!", «Привет, пока, мама!», "Mr. Queen", "Dr. Romantic": a name may hold one, and
    /// the phrase keeps none; a sentence's own full stop has ended the sentence before this).
    /// </summary>
    static int NextWord(List<Token> tokens, int t, string lower)
    {
        t++;
        while (t < tokens.Count && tokens[t].Type == TokenType.Punct && !tokens[t].SpaceBefore
               && t + 1 < tokens.Count && (!tokens[t + 1].SpaceBefore || (lower[tokens[t].Start] is ',' or '.' && tokens[t + 1].Type != TokenType.Punct)))
        {
            t++;
        }
        return t;
    }

    static int MatchAt(string lower, List<Token> tokens, int index, Phrase phrase)
    {
        var t = index;
        for (var p = 0; p < phrase.Parts.Length; p++)
        {
            var part = phrase.Parts[p];
            if (p > 0)
            {
                t = part == GluedPlus ? t + 1 : NextWord(tokens, t, lower);
            }
            if (t >= tokens.Count || (tokens[t].Type == TokenType.Punct && part is not ("&" or GluedPlus or SpacedDash))
                || (part == GluedPlus && tokens[t].SpaceBefore))
            {
                return 0;
            }
            var word = lower.AsSpan(tokens[t].Start, tokens[t].Length);
            var ok = part == SpacedDash ? tokens[t].SpaceBefore && word is "-" or "\u2013" or "\u2014" : phrase.Match[p] switch
            {
                PartMatch.Word => word.SequenceEqual(part),
                PartMatch.Prefix => word.StartsWith(part, StringComparison.Ordinal),
                PartMatch.Ending => word.StartsWith(part, StringComparison.Ordinal) && Endings.Contains(word[part.Length..]),
                _ => word.Length > part.Length && word.StartsWith(part, StringComparison.Ordinal) && Endings.Contains(word[part.Length..]),
            };
            if (!ok)
            {
                return 0;
            }
        }
        return t + 1;
    }
}
