using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Mentions;

/// <summary>
/// Capitalised names that never perform a release (issue #9 §1.2): places in any case form ("in the United States",
/// «в Сеуле»), the name after an organisation noun ("on her label ODD ATELIER", «на канале JTBC»), and a fandom
/// greeted at the start of a post ("MY, камбэк состоялся!", "STAY, it's out!!!") when another name follows.
/// Catalog names always stay.
/// </summary>
internal static class NonSubjects
{
    public static void Drop(SentenceScan s, CompiledLanguage language)
    {
        if (s.Names.Count == 0)
        {
            return;
        }
        s.Names.RemoveAll(r => r.Slug is null
                               && (language.Places.Contains(ExtractionCatalog.Key(r.Text))
                                   || s.Is(r.First - 1, language.OrganisationNouns)
                                   || IsGreeting(s, r)));
    }

    static bool IsGreeting(SentenceScan s, NameRun run)
    {
        for (var t = 0; t < run.First; t++)
        {
            if (s.Tokens[t].Type != TokenType.Punct)
            {
                return false;
            }
        }
        return s.IsPunct(run.End, ',') && s.Names.Any(o => o.First > run.End);
    }
}
