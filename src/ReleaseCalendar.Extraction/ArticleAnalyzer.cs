using ReleaseCalendar.Extraction.Languages;
using ReleaseCalendar.Extraction.Scoring;
using static ReleaseCalendar.Extraction.Filtering.ReleaseSignals;
using static ReleaseCalendar.Extraction.Linking.KindCueReader;
using static ReleaseCalendar.Extraction.Linking.TimeLinker;
using static ReleaseCalendar.Extraction.Sentences.CueQueries;

namespace ReleaseCalendar.Extraction;

/// <summary>
/// The extractor's pipeline over one article body, one stage per folder:
/// <list type="number">
/// <item>Sentences: the body's lines cut into sentences (<see cref="ArticleSentences"/>), each scanned for tokens,
/// quotes, cue words and clauses;</item>
/// <item>Mentions: dates, times and names in each sentence (DateScanner, TimeScanner, NameFinder);</item>
/// <item>Linking: pass 1 remembers titles, topic kinds and sentence subjects (<see cref="ArticleMemory"/>); pass 2,
/// here, reads each dated clause and links its kinds, title, subjects and time;</item>
/// <item>Resolution: the calendar day of each date (<see cref="DateResolver"/>);</item>
/// <item>Filtering: dates that are not releases (<see cref="ReleaseSignals"/>), abandoned plans
/// (<see cref="AbandonedDates"/>) and past releases told as background (<see cref="BackgroundReleases"/>);</item>
/// <item>Output: a name two catalog subjects share read as the one the release points to (<see cref="Linking.SharedNames"/>),
/// and one candidate per release (<see cref="Deduplicator"/>).</item>
/// </list>
/// </summary>
internal sealed partial class ArticleAnalyzer(
    IReadOnlyList<SentenceScan> sentences, ArticleMemory memory, CompiledLanguage language, DateOnly publishedOn, ExtractionCatalog? catalog,
    AnalysisTrace? trace = null)
{
    readonly DateResolver _dates = new(publishedOn, DateResolver.HeadlineYear(sentences, publishedOn, language), language);
    readonly SubjectLinker _subjects = new(language, catalog);
    readonly KindChooser _kinds = new(language, memory);
    readonly TitleLinker _titles = new(sentences, memory, language);
    // Per emitted candidate, the sentence it was read from (for the article-level filters).
    readonly List<int> _origins = [];
    readonly List<AbandonedDates.LeftBehind> _leftBehind = [];
    // Candidates read from a relative clause ("the single, which came out on October 28, tops the charts"): told in passing.
    readonly HashSet<ReleaseCandidate> _inPassing = [];
    // In a calendar told by day headings, the heading over the sentence being read and its day.
    (int From, DateOnly Day)? _section;
    // The calendar line last asked for its one act (EntryAct), and that act: asked again for each sentence under the line.
    (int Line, NameRun? Act) _entry = (-1, null);

    public static IReadOnlyList<ReleaseCandidate> Analyze(
        ArticleBody body, CompiledLanguage language, DateOnly publishedOn, ExtractionCatalog? catalog, AnalysisTrace? trace = null)
    {
        var sentences = ArticleSentences.Scan(body, language, catalog);
        QuotedTitleNames.Drop(sentences);
        CommonSentenceStarts.Drop(sentences, language);
        Surnames.Resolve(sentences);
        DayOnlyAnchors.Anchor(sentences, language, publishedOn);
        var memory = ArticleMemory.Build(sentences, new SubjectLinker(language, catalog), language);
        trace?.Sentences.AddRange(sentences);
        var found = new ArticleAnalyzer(sentences, memory, language, publishedOn, catalog, trace).Read();
        return ShortTitles.Expand(found, sentences, catalog);
    }

    // Pass 2: every dated sentence, and a dateless one that carries on the release of the sentence before it.
    IReadOnlyList<ReleaseCandidate> Read()
    {
        var found = new List<ReleaseCandidate>();
        var previous = new List<ReleaseCandidate>();
        DateOnly? pendingDay = null;
        var headline = ActHeadlineDay();
        var datedSince = false; // a day named after the headline
        var pendingFrom = -1; // the sentence that said pendingDay
        (int Sentence, DateOnly Day, ReleaseKind Kind, int Left)? shared = null;
        var datedBefore = false;
        (int Sentence, int First, int End) lastGroup = (-1, 0, 0);
        // A calendar told by day headings («ПОНЕДЕЛЬНИК, 3 ОКТЯБРЯ.» … «ВТОРНИК, 4 ОКТЯБРЯ.»): each heading's day is the
        // section's down to the next heading, also in the section's later paragraphs.
        var byDayHeadings = Enumerable.Range(0, sentences.Count).Count(h => DaySectionHeading(h) && DayOnlyHeading(h) is not null) >= MinDayHeadings;
        for (var i = 0; i < sentences.Count; i++)
        {
            var before = found.Count;
            // «завтра, 7 марта — двойной день» over «▪️ Дженни — альбом Ruby» and «▪️ Джей-Хоуп — сингл Sweet Dreams»: a heading
            // line's day dates each "act — kind" line listed under it («клип одновременно» in it is that release's moment).
            var listedUnder = pendingDay is not null && pendingFrom >= 0 && HeadingLine(pendingFrom) && !MovesAhead(sentences[i])
                              && sentences[i].Dates.TrueForAll(d => d.Form == DateForm.Anaphoric) && ActListing(sentences[i]) is not null;
            if (listedUnder)
            {
                FollowUpOnDay(i, pendingDay!.Value, found);
            }
            else if (CountdownDayLine(i) is { } dDay && ScheduledRecord(found) is { } scheduled)
            {
                FollowUpOnDay(i, scheduled.Date, found, countdownKind: dDay);
                for (var k = found.Count - 1; k >= before; k--)
                {
                    if (IsRecord(found[k].Kind))
                    {
                        found.RemoveAt(k); // "D-DAY: album and …": the line's album is the schedule's record, found already
                        _origins.RemoveAt(k);
                    }
                }
                AtTimeIfNone(found, before, scheduled.Time, scheduled.TimeZone);
            }
            else if (pendingDay is { } headed && pendingFrom >= 0 && pendingFrom == i - 2 && TimeLine(i - 1) && HeadingLine(i)
                     && sentences[i].Dates.TrueForAll(d => d.Form == DateForm.Anaphoric) && !MovesAhead(sentences[i]))
            {
                // «📅 15 июля» / «🕖 07:00 мск / 13:00 KST» / «альбом и клип на «Arson» выходят одновременно»: a post's day
                // line and time line head the line after them, which comes out that day at that time.
                FollowUpOnDay(i, headed, found);
                var time = sentences[i - 1].Times.FirstOrDefault(t => !t.Alternative) ?? sentences[i - 1].Times[0];
                AtTimeIfNone(found, before, time.Time, time.Zone);
            }
            else if (sentences[i].Dates.Count > 0)
            {
                // "Mon., Oct. 23 — SEVENTEEN, "SEVENTEENTH HEAVEN." The 13 members return … whose music video drops at the
                // same time": the day above dates the sentence, and its "same time" means that day's release.
                var carriesOn = pendingDay is not null && CarriesTheDay(i, pendingFrom)
                                && sentences[i].Dates.TrueForAll(d => d is { Form: DateForm.Anaphoric, DaysLater: 0 } and not { Modifier: WeekdayModifier.Following });
                if (carriesOn)
                {
                    FollowUpOnDay(i, pendingDay!.Value, found);
                }
                ReadSentence(i, found);
                if (carriesOn)
                {
                    ActOfTheEntry(i, pendingFrom, found, before);
                }
            }
            else if (previous.Count > 0 && sentences[i].Line == sentences[i - 1].Line)
            {
                FollowUp(i, previous, found);
            }
            else if (pendingDay is { } day && CarriesTheDay(i, pendingFrom))
            {
                FollowUpOnDay(i, day, found);
                ActOfTheEntry(i, pendingFrom, found, before);
            }
            else if (_section is { } sec && sentences[i].Dates.Count == 0 && sentences[i].Line != sentences[sec.From].Line
                     && !PastTold(sentences[i]) && !MovesAhead(sentences[i]))
            {
                FollowUpOnDay(i, sec.Day, found); // «И наконец, MONSTA X выпускают четвёртый мини-альбом»: a later paragraph of the day
            }
            else if (shared is { Left: > 0 } group && i - group.Sentence <= SharedDayReach && TitleOnSharedDay(i, group.Day, group.Kind, found))
            {
                shared = group with { Left = group.Left - 1 };
            }
            else if (DayBeforeATime(i) is { } dayBefore)
            {
                FollowUpOnDay(i, dayBefore, found);
            }
            else if (lastGroup.Sentence >= 0 && i - lastGroup.Sentence <= LateTimeReach)
            {
                LateTime(i, found, lastGroup.First, lastGroup.End);
            }
            else if (found.Count == 0 && !datedBefore)
            {
                JustOut(i, found);
            }
            else if (found.Count == 0 && headline is { } headlined && !datedSince && ListingItem(sentences[i]) is { } item)
            {
                // "⚡️ VIVIZ — ЗАВТРА" over "📀 мини-альбом Beam Of Prism": the headline's day dates the post's listing lines,
                // and its act performs what they list (not a member named between).
                var clause = sentences[i].Clause[item.First];
                EmitOnDay(i, sentences[i], item, clause, StrongKinds(sentences[i], clause), headlined.Day, found);
                if (sentences[i].Names.Count == 0)
                {
                    for (var k = before; k < found.Count; k++)
                    {
                        found[k] = found[k] with { Subject = headlined.Act.Text, ResolvedSubjectSlug = headlined.Act.Slug };
                    }
                }
            }
            datedSince |= i > 0 && sentences[i].Dates.Count > 0;
            if (found.Count == before && DayCardAfter(i) is { } card)
            {
                FollowUpOnDay(card.Statement, card.Day, found);
            }
            // "Tonight is the night! (G)I-DLE have released …": a sentence that only says today, with no release in it,
            // dates nothing the publication day would not.
            datedBefore |= sentences[i].Dates.Count > 0
                           && !(found.Count == before && sentences[i].Dates.TrueForAll(d => d is { Form: DateForm.Relative, Offset: 0 }));
            if (found.Count > before && i > 0 && sentences[i].Dates.Count > 0)
            {
                VideoNamedBefore(i - 1, found, before, found.Count);
            }
            if (found.Count > before)
            {
                lastGroup = (i, before, found.Count);
            }
            if (lastGroup.Sentence >= 0 && i - lastGroup.Sentence <= CompanionVideoReach)
            {
                CompanionVideo(i, found, lastGroup.First, lastGroup.End);
            }
            previous = found.Count > before ? found[before..] : [];
            // «ВТОРНИК, 4 ОКТЯБРЯ. Самый насыщенный день недели. В полночь выходит …»: a sentence that is only its day heads
            // its paragraph until a release is read or another day is named.
            pendingDay = found.Count > before && !listedUnder ? null
                : listedUnder ? pendingDay
                : sentences[i].Dates.Count == 0 && pendingFrom >= 0 && HeadingOnly(pendingFrom) && sentences[i].Line == sentences[pendingFrom].Line ? pendingDay
                : sentences[i].Dates.Count == 0 && UnderAnEntryLine(i, pendingFrom) ? pendingDay
                : pendingFrom >= 0 && pendingFrom == i - 1 && HeadingLine(pendingFrom) && TimeLine(i) ? pendingDay
                : DayOnlyHeading(i);
            pendingFrom = pendingDay is null ? -1 : sentences[i].Dates.Count == 0 ? pendingFrom : i;
            if (byDayHeadings && DaySectionHeading(i))
            {
                _section = DayOnlyHeading(i) is { } headed ? (i, headed) : null; // "Friday" alone, with no day to tell, ends the section above
            }
            if (sentences[i].Dates.Count > 0)
            {
                // "… стартуют три сериала:" over its list: the first title may have been read with the day already; the
                // list's lines name it again, one each.
                shared = SharedDay(i);
            }
        }
        if (found.Count == 0)
        {
            HeadlineDayKind(found);
        }
        trace?.Stage("read", found);
        LaterDaysAreEpisodes(found, _origins);
        DescribedLater(found);
        var titleTrackVideos = TitleTracks.Add(sentences, found, _origins);
        var readDays = AbandonedDates.DaysRead(found, _origins);
        // A day still to come, kept or left behind ("Episodes 3 and 4, which were due to air on March 29 and 30, will now not
        // be broadcast"): the article's news lies ahead of its day, also when every such day is called off.
        var toldAhead = found.Exists(c => c.Date > publishedOn)
                        || _leftBehind.Exists(l => l.Day > publishedOn && l.Day <= publishedOn.AddDays(CalledOffAheadDays));
        AbandonedDates.Drop(sentences, found, _origins, language);
        AbandonedDates.DropLeftBehind(sentences, found, _origins, _leftBehind, si => Named(sentences[si], sentences[si].Count));
        AbandonedDates.DropRetoldMoves(sentences, found, _origins, _leftBehind);
        AbandonedDates.DropPlansCalledOffNext(sentences, found, _origins, language, si => Named(sentences[si], sentences[si].Count));
        AbandonedDates.DropNewDatesOfEvents(sentences, found, _origins);
        AbandonedDates.DropSupersededReports(sentences, found, _origins, language, si => Named(sentences[si], sentences[si].Count),
            (s, d) => _dates.Resolve(s, d, s.Clause[d.First]));
        AbandonedDates.DropPastPlansSuperseded(sentences, found, _origins, language, (s, d) => _dates.Resolve(s, d, s.Clause[d.First]));
        AbandonedDates.DropSharedFate(sentences, found, _origins, language, (s, d) => _dates.Resolve(s, d, s.Clause[d.First]));
        AbandonedDates.DropListedThenNewDate(sentences, found, _origins, language, (s, d) => _dates.Resolve(s, d, s.Clause[d.First]));
        AbandonedDates.DropDatesCalledOffNext(sentences, found, _origins, language);
        AbandonedDates.DropUpdatedPlans(sentences, found, _origins, language, si => Named(sentences[si], sentences[si].Count), publishedOn);
        AbandonedDates.DropCarriedFromLeftDays(sentences, found, _origins, readDays);
        TitleTracks.DropWithTheirRecords(titleTrackVideos, found, _origins);

        trace?.Stage("abandoned dates", found);
        BackgroundReleases.Drop(found, _origins, publishedOn, _inPassing, _dates.FrameYear, _dates.HeadlineFrame(sentences, language), toldAhead);
        trace?.Stage("background", found);
        Linking.SharedNames.Choose(found, catalog, sentences);
        ZoneBareTimes(found, language.Table.DefaultZone);
        return Deduplicator.Deduplicate(found);
    }

    // How many lines under a dated headline may tell the kind of what it announces.
    const int HeadlineKindReach = 3;

    /// <summary>
    /// "GOT7 "Flight Log: Turbulence" tomorrow!!" over "2nd FULL album, title track "Hard Carry"", «🔔 tripleS — ЗАВТРА в
    /// 12:00 мск!» over «Полноформатный альбом «ASSEMBLE25»»: when nothing was read, a headline that names a work or an act
    /// and a day with no kind word is the day of the release whose kind the first lines under it tell (no other day, no
    /// past, nothing called off).
    /// </summary>
    void HeadlineDayKind(List<ReleaseCandidate> found)
    {
        if (sentences.Count < 2 || !HeadingLine(0) || sentences[0] is not { Dates: [var date] } head
            || (head.Names.Count == 0 && !TitledClause(head, head.Clause[date.First]))
            || head.Cues.Any(c => c.Cue.Type is CueType.NotRelease or CueType.Postpone or CueType.Cancel or CueType.MovedFrom or CueType.Vague
                                  || c.Cue.Tense == Tense.Past)
            || AllKindCues(head).Any(k => k.Strength == KindStrength.Strong)
            || ReleaseSignals.Negated(head, date.First, head.Clause[date.First], language)
            || _dates.Resolve(head, date, head.Clause[date.First]) is not { } day)
        {
            return;
        }
        for (var i = 1; i < sentences.Count && sentences[i].Line - sentences[0].Line <= HeadlineKindReach; i++)
        {
            var s = sentences[i];
            if (s.Dates.Exists(d => _dates.Resolve(s, d, s.Clause[d.First]) != day) || PastTold(s) || MovesAhead(s)
                || s.Cues.Any(c => c.Cue.Type is CueType.NotRelease or CueType.Postpone or CueType.Cancel or CueType.MovedFrom or CueType.Vague))
            {
                return;
            }
            var kind = AllKindCues(s).FirstOrDefault(k => k.Strength == KindStrength.Strong && !k.Container);
            if (kind.End == 0)
            {
                continue;
            }
            var clause = s.Clause[kind.First];
            EmitOnDay(i, s, new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind)), clause, StrongKinds(s, clause), day, found);
            return;
        }
    }

    /// <summary>
    /// "⚡️ VIVIZ — ЗАВТРА", "🦋 TAEYEON — TOMORROW!!!": a headline that is an act, a dash and a day only; that day, or null.
    /// </summary>
    (DateOnly Day, NameRun Act)? ActHeadlineDay()
    {
        if (sentences.Count < 2 || !HeadingLine(0) || sentences[0] is not { Dates: [var day], Names.Count: > 0 } s
            || s.Cues.Any(c => c.Cue.Type is CueType.NotRelease or CueType.Postpone or CueType.Cancel or CueType.MovedFrom))
        {
            return null;
        }
        var first = s.LineOpening();
        var act = s.Names.Find(n => n.First == first);
        if (act is null || !(s.IsDash(act.End) || s.IsPunct(act.End, ':')))
        {
            return null;
        }
        // After the dash only the day («уже завтра») and marks.
        for (var t = act.End + 1; t < s.Count; t++)
        {
            if (s.Tokens[t].Type != TokenType.Punct && (t < day.First || t > day.Last) && !(s.IsWord(t) && t == day.First - 1 && s.Is(t, language.JustNowWords)))
            {
                return null;
            }
        }
        return _dates.Resolve(s, day, s.Clause[day.First]) is { } resolved ? (resolved, act) : null;
    }

    /// <summary>
    /// "SHINee's Key is BACK with his 2nd full album …" over "📅 TODAY, Aug 30": a line of its own that is only a day
    /// dates the line above it, when that line releases a work, gives no day of its own and yielded nothing.
    /// </summary>
    (int Statement, DateOnly Day)? DayCardAfter(int si)
    {
        // A year marks a page's stamp under its headline ("Aug. 30, 2022"), not a post's day card; figures alone ("1/4")
        // count a thread's posts.
        var card = sentences[si];
        if (si < 2 || card.Dates.Count == 0 || !HeadingLine(si) || !OnlyDayWords(card, timesToo: true)
            || card.Dates.Exists(d => d.Year > 0 || !Enumerable.Range(d.First, d.Last - d.First + 1).Any(card.IsWord))
            || DayOnlyHeading(si) is not { } day)
        {
            return null;
        }
        var above = si - 1;
        var s = sentences[above];
        if (s.Dates.Count > 0 || _origins.Contains(above) || PastTold(s) || MovesAhead(s)
            || !s.Cues.Any(c => c.Cue.Type == CueType.Release && c.Cue.Tense != Tense.Past))
        {
            return null;
        }
        return (above, day);
    }

    // A day called off counts as the article's news ahead only within this many days: a plan told in the past whose year
    // the resolver reads forward ("was originally due on Feb. 16", told on March 1) is no day to come.
    const int CalledOffAheadDays = 31;

    // How near its day a converted time stands: "18:00 20 августа", "Aug. 9, 11 a.m. ET".
    const int ConvertedTimeReach = 4;

    // A sentence with more times than this is a timetable, not a moment and its conversion (and stays linear to read).
    const int ConversionTimes = 6;

    /// <summary>
    /// «21 августа в 00:00 по сеульскому времени — в Москве в этот момент будет 18:00 20 августа», "Aug. 10 at 1 a.m. KST
    /// (Aug. 9, noon ET)": the day before or after a dated moment, said for another place or zone with its time, is the
    /// same moment converted, not a release of its own.
    /// </summary>
    bool ConvertedDay(SentenceScan s, DateMention date, int clause, DateMention? earlier)
    {
        if (s.Times.Count is < 2 or > ConversionTimes || earlier is null || date.Form != DateForm.DayMonth
            || _dates.Resolve(s, earlier, s.Clause[earlier.First]) is not { } said || _dates.Resolve(s, date, clause) is not { } day
            || Math.Abs(day.DayNumber - said.DayNumber) != 1)
        {
            return false;
        }
        var first = s.Times.FirstOrDefault(t => Math.Abs(t.First - earlier.Last) <= ConvertedTimeReach);
        var converted = s.Times.FirstOrDefault(t => t != first && Math.Abs(t.First - date.First) <= ConvertedTimeReach);
        if (first is null || converted is null)
        {
            return false;
        }
        // Another act or a release word between them tells a release of its own ("…, and Stray Kids drop their single on July 22").
        if (s.Names.Any(n => n.First > earlier.Last && n.First < date.First)
            || s.Cues.Any(c => c.First > earlier.Last && c.First < date.First && c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Kind))
        {
            return false;
        }
        if (converted.Zone is { } zone && first.Zone is { } firstZone)
        {
            return zone != firstZone && SameInstant(said, first.Time, firstZone, day, converted.Time, zone);
        }
        for (var t = Math.Max(first.Last, earlier.Last) + 1; t < date.First; t++)
        {
            if (s.Is(t, language.PlacePrepositions) && s.IsWord(t + 1) && language.Table.Places.Contains(ExtractionCatalog.Key(s.Word(t + 1).ToString())))
            {
                return true;
            }
        }
        return false;
    }

    // "July 21, 1 a.m. KST" and "July 20, 12 p.m. ET" are one moment; "July 20, 10 p.m. ET" and "July 21, 6 p.m. KST" are not.
    static bool SameInstant(DateOnly a, TimeOnly aTime, string aZone, DateOnly b, TimeOnly bTime, string bZone)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(aZone, out var za) || !TimeZoneInfo.TryFindSystemTimeZoneById(bZone, out var zb))
        {
            return false;
        }
        var (la, lb) = (a.ToDateTime(aTime, DateTimeKind.Unspecified), b.ToDateTime(bTime, DateTimeKind.Unspecified));
        return !za.IsInvalidTime(la) && !zb.IsInvalidTime(lb) && TimeZoneInfo.ConvertTimeToUtc(la, za) == TimeZoneInfo.ConvertTimeToUtc(lb, zb);
    }

    void ReadSentence(int si, List<ReleaseCandidate> found)
    {
        var s = sentences[si];
        // «14-ю серию, которая должна была выйти сегодня вечером, — у всех каналов в четверг ночь праздничных шоу»: the same
        // day named again in the clause of a day left behind is left behind too.
        HashSet<(int Clause, DateOnly Day)>? leftHere = null;
        DateMention? calendarBefore = null; // the last calendar day before this one
        foreach (var date in s.Dates)
        {
            var clause = s.Clause[date.First];
            var earlier = calendarBefore;
            calendarBefore = date.Form == DateForm.DayMonth ? date : calendarBefore;
            if (date.Form == DateForm.Recurring || IsRangeEnd(s, date) || IsWeekSpanStart(s, date, language) || IsHolidaysDay(s, date, language) || ConvertedDay(s, date, clause, earlier))
            {
                Trace(si, date, clause, DateOutcome.NotAStart);
                continue;
            }
            var movedFrom = IsMovedFrom(s, date, language) || PlanAfterAPostponement(si, s, date);
            var dayHere = movedFrom || leftHere is not null ? _dates.Resolve(s, date, clause) : null;
            if (movedFrom && dayHere is { } abandoned)
            {
                (leftHere ??= []).Add((clause, abandoned));
            }
            if (movedFrom || (leftHere is not null && dayHere is { } again && leftHere.Contains((clause, again))))
            {
                // "the press conference planned for Monday had been canceled": an event's day, not a release's.
                if (!s.Cues.Any(c => c.Cue.Type == CueType.NotRelease && s.Clause[c.First] == clause))
                {
                    LeaveBehind(si, s, date, clause);
                }
                Trace(si, date, clause, DateOutcome.NotAStart);
                continue;
            }
            if (s.Dates.Find(d => d.ApposedTo == date) is { } apposed && ReadSpanBeforeAWeekday(si, s, date, apposed, clause, found))
            {
                continue;
            }
            if (date.ApposedTo is not null)
            {
                Trace(si, date, clause, DateOutcome.NotAStart);
                continue; // the span before it gave its day
            }
            if (date.Form == DateForm.Anaphoric)
            {
                ReadAnaphor(si, s, date, found);
                continue;
            }
            // Not the weekday a dated day moved to («перенесли с пятницы, 24 мая, на понедельник»).
            if (date.Form != DateForm.DayMonth && date is not { Link: DateLink.Move, Previous.Form: DateForm.DayMonth }
                && s.Dates.Any(d => d.Form == DateForm.DayMonth && s.Clause[d.First] == clause && !IsDateline(s, d, language)
                    && (Beside(s, date, d) || ColonSpellsOut(s, date, d) || (d.First > date.Last && NamesTheEpisode(s, date)))))
            {
                Trace(si, date, clause, DateOutcome.CalendarDateWins);
                continue; // "через две недели – 24 мая": the calendar date wins, but not a dateline's ("SEOUL, March 20 (Yonhap)")
            }
            var kinds = KindCues(s, clause);
            kinds.RemoveAll(k => k.Kind == ReleaseKind.Episode && OfAnotherWork(s, k)); // "the second episode of a podcast"
            var release = Nearest(s, date, clause, c => c.Type == CueType.Release);
            if (release is { } nearest && ReleaseSignals.NegatedVerbBefore(s, nearest, clause, language) is { } refusedVerb)
            {
                release = refusedVerb; // "Wendy will not release her solo debut on March 29": the refused verb, not "debut"
            }
            if (release is { Cue.Value: Words.WorkInClause } published && !kinds.Exists(k => !k.Container)
                && !s.Quotes.Any(q => s.TokenAtOrAfter(q.OuterStart) is var first && first < s.Count && s.Clause[first] == s.Clause[published.First]))
            {
                release = null; // «Пост опубликован в Weverse 30 октября»: no work is what was published
            }
            if (release is { Cue.Value: Words.TakesASlot } taken && (!SlotBefore(s, taken) || !NamedWorkAfter(s, taken)))
            {
                // «заняла первое место», "MC role will be taken over by … in its Friday slot": only a slot taken is a premiere;
                // «во вторник слот займёт специальная программа»: and only by a work the sentence names.
                release = null;
            }
            if (release is null && ShowGoesOn(s, date, clause) is { } goesOn)
            {
                // "The series continues tonight": what airs is the show's next episode, not its premiere.
                release = goesOn;
                kinds.RemoveAll(k => Family(k.Kind) == KindFamily.Show);
                kinds.Add(new KindCue(goesOn.First, goesOn.End, ReleaseKind.Episode, KindStrength.Strong, false));
            }
            var schedule = Nearest(s, date, clause, c => c.Type is CueType.Schedule or CueType.Postpone);
            if (schedule is { Cue.Value: Words.KindAfter } shown && !kinds.Exists(k => k.First >= shown.End))
            {
                schedule = null;
            }
            // "JTBC has set January 27 for the premiere": the day right after the verb, a kind after the day.
            if (schedule is { Cue.Value: Words.DayThenKind } set && (set.End != date.First || !kinds.Exists(k => k.First > date.Last)))
            {
                schedule = null;
            }
            if (schedule is { Cue.Value: Words.AfterAReleaseNoun } happens
                && !s.Cues.Exists(c => c.Cue.Type == CueType.Release && c.End <= happens.First && s.Clause[c.First] == clause))
            {
                schedule = null; // "The SHINee finale takes place tonight at Jamsil Stadium"
            }
            if (schedule is { } scheduled && s.Cues.Any(c => c.Cue.Type == CueType.NotRelease && c.End <= scheduled.First && s.Clause[c.First] == clause))
            {
                schedule = null; // "The showcase for the album is set for May 24": the event before the schedule word is what it dates
            }
            var signal = release ?? (schedule is not null && (kinds.Count > 0 || KindBeforeSchedule(s, schedule.Value) || TitledSchedule(si, s, date, clause, schedule.Value)
                                                               || WorkBeforeSchedule(s, schedule.Value)
                                                               || ItScheduled(si, s, schedule.Value))
                ? schedule : null);
            var sentenceLevel = false;
            string? show = null;
            if (signal is null && GappedPlaceVerb(si, s, date, clause) is { } gapped && _dates.Resolve(s, date, clause) is { } gappedDay)
            {
                // «…выйдет в Южной Корее 28 февраля, а в США — 7 марта»: the clause before's release, in another country.
                var count = found.Count;
                Emit(si, s, date, clause - 1, gapped, StrongKinds(s, clause - 1), gappedDay, 0.1, null, found);
                Trace(si, date, clause, DateOutcome.Read, found.Count - count);
                continue;
            }
            if (signal is null)
            {
                signal = SentenceLevelRelease(s, clause, kinds.Count > 0, language) ?? WithKind(s, date, language) ?? ListingLine(s, date, language, memory.ScreenKind is not null, memory.MusicOnly)
                         ?? WithTitle(si, s, date, clause) ?? RatedEpisode(s, date, clause, kinds, language) ?? VerblessLine(s, date);
                if (signal is { Cue: { Type: CueType.Kind, Kind: ReleaseKind.Episode } } rated && s.Quotes.Count == 0
                    && kinds.Find(k => k.First == rated.First) is { End: > 0 } ratedEpisode
                    && (s.Names.FirstOrDefault(n => n.Slug is not null && OnlyItsNumberBetween(s, n.End, ratedEpisode.First))?.Text ?? EpisodeShow(si, s, found, ratedEpisode) switch
                    {
                        (true, var told) => told,
                        _ => null,
                    }) is { } ratedShow)
                {
                    // "king the land weekend ratings" … "ep 7 (sat 7/8): 10.6%": the show the ratings are of, the one the line
                    // names first ("lovely runner ep 8 (tue 4/23): 5.8%" after a line on another show).
                    show = ratedShow;
                }
                else if (signal is null && LaterEpisode(si, s, kinds, found) is var (later, of))
                {
                    (signal, show) = (later, of);
                }
                else if (signal is null && HeadlineEpisodes(si, s, date) is { } told && EpisodeShow(si, s, found, told) is (true, var toldShow))
                {
                    (signal, show) = (new CueHit(told.First, told.End, new Cue(CueType.Kind, Kind: ReleaseKind.Episode)), toldShow);
                    kinds.Add(told);
                }
                else if (signal is null && kinds.Count == 0 && ElidedEpisode(si, s, clause) is { } elided
                         && (!s.Is(elided.First, language.ContinuationWords) || ContinuesLastShow(si, found))
                         && EpisodeShow(si, s, found, elided) is (true, var ofShow))
                {
                    (signal, show) = (new CueHit(elided.First, elided.End, new Cue(CueType.Kind, Kind: ReleaseKind.Episode)), ofShow);
                    kinds.Add(elided); // «14-я — завтра»: the ordinal stands for the episode word
                }
                if (signal is null && DescribedEntry(si, s, date) is { } described)
                {
                    signal = new CueHit(described.First, described.End, new Cue(CueType.Kind, Kind: described.Kind));
                    kinds.Add(described); // «31-го — G-Dragon, «POWER», 12:00. Первый новый сингл за семь лет.»: the act's entry, of the kind described
                }
                sentenceLevel = signal is not null;
            }
            else if (s.Quotes.Count == 0 && LaterEpisode(si, s, kinds, found) is var (_, ofShow))
            {
                show = ofShow; // "The second episode airs Sunday night": of the show that premiered, not of one named since
            }
            else if (kinds.Count == 0 && s.Quotes.Count == 0 && !s.Names.Any(n => n.Slug is not null && s.Clause[n.First] == clause)
                     && ElidedEpisode(si, s, clause) is { } elided && !s.Is(elided.First, language.ContinuationWords)
                     && EpisodeShow(si, s, found, elided) is (true, var elidedShow))
            {
                // «3-я выходит сегодня вечером, 4-я — завтра»: with a verb of its own the ordinal still stands for the episode,
                // in a clause that names no act or title of its own ("Next — SHINee release "Hard" tomorrow").
                kinds.Add(elided);
                show = elidedShow;
            }
            if (signal is not { } signalHit || IsVetoed(s, date, clause, signalHit, kinds, sentenceLevel, language) || IsAnnouncementDate(s, date, language) || IsDateline(s, date, language))
            {
                // «мини-альбом … не выйдет 26 марта», "will not air on Dec. 30": the day is left behind, also where a
                // later sentence names it again («после релиза в четверг, 26 марта, планировались фансайны»).
                if (signal is { Cue.Type: CueType.Release or CueType.Schedule } refused && !sentenceLevel && ReleaseSignals.Refused(s, refused, clause, language)
                    && !ComesLaterOrElsewhere(s, refused.First, date))
                {
                    // «Клип … не выйдет 31 мая вместе с альбомом»: what is refused is the work named before the verb.
                    LeaveBehind(si, s, date, clause, before: refused.First);
                }
                Trace(si, date, clause, signal is null ? DateOutcome.NoSignal : DateOutcome.Vetoed);
                continue;
            }
            if (sentenceLevel && signalHit.Cue.Type == CueType.Release && JoinedToVerbClause(s, clause, s.Clause[signalHit.First]))
            {
                // "released its fifth EP, "CHECKMATE," and the music video … on Friday": the date is the EP's too.
                kinds = [.. StrongKinds(s, s.Clause[signalHit.First]), .. kinds];
            }
            var resolved = _dates.Resolve(s, date, clause);
            if (resolved is not { } day)
            {
                Trace(si, date, clause, DateOutcome.Unresolved);
                continue;
            }
            var before = found.Count;
            Emit(si, s, date, clause, signalHit, kinds, day, sentenceLevel ? 0.05 : signalHit.Cue.Type == CueType.Release ? 0.2 : 0.1,
                 PostponedFromDate(s, date, clause, _dates, language), found, showTitle: s.Quotes.Count == 0 ? show : null);
            Trace(si, date, clause, DateOutcome.Read, found.Count - before);
        }
        CarryToDatelessClauses(si, s, found);
    }

    // "will not release his album until Nov. 15" (the day it comes), «не появится на Netflix 1 июня», "will not be released
    // in IMAX on Feb. 22" (a streaming service or a format in capitals refused, not the day): between the verb and its day.
    bool ComesLaterOrElsewhere(SentenceScan s, int verb, DateMention date)
    {
        for (var t = verb + 1; t < date.First; t++)
        {
            if (s.Is(t, language.UntilWords) || s.Is(t, language.StreamingServices)
                || (s.IsWord(t) && s.Tokens[t].Length >= 3 && TextNormalizer.IsLatin(s.Text[s.Tokens[t].Start]) && s.IsAllUpper(t)))
            {
                return true;
            }
        }
        return false;
    }

    // A day left behind, with what its sentence names (before token `before` when given), for AbandonedDates.DropLeftBehind.
    void LeaveBehind(int si, SentenceScan s, DateMention date, int clause, int before = int.MaxValue)
    {
        if (_dates.Resolve(s, date, clause) is not { } left)
        {
            return;
        }
        var named = Named(s, date.First);
        List<ReleaseKind> kinds = [.. AllKindCues(s).Where(k => k.Strength == KindStrength.Strong && !k.Container && k.First < before).Select(k => k.Kind)];
        // "KBS2's "Brain" premieres tonight … The broadcaster has moved the second episode, originally scheduled for
        // Tuesday, …": a sentence that names nothing moves an episode of the show before (not "the rookie group's debut
        // single", another act's).
        _leftBehind.Add(new AbandonedDates.LeftBehind(left, TimeFor(s, date, clause, language)?.Time, si, named, kinds,
            named.Count == 0 && si > 0 && (OpensWithItsKind(s) || (kinds.Count > 0 && kinds.All(k => k == ReleaseKind.Episode)))
            && Named(s, s.Count).Count == 0
                ? Named(sentences[si - 1], sentences[si - 1].Count) : []));
    }

    /// <summary>
    /// "heize 5th mini album 만추 (Late Autumn) — TODAY 6PM KST", "today is the day!!! got7 "SPINNING TOP" + the "ECLIPSE" mv
    /// at 6PM KST", «💎 22-го — SEVENTEEN с девятым мини «Attacca»»: a short line that names a record or a song and a day,
    /// with no verb (nor a phrase that is one: "comes with", "check out") and no word of an event, a plan or a move, lists that
    /// record on the day nearest its kind word. A day
    /// counted from another («через сутки после эфира») is no such day.
    /// </summary>
    static CueHit? VerblessLine(SentenceScan s, DateMention date)
    {
        if (WordCount(s) > VerblessLineWords || (date.Form == DateForm.Relative && s.CueAt(date.First) is not { Cue.Type: CueType.RelativeDay })
            || s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.NotRelease or CueType.Announce or CueType.Postpone
                                   or CueType.Cancel or CueType.MovedFrom or CueType.Vague or CueType.Container or CueType.Idiom))
        {
            return null;
        }
        var kind = AllKindCues(s).FirstOrDefault(k => k.Strength == KindStrength.Strong && !k.Container && Family(k.Kind) is KindFamily.Record or KindFamily.Song);
        return kind.End > 0 && s.Dates.MinBy(d => SentenceScan.Gap(d.First, d.Last, kind.First, kind.End - 1)) == date
            ? new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind))
            : null;
    }

    // How far into the sentence after a calendar line its kind word may stand: "Первый новый сингл", "Their digital single".
    const int DescribedKindReach = 4;

    /// <summary>
    /// «13 июня — Чон Соми. Первый сингл за два года, «Fast Forward».», "Friday (June 1) — WJMK. Their digital single
    /// "Strong" is a bright pop song.": a calendar line that names one act only (with a title, a time or a note in brackets at
    /// most) heads the entry its next sentence describes, when that sentence opens with a record's, a song's or an OST's
    /// word and has no verb of a release, plan, event, move or tense of its own, no other act, no month, year or season,
    /// nor a word for a past work ("Last year's single", «Прошлогодний сингл»). No kind named there, no entry.
    /// </summary>
    KindCue? DescribedEntry(int si, SentenceScan s, DateMention date)
    {
        if (si + 1 >= sentences.Count || s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.NotRelease or CueType.Announce
                                                      or CueType.Postpone or CueType.Cancel or CueType.MovedFrom or CueType.Vague or CueType.Kind)
            || ReleaseSignals.ListingMarks(s, date, language) is not { } marks)
        {
            return null;
        }
        var dash = Math.Max(marks.Dash, marks.Colon);
        var next = sentences[si + 1];
        if (OnlyAnActAfter(s, dash) is not { } act || next.Dates.Count > 0 || HasMonthWord(next, language) || NamesAYear(next) || next.Has(language.PreviousWords)
            || next.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.NotRelease or CueType.Announce or CueType.Postpone
                                      or CueType.Cancel or CueType.MovedFrom or CueType.Vague or CueType.Idiom
                                  || c.Cue is { Type: CueType.Tense, Tense: Tense.Past or Tense.Future }))
        {
            return null;
        }
        var kind = AllKindCues(next).FirstOrDefault(k => k is { Strength: KindStrength.Strong, Container: false });
        var opening = next.FirstWord();
        // "The BIGBANG leader's first new single": the line's act told by its role in its group opens the description.
        for (var p = opening + 1; opening >= 0 && p < kind.First && p - opening <= DescribedKindReach; p++)
        {
            if (next.IsPossessive(p) && next.CueAt(p - 1) is { Cue: { Type: CueType.Role, Value: (int)Role.Member } })
            {
                opening = p + 2;
                break;
            }
        }
        // "Featured on Jeon Somi's new single", "OST part 8 by Taeyeon": another act before the kind word or after "by" is
        // the work's; guests listed later ("15 tracks … with guests Dua Lipa, Doechii") are not.
        return kind.End > 0 && opening >= 0 && kind.First - opening < DescribedKindReach && Family(kind.Kind) is KindFamily.Record or KindFamily.Song or KindFamily.Ost
               && !next.Names.Exists(n => (n.First < kind.First || next.Is(n.First - 1, language.ByWords))
                                          && (n.Slug is { } slug ? slug != act.Slug : ExtractionCatalog.Key(n.Text) != ExtractionCatalog.Key(act.Text)))
            ? new KindCue(dash, dash + 1, kind.Kind, KindStrength.Strong, false) // the dash stands for the kind word
            : null;
    }

    // "Wednesday, Feb. 20 - Yoon Jisung, "Aside"" over "The former Wanna One leader becomes the first of the 11 to debut
    // solo. The six-track EP … drop at 6 p.m. KST": a calendar line of its own that names its day and one act heads the
    // paragraph under it, sentence by sentence until a release is read there.
    bool UnderAnEntryLine(int si, int entry) =>
        entry >= 0 && entry + 1 < sentences.Count && si > entry && HeadingLine(entry) && sentences[si].Line == sentences[entry + 1].Line
        && EntryAct(entry) is not null;

    // The one act of a calendar line that opens with its day and a dash ("MONDAY, APRIL 29 — SEVENTEEN, "17 IS RIGHT
    // HERE.""), not a wire dateline's agency («СЕУЛ, 24 декабря — СеулИнфо.»).
    NameRun? EntryAct(int entry)
    {
        if (_entry.Line != entry)
        {
            var line = sentences[entry];
            _entry = (entry, line.Dates.Count == 0 || IsDateline(line, line.Dates[0], language)
                             || ReleaseSignals.ListingMarks(line, line.Dates[0], language) is not { } marks
                ? null
                : OnlyAnActAfter(line, Math.Max(marks.Dash, marks.Colon)));
        }
        return _entry.Act;
    }

    /// <summary>
    /// "MONDAY, APRIL 29 — SEVENTEEN, "17 IS RIGHT HERE." The group's first best-of album comes out at 6 p.m.": the one act
    /// a calendar line names after its day and dash performs what the sentence under it releases, unless that sentence names
    /// the performer it was given (an act named sentences before is further away than the line's).
    /// </summary>
    void ActOfTheEntry(int si, int entry, List<ReleaseCandidate> found, int from)
    {
        if (entry >= si || EntryAct(entry) is not { } act)
        {
            return;
        }
        var s = sentences[si];
        for (var k = from; k < found.Count; k++)
        {
            var given = found[k];
            if (!s.Names.Exists(n => n.Slug is { } slug ? slug == given.ResolvedSubjectSlug : ExtractionCatalog.Key(n.Text) == ExtractionCatalog.Key(given.Subject)))
            {
                found[k] = given with { Subject = act.Text, ResolvedSubjectSlug = act.Slug ?? catalog?.Resolve(act.Text) };
            }
        }
    }

    // The one act a calendar line names after its dash, when nothing but that name, titles, times, brackets and marks
    // follow it ("June 13 — IVE, aespa, NewJeans" names a day's line-up).
    static NameRun? OnlyAnActAfter(SentenceScan s, int dash)
    {
        NameRun? act = null;
        for (var t = dash + 1; t < s.Count; t++)
        {
            if (s.Names.Find(n => n.First == t) is { } name)
            {
                if (act is not null)
                {
                    return null;
                }
                act = name;
                t = name.End - 1;
            }
            else if (s.IsPunct(t, '('))
            {
                while (t < s.Count && !s.IsPunct(t, ')'))
                {
                    t++;
                }
            }
            else if (s.IsWord(t) && !s.Times.Exists(m => m.First <= t && t <= m.Last))
            {
                return null;
            }
        }
        return act;
    }

    // Words (and numbers) a line of a listing or a post's announcement runs to; prose runs longer. Its punctuation does not
    // count: "1. PRE-RELEASE SINGLE 'PINK VENOM' | 2022.08.19 (FRI) 1PM KST | single + official M/V" is a short line.
    const int VerblessLineWords = 20;

    static int WordCount(SentenceScan s)
    {
        var words = 0;
        foreach (var token in s.Tokens)
        {
            words += token.Type == TokenType.Punct ? 0 : 1;
        }
        return words;
    }

    /// <summary>
    /// "The drama continues tonight", «Дорама продолжится в среду», "tvN's "Love Next Door" continues this Saturday": a verb
    /// that says something goes on airs a show's next episode when a show's word or a title stands before it in its clause
    /// and no event word is there ("The tour continues in Dallas", "n.flying week continues"). A kind of another family in
    /// the clause still outranks the episode ("The drama's soundtrack continues on Dec. 10 with Part 2" releases a song).
    /// A verb that ends a run airs the show's last episode on the same terms ("KBS 2TV's time-slip comedy "Manhole" ended
    /// on Thursday", «Сериал завершится 22 апреля»; not "Jin's service ends", «Контракт завершится»).
    /// </summary>
    CueHit? ShowGoesOn(SentenceScan s, DateMention date, int clause)
    {
        // "ended on Thursday with 1.9 percent", «завершилась … с рейтингом»: an event word after a run's end is how it ended;
        // one that describes the show ("award-winning series", «Рейтинговая дорама») vetoes nothing.
        if (Nearest(s, date, clause, c => c.Type == CueType.GoesOn) is not { } goesOn
            || s.Cues.Any(c => c.Cue.Type == CueType.NotRelease && s.Clause[c.First] == clause
                               && (goesOn.Cue.Value != Words.EndsARun || (c.First < goesOn.First && !DescribesTheShow(s, c, goesOn.First)))))
        {
            return null;
        }
        var verbClause = s.Clause[goesOn.First];
        // A film's or a record's run ends with no last episode ("\"Exhuma\" ended its theatrical run").
        if (goesOn.Cue.Value == Words.EndsARun
            && AllKindCues(s).Any(k => s.Clause[k.First] == verbClause && !k.Container && Family(k.Kind) is not (KindFamily.Show or KindFamily.Other)))
        {
            return null;
        }
        var showBefore = AllKindCues(s).Any(k => k.End <= goesOn.First && s.Clause[k.First] == verbClause && Family(k.Kind) == KindFamily.Show)
                         || s.Quotes.Any(q => q.IsTitle && s.TokenAtOrAfter(q.OuterEnd) <= goesOn.First && s.Clause[s.TokenAtOrAfter(q.OuterStart)] == verbClause);
        // «Через два дня, 19-го, завершится «Ослепительная» на JTBC»: a verb that takes no object may have its show after it.
        var showAfter = !language.Table.GoesOnTakesObjects && ShowAfterTheVerb(s, goesOn.End);
        return (showAfter || (showBefore && ShowHeadsTheClause(s, verbClause, goesOn.First)))
            ? new CueHit(goesOn.First, goesOn.End, new Cue(CueType.Release, goesOn.Cue.Tense, ReleaseKind.Episode, KindStrength.Weak))
            : null;
    }

    // "tvN's weekend romantic comedy "Love Next Door" continues", «Историческая мелодрама «Возлюбленный» … продолжится»: the
    // clause opens with the show (its channel, determiners, adjectives of its word), so the show is what goes on — not
    // "The backlash against SBS's "Joseon Exorcist" continues", "Production on tvN's … will resume", «Работа над дорамой …».
    bool ShowHeadsTheClause(SentenceScan s, int clause, int verb)
    {
        for (var t = DatelineEnd(s); t < verb; t++)
        {
            if (s.Clause[t] != clause || s.Tokens[t].Type == TokenType.Punct || s.Is(t, language.Determiners) || s.IsPossessive(t)
                || (t > 0 && s.IsPossessive(t - 1)) // the "s" of "IU's"
                || s.DateAt(t) is not null || s.Is(t, language.DatePrepositions) || s.CueAt(t) is { Cue.Type: CueType.Vague or CueType.ClauseBreak }
                || s.CueAt(t) is { Cue: { Type: CueType.Role, Value: (int)Role.Person or (int)Role.Group } })
            {
                continue; // "This week, "Goblin" wraps up", «…, а «Токкэби» завершится», "Actor Byeon Woo-seok's drama" (not «Коллаборация»)
            }
            if (s.QuoteOf[t] >= 0 || s.CueAt(t) is { Cue.Type: CueType.Kind } && Family(s.CueAt(t)!.Value.Cue.Kind) == KindFamily.Show)
            {
                return true; // the show's title or word, reached with only its describers before it
            }
            if (CountAdjective(s, t))
            {
                continue; // "The 12-part series"
            }
            // A channel or studio owns the show ("SBS's", "MBC"): a name right before it, or before its 's.
            var describes = s.Names.Any(n => n.First <= t && t < n.End && (n.Possessive || s.CueAt(n.End) is { Cue.Type: CueType.Kind } || s.QuoteOf[Math.Min(n.End, s.Count - 1)] >= 0))
                            || s.CueAt(t) is { Cue.Type: CueType.Kind }
                            || DescribesTheKindWord(s, t);
            if (!describes)
            {
                return false;
            }
        }
        return false;
    }

    // Words that describe the kind word after them: "romantic comedy", «Южнокорейский медицинский сериал» (in Russian
    // each with an adjective's ending), up to three.
    const int DescribersReach = 3;

    bool DescribesTheKindWord(SentenceScan s, int t)
    {
        for (var w = t; w < s.Count && w <= t + DescribersReach; w++)
        {
            if (w > t && s.CueAt(w) is { Cue.Type: CueType.Kind })
            {
                return true;
            }
            if (!s.IsWord(w) || (language.Table.AdjectiveEndings.Count > 0 && !TextNormalizer.EndsWithAny(s.Word(w), language.Table.AdjectiveEndings))
                || (language.Table.AdjectiveEndings.Count == 0 && w > t))
            {
                return false;
            }
        }
        return false;
    }

    // «завершится «Ослепительная»», «завершится дорама «Хороший партнёр»», «завершился показ «Токкэби»»: the show right after
    // the verb, its kind word, the run's noun or a count («16-серийная») at most between; a title alone must be a show the
    // catalog knows («закончатся «Олимпийские игры»» names none).
    bool ShowAfterTheVerb(SentenceScan s, int from)
    {
        var kindWord = false;
        for (var t = from; t < s.Count; t++)
        {
            if (s.QuoteOf[t] >= 0)
            {
                return kindWord || catalog?.Resolve(TitleLinker.QuoteText(s, s.QuoteOf[t])) is not null;
            }
            if (s.CueAt(t) is { Cue.Type: CueType.Kind } kind && Family(kind.Cue.Kind) == KindFamily.Show)
            {
                kindWord = true;
                t = kind.End - 1;
                continue;
            }
            if (!(s.Is(t, language.RunNouns) || CountAdjective(s, t) || (s.Tokens[t].Type == TokenType.Punct && !s.IsPunct(t, ','))))
            {
                return false;
            }
        }
        return false;
    }

    // "award-winning series "The Glory"", "The military drama "D.P."", «Рейтинговая дорама»: an event word that describes the
    // show after it («Фестиваль дорамы «Токкэби»» is the show's event: ShowHeadsTheClause takes no noun for a describer).
    static bool DescribesTheShow(SentenceScan s, CueHit eventWord, int verb)
    {
        for (var t = eventWord.End; t < verb; t++)
        {
            if (s.QuoteOf[t] >= 0 || s.CueAt(t) is { Cue.Type: CueType.Kind } k && Family(k.Cue.Kind) == KindFamily.Show)
            {
                return true;
            }
        }
        return false;
    }

    // "The Saturday-Sunday slot now goes to …", «слот займёт …»: the slot is named before the verb that gives it away.
    bool SlotBefore(SentenceScan s, CueHit verb) => Enumerable.Range(0, verb.End).Any(t => s.Is(t, language.SlotNouns));

    // A quoted title or a catalog name after a verb, in its clause.
    static bool NamedWorkAfter(SentenceScan s, CueHit verb) =>
        Enumerable.Range(verb.End, s.Count - verb.End).Any(t => s.Clause[t] == s.Clause[verb.First]
                                                               && (s.QuoteOf[t] >= 0 || s.Names.Exists(n => n.First == t && n.Slug is not null)));

    // "SEOUL, Nov. 2 (Yonhap) -- SBS fantasy drama …": the token after a wire dateline, where the story's clause opens.
    const int DatelineAgencyReach = 6;

    int DatelineEnd(SentenceScan s)
    {
        foreach (var date in s.Dates)
        {
            if (date.First <= 2 && IsDateline(s, date, language))
            {
                var t = date.Last + 1;
                for (var k = t + 1; s.IsPunct(t, '(') && k < s.Count && k <= t + DatelineAgencyReach; k++)
                {
                    if (s.IsPunct(k, ')'))
                    {
                        t = k + 1; // the agency's bracket: "(Yonhap)", "(Korea Newswire)"
                        break;
                    }
                }
                while (t < s.Count && s.IsDash(t))
                {
                    t++;
                }
                return t;
            }
        }
        return 0;
    }

    // "12-part", "16-episode": a count glued by a hyphen to its noun describes what follows (the count, its hyphen and noun).
    static bool CountAdjective(SentenceScan s, int t) =>
        (s.Tokens[t].Type == TokenType.Number && s.IsDash(t + 1) && s.AfterACount(t + 2)) || s.AfterACount(t);

    /// <summary>
    /// "The second episode follows on Sunday night, Aug. 13", «Вторая серия — сегодня вечером», "episode two airs tonight":
    /// after a show's premiere, a later episode named in the date's clause is released that day, whatever the verb (or
    /// none), when no event word is in the sentence, of the show <see cref="EpisodeShow"/> finds («…дорамы «Токкэби»…
    /// 13-я серия — сегодня в 14:00 мск»).
    /// </summary>
    (CueHit Signal, string? Show)? LaterEpisode(int si, SentenceScan s, List<KindCue> kinds, List<ReleaseCandidate> found)
    {
        // The episode word first: most dates have none, and finding the show may resolve titles against the catalog.
        foreach (var kind in kinds)
        {
            if (kind.Kind == ReleaseKind.Episode && !kind.Container && IsLaterEpisode(s, kind) && !OfAnotherWork(s, kind))
            {
                var (known, show) = EpisodeShow(si, s, found, kind);
                return known ? (new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: ReleaseKind.Episode)), show) : null;
            }
        }
        return null;
    }

    // Whose episode: the show whose release was read last, else the one show the catalog knows among those the article
    // has named as shows so far (none when it names two: «Звезда «Токкэби» … в новой дораме «Ловушка»»), else the one
    // work the catalog knows among the titles of this sentence and the headline and a name right before or after the
    // episode ("itaewon class ep 7 tonight", "Episode 12 of Itaewon Class", «Расписание недели: «Необычный адвокат У Ён
    // У»» … «Серия 9 — среда»), else a headline whose names are that one work ("Itaewon Class update").
    (bool Known, string? Title) EpisodeShow(int si, SentenceScan s, List<ReleaseCandidate> found, KindCue episode)
    {
        // An event in the episode's clause (not «…; сегодня в 22:00 — спецвыпуск с актёрами» after it) is what the day brings.
        if (s.Cues.Any(c => c.Cue.Type == CueType.NotRelease && s.Clause[c.First] == s.Clause[episode.First]))
        {
            return (false, null);
        }
        // "…vacated by "Wedding Impossible," which aired its final episode on April 2. … Episode two follows on Tuesday": a
        // show read at its finale has no later episode; the show before it may.
        var readAt = found.FindLastIndex(c => c.Kind is ReleaseKind.Drama or ReleaseKind.Episode);
        if (readAt >= 0 && found[readAt].Kind == ReleaseKind.Episode && sentences[_origins[readAt]].Has(language.LastEpisodeWords)
            && found.FindLastIndex(readAt, c => c.Kind is ReleaseKind.Drama or ReleaseKind.Episode && c.Title != found[readAt].Title) is >= 0 and var before)
        {
            readAt = before;
        }
        // «Сначала о «Мистере Саншайне». … Заключительные серии выйдут 29 и 30 сентября.»: a paragraph that opens on a show
        // the catalog knows, after the last show read, is about it.
        if (catalog is not null && NamedHere(s, episode) is null && _titles.ParagraphShow(si, ReleaseKind.Episode) is { } opened
            && (readAt < 0 || opened.Sentence > _origins[readAt]) && catalog.ResolveExact(opened.Title) is not null)
        {
            return (true, opened.Title);
        }
        if (readAt >= 0 && catalog is not null && NamedHere(s, episode) is null && HeadingSince(si, _origins[readAt]) is { } heading)
        {
            return (true, heading); // ««Привет, пока, мама!» (tvN).» … «3-я серия — в субботу»: the calendar's next entry
        }
        if (readAt >= 0 && catalog is not null && NamedHere(s, episode) is null && ShowNamedJustBefore(si, _origins[readAt], found[readAt].Title) is { } other)
        {
            return (true, other);
        }
        if (readAt >= 0)
        {
            return (true, found[readAt].Title);
        }
        if (catalog is null)
        {
            return (false, null);
        }
        string? title = null, slug = null;
        foreach (var named in memory.Titles)
        {
            if (named.Sentence > si || named.Family != KindFamily.Show)
            {
                continue;
            }
            if (catalog.ResolveExact(named.Title) is not { } known || (slug is not null && known != slug))
            {
                return (false, null);
            }
            (title, slug) = (title ?? named.Title, known);
        }
        // The headline may be the episode's own sentence when it opens with the show: "OH MY GHOST week 3 👻 ep 5 tonight,
        // ep 6 tomorrow on tvN" (not "Episode 5 of SHINee's travel show airs tomorrow", "SHINee appear on episode 5 of …").
        return title is not null ? (true, title)
            : NamedHere(s, episode) ?? (si > 0 || (OpensWithAName(s) && OfAfter(s, episode) < 0) ? NamedHere(sentences[0], null) : null) ?? (false, null);
    }

    // "SBS made a similar call for "The Fiery Priest 2." Episode 9 went out as planned on Friday night": a sentence with
    // no day of its own, right before the episode's and after the last show read, that quotes one other known title after
    // a broadcaster names the show the episode is of.
    string? ShowNamedJustBefore(int si, int readFrom, string? readTitle)
    {
        if (si - 1 <= readFrom || sentences[si - 1] is not { Dates.Count: 0, Quotes.Count: 1 } h || !h.Quotes[0].IsTitle
            || !h.Cues.Exists(c => c.Cue is { Type: CueType.Kind, Strength: KindStrength.Hint, Kind: ReleaseKind.Drama } && c.End <= Array.IndexOf(h.QuoteOf, 0)))
        {
            return null; // a broadcaster before it says it is a show ("compared with "Goblin"" is not)
        }
        var title = TitleLinker.QuoteText(h, 0);
        return catalog?.ResolveExact(title) is { } slug && (readTitle is null || catalog.Resolve(readTitle) != slug) ? title : null;
    }

    // A calendar's entry heading — a sentence of a known show's title alone, with its channel at most («Гиена» (SBS).) —
    // after the sentence a show's release was last read from and within two sentences before this one.
    string? HeadingSince(int si, int readFrom)
    {
        for (var k = si - 1; k > readFrom && k >= si - 2; k--)
        {
            var h = sentences[k];
            if (h.Quotes.Count != 1 || !h.Quotes[0].IsTitle || catalog?.ResolveExact(TitleLinker.QuoteText(h, 0)) is null)
            {
                continue;
            }
            var alone = true;
            for (var t = 0; t < h.Count && alone; t++)
            {
                alone = h.Tokens[t].Type == TokenType.Punct || h.QuoteOf[t] == 0 || h.CueAt(t) is { Cue: { Type: CueType.Kind, Strength: KindStrength.Hint } };
            }
            if (alone)
            {
                return TitleLinker.QuoteText(h, 0);
            }
        }
        return null;
    }

    // The one work the catalog knows among a sentence's titles, else a known name (not a possessive: "Episode 5 of SHINee's
    // show") right before its episode word or after the episode's "of", if any.
    (bool, string?)? NamedHere(SentenceScan s, KindCue? episode)
    {
        string? title = null, slug = null;
        for (var q = 0; q < s.Quotes.Count; q++)
        {
            if (s.Quotes[q].IsTitle && catalog!.ResolveExact(TitleLinker.QuoteText(s, q)) is { } known)
            {
                if (slug is not null && known != slug)
                {
                    return null;
                }
                (title, slug) = (title ?? TitleLinker.QuoteText(s, q), known);
            }
        }
        if (title is null && episode is { } e && NameByTheEpisode(s, e) is { } name)
        {
            title = name.Text;
        }
        // "HOTEL DEL LUNA UPDATE" over "Tonight -- Episode 9": a headline whose names are one known work, said whole.
        // A shouted or lower-case headline's other words ("QUEEN OF TEARS WEEKEND IS BACK", "ok so …") are no second work;
        // "… and Sweet Home" may be.
        if (title is null && episode is null && s.Quotes.Count == 0 && s.Names.FirstOrDefault(n => n.Slug is not null) is { } first
            && s.Names.All(n => n.Slug is null ? n.End - n.First == 1 && OneCase(s, n.First) : n.Slug == first.Slug && catalog!.ResolveExact(n.Text) == n.Slug))
        {
            title = first.Text;
        }
        return title is null ? null : (true, title);
    }

    // A name the catalog knows right before the episode word or after its "of" ("itaewon class ep 7", "Episode 12 of Itaewon Class").
    NameRun? NameByTheEpisode(SentenceScan s, KindCue episode) =>
        s.Names.FirstOrDefault(n => n.Slug is not null && !n.Possessive && (OnlyItsNumberBetween(s, n.End, episode.First) || n.First == OfAfter(s, episode)));

    static bool OpensWithAName(SentenceScan s) =>
        s.Names.FirstOrDefault(n => n.Slug is not null) is { Possessive: false } name && !s.Tokens.Take(name.First).Any(t => t.Type != TokenType.Punct);

    // "itaewon class ep 7", «Ловушка: 4-я серия»: punctuation and the episode's own number at most between a name and the word.
    bool OnlyItsNumberBetween(SentenceScan s, int from, int to)
    {
        if (from > to)
        {
            return false;
        }
        for (var t = from; t < to; t++)
        {
            // "#Encounter #남자친구 final episode (16)": the last one is numbered too.
            if (s.Tokens[t].Type != TokenType.Punct && !s.TryNumber(t, 1, 999, out _) && !s.Is(t, language.LaterWords)
                && !s.Is(t, language.EpisodeOrdinalSuffixes) && !s.Is(t, language.RunEndWords))
            {
                return false;
            }
        }
        return true;
    }

    static bool OneCase(SentenceScan s, int t) => s.Tokens[t].Length >= 2 && (s.IsAllUpper(t) || s.IsAllLower(t));

    // "Episode 12 of Itaewon Class": the word after the episode's number and "of".
    static int OfAfter(SentenceScan s, KindCue episode)
    {
        var t = episode.End + (s.TryNumber(episode.End, 1, 99, out _) ? 1 : 0);
        // "last episode of #AngelEyes": a hashtag's "#" may stand before the show.
        return s.IsWord(t) && s.Word(t) is "of" or "из" ? (s.IsPunct(t + 1, '#') ? t + 2 : t + 1) : -1;
    }

    /// <summary>
    /// «14-я — завтра в то же время», «Сегодня выходит 3-я серия, а завтра — 4-я», «Вторая — уже завтра»: an ordinal that
    /// stands alone before or after a dash in the date's clause, in or right after a sentence that speaks of episodes, is
    /// the next episode (not "Next, the cast heads to Jeju", «она стала второй»).
    /// </summary>
    KindCue? ElidedEpisode(int si, SentenceScan s, int clause)
    {
        var episodesNear = EpisodesNear(si, s);
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Clause[t] != clause)
            {
                continue;
            }
            // «Сегодня, в четверг, — продолжение»: the word says "episodes" itself; the show must still have been read.
            if (s.Is(t, language.ContinuationWords) && s.IsSpacedDash(t - 1) && !s.IsWord(t + 1))
            {
                return new KindCue(t, t + 1, ReleaseKind.Episode, KindStrength.Strong, false);
            }
            if (!episodesNear)
            {
                continue;
            }
            if (OrdinalByDash(s, t) is var end && end > 0)
            {
                return new KindCue(t, end, ReleaseKind.Episode, KindStrength.Strong, false);
            }
        }
        return null;
    }

    // «сегодня, 24 февраля», «через две недели – 24 мая»: a calendar date names the same day as another date of its
    // clause, unless an episode stands between them — «третья серия выйдет сегодня, 24 февраля, …, четвёртая — завтра»,
    // «сегодня показывает 3-ю серию, завтра (8 октября) — 4-ю» name two days, one for each.
    /// <summary>
    /// «Показ возобновится через неделю: 7-я серия выйдет 16 марта», "returns next week: episode 7 airs March 16": a
    /// relative day closed by a colon is what the calendar dates after it spell out, whatever episodes they number.
    /// </summary>
    static bool ColonSpellsOut(SentenceScan s, DateMention relative, DateMention calendar) =>
        relative.Form == DateForm.Relative && s.IsPunct(relative.Last + 1, ':') && calendar.First > relative.Last;

    // "this week's Wednesday episode will instead be broadcast on June 14": a weekday right before the episode's word names
    // the episode by its slot; the calendar day after it in the clause is when it airs.
    static bool NamesTheEpisode(SentenceScan s, DateMention date) =>
        date.Form == DateForm.Weekday && s.CueAt(date.Last + 1) is { Cue: { Type: CueType.Kind, Kind: ReleaseKind.Episode } } episode
        && episode.First == date.Last + 1;

    bool Beside(SentenceScan s, DateMention a, DateMention b)
    {
        // An episode word, or an ordinal standing for one by a dash («четвёртая — завтра», «завтра — 4-ю»), between them;
        // not the ordinal of another kind ("their second mini album", «2-й мини-альбом»).
        var (from, to) = a.Last < b.First ? (a.Last + 1, b.First) : (b.Last + 1, a.First);
        return !EpisodeBetween(s, from, to);
    }

    /// <summary>
    /// «ДЕЛОВОЕ ПРЕДЛОЖЕНИЕ — 3 и 4 серии» over «Сегодня и завтра, 16:00 мск!»: a headline with no day that numbers a show's
    /// later episodes by their numbers is what the article's first dated sentence dates, when that sentence says where or
    /// when they air (a channel, a streaming service or a time: «Сегодня и завтра на tvN») and names no kind, no title and
    /// no day with its year of its own (an event word vetoes it as it vetoes any signal). The day stands for its episode.
    /// </summary>
    KindCue? HeadlineEpisodes(int si, SentenceScan s, DateMention date)
    {
        // A day with its year is a byline's («Редакция · 28 июля 2023»), not the episodes'; the line says when they air
        // (a channel, a streaming service or a time), and the headline numbers them ("вторая серия побила рекорд" does not).
        if (si == 0 || sentences[0].Dates.Count > 0 || s.Quotes.Count > 0 || s.Dates.Any(d => d.Year != 0)
            || AllKindCues(s).Any(k => k.Strength == KindStrength.Strong)
            || !(s.Times.Count > 0 || AllKindCues(s).Any(k => k.Strength == KindStrength.Hint) || s.Has(language.StreamingServices))
            || !AllKindCues(sentences[0]).Any(k => k.Kind == ReleaseKind.Episode && !k.Container && (NumberedEpisode(sentences[0], k) || NumbersListed(sentences[0], k))))
        {
            return null;
        }
        for (var k = 1; k < si; k++)
        {
            if (sentences[k].Dates.Any(d => d.Year == 0))
            {
                return null; // a byline's day before it is not the article's first
            }
        }
        return new KindCue(date.First, date.Last + 1, ReleaseKind.Episode, KindStrength.Strong, false);
    }

    // "ep 9", «9-я серия», «11 серия»: a later episode told by its number.
    bool NumberedEpisode(SentenceScan s, KindCue kind) =>
        IsLaterEpisode(s, kind) && !s.Is(kind.First - 1, language.LaterWords) && !s.Is(kind.First, language.FinaleWords);

    // «3 и 4 серии», "9 & 10 episodes": two numbers listed before the episode word name episodes, not a count.
    bool NumbersListed(SentenceScan s, KindCue kind) =>
        s.TryNumber(kind.First - 1, 1, 999, out _) && (s.Is(kind.First - 2, language.ListWords) || s.IsPunct(kind.First - 2, '&'))
        && s.TryNumber(kind.First - 3, 1, 999, out _);

    // «14-я — завтра», «а 12-ю — завтра», «завтра — четвёртая»: an ordinal ("fourth", «4-я») that a dash sets apart stands
    // for an episode; the token after it, or -1. A pair may stand before the dash as after it («Финальные 15-я и 16-я — 7 и
    // 8 января», «— 15-я и финальная 16-я»), and a word that it ends the run beside it («18-я, последняя, — завтра»,
    // «— финальная, 52-я»).
    int OrdinalByDash(SentenceScan s, int t)
    {
        var end = EpisodeOrdinal(s, t, language);
        if (end < 0)
        {
            return -1;
        }
        end = ListedOrdinals(s, end);
        if (s.IsPunct(end, ',') && s.Is(end + 1, language.RunEndWords) && s.IsPunct(end + 2, ','))
        {
            end += 3;
        }
        if (s.IsSpacedDash(end))
        {
            return end;
        }
        var before = t - 1;
        while (before >= t - 2 && (s.Is(before, language.RunEndWords) || s.IsPunct(before, ',')))
        {
            before--;
        }
        return s.IsSpacedDash(before) && !s.IsWord(end) ? end : -1;
    }

    // «13-я и 14-я», «15-я и финальная 16-я»: the ordinals listed after the first one; the token after the last.
    int ListedOrdinals(SentenceScan s, int end)
    {
        while (s.Is(end, language.ListWords))
        {
            var next = s.Is(end + 1, language.RunEndWords) ? end + 2 : end + 1;
            if (EpisodeOrdinal(s, next, language) is var after && after > 0)
            {
                end = after;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    // «— продолжение» continues the show only right after its release was read: the last candidate is a drama or an
    // episode from at most two sentences back, with no dated sentence between (not a film's sequel, a fan meeting's second day).
    bool ContinuesLastShow(int si, List<ReleaseCandidate> found)
    {
        if (found.Count == 0 || found[^1].Kind is not (ReleaseKind.Drama or ReleaseKind.Episode) || _origins[^1] < si - 2)
        {
            return false;
        }
        for (var k = _origins[^1] + 1; k < si; k++)
        {
            if (sentences[k].Dates.Count > 0)
            {
                return false;
            }
        }
        return true;
    }

    // "The episode, which was scheduled for Aug. 2, …", «Песня выйдет…»: a sentence that opens with its kind word goes on about
    // the work named before ("Meanwhile, the rookie group's debut single…" is another's).
    bool OpensWithItsKind(SentenceScan s)
    {
        var first = s.Is(0, language.Determiners) ? 1 : 0;
        return s.CueAt(first) is { Cue.Type: CueType.Kind } kind && kind.First == first;
    }

    // "SBS, 22:00 по Сеулу / 16:00 мск" may stand between «сегодня 9-я серия» and «10-я — завтра»; a list's lines that
    // open with their days («3-го и 4-го — седьмая и восьмая серии.» … «17-го и 18-го — одиннадцатая и двенадцатая.»)
    // go on with the episodes the list started with, however long it is.
    bool EpisodesNear(int si, SentenceScan s)
    {
        if (SpeaksOfEpisodes(s))
        {
            return true;
        }
        // Beyond the two sentences before, only a list line of its own says the list is of episodes (an intro's «третья
        // серия … первая часть саундтрека» leaves «22 марта — четвёртая.» open: parts of the soundtrack).
        var other = 0;
        for (var p = si - 1; p >= 0 && si - p <= EpisodeListReach && other < 2; p--)
        {
            var listLine = ListLine(sentences[p]);
            if (SpeaksOfEpisodes(sentences[p]) && (si - p <= 2 || listLine))
            {
                return true;
            }
            if (!listLine)
            {
                other++;
            }
        }
        return false;
    }

    const int EpisodeListReach = 12;

    // «3-го и 4-го — седьмая и восьмая серии.», "9th & 10th: episodes 5 and 6.": a line that opens with its days, a dash
    // or a colon after them.
    bool ListLine(SentenceScan s)
    {
        if (s.Dates is not [{ First: 0 }, ..])
        {
            return false;
        }
        // The days it opens with, listed ("3-го и 4-го", "Sat 3 & Sun 4"), then the label's end.
        var t = 0;
        foreach (var date in s.Dates)
        {
            if (date.First != t)
            {
                break;
            }
            t = date.Last + 1;
            if (DateScanner.IsListJoiner(s, language, t))
            {
                t++; // "3 и 4 августа, — 11-я и 12-я серии": a comma may also close the days before the dash
            }
        }
        return s.IsDash(t) || s.IsPunct(t, ':');
    }

    bool SpeaksOfEpisodes(SentenceScan s) => s.Has(language.EpisodeCountWords) || AllKindCues(s).Any(k => k.Kind == ReleaseKind.Episode);

    // Who and what a sentence names before token end: its titles and its acts (those the catalog knows, when there is one:
    // "Two Korean films that were set to open on Thursday" names no act).
    HashSet<string> Named(SentenceScan s, int end)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in s.Names)
        {
            if (run.End <= end && (run.Slug is not null || catalog is null))
            {
                named.Add(run.Slug ?? ExtractionCatalog.Key(run.Text));
            }
        }
        var limit = end < s.Count ? s.Tokens[end].Start : int.MaxValue;
        for (var q = 0; q < s.Quotes.Count; q++)
        {
            if (s.Quotes[q].OuterEnd <= limit)
            {
                // "The Legend of the Blue Sea" and 'Legend of the Blue Sea' name one show: the catalog's entry too.
                var quoted = TitleLinker.QuoteText(s, q);
                named.Add(ExtractionCatalog.Key(quoted));
                if (catalog?.Resolve(quoted) is { } slug)
                {
                    named.Add(slug);
                }
            }
        }
        return named;
    }

    // "the second episode of a podcast with BTS": an episode of something neither a show word nor a title names is not
    // the show's, nor an episode at all.
    static bool OfAnotherWork(SentenceScan s, KindCue episode)
    {
        var t = episode.End;
        if (!s.IsWord(t) || s.Word(t) is not ("of" or "из"))
        {
            return false;
        }
        for (var k = t + 1; k < Math.Min(s.Count, t + 4); k++)
        {
            if ((s.CueAt(k) is { Cue.Type: CueType.Kind } show && Family(show.Cue.Kind) == KindFamily.Show) || s.QuoteOf[k] >= 0)
            {
                return false; // "episode of the drama", "the first episodes of "Seoul"": the show's own
            }
        }
        return true;
    }

    // "Private Lives finale TONIGHT on JTBC", «💪 «О, моя Венера» — сегодня финал!»: a finale airs when its sentence has a
    // release or broadcast word, a channel or a time, opens its part of the line, or is a bare line (a title, a day, the
    // word); "opened up about the finale today", «обсуждают финал» talk about it.
    bool FinaleAirs(SentenceScan s, KindCue finale)
    {
        if (s.Times.Count > 0 || s.Cues.Any(c => c.Cue.Type == CueType.Release || c.Cue is { Type: CueType.Kind, Strength: KindStrength.Hint }))
        {
            return true;
        }
        // «…: финал — завтра», «сегодня финал дорамы»: the word opens its part of the line, after a colon, a dash or its day.
        var before = finale.First - 1;
        if (before < 0 || s.Tokens[before].Type == TokenType.Punct || s.Dates.Any(d => d.Last == before))
        {
            return true;
        }
        var words = 0;
        for (var t = 0; t < s.Count; t++)
        {
            words += s.IsWord(t) && s.QuoteOf[t] < 0 && !s.Names.Any(n => n.First <= t && t < n.End) && !s.Dates.Any(d => d.First <= t && t <= d.Last) ? 1 : 0;
        }
        return words <= BareFinaleWords;
    }

    // The finale word and one more ("the", «уже»).
    const int BareFinaleWords = 2;

    // "second episode", «следующая серия», "2nd episode", «2-я серия», "episode two", "episode 2": not the premiere.
    bool IsLaterEpisode(SentenceScan s, KindCue kind)
    {
        var before = kind.First - 1;
        if (s.Is(before, language.LaterWords) || (kind.End == kind.First + 1 && s.Is(kind.First, language.FinaleWords) && FinaleAirs(s, kind)))
        {
            return true;
        }
        // «вторая пара эпизодов»
        if (s.Is(before, language.BatchWords) && s.Is(before - 1, language.LaterWords))
        {
            return true;
        }
        // A number needs its suffix: "16 episodes" counts them.
        if (s.IsWord(before) && (language.OrdinalSuffixes.Contains(s.Word(before)) || language.EpisodeOrdinalSuffixes.Contains(s.Word(before)))
            && s.TryNumber(before - (s.IsDash(before - 1) ? 2 : 1), 2, 99, out _))
        {
            return true;
        }
        // «сегодня вечером 11 серия»: a bare number before a singular episode word names it, «21 серия» may count them;
        // «сегодня 3 и 4 серии» names two.
        if ((s.Is(kind.First, language.NumberedEpisodeWords) && s.TryNumber(before, 2, 99, out var numbered) && (numbered % 10 != 1 || numbered % 100 == 11))
            || NumbersListed(s, kind))
        {
            return true;
        }
        var after = kind.End;
        return s.TryNumber(after, 2, 99, out _) || (s.IsWord(after) && language.NumberWords.TryGet(s.Word(after), out var n) && n >= 2);
    }

    // "The full album, titled "Right Place, Wrong Person," is set for May 24.": the record the sentence opens with is what
    // its schedule word dates, when no event word stands in the sentence.
    // "revealed the tracklist of their second mini album, "HIDE & SEEK," which lands on September 8": a relative clause
    // that opens right after the record (and its title) and goes straight to the schedule word dates the record, when the
    // event words before it are a verb's object ("Pre-orders for the album, which open on August 23" date the pre-orders:
    // the event is the sentence's head).
    static bool KindBeforeSchedule(SentenceScan s, CueHit schedule)
    {
        var anyEvent = s.Cues.Any(c => c.Cue.Type == CueType.NotRelease);
        foreach (var kind in AllKindCues(s))
        {
            if (kind.End <= schedule.First && kind.Strength == KindStrength.Strong && !kind.Container
                && !(kind.Kind == ReleaseKind.Episode && OfAnotherWork(s, kind))
                && (!anyEvent || (RelativeOf(s, kind.End, schedule.First) && EventsRevealed(s, kind.First))))
            {
                return true;
            }
        }
        return false;
    }

    // The event words stand before the record, each after a verb of its clause ("revealed the tracklist of", "has opened
    // the promotion plan for"), not as the sentence's head ("Pre-orders for the album, which open …").
    static bool EventsRevealed(SentenceScan s, int kind) =>
        s.Cues.Where(c => c.Cue.Type == CueType.NotRelease).All(e => e.End <= kind
            && s.Cues.Any(a => a.Cue.Type is CueType.Announce or CueType.Tense or CueType.Release or CueType.Schedule && a.End <= e.First
                               && s.Clause[a.First] == s.Clause[e.First]));

    // Between a record and its schedule word only its title, commas and the relative word (one auxiliary after it).
    static bool RelativeOf(SentenceScan s, int from, int schedule)
    {
        var t = from;
        while (t < schedule && (s.QuoteOf[t] >= 0 || s.IsPunct(t, ',')))
        {
            t++;
        }
        return s.Cues.Any(c => c.First == t && c.Cue is { Type: CueType.ClauseBreak, Value: Words.RelativeClause })
               && schedule - (t + 1) is 0 or 1;
    }

    // How many sentences after a release of no kind its act's own line may stand.
    const int DescribedReach = 4;

    /// <summary>
    /// «aespa и ILLIT выходят в одну минуту» … «🖤 aespa — пятый мини-альбом «Whiplash», клип на одноименный заглавный»: a
    /// release read with no kind takes the kind and title of a later dateless line that opens with its act and a dash,
    /// and the video that line names comes out with it.
    /// </summary>
    void DescribedLater(List<ReleaseCandidate> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var c = found[i];
            if (c.Kind != ReleaseKind.Other)
            {
                continue;
            }
            var key = c.ResolvedSubjectSlug ?? ExtractionCatalog.Key(c.Subject);
            for (var si = _origins[i] + 1; si < sentences.Count && si <= _origins[i] + DescribedReach; si++)
            {
                var s = sentences[si];
                if (s.Dates.Count > 0 || s.Names.Count == 0 || !s.IsDash(s.Names[0].End) || (s.Names[0].Slug ?? ExtractionCatalog.Key(s.Names[0].Text)) != key
                    || Enumerable.Range(0, s.Names[0].First).Any(t => s.Tokens[t].Type != TokenType.Punct) || s.Cues.Any(k => k.Cue.Type == CueType.NotRelease))
                {
                    continue;
                }
                var kinds = AllKindCues(s).Where(k => k.Strength == KindStrength.Strong && !k.Container).ToList();
                // «aespa — пятый мини-альбом …»: the kind right after the dash (one describing word at most, not «прошлый»),
                // in a line with no verb of its own.
                var words = kinds.Count == 0 ? 0 : Enumerable.Range(s.Names[0].End + 1, Math.Max(0, kinds[0].First - s.Names[0].End - 1)).Count(s.IsWord);
                if (kinds.Count == 0 || kinds[0].Kind == ReleaseKind.Mv || words > 1 || (words == 1 && s.Is(kinds[0].First - 1, language.PreviousWords))
                    || s.Cues.Any(k => k.Cue.Type is CueType.Release or CueType.Schedule or CueType.Tense or CueType.Postpone or CueType.Cancel or CueType.MovedFrom))
                {
                    continue;
                }
                found[i] = c with { Kind = kinds[0].Kind, Title = TitleLinker.TitleAfterOrBefore(s, kinds[0]) ?? c.Title };
                // «…, но клипа на заглавный трек не будет»: a video said not to come or to come later is not out with it.
                if (kinds.Skip(1).FirstOrDefault(k => k.Kind == ReleaseKind.Mv) is { End: > 0 } video
                    && !Enumerable.Range(0, s.Count).Any(t => s.Clause[t] == s.Clause[video.First] && (s.Is(t, language.NegationWords) || s.CueAt(t) is { Cue.Type: CueType.Vague })))
                {
                    found.Insert(i + 1, found[i] with { Kind = ReleaseKind.Mv });
                    _origins.Insert(i + 1, _origins[i]);
                }
                break;
            }
        }
    }

    // "TWICE announced the mini album "Strategy". It arrives on Feb. 28": "it" right before a schedule word, opening the
    // sentence, is the record or song the sentence before named last (the kind chooser gives its kind); not after a sentence
    // about an event ("will hold a showcase for the mini album "Strategy." It is scheduled for Dec. 6") or a film. Between
    // "it" and the word, one word of any kind or auxiliaries alone ("It has now been pushed back to June 6"). A sentence
    // between that opens with "it" too goes on about the same work ("… the single "Boom Boom Bass". It was set for June 10.
    // It will now arrive on June 17").
    bool ItScheduled(int si, SentenceScan s, CueHit schedule)
    {
        if (si == 0 || !OpensWithIt(s, schedule.First) || s.Cues.Any(c => c.Cue.Type == CueType.NotRelease))
        {
            return false;
        }
        var named = si - 1;
        for (var hops = 0; named > 0 && hops < ItChainReach && !TitleReadIn(named)
                           && sentences[named].FirstWord() is >= 0 and var first && sentences[named].Is(first, language.ItWords); hops++)
        {
            named--;
        }
        for (var k = named; k < si; k++)
        {
            if (sentences[k].Cues.Any(c => c.Cue.Type == CueType.NotRelease))
            {
                return false;
            }
        }
        return memory.Titles.LastOrDefault(t => t.Sentence == named) is { Title: not null, Family: KindFamily.Record or KindFamily.Song };
    }

    bool TitleReadIn(int si)
    {
        foreach (var t in memory.Titles)
        {
            if (t.Sentence == si)
            {
                return true;
            }
        }
        return false;
    }

    // "It" opening the sentence, then the schedule word after one word of any kind or auxiliaries alone.
    bool OpensWithIt(SentenceScan s, int schedule) =>
        s.FirstWord() is >= 0 and var it && s.Is(it, language.ItWords)
        && (schedule - it is 1 or 2 || (schedule - it is > 2 and <= 4 && Enumerable.Range(it + 1, schedule - it - 1).All(t => s.Is(t, language.ItAuxiliaries))));

    // Sentences opening with "it" between one that names the work and the one its "it" schedules.
    const int ItChainReach = 2;

    // "tvN launches "See You in My 19th Life" on the 17th", «"Деловое предложение" стартует сегодня»: a schedule word
    // and a title in its clause, no event word in the sentence, and a kind the article gives the title or its topic.
    bool TitledSchedule(int si, SentenceScan s, DateMention date, int clause, CueHit schedule)
    {
        if (s.Cues.Any(c => c.Cue.Type == CueType.NotRelease))
        {
            return false;
        }
        var scheduleClause = s.Clause[schedule.First];
        var kinds = _kinds.ChooseKinds(si, s, clause, date, schedule, []).Kinds;
        // «станет «Легенда синего моря» на SBS …, которая тоже стартует сегодня»: a relative clause starts its antecedent's
        // title ("which opened on June 29" told of a film still in cinemas starts nothing).
        // "RBW has postponed MAMAMOO's "Red Moon" to July 16": an act's titled work with no kind word is still a release
        // (a song, as BareTitle makes it), in an article that is not about films or shows.
        if (kinds.All(k => k.Kind == ReleaseKind.Other))
        {
            return memory.ScreenKind is null && PossessedTitle(s, scheduleClause);
        }
        return (TitledClause(s, scheduleClause)
                   || (schedule.Cue.Tense != Tense.Past
                       && _titles.RelativeAntecedent(s, scheduleClause, kinds.First(k => k.Kind != ReleaseKind.Other).Kind) is not null));
    }

    // "The Terror Live arrives on the 31st", "Moving launches on Aug. 9": in an article about films or shows alone, a work
    // the catalog knows, unquoted, right before the schedule word is what it brings (ShowBeforeItsVerb), when the verb's
    // own day follows it (not "Suzy arrives in Busan on Oct. 4", "starts its final week on Aug. 5", "opens in Japan on").
    bool WorkBeforeSchedule(SentenceScan s, CueHit schedule) =>
        memory is { NoMusic: true, ScreenKind: not null } && DayRightAfter(s, schedule.End)
        && ShowBeforeItsVerb(s, schedule, s.Clause[schedule.First], null) is not null;

    // A date at t, after its prepositions and determiners at most ("on the 31st", "this Friday", «20 февраля»).
    bool DayRightAfter(SentenceScan s, int from)
    {
        var t = from;
        // "Cold Eyes opens first, on Wednesday, July 3"
        while (t < s.Count && (s.Is(t, language.DatePrepositions) || s.Is(t, language.Determiners) || s.IsPunct(t, ',') || s.CueAt(t) is { Cue.Type: CueType.First }))
        {
            t++;
        }
        return s.Dates.Exists(d => d.First >= from && d.First <= t);
    }

    // "ENHYPEN close out the month with "ORANGE BLOOD" on the 17th": with no release or event word in the sentence, a
    // title right after "with"/«с» is what the date nearest it releases, as a kind the article gives it (WithKind's
    // rule for a title without a kind word).
    CueHit? WithTitle(int si, SentenceScan s, DateMention date, int clause)
    {
        if (s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.NotRelease))
        {
            return null;
        }
        for (var t = 1; t < s.Count; t++)
        {
            if (s.QuoteOf[t] < 0 || s.QuoteOf[t - 1] >= 0 || !s.Quotes[s.QuoteOf[t]].IsTitle || !s.Is(t - 1, language.WithWords))
            {
                continue;
            }
            var end = s.QuoteEnd(t);
            if (s.Dates.MinBy(d => SentenceScan.Gap(d.First, d.Last, t, end - 1)) != date)
            {
                return null;
            }
            var hit = new CueHit(t - 1, t, new Cue(CueType.Schedule));
            return _kinds.ChooseKinds(si, s, clause, date, hit, []).Kinds.Any(k => k.Kind != ReleaseKind.Other) ? hit : null;
        }
        return null;
    }

    void Trace(int si, DateMention date, int clause, DateOutcome outcome, int emitted = 0) =>
        trace?.Dates.Add(new TracedDate(si, _dates.Resolve(sentences[si], date, clause), outcome, emitted));

    // The date's clause opens with "and"/«и» right after the clause of the release verb, which has no date of its own.
    bool JoinedToVerbClause(SentenceScan s, int clause, int verbClause)
    {
        if (verbClause != clause - 1 || s.Dates.Any(d => s.Clause[d.First] == verbClause))
        {
            return false;
        }
        var start = Array.IndexOf(s.Clause, clause);
        if (start < 0 || !(s.Is(start, language.ListWords) || s.Is(start - 1, language.ListWords)) || HasCue(s, verbClause, CueType.Vague))
        {
            return false;
        }
        for (var t = 0; t < start; t++)
        {
            if (s.Clause[t] == verbClause && s.IsWord(t) && language.Months.Contains(s.Word(t)))
            {
                return false; // "released its EP in July and the video on Friday": the EP has a time of its own
            }
        }
        return true;
    }

    /// <summary>
    /// Listings, clause by clause (issue #9 §1.6): «19 мая — двойной удар: RIIZE представят альбом ODYSSEY, а i-dle
    /// выпустят мини-альбом We are»: a clause with its own name, release word and kind but no date of its own is
    /// released on the day the sentence stated last.
    /// </summary>
    void CarryToDatelessClauses(int si, SentenceScan s, List<ReleaseCandidate> found)
    {
        var emitted = _origins.Count > 0 && _origins[^1] == si ? found[^1] : null;
        if (emitted is null || s.Dates.Count == 0)
        {
            return;
        }
        var first = _origins.IndexOf(si);
        var dated = s.Dates.Select(d => s.Clause[d.First]).ToHashSet();
        var releases = s.Cues.Where(c => c.Cue.Type == CueType.Release).ToList();
        for (var r = 0; r < releases.Count; r++)
        {
            var release = releases[r];
            var clause = s.Clause[release.First];
            // A verb before the sentence's first date shares it only inside the date's clause (below).
            if ((release.First < s.Dates[0].First && !dated.Contains(clause)) || !s.Names.Any(n => s.Clause[n.First] == clause))
            {
                continue;
            }
            var kinds = StrongKinds(s, clause);
            if (dated.Contains(clause))
            {
                // "on Monday the 28th: NCT DREAM release "Glitch Mode" and OH MY GIRL return with "Real Love"", "TWICE release
                // the album "Ready" and ITZY drop the single "Cake" on the 27th": another verb in a clause dated only with that day, with an
                // act of its own right before it, releases what follows it up to the next verb.
                if (!OwnActBefore(s, release, found, first) || !s.Dates.Where(d => s.Clause[d.First] == clause).All(d => _dates.Resolve(s, d, clause) == emitted.Date))
                {
                    continue;
                }
                var end = r + 1 < releases.Count ? releases[r + 1].First : s.Count;
                kinds = kinds.Where(k => k.First >= release.End && k.End <= end).ToList();
            }
            if (kinds.Count == 0 || HasCue(s, clause, CueType.NotRelease))
            {
                continue;
            }
            dated.Add(clause);
            var anchor = new DateMention
            {
                First = release.First, Last = release.First, Form = DateForm.Relative, Offset = emitted.Date.DayNumber - publishedOn.DayNumber,
            };
            Emit(si, s, anchor, clause, release, kinds, emitted.Date, 0.0, null, found);
        }
    }

    // The clause's kind words that name a release by themselves: not "song" or "tvN", not "from the album".
    static List<KindCue> StrongKinds(SentenceScan s, int clause) =>
        KindCues(s, clause).Where(k => k.Strength == KindStrength.Strong && !k.Container).ToList();

    // How far before its verb an act may stand: "OH MY GIRL return", "EVERGLOW drop their".
    const int ActBeforeVerbGap = 1;

    /// <summary>
    /// An act named right before a release verb ("OH MY GIRL return") that has no release from this sentence yet (the verb
    /// already read for the date is not read again).
    /// </summary>
    bool OwnActBefore(SentenceScan s, CueHit release, List<ReleaseCandidate> found, int from) =>
        s.Names.Exists(n => n.End <= release.First && release.First - n.End <= ActBeforeVerbGap && !n.Possessive
                            && !found.Skip(from).Any(c => string.Equals(c.Subject, n.Text, StringComparison.Ordinal)));

    /// <summary>
    /// «SBS покажет первые две серии «Короля Ленда» в пятницу и субботу»: a show premieres once; the same sentence's later
    /// days of its premiere air its next episodes.
    /// </summary>
    static void LaterDaysAreEpisodes(List<ReleaseCandidate> found, List<int> origins)
    {
        for (var i = 0; i < found.Count; i++)
        {
            for (var p = 0; p < found.Count && found[i].Kind == ReleaseKind.Drama; p++)
            {
                if (found[p].Kind == ReleaseKind.Drama && found[p].Date < found[i].Date && origins[p] == origins[i]
                    && string.Equals(found[p].ResolvedSubjectSlug ?? found[p].Subject, found[i].ResolvedSubjectSlug ?? found[i].Subject, StringComparison.Ordinal))
                {
                    found[i] = found[i] with { Kind = ReleaseKind.Episode };
                }
            }
        }
    }

    /// <summary>
    /// "released on Friday at 1 p.m.", «в 13:00» (issue #9 §1.9, "KST left out"): K-pop and K-drama news gives times in
    /// Korea's zone unless it names another, so a bare time takes the language's default zone rather than floating.
    /// </summary>
    internal static void ZoneBareTimes(List<ReleaseCandidate> found, string defaultZone)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Time is not null && found[i].TimeZone is null)
            {
                found[i] = found[i] with { TimeZone = defaultZone };
            }
        }
    }

    // How many sentences after its release a video may still be named ("… выпустила сингл. Об этом сообщило агентство.
    // Песня и видео к ней стали доступны в 18:00.").
    const int CompanionVideoReach = 4;

    // "…, but the music video for its title track 'DASH' was not": a clause whose last word denies it.
    bool EndsDenied(SentenceScan s, int clause)
    {
        var last = Array.LastIndexOf(s.Clause, clause);
        while (last >= 0 && s.Clause[last] == clause && !s.IsWord(last))
        {
            last--;
        }
        return last > 0 && s.Clause[last] == clause && ReleaseSignals.NegationAt(s, last, language);
    }

    /// <summary>
    /// "…мини-альбом «Layover» — и сразу клип на заглавную «Slow Dancing»", "клип тоже вышел", "The title track is
    /// accompanied by a music video" (issue #9 §1.11): a music video named in the release's own sentence, or in a
    /// dateless clause up to two sentences after it joined to it by a release word or "и"/"along with", comes out with
    /// that release. A video named as a setting («в клипе снялась…») or next to an event word is no release.
    /// </summary>

    void CompanionVideo(int si, List<ReleaseCandidate> found, int first, int end)
    {
        var s = sentences[si];
        if (!s.Cues.Exists(c => c.Cue is { Type: CueType.Kind, Kind: ReleaseKind.Mv, Strength: KindStrength.Strong })
            || end > found.Count || first >= end)
        {
            return; // most sentences name no video: decided before anything is copied
        }
        for (var i = first; i < end; i++)
        {
            if (found[i].Kind == ReleaseKind.Mv || found[i].Date != found[first].Date)
            {
                return;
            }
        }
        // "… is OUT today and the "Thunderous" mv is insane": a video in the release's own sentence needs no verb.
        var sameSentence = _origins[first] == si;
        foreach (var video in AllKindCues(s))
        {
            var clause = s.Clause[video.First];
            // "клип тоже вышел": a video with its own verb needs no clause of its own.
            var ownVerb = s.Cues.Any(c => c.Cue.Type == CueType.Release && c.First >= video.End && c.First - video.End <= 1);
            if (video.Kind != ReleaseKind.Mv || video.Strength != KindStrength.Strong || video.Container
                || (!ownVerb && !sameSentence && s.Dates.Any(d => s.Clause[d.First] == clause)) || HasCue(s, clause, CueType.NotRelease) || HasCue(s, clause, CueType.Vague)
                || EndsDenied(s, clause)
                // "MV Delayed By A Day; Album Still Out Today": a video its own clause moves or calls off is not out with the record,
                // nor one a relative clause says had been set ("the music video for "Superhuman," which had been set for the
                // same time, "will be changed"").
                || HasCue(s, clause, CueType.Postpone) || HasCue(s, clause, CueType.Cancel)
                || (s.RelativeClauses.Contains(clause + 1) && HasCue(s, clause + 1, CueType.MovedFrom))
                || s.Is(video.First - 1, language.PlacePrepositions)
                // «Песню и клип представили ещё в июне»: a video told in the past with a month of its own is not this release's.
                || (!sameSentence && HasMonthWord(s, language, clause) && s.Cues.Any(c => c.Cue is { Type: CueType.Release, Tense: Tense.Past } && s.Clause[c.First] == clause))
                // "… will release the repackage at 6 p.m. … The music video has already been released.": out before a
                // release still to come, the video is not its companion.
                || (!sameSentence && Resolution.DateResolver.OutBefore(s, clause, sentences[_origins[first]]))
                // "The music video arrived a few weeks ahead of the single", «Клип … вышел заранее»: out first, not with it.
                || (!sameSentence && Enumerable.Range(0, s.Count).Any(t => s.Clause[t] == clause && s.Is(t, language.AheadWords)))
                || !(sameSentence || HasCue(s, clause, CueType.Release) || HasCue(s, clause, CueType.Schedule) || _kinds.Accompanies(s, video)
                     || DescribedVideo(s, video, clause)))
            {
                continue;
            }
            var release = found[first];
            var ownTitle = _titles.TitleFor(si, s, video, ReleaseKind.Mv, clause);
            if (!sameSentence && AnotherActReleases(s, video, release))
            {
                continue; // "Meanwhile, ILLIT released a music video for "Magnetic""
            }
            if (!sameSentence && ownTitle is not null
                && found.Exists(c => c.Date != release.Date && string.Equals(c.Title, ownTitle, StringComparison.OrdinalIgnoreCase)))
            {
                continue; // «Музыкальное видео на «Come Back to Me» снял …» after the album: the earlier single's video
            }
            AddVideo(si, s, ownTitle, found, first, end);
            return;
        }
    }

    // Words after a described video where a negation still says it is not out («клип пока не анонсировали», "isn't ready").
    const int NegatedVideoReach = 4;

    // "the mv: g-dragon, taeyang, daesung and top walking through the seasons", "The accompanying music video shows …",
    // «Клип снимали ночью в Бангкоке»: a video that opens its clause (a determiner or "accompanying" before it at most),
    // in a sentence with no time of its own, is out with the release.
    bool DescribedVideo(SentenceScan s, KindCue video, int clause)
    {
        var t = video.First - 1;
        while (t >= 0 && s.Clause[t] == clause && (s.Is(t, language.Determiners) || s.Word(t) is "accompanying" or "official" or "new"))
        {
            t--;
        }
        // A day, a month or a year anywhere in the sentence is the video's own time («Клип снимали ночью, но выйдет он только в
        // декабре», "The music video for his 2020 single …"); «клип на который снял …» is its antecedent's; «клип пока не
        // анонсировали», "isn't ready yet", "is still being filmed" say it is not out.
        return (t < 0 || s.Clause[t] != clause || !s.IsWord(t)) && s.Dates.Count == 0 && !HasMonthWord(s, language) && !NamesAYear(s)
               && !s.RelativeClauses.Contains(clause) // in a relative clause, or with one right after it: another work's video
               && !Enumerable.Range(video.End, 2).Any(w => s.CueAt(w) is { Cue.Type: CueType.ClauseBreak, Cue.Value: Words.RelativeClause })
               && !Enumerable.Range(video.End, NegatedVideoReach).Any(w => w < s.Count && (ReleaseSignals.NegationAt(s, w, language) || s.Word(w) is "being"));
    }

    /// <summary>
    /// "Южнокорейская певица IU выпустила сингл Celebrity и клип на него. Песня появилась … в среду, 27 января", "j-hope has
    /// released "MORE," … alongside a music video … The song arrived today, July 1": a song or record and its video told
    /// together in a dateless sentence, dated in the next one, come out together. Only a video joined to the record by
    /// "и"/"and"/"alongside", with a release word in its clause, no month or year of its own and no past told against a
    /// future day, when the dated sentence takes up that work (TakesUpAnotherWork).
    /// </summary>
    void VideoNamedBefore(int si, List<ReleaseCandidate> found, int first, int end)
    {
        var s = sentences[si];
        if (s.Dates.Count > 0 || HasMonthWord(s, language) || NamesAYear(s) || first >= end
            || !s.Cues.Exists(c => c.Cue is { Type: CueType.Kind, Kind: ReleaseKind.Mv, Strength: KindStrength.Strong }))
        {
            return;
        }
        for (var i = first; i < end; i++)
        {
            if (found[i].Date != found[first].Date || found[i].Kind == ReleaseKind.Mv || Family(found[i].Kind) is not (KindFamily.Song or KindFamily.Record or KindFamily.Ost))
            {
                return;
            }
        }
        var dated = sentences[si + 1];
        if (TakesUpAnotherWork(s, dated))
        {
            return; // "… and its music video last year. Their next single comes out on November 8": another work
        }
        foreach (var video in AllKindCues(s))
        {
            var clause = s.Clause[video.First];
            if (video.Kind != ReleaseKind.Mv || video.Strength != KindStrength.Strong || video.Container || !_kinds.Accompanies(s, video)
                || (Resolution.DateResolver.TenseOf(s, clause) == Tense.Past && DatedTense(dated) == Tense.Future) // «выпустили … и клип на него. Песня выйдет …»
                || !AllKindCues(s).Any(k => k.End <= video.First && s.Clause[k.First] == clause && k.Kind != ReleaseKind.Mv
                                            && Family(k.Kind) is KindFamily.Song or KindFamily.Record or KindFamily.Ost)
                || !HasCue(s, clause, CueType.Release) || HasCue(s, clause, CueType.NotRelease) || HasCue(s, clause, CueType.Vague)
                || HasCue(s, clause, CueType.Postpone) || HasCue(s, clause, CueType.Cancel) || AnotherActReleases(s, video, found[first]))
            {
                continue;
            }
            // Added to the dated sentence's group, so CompanionVideo adds no second video to it from the sentences after.
            AddVideo(si, s, _titles.TitleFor(si, s, video, ReleaseKind.Mv, clause), found, first, end);
            return;
        }
    }

    // The dated sentence takes up the song or record told with its video only when it names no later one ("next",
    // «следующий», "new") and no kind of another family ("… the album and a music video. A Japanese version of the single
    // follows"); «Песня появилась …», "The song arrived today" and a sentence with no kind word do take it up.
    bool TakesUpAnotherWork(SentenceScan told, SentenceScan dated)
    {
        var families = AllKindCues(told).Where(k => k is { Strength: KindStrength.Strong, Container: false } && k.Kind != ReleaseKind.Mv)
            .Select(k => Family(k.Kind)).ToHashSet();
        return dated.Cues.Exists(c => c.Cue.Type == CueType.New) || dated.Has(language.LaterWords)
               || AllKindCues(dated).Any(k => k is { Strength: KindStrength.Strong, Container: false } && k.Kind != ReleaseKind.Mv && !families.Contains(Family(k.Kind)));
    }

    // The tense of the dated sentence's first release or schedule word's clause.
    static Tense DatedTense(SentenceScan dated) =>
        dated.Cues.FirstOrDefault(c => c.Cue.Type is CueType.Release or CueType.Schedule) is { End: > 0 } verb
            ? Resolution.DateResolver.TenseOf(dated, dated.Clause[verb.First]) : Tense.None;

    // "in 2020", "the group's 2022 single": a year told beside a video dates it to its own time.
    static bool NamesAYear(SentenceScan s) => Enumerable.Range(0, s.Count).Any(t => s.TryNumber(t, 1950, 2100, out _, 4));

    // The video of the group found[first..end) (its first release's act, day and time), told in sentence si, titled by
    // its own title or the group's song.
    void AddVideo(int si, SentenceScan s, string? ownTitle, List<ReleaseCandidate> found, int first, int end)
    {
        var release = found[first];
        _origins.Add(si);
        found.Add(release with
        {
            Title = ownTitle ?? found.GetRange(first, end - first).Find(c => c.Kind is ReleaseKind.Single or ReleaseKind.Ost)?.Title,
            Kind = ReleaseKind.Mv, Confidence = Math.Round(Math.Max(0.05, release.Confidence - 0.1), 2),
            Evidence = new Evidence(s.Text[s.Start..s.End], s.Start, s.End - s.Start), PostponedFrom = null,
        });
    }

    // "Meanwhile, ILLIT released a music video": in a later sentence, another act right before a release verb before the
    // video releases its own (a director, a co-star or a genre named elsewhere in the sentence does not).
    static bool AnotherActReleases(SentenceScan s, KindCue video, ReleaseCandidate release) =>
        s.Names.Exists(n => n.End <= video.First && s.Clause[n.First] == s.Clause[video.First]
                            && (n.Slug is { } slug ? slug != release.ResolvedSubjectSlug
                                : !string.Equals(ExtractionCatalog.Key(n.Text), ExtractionCatalog.Key(release.Subject), StringComparison.Ordinal))
                            && s.Cues.Exists(c => c.Cue.Type == CueType.Release && c.First >= n.End && c.First - n.End <= ActVerbGap && c.First < video.First));

    // Words between an act and its verb: "ILLIT released", "ILLIT have also released".
    const int ActVerbGap = 2;

    /// <summary>
    /// "TXT makes its official debut Monday. … will release their first EP, … at 6 p.m.", «Неверлэнд, сегодня праздник!
    /// (G)I-DLE выпускают новый цифровой сингл Uh-Oh — песня и клип выходят в 18:00»: a dateless release at an hour, right
    /// after a sentence whose one day yielded no release, comes out on that day.
    /// </summary>
    DateOnly? DayBeforeATime(int si)
    {
        var s = sentences[si];
        if (si == 0 || s.Times.FirstOrDefault(t => !t.Alternative) is not { } time || _origins.Contains(si - 1) || PastTold(s)
            || s.Cues.FirstOrDefault(c => c.Cue.Type == CueType.Release) is not { End: > 0 } release || s.Clause[time.First] != s.Clause[release.First])
        {
            return null;
        }
        // Not the day a plan was said ("The agency updated the schedule on Monday"), a line that opens with its day (a
        // heading, read as one), nor a teaser's or a showcase's day.
        var above = sentences[si - 1];
        if (above.Dates.Count != 1 || above.Dates[0].Form is DateForm.Anaphoric or DateForm.Recurring || PastTold(above) || MovesAhead(above)
            || IsMovedFrom(above, above.Dates[0], language) || above.Dates[0].First <= above.LineOpening()
            || above.Cues.Any(c => c.Cue.Type is CueType.Postpone or CueType.Cancel or CueType.Announce or CueType.NotRelease))
        {
            return null;
        }
        // "The mourning period ended on Saturday. The EP will be available at 6 p.m.": a day gone is no day for a release to come.
        var day = _dates.Resolve(above, above.Dates[0], above.Clause[above.Dates[0].First]);
        return day < publishedOn && Resolution.DateResolver.TenseOf(s, s.Clause[release.First]) != Tense.Past ? null : day;
    }

    // How many sentences after its release a time may still come ("… out today. Both went live at 6 p.m. KST.").
    const int LateTimeReach = 2;

    /// <summary>
    /// "Both went live on streaming services at 6 p.m. KST.", «Песня стала доступна в 18:00 по сеульскому времени.»
    /// (issue #9 §1.9): a dateless sentence with a release or scheduling word and a time, soon after a release, gives
    /// that release its time when it has none; an event word ("the showcase starts at 8 p.m.") keeps it out.
    /// </summary>
    void LateTime(int si, List<ReleaseCandidate> found, int first, int end)
    {
        var s = sentences[si];
        if (s.Times.FirstOrDefault(t => !t.Alternative) is not { } time
            || !s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule)
            || s.Cues.Any(c => c.Cue.Type is CueType.NotRelease or CueType.Vague) || HasMonthWord(s, language))
        {
            return;
        }
        for (var i = first; i < end && i < found.Count; i++)
        {
            if (found[i].Time is null)
            {
                found[i] = found[i] with { Time = time.Time, TimeZone = time.Zone };
            }
        }
    }

    // "🌿 MORE & MORE СЕГОДНЯ 🌿" above "в 12:00 по МСК выходит…": a line that is one sentence heads the next line's
    // timed release too.
    // «МОСКВА, 28 сен — РИА Новости. Финал выйдет на неделю позже, чем планировалось»: a sentence that moves its release
    // ahead is not on the day above it (one that tells of a past delay, «релиз которого дважды откладывался», may be).
    static bool MovesAhead(SentenceScan s) =>
        s.Cues.Any(c => c.Cue.Type is CueType.Postpone or CueType.MovedFrom)
        && s.Cues.Any(c => c.Cue is { Type: CueType.Release or CueType.Schedule or CueType.Tense, Tense: Tense.Future });

    // A sentence that goes on from the day named above it: the same line, the line after a heading line with an hour of its
    // own, or a listing's item under a day heading; not a release told in the past further down, nor one that moves ahead.
    bool CarriesTheDay(int si, int dayFrom) =>
        !(dayFrom < si - 1 && PastTold(sentences[si]))
        && (sentences[si].Line == sentences[si - 1].Line
            || (HeadingLine(si - 1) && sentences[si].Times.Count > 0)
            || UnderAnEntryLine(si, dayFrom)
            || ((TimedHeading(si - 1) || DayHeading(si - 1)) && ListingItem(sentences[si], actFirst: TimedHeading(si - 1)) is not null))
        && !MovesAhead(sentences[si]);

    // «Напомним, что группа недавно выпустила …»: a release told in the past, which a day carried down its paragraph does not date.
    static bool PastTold(SentenceScan s) =>
        s.Cues.Any(c => c.Cue.Tense == Tense.Past && c.Cue.Type is CueType.Release or CueType.Tense or CueType.Schedule);

    bool HeadingLine(int si) => (si == 0 || sentences[si - 1].Line != sentences[si].Line)
                                && (si + 1 >= sentences.Count || sentences[si + 1].Line != sentences[si].Line);

    /// <summary>
    /// "The 10th is a big day. Stray Kids drop their eighth mini album…": a sentence that only names a day heads the next,
    /// and so does one that names it with its weekday ("The following Tuesday, the 27th, is even busier."). A relative
    /// day heads only from a line of its own («MORE &amp; MORE СЕГОДНЯ»), not from prose ("Yesterday the agency said little.").
    /// </summary>
    DateOnly? DayOnlyHeading(int si)
    {
        var s = sentences[si];
        if (s.Dates.Count == 0 || s.Cues.Any(c => c.Cue.Type is CueType.NotRelease or CueType.Release))
        {
            return null;
        }
        DateMention? day = null;
        foreach (var date in s.Dates)
        {
            // "The series had been scheduled to start on March 4. … once that series ends its run": a day left behind heads nothing.
            if (IsMovedFrom(s, date, language))
            {
                return null;
            }
            if ((date.Form == DateForm.DayMonth || (date.Form == DateForm.Relative && HeadingLine(si))) && day is null)
            {
                day = date;
            }
            else if (date.Form == DateForm.DayMonth && day is { Form: DateForm.Relative } relative && s.IsPunct(relative.Last + 1, ',') && date.First == relative.Last + 2)
            {
                day = date; // «завтра, 7 марта — двойной день»: the calendar day restates the relative one
            }
            else if (date.Form != DateForm.Weekday)
            {
                return null;
            }
        }
        return day is null ? null : _dates.Resolve(s, day, s.Clause[day.First]);
    }

    // «Релиз состоялся на следующий день после досрочных президентских выборов», «Песня вышла сегодня, на следующий день
    // после премьеры сериала»: a day counted from what «после» names is that event's, unless it is a release the article
    // dated before («Вторую серию покажут на следующий день после премьеры»); beside a day of its own clause it only
    // describes that day.
    bool CountedFromAnEvent(SentenceScan s, DateMention date, int clause)
    {
        var after = date.Last + 1;
        return s.Is(after, language.AfterWords)
               && (s.Dates.Exists(d => d != date && s.Clause[d.First] == clause)
                   || !Enumerable.Range(after + 1, CountedFromReach).Any(t => t < s.Count && s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Kind }));
    }

    // How many words after «после» may name the release a day is counted from ("премьеры", "первой серии").
    const int CountedFromReach = 3;

    /// <summary>
    /// "Three days later, on Monday", «Через три дня, в понедельник»: the span's day when it is that weekday, counted from
    /// publication («через три дня» from a Friday: false, read as any relative day) or from the release stated last (a
    /// calendar's next entry: read here). Otherwise, or when nothing is read as the span's, the weekday is read alone.
    /// </summary>
    bool ReadSpanBeforeAWeekday(int si, SentenceScan s, DateMention span, DateMention weekday, int clause, List<ReleaseCandidate> found)
    {
        if (span.Form == DateForm.Relative && _dates.Resolve(s, span, clause) is { } fromNow && fromNow.DayOfWeek == weekday.Weekday)
        {
            return false;
        }
        var days = span.Form == DateForm.Relative ? span.Offset : span.DaysLater;
        var read = found.Count;
        if (found.Count > 0 && found[^1].Date.AddDays(days).DayOfWeek == weekday.Weekday)
        {
            ReadAnaphor(si, s, span.Form == DateForm.Anaphoric ? span
                : new DateMention { First = span.First, Last = span.Last, Form = DateForm.Anaphoric, Offset = Words.SameDay, DaysLater = days }, found);
        }
        else
        {
            Trace(si, span, clause, DateOutcome.NotAStart);
        }
        if (found.Count == read)
        {
            weekday.ApposedTo = null;
        }
        return true;
    }

    /// <summary>
    /// "Клип выйдет в тот же день в 13:00", "with the music video following at the same time": the day of the release
    /// stated last. Only a release word or a kind in its clause makes it a release, and any event word there unmakes it
    /// ("шоукейс пройдёт в тот же день").
    /// </summary>
    void ReadAnaphor(int si, SentenceScan s, DateMention date, List<ReleaseCandidate> found)
    {
        var clause = s.Clause[date.First];
        // «ВТОРНИК, 12-е» over «…, клип выйдет в тот же день», «СРЕДА, 13-е» over «На следующий день Хваса …»: a day heading
        // after the release stated last (or over the first) names the day its section's "same day" and "next day" mean.
        var headed = _section is { } heading && heading.From < si && (found.Count == 0 || heading.From > _origins[^1]) ? heading.Day : (DateOnly?)null;
        // "Yong Jun-hyung shelved EP "Loner," planned for the same day": a clause that calls its release off gives no day.
        if ((found.Count == 0 && headed is null) || HasCue(s, clause, CueType.NotRelease) || HasCue(s, clause, CueType.Cancel)
            || HasCue(s, clause, CueType.Postpone) || CountedFromAnEvent(s, date, clause))
        {
            return;
        }
        var nextInAList = NextEpisodeInAList(si, s, date);
        if (!nextInAList && s.Dates.Any(d => d.Form == DateForm.DayMonth && s.Clause[d.First] == clause))
        {
            return;
        }
        // "… "No Other" on Friday, and the physical album will reach stores three days later": days later than a release this
        // sentence dated in an earlier clause count from it.
        var chained = _origins.Count > 0 && _origins[^1] == si
                      && s.Dates.TrueForAll(d => d == date || (s.Clause[d.First] < clause && d.First > s.LineOpening()))
                      && KindCues(s, clause).Exists(k => k.Strength == KindStrength.Strong && !k.Container);
        if (!nextInAList && !chained && (date.DaysLater > 0 || date.Modifier == WeekdayModifier.Following)
            && s.Dates.Any(d => d.Form is DateForm.DayMonth or DateForm.Weekday && d.ApposedTo is null))
        {
            return; // "TUESDAY: The following day, …": the sentence's own date says which day it is
        }
        var last = found.Count > 0 ? found[^1] : null;
        var kinds = KindCues(s, clause);
        var strong = kinds.FirstOrDefault(k => k.Strength == KindStrength.Strong && !k.Container);
        // Only after a release this sentence dated (not one told sentences before).
        var sameDayAs = _origins.Count > 0 && _origins[^1] == si ? SameDayAsVerb(s, date, clause) : null;
        CueHit? signal = sameDayAs ?? Nearest(s, date, clause, c => c.Type == CueType.Release)
                         ?? (strong.End > 0 ? new CueHit(strong.First, strong.End, new Cue(CueType.Kind, Kind: strong.Kind)) : (CueHit?)null)
                         ?? (last is null ? null : ShowStartsTheSameDay(s, date, clause, last));
        if (signal is not { } hit)
        {
            return;
        }
        if (headed is { } sectionDay)
        {
            Emit(si, s, date, clause, hit, kinds, sectionDay, 0.1, null, found, null);
            return;
        }
        var antecedent = found[^1];
        var inherited = date.Offset == Words.SameMoment && antecedent.Time is { } t ? (t, antecedent.TimeZone) : ((TimeOnly, string?)?)null;
        var ownTime = TimeFor(s, date, clause, language);
        if (date.Offset == Words.SameMoment && antecedent.Time is null && ownTime is not null)
        {
            // "Клип выйдет одновременно с синглом, в 18:00": one moment, so the single is at 18:00 too.
            for (var i = found.Count - 1; i >= 0 && found[i].Date == antecedent.Date && found[i].Time is null; i--)
            {
                found[i] = found[i] with { Time = ownTime.Time, TimeZone = ownTime.Zone };
            }
        }
        // "The following Monday": the first Monday after the release stated last.
        var later = date.Modifier == WeekdayModifier.Following ? ((int)date.Weekday - (int)antecedent.Date.DayOfWeek + 6) % 7 + 1 : date.DaysLater;
        if (sameDayAs is not null && QuotesIn(s, clause) is { Count: > 0 } quotes)
        {
            // "… on the same day as the siege epic "The Great Battle" and the hostage thriller "The Negotiation"": each work, of
            // the kind the verb released before when the clause names none of its own (a genre is no kind).
            var first = found.Count;
            foreach (var q in quotes)
            {
                Emit(si, s, date, clause, hit, kinds, antecedent.Date, 0.1, null, found, inherited, TitleLinker.QuoteText(s, q));
            }
            if (strong.End == 0)
            {
                for (var i = first; i < found.Count; i++)
                {
                    found[i] = found[i] with { Kind = antecedent.Kind };
                }
            }
            return;
        }
        Emit(si, s, date, clause, hit, kinds, antecedent.Date.AddDays(later), 0.1, null, found, later == 0 ? inherited : null);
    }

    // The quotes that open in the clause, outside parentheses, once each.
    static List<int> QuotesIn(SentenceScan s, int clause)
    {
        var quotes = new List<int>();
        for (var t = 0; t < s.Count; t++)
        {
            if (s.QuoteOf[t] is var q and >= 0 && s.Clause[t] == clause && !quotes.Contains(q) && s.OpenBracketOf(t) < 0)
            {
                quotes.Add(q);
            }
        }
        return quotes;
    }

    /// <summary>
    /// «Mnet отложили выход альбома IZ*ONE. Релиз стоял на понедельник, 11 ноября.», "The agency has postponed the album. It
    /// was set to arrive on Nov. 11.": a plan told in the past right after a postponement or a cancellation in its paragraph
    /// is the day left, whether or not a new one is given («как и планировалось» is an idiom, no plan). A sentence with another calendar day is
    /// the plan and the new day at once, which <see cref="ReleaseSignals.IsMovedFrom"/> tells apart.
    /// </summary>
    bool PlanAfterAPostponement(int si, SentenceScan s, DateMention date) =>
        si > 0 && sentences[si - 1].Line == s.Line && AbandonedDates.HasPostponement(sentences[si - 1])
        && !s.Dates.Any(d => d != date && d.Form == DateForm.DayMonth)
        && s.Cues.Any(c => c.Cue is { Type: CueType.MovedFrom, Value: Words.BesideAnotherDay } && s.Clause[c.First] == s.Clause[date.First]);

    /// <summary>
    /// «7-я серия выйдет 16 марта в 22:30, 8-я — на следующий день», "episode 7 airs March 16, and episode 8 the next
    /// day": when a release dated in this sentence is followed by another episode, that one takes its day from the
    /// last day released (not "Thursday, June 20 — Episode 4 airs the next day", one episode under a calendar's day).
    /// </summary>
    bool NextEpisodeInAList(int si, SentenceScan s, DateMention date)
    {
        if (date.Form != DateForm.Anaphoric || _origins.Count == 0 || _origins[^1] != si)
        {
            return false;
        }
        var days = s.Dates.Where(d => d.Form is DateForm.DayMonth or DateForm.Weekday && d != date).ToList();
        return days.Count > 0 && days.All(d => d.Last < date.First && !Beside(s, d, date))
            && !(s.IsSpacedDash(days[^1].Last + 1) && Enumerable.Range(0, days[0].First).All(t => !s.IsWord(t)));
    }

    bool EpisodeBetween(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (s.CueAt(t) is { Cue: { Type: CueType.Kind, Kind: ReleaseKind.Episode } } || OrdinalByDash(s, t) > 0)
            {
                return true;
            }
        }
        return false;
    }

    // Words between a gapped clause's place and its day: «в США — неделей позже, 7 марта», "in North America a week later".
    const int GappedPlaceWords = 3;

    /// <summary>
    /// «Фильм выйдет в Южной Корее 28 февраля, а в США — неделей позже, 7 марта», "…opens in Korea on Feb. 28, and in North
    /// America a week later, on March 7": a clause that is only a place and a day, after a dated clause of this sentence
    /// that released a work, leaves out that clause's verb; its verb, or null.
    /// </summary>
    CueHit? GappedPlaceVerb(int si, SentenceScan s, DateMention date, int clause)
    {
        if (clause == 0 || _origins.Count == 0 || _origins[^1] != si || !s.Dates.Exists(d => s.Clause[d.First] == clause - 1))
        {
            return null;
        }
        var t = Array.IndexOf(s.Clause, clause);
        if (s.CueAt(t) is { Cue.Type: CueType.ClauseBreak })
        {
            t++; // «а», "and"
        }
        if (!s.Is(t, language.PlacePrepositions) || PlaceEnd(s, t + 1) is not { } end)
        {
            return null;
        }
        var words = 0;
        for (var k = end; k < date.First; k++)
        {
            if (s.IsWord(k) && !s.Consumed[k] && (++words > GappedPlaceWords || s.StartsUpper(k) || s.CueAt(k) is { Cue.Type: not CueType.Vague }))
            {
                return null;
            }
        }
        return LastVerbIn(s, clause - 1, schedules: true);
    }

    // The clause's last release word (or schedule word too), or null.
    static CueHit? LastVerbIn(SentenceScan s, int clause, bool schedules)
    {
        CueHit? verb = null;
        foreach (var c in s.Cues)
        {
            if ((c.Cue.Type == CueType.Release || (schedules && c.Cue.Type == CueType.Schedule)) && s.Clause[c.First] == clause)
            {
                verb = c;
            }
        }
        return verb;
    }

    // The end of a place named from token t ("США", "North America", "the U.S."), or null.
    int? PlaceEnd(SentenceScan s, int t)
    {
        if (s.Is(t, language.Determiners))
        {
            t++;
        }
        if (!s.IsWord(t))
        {
            return null;
        }
        for (var end = Math.Min(s.Count, t + 4); end > t; end--)
        {
            if (language.Table.Places.Contains(ExtractionCatalog.Key(s.Text[s.Tokens[t].Start..s.Tokens[end - 1].End])))
            {
                return end;
            }
        }
        return null;
    }

    /// <summary>
    /// "… opens in Korean theaters today, on the same day as the siege epic "The Great Battle"": a clause that opens with
    /// "the same day as" (<see cref="SentenceScanner"/> makes it one) releases its works by the verb of the clause before.
    /// </summary>
    static CueHit? SameDayAsVerb(SentenceScan s, DateMention date, int clause)
    {
        return clause == 0 || Array.IndexOf(s.Clause, clause) != date.First ? null : LastVerbIn(s, clause - 1, schedules: false);
    }

    /// <summary>
    /// «Завтра стартует «Моё освобождение»… В тот же день на tvN стартует «Наши блюзы»», "the same day, "Our Blues"
    /// starts airing": after a show's premiere, a scheduling word and a quoted title on the same day start another show.
    /// </summary>
    CueHit? ShowStartsTheSameDay(SentenceScan s, DateMention date, int clause, ReleaseCandidate antecedent)
    {
        if (antecedent.Kind is not (ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film)
            || Nearest(s, date, clause, c => c.Type == CueType.Schedule) is not { } schedule)
        {
            return null;
        }
        for (var t = 0; t < s.Count; t++)
        {
            if (s.QuoteOf[t] >= 0 && s.Clause[t] == clause)
            {
                return schedule;
            }
        }
        return null;
    }

    // A catalog name right before the verb that premieres a show, with no kind word elsewhere (its subject: "City Hunter
    // premieres", "spy drama IRIS kicked off"; not "Ailee opens a three-part series", where "series" is another kind
    // word, nor "IU's new drama premieres"): the show is named by it when no title is quoted.
    string? ShowBeforeItsVerb(SentenceScan s, CueHit signal, int clause, KindCue? kindCue)
    {
        if (signal.Cue.Type is not (CueType.Release or CueType.Schedule) || s.Clause[signal.First] != clause)
        {
            return null;
        }
        var end = signal.First;
        if (end > 0 && s.IsWord(end - 1) && !s.StartsUpper(end - 1) && s.Word(end - 1).EndsWith("ly", StringComparison.Ordinal))
        {
            end--; // "finally", "officially"
        }
        // The kind may be the verb's own, inside the name ("hospital playlist season 2") or head it ("new drama BAD PROSECUTOR");
        // not after a word that makes it another work's ("A spin-off of Running Man premieres", "Fans who loved Moving
        // premieres"), and not a person's ("Park Bo-gum premieres on November 8").
        return s.Names.Find(n => n.End == end && n.Slug is not null && !n.Affiliation && !PersonalName(n)
                                 && !NamesAnotherWork(s, n.First - 1)
                                 && (kindCue is not { } k || k.First == signal.First || (k.First >= n.First && k.End <= n.End) || k.End == n.First
                                     || (k.First >= signal.End && SeasonNumber(s, clause) > 1)))?.Text; // "… premieres its third season"
    }

    // "a spin-off of", "a prequel to", "made after", "fans who loved": the name after them is the work another is made from;
    // "the new thriller with Suzy": the name after "with" is its cast.
    static bool NamesAnotherWork(SentenceScan s, int t) =>
        t >= 0 && s.IsWord(t) && !s.StartsUpper(t) && (s.Word(t) is "of" or "to" or "from" or "after" or "like" or "than" or "with" || s.Word(t).EndsWith("ed", StringComparison.Ordinal));

    // "Park Bo-gum", "Kim Hye-yoon": a romanised Korean name, a short family name and a hyphenated given name.
    static bool PersonalName(NameRun n) => KoreanPersonalName().IsMatch(n.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][a-z]{1,3} [A-Z][a-z]+-[a-z]+$")]
    private static partial System.Text.RegularExpressions.Regex KoreanPersonalName();

    void Emit(int si, SentenceScan s, DateMention date, int clause, CueHit signal, List<KindCue> kinds, DateOnly day,
        double signalConfidence, DateOnly? postponedFrom, List<ReleaseCandidate> found, (TimeOnly Time, string? Zone)? inheritedTime = null,
        string? showTitle = null)
    {
        if (showTitle is null && BothWorks(si, s, clause, signal, found) is [var first, var second])
        {
            // "Both dramas air their second episodes on Sunday", «Оба сериала стартовали 5 апреля»: each of the two.
            Emit(si, s, date, clause, signal, kinds, day, signalConfidence, postponedFrom, found, inheritedTime, first);
            Emit(si, s, date, clause, signal, kinds, day, signalConfidence, postponedFrom, found, inheritedTime, second);
            return;
        }
        var (chosen, kindConfidence) = _kinds.ChooseKinds(si, s, clause, date, signal, kinds);
        var time = TimeFor(s, date, clause, language) is { } own ? (own.Time, own.Zone) : inheritedTime;
        foreach (var (chosenKind, cue) in chosen)
        {
            // A later episode with no title of its own is of the show that premiered (not of a work named in between).
            var title = showTitle ?? _titles.TitleFor(si, s, cue, chosenKind, clause);
            if (chosenKind == ReleaseKind.Other && title is null && s.CueAt(signal.End) is { Cue.Type: CueType.Container } && s.DateAt(signal.End + 1) is null)
            {
                // "They will return for the second weekend", «вышли из ворот»: a verb of motion, nothing released (a
                // comeback moved "from July 6 to July 13" is one).
                continue;
            }
            var kind = _kinds.MoreSpecific(chosenKind, cue, title);
            if (kind == ReleaseKind.Drama && _kinds.OpensAsAFilm(s, clause))
            {
                kind = ReleaseKind.Film;
            }
            if (kind == ReleaseKind.Drama && (ShowBackAfterAPause(s, clause, signal, title) || AirsAsUsual(s, clause, signal)))
            {
                kind = ReleaseKind.Episode;
            }
            if (title is null && (kind == ReleaseKind.Episode || (kind == ReleaseKind.Drama && cue is { Kind: ReleaseKind.Episode } && SeasonNumber(s, clause) > 1)))
            {
                // «Вторая серия выходит сегодня», «Первая серия второго сезона вышла вчера»: a later episode, or a later
                // season's first, is of the one show the article names ("the rival's new drama, which starts on June 16" and
                // a star's new show, «Звезда «Королевы слёз» … Первая серия выйдет 4 декабря», may be another).
                // "#Encounter #남자친구 final episode (16) airs TONIGHT": else a show the catalog knows, named by the episode.
                title = memory.OnlyShowTitle ?? (signal.Cue.Type is CueType.Release or CueType.Schedule && cue is { Kind: ReleaseKind.Episode } episode
                    ? NameByTheEpisode(s, episode)?.Text : null);
            }
            if (title is null && (kind == ReleaseKind.Drama || (kind == ReleaseKind.Film && WorkBeforeSchedule(s, signal))) && ShowBeforeItsVerb(s, signal, clause, cue) is { } named)
            {
                title = named; // "DOCTOR STRANGER premieres TONIGHT on SBS", "City Hunter premieres on SBS at 9:55pm KST"
            }
            if (kind == ReleaseKind.Other && title is not null && memory.ScreenKind is null && BareTitle(s, clause))
            {
                kind = ReleaseKind.Single; // "zico dropped "any song" today": a titled release no kind word names is a song
            }
            var subjects = _subjects.SubjectsFor(memory, si, s, clause, date, signal, cue, kind, title, out var subjectConfidence);
            var season = kind is ReleaseKind.Drama or ReleaseKind.Episode ? SeasonNumber(s, clause) : 0;
            foreach (var subject in subjects)
            {
                // "the second season of "Yumi's Cells"", «второй сезон «Горячего священника»»: the catalog's entry for that season.
                // «второй сезон «Образцового таксиста»», where the catalog knows only «Образцовый таксист 2»: that entry too.
                var slug = subject.Slug ?? catalog?.Resolve(subject.Text);
                if (season > 1 && catalog is not null
                    && ((slug is null ? null : catalog.SeasonOf(slug, season)) ?? catalog.SeasonNamed(subject.Text, season)) is { } seasonSlug)
                {
                    slug = seasonSlug;
                }
                else if (slug is null && season == 0 && kind is ReleaseKind.Drama or ReleaseKind.Episode && ArticleSeason() is > 1 and var told
                         && catalog?.SeasonNamed(subject.Text, told) is { } toldSlug)
                {
                    // «Огненный священник вернулся: второй сезон стартовал» … «Вторая серия выходит сегодня»: a show the catalog
                    // knows only with its season's number is the season the article tells of.
                    slug = toldSlug;
                }
                var confidence = 0.5 + signalConfidence + kindConfidence + (title is null ? 0 : 0.05) + subjectConfidence
                                 + (date.Form == DateForm.DayMonth ? 0.05 : date.Form == DateForm.Weekday ? -0.05 : 0);
                _origins.Add(si);
                found.Add(new ReleaseCandidate(
                    subject.Text, slug, title, kind, day, time?.Time,
                    time?.Zone, Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2),
                    new Evidence(s.Text[s.Start..s.End], s.Start, s.End - s.Start), postponedFrom));
                if (s.RelativeClauses.Contains(clause))
                {
                    _inPassing.Add(found[^1]);
                }
            }
        }
    }

    // How far after "both" its show or film word stands: "both new dramas", «обе новые дорамы».
    const int BothReach = 2;

    /// <summary>
    /// "Both dramas …", «Оба сериала …», «… обеих дорам …» in the release's clause: the last two shows (or films) the
    /// article named before this sentence, by a kind word or as releases read; none unless there are two.
    /// </summary>
    List<string> BothWorks(int si, SentenceScan s, int clause, CueHit signal, List<ReleaseCandidate> found)
    {
        // "Both dramas air …": the works are the verb's subject, right before it ("Both dramas, however, pale next to …"
        // is not); "both episodes" are one show's.
        KindFamily? family = null;
        for (var t = 0; t < s.Count && family is null; t++)
        {
            if (s.Clause[t] != clause || !s.Is(t, language.BothWords))
            {
                continue;
            }
            for (var k = t + 1; k <= t + BothReach && k < s.Count; k++)
            {
                if (s.CueAt(k) is { Cue: { Type: CueType.Kind, Strength: KindStrength.Strong, Kind: ReleaseKind.Drama or ReleaseKind.Film } kind } hit
                    && signal.First >= hit.End && signal.First - hit.End <= BothReach)
                {
                    family = Family(kind.Kind);
                    break;
                }
            }
        }
        if (family is null)
        {
            return [];
        }
        var named = new List<(int Sentence, string Title)>();
        named.AddRange(memory.Titles.Where(m => m.Sentence < si && m.Family == family).Select(m => (m.Sentence, m.Title)));
        named.AddRange(found.Select((c, i) => (c, i)).Where(x => x.c.Title is not null && Family(x.c.Kind) == family && _origins[x.i] < si)
            .Select(x => (_origins[x.i], x.c.Title!)));
        var works = new List<string>();
        foreach (var (_, title) in named.OrderByDescending(n => n.Sentence))
        {
            if (!works.Exists(w => ExtractionCatalog.Key(w) == ExtractionCatalog.Key(title)))
            {
                works.Add(title);
            }
        }
        return works.Count >= 2 ? [works[1], works[0]] : [];
    }

    // "zico dropped "any song"", "IU's "Love wins all"", ""Voltage" is out": a title after a release word, a name or
    // nothing, not after a noun of its own ("Jin's photobook "Happy Days"", "returns in "Squid Game 2"").
    static bool BareTitle(SentenceScan s, int clause)
    {
        var quoted = Array.FindIndex(s.QuoteOf, q => q >= 0);
        if (quoted < 0 || s.Clause[quoted] != clause)
        {
            return false;
        }
        var before = quoted - 1;
        while (before >= 0 && s.Tokens[before].Type == TokenType.Punct)
        {
            before--;
        }
        // A name ends right before the title, or before its "'s".
        return before < 0 || s.CueAt(before) is { Cue.Type: CueType.Release or CueType.Schedule }
               || s.Names.Any(n => n.End == before + 1 || (n.End < before && s.IsPossessive(n.End) && before - n.End <= 1));
    }

    // The one season the article's headline and lead name, or 0 (none, or several). A season named later is as often one
    // hoped for ("a second season depends on the response", «пока не подтвердил второй сезон»).
    int ArticleSeason()
    {
        if (_articleSeason < 0)
        {
            _articleSeason = 0;
            foreach (var s in sentences.Take(SeasonLeadSentences))
            {
                for (var clause = 0; s.Count > 0 && clause <= s.Clause[^1]; clause++)
                {
                    if (SeasonNumber(s, clause) is > 0 and var n && n != _articleSeason)
                    {
                        if (_articleSeason != 0)
                        {
                            return _articleSeason = 0;
                        }
                        _articleSeason = n;
                    }
                }
            }
        }
        return _articleSeason;
    }

    int _articleSeason = -1;

    const int SeasonLeadSentences = 3;

    /// <summary>
    /// "The drama "Lovely Runner" returns Saturday after a week off the air", «Дорама «Вок любви» вернётся в эфир 25 июня»:
    /// a show that heads its clause and returns airs its next episode. Not a new or later season ("returns for a second
    /// season", "Taxi Driver 2", a streamer's show), nor an actor who returns in a new drama ("Kim Soo-hyun returns with
    /// tvN's new drama …": the show after the verb, or "new").
    /// </summary>
    bool ShowBackAfterAPause(SentenceScan s, int clause, CueHit signal, string? title)
    {
        if (signal.Cue is not { Type: CueType.Release, Value: Words.Return } || s.Has(language.StreamingServices)
            || (title is { Length: > 0 } && char.IsDigit(title[^1])) || ArticleSeason() > 1)
        {
            return false;
        }
        var showBefore = false;
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Clause[t] != clause)
            {
                continue;
            }
            if (s.Is(t, language.SeasonWords) || s.CueAt(t) is { Cue.Type: CueType.New })
            {
                return false;
            }
            showBefore |= t < signal.First && (s.QuoteOf[t] >= 0 || s.CueAt(t) is { Cue: { Type: CueType.Kind, Kind: ReleaseKind.Drama or ReleaseKind.Episode } });
        }
        return showBefore;
    }

    // "KBS's "Kingdom of the Winds" will be the only drama airing tonight as planned", «Дорама выйдет в эфир как обычно»:
    // a show that airs as usual airs its next episode; its premiere would be news, not a slot kept. Not a premiere's own
    // verb ("premieres as scheduled") nor a new show.
    bool AirsAsUsual(SentenceScan s, int clause, CueHit signal)
    {
        if (signal.Cue.Type is not (CueType.Schedule or CueType.Release) || signal.Cue.Kind == ReleaseKind.Drama)
        {
            return false;
        }
        var usual = false;
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Clause[t] != clause)
            {
                continue;
            }
            if (s.CueAt(t) is { Cue.Type: CueType.New } || s.Is(t, language.DebutWords))
            {
                return false;
            }
            usual |= s.PhraseAt(t, language.AsUsualPhrases);
        }
        return usual;
    }

    // "second season", «второй сезон», "season 2", «2-й сезон»: the season the date's clause names, or 0 ("…, while the
    // second season of "X" is still filming" names another show's).
    int SeasonNumber(SentenceScan s, int clause)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Clause[t] != clause || !s.Is(t, language.SeasonWords))
            {
                continue;
            }
            if (s.IsWord(t - 1) && language.SeasonOrdinals.TryGet(s.Word(t - 1), out var before))
            {
                return before;
            }
            // "the third and final season", «третий и заключительный сезон»
            if (s.IsWord(t - 3) && s.Is(t - 2, language.ListWords) && s.IsWord(t - 1) && language.SeasonOrdinals.TryGet(s.Word(t - 3), out var listed))
            {
                return listed;
            }
            if (s.IsWord(t + 1) && language.SeasonOrdinals.TryGet(s.Word(t + 1), out var after))
            {
                return after;
            }
            if (s.TryNumber(t + 1, 2, 9, out var number) || (s.TryNumber(t - 3, 2, 9, out number) && s.IsDash(t - 2)))
            {
                return number;
            }
        }
        return 0;
    }

    /// <summary>
    /// A sentence without a date right after one that stated a release: "Сегодня ILLIT дебютировали. В 18:00 вышел
    /// мини-альбом и клип…" carries on that day. A time alone completes the releases before it; a release verb with a
    /// kind inherits the day. Vague words ("позже", "later") and month names stop both.
    /// </summary>
    void FollowUp(int si, List<ReleaseCandidate> previous, List<ReleaseCandidate> found)
    {
        var s = sentences[si];
        var release = s.Cues.FirstOrDefault(c => c.Cue.Type == CueType.Release);
        if (release == default || s.Cues.Any(c => c.Cue.Type == CueType.Vague) || HasMonthWord(s, language))
        {
            return;
        }
        var clause = s.Clause[release.First];
        // "… on May 24. The album will be released at a later date.": what moves does not come on the day before.
        if (s.Cues.Any(c => c.Cue.Type is CueType.Postpone or CueType.Cancel && s.Clause[c.First] == clause))
        {
            return;
        }
        var kinds = StrongKinds(s, clause);
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
        // "… "Party O'Clock," also at 6 p.m. The pre-release "Roller Coaster" is already out.": what is out already
        // did not come out on a day still ahead.
        if (days.Count != 1 || (days[0] > publishedOn && Resolution.DateResolver.ClauseTense(s, clause) == Tense.Past))
        {
            return;
        }
        EmitOnDay(si, s, release, clause, kinds, days[0], found);
    }

    /// <summary>
    /// "STAY, it's out!!! Stray Kids just dropped their eighth mini album…", «Хосок наконец выпустил сингл»: a post that
    /// has given no date yet, a release verb not in the future, "just"/"finally" and a record or video: out the day it
    /// was published.
    /// </summary>
    const int JustNowReach = 2;

    void JustOut(int si, List<ReleaseCandidate> found)
    {
        var s = sentences[si];
        var first = s.Cues.FirstOrDefault(c => c.Cue.Type == CueType.Release && c.Cue.Tense != Tense.Future);
        if (first == default)
        {
            return;
        }
        var before = found.Count;
        JustOut(si, s, first, found);
        // "SHINee are back with "Everybody" - mini album and music video out now!": when the first verb says no moment,
        // the one that says now does, with its own kind word; not in a ranked or numbered line ("1st: ILLIT's debut
        // single "Magnetic", out now"), which lists what is out.
        if (found.Count == before && s.Cues.FirstOrDefault(c => c.Cue is { Type: CueType.Release, Value: Words.OutNow }) is { End: > 0 } now
            && now.First != first.First && StrongKinds(s, s.Clause[now.First]).Count > 0 && !Ranked(s))
        {
            JustOut(si, s, now, found);
        }
    }

    // "1st: …", "2nd – …", "3. …": a line that opens with its rank or number.
    bool Ranked(SentenceScan s)
    {
        var first = s.LineOpening();
        return s.TryNumber(first, 1, 99, out _)
               && (s.Is(first + 1, language.OrdinalSuffixes) || s.IsPunct(first + 1, '.') || s.IsPunct(first + 1, ':') || s.IsPunct(first + 1, ')'));
    }

    void JustOut(int si, SentenceScan s, CueHit release, List<ReleaseCandidate> found)
    {
        if (s.Cues.Any(c => c.Cue.Type is CueType.NotRelease or CueType.Vague) || HasMonthWord(s, language)
            || Resolution.DateResolver.TenseOf(s, s.Clause[release.First]) == Tense.Future)
        {
            return;
        }
        if (s.CueAt(release.First - 1) is { Cue.Type: CueType.ClauseBreak })
        {
            return; // «Саундтрек: что уже вышло и что впереди»: what is out, not a work
        }
        // "'THIS IS LOVE' MV IS OUT", "is here": the verb itself says now.
        var justNow = release.Cue.Value == Words.OutNow;
        for (var t = 0; t < s.Count; t++)
        {
            if (s.TryNumber(t, 1900, 2100, out _, maxLength: 4))
            {
                return; // «В 2019 году Хосок наконец выпустил микстейп»: a year of its own, not today
            }
            // "is out now", «уже на всех площадках»: the word stands by the release word, not in another clause.
            justNow |= s.Is(t, language.JustNowWords) && t >= release.First - JustNowReach && t < release.End + JustNowReach;
        }
        var clause = s.Clause[release.First];
        // "TWICE returned at midnight KST with their third mini album": a release told in the past at an hour, in a post that
        // has given no day, came out that day.
        // The hour may close the list the verb releases ("have released their album, "2," and the music video … at 6 PM
        // KST"): a later clause with no release word of its own between.
        bool ReleasesHour(TimeMention time) =>
            !time.Alternative && (s.Clause[time.First] == clause
                                  || (time.First > release.End && !s.Cues.Exists(c => c.Cue.Type is CueType.Release or CueType.Schedule
                                                                                      && c.First >= release.End && c.First < time.First)));
        justNow |= release.Cue.Tense == Tense.Past && s.Times.Exists(ReleasesHour);
        var kinds = StrongKinds(s, clause);
        // ""Sleepless in ___" is out now": a title released just now, with no kind word at all (not "the track from
        // "Crash Landing on You" is finally out"), is a release of the kind the article gives it.
        if (justNow && (kinds.Count > 0 || (TitledClause(s, clause) && !AllKindCues(s).Exists(k => s.Clause[k.First] == clause))))
        {
            EmitOnDay(si, s, release, clause, kinds, publishedOn, found);
        }
    }

    // How far into its sentence a film sharing the day may be named.
    const int SharedTitleReach = 8;

    // How many sentences after "Three local films will open on Wednesday" the films may be named.
    const int SharedDayReach = 6;

    /// <summary>
    /// "Three local films will open on Wednesday, Sept. 27", «Сразу три южнокорейских фильма вышли в прокат в среду»: a
    /// dated sentence that releases a counted plural of films or shows, and names none, shares its day with the titles the
    /// next sentences name, one each, up to the count.
    /// </summary>
    (int, DateOnly, ReleaseKind, int)? SharedDay(int si)
    {
        var s = sentences[si];
        // Not checked for event words: "…, setting up a rare three-way battle at the box office" is about the same films.
        var dates = s.Dates.Where(d => d.Form != DateForm.Anaphoric).ToList(); // "on the same day, Wednesday, Jan. 18"
        if (s.Quotes.Count > 0 || dates.Count != 1 || !s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule))
        {
            return null;
        }
        foreach (var kind in AllKindCues(s))
        {
            if (kind.Container || kind.Strength != KindStrength.Strong || kind.Kind is not (ReleaseKind.Film or ReleaseKind.Drama))
            {
                continue;
            }
            for (var t = kind.First - 1; t >= Math.Max(0, kind.First - CountReach); t--)
            {
                var count = s.TryNumber(t, 2, 9, out var n) ? n : s.IsWord(t) && language.NumberWords.TryGet(s.Word(t), out var w) ? w : 0;
                if (count >= 2 && _dates.Resolve(s, dates[0], s.Clause[dates[0].First]) is { } day)
                {
                    return (si, day, kind.Kind, count);
                }
            }
        }
        return null;
    }

    // "Three local films", «три южнокорейских фильма», "Two big-budget Korean films": words from the count to the kind.
    const int CountReach = 4;

    // "Leading the pre-sales is "Dr. Cheon and Lost Talisman," an occult comedy…": the sentence's first title (its event
    // words are about the same films: pre-sales, the box office).
    bool TitleOnSharedDay(int si, DateOnly day, ReleaseKind kind, List<ReleaseCandidate> found)
    {
        var s = sentences[si];
        var quoted = Array.FindIndex(s.QuoteOf, q => q >= 0);
        // Named where a sentence about the work opens ("The first is "Phantom,"", "— «Луна в объятиях солнца» (MBC)"),
        // not deep in one about a person ("The script is by So Hyun-kyung, who wrote "49 Days."").
        if (quoted < 0 || quoted - s.LineOpening() > SharedTitleReach)
        {
            return false;
        }
        var before = found.Count;
        var clause = s.Clause[quoted];
        // The shared day and kind stand where the clause ends, clear of the title they date.
        var end = Array.LastIndexOf(s.Clause, clause);
        EmitOnDay(si, s, new CueHit(end, end + 1, new Cue(CueType.Kind, Kind: kind)), clause,
                  [new KindCue(end, end + 1, memory.ScreenKind ?? kind, KindStrength.Strong, false)], day, found);
        return found.Count > before;
    }

    // A sentence that is only its day ("Четверг, 27-е.", "Friday, the 12th."): punctuation, the date and a weekday.
    bool HeadingOnly(int si) => OnlyDayWords(sentences[si], timesToo: false);

    // «25 января, пятница» over «„Королевство“ — первый корейский сериал Netflix: …»: a line of its own that is only a day
    // (with its weekday) heads the listing line under it, as a timed heading does.
    bool DayHeading(int si) => si >= 0 && sentences[si].Dates.Count > 0 && HeadingLine(si) && HeadingOnly(si);

    // Two day headings make an article a calendar by days.
    const int MinDayHeadings = 2;

    // A day heading that opens its line: «ВТОРНИК, 4 ОКТЯБРЯ. Самый насыщенный день недели. …», "THURSDAY, MAY 9".
    bool DaySectionHeading(int si) => (si == 0 || sentences[si - 1].Line != sentences[si].Line) && sentences[si].Dates.Count > 0 && HeadingOnly(si);

    // Punctuation, dates and weekdays only (and times, when a heading may give its hour).
    bool OnlyDayWords(SentenceScan s, bool timesToo)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Tokens[t].Type != TokenType.Punct && s.DateAt(t) is null && !IsWeekdayLabel(s, t, language)
                && !(timesToo && s.Times.Exists(time => t >= time.First && t <= time.Last)))
            {
                return false;
            }
        }
        return true;
    }

    void FollowUpOnDay(int si, DateOnly day, List<ReleaseCandidate> found, CueHit countdownKind = default)
    {
        var s = sentences[si];
        var release = s.Cues.FirstOrDefault(c => c.Cue.Type == CueType.Release);
        if (release == default)
        {
            release = countdownKind;
        }
        if (release == default && TimedListing(s) is { } listed)
        {
            release = listed;
        }
        if (release == default && !TimedHeading(si - 1) && HeadingOnly(si - 1) && s.Times.Count > 0 && ShowListing(s) is { } show)
        {
            release = show; // "12 декабря, суббота" over "«Мистер Королева» (tvN, 21:00): …": the day's show at its hour
        }
        if (release == default && (TimedHeading(si - 1) || DayHeading(si - 1)) && ListingItem(s, actFirst: TimedHeading(si - 1)) is { } item)
        {
            release = item; // "▶ Fri, April 7 · 1PM KST" over "Album "D-DAY" (10 tracks), title track "Haegeum"": the timed heading's item
        }
        if (release == default && ActListing(s) is { } listedAct)
        {
            release = listedAct;
        }
        if (release == default && DayHeading(si - 1) && ActsTitledKindAtAnHour(s) is { } described)
        {
            release = described; // "Friday, Nov. 30" over "Red Velvet closes its year with the mini album "RBB" … at 6 p.m."
        }
        if (release == default && HeadingOnly(si - 1) && !s.Cues.Any(c => c.Cue.Type == CueType.Vague)
            && s.Cues.FirstOrDefault(c => c.Cue.Type == CueType.Schedule && c.Cue.Tense != Tense.Past) is { End: > 0 } scheduled
            && TitledClause(s, s.Clause[scheduled.First])
            && KindCues(s, s.Clause[scheduled.First]).Any(k => !k.Container && k.Strength is KindStrength.Strong or KindStrength.Hint))
        {
            // «Четверг, 27-е. MBC запускает шпионскую комедию «Терриус за моей спиной»»: under a day that heads its line
            // alone, a schedule verb with a title and a kind word or a channel starts the work that day.
            release = scheduled;
        }
        if (release == default || HasMonthWord(s, language))
        {
            return;
        }
        var clause = s.Clause[release.First];
        if (HasCue(s, clause, CueType.NotRelease))
        {
            return;
        }
        if (ReleaseSignals.Negated(s, release.First, clause, language))
        {
            return; // «• «Трейсер» и «Сквозь тьму» снова не выходят.»
        }
        // «СЕУЛ, 4 апреля. /ТАСС/. MBC перенёс на неделю премьеру…»: what moves or is called off is not out on the day
        // above (a relative clause may tell its history: «сингл, релиз которого дважды откладывался»).
        if (HasCue(s, clause, CueType.Postpone) || HasCue(s, clause, CueType.Cancel))
        {
            return;
        }
        var kinds = StrongKinds(s, clause);
        if (kinds.Count == 0 && release.Cue.Type == CueType.Schedule && KindCues(s, clause).FirstOrDefault(k => !k.Container && k.Strength == KindStrength.Hint) is { End: > 0 } hint)
        {
            // A broadcaster airs a show; a genre or a streamer says the article's screen kind without the word.
            var kind = s.Is(hint.First, language.TvWords) ? ReleaseKind.Drama : memory.ScreenKind ?? hint.Kind;
            kinds = [new KindCue(hint.First, hint.End, kind, KindStrength.Strong, false)];
        }
        if (kinds.Count == 0 && release.Cue.Type == CueType.Release && memory is { ScreenKind: { } screen, NoMusic: true } && TitledClause(s, clause)
            && !s.Names.Exists(n => n.End <= release.First && release.First - n.End <= ActBeforeVerbGap))
        {
            // «Среда, 27-го. В кинотеатры выходит «Битва у Хансана»»: in an article about films or shows alone, a release
            // verb with a title releases the article's kind of work; an act before the verb ("IVE release "I AM"") a record.
            kinds = [new KindCue(release.First, release.End, screen, KindStrength.Strong, false)];
        }
        if (kinds.Count == 0 && release.Cue is { Type: CueType.Kind, Strength: KindStrength.Hint, Kind: ReleaseKind.Drama })
        {
            kinds = [new KindCue(release.First, release.End, ReleaseKind.Drama, KindStrength.Strong, false)]; // ShowListing's
        }
        if (kinds.Count == 0 && release.Cue is { Type: CueType.Release, Kind: ReleaseKind.Drama or ReleaseKind.Film } && TitledClause(s, clause))
        {
            // "Wednesday, Nov. 21" over "SBS premieres "The Last Empress" at 10 p.m.": a verb that says its kind ("premieres")
            // needs no kind word beside the title.
            kinds = [new KindCue(release.First, release.End, memory.ScreenKind ?? release.Cue.Kind, KindStrength.Strong, false)];
        }
        if (kinds.Count == 0 || VagueBeforeTitle(s, kinds[0]))
        {
            return;
        }
        EmitOnDay(si, s, release, clause, kinds, day, found);
        // "The 10th is a big day. Stray Kids drop "ROCK-STAR," while aespa return with "Drama."", «… BLACKPINK выпускают
        // альбом BORN PINK, а NCT 127 — альбом «2 Baddies»»: each further clause with its own act and kind, and a release
        // word or a dash after the act, comes out that day too.
        for (var other = clause + 1; other <= s.Clause[^1]; other++)
        {
            var act = s.Names.FirstOrDefault(n => s.Clause[n.First] == other);
            var otherKinds = StrongKinds(s, other);
            if (act is null || otherKinds.Count == 0)
            {
                continue;
            }
            var verb = s.Cues.FirstOrDefault(c => c.Cue.Type == CueType.Release && s.Clause[c.First] == other);
            if (verb != default)
            {
                EmitOnDay(si, s, verb, other, otherKinds, day, found);
            }
            else if (s.IsDash(act.End))
            {
                EmitOnDay(si, s, new CueHit(otherKinds[0].First, otherKinds[0].End, new Cue(CueType.Kind, Kind: otherKinds[0].Kind)), other, otherKinds, day, found);
            }
        }
    }

    /// <summary>
    /// "SUNMI returns later this month with the single…" is vague; "…with the single "LALALAY," her first release since
    /// spring" is not: a vague word counts up to the end of the title after the release's kind, not in what follows it.
    /// </summary>
    static bool VagueBeforeTitle(SentenceScan s, KindCue kind)
    {
        var limit = s.Count;
        for (var t = kind.End; t < s.Count; t++)
        {
            if (s.QuoteOf[t] >= 0)
            {
                limit = s.QuoteEnd(t);
                break;
            }
        }
        return s.Cues.Any(c => c.Cue.Type == CueType.Vague && c.First < limit);
    }

    // The words a time's zone may take before the listing's dash: "по МСК", "KST", "по корейскому времени".
    const int TimedListingZoneReach = 4;

    // A day's heading gives its time, in two zones at most ("1PM KST / 12AM EDT").
    const int HeadingTimes = 2;

    // "▶ Fri, April 7 · 1PM KST": a line of its own that opens with a bullet and is only a day, its weekday and a time (not a
    // byline's "Nov. 10, 2023 · 1:00 PM KST": no year).
    bool TimedHeading(int si)
    {
        var s = sentences[si];
        return s.Times.Count is > 0 and <= HeadingTimes && HeadingLine(si) && s.Tokens[0].Type == TokenType.Punct && !s.Dates.Any(d => d.Year > 0)
               && OnlyDayWords(s, timesToo: true);
    }

    /// <summary>
    /// «D-Day — альбом и клип», "D-DAY: album and "Regular" music video release" under a teaser schedule: a line of its own
    /// that opens with the countdown's day, gives no day of its own and lists a kind after a dash or colon. Its first
    /// strong kind, or nothing.
    /// </summary>
    CueHit? CountdownDayLine(int si)
    {
        var s = sentences[si];
        var first = s.LineOpening();
        var mark = s.CountdownAt(first);
        if (mark == 0 || !HeadingLine(si) || s.Dates.Exists(d => d.Form != DateForm.Anaphoric) || !s.Word(first + mark - 1).EndsWith("day", StringComparison.Ordinal)
            || !(s.IsDash(first + mark) || s.IsPunct(first + mark, ':')) || s.Cues.Any(c => c.Cue.Type is CueType.NotRelease or CueType.Postpone or CueType.Cancel))
        {
            return null;
        }
        var kind = AllKindCues(s).FirstOrDefault(k => k.First > first + mark && k.Strength == KindStrength.Strong && !k.Container);
        return kind.End > 0 ? new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind)) : null;
    }

    /// <summary>The record found so far that comes out on the one day ahead of publication that the article's records
    /// share: a teaser schedule's release (its day, and its time for a countdown line that gives none). Null when there
    /// are none or several days.</summary>
    ReleaseCandidate? ScheduledRecord(List<ReleaseCandidate> found)
    {
        ReleaseCandidate? record = null;
        foreach (var c in found)
        {
            if (IsRecord(c.Kind) && c.Date >= publishedOn)
            {
                if (record is not null && record.Date != c.Date)
                {
                    return null;
                }
                record ??= c;
            }
        }
        return record;
    }

    // What a teaser schedule leads up to: an album, a mini album or a single (album).
    static bool IsRecord(ReleaseKind kind) => kind is ReleaseKind.Album or ReleaseKind.Ep or ReleaseKind.Single;

    // The releases read from index `from` on that have no time of their own take the one their heading gave.
    static void AtTimeIfNone(List<ReleaseCandidate> found, int from, TimeOnly? time, string? zone)
    {
        for (var k = from; k < found.Count; k++)
        {
            found[k] = found[k].Time is null ? found[k] with { Time = time, TimeZone = zone } : found[k];
        }
    }

    // "🕖 07:00 мск / 13:00 KST": a line of its own that is only a time, in two zones at most.
    bool TimeLine(int si) =>
        sentences[si] is { Dates.Count: 0, Times.Count: > 0 and <= HeadingTimes } s && HeadingLine(si) && OnlyDayWords(s, timesToo: true);

    // Words between a listing line's act and its kind word: "EXID 4th mini album".
    const int ActKindGap = 2;

    // A listing line that opens with a title or a kind word and has no verb ("Album "D-DAY" (10 tracks), title track
    // "Haegeum"", ""People Pt.2" — pre-release, with music video"): its first strong kind.
    static CueHit? ListingItem(SentenceScan s, bool actFirst = false)
    {
        if (s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Tense or CueType.Announce or CueType.NotRelease))
        {
            return null;
        }
        var first = s.LineOpening();
        // "🌕 TODAY 6PM KST 🌕" over "EXID 4th mini album FULL MOON + "DDD" MV": under a timed heading the act may open the
        // line, its kind word right after (an ordinal between).
        if (actFirst && first < s.Count && s.Names.Find(n => n.First == first) is { } act)
        {
            for (var t = act.End; t < Math.Min(s.Count, act.End + ActKindGap + 1); t++)
            {
                if (s.CueAt(t) is { Cue.Type: CueType.Kind })
                {
                    first = t;
                    break;
                }
            }
        }
        if (first >= s.Count || (s.QuoteOf[first] < 0 && s.CueAt(first) is not { Cue.Type: CueType.Kind }))
        {
            return null;
        }
        // «„Коронованный шут“ (tvN) — ремейк фильма «Маскарад» и первый сериал …»: a kind word before another title is that
        // work's.
        var kind = AllKindCues(s).FirstOrDefault(k => k.Strength == KindStrength.Strong && !k.Container
                                                      && !(k.First > first && s.QuoteOf[first] >= 0 && k.End < s.Count && s.QuoteOf[k.End] >= 0
                                                           && s.QuoteOf[k.End] != s.QuoteOf[first]));
        return kind.End > 0 ? new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind)) : null;
    }

    /// <summary>
    /// «„Мистер Королева“ (tvN, 21:00): …», «„Беги“ (Run On) на JTBC в 21:00 — …»: a listing line with no verb that opens
    /// with a title and names its channel or streamer, and no kind word: a show.
    /// </summary>
    CueHit? ShowListing(SentenceScan s)
    {
        if (NotAListing(s) || AllKindCues(s).Any(k => k.Strength != KindStrength.Hint))
        {
            return null;
        }
        var first = s.LineOpening();
        if (first >= s.Count || s.QuoteOf[first] < 0)
        {
            return null;
        }
        var channel = AllKindCues(s).FirstOrDefault(k => s.Is(k.First, language.TvWords) || s.Is(k.First, language.StreamingServices));
        return channel.End > 0 ? new CueHit(channel.First, channel.End, new Cue(CueType.Kind, Kind: ReleaseKind.Drama, Strength: KindStrength.Hint)) : null;
    }

    /// <summary>«▪️ Дженни — первый полноформатный альбом Ruby, в 8:00 мск», "• aespa — mini album "Whiplash"": a line that
    /// opens with a catalog act and a spaced dash and names a kind after it, with no verb: its first strong kind.</summary>
    static CueHit? ActListing(SentenceScan s)
    {
        if (NotAListing(s))
        {
            return null;
        }
        var first = s.LineOpening();
        var act = s.Names.Find(n => n.First == first);
        if (act is not { Slug: not null } || !s.IsDash(act.End) || s.Glued(act.End))
        {
            return null;
        }
        // The kind opens what the dash lists («— первый полноформатный альбом»), not a description's end («Сыльги — третья
        // участница Red Velvet после Венди и Джой, выпускающая сольный альбом»).
        var kind = AllKindCues(s).FirstOrDefault(k => k.First > act.End && k.First - act.End <= ListedKindReach && k.Strength == KindStrength.Strong && !k.Container);
        return kind.End > 0 ? new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind)) : null;
    }

    /// <summary>
    /// "Friday, Nov. 30" over "Red Velvet closes its year with the mini album "RBB" and the title track video at 6 p.m.": under
    /// a line that is only a day, a sentence that names a catalog act, then a record's or a song's word with a title and an
    /// hour in the same clause, releases that kind at that hour whatever its verb, unless it tells the past, an event, a plan
    /// announced, a move or a call-off.
    /// </summary>
    static CueHit? ActsTitledKindAtAnHour(SentenceScan s)
    {
        if (s.Times.Count == 0 || s.Cues.Any(c => c.Cue.Type is CueType.NotRelease or CueType.Announce or CueType.Postpone or CueType.Cancel or CueType.MovedFrom
                                                  || c.Cue.Tense == Tense.Past))
        {
            return null;
        }
        var kind = AllKindCues(s).FirstOrDefault(k => k.Strength == KindStrength.Strong && !k.Container && Family(k.Kind) is KindFamily.Record or KindFamily.Song);
        if (kind.End == 0)
        {
            return null;
        }
        var clause = s.Clause[kind.First];
        return s.Names.Exists(n => n.Slug is not null && n.End <= kind.First && s.Clause[n.First] == clause)
               && s.Times.Exists(time => s.Clause[time.First] == clause) && TitledClause(s, clause)
            ? new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind))
            : null;
    }

    // A verb of its own, an event, a move or a call-off: the line says more than what it lists.
    static bool NotAListing(SentenceScan s) =>
        s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Tense or CueType.Announce or CueType.NotRelease
                                    or CueType.Postpone or CueType.Cancel);

    // The dash and up to two words before the listed kind: «— новый сингл», «— первый полноформатный альбом».
    const int ListedKindReach = 3;

    /// <summary>"⏰ 12:00 по МСК — альбом и клип", "6 PM KST – album + MV" under a day's heading: a line that opens with its
    /// time and lists kinds after a dash releases them, without a verb; so does one that lists the kinds first and gives
    /// their time after the dash («альбом I NEVER DIE + клип на TOMBOY — в 12:00 мск», "album + MV — 6 PM KST").</summary>
    static CueHit? TimedListing(SentenceScan s)
    {
        if (s.Times.Count == 0)
        {
            return null;
        }
        var at = s.Times[0].First;
        var timeDash = s.IsSpacedDash(at - 1) ? at - 1 : s.IsWord(at - 1) && s.IsSpacedDash(at - 2) ? at - 2 : -1; // "— в 12:00", "— at 6 p.m."
        if (timeDash > 0 && AllKindCues(s).FirstOrDefault(k => k.End <= timeDash && k.Strength == KindStrength.Strong && !k.Container) is { End: > 0 } listed)
        {
            return new CueHit(listed.First, listed.End, new Cue(CueType.Kind, Kind: listed.Kind));
        }
        if (Enumerable.Range(0, at).Any(t => s.Tokens[t].Type != TokenType.Punct))
        {
            return null;
        }
        // "12:00 по МСК / 18:00 KST —": the same moment in two zones opens the line too.
        var last = s.Times[0];
        foreach (var time in s.Times.Skip(1))
        {
            if (time.First - last.Last > TimedListingZoneReach)
            {
                break;
            }
            last = time;
        }
        var dash = last.Last + 1;
        for (var zone = 0; zone < TimedListingZoneReach && dash < s.Count && !s.IsSpacedDash(dash); zone++)
        {
            dash++; // "по МСК", "KST"
        }
        if (!s.IsSpacedDash(dash))
        {
            return null;
        }
        var kind = AllKindCues(s).FirstOrDefault(k => k.First > dash && k.Strength == KindStrength.Strong && !k.Container);
        return kind.End > 0 ? new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind)) : null;
    }

    void EmitOnDay(int si, SentenceScan s, CueHit release, int clause, List<KindCue> kinds, DateOnly day, List<ReleaseCandidate> found)
    {
        var anchor = new DateMention
        {
            First = release.First, Last = release.First, Form = DateForm.Relative, Offset = day.DayNumber - publishedOn.DayNumber,
        };
        Emit(si, s, anchor, clause, release, kinds, day, 0.0, null, found);
    }

    // "MAMAMOO's "Red Moon"": a title right after a name's "'s", in the clause.
    static bool PossessedTitle(SentenceScan s, int clause) =>
        s.Names.Any(n => s.Clause[n.First] == clause && s.IsPossessive(n.End) && n.End + 2 < s.Count && s.QuoteOf[n.End + 2] >= 0
                         && s.Quotes[s.QuoteOf[n.End + 2]].IsTitle);

    static bool TitledClause(SentenceScan s, int clause)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Clause[t] == clause && s.QuoteOf[t] >= 0 && s.Quotes[s.QuoteOf[t]].IsTitle)
            {
                return true;
            }
        }
        return false;
    }

}
