using ReleaseCalendar.Extraction.Languages;
using static ReleaseCalendar.Extraction.Linking.KindCueReader;

namespace ReleaseCalendar.Extraction.Linking;

/// <summary>
/// Pass 1 over an article: which titles go with which kinds ("альбом «X»" early on names the album that "Новый альбом
/// RM выйдет 24 мая" means), the kind each release sentence is about, and who each sentence is about.
/// </summary>
internal sealed class ArticleMemory
{
    public List<(int Sentence, KindFamily Family, ReleaseKind Kind, string Title)> Titles { get; } = [];
    public List<(int Sentence, ReleaseKind Kind)> TopicKinds { get; } = [];
    /// <summary>Each sentence's likely acts, the likeliest first; several when it names a group of them ("Wendy and ZICO").</summary>
    public List<List<NameRun>> SentenceSubjects { get; } = [];
    public NameRun? MainSubject { get; private set; }
    /// <summary>
    /// Film or show, by the article's own words for its work where no title stands by them ("Действие фильма происходит…",
    /// "The series follows…", «Сериал выходит к Дню святого Валентина»); null on a tie. A genre ("thriller", «боевик») is said of both.
    /// </summary>
    public ReleaseKind? ScreenKind { get; private set; }

    /// <summary>
    /// The one kind of record or song the article's first sentence with a kind word names ("🚢 Hospital Ship OST Part 5 🚢"
    /// over "CHAHEE sings "Stain", out WEDNESDAY"), with that sentence's index; null when it names several, or a film or show.
    /// </summary>
    public (int Sentence, ReleaseKind Kind)? LeadKind { get; private set; }

    /// <summary>The article speaks of records or songs and names no film or show by a kind word (a channel aside).</summary>
    public bool MusicOnly { get; private set; }

    /// <summary>No record or song kind is named anywhere: an article about films and shows alone.</summary>
    public bool NoMusic { get; private set; }

    /// <summary>
    /// The one work an article about shows names in quotes («Спустя пять лет … вернулся «Огненный священник». Первая серия
    /// второго сезона вышла вчера»): what a show's release with no title of its own is of. Null when the article names
    /// music, a film or two titles.
    /// </summary>
    public string? OnlyShowTitle { get; private set; }

    // Pass 1: titles by kind, the topic kind of release sentences, and each sentence's likely subject.
    public static ArticleMemory Build(IReadOnlyList<SentenceScan> sentences, SubjectLinker subjects, CompiledLanguage language)
    {
        var memory = new ArticleMemory();
        var counts = new Dictionary<string, (int Count, NameRun Run)>(StringComparer.Ordinal);
        var (films, shows, cinema, music, screen) = (0, 0, 0, 0, 0);
        var leadSeen = false;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var hasRelease = s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule);
            var namesAWork = false;
            ReleaseKind? lead = null;
            var leadKinds = 0;
            foreach (var cue in AllKindCues(s))
            {
                if (cue is { Strength: KindStrength.Strong, Container: false } && cue.Kind != lead)
                {
                    (lead, leadKinds) = (cue.Kind, leadKinds + 1);
                }
                var title = TitleLinker.TitleAfterOrBefore(s, cue);
                if (title is not null)
                {
                    memory.Titles.Add((si, Family(cue.Kind), cue.Kind, title));
                    namesAWork |= cue.Kind is ReleaseKind.Film or ReleaseKind.Drama && TitleLinker.TimedAgainstKind(s, cue.First, cue.End, language);
                }
                music += !cue.Container && Family(cue.Kind) is KindFamily.Record or KindFamily.Song ? 1 : 0;
                screen += cue.Strength == KindStrength.Strong && Family(cue.Kind) is KindFamily.Film or KindFamily.Show ? 1 : 0;
                // "…will release its new EP as scheduled, but the music video … has been held back": a video a clause holds
                // back or calls off, with no new day, is not what the next sentence with no kind word releases (a record or a
                // film that moves still comes out, if elsewhere).
                if (hasRelease && cue.Strength == KindStrength.Strong && !cue.Container
                    && !(cue.Kind == ReleaseKind.Mv && HeldBack(s, s.Clause[cue.First])))
                {
                    memory.TopicKinds.Add((si, cue.Kind));
                }
                // "the film «Past Lives»" names another work; a bare "the film" is the article's own.
                if (cue is { Strength: KindStrength.Strong, Container: false } && title is null)
                {
                    films += cue.Kind == ReleaseKind.Film ? 1 : 0;
                    shows += cue.Kind == ReleaseKind.Drama ? 1 : 0; // not «серия»: «серия убийств» is a string of murders
                }
            }
            if (leadKinds > 0 && !leadSeen)
            {
                leadSeen = true;
                // A record or a song only: "Itaewon Class episode 9 drew a record audience" leads no act's release.
                memory.LeadKind = leadKinds == 1 && Family(lead!.Value) is KindFamily.Record or KindFamily.Song or KindFamily.Ost ? (si, lead.Value) : null;
            }
            // "after his film "Real" flopped at the box office": the cinemas are the work's the release is timed against.
            cinema += !namesAWork && AtTheCinema(s, language) ? 1 : 0;
            var anchor = s.Cues.FirstOrDefault(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Kind);
            List<NameRun> found = [];
            if (s.Names.Count > 0 && anchor != default)
            {
                found = subjects.BestSubjects(s, s.Clause[anchor.First], anchor.First, anchor.First, anchor.Cue.Type == CueType.Kind ? anchor : null, out _);
            }
            else if (anchor == default && Collaboration(s, language) is { } pair)
            {
                found = pair;
            }
            found = CollaborationOf(s, language, found);
            memory.SentenceSubjects.Add(found);
            foreach (var run in s.Names)
            {
                if (subjects.MadeBy(s, run))
                {
                    continue; // "directed by Na Hong-jin": the maker is no subject of the article, however often named
                }
                var key = run.Slug ?? ExtractionCatalog.Key(run.Text);
                counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.Run) : (1, run);
            }
        }
        // Cinemas and the box office show films only, so they count as films and also win a tie: they outweigh a film's
        // genre called "drama" ("Jang Joon-hwan's drama recreates…" under "Year-end box office").
        films += cinema;
        memory.MusicOnly = music > 0 && screen == 0;
        memory.NoMusic = music == 0;
        memory.ScreenKind = films > shows || (films == shows && cinema > 0) ? ReleaseKind.Film : shows > films ? ReleaseKind.Drama : null;
        memory.MainSubject = counts.Count == 0 ? null : counts.Values.MaxBy(v => v.Count).Run;
        if (memory.NoMusic && memory.ScreenKind == ReleaseKind.Drama)
        {
            memory.OnlyShowTitle = OnlyTitle(sentences);
        }
        return memory;
    }

    /// <summary>"ZICO x JENNIE "SPOT!" IS OUT TODAY": one act of a "×" pair found as a release's act brings the other.</summary>
    public static List<NameRun> CollaborationOf(SentenceScan s, CompiledLanguage language, List<NameRun> found) =>
        found is [var one] && Collaboration(s, language) is { } pair && pair.Exists(p => p.First == one.First) ? pair : found;

    /// <summary>
    /// «Тэян из BIGBANG × Чимин из BTS 🤝», "ROSÉ x BRUNO MARS": a sentence that sets two acts the catalog knows against
    /// each other with a "×" names the two acts of a collaboration (on each side the name nearest the mark, the group
    /// after «из»/"of" aside); with no release word of its own, a release after it with no act of its own is both of
    /// theirs ("MOMOLAND x BAAM" sets an act against its song).
    /// </summary>
    static List<NameRun>? Collaboration(SentenceScan s, CompiledLanguage language)
    {
        if (s.Names.Count < 2)
        {
            return null; // asked of every sentence: most name no pair, and need no walk over their tokens
        }
        for (var t = 1; t < s.Count - 1; t++)
        {
            if ((s.Tokens[t].Length == 1 && s.Text[s.Tokens[t].Start] is '×') || (s.IsWord(t) && s.Word(t) is "x" && !s.Glued(t) && !s.Glued(t + 1)))
            {
                var left = s.Names.FindLast(n => n.End <= t && !s.Is(n.First - 1, language.NameJoiners));
                var right = s.Names.Find(n => n.First > t);
                return left is { Slug: not null } && right is { Slug: not null } ? [left, right] : null;
            }
        }
        return null;
    }

    // The text of the one title the article quotes (each form of it: «Огненный священник», «Огненного священника»), or null.
    static string? OnlyTitle(IReadOnlyList<SentenceScan> sentences)
    {
        string? only = null, key = null;
        foreach (var s in sentences)
        {
            for (var q = 0; q < s.Quotes.Count; q++)
            {
                if (!s.Quotes[q].IsTitle)
                {
                    continue;
                }
                var text = s.Text[s.Quotes[q].ContentStart..s.Quotes[q].ContentEnd].Trim().TrimEnd(',', '.');
                var k = ExtractionCatalog.Key(text);
                if (key is not null && k != key)
                {
                    return null;
                }
                (only, key) = (only ?? text, k);
            }
        }
        return only;
    }

    // "Year-end box office: …", "opens in South Korean cinemas": a sentence about cinemas counts for films.
    static bool AtTheCinema(SentenceScan s, CompiledLanguage language)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Is(t, language.CinemaWords) || (!s.Masked(t) && language.BoxOffice.TryMatch(s.Lower, s.Tokens, t, out _, out _)))
            {
                return true;
            }
        }
        return false;
    }

    // A day the clause gives is a new one, unless it is the day of the saying ("held back, the agency said Thursday").
    static bool HeldBack(SentenceScan s, int clause) =>
        s.Cues.Exists(c => c.Cue.Type is CueType.Postpone or CueType.Cancel && s.Clause[c.First] == clause)
        && !s.Dates.Exists(d => s.Clause[d.First] == clause && s.CueAt(d.First - 1) is not { Cue.Type: CueType.Announce });
}
