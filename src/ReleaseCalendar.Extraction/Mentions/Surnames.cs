namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>A surname alone that stands for a person the article named in full.</summary>
internal static class Surnames
{
    // «…дуэт White Christmas с Бингом Кросби. Ви записал вокал к записи Кросби», "Park Jin-young … Park released a duet": a
    // one-word name the catalog does not know, the surname of a longer name it resolved elsewhere in the article, is that
    // person. A Korean name puts the surname first ("Park Jin-young", «Пак Чин Ён»), others put it last.
    public static void Resolve(IReadOnlyList<SentenceScan> sentences)
    {
        Dictionary<string, string?>? surnames = null;
        foreach (var s in sentences)
        {
            foreach (var run in s.Names)
            {
                if (IsFullName(s, run))
                {
                    surnames ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                    var t = KoreanOrder(s, run) ? run.First : run.End - 1;
                    var key = ExtractionCatalog.Key(s.Slice(t, t + 1));
                    // Two people of one surname in the article (or one the catalog does not know): the word alone says neither.
                    surnames[key] = surnames.TryGetValue(key, out var known) && known != run.Slug ? null : run.Slug;
                }
            }
        }
        if (surnames is null)
        {
            return;
        }
        foreach (var s in sentences)
        {
            foreach (var run in s.Names)
            {
                if (run.Slug is null && run.End - run.First == 1 && LongEnough(s, run.First)
                    && surnames.TryGetValue(ExtractionCatalog.Key(run.Text), out var slug) && slug is not null)
                {
                    run.Slug = slug;
                }
            }
        }
    }

    // A surname of two letters ("Yi", "Ko", «Ли») is too often something else alone; a unit's two capitals ("VIXX LR") are not.
    const int MinSurnameLetters = 3;

    static bool LongEnough(SentenceScan s, int t) => s.Tokens[t].Length >= MinSurnameLetters || (s.Tokens[t].Length == 2 && s.IsAllUpper(t));

    // Two or three capitalised words and nothing else ("Bing Crosby", «Бингом Кросби», "VIXX LR", "Park Jin-young"), not
    // "CLASS:y" or "2AM CD".
    static bool IsFullName(SentenceScan s, NameRun run)
    {
        if (run.End - run.First is < 2 or > 3)
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

    // "Park Jin-young" (a hyphenated given name after one word) or «Пак Чин Ён» (three short Cyrillic syllables).
    static bool KoreanOrder(SentenceScan s, NameRun run)
    {
        if (run.End - run.First == 2)
        {
            return s.Slice(run.First + 1, run.End).Contains('-');
        }
        for (var t = run.First; t < run.End; t++)
        {
            if (s.Tokens[t].Length > NameFinder.MaxSyllableLetters || !TextNormalizer.IsCyrillic(s.Text[s.Tokens[t].Start]))
            {
                return false;
            }
        }
        return true;
    }
}
