using ReleaseCalendar.Extraction.Languages;
using static ReleaseCalendar.Extraction.Linking.KindCueReader;

namespace ReleaseCalendar.Extraction.Linking;

/// <summary>The kinds a dated clause releases: the strong kind nearest its verb and those coordinated with it, else weaker hints.</summary>
internal sealed class KindChooser(CompiledLanguage language, ArticleMemory memory)
{
    // "вместе с клипом", "along with the music video", "и клип": a second kind in the same release.
    bool AddedByCoordinator(SentenceScan s, KindCue cue, int reach = 3)
    {
        var words = 0;
        for (var t = cue.First - 1; t >= 0 && words < reach; t--)
        {
            if (s.Is(t, language.Coordinators) || (s.Word(t) is "by" && s.Is(t - 1, language.Coordinators)))
            {
                return true; // "accompanied by"
            }
            if (s.IsPunct(t, ',') && AdjectiveAt(s, t - 1) && AdjectiveAt(s, t + 1))
            {
                t--;
                continue; // "accompanied by a glossy, warrior-themed music video": an adjective listed before another
            }
            if (t >= 2 && s.IsPossessive(t - 1) && s.Word(t) is "s" && s.IsWord(t - 2) && !s.StartsUpper(t - 2))
            {
                t -= 2;
                words++;
                continue; // "together with the song's music video": whose video it is, one word (not "Karina's": another act's)
            }
            words++;
            if ((!s.IsWord(t) && !(s.IsDash(t) && s.Glued(t)))
                || s.CueAt(t) is not null && s.CueAt(t)!.Value.Cue.Type is not (CueType.Container or CueType.New or CueType.ClauseBreak))
            {
                return false; // "alongside a candy-coloured music video": a hyphenated adjective is still one word
            }
        }
        return false;
    }

    // Only a title (and its quotes and comma) between: "mini album "READY TO BE," which…".
    static bool OnlyTitleBetween(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (s.QuoteOf[t] < 0 && s.Tokens[t].Type != TokenType.Punct)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Jung Byung-gil's action thriller "The Villainess" opens in South Korean theaters on Thursday, June 8, less than three
    /// weeks after its world premiere", "Comedy-drama "I Can Speak," which opens Thursday": in an article about films, a
    /// drama the clause opens (a cinema verb of its own) is a film, whatever genre or premiere word chose the drama — unless
    /// the sentence says TV, names a streaming service or a series ("Netflix series "The Trunk" opens"), or names episodes.
    /// </summary>
    public bool OpensAsAFilm(SentenceScan s, int clause) =>
        memory.ScreenKind == ReleaseKind.Film && !s.Has(language.TvWords) && !s.Has(language.StreamingServices) && !s.Has(language.SeriesWords)
        && s.Cues.Exists(c => c.Cue.Type is CueType.Release or CueType.Schedule && s.Clause[c.First] == clause && s.Is(c.First, language.CinemaOpenings))
        && !AllKindCues(s).Any(k => k.Kind == ReleaseKind.Episode);

    // «Сегодня в Корее стартует триллер «Забытое» режиссёра Чан Хан Чжуна»: a genre named with its director, in a sentence
    // that says no channel, streamer, series or episode, is a film's (a show's director is rarely the news of its premiere).
    bool DirectedFilm(SentenceScan s) =>
        s.Has(language.DirectorWords) && !s.Has(language.TvWords) && !s.Has(language.StreamingServices) && !s.Has(language.SeriesWords)
        && !AllKindCues(s).Any(k => k.Kind == ReleaseKind.Episode);

    static bool AdjectiveAt(SentenceScan s, int t) => s.IsWord(t) && !s.StartsUpper(t) && s.CueAt(t) is null;

    // "Hwang Dong-hyuk's period drama" in an article about films is a film, unless the sentence says TV: episodes, a
    // channel or a genre hint ("SBS fills the slot with the legal drama", "the rom-com"), or a TV word ("returns to TV in
    // the period drama", "the weekend family drama"). Any described drama that opens is a film there too ("Kang Je-gyu's
    // marathon drama "1947 Boston" will open on Sept. 27"; "A gripping drama … starts streaming" is a show).
    bool GenreDramaIsFilm(SentenceScan s, KindCue primary)
    {
        var genre = s.CueAt(primary.First) is { Cue: { Type: CueType.Kind, Value: Words.Genre } }
                    || (primary.Kind == ReleaseKind.Drama && primary.End == primary.First + 1 && AdjectiveAt(s, primary.First - 1)
                        && s.Has(language.CinemaOpenings));
        if (!genre || memory.ScreenKind != ReleaseKind.Film
            || AllKindCues(s).Any(k => k.Kind == ReleaseKind.Episode || k.Strength == KindStrength.Hint))
        {
            return false;
        }
        return !s.Has(language.TvWords);
    }

    // "song + MV", "the track and its video": a song word right beside its video (a word between at most), in a
    // sentence that names no record (a record's "title track and music video" are the record's).
    static bool SongWithVideo(SentenceScan s, KindCue song, KindCue video) =>
        SentenceScan.Gap(song.First, song.End - 1, video.First, video.End - 1) <= 2
        && Coordinated(s, Math.Min(song.End, video.End), Math.Max(song.First, video.First))
        && !s.Cues.Any(c => c.Cue is { Type: CueType.Kind, Value: Words.TitleTrack })
        && !AllKindCues(s).Any(k => Family(k.Kind) == KindFamily.Record && k.Strength == KindStrength.Strong && !k.Container);

    // "with the title track", "with its new title track", «с заглавным треком»: a with-word, then determiners or adjectives.
    bool WithBefore(SentenceScan s, int t, out int with)
    {
        with = -1;
        for (var k = t - 1; k >= Math.Max(0, t - 3); k--)
        {
            if (s.Is(k, language.WithWords))
            {
                with = k;
                return true;
            }
            if (!s.IsWord(k) || (s.CueAt(k) is { } cue && cue.Cue.Type is not (CueType.New or CueType.ClauseBreak)))
            {
                return false;
            }
        }
        return false;
    }

    // A quoted title ends right before token t (its comma between): "release "Clé 2: Yellow Wood" with …".
    static bool TitleRightBefore(SentenceScan s, int t)
    {
        var k = t - 1;
        while (k >= 0 && s.Tokens[k].Type == TokenType.Punct && s.QuoteOf[k] < 0)
        {
            k--;
        }
        return k >= 0 && s.QuoteOf[k] >= 0;
    }

    /// <summary>"и клип", "along with its music video", "accompanied by a music video": the kind goes with another release.</summary>
    public bool Accompanies(SentenceScan s, KindCue cue) => AddedByCoordinator(s, cue);

    // Words between "alongside"/"with" and the video it adds: "with an accompanying", "alongside a candy-coloured".
    const int CompanionReach = 5;

    public (List<(ReleaseKind Kind, KindCue? Cue)> Kinds, double Confidence) ChooseKinds(
        int si, SentenceScan s, int clause, DateMention date, CueHit signal, List<KindCue> kinds)
    {
        var usable = kinds.Where(k => !k.Container).ToList();
        var anchor = signal.Cue.Type == CueType.Release && s.Clause[signal.First] == clause ? (signal.First, signal.End - 1) : (date.First, date.Last);
        var strong = usable.Where(k => k.Strength == KindStrength.Strong).ToList();
        if (strong.Count > 0)
        {
            // "Вместе с альбомом вышел клип": the kind after "вместе с"/"along with" is the companion, not the main release.
            var primary = strong.MinBy(k => 2 * SentenceScan.Gap(anchor.Item1, anchor.Item2, k.First, k.End - 1) + (AddedByCoordinator(s, k) ? 1 : 0));
            var primaryKind = PremiereAware(s, primary);
            // "sci-fi drama "Wonderland" opened in local theaters": cinemas show films, and so may a genre drama.
            if (primaryKind == ReleaseKind.Drama && (signal.Cue is { Type: CueType.Release, Kind: ReleaseKind.Film } || InCinemas(s, signal)
                                                     || GenreDramaIsFilm(s, primary)))
            {
                primaryKind = ReleaseKind.Film;
            }
            var result = new List<(ReleaseKind, KindCue?)> { (primaryKind, primary) };
            // "The mini album, along with the music video, will be out": the companion is nearest the verb, the main kind before it.
            if (AddedByCoordinator(s, primary) && strong.LastOrDefault(k => k.End <= primary.First && k.Kind != primary.Kind) is { End: > 0 } main)
            {
                result.Add((PremiereAware(s, main), main));
            }
            foreach (var other in strong)
            {
                if (other != primary && other.Kind != primary.Kind
                    && (Coordinated(s, Math.Min(primary.End, other.End), Math.Max(primary.First, other.First)) || AddedByCoordinator(s, other)))
                {
                    result.Add((PremiereAware(s, other), other));
                }
            }
            // "… mini album "READY TO BE," which dropped today together with the music video": in a relative clause, the
            // record it is about (its kind word and title right before the clause) comes with the video.
            var clauseStart = Array.IndexOf(s.Clause, clause);
            if (result.Count == 1 && primary.Kind == ReleaseKind.Mv && s.RelativeClauses.Contains(clause) && AddedByCoordinator(s, primary, CompanionReach)
                && AllKindCues(s).LastOrDefault(k => k.End <= clauseStart && k.Kind != ReleaseKind.Mv && k.Strength == KindStrength.Strong && !k.Container)
                    is { End: > 0 } antecedent && OnlyTitleBetween(s, antecedent.End, clauseStart))
            {
                result.Insert(0, (PremiereAware(s, antecedent), antecedent));
            }
            // "… "Ice Cream," which arrived today alongside a candy-coloured music video", "with an accompanying music
            // video": a video that accompanies the clause's release and no other kind named — the release is the
            // article's kind, else a song.
            if (result.Count == 1 && primary.Kind == ReleaseKind.Mv && AddedByCoordinator(s, primary, CompanionReach)
                && !AllKindCues(s).Any(k => k.Kind != ReleaseKind.Mv && k.Strength == KindStrength.Strong && !k.Container))
            {
                // "with the music video for the new title track": a title track's video comes with a record.
                var record = s.Cues.Any(c => c.Cue is { Type: CueType.Kind, Value: Words.TitleTrack })
                             || TopicKind(si) is { } topic && Family(topic) == KindFamily.Record;
                result.Insert(0, (record ? ReleaseKind.Album : ReleaseKind.Single, null));
            }
            // "клип на свою новую песню": a new song with its video is a single too, and so is a song listed with it ("song +
            // MV", "the track and its video").
            if (result.FirstOrDefault(r => r.Item1 == ReleaseKind.Mv).Item2 is { } video && result.All(r => r.Item1 != ReleaseKind.Single)
                && usable.FirstOrDefault(k => k.Kind == ReleaseKind.Single && k.Strength == KindStrength.Weak
                                              && (HasNewBefore(s, k.First) || SongWithVideo(s, k, video)))
                    is { End: > 0 } song)
            {
                result.Add((ReleaseKind.Single, song));
            }
            return (result, 0.1);
        }
        var weak = usable.Where(k => k.Strength == KindStrength.Weak).ToList();
        if (weak.Count == 0 && !AllKindCues(s).Any(k => !k.Container && k.Strength == KindStrength.Strong))
        {
            weak = usable.Where(k => k.Strength == KindStrength.Hint).ToList();
        }
        if (weak.Count > 0)
        {
            var primary = weak.MinBy(k => SentenceScan.Gap(anchor.Item1, anchor.Item2, k.First, k.End - 1));
            var topic = TopicKind(si);
            // "their sixth mini album "I feel," with the title track "Queencard," arrives", "release "Clé 2: Yellow Wood"
            // with the title track "Side Effects"", «с заглавным треком»: a record, or a title, that comes with its title track
            // is a record ("TREASURE return on February 15 with the title track "JIKJIN."" names only the song).
            if (s.CueAt(primary.First) is { Cue: { Type: CueType.Kind, Value: Words.TitleTrack } } && WithBefore(s, primary.First, out var with))
            {
                var record = AllKindCues(s).LastOrDefault(k => k.End <= primary.First && Family(k.Kind) == KindFamily.Record
                                                               && k.Strength == KindStrength.Strong && !k.Container);
                if (record.End > 0)
                {
                    return ([(record.Kind, record)], 0.05);
                }
                if (TitleRightBefore(s, with))
                {
                    return ([(topic is { } t && Family(t) == KindFamily.Record ? t : ReleaseKind.Album, null)], 0.0);
                }
            }
            var kind = (primary.Kind, topic) switch
            {
                // «на Netflix выйдет шпионский боевик «X»» … «Действие фильма…»: a genre alone is said of films and shows.
                (ReleaseKind.Drama, _) when primary.Strength == KindStrength.Hint && InCinemas(s, signal) => ReleaseKind.Film,
                // «В четверг в Корее выходит триллер «Один день» режиссёра …»: a genre with its director and no TV word.
                (ReleaseKind.Drama, _) when primary.Strength == KindStrength.Hint && DirectedFilm(s) => ReleaseKind.Film,
                // "MBC launches "Knight Flower"" in an article that also lists films: a broadcaster airs shows.
                (ReleaseKind.Drama, _) when primary.Strength == KindStrength.Hint && s.Is(primary.First, language.TvWords) => ReleaseKind.Drama,
                (ReleaseKind.Drama, _) when primary.Strength == KindStrength.Hint && memory.ScreenKind is { } screen && !(screen == ReleaseKind.Film && s.Has(language.TvWords)) => screen,
                (ReleaseKind.Drama, ReleaseKind.Film or ReleaseKind.Drama) => topic!.Value,
                (ReleaseKind.Single, ReleaseKind.Ost) => ReleaseKind.Ost,
                (ReleaseKind.Mv, ReleaseKind.Mv) => ReleaseKind.Mv,
                _ => primary.Kind,
            };
            return ([(kind, kind == primary.Kind ? primary : null)], 0.05);
        }
        // "…альбом, который выйдет 24 мая": the relative clause is about the noun before it.
        if (s.RelativeClauses.Contains(clause))
        {
            var clauseStart = Array.IndexOf(s.Clause, clause);
            var antecedent = AllKindCues(s).LastOrDefault(k => k.End <= clauseStart);
            if (antecedent.End > 0)
            {
                return ([(antecedent.Kind, antecedent)], 0.05);
            }
        }
        var inSentence = AllKindCues(s).Where(k => !k.Container && k.Strength == KindStrength.Strong).ToList();
        if (inSentence.Count > 0)
        {
            var nearest = inSentence.MinBy(k => SentenceScan.Gap(date.First, date.Last, k.First, k.End - 1));
            return ([(nearest.Kind, nearest)], 0.0);
        }
        if (signal.Cue is { Type: CueType.Kind, Strength: KindStrength.Hint, Kind: var hinted })
        {
            // A listing's streaming service: a show, or the article's film; a calendar line's title: what the article lists.
            return ([(memory.ScreenKind ?? (hinted == ReleaseKind.Other ? TopicKind(si) ?? ReleaseKind.Other : hinted), null)], 0.0);
        }
        if (InCinemas(s, signal))
        {
            return ([(ReleaseKind.Film, null)], 0.0); // ""A Taxi Driver" opens in South Korean cinemas": cinemas show films
        }
        // "TWICE announced the mini album "Strategy". It arrives on Feb. 28": "it" is the record or song the sentence before
        // named last (after a show or a film, «Он» is rather its actor: «…в дораме «Королева слёз». Он вернётся…»).
        if (si > 0 && s.Is(s.FirstWord(), language.ItWords) && memory.Titles.LastOrDefault(t => t.Sentence == si - 1) is { Title: not null } named
            && named.Family is KindFamily.Record or KindFamily.Song)
        {
            return ([(named.Kind, null)], 0.0);
        }
        // "this unit was supposed to debut June 15 before they pushed it to July 6" after a thread about its video: a debut
        // is the record's, the one the article named first.
        if (TopicKind(si) == ReleaseKind.Mv && s.Is(signal.First, language.DebutWords)
            && memory.TopicKinds.FirstOrDefault(t => Family(t.Kind) == KindFamily.Record) is { Kind: not ReleaseKind.Other } debuted)
        {
            return ([(debuted.Kind, null)], -0.05);
        }
        // With no kind word in any release sentence, an article about cinemas or shows ("Korean cinemas are heading into
        // peak season…") releases films or shows.
        // Else the kind the article leads with, named before this sentence.
        return (TopicKind(si) ?? memory.ScreenKind) is { } remembered
            ? ([(remembered is ReleaseKind.Film or ReleaseKind.Drama && memory.ScreenKind is { } said ? said : remembered, null)], -0.05)
            : memory.LeadKind is { } lead && lead.Sentence < si
            ? ([(lead.Kind, null)], -0.1)
            : ([(ReleaseKind.Other, null)], -0.1);
    }

    // Words from a release verb to its cinemas: "opened in South Korean theaters", «вышел в прокат».
    const int CinemaReach = 5;

    // A cinema word right after the release verb ("opens in local theaters") or right before it in its phrase («в
    // корейских кинотеатрах выходит «Маленький лес»»), not one of another clause or event ("…, the same day the film
    // "Tazza" opens in theaters", «после показа в кинотеатрах выйдет на Netflix»).
    bool InCinemas(SentenceScan s, CueHit signal)
    {
        for (var t = signal.End; t < Math.Min(s.Count, signal.End + CinemaReach) && s.IsWord(t); t++)
        {
            if (s.Is(t, language.CinemaWords))
            {
                return true;
            }
        }
        var before = false;
        for (var t = signal.First - 1; t >= Math.Max(0, signal.First - CinemaReach) && s.IsWord(t); t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.NotRelease })
            {
                return false;
            }
            before |= s.Is(t, language.CinemaWords);
        }
        return before;
    }

    // "fourth mini album «X»" first, "released the album" later: the same record, and the specific kind stands.
    public ReleaseKind MoreSpecific(ReleaseKind kind, KindCue? cue, string? title)
    {
        if (kind != ReleaseKind.Album || title is null || cue is { } c && c.End - c.First > 1)
        {
            return kind;
        }
        return memory.Titles.Any(t => t.Kind == ReleaseKind.Ep && string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase)) ? ReleaseKind.Ep : kind;
    }

    ReleaseKind? TopicKind(int si)
    {
        (int Sentence, ReleaseKind Kind)? before = null;
        foreach (var topic in memory.TopicKinds)
        {
            if (topic.Sentence <= si)
            {
                before = topic;
            }
        }
        return before?.Kind ?? (memory.TopicKinds.Count > 0 ? memory.TopicKinds[0].Kind : null);
    }
}
