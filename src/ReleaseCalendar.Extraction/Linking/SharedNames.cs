namespace ReleaseCalendar.Extraction.Linking;

/// <summary>What a catalog entry says of its subject beside its names: a note or a slug word telling a film, a show or an
/// act ("Punch (певица)", "punch-drama", «Луна» (фильм)), a year ("Your Honor (2018)"), its first name, and its words.</summary>
internal sealed record SharedNameHint(SharedNameHint.Sort Is, int? Year, string PrimaryKey, HashSet<string> Words)
{
    [Flags]
    internal enum Sort
    {
        None = 0,
        Film = 1,
        Show = 2,
        Act = 4,
        Title = 8, // an alias in quotes: a work's title, not an act's name
    }

    static readonly Dictionary<string, Sort> SortWords = new(StringComparer.Ordinal)
    {
        ["film"] = Sort.Film, ["movie"] = Sort.Film, ["фильм"] = Sort.Film, ["кино"] = Sort.Film,
        ["drama"] = Sort.Show, ["series"] = Sort.Show, ["show"] = Sort.Show, ["сериал"] = Sort.Show, ["дорама"] = Sort.Show,
        ["singer"] = Sort.Act, ["group"] = Sort.Act, ["band"] = Sort.Act, ["rapper"] = Sort.Act, ["soloist"] = Sort.Act,
        ["певица"] = Sort.Act, ["певец"] = Sort.Act, ["группа"] = Sort.Act, ["рэпер"] = Sort.Act,
    };

    // Words of a name that say nothing of which subject it is: joiners and Korean surnames that many people share.
    static readonly HashSet<string> Common = new(
        ("the and for with from feat из для при " + Languages.Words.KoreanSurnames
         + " ким пак чхве чон кан чан лим хан син шин сон хван мун нам мин").Split(' '), StringComparer.Ordinal);

    public static SharedNameHint Of(string slug, IReadOnlyList<string> aliases)
    {
        var sort = Sort.None;
        int? year = null;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var written in aliases.Prepend(slug))
        {
            var alias = written.Trim();
            if (alias.Length > 2 && ExtractionCatalog.OpeningQuotes.Contains(alias[0]))
            {
                sort |= Sort.Title;
            }
            foreach (var word in WordsOf(alias))
            {
                if (SortWords.TryGetValue(word, out var said))
                {
                    sort |= said;
                }
                else if (word.Length == 4 && int.TryParse(word, out var y) && y is > 1900 and < 2100)
                {
                    year = y;
                }
                else
                {
                    words.Add(word);
                }
            }
        }
        return new SharedNameHint(sort, year, ExtractionCatalog.Key(aliases.Count > 0 ? ExtractionCatalog.AsWritten(aliases[0]) : slug), words);
    }

    /// <summary>The words of a name as keys ("NCT's Taeyong" → nct, taeyong), less those that name nobody in particular.</summary>
    internal static IEnumerable<string> WordsOf(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var letter = i < name.Length && char.IsLetterOrDigit(name[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = ExtractionCatalog.Key(name[start..i]);
                start = -1;
                // Short words are joiners and particles ("из", "of", the "s" of "NCT's"); a Korean syllable pair is a name.
                if ((word.Length >= 3 || (word.Length == 2 && !char.IsAscii(word[0]) && !TextNormalizer.IsCyrillic(word[0]))) && !Common.Contains(word))
                {
                    yield return word;
                }
            }
        }
    }
}

/// <summary>
/// A name two subjects of the catalog share ("Punch": the singer, the drama, the film; «Тэён»: NCT's leader and Girls'
/// Generation's) is read as the subject the release and the article point to: a note or slug word of the right sort for
/// the release's kind, a year near the release's, the name being the subject's first name, and the subject's other words
/// (its group, its other title) in a sentence that names it. With nothing to tell them apart, the catalog's first stays.
/// </summary>
internal static class SharedNames
{
    const double SortMatch = 3;
    const double YearMatch = 3;
    const double FirstName = 1.5;
    const int MostWords = 3;

    public static void Choose(List<ReleaseCandidate> found, ExtractionCatalog? catalog, IReadOnlyList<SentenceScan> sentences)
    {
        if (catalog is null || !catalog.HasSharedNames)
        {
            return;
        }
        for (var i = 0; i < found.Count; i++)
        {
            var candidate = found[i];
            if (candidate.ResolvedSubjectSlug is not { } slug)
            {
                continue;
            }
            var key = ExtractionCatalog.Key(candidate.Subject);
            if (catalog.SharedBy(key) is not { } slugs || !slugs.Contains(slug))
            {
                continue;
            }
            var articleWords = WordsAround(sentences, slugs, candidate.Subject);
            var keyWords = SharedNameHint.WordsOf(key).ToHashSet(StringComparer.Ordinal);
            var best = slug;
            var bestScore = Score(catalog, slug, slugs, key, keyWords, candidate, articleWords);
            foreach (var other in slugs)
            {
                if (other != slug && Score(catalog, other, slugs, key, keyWords, candidate, articleWords) is var score && score > bestScore)
                {
                    (best, bestScore) = (other, score);
                }
            }
            if (best != slug)
            {
                found[i] = candidate with { ResolvedSubjectSlug = best };
            }
        }
    }

    // keyWords: the words of the shared name itself, which tell no subject from another.
    static double Score(ExtractionCatalog catalog, string slug, IReadOnlyList<string> sharing, string key, HashSet<string> keyWords,
        ReleaseCandidate release, HashSet<string> articleWords)
    {
        var hint = catalog.HintOf(slug);
        var score = 0.0;
        var screen = release.Kind is ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film;
        var wanted = release.Kind == ReleaseKind.Film ? SharedNameHint.Sort.Film : SharedNameHint.Sort.Show;
        if (screen)
        {
            score += (hint.Is & wanted) != 0 ? SortMatch : 0;
            score -= (hint.Is & SharedNameHint.Sort.Act) != 0 ? SortMatch : 0;
        }
        else
        {
            score += (hint.Is & SharedNameHint.Sort.Act) != 0 ? SortMatch : 0;
            score -= (hint.Is & (SharedNameHint.Sort.Film | SharedNameHint.Sort.Show | SharedNameHint.Sort.Title)) != 0 ? SortMatch : 0;
        }
        if (hint.Year is { } year)
        {
            score += Math.Abs(year - release.Date.Year) <= 1 ? YearMatch : -YearMatch;
        }
        if (hint.PrimaryKey == key)
        {
            score += FirstName;
        }
        var said = 0;
        foreach (var word in hint.Words)
        {
            if (said < MostWords && !keyWords.Contains(word) && articleWords.Contains(word) && !sharing.Any(o => o != slug && catalog.HintOf(o).Words.Contains(word)))
            {
                said++;
            }
        }
        return score + said;
    }

    // The words of the sentences that name the subject: "Лидер NCT Тэён" tells whose name it is; a calendar's NCT line
    // says nothing of the Тэён of another line.
    static HashSet<string> WordsAround(IReadOnlyList<SentenceScan> sentences, IReadOnlyList<string> slugs, string written)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lower = written.ToLowerInvariant();
        foreach (var s in sentences)
        {
            if (!s.Names.Exists(n => n.Slug is { } slug && slugs.Contains(slug)) && !s.Lower.AsSpan(s.Start, s.End - s.Start).Contains(lower, StringComparison.Ordinal))
            {
                continue;
            }
            for (var t = 0; t < s.Count; t++)
            {
                if (s.Tokens[t].Type != TokenType.Punct)
                {
                    words.Add(ExtractionCatalog.Key(s.Word(t).ToString()));
                }
            }
        }
        return words;
    }
}
