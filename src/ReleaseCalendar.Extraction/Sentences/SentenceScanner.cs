using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Sentences;

internal static class SentenceScanner
{
    public static SentenceScan Scan(string text, string lower, Range span, int line, CompiledLanguage language, ExtractionCatalog? catalog,
        bool casual)
    {
        var scan = new SentenceScan(text, lower, span) { Line = line };
        Tokenizer.Tokenize(text, scan.Start, scan.End, scan.Tokens);
        QuoteScanner.Scan(text, scan.Start, scan.End, scan.Quotes, language.Table.BracketTitleAfter);
        UntitleWeekdays(scan, language);
        UntitleCountedWords(scan, language);
        MarkQuotes(scan);
        FindCues(scan, language);
        scan.Consumed = new bool[scan.Count];
        DateScanner.Scan(scan, language, catalog);
        DemoteVerbsADayIsClearedFor(scan, language);
        DropLeadingReason(scan, language);
        TimeScanner.Scan(scan, language, catalog);
        SplitClauses(scan, language);
        NameFinder.Find(scan, language, catalog, casual);
        UnquotedTitles.Take(scan, language, catalog is not null);
        Appositions.Drop(scan, language);
        NonSubjects.Drop(scan, language);
        return scan;
    }

    // "released in four "acts" of four episodes each": one lower-case word in quotes after a count is the writer's word
    // for what is counted, not a title.
    static void UntitleCountedWords(SentenceScan scan, CompiledLanguage language)
    {
        for (var q = 0; q < scan.Quotes.Count; q++)
        {
            var quote = scan.Quotes[q];
            if (!quote.IsTitle || quote.ContentEnd <= quote.ContentStart || !char.IsLower(scan.Text[quote.ContentStart])
                || scan.Text.AsSpan(quote.ContentStart, quote.ContentEnd - quote.ContentStart).ContainsAny(' ', '-'))
            {
                continue;
            }
            var before = scan.Tokens.FindLastIndex(token => token.End <= quote.OuterStart);
            if (before >= 0 && (scan.Tokens[before].Type == TokenType.Number
                                || (scan.Tokens[before].Type == TokenType.Word && language.NumberWords.TryGet(scan.Word(before), out _))))
            {
                scan.Quotes[q] = quote with { IsTitle = false };
            }
        }
    }

    // «в слоте «среда — четверг»», "the "Monday-Tuesday" slot": quoted weekdays name a slot, not a title.
    static void UntitleWeekdays(SentenceScan scan, CompiledLanguage language)
    {
        for (var q = 0; q < scan.Quotes.Count; q++)
        {
            var quote = scan.Quotes[q];
            if (!quote.IsTitle)
            {
                continue;
            }
            var (weekdays, other) = (0, false);
            foreach (var token in scan.Tokens)
            {
                if (token.Start >= quote.ContentEnd)
                {
                    break;
                }
                if (token.Start < quote.ContentStart)
                {
                    continue;
                }
                var word = scan.Lower.AsSpan(token.Start, token.Length);
                if (token.Type == TokenType.Word && language.Weekdays.Contains(word))
                {
                    weekdays++;
                }
                else if (token.Type == TokenType.Word ? !language.ListWords.Contains(word) : !TextNormalizer.IsDash(scan.Text[token.Start]))
                {
                    other = true;
                }
            }
            if (weekdays > 1 && !other) // a slot of two days at least: "Friday", «Пятница» may be titles
            {
                scan.Quotes[q] = quote with { IsTitle = false };
            }
        }
    }

    static void MarkQuotes(SentenceScan scan)
    {
        var quoteOf = new int[scan.Count];
        Array.Fill(quoteOf, -1);
        var t = 0;
        for (var q = 0; q < scan.Quotes.Count; q++)
        {
            var quote = scan.Quotes[q];
            if (!quote.IsTitle)
            {
                continue;
            }
            while (t < scan.Count && scan.Tokens[t].Start < quote.OuterStart)
            {
                t++;
            }
            for (; t < scan.Count && scan.Tokens[t].Start < quote.OuterEnd; t++)
            {
                quoteOf[t] = q;
            }
        }
        scan.QuoteOf = quoteOf;
    }

    static void FindCues(SentenceScan scan, CompiledLanguage language)
    {
        var cueOf = new int[scan.Count];
        Array.Fill(cueOf, -1);
        List<Token>? tail = null;
        for (var i = 0; i < scan.Count;)
        {
            if (!scan.Masked(i) && language.Cues.TryMatch(scan.Lower, scan.Tokens, i, out var cue, out var end) && !AnyMasked(scan, i, end)
                && !IsSurname(scan, i, end, cue, language) && !IsCountAdjective(scan, i, cue) && !AfterAnArticle(scan, i, end, cue, language)
                && !CountedSongs(scan, i, cue, language) && !NounNotParticiple(scan, i, cue))
            {
                if (cue is { Type: CueType.Schedule, Value: Words.NoObject } && TakesAnObject(scan, end, language))
                {
                    cue = new Cue(CueType.Container); // "It follows the pre-release "REBEL HEART"": the earlier release, as "follow up" names
                }
                else if (OwnVideo(scan, i, cue, language))
                {
                    cue = cue with { Strength = KindStrength.Strong };
                }
                else if (cue.Type == CueType.GoesOn && language.Table.GoesOnTakesObjects && TakesAnObject(scan, end, language) && !EndsItsRun(scan, end, cue, language))
                {
                    cue = new Cue(CueType.Idiom); // ""Love Next Door" continues tvN's weekend lineup": goes on with something else
                }
                for (var t = i; t < end; t++)
                {
                    cueOf[t] = scan.Cues.Count;
                }
                scan.Cues.Add(new CueHit(i, end, cue));
                i = end;
            }
            else if (!scan.Masked(i) && SeparableMove(scan, i, language))
            {
                cueOf[i] = scan.Cues.Count;
                scan.Cues.Add(new CueHit(i, i + 1, Words.Of(CueType.Postpone)));
                i++;
            }
            else
            {
                if (!scan.Masked(i) && CompoundKind(scan, i, language, ref tail) is { } compound)
                {
                    cueOf[i] = scan.Cues.Count;
                    scan.Cues.Add(new CueHit(i, i + 1, compound));
                }
                i++;
            }
        }
        scan.CueOf = cueOf;
        DemoteModifiers(scan, language);
        DemoteCancelsWithoutABroadcast(scan, language);
        DropReasons(scan, language);
    }

    // "has pushed TWICE's mini album back to March 8", "moved the film up a week, to May 12": a move's verb whose particle
    // follows its object, a few words on and before the clause's punctuation (a title's quotes and a possessive's
    // apostrophe do not end it).
    static bool SeparableMove(SentenceScan scan, int i, CompiledLanguage language)
    {
        if (!scan.IsWord(i) || !language.SeparableMoves.TryGet(scan.Word(i), out var particles))
        {
            return false;
        }
        for (var t = i + 1; t < scan.Count && t <= i + MoveDateReach; t++)
        {
            if (scan.IsPhraseBreak(t))
            {
                return FromDayToDay(scan, t + 1, i + MoveSpanReach, language);
            }
            if (t <= i + SeparableMoveReach && scan.IsWord(t) && Array.IndexOf(particles, scan.Word(t).ToString()) >= 0)
            {
                return MoveGoesOn(scan, t + 1, language);
            }
            if (scan.Is(t, language.MoveDatePrepositions) && MonthDayAt(scan, t + 1, language))
            {
                return true; // "pushed the release of Jimin's album "FACE" to March 24"
            }
        }
        return false;
    }

    // "will move the premiere of … "Man from the Equator," starring Uhm Tae-woong and Lee Bo-young, from March 14 to March
    // 21": past an aside's commas, a move's verb still reaches "from" one month's day "to" another.
    static bool FromDayToDay(SentenceScan scan, int from, int reach, CompiledLanguage language)
    {
        for (var t = from; t < scan.Count && t <= reach; t++)
        {
            if (!scan.Is(t, language.MoveDatePrepositions) || !MonthDayAt(scan, t + 1, language))
            {
                continue;
            }
            for (var u = t + 2; u < scan.Count && u <= t + FromToReach; u++)
            {
                if (scan.Is(u, language.MoveDatePrepositions) && !scan.Word(u).SequenceEqual(scan.Word(t)) && MonthDayAt(scan, u + 1, language))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    // Tokens from "from" to "to": "from Tuesday, Feb. 6, to Wednesday, Feb. 7".
    const int FromToReach = 8;

    // A month's day starts at t: "March 24", "Oct. 7", "16 July", or with its weekday first, "Tuesday, Feb. 6" (the dates
    // are found after the cues).
    static bool MonthDayAt(SentenceScan scan, int t, CompiledLanguage language)
    {
        if (scan.IsWord(t) && language.Weekdays.Contains(scan.Word(t)))
        {
            t += scan.IsPunct(t + 1, ',') ? 2 : 1;
        }
        return scan.IsWord(t) && (language.Months.Contains(scan.Word(t))
                                  || (char.IsAsciiDigit(scan.Word(t)[0]) && scan.IsWord(t + 1) && language.Months.Contains(scan.Word(t + 1))));
    }

    // Words from a move's verb to its particle: "push the release of TWICE's 13th mini album back".
    const int SeparableMoveReach = 10;

    // Words from a move's verb to the "to" of its day, a title's quotes among them: "pushed the release of Jimin's solo debut
    // album "FACE" to March 24".
    const int MoveDateReach = 16;

    // Words from a move's verb to the "from" of a span of days, an aside between: "move the premiere of its new drama "X,"
    // starring A and B, from March 14 to March 21" (and to the "to" of one told new day first, in ReleaseSignals).
    internal const int MoveSpanReach = 32;

    // After the particle, the move goes on to its days ("back to May 4", "up "Smugglers" by a week, to July 26", "back a
    // week"), not to another verb ("pushed it back and released it on Feb. 23" tells a past release).
    static bool MoveGoesOn(SentenceScan scan, int from, CompiledLanguage language)
    {
        for (var t = from; t < scan.Count && t < from + MoveGoesOnReach; t++)
        {
            if (scan.IsPunct(t, ',') || scan.Is(t, language.MoveDayWords))
            {
                return true;
            }
            if (scan.Is(t, language.Coordinators))
            {
                return false;
            }
        }
        return false;
    }

    const int MoveGoesOnReach = 5;

    /// <summary>
    /// «ремейк-альбом», «кавер-альбом», «зомби-сериал», "remake-album": a hyphenated word no cue names whose last part is a
    /// record's, a single's or a show's word is that kind (the head before the hyphen only says which one). A head of a
    /// letter or two ("K-drama", "in-drama") is no work's; a count ("four-season") says how many; a head that is a cue of
    /// its own («тизер-…») keeps the word out. A clip («скетч-клип») or an episode so named is mostly a promotion's.
    /// </summary>
    static Cue? CompoundKind(SentenceScan scan, int i, CompiledLanguage language, ref List<Token>? tail)
    {
        var token = scan.Tokens[i];
        if (token.Type != TokenType.Word || scan.QuoteOf[i] >= 0)
        {
            return null;
        }
        var word = scan.Lower.AsSpan(token.Start, token.Length);
        var (first, last) = (word.IndexOf('-'), word.LastIndexOf('-'));
        if (first < MinCompoundHead || last == word.Length - 1)
        {
            return null;
        }
        tail ??= new List<Token>(1);
        tail.Clear();
        tail.Add(new Token(token.Start + last + 1, token.Length - last - 1, TokenType.Word, true));
        if (!language.Cues.TryMatch(scan.Lower, tail, 0, out var cue, out _)
            || cue is not { Type: CueType.Kind, Strength: KindStrength.Strong, Kind: ReleaseKind.Album or ReleaseKind.Ep or ReleaseKind.Single or ReleaseKind.Drama })
        {
            return null;
        }
        tail.Clear();
        tail.Add(new Token(token.Start, first, TokenType.Word, true));
        return language.NumberWords.TryGet(word[..first], out _) || language.Cues.TryMatch(scan.Lower, tail, 0, out _, out _) ? null : cue;
    }

    // The shortest head word of a compound kind: "K-drama" is a field, an "in-drama band" plays in one.
    const int MinCompoundHead = 3;

    // How many words may stand between a reason word and its event ("due to the", «из-за экстренных»).
    const int ReasonReach = 3;

    // «эпизод переносится из-за экстренных новостных выпусков», "postponed due to the emergency broadcasts": the event named
    // as the reason is not what the sentence dates or moves; its cue goes.
    static void DropReasons(SentenceScan scan, CompiledLanguage language)
    {
        for (var k = scan.Cues.Count - 1; k >= 0; k--)
        {
            var cue = scan.Cues[k];
            if (cue.Cue.Type != CueType.NotRelease)
            {
                continue;
            }
            // Words between, and the words of another event before this one ("due to the awards ceremony"); "due" may carry
            // a cue of its own ("due out").
            for (var (t, words) = (cue.First - 1, 0); t >= 0 && words <= ReasonReach && scan.IsWord(t); t--)
            {
                if (scan.Is(t, language.ReasonWords))
                {
                    RemoveCue(scan, k);
                    break;
                }
                // "to make room for live coverage": a preposition read as a container's ("a song from") is a word between.
                CueType? between = scan.CueOf[t] >= 0 ? scan.Cues[scan.CueOf[t]].Cue.Type : null;
                if (between is not (null or CueType.NotRelease or CueType.Container))
                {
                    break;
                }
                words += between == CueType.NotRelease ? 0 : 1;
            }
        }
    }

    // "With the broadcaster devoting its schedule to special news coverage, the premiere was moved back by a week": a sentence
    // that opens with why a move happened, up to its first comma and with no day in it, names the cause, not what moved;
    // its events and kinds go, and its words say nothing of what moved (not "With the album out on May 5, the tour was
    // postponed": a day there is a release's).
    static void DropLeadingReason(SentenceScan scan, CompiledLanguage language)
    {
        var first = scan.FirstWord();
        if (first < 0 || !scan.Is(first, language.LeadingReasonWords))
        {
            return;
        }
        var comma = first + 1;
        while (comma < scan.Count && !scan.IsPunct(comma, ','))
        {
            comma++;
        }
        if (comma >= scan.Count || scan.Dates.Exists(d => d.First < comma)
            || !scan.Cues.Exists(c => c.First > comma && c.Cue.Type is CueType.Postpone or CueType.Cancel))
        {
            return;
        }
        scan.LeadingReasonEnd = comma;
        for (var k = scan.Cues.Count - 1; k >= 0; k--)
        {
            if (scan.Cues[k].First < comma && scan.Cues[k].Cue.Type is CueType.NotRelease or CueType.Kind)
            {
                RemoveCue(scan, k);
            }
        }
    }

    static void RemoveCue(SentenceScan scan, int k)
    {
        scan.Cues.RemoveAt(k);
        for (var i = 0; i < scan.Count; i++)
        {
            scan.CueOf[i] = scan.CueOf[i] == k ? -1 : scan.CueOf[i] > k ? scan.CueOf[i] - 1 : scan.CueOf[i];
        }
    }

    // "KBS will not air the drama next Monday to broadcast the opening match": a verb of release or schedule after "to" right
    // after a day says what the day was cleared for, not a release on it ("is set to broadcast on June 19" keeps its verb).
    static void DemoteVerbsADayIsClearedFor(SentenceScan scan, CompiledLanguage language)
    {
        for (var c = 0; c < scan.Cues.Count; c++)
        {
            var hit = scan.Cues[c];
            if (hit.Cue.Type is CueType.Schedule or CueType.Release && hit.First >= 2 && scan.Is(hit.First - 1, language.ClearedForWords)
                && scan.DateEndsAt(hit.First - 2))
            {
                scan.Cues[c] = hit with { Cue = new Cue(CueType.Idiom) };
            }
        }
    }

    // "are dropped for volleyball coverage", "SBS is making up for last Tuesday's no-show": these words call a show off only
    // beside a broadcast that took its slot or a broadcaster; else "dropped for free", "had been dropped at 6 p.m." release.
    static void DemoteCancelsWithoutABroadcast(SentenceScan scan, CompiledLanguage language)
    {
        for (var c = 0; c < scan.Cues.Count; c++)
        {
            if (scan.Cues[c] is { Cue: { Type: CueType.Cancel, Value: Words.BesideAnEvent or Words.DroppedBesideAnEvent } } hit
                && !scan.Cues.Exists(o => o.Cue.Type == CueType.NotRelease) && !scan.Has(language.TvWords))
            {
                scan.Cues[c] = hit with { Cue = hit.Cue.Value == Words.DroppedBesideAnEvent ? Words.Release(Tense.Past) : new Cue(CueType.Idiom) };
            }
        }
    }

    // "follows the pre-release "REBEL HEART"", "follows February's "Candy Pop"", "follows Go Eun-chan": a determiner, a name
    // or a title right after the verb opens its object, what it comes after (not "follows two weeks later", "follows next
    // Monday", "follows the next day", "follows Feb. 28", "continues this Saturday").
    static bool TakesAnObject(SentenceScan scan, int t, CompiledLanguage language)
    {
        if (t >= scan.Count || (language.Cues.TryMatch(scan.Lower, scan.Tokens, t, out var next, out _) && next.Type is CueType.Anaphor or CueType.RelativeDay))
        {
            return false;
        }
        // "follows Feb. 28", "continues this Saturday": a day, not an object ("followed the October 29 crowd crush" is one).
        if ((scan.IsWord(t) && (language.Months.Contains(scan.Word(t)) || language.Weekdays.Contains(scan.Word(t))))
            || (scan.IsWord(t + 1) && language.Weekdays.Contains(scan.Word(t + 1))))
        {
            return false;
        }
        return scan.Is(t, language.Determiners) || scan.StartsUpper(t) || scan.QuoteOf[t] >= 0 || scan.IsPossessive(t + 1); // "tvN's lineup"
    }

    // "ended its 12-episode run on Sunday": what a show that ends ends is its run, no other thing.
    const int RunReach = 4;

    static bool EndsItsRun(SentenceScan scan, int t, Cue cue, CompiledLanguage language)
    {
        if (cue.Value != Words.EndsARun || !scan.Is(t, language.Determiners))
        {
            return false;
        }
        for (var k = t + 1; k < scan.Count && k <= t + RunReach; k++)
        {
            if (scan.Is(k, language.RunNouns))
            {
                return true;
            }
        }
        return false;
    }

    // "its original opening on the 12th", "the opening track": a participle cue is one only where it opens the sentence or
    // follows a comma (""Oppenheimer," opening Aug. 15").
    static bool NounNotParticiple(SentenceScan scan, int i, Cue cue) =>
        cue is { Type: CueType.Schedule, Value: Words.AsParticiple }
        && i != scan.FirstWord() && !scan.IsPunct(i - 1, ',') && !(scan.IsPunct(i - 2, ',') && scan.Tokens[i - 1].Type == TokenType.Punct);

    // "with new lead single "Simon Says" and its video": a song's or an act's own video is its music video.
    static bool OwnVideo(SentenceScan scan, int i, Cue cue, CompiledLanguage language) =>
        cue is { Type: CueType.Kind, Kind: ReleaseKind.Mv, Strength: KindStrength.Weak } && scan.Is(i - 1, language.PossessiveDeterminers);

    // "with an open ending": a one-word schedule verb right after "a"/"an" is a noun or an adjective, which tells no tense
    // ("wrapped up on Saturday … with an open ending" is past); so after "left", "remains" ("the slot, which was left open
    // when "Heading to the Ground" wrapped up on Wednesday").
    static bool AfterAnArticle(SentenceScan scan, int i, int end, Cue cue, CompiledLanguage language) =>
        cue.Type == CueType.Schedule && end == i + 1 && (scan.Is(i - 1, language.IndefiniteArticles) || scan.Is(i - 1, language.ResultativeVerbs));

    // "12-member girl group Cosmic Girls", "7-episode series": a noun glued by a hyphen to a count describes what follows
    // (a "six-member" is one word already); it is no member, role or kind of its own.
    // "mini album 'Madonna', with five songs, will be released", "All seven songs will be released online", «все песни
    // появятся»: songs counted (or all of them) are what a record holds, not a single. Two may be a single's A- and
    // B-side ("SQUARE TWO" … two new songs).
    static bool CountedSongs(SentenceScan scan, int i, Cue cue, CompiledLanguage language)
    {
        if (cue is not { Type: CueType.Kind, Kind: ReleaseKind.Single, Strength: KindStrength.Weak })
        {
            return false;
        }
        // One describing word may stand between: "seven new songs".
        for (var t = i - 1; t >= Math.Max(0, i - 2); t--)
        {
            if (scan.Tokens[t].Type == TokenType.Number)
            {
                return scan.TryNumber(t, MinRecordSongs, 99, out _);
            }
            if (!scan.IsWord(t))
            {
                return false;
            }
            if (language.AllWords.Contains(scan.Word(t)) || (language.NumberWords.TryGet(scan.Word(t), out var count) && count >= MinRecordSongs))
            {
                return true;
            }
        }
        return false;
    }

    const int MinRecordSongs = 3;

    static bool IsCountAdjective(SentenceScan scan, int i, Cue cue) => cue.Type is CueType.Role or CueType.Kind && scan.AfterACount(i);

    // "So Ji-sub, Song Joong-ki and Lee Jung-hyun": a one-word kind in title case inside a sentence, before another
    // capitalised word, is a Korean surname, not a song ("OST Part 2" is shouted, and a title-case headline capitalises
    // every word).
    // Any other cue word that is a Korean surname is one before a hyphenated given name ("starring Lee Jae-hoon and Won
    // Jin-ah", not an award won).
    static bool IsSurname(SentenceScan scan, int i, int end, Cue cue, CompiledLanguage language) =>
        end == i + 1 && i > 0 && scan.StartsUpper(i) && scan.Tokens[i].Length > 1
        && char.IsLower(scan.Text[scan.Tokens[i].Start + 1]) && scan.IsWord(i + 1) && scan.StartsUpper(i + 1) && !scan.TitleCased()
        && (cue.Type == CueType.Kind || (scan.Is(i, language.Surnames) && scan.Text.AsSpan(scan.Tokens[i + 1].Start, scan.Tokens[i + 1].Length).Contains('-')));

    /// <summary>
    /// A release noun that only names what an event is about is that event: "comeback showcase", "debut stage" (the noun
    /// right before the event) and "anniversary of their debut", «годовщина со дня дебюта» (the noun after it).
    /// </summary>
    static void DemoteModifiers(SentenceScan scan, CompiledLanguage language)
    {
        for (var k = 0; k + 1 < scan.Cues.Count; k++)
        {
            var (cue, next) = (scan.Cues[k], scan.Cues[k + 1]);
            if (IsReleaseNoun(cue) && next.First == cue.End && next.Cue.Type == CueType.NotRelease)
            {
                scan.Cues[k] = cue with { Cue = next.Cue };
            }
            else if (cue.Cue.Type == CueType.NotRelease && IsReleaseNoun(next) && OnlyLinksBetween(scan, language, cue.End, next.First))
            {
                scan.Cues[k + 1] = next with { Cue = cue.Cue };
            }
        }
    }

    static bool IsReleaseNoun(CueHit cue) =>
        cue.Cue.Type == CueType.Release && cue.Cue.Kind == ReleaseKind.Other && cue.Cue.Tense == Tense.Present;

    static bool OnlyLinksBetween(SentenceScan scan, CompiledLanguage language, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }
        for (var t = from; t < to; t++)
        {
            if (!scan.Is(t, language.EventObjectLinks))
            {
                return false;
            }
        }
        return true;
    }

    static bool AnyMasked(SentenceScan scan, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (scan.Masked(t))
            {
                return true;
            }
        }
        return false;
    }

    // A clause ends at ';' or at ", а" / ", но" / ", который" / ", while": cue words of one clause do not
    // decide about the date in another ("альбом выйдет 24 мая, а 1 июня стартует тур").
    static void SplitClauses(SentenceScan scan, CompiledLanguage language)
    {
        var clause = new int[scan.Count];
        var id = 0;
        for (var i = 0; i < scan.Count; i++)
        {
            var breakBefore = BreakBefore(scan, i);
            if (scan.IsPunct(i, ';'))
            {
                id++;
            }
            else if (breakBefore && scan.CueAt(i + 1) is { Cue.Type: CueType.ClauseBreak, Cue.Value: Words.RelativeClause } && scan.IsWord(i))
            {
                id++; // ", премьера которого состоится…": the relative clause starts one word before its pronoun
                scan.RelativeClauses.Add(id);
            }
            else if (breakBefore && scan.CueAt(i) is { Cue.Type: CueType.ClauseBreak } hit && hit.First == i && !CorrectsADay(scan, i)
                     && !JoinsAnotherDay(scan, i, language))
            {
                id++;
                if (hit.Cue.Value == Words.RelativeClause)
                {
                    scan.RelativeClauses.Add(id);
                }
            }
            else if (i > 2 && DashBefore(scan, i) && scan.IsPunct(i - 2, ',') && scan.DateAt(i) is { } opens && opens.First == i
                     && scan.Dates.Exists(d => d.Last < i - 2) && scan.Cues.Exists(c => c.First > i && c.Cue.Type is CueType.Release or CueType.Schedule))
            {
                // «… а во вторник, 21 мая, — в понедельник tvN покажет спецвыпуск»: after a day, ", —", another day and a verb
                // of its own open another statement (not «а 20-ю, заключительную, — завтра, 2 мая», whose verb is before).
                id++;
            }
            else if (i > 1 && DashBefore(scan, i) && scan.Is(i, language.EarlierWords) && scan.IsWord(i + 1)
                     && scan.CueAt(i) is not { Cue.Type: CueType.MovedFrom })
            {
                // «выйдет 17 ноября — ранее BELIFT LAB называла 10 ноября»: after a dash, the earlier plan told apart (not
                // «— раньше, чем …», a comparison; a word that itself says "moved from" is read with its clause).
                id++;
            }
            else if (i > 1 && scan.IsPunct(i - 1, ',') && (PairsAnotherDay(scan, i) || CalledOffThenAnotherDay(scan, i) || SameDayAs(scan, i, language)))
            {
                id++;
            }
            clause[i] = id;
        }
        scan.Clause = clause;
    }

    // ""Quick" opens on Wednesday, the same day as the war drama "The Front Line"", «…, в тот же день, что и «Хай-файв»»:
    // what comes after "the same day as" is another work out that day, a clause of its own.
    static bool SameDayAs(SentenceScan scan, int i, CompiledLanguage language)
    {
        foreach (var d in scan.Dates)
        {
            if (d.First == i && d is { Form: DateForm.Anaphoric, Offset: Words.SameDay, DaysLater: 0 })
            {
                var t = scan.IsPunct(d.Last + 1, ',') ? d.Last + 2 : d.Last + 1;
                var words = language.SameDayAsWords;
                for (var w = 0; w < words.Count; w++)
                {
                    if (!scan.IsWord(t + w) || !scan.Word(t + w).SequenceEqual(words[w]))
                    {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    // «выходит не 17 апреля, а 24-го», "not on April 17 but on the 24th": the day after the contrast word replaces the day
    // the negation gave up, in the same clause.
    // «в день выборов, 9 марта, и на следующий день канал не покажет новые серии»: after a day and its comma, "and" with
    // a day told from it ("the day after") adds that day to the same statement, not a clause of its own (a calendar day
    // after ", и" may start one: «…должны были выйти 20 сентября, и во вторник, 21 сентября, покажут …»).
    static bool JoinsAnotherDay(SentenceScan scan, int i, CompiledLanguage language) =>
        scan.Is(i, language.ListWords) && scan.DateAt(i + 1) is { Form: DateForm.Anaphoric } next && next.First == i + 1
        && scan.Dates.Exists(d => d.Last == i - 2);

    static bool CorrectsADay(SentenceScan scan, int i)
    {
        DateMention? next = null, before = null;
        foreach (var d in scan.Dates)
        {
            next ??= d.First > i ? d : null;
            before = d.Last < i ? d : before;
        }
        if (next is null || before is null || next.First > i + 3 || before.Last != i - 2)
        {
            return false;
        }
        return scan.CueAt(before.First - 1) is { Cue: { Type: CueType.MovedFrom, Value: Words.RightBefore } } not && not.End == before.First;
    }

    // Words a listed thing may take before its dash: «фанмит — 9 ноября», "the fan meeting — Nov. 9".
    const int PairedThingWords = 3;

    // «Камбэк с альбомом «ATE» — 5 ноября, фанмит — 9 ноября»: after a day, a comma and "thing — day" pair a second thing
    // with a second day, so the concert word of one pair does not veto the other.
    static bool PairsAnotherDay(SentenceScan scan, int i)
    {
        // Both sides are pairs: «Фильм выйдет в Корее 24 мая, в России — 30 мая» keeps its verb for the second day.
        if (DateEndingAt(scan, i - 2) is not { } before || !(scan.IsDash(before.First - 1) && !scan.Glued(before.First - 1)))
        {
            return false;
        }
        for (var t = i; t < scan.Count && t <= i + PairedThingWords; t++)
        {
            if (scan.IsDash(t) && !scan.Glued(t))
            {
                return t > i && DateStartingAt(scan, t + 1);
            }
            if (!scan.IsWord(t))
            {
                return false;
            }
        }
        return false;
    }

    // «сегодня пропуск, завтра сразу 7 и 8 серии»: a day and the word that calls it off, then a comma and another day,
    // which the calling off does not reach.
    static bool CalledOffThenAnotherDay(SentenceScan scan, int i) =>
        DateStartingAt(scan, i) && scan.CueAt(i - 2) is { Cue.Type: CueType.Cancel or CueType.Postpone } off && off.End == i - 1
        && DateEndingAt(scan, off.First - 1) is not null;

    // Loops, not lambdas: asked after every comma.
    static DateMention? DateEndingAt(SentenceScan scan, int last)
    {
        foreach (var d in scan.Dates)
        {
            if (d.Last == last)
            {
                return d;
            }
        }
        return null;
    }

    static bool DateStartingAt(SentenceScan scan, int first)
    {
        foreach (var d in scan.Dates)
        {
            if (d.First == first)
            {
                return true;
            }
        }
        return false;
    }

    // A comma or a dash before the token. American punctuation puts the comma inside the quotes: 'their fifth mini album
    // "Whiplash," which came out…'.
    static bool DashBefore(SentenceScan scan, int i) =>
        scan.Tokens[i - 1].Type == TokenType.Punct && scan.Text[scan.Tokens[i - 1].Start] is '—' or '–';

    static bool BreakBefore(SentenceScan scan, int i) =>
        i > 0 && scan.Tokens[i - 1].Type == TokenType.Punct
        && (scan.Text[scan.Tokens[i - 1].Start] is ',' or '—' or '–'
            || (scan.IsPunct(i - 2, ',') && scan.Text[scan.Tokens[i - 1].Start] is '"' or '”' or '»' or '\''));
}
