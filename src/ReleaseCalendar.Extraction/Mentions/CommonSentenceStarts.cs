using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

internal static class CommonSentenceStarts
{
    // "Вместе", "Дата", "Напомним" open sentences capitalised; a real name is capitalised mid-sentence somewhere too.
    // A catalog name that is also a word («Выход нового сингла…», the film "Exit") counts when it is named twice.
    public static void Drop(IReadOnlyList<SentenceScan> sentences)
    {
        DropQuotedTitlesBeforeAKind(sentences);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var run in s.Names)
            {
                if (!run.InitialOnly)
                {
                    named.Add(ExtractionCatalog.Key(run.Text));
                }
                if (run.Slug is not null)
                {
                    slugs[run.Slug] = slugs.GetValueOrDefault(run.Slug) + 1;
                }
            }
        }
        foreach (var s in sentences)
        {
            s.Names.RemoveAll(r => r.InitialOnly && (r.Slug is null
                ? !named.Contains(ExtractionCatalog.Key(r.Text))
                : slugs[r.Slug] < 2));
        }
    }

    // «IRENE & SEULGI's first mini album "Monster" is OUT … the Monster MV is finally up»: a catalog name that the article
    // quotes elsewhere as a title, standing right before a kind word, is that title (the drama "Monster" is not meant).
    static void DropQuotedTitlesBeforeAKind(IReadOnlyList<SentenceScan> sentences)
    {
        HashSet<string>? titles = null;
        foreach (var s in sentences)
        {
            foreach (var q in s.Quotes)
            {
                if (q.IsTitle && q.ContentEnd > q.ContentStart)
                {
                    (titles ??= new HashSet<string>(StringComparer.Ordinal)).Add(ExtractionCatalog.Key(s.Text[q.ContentStart..q.ContentEnd]));
                }
            }
        }
        if (titles is null)
        {
            return;
        }
        foreach (var s in sentences)
        {
            s.Names.RemoveAll(r => r.Slug is not null && s.QuoteOf[r.First] < 0 && s.CueAt(r.End) is { Cue.Type: CueType.Kind } kind && kind.First == r.End
                                   && titles.Contains(ExtractionCatalog.Key(r.Text)));
        }
    }
}
