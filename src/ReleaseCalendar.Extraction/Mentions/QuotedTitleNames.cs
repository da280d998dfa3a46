using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>Catalog names that the article's own quoted titles explain.</summary>
internal static class QuotedTitleNames
{
    // «IRENE & SEULGI's first mini album "Monster" is OUT … the Monster MV is finally up»: a catalog name that the article
    // quotes elsewhere as a title, standing right before a kind word, is that title (the drama "Monster" is not meant).
    public static void Drop(IReadOnlyList<SentenceScan> sentences)
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
            if (s.Names.Count == 0)
            {
                continue;
            }
            s.Names.RemoveAll(r => r.Slug is not null && s.QuoteOf[r.First] < 0 && s.CueAt(r.End) is { Cue.Type: CueType.Kind } kind && kind.First == r.End
                                   && titles.Contains(ExtractionCatalog.Key(r.Text)));
        }
    }
}
