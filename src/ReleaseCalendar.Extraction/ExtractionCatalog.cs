namespace ReleaseCalendar.Extraction;

/// <summary>
/// Known subjects (artists, groups, shows) by slug with the names articles use for them, in any
/// language ("rm" -> "RM", "Ким Нам Джун"). Build one per catalog change and reuse it: construction
/// compiles the aliases into a lookup.
/// </summary>
public sealed class ExtractionCatalog
{
    /// <summary>
    /// A compiled alias: its subject, whether it is a Russian name that only matches capitalised, and whether it is a
    /// title-case Latin name that is no name in lower case after a determiner.
    /// </summary>
    /// <param name="Slug">The subject the alias names.</param>
    /// <param name="Capital">Russian, always written with a capital (see <see cref="CapitalCyrillic"/>).</param>
    /// <param name="TitleCase">Latin, always written in title case ("Agency", not "WINNER").</param>
    /// <param name="Upper">Latin, never written starting in lower case ("Live", "LIVE"; not "aespa").</param>
    internal readonly record struct CatalogAlias(string Slug, bool Capital, bool TitleCase, bool Upper);

    readonly Dictionary<string, string> _slugByAlias = new(StringComparer.Ordinal);
    // The same keys without a fleeting vowel (<see cref="Skeleton"/>), tried only when a key itself is unknown.
    readonly Dictionary<string, string> _slugBySkeleton = new(StringComparer.Ordinal);
    // Each slug's aliases as written, for finding a show's later seasons.
    readonly Dictionary<string, List<string>> _aliasesBySlug = new(StringComparer.Ordinal);
    // Names of several words run together as a hashtag writes them ("policeuniversity"), with the name as written.
    readonly Dictionary<string, (string Slug, string Name)> _byHashtag = new(StringComparer.Ordinal);
    // The leading words of names of several words, as keys: the names that longer names begin with.
    readonly HashSet<string> _leadingWords = new(StringComparer.Ordinal);
    // First words of Latin names the catalog writes in lower case ("aespa", "xikers"), as written.
    readonly HashSet<string> _lowerCaseNames = new(StringComparer.Ordinal);
    // Names two subjects or more share ("Punch" the singer and the drama, «Тэён» of NCT and of Girls' Generation), with all
    // of them; and what each such subject's catalog entry says of it, for telling them apart in an article.
    readonly Dictionary<string, string[]> _sharedKeys = new(StringComparer.Ordinal);
    readonly Dictionary<string, SharedNameHint> _hints = new(StringComparer.Ordinal);

    public ExtractionCatalog(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> aliasesBySlug)
    {
        ArgumentNullException.ThrowIfNull(aliasesBySlug);
        var phrases = new Dictionary<string, CatalogAlias>(StringComparer.Ordinal);
        var slugsByKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var rawAliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (slug, aliases) in aliasesBySlug)
        {
            rawAliases[slug] = aliases;
            _slugByAlias.TryAdd(Key(slug), slug);
            var written = _aliasesBySlug.TryGetValue(slug, out var list) ? list : _aliasesBySlug[slug] = [];
            written.AddRange(aliases.Select(AsWritten));
            // "Crush" with a typed "crush" among its aliases is still a name written with a capital ("the crowd crush" is
            // no singer); only a name styled in lower case first ("aespa") is one in lower case.
            var styledLower = aliases.Count > 0 && AsWritten(aliases[0]) is { Length: > 0 } first && char.IsAsciiLetterLower(first[0]);
            foreach (var alias in aliases.Select(AsWritten).SelectMany(RomanisedVariants))
            {
                if (alias.Contains(' ', StringComparison.Ordinal) && HashtagKey(alias) is { Length: >= MinHashtag } tag)
                {
                    _byHashtag.TryAdd(tag, (slug, alias));
                }
                if (char.IsAsciiLetterLower(alias[0]))
                {
                    _lowerCaseNames.Add(alias.Split(' ')[0]);
                }
                var key = Key(alias);
                if (key.Length == 0)
                {
                    continue;
                }
                _slugByAlias.TryAdd(key, slug);
                var sharing = slugsByKey.TryGetValue(key, out var seenSlugs) ? seenSlugs : slugsByKey[key] = [];
                if (!sharing.Contains(slug))
                {
                    sharing.Add(slug);
                }
                for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
                {
                    _leadingWords.Add(key[..space]); // "red velvet" of "Red Velvet – IRENE & SEULGI"
                }
                _slugBySkeleton.TryAdd(Skeleton(key), slug);
                if (_slugByAlias[key] == slug)
                {
                    var phrase = Phrase(alias);
                    var (capital, titleCase, upper) = (CapitalCyrillic(alias), TitleCaseLatin(alias),
                                                       char.IsAsciiLetterUpper(alias[0]) || (char.IsAsciiLetterLower(alias[0]) && !styledLower));
                    // A phrase two subjects share stays the first one's, as its key does.
                    if (!phrases.TryGetValue(phrase, out var seen))
                    {
                        phrases[phrase] = new CatalogAlias(slug, capital, titleCase, upper);
                    }
                    else if (seen.Slug == slug)
                    {
                        phrases[phrase] = seen with { Capital = seen.Capital && capital, TitleCase = seen.TitleCase && titleCase, Upper = seen.Upper && upper };
                    }
                }
            }
        }
        Aliases = new PhraseMatcher<CatalogAlias>(phrases.Select(p => (p.Key, p.Value)));
        foreach (var (key, slugs) in slugsByKey)
        {
            if (slugs.Count > 1)
            {
                _sharedKeys[key] = [.. slugs];
                foreach (var slug in slugs)
                {
                    _hints.TryAdd(slug, SharedNameHint.Of(slug, rawAliases[slug]));
                }
            }
        }
    }

    /// <summary>Whether any name of the catalog belongs to more than one subject.</summary>
    internal bool HasSharedNames => _sharedKeys.Count > 0;

    /// <summary>Every subject with this name (as a key), when more than one has it; otherwise null.</summary>
    internal IReadOnlyList<string>? SharedBy(string key) => _sharedKeys.GetValueOrDefault(key);

    /// <summary>What the catalog entry of a subject that shares a name says of it.</summary>
    internal SharedNameHint HintOf(string slug) => _hints[slug];

    internal PhraseMatcher<CatalogAlias> Aliases { get; }

    /// <summary>Whether another name of the catalog begins with this one ("Red Velvet" of "Red Velvet – IRENE &amp; SEULGI"):
    /// a group with units or members named after it.</summary>
    internal bool BeginsLongerName(string name) => _leadingWords.Contains(Key(name));

    /// <summary>Whether a word is how the catalog writes a name in lower case ("aespa are back" opens in a name, not in lower case).</summary>
    internal bool IsLowerCaseName(ReadOnlySpan<char> word) => _lowerCaseNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // Catalogs are typed by people: «Физиогномист» in its quotes and "The Moon (film)" with a note that tells it from
    // another name are the names Физиогномист and The Moon; the quotes and the note are never in the article's name.
    // "Love (ft. Marriage and Divorce)" is a title whose brackets are its own: a "ft." there is no note.
    internal static string AsWritten(string alias)
    {
        var name = alias.Trim();
        for (var was = ""; was != name;)
        {
            was = name; // «Луна (фильм)» and «Луна» (фильм) alike: quotes and note, in either order
            if (name.Length > 2 && name[^1] == ')' && name.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var note
                && !IsFeaturing(name.AsSpan(note + 2)))
            {
                name = name[..note].TrimEnd();
            }
            if (name.Length > 2 && OpeningQuotes.Contains(name[0]) && ClosingQuotes.Contains(name[^1]))
            {
                name = name[1..^1].Trim();
            }
        }
        return name;
    }

    static bool IsFeaturing(ReadOnlySpan<char> note) =>
        note.StartsWith("ft.", StringComparison.OrdinalIgnoreCase) || note.StartsWith("feat", StringComparison.OrdinalIgnoreCase);

    internal const string OpeningQuotes = "«\"“„'‘";
    const string ClosingQuotes = "»\"”“'’";

    // «Выход» (the film "Exit") is also the word «выход»: a Russian alias written with a capital, and never without
    // one in the catalog, names the subject only where the text capitalises it too («выходит» is no film), and not where
    // a release word is shouted in capitals («ВЫХОДИТ СЕГОДНЯ»).
    static bool CapitalCyrillic(string alias) =>
        alias.Length > 0 && TextNormalizer.IsCyrillic(alias[0]) && char.IsUpper(alias[0]);

    // "Agency" (a drama) is also "the agency said": a Latin alias written in title case, never otherwise in the
    // catalog, is no name in lower case after a determiner (fans do write "stray kids' new single", "jimin's", and "the
    // enhypen comeback", so an all-caps alias keeps its lower-case form).
    static bool TitleCaseLatin(string alias) =>
        alias.Length > 1 && char.IsAsciiLetterUpper(alias[0]) && char.IsAsciiLetterLower(alias[1]);

    // "Yoon Mi-rae" is also written "Yoon Mi Rae" and "Yoon Mirae": a hyphen between the syllables of a romanised
    // Korean name is a matter of house style, so the alias also stands with a space and with nothing in its place.
    static IEnumerable<string> RomanisedVariants(string alias)
    {
        yield return alias;
        var hyphen = alias.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && hyphen < alias.Length - 1 && char.IsAsciiLetterLower(alias[hyphen + 1]) && char.IsAsciiLetter(alias[hyphen - 1])
            && alias.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && space < hyphen)
        {
            yield return alias.Replace('-', ' ');
            yield return alias.Replace("-", "", StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// "#PoliceUniversity", «#ПотомкиСолнца»: the subject and name of an alias of several words that a hashtag runs
    /// together (a one-word alias after "#" is matched as a word).
    /// </summary>
    internal (string Slug, string Name)? ResolveHashtag(ReadOnlySpan<char> tag) =>
        _byHashtag.TryGetValue(HashtagKey(tag), out var hit) ? hit : null;

    // Shorter run-together names are too often other words ("#ItsOK").
    const int MinHashtag = 6;

    static string HashtagKey(ReadOnlySpan<char> name)
    {
        var key = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c) && char.ToLowerInvariant(c) is var lower)
            {
                key.Append(lower == 'ё' ? 'е' : lower);
            }
        }
        return key.ToString();
    }

    /// <summary>The act whose alias is exactly this name (in its comparison key), no partial or prefix match.</summary>
    public string? ResolveExact(string name) => ByKey(Key(name));

    string? ByKey(string key) =>
        _slugByAlias.TryGetValue(key, out var slug) ? slug : _slugBySkeleton.TryGetValue(Skeleton(key), out slug) ? slug : null;

    /// <summary>
    /// «Любви по соседству» and «Любовь по соседству»: a Russian stem drops its fleeting vowel in the other cases
    /// (любовь → любви, отец → отца, день → дня), so a vowel о/е between the last two consonants of a stem is left out.
    /// </summary>
    internal static string Skeleton(string key)
    {
        var chars = key.ToCharArray();
        var length = 0;
        var wordStart = 0; // where the word being read starts in chars
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is ' ' or '-')
            {
                wordStart = i + 1;
            }
            var wordEnd = i + 2 >= chars.Length || chars[i + 2] is ' ' or '-';
            // Only in a stem of five letters or more: «Сон», «Хён» and «Хон» (Korean syllables) keep their vowel.
            if (c is 'о' or 'е' && wordEnd && i + 1 < chars.Length && i + 2 - wordStart >= FleetingStem && i > wordStart
                && IsConsonant(chars[i + 1]) && IsConsonant(chars[i - 1]))
            {
                continue;
            }
            chars[length++] = c;
        }
        return new string(chars, 0, length);
    }

    const int FleetingStem = 5;

    static bool IsConsonant(char c) => c is >= 'б' and <= 'щ' && "еиоуэюя".IndexOf(c, StringComparison.Ordinal) < 0 && c != 'ъ';

    /// <summary>
    /// The slug for a subject as an article wrote it. "RM из BTS", "BTS's RM" and "Jimin of BTS" are tried
    /// whole, then part by part, so a soloist resolves to the soloist rather than the group.
    /// </summary>
    public string? Resolve(string writtenSubject)
    {
        ArgumentNullException.ThrowIfNull(writtenSubject);
        var key = Key(writtenSubject);
        if (ByKey(key) is { } slug)
        {
            return slug;
        }
        foreach (var part in SplitParts(key))
        {
            if (_slugByAlias.TryGetValue(part, out slug))
            {
                return slug;
            }
        }
        // "Squid Game Season 2", "HOPE ON THE STREET VOL.1": the longest alias the name starts with.
        string? best = null;
        var bestLength = 0;
        foreach (var (alias, aliasSlug) in _slugByAlias)
        {
            if (alias.Length > bestLength && key.Length > alias.Length && key[alias.Length] == ' '
                && key.StartsWith(alias, StringComparison.Ordinal))
            {
                (best, bestLength) = (aliasSlug, alias.Length);
            }
        }
        return best;
    }

    /// <summary>
    /// The catalog's own entry for season <paramref name="season"/> of a show ("Yumi's Cells 2", «Горячий священник 2»):
    /// one of the show's aliases with the number or "season N" after it; null when the catalog has none.
    /// </summary>
    public string? SeasonOf(string slug, int season)
    {
        if (!_aliasesBySlug.TryGetValue(slug, out var aliases))
        {
            return null;
        }
        foreach (var alias in aliases)
        {
            if (SeasonNamed(alias, season) is { } found && found != slug)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>
    /// The catalog's entry named as this title with the season after it («Образцовый таксист» → «Образцовый таксист 2»),
    /// for a show whose first season the catalog does not know by this name.
    /// </summary>
    public string? SeasonNamed(string title, int season) =>
        ResolveExact($"{title} {season}") ?? ResolveExact($"{title} season {season}") ?? ResolveExact($"{title} сезон {season}");

    /// <summary>What joins the names of a duo or unit in an alias: "IRENE &amp; SEULGI", "Jeonghan X Wonwoo", «Чонхан и Вону».</summary>
    internal static readonly string[] UnitJoiners = [" & ", " x ", " и ", " and "];

    // A member and the group ("RM из BTS", "Jimin of BTS"), or the names of a unit.
    static readonly string[] MemberJoiners = [" из ", " of ", .. UnitJoiners];

    static IEnumerable<string> SplitParts(string key)
    {
        // Possessive first: in "bts's rm" the person is after the 's; in "rm из bts" / "jimin of bts" before.
        foreach (var mark in new[] { "'s ", "' " })
        {
            var i = key.IndexOf(mark, StringComparison.Ordinal);
            if (i > 0)
            {
                yield return key[(i + mark.Length)..].Trim();
                yield return key[..i].Trim();
            }
        }
        foreach (var joiner in MemberJoiners)
        {
            var i = key.IndexOf(joiner, StringComparison.Ordinal);
            if (i > 0)
            {
                yield return key[..i].Trim();
                yield return key[(i + joiner.Length)..].Trim();
            }
        }
    }

    /// <summary>
    /// The comparison key of a name: lower case, single spaces, and Russian words without their case ending,
    /// so «Игры в кальмара» and «Игра в кальмара», "Джина" and "Джин" meet; commas and exclamation and question marks
    /// are left out ("Hi Bye, Mama!" as the text writes it, "Hi Bye, Mama", meets its alias).
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var source = name.AsSpan().Trim();
        // Written into one buffer: keys are asked for per name and per candidate, and a string per word added up.
        var key = source.Length <= MaxStackKey ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        var i = 0;
        while (i < source.Length)
        {
            if (source[i] is ' ' or ',' or '!' or '?')
            {
                i++;
                continue;
            }
            if (length > 0)
            {
                key[length++] = ' ';
            }
            // «Судьи-дьявола» and «Судья-дьявол»: each part of a hyphenated word takes its own case ending.
            var part = length;
            for (; i < source.Length && source[i] is not (' ' or ',' or '!' or '?'); i++)
            {
                var c = TextNormalizer.Lower(source[i]);
                if (c is '«' or '»' or '„' or '“' or '”' or '"')
                {
                    continue; // «Первое кафе "Принц"» is «Первое кафе «Принц»»: a title's inner quotes are any writer's
                }
                if (c == '-')
                {
                    length = EndWord(key, part, length);
                    key[length++] = '-';
                    part = length;
                    continue;
                }
                key[length++] = c;
            }
            length = EndWord(key, part, length);
        }
        return new string(key[..length]);
    }

    const int MaxStackKey = 256;

    // Noun and adjective case endings, longest first: «Милого дома» and «Милый дом» meet at "мил дом".
    internal static readonly string[] CaseEndings =
    [
        "иями",
        "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "ией", "иям", "иях",
        "ия", "ии", "ию", // «Воспоминания» and «Воспоминаний об Альгамбре» meet at "воспоминан"
        "ах", "ях", "ам", "ям", "ом", "ем", "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ую", "юю", "ые", "ие", "ых", "их", "ым", "им",
        "ов", "ев", "ью",
        "а", "я", "у", "ю", "е", "ы", "и", "о", "й", "ь",
    ];

    // A stem keeps at least this many letters: "Вону" is "вон", "дом" stays "дом".
    const int MinStem = 3;

    // Personal and possessive pronouns change their whole word with the case, or are too short for an ending to be cut:
    // «Премьер-министра и меня» is «Премьер-министр и я», «Моих записок об освобождении» is «Мои записки об освобождении».
    static string? Pronoun(ReadOnlySpan<char> word) => word switch
    {
        "меня" or "мне" or "мной" => "я",
        "тебя" or "тебе" or "тобой" => "ты",
        "нас" or "нам" or "нами" => "мы",
        "вас" or "вам" or "вами" => "вы",
        "мой" or "моя" or "моё" or "мое" or "мои" or "моего" or "моей" or "моему" or "моим" or "моими" or "моих" or "мою" or "моём" or "моем" => "мой",
        "твой" or "твоя" or "твоё" or "твое" or "твои" or "твоего" or "твоей" or "твоему" or "твоим" or "твоими" or "твоих" or "твою" or "твоём"
            or "твоем" => "твой",
        "свой" or "своя" or "своё" or "свое" or "свои" or "своего" or "своей" or "своему" or "своим" or "своими" or "своих" or "свою" or "своём"
            or "своем" => "свой",
        "наш" or "наша" or "наше" or "наши" or "нашего" or "нашей" or "нашему" or "нашим" or "нашими" or "наших" or "нашу" or "нашем" => "наш",
        "ваш" or "ваша" or "ваше" or "ваши" or "вашего" or "вашей" or "вашему" or "вашим" or "вашими" or "ваших" or "вашу" or "вашем" => "ваш",
        _ => null,
    };

    static string CyrillicStem(string word) => Pronoun(word) ?? word[..StemLength(word)];

    // A word of a key written in place: a pronoun's first case, or the word less its case ending. Where the word now ends.
    static int EndWord(Span<char> key, int part, int length)
    {
        if (Pronoun(key[part..length]) is { } pronoun)
        {
            pronoun.AsSpan().CopyTo(key[part..]);
            return part + pronoun.Length;
        }
        return part + StemLength(key[part..length]);
    }

    // The length of a word less its Russian case ending.
    static int StemLength(ReadOnlySpan<char> word)
    {
        if (word.Length <= MinStem || !TextNormalizer.IsCyrillic(word[^1]))
        {
            return word.Length;
        }
        foreach (var ending in CaseEndings)
        {
            // The last letters first: most endings differ from the word's there, and need no longer comparison.
            if (ending[^1] == word[^1] && word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word.Length - ending.Length;
            }
        }
        return word.Length;
    }

    // Alias words as matcher parts: Russian words become stems so their case forms match; '*' in an alias is literal text.
    static string Phrase(string alias)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(alias, 0, alias.Length, tokens);
        var words = tokens.Count(t => t.Type != TokenType.Punct);
        var parts = new List<string>();
        foreach (var token in tokens)
        {
            if (token.Type == TokenType.Punct)
            {
                if (token.SpaceBefore && alias[token.Start] == '&')
                {
                    parts.Add("&"); // "IRENE & SEULGI": a spaced ampersand joins the duo's name, it does not end it
                }
                else if (token.SpaceBefore && alias[token.Start] is '-' or '\u2013' or '\u2014' && parts.Count > 0)
                {
                    parts.Add("-"); // "Red Velvet - IRENE & SEULGI": the unit, not the group (the matcher takes any spaced dash)
                }
                else if (!token.SpaceBefore && alias[token.Start] == '+' && parts.Count > 0)
                {
                    parts.Add(PhraseMatcher<CatalogAlias>.GluedPlus); // "MAMAMOO+", the unit, is not "MAMAMOO"
                }
                continue;
            }
            var word = TextNormalizer.Lower(alias.Substring(token.Start, token.Length));
            var stem = CyrillicStem(word);
            // "Пол Ким" → "Пол Кима": in a name of several words a three-letter word takes its case endings too; alone
            // («Сон») it would take other names («Сону»).
            var minimum = words > 1 ? 3 : 4;
            // «Хёна» lost its "а": its bare stem «Хён» is no case form of it («Ли Су Хён» is another name).
            parts.Add(stem.Length < word.Length ? stem + "^" : TextNormalizer.IsCyrillic(word[0]) && word.Length >= minimum ? stem + "~" : word);
        }
        return string.Join(' ', parts);
    }
}
