using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

internal static class CommonSentenceStarts
{
    // "Вместе", "Дата", "Напомним" open sentences capitalised; a real name is capitalised mid-sentence somewhere too.
    // A catalog name that is also a word («Выход нового сингла…», the film "Exit") counts when it is named twice, or
    // when "and" joins it to another name («Хёна и Дон выпустят…», «Сухо и Чан Джэ Ин»): a list of acts, not a word.
    public static void Drop(IReadOnlyList<SentenceScan> sentences, CompiledLanguage language)
    {
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
                : slugs[r.Slug] < 2 && !JoinedToAName(s, r, language)));
        }
    }

    static bool JoinedToAName(SentenceScan s, NameRun run, CompiledLanguage language) =>
        s.Is(run.End, language.ListWords) && s.Names.Exists(o => o.First == run.End + 1 && !o.InitialOnly);
}
