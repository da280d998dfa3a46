using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction;

/// <summary>
/// Turns the scanned sentences of one article into release candidates. Two passes: the first remembers which
/// titles go with which kinds and who each sentence is about ("альбом «X»" early on names the album that
/// "Новый альбом RM выйдет 24 мая" means); the second reads each date in its clause.
/// </summary>
internal sealed class ArticleAnalyzer(ArticleBody body, CompiledLanguage language, DateOnly publishedOn, ExtractionCatalog? catalog)
{
    const int ContainerLookBack = 4;
    const int TitleLookAhead = 6;
    const int SubjectBeforeVerbGap = 4;
    // A catalog match beats an unknown capitalised word in the same place, never a name that stands before the verb.
    const double CatalogBonus = 1.5;
    const int CoordinationGap = 3;
    // "On August 12, SM Entertainment confirmed": tokens from a date to the reporting verb it belongs to.
    const int AnnounceReach = 6;
    // A future-tense date this many days before publication is still this year's (articles go out late).
    const int FutureGraceDays = 3;
    const int PastGraceDays = 1;
    const int UpcomingWindowDays = 240;

    // A news article has a few dozen sentences; the cap keeps pathological input linear.
    const int MaxSentences = 2000;

    readonly List<SentenceScan> _sentences = [];
    // Per emitted candidate, the sentence it was read from (for the article-level filters).
    readonly List<int> _origins = [];
    readonly List<(int Sentence, KindFamily Family, ReleaseKind Kind, string Title)> _titles = [];
    readonly List<(int Sentence, ReleaseKind Kind)> _topicKinds = [];
    readonly List<NameRun?> _sentenceSubjects = [];
    NameRun? _mainSubject;

    enum KindFamily
    {
        Record,
        Song,
        Ost,
        Show,
        Film,
        Other,
    }

    readonly record struct KindCue(int First, int End, ReleaseKind Kind, KindStrength Strength, bool Container);

    public IReadOnlyList<ReleaseCandidate> Analyze()
    {
        var lower = TextNormalizer.Lower(body.Text);
        var ranges = new List<Range>();
        for (var line = 0; line < body.Lines.Count; line++)
        {
            ranges.Clear();
            SentenceSplitter.Split(body.Text, body.Lines[line].Start.Value, body.Lines[line].End.Value, language.Table.Abbreviations, ranges);
            foreach (var range in ranges.Take(MaxSentences - _sentences.Count))
            {
                _sentences.Add(SentenceScanner.Scan(body.Text, lower, range, line, language, catalog));
            }
        }
        DropCommonSentenceStarts();
        Remember();
        var found = new List<ReleaseCandidate>();
        var previous = new List<ReleaseCandidate>();
        for (var i = 0; i < _sentences.Count; i++)
        {
            var before = found.Count;
            if (_sentences[i].Dates.Count > 0)
            {
                ReadSentence(i, found);
            }
            else if (previous.Count > 0 && _sentences[i].Line == _sentences[i - 1].Line)
            {
                FollowUp(i, previous, found);
            }
            previous = found.Count > before ? found[before..] : [];
        }
        Filtering.AbandonedDates.Drop(_sentences, found, _origins);
        return Deduplicate(found);
    }

    // "Вместе", "Дата", "Напомним" open sentences capitalised; a real name is capitalised mid-sentence somewhere too.
    void DropCommonSentenceStarts()
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in _sentences)
        {
            foreach (var run in s.Names)
            {
                if (!run.InitialOnly)
                {
                    named.Add(ExtractionCatalog.Key(run.Text));
                }
            }
        }
        foreach (var s in _sentences)
        {
            s.Names.RemoveAll(r => r.InitialOnly && r.Slug is null && !named.Contains(ExtractionCatalog.Key(r.Text)));
        }
    }

    // Pass 1: titles by kind, the topic kind of release sentences, and each sentence's likely subject.
    void Remember()
    {
        var counts = new Dictionary<string, (int Count, NameRun Run)>(StringComparer.Ordinal);
        for (var si = 0; si < _sentences.Count; si++)
        {
            var s = _sentences[si];
            var hasRelease = s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule);
            foreach (var cue in AllKindCues(s))
            {
                if (TitleAfterOrBefore(s, cue) is { } title)
                {
                    _titles.Add((si, Family(cue.Kind), cue.Kind, title));
                }
                if (hasRelease && cue.Strength == KindStrength.Strong && !cue.Container)
                {
                    _topicKinds.Add((si, cue.Kind));
                }
            }
            var anchor = s.Cues.FirstOrDefault(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Kind);
            NameRun? subject = null;
            if (s.Names.Count > 0 && anchor != default)
            {
                subject = BestSubjects(s, s.Clause[anchor.First], anchor.First, anchor.First, anchor.Cue.Type == CueType.Kind ? anchor : null, out _)
                    .FirstOrDefault();
            }
            _sentenceSubjects.Add(subject);
            foreach (var run in s.Names)
            {
                var key = run.Slug ?? ExtractionCatalog.Key(run.Text);
                counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Count + 1, seen.Run) : (1, run);
            }
        }
        _mainSubject = counts.Count == 0 ? null : counts.Values.MaxBy(v => v.Count).Run;
    }

    void ReadSentence(int si, List<ReleaseCandidate> found)
    {
        var s = _sentences[si];
        foreach (var date in s.Dates)
        {
            if (date.Form == DateForm.Recurring || IsRangeEnd(s, date) || IsMovedFrom(s, date))
            {
                continue;
            }
            if (date.Form == DateForm.Anaphoric)
            {
                ReadAnaphor(si, s, date, found);
                continue;
            }
            var clause = s.Clause[date.First];
            if (date.Form != DateForm.DayMonth && s.Dates.Any(d => d.Form == DateForm.DayMonth && s.Clause[d.First] == clause))
            {
                continue; // "через две недели – 24 мая": the calendar date wins
            }
            var kinds = KindCues(s, clause);
            var release = Nearest(s, date, clause, c => c.Type == CueType.Release);
            var schedule = Nearest(s, date, clause, c => c.Type is CueType.Schedule or CueType.Postpone);
            var signal = release ?? (schedule is not null && kinds.Count > 0 ? schedule : null);
            var sentenceLevel = false;
            if (signal is null)
            {
                signal = SentenceLevelRelease(s, clause, kinds.Count > 0);
                sentenceLevel = signal is not null;
            }
            if (signal is not { } signalHit || IsVetoed(s, date, clause, signalHit, kinds, sentenceLevel) || IsAnnouncementDate(s, date))
            {
                continue;
            }
            var resolved = Resolve(s, date, clause);
            if (resolved is not { } day)
            {
                continue;
            }
            Emit(si, s, date, clause, signalHit, kinds, day, sentenceLevel ? 0.05 : signalHit.Cue.Type == CueType.Release ? 0.2 : 0.1,
                 PostponedFromDate(s, date, clause), found);
        }
    }

    /// <summary>
    /// "Клип выйдет в тот же день в 13:00", "with the music video following at the same time": the day of the release
    /// stated last. Only a release word or a kind in its clause makes it a release, and any event word there unmakes it
    /// ("шоукейс пройдёт в тот же день").
    /// </summary>
    void ReadAnaphor(int si, SentenceScan s, DateMention date, List<ReleaseCandidate> found)
    {
        var clause = s.Clause[date.First];
        if (found.Count == 0 || HasCue(s, clause, CueType.NotRelease)
            || s.Dates.Any(d => d.Form == DateForm.DayMonth && s.Clause[d.First] == clause))
        {
            return;
        }
        var antecedent = found[^1];
        var kinds = KindCues(s, clause);
        var strong = kinds.FirstOrDefault(k => k.Strength == KindStrength.Strong && !k.Container);
        CueHit? signal = Nearest(s, date, clause, c => c.Type == CueType.Release)
                         ?? (strong.End > 0 ? new CueHit(strong.First, strong.End, new Cue(CueType.Kind, Kind: strong.Kind)) : null);
        if (signal is not { } hit)
        {
            return;
        }
        var inherited = date.Offset == Words.SameMoment && antecedent.Time is { } t ? (t, antecedent.TimeZone) : ((TimeOnly, string?)?)null;
        var ownTime = TimeFor(s, date, clause);
        if (date.Offset == Words.SameMoment && antecedent.Time is null && ownTime is not null)
        {
            // "Клип выйдет одновременно с синглом, в 18:00": one moment, so the single is at 18:00 too.
            for (var i = found.Count - 1; i >= 0 && found[i].Date == antecedent.Date && found[i].Time is null; i--)
            {
                found[i] = found[i] with { Time = ownTime.Time, TimeZone = ownTime.Zone };
            }
        }
        Emit(si, s, date, clause, hit, kinds, antecedent.Date, 0.1, null, found, inherited);
    }

    void Emit(int si, SentenceScan s, DateMention date, int clause, CueHit signal, List<KindCue> kinds, DateOnly day,
        double signalConfidence, DateOnly? postponedFrom, List<ReleaseCandidate> found, (TimeOnly Time, string? Zone)? inheritedTime = null)
    {
        var (chosen, kindConfidence) = ChooseKinds(si, s, clause, date, signal, kinds);
        var time = TimeFor(s, date, clause) is { } own ? (own.Time, own.Zone) : inheritedTime;
        foreach (var (chosenKind, cue) in chosen)
        {
            var title = TitleFor(si, s, cue, chosenKind, clause);
            var kind = MoreSpecific(chosenKind, cue, title);
            var subjects = SubjectsFor(si, s, clause, date, signal, cue, kind, title, out var subjectConfidence);
            foreach (var subject in subjects)
            {
                var confidence = 0.5 + signalConfidence + kindConfidence + (title is null ? 0 : 0.05) + subjectConfidence
                                 + (date.Form == DateForm.DayMonth ? 0.05 : date.Form == DateForm.Weekday ? -0.05 : 0);
                _origins.Add(si);
                found.Add(new ReleaseCandidate(
                    subject.Text, subject.Slug ?? catalog?.Resolve(subject.Text), title, kind, day, time?.Time,
                    time?.Zone, Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
                    new Evidence(s.Text[s.Start..s.End], s.Start, s.End - s.Start), postponedFrom));
            }
        }
    }

    /// <summary>
    /// A sentence without a date right after one that stated a release: "Сегодня ILLIT дебютировали. В 18:00 вышел
    /// мини-альбом и клип…" carries on that day. A time alone completes the releases before it; a release verb with a
    /// kind inherits the day. Vague words ("позже", "later") and month names stop both.
    /// </summary>
    void FollowUp(int si, List<ReleaseCandidate> previous, List<ReleaseCandidate> found)
    {
        var s = _sentences[si];
        var release = s.Cues.FirstOrDefault(c => c.Cue.Type == CueType.Release);
        if (release == default || s.Cues.Any(c => c.Cue.Type == CueType.Vague) || HasMonthWord(s))
        {
            return;
        }
        var clause = s.Clause[release.First];
        var kinds = KindCues(s, clause).Where(k => k.Strength == KindStrength.Strong && !k.Container).ToList();
        var time = s.Times.FirstOrDefault(t => !t.Alternative);
        if (kinds.Count == 0)
        {
            if (time is null)
            {
                return;
            }
            for (var i = 0; i < found.Count; i++)
            {
                if (previous.Contains(found[i]) && found[i].Time is null)
                {
                    found[i] = found[i] with { Time = time.Time, TimeZone = time.Zone };
                }
            }
            return;
        }
        var days = previous.Select(c => c.Date).Distinct().ToList();
        if (days.Count != 1)
        {
            return;
        }
        var anchor = new DateMention
        {
            First = release.First, Last = release.First, Form = DateForm.Relative, Offset = days[0].DayNumber - publishedOn.DayNumber,
        };
        Emit(si, s, anchor, clause, release, kinds, days[0], 0.0, null, found);
    }

    bool HasMonthWord(SentenceScan s)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.IsWord(t) && language.Months.Contains(s.Word(t)) && (language.Table.Language != Language.En || s.StartsUpper(t)))
            {
                return true;
            }
        }
        return false;
    }

    static bool IsRangeEnd(SentenceScan s, DateMention date) =>
        date.Link == DateLink.Range && date.Previous is not null && !HasCue(s, s.Clause[date.First], CueType.Postpone);

    bool IsMovedFrom(SentenceScan s, DateMention date)
    {
        var clause = s.Clause[date.First];
        var postponed = HasCue(s, clause, CueType.Postpone);
        if (s.Dates.Any(n => n.Previous == date && (n.Link == DateLink.Move || (n.Link == DateLink.Range && postponed))))
        {
            return true;
        }
        // "вместо 5 июня", "originally set for June 5"
        for (var t = date.First - 1; t >= Math.Max(0, date.First - ContainerLookBack) && s.Clause[t] == clause; t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.MovedFrom })
            {
                return true;
            }
            if (s.Consumed[t])
            {
                break;
            }
        }
        // "релиз перенесён с 5 июня" with no new date: "с"/"from" right before the date.
        return postponed && s.IsWord(date.First - 1) && s.Word(date.First - 1) is "с" or "from"
               && !s.Dates.Any(d => d != date && s.Clause[d.First] == clause);
    }

    DateOnly? PostponedFromDate(SentenceScan s, DateMention date, int clause)
    {
        if (date.Previous is { } previous && (date.Link == DateLink.Move || (date.Link == DateLink.Range && HasCue(s, clause, CueType.Postpone))))
        {
            return Resolve(s, previous, clause);
        }
        var moved = s.Dates.FirstOrDefault(d => d != date && s.Clause[d.First] == clause && IsMovedFrom(s, d));
        return moved is null ? null : Resolve(s, moved, clause);
    }

    // A release verb in another clause counts when this clause names a kind ("а альбом — 24 мая") or that clause has no date.
    static CueHit? SentenceLevelRelease(SentenceScan s, int clause, bool clauseHasKind)
    {
        foreach (var cue in s.Cues)
        {
            if (cue.Cue.Type != CueType.Release || s.Clause[cue.First] == clause)
            {
                continue;
            }
            var other = s.Clause[cue.First];
            if (clauseHasKind || !s.Dates.Any(d => s.Clause[d.First] == other))
            {
                return cue;
            }
        }
        return null;
    }

    /// <summary>A not-a-release cue (concert, birthday, tickets...) closer to the date than anything saying release.</summary>
    static bool IsVetoed(SentenceScan s, DateMention date, int clause, CueHit signal, List<KindCue> kinds, bool sentenceLevel)
    {
        var best = int.MaxValue;
        foreach (var cue in s.Cues)
        {
            if (cue.Cue.Type != CueType.NotRelease || s.Clause[cue.First] != clause || kinds.Any(k => SentenceScan.Gap(k.First, k.End - 1, cue.First, cue.End - 1) == 0 && !k.Container))
            {
                continue;
            }
            best = Math.Min(best, SentenceScan.Gap(date.First, date.Last, cue.First, cue.End - 1));
        }
        if (best == int.MaxValue)
        {
            return false;
        }
        var signalDistance = sentenceLevel ? int.MaxValue : SentenceScan.Gap(date.First, date.Last, signal.First, signal.End - 1);
        foreach (var kind in kinds)
        {
            if (!kind.Container)
            {
                signalDistance = Math.Min(signalDistance, SentenceScan.Gap(date.First, date.Last, kind.First, kind.End - 1));
            }
        }
        return best < signalDistance;
    }

    // "announced on May 2 that…", "объявило 2 мая": the day the news broke.
    static bool IsAnnouncementDate(SentenceScan s, DateMention date)
    {
        for (var t = date.First - 1; t >= Math.Max(0, date.First - 2); t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Announce })
            {
                return true;
            }
        }
        // "On August 12, SM confirmed that aespa will release…", «Агентство YG 30 сентября объявило, что…»: a date just
        // before the reporting verb, with every release word after that verb, is when the news was told.
        foreach (var announce in s.Cues)
        {
            if (announce.Cue.Type != CueType.Announce || announce.First <= date.Last || announce.First - date.Last > AnnounceReach)
            {
                continue;
            }
            var releaseBefore = s.Cues.Any(c => c.First < announce.First && c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Kind);
            var otherDateBetween = s.Dates.Any(d => d.First > date.Last && d.First < announce.First);
            return !releaseBefore && !otherDateBetween;
        }
        return false;
    }

    static CueHit? Nearest(SentenceScan s, DateMention date, int clause, Func<Cue, bool> predicate)
    {
        CueHit? best = null;
        var bestGap = int.MaxValue;
        foreach (var cue in s.Cues)
        {
            if (s.Clause[cue.First] != clause || !predicate(cue.Cue))
            {
                continue;
            }
            var gap = SentenceScan.Gap(date.First, date.Last, cue.First, cue.End - 1);
            if (gap < bestGap)
            {
                (best, bestGap) = (cue, gap);
            }
        }
        return best;
    }

    static bool HasCue(SentenceScan s, int clause, CueType type) => s.Cues.Any(c => c.Cue.Type == type && s.Clause[c.First] == clause);

    // ---- dates ----

    DateOnly? Resolve(SentenceScan s, DateMention date, int clause)
    {
        var tense = TenseOf(s, clause);
        switch (date.Form)
        {
            case DateForm.Relative:
                return publishedOn.AddDays(date.Offset);
            case DateForm.Weekday:
                return ResolveWeekday(date, tense);
        }
        if (date.Year != 0)
        {
            return date.Day <= DateTime.DaysInMonth(date.Year, date.Month) ? new DateOnly(date.Year, date.Month, date.Day) : null;
        }
        var options = new List<DateOnly>(3);
        for (var year = publishedOn.Year - 1; year <= publishedOn.Year + 1; year++)
        {
            if (year is >= 1 and <= 9999 && date.Day <= DateTime.DaysInMonth(year, date.Month))
            {
                options.Add(new DateOnly(year, date.Month, date.Day));
            }
        }
        if (options.Count == 0)
        {
            return null;
        }
        if (date.WeekdayHint is { } hint && options.Count(o => o.DayOfWeek == hint) == 1)
        {
            return options.First(o => o.DayOfWeek == hint);
        }
        return tense switch
        {
            Tense.Future => options.FirstOrDefault(o => o >= publishedOn.AddDays(-FutureGraceDays), options[^1]),
            Tense.Past => options.LastOrDefault(o => o <= publishedOn.AddDays(PastGraceDays), options[0]),
            // Release news looks ahead: an upcoming date within eight months beats a slightly nearer past one.
            _ => options.FirstOrDefault(o => o >= publishedOn.AddDays(-FutureGraceDays) && o.DayNumber - publishedOn.DayNumber <= UpcomingWindowDays)
                 is { Year: > 1 } upcoming ? upcoming : options.MinBy(o => Math.Abs(o.DayNumber - publishedOn.DayNumber)),
        };
    }

    DateOnly ResolveWeekday(DateMention date, Tense tense)
    {
        var published = publishedOn;
        var mondayOffset = ((int)published.DayOfWeek + 6) % 7;
        var weekdayOffset = ((int)date.Weekday + 6) % 7;
        return date.Modifier switch
        {
            WeekdayModifier.Next => published.AddDays(7 - mondayOffset + weekdayOffset),
            WeekdayModifier.Last => published.AddDays(-7 - mondayOffset + weekdayOffset),
            _ when tense == Tense.Past => published.AddDays(-((mondayOffset - weekdayOffset + 7) % 7)),
            _ => published.AddDays((weekdayOffset - mondayOffset + 7) % 7),
        };
    }

    // Future wins over past inside a clause: "will be released" has both "will" and "released".
    static Tense TenseOf(SentenceScan s, int clause)
    {
        if (HasCue(s, clause, CueType.Postpone))
        {
            return Tense.Future; // "has been postponed to June 12": the new date is ahead
        }
        var tense = TenseIn(s, c => s.Clause[c.First] == clause);
        return tense != Tense.None ? tense : TenseIn(s, _ => true);
    }

    static Tense TenseIn(SentenceScan s, Func<CueHit, bool> where)
    {
        var past = false;
        foreach (var cue in s.Cues)
        {
            if (!where(cue) || cue.Cue.Type is not (CueType.Release or CueType.Schedule or CueType.Tense or CueType.Vague))
            {
                continue;
            }
            if (cue.Cue.Tense == Tense.Future)
            {
                return Tense.Future;
            }
            past |= cue.Cue.Tense == Tense.Past;
        }
        if (past)
        {
            return Tense.Past;
        }
        return s.Dates.Any(d => d.Form == DateForm.Relative && d.Offset < 0) ? Tense.Past : Tense.None;
    }

    static TimeMention? TimeFor(SentenceScan s, DateMention date, int clause)
    {
        TimeMention? best = null;
        var bestGap = int.MaxValue;
        foreach (var time in s.Times)
        {
            if (time.Alternative || s.Clause[time.First] != clause)
            {
                continue;
            }
            var gap = SentenceScan.Gap(date.First, date.Last, time.First, time.Last);
            // The time belongs to whichever date of the clause is closest to it.
            var closerDate = s.Dates.Any(d => d != date && s.Clause[d.First] == clause
                                              && SentenceScan.Gap(d.First, d.Last, time.First, time.Last) < gap);
            if (!closerDate && gap < bestGap)
            {
                (best, bestGap) = (time, gap);
            }
        }
        return best;
    }

    // ---- kinds ----

    static List<KindCue> AllKindCues(SentenceScan s)
    {
        var list = new List<KindCue>();
        foreach (var cue in s.Cues)
        {
            if (cue.Cue.Type == CueType.Kind || (cue.Cue.Type == CueType.Release && cue.Cue.Kind != ReleaseKind.Other))
            {
                list.Add(new KindCue(cue.First, cue.End, cue.Cue.Kind, cue.Cue.Strength, IsContainer(s, cue, list)));
            }
        }
        return list;
    }

    static List<KindCue> KindCues(SentenceScan s, int clause) => AllKindCues(s).Where(k => s.Clause[k.First] == clause).ToList();

    /// <summary>
    /// "войдёт в альбом", "OST к дораме", "from the album", or an album/drama named after a song/video in the same
    /// clause without "и"/"and" between them ("клип на песню из нового альбома"): the thing it belongs to.
    /// </summary>
    static bool IsContainer(SentenceScan s, CueHit cue, List<KindCue> earlier)
    {
        for (var t = cue.First - 1; t >= Math.Max(0, cue.First - ContainerLookBack); t--)
        {
            if (s.CueAt(t) is { } hit)
            {
                if (hit.Cue.Type == CueType.Anaphor)
                {
                    return true; // "одновременно с синглом", "at the same time as the album": the earlier release
                }
                if (hit.Cue.Type == CueType.Container)
                {
                    return !IsAccompaniment(s, hit, cue);
                }
                if (hit.Cue.Type is not (CueType.Tense or CueType.New or CueType.First))
                {
                    break;
                }
            }
            if (s.Tokens[t].Type != TokenType.Word || s.Consumed[t])
            {
                break;
            }
        }
        if (cue.Cue.Kind is not (ReleaseKind.Album or ReleaseKind.Ep or ReleaseKind.Drama or ReleaseKind.Film))
        {
            return false;
        }
        foreach (var before in earlier)
        {
            if (before.Container || s.Clause[before.First] != s.Clause[cue.First]
                || before.Kind is not (ReleaseKind.Single or ReleaseKind.Mv or ReleaseKind.Ost or ReleaseKind.Episode))
            {
                continue;
            }
            if (!Coordinated(s, before.End, cue.First))
            {
                return true;
            }
        }
        return false;
    }

    // Russian "с" + instrumental is "with" ("дебютировала с мини-альбомом"), + genitive is "from" ("трек с альбома").
    static bool IsAccompaniment(SentenceScan s, CueHit container, CueHit kind)
    {
        if (!s.Word(container.First).SequenceEqual("с"))
        {
            return false;
        }
        var word = s.Word(kind.End - 1);
        foreach (var ending in InstrumentalEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    static readonly string[] InstrumentalEndings = ["ом", "ем", "ой", "ей", "ами", "ями", "ью"];

    static bool Coordinated(SentenceScan s, int from, int to)
    {
        var gap = 0;
        for (var t = from; t < to; t++)
        {
            gap += s.QuoteOf[t] < 0 ? 1 : 0; // a title between ("album «X» and the video") does not count
        }
        if (gap > CoordinationGap)
        {
            return false;
        }
        for (var t = from; t < to; t++)
        {
            if (s.IsPunct(t, ',') || s.IsPunct(t, '&') || s.IsPunct(t, '+') || s.IsPunct(t, '/')
                || (s.IsWord(t) && s.Word(t) is "и" or "and" or "а также" or "plus"))
            {
                return true;
            }
        }
        return false;
    }

    // "вместе с клипом", "along with the music video", "и клип": a second kind in the same release.
    bool AddedByCoordinator(SentenceScan s, KindCue cue)
    {
        for (var t = cue.First - 1; t >= Math.Max(0, cue.First - 3); t--)
        {
            if (s.Is(t, language.Coordinators))
            {
                return true;
            }
            if (!s.IsWord(t) || s.CueAt(t) is not null && s.CueAt(t)!.Value.Cue.Type is not (CueType.Container or CueType.New or CueType.ClauseBreak))
            {
                return false;
            }
        }
        return false;
    }

    (List<(ReleaseKind Kind, KindCue? Cue)> Kinds, double Confidence) ChooseKinds(
        int si, SentenceScan s, int clause, DateMention date, CueHit signal, List<KindCue> kinds)
    {
        var usable = kinds.Where(k => !k.Container).ToList();
        var anchor = signal.Cue.Type == CueType.Release && s.Clause[signal.First] == clause ? (signal.First, signal.End - 1) : (date.First, date.Last);
        var strong = usable.Where(k => k.Strength == KindStrength.Strong).ToList();
        if (strong.Count > 0)
        {
            // "Вместе с альбомом вышел клип": the kind after "вместе с"/"along with" is the companion, not the main release.
            var primary = strong.MinBy(k => 2 * SentenceScan.Gap(anchor.Item1, anchor.Item2, k.First, k.End - 1) + (AddedByCoordinator(s, k) ? 1 : 0));
            var result = new List<(ReleaseKind, KindCue?)> { (PremiereAware(s, primary), primary) };
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
            // "клип на свою новую песню": a new song with its video is a single too.
            if (result.Any(r => r.Item1 == ReleaseKind.Mv) && result.All(r => r.Item1 != ReleaseKind.Single)
                && usable.FirstOrDefault(k => k.Kind == ReleaseKind.Single && k.Strength == KindStrength.Weak && HasNewBefore(s, k.First)) is { End: > 0 } song)
            {
                result.Add((ReleaseKind.Single, song));
            }
            return (result, 0.1);
        }
        var weak = usable.Where(k => k.Strength == KindStrength.Weak).ToList();
        if (weak.Count > 0)
        {
            var primary = weak.MinBy(k => SentenceScan.Gap(anchor.Item1, anchor.Item2, k.First, k.End - 1));
            var topic = TopicKind(si);
            var kind = (primary.Kind, topic) switch
            {
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
        return TopicKind(si) is { } remembered ? ([(remembered, null)], -0.05) : ([(ReleaseKind.Other, null)], -0.1);
    }

    // "fourth mini album «X»" first, "released the album" later: the same record, and the specific kind stands.
    ReleaseKind MoreSpecific(ReleaseKind kind, KindCue? cue, string? title)
    {
        if (kind != ReleaseKind.Album || title is null || cue is { } c && c.End - c.First > 1)
        {
            return kind;
        }
        return _titles.Any(t => t.Kind == ReleaseKind.Ep && string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase)) ? ReleaseKind.Ep : kind;
    }

    // "первая серия", "premiere episode": the drama's release, not one episode.
    static ReleaseKind PremiereAware(SentenceScan s, KindCue cue)
    {
        if (cue.Kind != ReleaseKind.Episode)
        {
            return cue.Kind;
        }
        for (var t = cue.First - 1; t >= Math.Max(0, cue.First - 2); t--)
        {
            if (s.CueAt(t) is { } hit && (hit.Cue.Type == CueType.First || (hit.Cue.Type == CueType.Release && hit.Cue.Kind == ReleaseKind.Drama)))
            {
                return ReleaseKind.Drama;
            }
        }
        return ReleaseKind.Episode;
    }

    static bool HasNewBefore(SentenceScan s, int first)
    {
        for (var t = first - 1; t >= Math.Max(0, first - 3); t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.New })
            {
                return true;
            }
        }
        return false;
    }

    ReleaseKind? TopicKind(int si)
    {
        (int Sentence, ReleaseKind Kind)? before = null;
        foreach (var topic in _topicKinds)
        {
            if (topic.Sentence <= si)
            {
                before = topic;
            }
        }
        return before?.Kind ?? (_topicKinds.Count > 0 ? _topicKinds[0].Kind : null);
    }

    static KindFamily Family(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Album or ReleaseKind.Ep => KindFamily.Record,
        ReleaseKind.Single or ReleaseKind.Mv => KindFamily.Song,
        ReleaseKind.Ost => KindFamily.Ost,
        ReleaseKind.Drama or ReleaseKind.Episode => KindFamily.Show,
        ReleaseKind.Film => KindFamily.Film,
        _ => KindFamily.Other,
    };

    // ---- titles ----

    string? TitleFor(int si, SentenceScan s, KindCue? kindCue, ReleaseKind kind, int clause)
    {
        if (kindCue is { } cue && TitleAfterOrBefore(s, cue) is { } title)
        {
            return title;
        }
        // "OST … песня «X»": a track-level kind takes the title of the song named in its clause.
        if (kind is ReleaseKind.Single or ReleaseKind.Mv or ReleaseKind.Ost)
        {
            foreach (var song in AllKindCues(s))
            {
                if (song.Kind == ReleaseKind.Single && song.Strength == KindStrength.Weak && s.Clause[song.First] == clause
                    && TitleAfterOrBefore(s, song) is { } songTitle)
                {
                    return songTitle;
                }
            }
        }
        // One free title in the clause ("«Come Back to Me» вышел 10 мая") belongs to it.
        var claimed = AllKindCues(s).Select(k => QuoteAfter(s, k)).Where(q => q >= 0).ToHashSet();
        var free = -1;
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
            if (!claimed.Contains(q))
            {
                free = q;
                freeCount++;
            }
        }
        if (freeCount == 1)
        {
            return QuoteText(s, free);
        }
        return TitleFromMemory(si, kind) ?? (kind is ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film ? HeadlineTitle() : null);
    }

    // A screen article names its show in the headline: «Королева слёз» выходит на экраны.
    string? HeadlineTitle()
    {
        var headline = _sentences.Count > 0 ? _sentences[0] : null;
        return headline is { Quotes.Count: > 0 } && headline.Quotes[0].IsTitle ? QuoteText(headline, 0) : null;
    }

    string? TitleFromMemory(int si, ReleaseKind kind)
    {
        var family = Family(kind);
        string? after = null;
        string? before = null;
        foreach (var (sentence, f, _, title) in _titles)
        {
            if (f != family)
            {
                continue;
            }
            if (sentence < si)
            {
                before = title;
            }
            else if (sentence > si)
            {
                after ??= title;
            }
        }
        return before ?? after;
    }

    static string? TitleAfterOrBefore(SentenceScan s, KindCue cue)
    {
        var after = QuoteAfter(s, cue);
        if (after >= 0)
        {
            return QuoteText(s, after);
        }
        // "«Supernova» — новый сингл", "'Rockstar' music video"
        for (var t = cue.First - 1; t >= Math.Max(0, cue.First - 3); t--)
        {
            if (s.QuoteOf[t] >= 0)
            {
                return QuoteText(s, s.QuoteOf[t]);
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
    static string QuoteText(SentenceScan s, int quote)
    {
        var q = s.Quotes[quote];
        var end = q.ContentEnd;
        while (end > q.ContentStart + 1 && (s.Text[end - 1] is ',' or ';' or ':' || (s.Text[end - 1] == '.' && q.OuterEnd >= s.End - 1)))
        {
            end--;
        }
        return s.Text[q.ContentStart..end].TrimEnd();
    }

    // ---- subjects ----

    List<NameRun> SubjectsFor(int si, SentenceScan s, int clause, DateMention date, CueHit signal, KindCue? kindCue,
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
        if (found.Count > 0)
        {
            confidence = inClause ? 0.1 : 0.05;
            return found;
        }
        confidence = 0;
        for (var p = si - 1; p >= 0; p--)
        {
            if (_sentenceSubjects[p] is { } previous)
            {
                return [previous];
            }
        }
        // A record's title is never its artist: no name in the sentence, before it or in the article means no subject.
        return _mainSubject is null ? [] : [_mainSubject];
    }

    List<NameRun> BestSubjects(SentenceScan s, int clause, int verb, int dateFirst, CueHit? kindCue, out bool inClause)
    {
        inClause = false;
        NameRun? best = null;
        var bestScore = 0.5;
        var bestBeforeVerb = false;
        foreach (var run in s.Names)
        {
            var here = s.Clause[run.First] == clause;
            var score = here ? 1.0 : 0.3;
            var beforeVerb = run.End <= verb && verb - run.End <= SubjectBeforeVerbGap && !s.Names.Any(o => o.First >= run.End && o.End <= verb);
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
            if (s.Is(run.First - 1, language.ByWords))
            {
                score += 3;
            }
            if (s.Is(run.First - 1, language.PlacePrepositions))
            {
                score -= 2;
            }
            // "features American rapper Megan Thee Stallion": a role noun between does not hide the featuring word.
            var lead = s.CueAt(run.First - 1) is { Cue.Type: CueType.Role } role && role.End == run.First ? role.First : run.First;
            if (s.Is(lead - 1, language.FeaturingWords) || s.Is(lead - 2, language.FeaturingWords))
            {
                continue; // a guest ("featuring Loco", "с участием Loco")
            }
            if (run.Slug is not null)
            {
                score += CatalogBonus;
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
        for (var guard = 0; guard < 3 && s.Names.LastOrDefault(o => IsJoined(s, o, group[0])) is { } previous; guard++)
        {
            group.Insert(0, previous);
        }
        for (var guard = 0; guard < 3 && s.Names.FirstOrDefault(o => IsJoined(s, group[^1], o)) is { } next; guard++)
        {
            group.Add(next);
        }
        var groupEnd = group[^1].End;
        var verbAfter = s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule && c.First >= groupEnd && c.First - groupEnd <= SubjectBeforeVerbGap);
        return bestBeforeVerb || verbAfter ? group : [best];
    }

    bool IsJoined(SentenceScan s, NameRun a, NameRun b) =>
        b.First == a.End + 1 && (s.Is(a.End, language.ListWords) || s.IsPunct(a.End, ',') || s.IsPunct(a.End, '&'));

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

    // ---- output ----

    IReadOnlyList<ReleaseCandidate> Deduplicate(List<ReleaseCandidate> found)
    {
        var best = new Dictionary<(string, ReleaseKind, DateOnly), ReleaseCandidate>();
        var order = new List<(string, ReleaseKind, DateOnly)>();
        foreach (var candidate in found)
        {
            var key = (candidate.ResolvedSubjectSlug ?? ExtractionCatalog.Key(candidate.Subject), candidate.Kind, candidate.Date);
            if (!best.TryGetValue(key, out var existing))
            {
                order.Add(key);
                best[key] = candidate;
            }
            else if (candidate.Confidence > existing.Confidence || (existing.Time is null && candidate.Time is not null))
            {
                best[key] = candidate with { Confidence = Math.Max(candidate.Confidence, existing.Confidence) };
            }
        }
        // "New Album «ATE»" in the headline and "mini album «ATE»" in the text are one release.
        var result = new List<ReleaseCandidate>();
        foreach (var candidate in order.Select(k => best[k]))
        {
            var twin = result.FindIndex(r => SameRelease(r, candidate));
            if (twin < 0)
            {
                result.Add(candidate);
            }
            else if (Rank(candidate) > Rank(result[twin]))
            {
                result[twin] = candidate;
            }
        }
        return result;
    }

    static bool SameRelease(ReleaseCandidate a, ReleaseCandidate b) =>
        a.Date == b.Date && a.Kind != b.Kind && MergeFamily(a.Kind) is { } family && family == MergeFamily(b.Kind)
        && (a.ResolvedSubjectSlug ?? ExtractionCatalog.Key(a.Subject)) == (b.ResolvedSubjectSlug ?? ExtractionCatalog.Key(b.Subject))
        && (a.Title is null || b.Title is null || string.Equals(a.Title, b.Title, StringComparison.OrdinalIgnoreCase));

    static int? MergeFamily(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Album or ReleaseKind.Ep => 1,
        ReleaseKind.Drama or ReleaseKind.Episode => 2,
        _ => null,
    };

    static double Rank(ReleaseCandidate c) => (c.Time is null ? 0 : 4) + (c.Title is null ? 0 : 2) + c.Confidence;
}
