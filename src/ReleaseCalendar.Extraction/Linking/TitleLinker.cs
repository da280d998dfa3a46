using ReleaseCalendar.Extraction.Languages;
using static ReleaseCalendar.Extraction.Linking.KindCueReader;

namespace ReleaseCalendar.Extraction.Linking;

/// <summary>The title of a release: the quote after or before its kind word, the one free quote of its clause, or memory.</summary>
internal sealed class TitleLinker(IReadOnlyList<SentenceScan> sentences, ArticleMemory memory, CompiledLanguage language)
{
    const int TitleLookAhead = 6;

    public string? TitleFor(int si, SentenceScan s, KindCue? kindCue, ReleaseKind kind, int clause)
    {
        if (kindCue is { } cue && TitleBeside(s, cue) is { } title)
        {
            return title;
        }
        // "OST … песня «X»": a track-level kind takes the title of the song named in its clause.
        if (kind is ReleaseKind.Single or ReleaseKind.Mv or ReleaseKind.Ost)
        {
            foreach (var song in AllKindCues(s))
            {
                if (song.Kind == ReleaseKind.Single && song.Strength == KindStrength.Weak && s.Clause[song.First] == clause
                    && TitleBeside(s, song) is { } songTitle)
                {
                    return songTitle;
                }
            }
        }
        // "drops all eight episodes of the series "A Killer Paradox"", «первая серия дорамы «Рекорд юности»»: an episode is
        // of the show its clause names by a show word, not of another title quoted there ("the director of "X"").
        if (kind is ReleaseKind.Drama or ReleaseKind.Episode)
        {
            foreach (var show in AllKindCues(s))
            {
                if (Family(show.Kind) == KindFamily.Show && s.Clause[show.First] == clause && TitleBeside(s, show) is { } showTitle)
                {
                    return showTitle;
                }
            }
        }
        // One free title in the clause ("«Come Back to Me» вышел 10 мая") belongs to it.
        // A genre or a channel («шпионский боевик «X»») claims no title: it is said of films and shows alike; nor does a
        // film's or show's word of the release's own family ("Korean blockbuster "The Tower" will open …, a disaster movie
        // set on …"). A song's does: "After the hit single "Love poem", IU releases a new single".
        var ownScreenFamily = Family(kind) is KindFamily.Film or KindFamily.Show;
        var claimed = AllKindCues(s).Where(k => k.Strength != KindStrength.Hint && !(ownScreenFamily && Family(k.Kind) == Family(kind)))
            .Select(k => QuoteAfter(s, k)).Where(q => q >= 0).ToHashSet();
        var free = -1;
        var firstFree = -1;
        var freeCount = 0;
        var last = -1;
        for (var t = 0; t < s.Count; t++)
        {
            var q = s.QuoteOf[t];
            if (q < 0 || q == last || s.Clause[t] != clause)
            {
                continue;
            }
            last = q;
            if (!claimed.Contains(q) && !InParentheses(s, t) && !OtherWork(s, q, kind) && !AfterThatInAnItSentence(s, t))
            {
                free = q;
                firstFree = firstFree < 0 ? q : firstFree;
                freeCount++;
            }
        }
        // "KBS2's "Nothing Uncovered," which premiered Monday, … below the opening of its predecessor "Love Song for
        // Illusion"": a relative clause whose own verb is the release's is about the title just before it, whatever else
        // it quotes later ("Following "Any Song," which topped charts, ZICO drops "SPOT!"" and "who returns with "Queen of
        // Tears"" keep their own titles).
        if (freeCount > 0 && RelativeVerbReleases(s, clause) && RelativeAntecedent(s, clause, kind) is { } antecedent)
        {
            return antecedent;
        }
        if (freeCount == 1)
        {
            return QuoteText(s, free);
        }
        // "The premiere comes on the 12th, when tvN launches "Twenty-Five Twenty-One"": the clause after the day says what it brings.
        if (freeCount == 0 && WhenClauseTitle(s, clause, kind) is { } brought)
        {
            return brought;
        }
        // "the series "Be Melodramatic," which premieres on Friday": a relative clause is about the title just before it.
        if (RelativeAntecedent(s, clause, kind) is { } about)
        {
            return about;
        }
        // "…and with its rivals' new series, which starts the same evening": another's work, not the one remembered.
        if (kindCue is { } own && OfARival(s, own))
        {
            return null;
        }
        // ""Itaewon Class" crosses into its second half this weekend, with episode 9 airing Friday": an episode whose clause
        // names no show is of the one show the sentence named before it.
        if (kind == ReleaseKind.Episode && freeCount == 0 && OnlyTitleBefore(s, clause, kind) is { } before)
        {
            return before;
        }
        // «Место сериала займёт триллер «Доктор-чужак». Его премьера состоится 5 мая.», "tvN's weekend slot now goes to "The
        // Midnight Romance in Hagwon." It premieres May 11.": "its" or "it" is the show named last before.
        // «Следом передвинули и комедию «Сплит». Её премьера состоится 10 ноября.»: so is a film's, named by its genre.
        if (kind is ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film && freeCount == 0 && si > 0 && OpensWithItOrIts(s)
            && memory.Titles.LastOrDefault(t => t.Sentence == si - 1 && t.Family == KindFamily.Show) is { Title: { } its })
        {
            return its;
        }
        // "tvN swapped the two shows to give "Catch the Ghost" more production time, so it now premieres on Monday, Oct. 21":
        // "it" opening a later clause is the title its sentence quoted last before it.
        if (freeCount == 0 && OpensWithIt(s, clause) && TitleBeforeClause(s, clause, kind) is { } it)
        {
            return it;
        }
        // «Сначала о «Мистере Саншайне». … Заключительные серии выйдут 29 и 30 сентября.»: a paragraph that opens on one
        // show (its first sentence opens with the title, or says little more than it) is about that show; an untitled
        // episode or premiere further in is its, not the headline's.
        if (kind is ReleaseKind.Drama or ReleaseKind.Episode && freeCount == 0 && ParagraphShow(si, kind) is { } opened)
        {
            return opened.Title;
        }
        // "'Mad Dog' bites into a tough slot" over "… up from the finale of "Manhole"" and "The first episode aired on
        // October 11": an untitled premiere or episode is of the show the headline quotes, not of a rival named since.
        if (kind is ReleaseKind.Drama or ReleaseKind.Episode && sentences is [{ Quotes.Count: 1 }, ..] && HeadlineTitle(kind) is { } headlined)
        {
            return headlined;
        }
        // «2 августа в кинотеатрах стартуют два проекта - космическая драма «Луна» и боевик «Выкуп»»: a film or show whose
        // clause names several is the first of them, not a title remembered from another sentence.
        if (kind is ReleaseKind.Film or ReleaseKind.Drama && freeCount > 1)
        {
            return QuoteText(s, firstFree);
        }
        // "Showbox has moved "Vanishing Time" back by a week. The film had been dated for Nov. 10 …": "the film" opening a
        // sentence is the one title the sentence before quotes, not one remembered from elsewhere or the headline's first.
        if (kind is ReleaseKind.Film && freeCount == 0 && si > 0 && kindCue is { } opener && OpensWithTheKind(s, opener)
            && sentences[si - 1] is { Quotes.Count: 1 } previous && !InParentheses(previous, previous.TokenAtOrAfter(previous.Quotes[0].OuterStart)))
        {
            return QuoteText(previous, 0);
        }
        return TitleFromMemory(si, kind) ?? (kind is ReleaseKind.Film ? HeadlineTitle(kind) : null);
    }

    // "The film …", «Фильм …»: the kind word opens the sentence, after a determiner at most.
    bool OpensWithTheKind(SentenceScan s, KindCue kind) =>
        s.FirstWord() is >= 0 and var first && (kind.First == first || (kind.First == first + 1 && s.Is(first, language.Determiners)));

    // "Its distributor pulled the release forward …, taking the slot that "Vanishing Time" vacated": a sentence about "it"
    // names another work right after "that", "which" (the object of a relative clause).
    bool AfterThatInAnItSentence(SentenceScan s, int t)
    {
        var before = t - 1;
        while (before >= 0 && s.Tokens[before].Type == TokenType.Punct && s.QuoteOf[before] >= 0)
        {
            before--; // the opening quote mark
        }
        return before >= 0 && s.CueAt(before) is { Cue: { Type: CueType.ClauseBreak, Value: Words.RelativeClause } } && OpensWithItOrIts(s);
    }

    bool OpensWithIt(SentenceScan s, int clause)
    {
        var t = Array.IndexOf(s.Clause, clause);
        if (t > 0 && s.CueAt(t) is { Cue.Type: CueType.ClauseBreak })
        {
            t++;
        }
        return t > 0 && s.Is(t, language.ItWords);
    }

    // The first title of the nearest clause before that quotes one: ""My Demon" takes over the slot from "Lovely Runner,"
    // and it premieres on June 3" is My Demon's premiere.
    string? TitleBeforeClause(SentenceScan s, int clause, ReleaseKind kind)
    {
        for (var before = clause - 1; before >= 0; before--)
        {
            for (var t = 0; t < s.Count; t++)
            {
                if (s.Clause[t] == before && s.QuoteOf[t] is >= 0 and var q && !OtherWork(s, q, kind))
                {
                    return QuoteText(s, q);
                }
            }
        }
        return null;
    }

    bool OpensWithItOrIts(SentenceScan s) => s.FirstWord() is >= 0 and var first && (s.Is(first, language.ItsWords) || s.Is(first, language.ItWords));

    static bool RelativeVerbReleases(SentenceScan s, int clause)
    {
        var start = Array.IndexOf(s.Clause, clause);
        for (var t = start + 1; t <= start + 2 && t < s.Count; t++)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule } verb && verb.First == t)
            {
                return verb.End >= s.Count || s.QuoteOf[verb.End] < 0;
            }
        }
        return false;
    }

    internal string? RelativeAntecedent(SentenceScan s, int clause, ReleaseKind kind)
    {
        if (!s.RelativeClauses.Contains(clause))
        {
            return null;
        }
        var start = Array.IndexOf(s.Clause, clause);
        for (var t = start - 1; t >= Math.Max(0, start - CastReach); t--)
        {
            if (s.QuoteOf[t] is var q and >= 0)
            {
                return OtherWork(s, q, kind) || (t < start - 3 && !OnlyCastBetween(s, t + 1, start)) ? null : QuoteText(s, q);
            }
        }
        return null;
    }

    // "the medical thriller "Doctor Stranger," starring Lee Jong-suk, Park Hae-jin, Kang So-ra and Jin Se-yeon, which
    // premieres Monday": its cast may stand between a title and the relative clause about it.
    const int CastReach = 16;

    // The words of "a comedy mystery" before "starring".
    const int AppositionWords = 4;

    bool OnlyCastBetween(SentenceScan s, int from, int to)
    {
        var t = from;
        while (t < to && s.Tokens[t].Type == TokenType.Punct)
        {
            t++;
        }
        // ""Behind Your Touch," a comedy mystery starring Han Ji-min and Lee Min-ki, which premieres": a few words saying
        // what the work is may stand before its cast.
        // «„Легенда синего моря“ на SBS с Чон Джи Хён и Ли Мин Хо, которая…»: its channel, too.
        if (t + 1 < to && s.IsWord(t) && s.CueAt(t + 1) is { Cue: { Type: CueType.Kind, Strength: KindStrength.Hint } } channel
            && channel.First == t + 1 && s.Is(channel.First, language.TvWords))
        {
            t = channel.End;
        }
        if (t < to && s.Is(t, language.IndefiniteArticles))
        {
            var cast = t + 1;
            while (cast < to && cast - t <= AppositionWords && s.IsWord(cast) && !s.StartsUpper(cast) && !s.Is(cast, language.CastWords)
                   && s.CueAt(cast) is not { Cue.Type: CueType.Release or CueType.Schedule })
            {
                cast++;
            }
            t = cast < to && s.Is(cast, language.CastWords) ? cast : t;
        }
        if (t >= to || !s.Is(t, language.CastWords))
        {
            return false;
        }
        for (; t < to; t++)
        {
            if (s.QuoteOf[t] >= 0 || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Kind })
            {
                return false;
            }
        }
        return true;
    }

    string? OnlyTitleBefore(SentenceScan s, int clause, ReleaseKind kind)
    {
        var start = Array.IndexOf(s.Clause, clause);
        var found = -1;
        for (var t = 0; t < start; t++)
        {
            if (s.QuoteOf[t] is var q and >= 0 && q != found)
            {
                // Not when the sentence quotes two ("Goblin" writer Kim Eun-sook, whose latest hit is "The Glory"), nor a
                // word in quotes ("the remaining "acts""), a work a relative clause names ("who broke out in "SKY Castle""),
                // or a song's or a record's ("OST "Sonagi"").
                if (found >= 0 || OtherWork(s, q, kind) || InParentheses(s, t) || char.IsLower(QuoteText(s, q)[0])
                    || s.RelativeClauses.Contains(s.Clause[t])
                    || AllKindCues(s).Any(k => k.Strength != KindStrength.Hint && Family(k.Kind) != KindFamily.Show && QuoteAfter(s, k) == q))
                {
                    return null;
                }
                found = q;
            }
        }
        return found >= 0 ? QuoteText(s, found) : null;
    }

    // A rival's word beside the kind word («сериалом соперников», "the rival's new drama", "the competing series").
    bool OfARival(SentenceScan s, KindCue cue)
    {
        for (var t = Math.Max(0, cue.First - 4); t < Math.Min(s.Count, cue.End + 2); t++)
        {
            if (s.Is(t, language.RivalWords))
            {
                return true;
            }
        }
        return false;
    }

    string? WhenClauseTitle(SentenceScan s, int clause, ReleaseKind kind)
    {
        var start = Array.IndexOf(s.Clause, clause + 1);
        if (start < 1 || !s.Is(start, language.WhenWords) || !s.Dates.Any(d => s.Clause[d.First] == clause))
        {
            return null;
        }
        // The title is what a release word of the clause brings ("when tvN launches "X""), not any name the clause quotes
        // ("when the cast of "X" reunite on a talk show").
        string? title = null;
        var released = false;
        for (var t = start; t < s.Count && s.Clause[t] == clause + 1; t++)
        {
            released |= s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule };
            if (released && s.QuoteOf[t] is var q and >= 0 && (t == 0 || s.QuoteOf[t - 1] != q) && !InParentheses(s, t) && !OtherWork(s, q, kind))
            {
                if (title is not null)
                {
                    return null; // two titles: which one the day brings is not said
                }
                title = QuoteText(s, q);
            }
        }
        return title;
    }

    // "«Куриный наггетс» — комедия Ли Бён Хона (режиссёра «Экстремальной работы»)": a bracket holds background, not the release.
    static bool InParentheses(SentenceScan s, int token) => s.OpenBracketOf(token) >= 0;

    // The title beside a kind word, unless it names another work (""Light Shop," … last year's hit "Moving," premiered").
    string? TitleBeside(SentenceScan s, KindCue cue)
    {
        var title = TitleAfterOrBefore(s, cue);
        if (title is null)
        {
            return null;
        }
        for (var q = 0; q < s.Quotes.Count; q++)
        {
            if (OtherWork(s, q, cue.Kind) && QuoteText(s, q) == title) // most quotes are no other work: no text is cut for them
            {
                return null;
            }
        }
        return title;
    }

    // "the 2016 hit "Train to Busan"", ""Squid Game" star Lee Jung-jae": a work named to place the release, not the release.
    bool OtherWork(SentenceScan s, int quote, ReleaseKind kind)
    {
        int first = -1, last = -1;
        for (var t = 0; t < s.Count; t++)
        {
            if (s.QuoteOf[t] == quote)
            {
                first = first < 0 ? t : first;
                last = t;
            }
        }
        var before = first - 1;
        while (before >= 0 && s.Tokens[before].Type == TokenType.Punct)
        {
            before--;
        }
        var after = last + 1;
        while (after < s.Count && s.Tokens[after].Type == TokenType.Punct && !s.IsPunct(after, ','))
        {
            after++;
        }
        // "the "Parasite" star Song Kang-ho" names another work; ""Cobweb" stars Song Kang-ho" is a verb of this one.
        var verbStars = s.IsWord(after) && s.Word(after) is "stars" && s.IsWord(after + 1) && s.StartsUpper(after + 1);
        // «через неделю после фильма «Поезд в Пусан»», "a week before "Tunnel"", "after his film "Real" flopped": the work
        // the release is timed against.
        var timedAgainst = before >= 0 && (s.Is(before, language.TimedAgainstWords)
                                           || (s.CueAt(before) is { Cue.Type: CueType.Kind } kindCue && TimedAgainstKind(s, kindCue.First, kindCue.End, language)));
        return timedAgainst || (before >= 0 && s.Is(before, language.OtherWorkBefore)) || s.PhraseEndsAt(before, language.SucceedsPhrases)
            || s.PhraseEndsAt(before, language.SourcePhrases) || (after < s.Count && s.Is(after, language.OtherWorkAfter) && !verbStars)
            || (kind is ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film && FromSource(s, first));
    }

    /// <summary>
    /// «после фильма», "after the film", "after his film "Real" flopped": the kind word names the work a release is timed
    /// against, not the release — unless, after a determiner, its own clause releases it ("Before their album "Golden
    /// Hour" drops on June 3").
    /// </summary>
    public static bool TimedAgainstKind(SentenceScan s, int kindFirst, int kindEnd, CompiledLanguage language) =>
        s.Is(kindFirst - 1, language.TimedAgainstWords) || s.PhraseEndsAt(kindFirst - 1, language.SucceedsPhrases)
        || (s.Is(kindFirst - 1, language.Determiners) && s.Is(kindFirst - 2, language.TimedAgainstWords) && !ReleasedInItsClause(s, kindEnd - 1));

    static bool ReleasedInItsClause(SentenceScan s, int last)
    {
        for (var t = last + 1; t < s.Count && s.Clause[t] == s.Clause[last]; t++)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule })
            {
                return true;
            }
        }
        return false;
    }

    const int SourceReach = 7;

    // "a Korean remake of the cult Canadian film "Tucker and Dale vs. Evil"", «автора «Туннеля» и сериала «Королевство»»:
    // a source word a few words before, with no comma or title word ("под названием") between, names the work a show or
    // film comes from (a song's remake keeps its title). "Director Ryoo Seung-wan's "X"" is the release's own director.
    bool FromSource(SentenceScan s, int quoteFirst)
    {
        for (var t = quoteFirst - 1; t >= Math.Max(0, quoteFirst - SourceReach); t--)
        {
            if (s.Tokens[t].Type == TokenType.Punct ? s.IsPunct(t, ',') || s.IsPunct(t, '.') || s.IsSpacedDash(t)
                    : s.QuoteOf[t] < 0 && s.Is(t, language.TitleIntroducers))
            {
                return false;
            }
            if (s.Is(t, language.SourceWorkWords))
            {
                return true;
            }
            if (s.Is(t, language.SourcePeople) && s.IsWord(t + 1) && s.Word(t + 1) is "of" or "behind")
            {
                return true;
            }
        }
        return false;
    }

    // A screen article names its show in the headline: «Королева слёз» выходит на экраны.
    // How many words besides its title a paragraph's opening sentence may say and still be only about it («Сначала о …»,
    // "Now to …").
    const int TopicWords = 3;

    /// <summary>The show a release's paragraph opens on, with the sentence that names it; null when the paragraph opens on
    /// no single title or names another before the release.</summary>
    internal (int Sentence, string Title)? ParagraphShow(int si, ReleaseKind kind)
    {
        var line = sentences[si].Line;
        var first = si;
        while (first > 1 && sentences[first - 1].Line == line)
        {
            first--;
        }
        if (first == si || first == 0)
        {
            return null;
        }
        // Another title named between the opening and the release may be what it is about.
        for (var p = first + 1; p < si; p++)
        {
            if (sentences[p].Quotes.Exists(q => q.IsTitle))
            {
                return null;
            }
        }
        var opener = sentences[first];
        if (opener.Quotes.Count(q => q.IsTitle) != 1)
        {
            return null;
        }
        var quote = opener.Quotes.FindIndex(q => q.IsTitle);
        var opensWithIt = opener.Count > 0 && opener.QuoteOf[0] == quote;
        var words = 0;
        for (var t = 0; t < opener.Count; t++)
        {
            words += opener.IsWord(t) ? 1 : 0;
        }
        return (opensWithIt || (opener.Dates.Count == 0 && words <= TopicWords)) && !OtherWork(opener, quote, kind)
            ? (first, QuoteText(opener, quote))
            : null;
    }

    string? HeadlineTitle(ReleaseKind kind)
    {
        var headline = sentences.Count > 0 ? sentences[0] : null;
        return headline is { Quotes.Count: > 0 } && headline.Quotes[0].IsTitle && !OtherWork(headline, 0, kind) ? QuoteText(headline, 0) : null;
    }

    // "Both weekend dramas, "Happy Home" and …, are dropped for volleyball coverage": a sentence that calls a show off and
    // gives no day of its own (not "Last week's episode was cancelled for the Asian Cup", which has one).
    static bool CallsOffWithNoDay(SentenceScan s) => s.Dates.Count == 0 && s.Cues.Exists(c => c.Cue.Type == CueType.Cancel);

    string? TitleFromMemory(int si, ReleaseKind kind)
    {
        var family = Family(kind);
        string? after = null;
        string? before = null;
        foreach (var (sentence, f, _, title) in memory.Titles)
        {
            if (f != family)
            {
                continue;
            }
            if (sentence < si)
            {
                before = title;
            }
            // "Saturday TV guide: … weekend dramas take a seat" over "Both weekend dramas, "Happy Home" and …, are dropped
            // for volleyball coverage": a later title the article calls off is not the one that comes.
            else if (sentence > si && after is null && !CallsOffWithNoDay(sentences[sentence]))
            {
                after = title;
            }
        }
        return before ?? after;
    }

    public static string? TitleAfterOrBefore(SentenceScan s, KindCue cue)
    {
        var after = QuoteAfter(s, cue);
        if (after >= 0)
        {
            return QuoteText(s, after);
        }
        foreach (var (first, end) in s.TitleRuns)
        {
            if (first == cue.End)
            {
                return s.Slice(first, end);
            }
        }
        // "«Supernova» — новый сингл", "'Rockstar' music video"
        for (var t = cue.First - 1; t >= Math.Max(0, cue.First - 3); t--)
        {
            if (s.QuoteOf[t] >= 0)
            {
                // «KBS проводит «Гаё Тэчхукчже», MBC — свою церемонию»: what an event word stands before is the event.
                var first = t;
                while (first > 0 && s.QuoteOf[first - 1] == s.QuoteOf[t])
                {
                    first--;
                }
                return s.CueAt(first - 1) is { Cue.Type: CueType.NotRelease or CueType.Hold } ? null : QuoteText(s, s.QuoteOf[t]);
            }
            if (s.Tokens[t].Type != TokenType.Punct && s.CueAt(t) is not { Cue.Type: CueType.New or CueType.Tense })
            {
                break;
            }
        }
        return null;
    }

    static int QuoteAfter(SentenceScan s, KindCue cue)
    {
        for (var t = cue.End; t < Math.Min(s.Count, cue.End + TitleLookAhead); t++)
        {
            if (s.QuoteOf[t] >= 0)
            {
                return s.QuoteOf[t];
            }
            if (s.Consumed[t] || s.IsPunct(t, '.') || s.IsPunct(t, ';'))
            {
                return -1;
            }
            // «KBS проводит «Гаё Тэчхукчже»»: an event word or a verb of holding between names the event, not the kind's work.
            if (s.CueAt(t) is { Cue.Type: CueType.NotRelease or CueType.Hold })
            {
                return -1;
            }
            // "клип на песню «X»" reaches through the song; "альбом и сингл «X»" does not give the album X.
            if (s.CueAt(t) is { } hit && hit.First == t && hit.Cue.Type is CueType.Kind or CueType.Release
                && hit.Cue.Kind != cue.Kind && !(cue.Kind == ReleaseKind.Mv && hit.Cue.Kind == ReleaseKind.Single))
            {
                return -1;
            }
        }
        return -1;
    }

    // American punctuation goes inside quotes ("Supernova," / "Sparkling Blue."), but «APT.» keeps its dot mid-sentence.
    public static string QuoteText(SentenceScan s, int quote)
    {
        var q = s.Quotes[quote];
        var end = q.ContentEnd;
        while (end > q.ContentStart + 1 && (s.Text[end - 1] is ',' or ';' or ':' || (s.Text[end - 1] == '.' && q.OuterEnd >= s.End - 1)))
        {
            end--;
        }
        return s.Text[q.ContentStart..end].TrimEnd();
    }
}
