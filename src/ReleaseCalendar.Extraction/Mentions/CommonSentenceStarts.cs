namespace ReleaseCalendar.Extraction.Mentions;

internal static class CommonSentenceStarts
{
    // "Вместе", "Дата", "Напомним" open sentences capitalised; a real name is capitalised mid-sentence somewhere too.
    public static void Drop(IReadOnlyList<SentenceScan> sentences)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var run in s.Names)
            {
                if (!run.InitialOnly)
                {
                    named.Add(ExtractionCatalog.Key(run.Text));
                }
            }
        }
        foreach (var s in sentences)
        {
            s.Names.RemoveAll(r => r.InitialOnly && r.Slug is null && !named.Contains(ExtractionCatalog.Key(r.Text)));
        }
    }
}
