namespace ReleaseCalendar.Extraction.Linking;

/// <summary>
/// «…две заключительные серии «Луны, обнимающей солнце»» … «серии «Луны» выйдут 14 и 15 марта»: a title the article
/// shortens after naming it in full is that work, not another the short form would name alone (the film «Луна»).
/// </summary>
internal static class ShortTitles
{
    public static IReadOnlyList<ReleaseCandidate> Expand(IReadOnlyList<ReleaseCandidate> found, IReadOnlyList<SentenceScan> sentences, ExtractionCatalog? catalog)
    {
        if (catalog is null || found.Count == 0)
        {
            return found;
        }
        List<ReleaseCandidate>? expanded = null;
        List<(string Key, string Text)>? titles = null;
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            if (c.Title is null || c.ResolvedSubjectSlug is null || !string.Equals(c.Subject, c.Title, StringComparison.Ordinal))
            {
                continue; // only a subject that is its own title: an act named is meant as written
            }
            titles ??= Titles(sentences);
            var key = ExtractionCatalog.Key(c.Title);
            foreach (var (longKey, text) in titles)
            {
                if (longKey.Length > key.Length + 1 && longKey[key.Length] == ' ' && longKey.StartsWith(key, StringComparison.Ordinal)
                    && GoesOnAsASubtitle(text, key.Count(ch => ch == ' ') + 1)
                    && catalog.Resolve(text) is { } slug && slug != c.ResolvedSubjectSlug)
                {
                    expanded ??= [.. found];
                    expanded[i] = c with { Subject = text, ResolvedSubjectSlug = slug };
                    break;
                }
            }
        }
        return expanded ?? found;
    }

    // «Луна, обнимающая солнце», «Пентхаус 3», "The Fiery Priest 2": after the short form's words, a comma, a colon or a
    // season's number goes on with the same work ("Black Knight" is another show than "Black").
    static bool GoesOnAsASubtitle(string text, int words)
    {
        var i = 0;
        for (var w = 0; w < words; w++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            while (i < text.Length && text[i] is not (' ' or ',' or ':'))
            {
                i++;
            }
        }
        if (i < text.Length && text[i] is ',' or ':')
        {
            return true;
        }
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    // The article's title quotes, in order, with their comparison keys.
    static List<(string Key, string Text)> Titles(IReadOnlyList<SentenceScan> sentences)
    {
        var titles = new List<(string, string)>();
        foreach (var s in sentences)
        {
            for (var q = 0; q < s.Quotes.Count; q++)
            {
                if (s.Quotes[q].IsTitle && s.Quotes[q].ContentEnd > s.Quotes[q].ContentStart)
                {
                    var text = TitleLinker.QuoteText(s, q);
                    titles.Add((ExtractionCatalog.Key(text), text));
                }
            }
        }
        return titles;
    }
}
