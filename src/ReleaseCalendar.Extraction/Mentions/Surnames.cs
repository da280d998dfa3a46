namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>A surname alone that stands for a person the article named in full.</summary>
internal static class Surnames
{
    // «…дуэт White Christmas с Бингом Кросби. Ви записал вокал к записи Кросби»: a one-word name the catalog does not know,
    // the last word of a longer name it resolved elsewhere in the article, is that person (Western names put the surname
    // last; a Korean given name alone is the same word and the same person).
    public static void Resolve(IReadOnlyList<SentenceScan> sentences)
    {
        Dictionary<string, string?>? lastWords = null;
        foreach (var s in sentences)
        {
            foreach (var run in s.Names)
            {
                if (run.Slug is { } slug && IsFullName(s, run))
                {
                    lastWords ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                    var key = ExtractionCatalog.Key(s.Slice(run.End - 1, run.End));
                    // Two people of one surname in the article: the word alone says neither.
                    lastWords[key] = lastWords.TryGetValue(key, out var known) && known != slug ? null : slug;
                }
            }
        }
        if (lastWords is null)
        {
            return;
        }
        foreach (var s in sentences)
        {
            for (var n = 0; n < s.Names.Count; n++)
            {
                var run = s.Names[n];
                if (run.Slug is null && run.End - run.First == 1 && LongEnough(s, run.First) && lastWords.TryGetValue(ExtractionCatalog.Key(run.Text), out var slug) && slug is not null)
                {
                    s.Names[n] = new NameRun
                    {
                        First = run.First, End = run.End, Text = run.Text, Slug = slug, Possessive = run.Possessive,
                        InitialOnly = run.InitialOnly, Affiliation = run.Affiliation,
                    };
                }
            }
        }
    }

    // A surname of two letters ("Yi", "Ko") is too often something else alone; a unit's two capitals ("VIXX LR") are not.
    const int MinSurnameLetters = 3;

    static bool LongEnough(SentenceScan s, int t) => s.Tokens[t].Length >= MinSurnameLetters || (s.Tokens[t].Length == 2 && s.IsAllUpper(t));

    // Two or three capitalised words and nothing else ("Bing Crosby", «Бингом Кросби», "VIXX LR"), not "CLASS:y" or "2AM CD".
    static bool IsFullName(SentenceScan s, NameRun run)
    {
        if (run.End - run.First is < 2 or > 3 || !LongEnough(s, run.End - 1))
        {
            return false;
        }
        for (var t = run.First; t < run.End; t++)
        {
            if (!s.IsWord(t) || !s.StartsUpper(t))
            {
                return false;
            }
        }
        return true;
    }
}
