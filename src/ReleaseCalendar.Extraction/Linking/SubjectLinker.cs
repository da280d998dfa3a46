using ReleaseCalendar.Extraction.Languages;
using static ReleaseCalendar.Extraction.Linking.KindCueReader;

namespace ReleaseCalendar.Extraction.Linking;

/// <summary>Who a release is by: the name that stands before its verb, owns its kind word, or carries the sentence.</summary>
internal sealed class SubjectLinker(CompiledLanguage language, ExtractionCatalog? catalog)
{
    const int SubjectBeforeVerbGap = 4;
    // A catalog match beats an unknown capitalised word in the same place, never a name that stands before the verb.
    const double CatalogBonus = 1.5;

    public List<NameRun> SubjectsFor(ArticleMemory memory, int si, SentenceScan s, int clause, DateMention date, CueHit signal, KindCue? kindCue,
        ReleaseKind kind, string? title, out double confidence)
    {
        // A show is named by its title («Королева слёз»); its cast are not the subject, and an unnamed show is no entry.
        if (kind is ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film)
        {
            confidence = 0.05;
            return title is null ? [] : [new NameRun { Text = title, Slug = catalog?.Resolve(title) }];
        }
        var verb = s.Clause[signal.First] == clause ? signal.First : date.First;
        var found = BestSubjects(s, clause, verb, date.First, kindCue is { } k ? new CueHit(k.First, k.End, default) : null, out var inClause);
        // "PERFECT NIGHT IS OUT": the title in capitals is read as a name too, but a record's title is not its artist.
        // Without a catalog a self-titled record ("BoA releases "BoA"") keeps its act.
        bool IsTheTitle(NameRun run) => catalog is not null && run.Slug is null && string.Equals(run.Text, title, StringComparison.OrdinalIgnoreCase);
        found.RemoveAll(IsTheTitle);
        if (found.Count > 0)
        {
            confidence = inClause ? 0.1 : 0.05;
            // "kissy fam … our girls drop "Midas Touch"": with a catalog, a name it does not know does not outrank the
            // act the article is about.
            if (catalog is not null && found.TrueForAll(f => f.Slug is null && !NamedAsPerformer(s, f)) && memory.MainSubject is { Slug: not null } main)
            {
                return [main];
            }
            return Lineup(memory, found) ?? ArticleMemory.CollaborationOf(s, language, found);
        }
        confidence = 0;
        // "2 января группа выпустит сингл-альбом": the act named before, the one the catalog knows first (a genre or a
        // producer named in between is no act).
        NameRun? nearest = null;
        for (var p = si - 1; p >= 0; p--)
        {
            if (memory.SentenceSubjects[p] is [var previous, ..] acts && !IsTheTitle(previous))
            {
                if (catalog is null || previous.Slug is not null)
                {
                    // "Wendy and ZICO have joined forces … Their duet was released today": the sentence's acts, all of them.
                    return Lineup(memory, acts) ?? [.. acts];
                }
                nearest ??= previous;
            }
        }
        if (nearest is not null && memory.MainSubject is not { Slug: not null })
        {
            return [nearest];
        }
        // A record's title is never its artist: no name in the sentence, before it or in the article means no subject.
        return memory.MainSubject is null || IsTheTitle(memory.MainSubject) ? [] : [memory.MainSubject];
    }

    public List<NameRun> BestSubjects(SentenceScan s, int clause, int verb, int dateFirst, CueHit? kindCue, out bool inClause)
    {
        inClause = false;
        NameRun? best = null;
        var bestScore = 0.5;
        var bestBeforeVerb = false;
        NameRun? guest = null;
        // "WayV, NCT's China-based unit, release": the apposition before the verb describes the name before it.
        var apposition = (First: 0, End: 0);
        foreach (var run in s.Names)
        {
            if (run.End <= verb && PastApposition(s, run.End, verb) is var past && past > run.End)
            {
                apposition = (run.End, past);
                break;
            }
        }
        foreach (var run in s.Names)
        {
            if (guest is not null && IsJoined(s, guest, run))
            {
                guest = run;
                continue; // "featuring former IZ*ONE members Sakura and Kim Chae-won": the whole list are guests
            }
            // «Доён, Джэхён и Джону сегодня дебютируют в составе NCT DOJAEJUNG»: after a release verb the line-up word says
            // whose members release, and that act releases.
            var lineup = s.CueAt(run.First - 1) is { Cue: { Type: CueType.Role, Value: (int)Role.Lineup } } l && l.End == run.First ? l : (CueHit?)null;
            var asPartOf = lineup is { } word && s.CueAt(word.First - 1) is { Cue.Type: CueType.Release } verbBefore && verbBefore.End == word.First;
            if (lineup is not null && !asPartOf)
            {
                guest = run;
                continue; // "NCT DOJAEJUNG, made up of Doyoung, Jaehyun and Jungwoo": the whole list is the line-up
            }
            if (CastOfShow(s, run))
            {
                guest = run;
                continue; // «саундтрек к дораме «Последнее лето» с Ли Джэ-уком и Чхве Сон-ын»: the show's cast, not who sings
            }
            if (run.Possessive && MemberAfter(s, run))
            {
                continue; // "TWICE's leader drops her first mini album": the group names whose member performs, not who
            }
            var here = s.Clause[run.First] == clause;
            var score = here ? 1.0 : 0.3;
            var phraseEnd = PastApposition(s, run.End, verb);
            var beforeVerb = run.End <= verb && verb - phraseEnd <= SubjectBeforeVerbGap && !NameWithin(s, phraseEnd, verb)
                && !(run.First >= apposition.First && run.End <= apposition.End);
            if (beforeVerb)
            {
                score += 3;
            }
            if (kindCue is { } k)
            {
                if (run.Possessive && k.First >= run.End && k.First - run.End <= SubjectBeforeVerbGap)
                {
                    score += 3;
                }
                if (language.Table.OwnerFollowsKind && run.First >= k.End && OnlyQuotesBetween(s, k.End, run.First))
                {
                    score += 3;
                }
            }
            if (MadeBy(s, run, 0))
            {
                continue; // "written by Kim Eun-sook", "directed by …", "written by Zico and Crush": who made it, not who performs it
            }
            if (s.Is(run.First - 1, language.ByWords))
            {
                score += 3;
            }
            if (asPartOf || (s.Is(run.First - 1, language.AsWords) && s.CueAt(run.First - 2) is { Cue.Type: CueType.Release } released && released.End == run.First - 1
                             && s.StartsUpper(run.First) && !run.Possessive && NameEndsItsPhrase(s, run.End)))
            {
                score += 4; // "former GFRIEND members debut as VIVIZ", «дебютируют как VIVIZ»: the new name releases, not the old ("as twelve": a count)
            }
            if (s.Is(run.First - 1, language.PlacePrepositions))
            {
                score -= 2;
            }
            // "features American rapper Megan Thee Stallion", "featuring BLACKPINK's JENNIE": a role noun or the guest's
            // group before the name does not hide the featuring word.
            var lead = RoleStart(s, run);
            if (PossessiveBefore(s, lead) is { } owner)
            {
                lead = owner.First;
            }
            if (CastVerbBefore(s, run))
            {
                continue; // "Its music video … stars Sehun of EXO and actress Kim Hyun-ji", «в клипе снялись …»: the cast
            }
            // "features a rap by bandmate G-Dragon": a featured part and its "by" between.
            if (s.Is(lead - 1, language.FeaturingWords) || s.Is(lead - 2, language.FeaturingWords) || (lead < run.First && FeaturedMembers(s, lead))
                || FeaturedPartBefore(s, lead))
            {
                guest = run;
                continue; // a guest ("featuring Loco", "с участием Loco")
            }
            if (run.Slug is not null)
            {
                score += CatalogBonus;
            }
            // "Kwon Eun-bi, who led the project girl group IZ*ONE until its run ended, makes her solo debut": the name a
            // relative clause describes before the verb is the one the sentence is about; a name inside that clause is background.
            if (run.End < verb && OpensARelativeClause(s, run))
            {
                score += RelativeAntecedentBonus;
            }
            else if (InRelativeClauseAfterAName(s, run))
            {
                score -= RelativeAntecedentBonus;
            }
            score -= 0.01 * SentenceScan.Gap(run.First, run.End - 1, dateFirst, dateFirst);
            if (score > bestScore)
            {
                (best, bestScore, bestBeforeVerb, inClause) = (run, score, beforeVerb, here);
            }
        }
        if (best is null)
        {
            return [];
        }
        // "RM из BTS и NewJeans выпустят альбомы", "Розэ и Бруно Марс представили сингл": a joined group before a
        // release verb is one subject of several names.
        var group = new List<NameRun> { best };
        for (var guard = 0; guard < JoinedReach && JoinedBefore(s, group[0]) is { } previous && !CastVerbBefore(s, previous); guard++)
        {
            group.Insert(0, previous);
        }
        ExtendJoined(s, group);
        group.RemoveAll(g => g != best && g.First >= apposition.First && g.End <= apposition.End);
        if (s.Cues.Exists(c => c.Cue is { Type: CueType.Role, Value: (int)Role.Collab }))
        {
            return AsUnit(WithCoPerformers(s, group));
        }
        var verbAfter = VerbAfter(s, PastApposition(s, group[^1].End, s.Count));
        // "«Another Day» в исполнении Панч и Monday Kiz", "by Punch and Monday Kiz", «дуэт Зико и Венди»: the names
        // joined after "by" or a duet word perform together.
        var groupLead = RoleStart(s, group[0]);
        var performedBy = s.Is(groupLead - 1, language.ByWords) || s.Is(group[0].First - 1, language.DuetWords);
        return bestBeforeVerb || verbAfter || performedBy ? AsUnit(group) : [best];
    }

    // Names that release one record together and are no collaboration of acts: a line-up.
    const int FullLineup = 4;

    // "Mark, Renjun, Jeno, Haechan, Jaemin, Chenle and Jisung release their third album": four names or more releasing
    // one record are a group's line-up, and the article's act is that group (not seven solo releases).
    static List<NameRun>? Lineup(ArticleMemory memory, IReadOnlyList<NameRun> names) =>
        names.Count >= FullLineup && memory.MainSubject is { Slug: { } group } main && !names.Any(n => n.Slug == group) ? [main] : null;

    const double RelativeAntecedentBonus = 3;

    // ", who …", «, который …» right after a name.
    static bool OpensARelativeClause(SentenceScan s, NameRun name) =>
        s.IsPunct(name.End, ',') && s.CueAt(name.End + 1) is { Cue: { Type: CueType.ClauseBreak, Value: Words.RelativeClause } };

    // A name in a relative clause opened right after another name.
    static bool InRelativeClauseAfterAName(SentenceScan s, NameRun run)
    {
        foreach (var other in s.Names)
        {
            if (other == run || other.End > run.First)
            {
                continue;
            }
            if (OpensARelativeClause(s, other) && s.Clause[run.First] == s.Clause[other.End + 1])
            {
                return true;
            }
        }
        return false;
    }

    // The sentence's names are looked through by loops here, not lambdas: these run for every name of every sentence.

    // Whether a name stands wholly between two tokens.
    static bool NameWithin(SentenceScan s, int from, int to)
    {
        foreach (var o in s.Names)
        {
            if (o.First >= from && o.End <= to)
            {
                return true;
            }
        }
        return false;
    }

    // The first possessive name ending at most two tokens before <paramref name="at"/>: "BLACKPINK's JENNIE".
    static NameRun? PossessiveBefore(SentenceScan s, int at)
    {
        foreach (var o in s.Names)
        {
            if (o.Possessive && o.End <= at && at - o.End <= 2)
            {
                return o;
            }
        }
        return null;
    }

    // How long an apposition between a subject and its verb may be: "HyunA and Dawn, one of K-pop's most public couples, are".
    const int AppositionReach = 16;
    // How close its closing comma stands to the verb: "…, are releasing", «…, выпустят».
    const int AfterAppositionGap = 2;

    /// <summary>Where the subject's phrase ends for the verb after it: past an apposition between commas that holds no
    /// release word and no clause and is followed at once by the verb ("HyunA and Dawn, one of K-pop's most public
    /// couples, are releasing", "Suho and Jang Jae-in, both 27, release", «Хёна и Дон, одна из самых публичных пар,
    /// выпускают»). Names inside it are the apposition's, not other subjects. Otherwise <paramref name="end"/>.</summary>
    int PastApposition(SentenceScan s, int end, int verb)
    {
        if (!s.IsPunct(end, ','))
        {
            return end;
        }
        // The rest of a list goes on with a name ("Onew, Key, Minho and Taemin, will release"); an apposition opens with a
        // word and may join names ("Toheart, the project duo of Infinite's Woohyun and SHINee's Key, released").
        var listGoesOn = s.NameAt(end + 1)?.First == end + 1;
        for (var t = end + 1; t < Math.Min(s.Count, end + AppositionReach); t++)
        {
            // Nor is a clause an apposition: «…, в который вошли Айрин и Сыльги, представит».
            if (s.IsDash(t) || s.IsPunct(t, ';') || s.IsPunct(t, ':') || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule }
                || (s.CueAt(t) is { Cue.Type: CueType.ClauseBreak } && (listGoesOn || !s.Is(t, language.ListWords))))
            {
                return end;
            }
            if (s.IsPunct(t, ','))
            {
                return t > end + 1 && VerbAfter(s, t, AfterAppositionGap, verb) ? t + 1 : end;
            }
        }
        return end;
    }

    // A release verb right after a group's last name (by <paramref name="from"/>, within <paramref name="gap"/> tokens and
    // not past <paramref name="until"/>).
    static bool VerbAfter(SentenceScan s, int from, int gap = SubjectBeforeVerbGap, int until = int.MaxValue)
    {
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type is CueType.Release or CueType.Schedule && c.First >= from && c.First - from <= gap && c.First <= until)
            {
                return true;
            }
        }
        return false;
    }

    // The last name that <paramref name="run"/> is joined after.
    NameRun? JoinedBefore(SentenceScan s, NameRun run)
    {
        for (var k = s.Names.Count - 1; k >= 0; k--)
        {
            if (IsJoined(s, s.Names[k], run))
            {
                return s.Names[k];
            }
        }
        return null;
    }

    // The first name joined after <paramref name="run"/>.
    NameRun? JoinedAfter(SentenceScan s, NameRun run)
    {
        foreach (var o in s.Names)
        {
            if (IsJoined(s, run, o))
            {
                return o;
            }
        }
        return null;
    }

    /// <summary>"Jeonghan and Wonwoo released …" where the catalog knows the duo "Jeonghan X Wonwoo": one act, the unit.</summary>
    List<NameRun> AsUnit(List<NameRun> group)
    {
        if (catalog is null || group.Count is < 2 or > 3)
        {
            return group;
        }
        foreach (var joiner in ExtractionCatalog.UnitJoiners)
        {
            var name = string.Join(joiner, group.Select(r => r.Text));
            if (catalog.ResolveExact(name) is { } slug && group.TrueForAll(r => r.Slug != slug))
            {
                return [new NameRun { First = group[0].First, End = group[^1].End, Text = name, Slug = slug }];
            }
        }
        return group;
    }

    // How close after a name its release verb stands for the name to be the verb's subject: "Lauv has released".
    const int VerbRightAfter = 2;

    // "singer Halsey", "Halsey's new single", "by Halsey", "Lauv released": a name the text itself presents as who
    // performs. Giving its release to the article's act would put it in the wrong fans' calendars.
    bool NamedAsPerformer(SentenceScan s, NameRun run) =>
        run.Possessive || s.Is(run.First - 1, language.ByWords)
        || s.CueAt(run.First - 1) is { Cue: { Type: CueType.Role, Value: (int)Role.Person or (int)Role.Group } }
        || s.Cues.Exists(c => c.Cue.Type == CueType.Release && c.First >= run.End && c.First - run.End <= VerbRightAfter);

    // "features a rap by bandmate G-Dragon": a featured part two or three words before the name (its "by" and a role word
    // between), its featuring word a word or two before it, nothing but words between.
    bool FeaturedPartBefore(SentenceScan s, int lead)
    {
        for (var part = lead - 2; part >= 2 && part >= lead - 3; part--)
        {
            if (!s.IsWord(part) || !s.IsWord(part + 1))
            {
                return false;
            }
            if (s.Is(part, language.FeaturedPartWords))
            {
                return s.Is(part - 1, language.FeaturingWords) || (s.IsWord(part - 1) && s.Is(part - 2, language.FeaturingWords));
            }
        }
        return false;
    }

    /// <summary>
    /// "BTS team up with producer benny blanco and Snoop Dogg", "V duets with Bing Crosby", «совместный сингл The Kid LAROI,
    /// Чонгука и Central Cee»: in a collaboration every act joined to the performer or named after "with" performs it.
    /// A guest after "featuring" was already left out of the names considered.
    /// </summary>
    List<NameRun> WithCoPerformers(SentenceScan s, List<NameRun> group)
    {
        foreach (var run in s.Names)
        {
            if (group.Contains(run) || run.Affiliation)
            {
                continue;
            }
            if (s.Is(RoleStart(s, run) - 1, language.WithWords))
            {
                group.Add(run);
                ExtendJoined(s, group);
            }
        }
        return group;
    }

    /// <summary>"with" right after a show's word or its quoted title: "the drama with IU", «дорама «X» с Айю».</summary>
    bool CastOfShow(SentenceScan s, NameRun run)
    {
        var with = RoleStart(s, run) - 1;
        if (!s.Is(with, language.WithWords))
        {
            return false;
        }
        var t = with - 1;
        while (t >= 0 && s.Tokens[t].Type == TokenType.Punct && s.QuoteOf[t] < 0)
        {
            t--; // the closing quote mark
        }
        if (t >= 0 && s.QuoteOf[t] >= 0)
        {
            var q = s.QuoteOf[t];
            while (t >= 0 && (s.QuoteOf[t] == q || s.Tokens[t].Type == TokenType.Punct))
            {
                t--;
            }
        }
        return s.CueAt(t) is { Cue.Type: CueType.Kind } kind && Family(kind.Cue.Kind) == KindFamily.Show;
    }

    // A cast verb before the name, with nothing but names, role nouns and joining words between ("stars Sehun of the boy
    // band EXO and actress Kim Hyun-ji"; a comma, a colon or a release verb ends the cast), after a video's, a show's or a
    // film's word: "starring" anywhere after it, "stars" right after it with its determiner ("Its music video, unveiled
    // at the same time, stars", not "Drama stars IU and Lee Min-ho release").
    bool CastVerbBefore(SentenceScan s, NameRun run)
    {
        for (var t = run.First - 1; t >= 0; t--)
        {
            if (s.IsPunct(t, ',') || s.IsPunct(t, ':') || s.IsPunct(t, ';') || s.IsDash(t) || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule })
            {
                return false;
            }
            if (s.Is(t, language.CastVerbs))
            {
                return WorkBefore(s, t);
            }
            if (s.Is(t, language.CastVerbsAfterWork))
            {
                return WorkRightBefore(s, t);
            }
        }
        return false;
    }

    // "debut as VIVIZ today", «как VIVIZ — сегодня», "as VIVIZ with the mini album": the name after "as" ends its phrase (not
    // "as SEVENTEEN wraps up its tour", "as SM's newest boy group", "as SM Rookies-выпускники").
    bool NameEndsItsPhrase(SentenceScan s, int end) =>
        end >= s.Count || (!s.IsWord(end) && !s.IsDash(end - 1) && !(s.IsDash(end) && s.Glued(end))) || s.Is(end, language.WithWords)
        || s.Dates.Exists(d => d.First == end) || s.CueAt(end) is { Cue.Type: CueType.RelativeDay };

    // A video's, a show's or a film's word before t.
    static bool WorkBefore(SentenceScan s, int t)
    {
        foreach (var c in s.Cues)
        {
            if (c.First < t && IsWork(c))
            {
                return true;
            }
        }
        return false;
    }

    static bool IsWork(CueHit c) => c.Cue is { Type: CueType.Kind, Kind: ReleaseKind.Mv or ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film };

    // The work's word, after a determiner (and a describing word at most), right before the verb at t, or before a relative
    // word ("a new music video that stars") or an aside set off by commas that ends there.
    bool WorkRightBefore(SentenceScan s, int t)
    {
        var end = t;
        if (s.IsPunct(t - 1, ','))
        {
            for (end = t - 2; end > 0 && !s.IsPunct(end, ','); end--)
            {
            }
        }
        else if (s.CueAt(t - 1) is { Cue: { Type: CueType.ClauseBreak, Value: Words.RelativeClause } })
        {
            end = t - 1;
        }
        foreach (var c in s.Cues)
        {
            if (c.End == end && IsWork(c) && (s.Is(c.First - 1, language.Determiners) || (s.IsWord(c.First - 1) && s.Is(c.First - 2, language.Determiners))))
            {
                return true;
            }
        }
        return false;
    }

    // How many names a list may add after the one it starts from: "X, Y, Z and W".
    const int JoinedReach = 3;

    /// <summary>Adds the names joined after the last of <paramref name="group"/> ("Doyoung, Jaehyun and Jungwoo").</summary>
    void ExtendJoined(SentenceScan s, List<NameRun> group)
    {
        for (var guard = 0; guard < JoinedReach && JoinedAfter(s, group[^1]) is { } next && !group.Contains(next); guard++)
        {
            group.Add(next);
        }
    }

    // Where a name's description starts: "singer" in "singer Punch", the name itself without one.
    static int RoleStart(SentenceScan s, NameRun run) =>
        s.CueAt(run.First - 1) is { Cue.Type: CueType.Role } role && role.End == run.First ? role.First : run.First;

    // How far before a member noun its group and a featuring word may stand: "featuring former IZ*ONE members".
    const int FeaturedGroupReach = 5;

    /// <summary>"featuring former IZ*ONE members Sakura and Kim Chae-won": members named after a featuring word are guests.</summary>
    bool FeaturedMembers(SentenceScan s, int memberNoun) =>
        s.WordBefore(memberNoun, FeaturedGroupReach, language.FeaturingWords, static (s, t) => s.Tokens[t].Type != TokenType.Punct || s.Glued(t));

    // How far after a possessive name's "'s" a member noun may stand: "BTS's golden maknae", "TWICE's leader".
    const int MemberReach = 4;

    bool MemberAfter(SentenceScan s, NameRun owner)
    {
        var possessiveEnd = owner.End;
        for (var t = possessiveEnd + 2; t < Math.Min(s.Count, possessiveEnd + MemberReach); t++)
        {
            if (s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Member } })
            {
                return true;
            }
            // "NCT's new unit NCT DOJAEJUNG", "HYBE's new girl group ILLIT", "SEVENTEEN's fan-favorite unit BSS": a unit, a new
            // group or one named after the owner performs; "JENNIE's group BLACKPINK … as she releases" stays hers.
            if (s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Group } } group && s.Names.Find(n => n.First == group.End) is { } unit
                && (s.Is(group.End - 1, language.UnitNouns)
                    || Enumerable.Range(possessiveEnd, group.First - possessiveEnd).Any(w => s.CueAt(w) is { Cue.Type: CueType.New or CueType.First })
                    || ExtractionCatalog.Key(unit.Text).StartsWith(ExtractionCatalog.Key(owner.Text) + " ", StringComparison.Ordinal)))
            {
                return true;
            }
            if (!s.IsWord(t) || s.StartsUpper(t))
            {
                return false;
            }
        }
        return false;
    }

    // "Charlie Puth and BTS member Jungkook", «Чанёля из EXO и певицы Панч»: role nouns (with the group of a member)
    // may stand between the list word and the next name.
    bool IsJoined(SentenceScan s, NameRun a, NameRun b)
    {
        // "TOMORROW X TOGETHER (TXT) and Jonas Brothers": a name's short form in brackets stays with it.
        var end = a.End;
        if (s.IsPunct(end, '(') && end + 2 < b.First && s.IsPunct(end + 2, ')'))
        {
            end += 3;
        }
        if (b.First <= end || !(s.Is(end, language.ListWords) || s.IsPunct(end, ',') || s.IsPunct(end, '&')))
        {
            return false;
        }
        // "Chen and singer Punch", "Chen and EXO member Punch", "Chen and rookie singer Punch", "and U.S. band Jonas
        // Brothers": role nouns, and words describing the role noun right before the name (an abbreviation's dots with
        // them), stand between.
        for (var t = end + 1; t < b.First; t++)
        {
            var describing = s.IsWord(t) || (s.IsPunct(t, '.') && s.IsWord(t - 1));
            if (!IsRoleNoun(s, t) && !(describing && IsRoleNoun(s, b.First - 1) && (s.StartsUpper(t) || s.IsPunct(t, '.') || t >= b.First - 1 - RoleAdjectives)))
            {
                return false;
            }
        }
        return true;
    }

    // "written by Zico and Crush", "director Na Hong-jin's", «режиссёра Ли Хана»: a name after a maker's "by" or a
    // maker's title, or joined to one that is, made the release ("creative director Kangta returns with…" releases it).
    public bool MadeBy(SentenceScan s, NameRun run) => MadeBy(s, run, 0);

    // "written and composed by leader Jung Yong-hwa", «написал лидер группы Чон Ёнхва»: role nouns may stand between.
    bool MadeBy(SentenceScan s, NameRun run, int depth) =>
        MadeByAt(s, BeforeRoleNouns(s, run.First - 1))
        || (s.Is(run.First - 1, language.MakerNouns)
            && (s.Is(run.First - 2, language.ByWords) || s.CueAt(run.End) is not { Cue.Type: CueType.Release or CueType.Schedule }))
        || (depth < JoinedReach && JoinedBefore(s, run) is { } previous && MadeBy(s, previous, depth + 1));

    // «заглавную песню написал …», not «Как написал RM в Weverse»: a verb of making after the work it made.
    bool MadeByAt(SentenceScan s, int by) =>
        (s.Is(by, language.ByWords) && s.Is(by - 1, language.CreatorWords)) || (s.Is(by, language.MakerVerbs) && s.CueAt(by - 1) is { Cue.Type: CueType.Kind });

    static int BeforeRoleNouns(SentenceScan s, int t)
    {
        for (var skipped = 0; skipped < 2 && IsRoleNoun(s, t); skipped++)
        {
            t--;
        }
        return t;
    }

    // Describing words a role noun may have before it: "rookie singer", "fellow K-pop soloist".
    const int RoleAdjectives = 2;

    static bool IsRoleNoun(SentenceScan s, int t) => s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Person or (int)Role.Group or (int)Role.Member } };

    static bool OnlyQuotesBetween(SentenceScan s, int from, int to)
    {
        if (to - from > 2 && !(s.QuoteOf[from] >= 0))
        {
            return false;
        }
        for (var t = from; t < to; t++)
        {
            if (s.QuoteOf[t] < 0 && s.Tokens[t].Type == TokenType.Word)
            {
                return false;
            }
        }
        return true;
    }
}
