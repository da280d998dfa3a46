using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Filtering;

/// <summary>
/// Postponements across sentences (issue #9 §1.10): "The group had been set to debut on December 14 … the debut has
/// been pushed back to January 3". A release stated in a past-tense sentence without a postponement or cancellation
/// word, for a subject and kind family whose later date a postponement or cancellation sentence states, is the
/// abandoned plan: dropped, and the postponed release learns where it came from.
/// </summary>
internal static class AbandonedDates
{
    // origins: per candidate, the index of the sentence it was read from.
    public static void Drop(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, CompiledLanguage language)
    {
        var moved = new List<int>();
        for (var i = 0; i < found.Count; i++)
        {
            // A later episode's new day leaves no earlier episode behind: each has its own.
            if (HasPostponement(sentences[origins[i]]) || (NewPlan(sentences[origins[i]], language) && found[i].Kind != ReleaseKind.Episode))
            {
                moved.Add(i);
            }
        }
        if (moved.Count == 0)
        {
            return;
        }
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var s = sentences[origins[i]];
            if (HasPostponement(s) || NewPlan(s, language) || !IsPast(s))
            {
                continue;
            }
            var c = found[i];
            var later = moved.FirstOrDefault(m => m != i && found[m].Date > c.Date && SameRelease(found[m], c), -1);
            if (later < 0)
            {
                continue;
            }
            found[later] = found[later] with { PostponedFrom = found[later].PostponedFrom ?? c.Date };
            found.RemoveAt(i);
            origins.RemoveAt(i);
            for (var m = 0; m < moved.Count; m++)
            {
                moved[m] -= moved[m] > i ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// A day (and time, if said) an article says was left behind (<see cref="ReleaseSignals.IsMovedFrom"/>), in sentence
    /// <c>Sentence</c>, which names <c>Named</c> before that day and the kinds <c>Kinds</c>.
    /// </summary>
    /// When it names nothing ("The episode, which was scheduled for Aug. 2, has been postponed"), <c>Topic</c> holds what
    /// the sentence before names: what "the episode" is of.
    public readonly record struct LeftBehind(DateOnly Day, TimeOnly? Time, int Sentence, HashSet<string> Named, List<ReleaseKind> Kinds, HashSet<string> Topic);

    /// <summary>
    /// "Wednesday is the new Thursday: two Korean films open a day early" … "Two films that were set to open on Thursday,
    /// May 31, arrive in theaters today instead": a day that one sentence says was the plan is not released by another
    /// sentence, for what the plan's sentence names before the day (when it names nothing, for what the sentence before it
    /// names, or, when that names nothing too, for a sentence that names nothing either: «Первую серию обещали 29
    /// сентября» after «премьера «Девятой комнаты»» leaves another show's episode on the 29th), of the kind it names («АйЮ
    /// отложила выход мини-альбома «Love poem», который должен был появиться 1 ноября» leaves the single «Love poem» out on
    /// November 1) and at its time, if both say one ("scheduled for 6 p.m.
    /// today, delayed by two hours" leaves 8 p.m.). A release whose sentence has a keep-the-day idiom ("as planned", «как и
    /// планировалось») is kept.
    /// </summary>
    public static void DropLeftBehind(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, List<LeftBehind> leftBehind,
        Func<int, HashSet<string>> named)
    {
        for (var i = found.Count - 1; i >= 0 && leftBehind.Count > 0; i--)
        {
            var c = found[i];
            if (sentences[origins[i]].Cues.Any(k => k.Cue.Type == CueType.Idiom))
            {
                continue;
            }
            var key = c.ResolvedSubjectSlug ?? ExtractionCatalog.Key(c.Subject);
            var title = c.Title is null ? null : ExtractionCatalog.Key(c.Title);
            HashSet<string>? ownNamed = null; // what the release's own sentence names, read once and only when needed
            if (leftBehind.Any(l => l.Day == c.Date && l.Sentence != origins[i] && (l.Time is null || c.Time is null || l.Time == c.Time)
                                    && (l.Named.Count == 0
                                        ? ((ownNamed ??= named(origins[i])).Count == 0 && l.Topic.Count == 0)
                                          || l.Topic.Contains(key) || (title is not null && l.Topic.Contains(title))
                                        : l.Named.Contains(key) || (title is not null && l.Named.Contains(title)))
                                    && (l.Kinds.Count == 0 || l.Kinds.Any(k => Family(k) == Family(c.Kind))))
                // "KBS 2TV has postponed the premiere of its Friday youth romance "Dear.M," which was due to debut this
                // Friday, Feb. 26": a sentence that moves a release and leaves a day behind releases nothing that day, however
                // else it names the day.
                || (HasPostponement(sentences[origins[i]]) && leftBehind.Any(l => l.Day == c.Date && l.Sentence == origins[i])))
            {
                found.RemoveAt(i);
                origins.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// «Тэмин снова переносит камбэк: «Guilty» выйдет 30 октября … Изначально альбом должен был выйти 16 октября, затем дату
    /// сдвинули на 23 октября»: a postponement sentence that retells the moves (it leaves a day behind before its own) names
    /// a day between, when an earlier sentence has already given the same release another day that nothing left behind.
    /// Same release means the same act, kind family and title (a pre-release single and the title single differ), and not
    /// an episode (each episode has its own day). What took that day from it in a later sentence with no day of its own
    /// («Вместе с альбомом выйдет клип») takes the current day instead.
    /// </summary>
    public static void DropRetoldMoves(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, List<LeftBehind> leftBehind)
    {
        for (var i = found.Count - 1; i >= 0 && leftBehind.Count > 0; i--)
        {
            var (c, si) = (found[i], origins[i]);
            if (c.Kind == ReleaseKind.Episode || !HasPostponement(sentences[si]) || !leftBehind.Any(l => l.Sentence == si && l.Day < c.Date))
            {
                continue;
            }
            DateOnly? current = null;
            for (var j = 0; j < found.Count && current is null; j++)
            {
                if (origins[j] < si && found[j].Date != c.Date && SameRelease(found[j], c) && SameTitle(found[j], c)
                    && !leftBehind.Any(l => l.Day == found[j].Date))
                {
                    current = found[j].Date;
                }
            }
            if (current is not { } day)
            {
                continue;
            }
            for (var k = found.Count - 1; k > i; k--)
            {
                if (origins[k] > si && found[k].Date == c.Date && Key(found[k]) == Key(c) && !sentences[origins[k]].Dates.Any(d => d.Form == DateForm.DayMonth))
                {
                    found[k] = found[k] with { Date = day };
                }
            }
            found.RemoveAt(i);
            origins.RemoveAt(i);
        }
    }

    /// <summary>
    /// "INFINITE was slated to release "Last Romeo" on April 21. Woollim has postponed the release.", «Сингл был назначен на
    /// 21 апреля. Агентство отложило релиз»: a release told as a past plan whose next sentence postpones or cancels it, with or
    /// without a new day, is that plan left behind. The next sentence must be about the same release: it names no other act
    /// or work, no event (a fan meeting, a tour), no kind of another family, no episode number, and does not deny the move
    /// ("it has not been postponed").
    /// </summary>
    public static void DropPlansCalledOffNext(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins,
        CompiledLanguage language, Func<int, HashSet<string>> named)
    {
        ILookup<int, string>? acts = null; // the acts of each sentence's releases before any is dropped, read when a plan is told
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var si = origins[i];
            var s = sentences[si];
            // The one release of the plan's sentence, or those of the acts that the next sentence names among several ("IVE
            // and ILLIT were both scheduled … ILLIT has postponed its comeback"; "The showcase was scheduled for May 23, a day
            // before the album on May 24. It has been cancelled." names none); a plan confirmed ("…, the agency confirmed") holds.
            if (si + 1 >= sentences.Count || HasPostponement(s)
                || s.Cues.Any(c => c.Cue.Type == CueType.Idiom || (c.Cue.Type == CueType.Announce && !AnnouncedBefore(s, c.First, language)))
                || !TellsAPastPlan(s, language))
            {
                continue;
            }
            acts ??= Enumerable.Range(0, found.Count).ToLookup(j => origins[j], j => Key(found[j]));
            var key = Key(found[i]);
            // One act, if with several works («Релиз альбома и клипа … был запланирован на 16 марта»).
            var alone = acts[si].Distinct().Count() == 1;
            // "… on May 24. Then the accident happened. Starship has postponed the release.": a sentence between that names
            // nothing, gives no day and tells no release does not part the plan from its move.
            var next = si + 1;
            if (!CallsOff(sentences[next], found[i].Kind, language, s, found[i].Date)
                && (next + 1 >= sentences.Count || !SaysNothingOfReleases(sentences[next])
                    || !CallsOff(sentences[++next], found[i].Kind, language, s, found[i].Date)))
            {
                continue;
            }
            var title = found[i].Title is null ? null : ExtractionCatalog.Key(found[i].Title!);
            var names = named(next);
            // "… were both set for the 21st. Neither will appear then.": "neither" or "none" calls off every one of them.
            var everyOne = sentences[next].FirstWord() is var first && first >= 0 && sentences[next].Is(first, language.NoneWords);
            if (alone ? names.All(n => n == key || n == title)
                : everyOne ? names.All(n => acts[si].Contains(n))
                : names.Contains(key) && names.All(n => acts[si].Contains(n)))
            {
                found.RemoveAt(i);
                origins.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "IVE's fan meeting has been postponed. The new date is Saturday, June 1.": a sentence that gives a new date and
    /// names no work of its own gives the day of what the sentence before moved — no release when that named only an event.
    /// </summary>
    public static void DropNewDatesOfEvents(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var si = origins[i];
            var s = sentences[si];
            if (si == 0 || !s.Cues.Any(c => c.Cue is { Type: CueType.Release, Value: Words.NewDate }) || s.Quotes.Count > 0
                || s.Cues.Any(c => c.Cue.Type == CueType.Kind && c.Cue.Kind != ReleaseKind.Other))
            {
                continue;
            }
            var before = sentences[si - 1];
            if (HasPostponement(before) && before.Cues.Any(c => c.Cue.Type == CueType.NotRelease)
                && !before.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Kind) && before.Quotes.Count == 0)
            {
                found.RemoveAt(i);
                origins.RemoveAt(i);
            }
        }
    }

    /// <summary>The sentence and day of every release read, before the days left behind are dropped.</summary>
    public static HashSet<(int Sentence, DateOnly Day)> DaysRead(List<ReleaseCandidate> found, List<int> origins) =>
        [.. found.Select((c, i) => (origins[i], c.Date))];

    /// <summary>
    /// «Ранее сообщалось, что альбом появится 8 сентября. Релиз станет доступен в 18:00 … вместе с клипом»: a dateless
    /// sentence's release has the day it carried from the dated sentence above it in its paragraph. When every release of
    /// that day there was dropped as left behind, the carried one was left behind with them; so was one whose only day is
    /// an anaphor of it («Клип появится одновременно с треком»), in its paragraph or, a paragraph or more below, of the last
    /// sentence that read that day ("… its music video will be released at the same time").
    /// </summary>
    public static void DropCarriedFromLeftDays(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins,
        HashSet<(int Sentence, DateOnly Day)> read)
    {
        var kept = DaysRead(found, origins);
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var si = origins[i];
            // «Клип … появится одновременно с треком»: a day said only as the same moment as another is carried too.
            if (!sentences[si].Dates.TrueForAll(d => d.Form == DateForm.Anaphoric))
            {
                continue;
            }
            var from = si - 1;
            while (from >= 0 && sentences[from].Dates.Count == 0 && sentences[from].Line == sentences[si].Line)
            {
                from--;
            }
            // "… its music video will be released at the same time" a paragraph below the day: the last sentence that read it.
            if ((from < 0 || sentences[from].Line != sentences[si].Line) && sentences[si].Dates.Count > 0)
            {
                from = si - 1;
                while (from >= 0 && !read.Contains((from, found[i].Date)))
                {
                    from--;
                }
            }
            if (from >= 0 && read.Contains((from, found[i].Date)) && !kept.Contains((from, found[i].Date)))
            {
                found.RemoveAt(i);
                origins.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "IVE's mini album "Switch" will arrive on June 6. It was previously reported that the album would drop on May 23.",
    /// «Ранее сообщалось, что релиз запланирован на 23 мая»: a release told in a sentence that retells an earlier report is
    /// the report's day, replaced when another sentence (no such retelling) gives the same release — act, kind family and
    /// title — another day. With no other day the report stands («Ранее сообщалось, что альбом выйдет 23 мая» alone).
    /// </summary>
    public static void DropSupersededReports(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, CompiledLanguage language,
        Func<int, HashSet<string>> named, Func<SentenceScan, DateMention, DateOnly?> dayOf)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (!RetellsAnEarlierReport(sentences[origins[i]], language))
            {
                continue;
            }
            var c = found[i];
            var current = found.FindIndex(o => o.Date != c.Date && SameRelease(o, c) && SameTitle(o, c));
            if (current >= 0 && RetellsAnEarlierReport(sentences[origins[current]], language))
            {
                continue;
            }
            if (current < 0 && !NewDayLater(origins[i]) && !ContrastedAfterItsDay(sentences[origins[i]], c.Date, language, dayOf))
            {
                continue;
            }
            if (current >= 0 && found[current].Date > c.Date)
            {
                found[current] = found[current] with { PostponedFrom = found[current].PostponedFrom ?? c.Date };
            }
            found.RemoveAt(i);
            origins.RemoveAt(i);

            // «Теперь агентство объявило новую дату — 6 июня»: a later sentence that gives a new day or moves one, naming
            // nothing but the report's act or title, and no event ("The fan showcase has since been moved to May 25").
            bool NewDayLater(int si)
            {
                for (var k = si + 1; k < sentences.Count; k++)
                {
                    var n = sentences[k];
                    if (n.Dates.Count > 0 && n.Cues.Any(q => q.Cue.Type == CueType.Postpone || q.Cue is { Type: CueType.Release, Value: Words.NewDate })
                        && !n.Cues.Any(q => q.Cue.Type == CueType.NotRelease) && NamesOnly(named(k), c))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /// <summary>
    /// "IVE will release "Switch" on May 23, Starship said. UPDATE: The release has been pushed back to June 6.", «…выйдет 23
    /// мая. UPD: релиз перенесён на 6 июня»: a later sentence that moves the same release to a new day — a move word and a
    /// day after "to"/«на» — leaves an earlier sentence's day for it behind, whatever that sentence's tense. The same
    /// release here is the same act, the same kind (a single and its music video differ; an album and an EP do not) and
    /// title, and never an episode (each has its own day). The moving sentence names nothing else (a release it links to
    /// the wrong act leaves the right one alone), and its day is no day an earlier sentence gave the release without a
    /// move (a film out in Korea on Feb. 28 and in the U.S. on March 7, whose history then tells of a move to March 7).
    /// Naming nothing, it owns no work of its own before its move ("the rookie group's debut single … has been pushed back").
    /// A move to a day already gone when the earlier day is still ahead is the release's history («премьеру перенесли на
    /// 31 января 2025 года», told after «выйдет в эту пятницу, 28 февраля»), not an update.
    /// </summary>
    public static void DropUpdatedPlans(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, CompiledLanguage language,
        Func<int, HashSet<string>> named, DateOnly publishedOn)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var (c, si) = (found[i], origins[i]);
            if (c.Kind == ReleaseKind.Episode || HasPostponement(sentences[si]))
            {
                continue;
            }
            var update = -1;
            for (var j = 0; j < found.Count && update < 0; j++)
            {
                update = origins[j] > si && found[j].Date != c.Date && Key(found[j]) == Key(c) && SameKind(found[j].Kind, c.Kind) && SameTitle(found[j], c)
                         && MovesToADay(sentences[origins[j]], language) ? j : -1;
            }
            if (update < 0 || !NamesOnly(named(origins[update]), c) || GivenBefore(update) || (found[update].Date < publishedOn && c.Date >= publishedOn)
                || (named(origins[update]).Count == 0 && OwnerBeforeTheMove(sentences[origins[update]])))
            {
                continue;
            }
            // "The release has been pushed back" names no kind: it is the earlier sentence's.
            found[update] = found[update] with
            {
                PostponedFrom = found[update].Date > c.Date ? found[update].PostponedFrom ?? c.Date : found[update].PostponedFrom,
                Kind = found[update].Kind == ReleaseKind.Other ? c.Kind : found[update].Kind,
                Title = found[update].Title ?? c.Title,
            };
            found.RemoveAt(i);
            origins.RemoveAt(i);
        }

        bool GivenBefore(int update)
        {
            for (var k = 0; k < found.Count; k++)
            {
                if (k != update && origins[k] < origins[update] && found[k].Date == found[update].Date && Key(found[k]) == Key(found[update])
                    && !HasPostponement(sentences[origins[k]]))
                {
                    return true;
                }
            }
            return false;
        }
    }

    // What a sentence names is the release's act or title alone.
    static bool NamesOnly(HashSet<string> names, ReleaseCandidate c)
    {
        var title = c.Title is null ? null : ExtractionCatalog.Key(c.Title);
        return names.All(n => n == Key(c) || n == title);
    }

    static bool OwnerBeforeTheMove(SentenceScan s)
    {
        var move = s.Cues.Find(c => c.Cue.Type == CueType.Postpone);
        for (var t = 0; t < move.First; t++)
        {
            if (s.IsPossessive(t))
            {
                return true;
            }
        }
        return false;
    }

    static bool SameKind(ReleaseKind a, ReleaseKind b) => a == b || (Family(a) == 1 && Family(b) == 1) || a == ReleaseKind.Other || b == ReleaseKind.Other;

    // A move word, and a day right after "to"/«на» later in the sentence.
    static bool MovesToADay(SentenceScan s, CompiledLanguage language)
    {
        var move = s.Cues.FindIndex(c => c.Cue.Type == CueType.Postpone);
        return move >= 0 && s.Dates.Exists(d => d.First > s.Cues[move].First && s.Is(d.First - 1, language.MoveToWords));
    }

    // An opening of EarlierReportOpenings, or a clause — the sentence or what follows its colon, before any day — that opens
    // with an earlier-word and a report or plan verb within EarlierVerbReach words after it.
    /// <summary>
    /// "… set the first broadcast for Jan. 18. That date has now been dropped as well.": a sentence that opens with "that
    /// date" and moves or cancels it, with no day of its own, leaves the day of the sentence before (when all its releases
    /// share one day) behind.
    /// </summary>
    public static void DropDatesCalledOffNext(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, CompiledLanguage language)
    {
        for (var k = 1; k < sentences.Count; k++)
        {
            var n = sentences[k];
            if (n.Dates.Count > 0 || !OpensAfterLeadIns(n, language.ThatDateOpenings, language.ThatDateLeadIns))
            {
                continue;
            }
            var before = Enumerable.Range(0, found.Count).Where(i => origins[i] == k - 1).ToList();
            // One day, and a sentence that calls that release off: no event ("That day's fan meeting has been canceled"),
            // no look back ("That date comes after two earlier delays"), not denied.
            if (before.Select(i => found[i].Date).Distinct().Count() != 1 || !CallsOff(n, found[before[0]].Kind, language))
            {
                continue;
            }
            for (var i = found.Count - 1; i >= 0; i--)
            {
                if (origins[i] == k - 1)
                {
                    found.RemoveAt(i);
                    origins.RemoveAt(i);
                }
            }
        }
    }

    // Whether the sentence's first words are one of the openings.
    static bool Opens(SentenceScan s, string[][] openings) => s.FirstWord() is var first && first >= 0 && s.PhraseAt(first, openings);

    // The same, after words that may lead in («Теперь и эта дата …», "Now that date, too, …").
    static bool OpensAfterLeadIns(SentenceScan s, string[][] openings, SpanMap<bool> leadIns)
    {
        var t = s.FirstWord();
        while (t >= 0 && t < s.Count && (s.Is(t, leadIns) || s.Tokens[t].Type == TokenType.Punct))
        {
            t++;
        }
        return t >= 0 && t < s.Count && s.PhraseAt(t, openings);
    }

    static bool RetellsAnEarlierReport(SentenceScan s, CompiledLanguage language)
    {
        var first = s.FirstWord();
        if (first < 0)
        {
            return false;
        }
        for (var t = first; t < s.Count && s.DateAt(t) is null; t++)
        {
            // Not "Earlier today, Starship announced …": news of the day.
            if ((t == first || s.IsPunct(t - 1, ':') || s.IsPunct(t - 1, ';')) && s.Is(t, language.EarlierWords) && s.CueAt(t + 1) is not { Cue.Type: CueType.RelativeDay }
                && ReportVerbAfter(s, t, language))
            {
                return true;
            }
        }
        // "pledis first said the single would drop on april 1st", «агентство сначала объявило»: before any day, an
        // earlier-word right before a verb of saying.
        for (var t = first; t + 1 < s.Count && s.DateAt(t) is null; t++)
        {
            if (s.Is(t, language.EarlierSayWords) && SayVerbAt(s, t + 1, language))
            {
                return true;
            }
        }
        return Opens(s, language.EarlierReportOpenings);
    }

    const int EarlierVerbReach = 4;

    // Words of a time phrase after "earlier" up to its comma: "this month", «в этом месяце».
    const int EarlierPhraseReach = 4;

    // «Ранее агентство объявляло, что песня выйдет 1 апреля, однако в итоге трек появился на день раньше»: a retold plan
    // whose sentence goes on, after its day, with a "but" and a release, a schedule or a move of its own, was not kept.
    static bool ContrastedAfterItsDay(SentenceScan s, DateOnly released, CompiledLanguage language, Func<SentenceScan, DateMention, DateOnly?> dayOf)
    {
        // The day the release was read from, not a new one told after the "but" ("…, but it now premieres on April 13").
        var day = s.Dates.Find(d => dayOf(s, d) == released)?.Last ?? -1;
        for (var t = day + 1; day >= 0 && t < s.Count; t++)
        {
            if (s.Is(t, language.ContrastWords))
            {
                return s.Cues.Exists(c => c.First > t && c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Postpone);
            }
            if (s.Is(t, language.NowWords) && s.Dates.Exists(d => d.First > t))
            {
                return true; // "… would drop on april 1st. now the sites list it for the 31st" run together as one
            }
        }
        return false;
    }

    // A verb of saying ("said", «объявило»), not of plans: "was originally scheduled to premiere on March 9, but it now
    // premieres tomorrow" tells its plan and its new day itself.
    static bool SayVerbAt(SentenceScan s, int t, CompiledLanguage language) => StemAt(s, t, language.Table.EarlierSayVerbs);

    static bool ReportVerbAfter(SentenceScan s, int earlier, CompiledLanguage language)
    {
        if (ReportVerbWithin(s, earlier, EarlierVerbReach, language))
        {
            return true;
        }
        // "Earlier this month, a sports daily had reported …": a time phrase closed by a comma, then a subject of its own.
        for (var t = earlier + 1; t < s.Count && t <= earlier + EarlierPhraseReach; t++)
        {
            if (s.IsPunct(t, ','))
            {
                return ReportVerbWithin(s, t, EarlierVerbReach + 1, language);
            }
        }
        return false;
    }

    static bool ReportVerbWithin(SentenceScan s, int from, int reach, CompiledLanguage language)
    {
        for (var t = from + 1; t < s.Count && t <= from + reach; t++)
        {
            if (StemAt(s, t, language.Table.EarlierReportVerbs))
            {
                return true;
            }
        }
        return false;
    }

    // Whether the word at t begins with one of the stems ("объявл" for «объявляло», «объявлял»).
    static bool StemAt(SentenceScan s, int t, IReadOnlyList<string> stems)
    {
        if (!s.IsWord(t))
        {
            return false;
        }
        var word = s.Word(t);
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem))
            {
                return true;
            }
        }
        return false;
    }

    // "had announced", "had said": a report of a plan made before the past the article tells (an announcement cue at t).
    static bool AnnouncedBefore(SentenceScan s, int t, CompiledLanguage language) => s.Is(t - 1, language.PluperfectAuxiliaries);

    // "was slated", "were going to", "planned to", «был назначен», «планировалась»; not a comparison («позже, чем планировалось»).
    static bool TellsAPastPlan(SentenceScan s, CompiledLanguage language)
    {
        for (var t = 0; t < s.Count; t++)
        {
            if (s.IsWord(t - 1) && s.Word(t - 1) is "чем" or "than")
            {
                continue;
            }
            var auxiliary = s.Is(t - 1, language.PlanAdverbs) ? t - 2 : t - 1;
            // "SBS had announced that its drama would begin on June 16": what had been announced before is a plan that was.
            if ((s.Is(t, language.PlanParticiples) && s.Is(auxiliary, language.PastAuxiliaries))
                || (s.CueAt(t) is { Cue.Type: CueType.Announce } announced && announced.First == t && AnnouncedBefore(s, t, language))
                || (s.Is(t, language.PastPlanVerbs) && (language.Table.Language == Language.Ru || (s.IsWord(t + 1) && s.Word(t + 1) is "to")))
                // "EXO's mini album "Overdose" was to go on sale": a past "to be to", a plan (not "had to", a need).
                || (s.Is(t, language.InfinitiveMarkers) && s.Is(t - 1, language.PastAuxiliaries) && !s.Is(t - 1, language.PluperfectAuxiliaries)
                    && s.IsWord(t + 1)))
            {
                return true;
            }
        }
        return false;
    }

    // Not a sentence that looks back ("It was postponed from May 10", «Ранее релиз уже откладывали»), moves a part (the
    // time, "pushed back by an hour to 7 p.m.", the Japanese version, a member's activities) or denies or fears the move.
    // What a clause joined after the move says is another matter ("the release has been postponed and that the TV special
    // will not go ahead").
    // plan: the sentence of the plan, when known; an episode it names may be numbered after it ("was set to broadcast its
    // seventh episode tonight. … will instead air episodes 7 and 8 … on Thursday").
    static bool CallsOff(SentenceScan n, ReleaseKind kind, CompiledLanguage language, SentenceScan? plan = null, DateOnly? planDay = null)
    {
        if (NotThen(n, language) || NowAMonth(n, language))
        {
            return true;
        }
        var move = n.Cues.FindIndex(c => c.Cue.Type is CueType.Postpone or CueType.Cancel);
        var at = move >= 0 ? n.Cues[move].First : Replaces(n, language);
        var joined = at < 0 ? -1 : n.Cues.FindIndex(c => c.First > at && c.Cue is { Type: CueType.ClauseBreak, Value: not Words.RelativeClause });
        return at >= 0
               && !NotThisPlanWordOutsideTimes(n, language, joined < 0 ? n.Count : n.Cues[joined].First)
               // A move of the hour ("pushed back by an hour to 7 p.m.") keeps the day; a new day's own hour does not.
               && (n.Times.Count == 0 || (move < 0 && (NewDayBeforeItsTime(n) || AnotherCalendarDay(n, planDay))))
               && !n.Dates.Any(d => d.Form == DateForm.DayMonth && n.Is(d.First - 1, language.LookBackWords))
               && !ReleaseSignals.Negated(n, at, n.Clause[at], language)
               // "…on March 14 and 15, with specials about the making of the drama filling this week's airtime": an event after
               // the move's new day fills the slot; it is not what moved.
               && !n.Cues.Any(c => (c.Cue.Type == CueType.NotRelease && !DayBetween(n, at, c.First))
                                   || (c.Cue.Type == CueType.Kind && c.Cue.Kind != ReleaseKind.Other && Family(c.Cue.Kind) != Family(kind))
                                   || (c.Cue is { Type: CueType.Kind, Kind: ReleaseKind.Episode } && n.TryNumber(c.End, 1, 999, out var number)
                                       && !PlanNamesEpisode(plan, number)));
    }

    static bool DayBetween(SentenceScan s, int from, int to)
    {
        foreach (var d in s.Dates)
        {
            if (d.First > from && d.Last < to)
            {
                return true;
            }
        }
        return false;
    }

    // The plan names an episode and, if it numbers its episodes, this one among them ("its seventh episode" numbers none).
    static bool PlanNamesEpisode(SentenceScan? plan, int number)
    {
        if (plan is null)
        {
            return false;
        }
        var (named, numbered) = (false, false);
        foreach (var c in plan.Cues)
        {
            if (c.Cue is { Type: CueType.Kind, Kind: ReleaseKind.Episode })
            {
                named = true;
                if (plan.TryNumber(c.End, 1, 999, out var n))
                {
                    numbered = true;
                    if (n == number)
                    {
                        return true;
                    }
                }
            }
        }
        return named && !numbered;
    }

    // "Neither will appear then", "It will not come out then", «Тогда альбом не выйдет»: a sentence with no day of its own that
    // negates and points back with "then" says the day before will not hold (not "Then it came out", "not only then").
    static bool NotThen(SentenceScan n, CompiledLanguage language)
    {
        if (n.Dates.Count > 0 || n.Cues.Exists(c => c.Cue.Type is CueType.NotRelease or CueType.Idiom))
        {
            return false;
        }
        var (negated, then) = (false, false);
        for (var t = 0; t < n.Count; t++)
        {
            negated |= (ReleaseSignals.NegationAt(n, t, language) && !n.Is(t + 1, language.NegationExceptions))
                       || (t == n.FirstWord() && n.Is(t, language.NoneWords));
            then |= n.Is(t, language.AtThatTimeWords);
        }
        return negated && then;
    }

    // "… was set to release the digital single "One More." Its agency is now aiming for the middle of May.", «Теперь релиз
    // ждут в мае»: a sentence with no day that says "now" and names a month puts the plan before it off to that month.
    static bool NowAMonth(SentenceScan n, CompiledLanguage language) =>
        n.Dates.Count == 0 && n.Has(language.NowWords) && !n.Cues.Exists(c => c.Cue.Type is CueType.NotRelease or CueType.Idiom)
        && CueQueries.HasMonthWord(n, language);

    // "the time", «времени» say a move of the hour, not the zone of a time given («в 18:00 по корейскому времени»).
    static bool NotThisPlanWordOutsideTimes(SentenceScan n, CompiledLanguage language, int to)
    {
        for (var t = n.LeadingReasonEnd; t < Math.Min(to, n.Count); t++)
        {
            if (n.Is(t, language.NotThisPlanWords) && !ReleaseSignals.InTime(n, t))
            {
                return true;
            }
        }
        return false;
    }

    // «Теперь релиз состоится 2 марта в 18:00»: a calendar day said before the time.
    static bool NewDayBeforeItsTime(SentenceScan n)
    {
        foreach (var d in n.Dates)
        {
            if (d.Form == DateForm.DayMonth && d.Last < n.Times[0].First)
            {
                return true;
            }
        }
        return false;
    }

    // «Теперь запись и видео появятся в полночь 17 марта» after a plan for midnight on March 16: a calendar day other than
    // the plan's, wherever its time stands ("pushed back by an hour to 7 p.m. on March 16" keeps the plan's day).
    static bool AnotherCalendarDay(SentenceScan n, DateOnly? planDay)
    {
        if (planDay is not { } day)
        {
            return false;
        }
        foreach (var d in n.Dates)
        {
            if (d.Form == DateForm.DayMonth && (d.Day != day.Day || d.Month != day.Month))
            {
                return true;
            }
        }
        return false;
    }

    static bool SaysNothingOfReleases(SentenceScan s) =>
        s.Dates.Count == 0 && s.Times.Count == 0 && s.Names.Count == 0 && s.Quotes.Count == 0
        && !s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Kind or CueType.Postpone or CueType.Cancel or CueType.NotRelease);

    // "It will now arrive on June 3", "The album will instead come out in June", «Теперь альбом выйдет 3 июня»: a next sentence
    // that gives the plan's release another day (or "a later date", "a new date") replaces it. Where it does, or -1.
    static int Replaces(SentenceScan n, CompiledLanguage language)
    {
        var newDate = n.Cues.FindIndex(c => c.Cue is { Type: CueType.Release, Value: Words.NewDate });
        if (newDate >= 0)
        {
            return n.Cues[newDate].First;
        }
        var future = n.Cues.FindIndex(c => c.Cue is { Type: CueType.Release or CueType.Schedule or CueType.Tense, Tense: Tense.Future });
        // "tvN now says the first episode goes out Wednesday, March 21": with "now" (not "instead"), a present verb of
        // release says it too.
        var verb = future >= 0 ? future : n.Cues.FindIndex(c => c.Cue is { Type: CueType.Release or CueType.Schedule, Tense: Tense.Present });
        if (verb < 0 || n.Dates.Count == 0)
        {
            return -1;
        }
        for (var t = 0; t < n.Count; t++)
        {
            if (n.Is(t, language.NowWords) || (future >= 0 && n.Is(t, language.InsteadWords)))
            {
                return n.Cues[verb].First;
            }
        }
        return -1;
    }

    /// <summary>
    /// "RIIZE will release the single "Boom Boom Bass" on June 17. It was set for June 10.", «Сингл выйдет 17 июня. Релиз был
    /// назначен на 10 июня.»: a plan told in the past ("was set for", «был назначен на») in a sentence of its own, when
    /// another sentence gives the same release — act, kind, title — another day not told as a plan, is the day left
    /// behind. A sentence that moves or calls off the release is read by the stages before; episodes have a day each.
    /// </summary>
    public static void DropPastPlansSuperseded(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, CompiledLanguage language,
        Func<SentenceScan, DateMention, DateOnly?> dayOf)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var (c, si) = (found[i], origins[i]);
            if (c.Kind == ReleaseKind.Episode || HasPostponement(sentences[si]) || !PlannedInThePast(si, c.Date))
            {
                continue;
            }
            var current = -1;
            for (var j = 0; j < found.Count && current < 0; j++)
            {
                current = j != i && origins[j] != si && found[j].Date != c.Date && found[j].Kind != ReleaseKind.Episode && Key(found[j]) == Key(c)
                          && (SameKind(found[j].Kind, c.Kind) ? SameTitle(found[j], c) : SameScreenWork(found[j], c))
                          && !PlannedInThePast(origins[j], found[j].Date) ? j : -1;
            }
            if (current < 0)
            {
                continue;
            }
            if (found[current].Date > c.Date)
            {
                found[current] = found[current] with { PostponedFrom = found[current].PostponedFrom ?? c.Date };
            }
            found.RemoveAt(i);
            origins.RemoveAt(i);
        }

        bool PlannedInThePast(int si, DateOnly day)
        {
            var s = sentences[si];
            foreach (var d in s.Dates)
            {
                if (ReleaseSignals.PlannedInThePast(s, d, language) && dayOf(s, d) == day)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// "Sistar … has shelved the launch … Hip-hop duo Untouchable, whose second album was also due Thursday, said it would
    /// decide on timing": a plan told in the past with "also" (<see cref="ReleaseSignals.AlsoPlannedInThePast"/>) shares
    /// the fate of the releases the sentences just before put off or call off with no new day, when its own sentence moves
    /// nothing and gives no other day.
    /// </summary>
    public static void DropSharedFate(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, CompiledLanguage language,
        Func<SentenceScan, DateMention, DateOnly?> dayOf)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var (day, si) = (found[i].Date, origins[i]);
            var s = sentences[si];
            if (HasPostponement(s) || s.Dates.Count != 1 || !ReleaseSignals.AlsoPlannedInThePast(s, s.Dates[0], language) || dayOf(s, s.Dates[0]) != day)
            {
                continue;
            }
            var calledOff = false;
            for (var p = si - 1; p >= Math.Max(0, si - SharedFateReach) && !calledOff; p--)
            {
                calledOff = HasPostponement(sentences[p]) && !MovesToADay(sentences[p], language);
            }
            if (calledOff)
            {
                found.RemoveAt(i);
                origins.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// «Чт, 02.05 — ZEROBASEONE, «You had me at HELLO» — ❌ перенесли! Новая дата — 13 мая (пн).», "Thu 5/2 — ZEROBASEONE —
    /// postponed! New date: May 13": a calendar line that ends on a bare move word leaves its day when the next sentence
    /// opens with "new date" and gives one; that day is the line's release's (its act, kind and title), moved from the line's.
    /// </summary>
    public static void DropListedThenNewDate(IReadOnlyList<SentenceScan> sentences, List<ReleaseCandidate> found, List<int> origins, CompiledLanguage language,
        Func<SentenceScan, DateMention, DateOnly?> dayOf)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var si = origins[i];
            if (si + 1 >= sentences.Count || !EndsOnAMove(sentences[si]) || NewDateOpening(sentences[si + 1]) is not { } newDay)
            {
                continue;
            }
            var s = sentences[si];
            var line = s.Dates.FindLast(d => dayOf(s, d) == found[i].Date && ReleaseSignals.ListingMarks(s, d, language) is not null);
            // The line's own day: the last listed before the move word, not a day the line gives after it.
            if (line is null || s.Cues.FindLast(c => c.Cue.Type == CueType.Postpone).First < line.Last
                || s.Dates.Exists(d => d.First > line.Last))
            {
                continue;
            }
            var n = sentences[si + 1];
            var day = dayOf(n, newDay);
            var c = found[i];
            for (var j = 0; j < found.Count; j++)
            {
                if (origins[j] == si + 1 && found[j].Date == day)
                {
                    found[j] = found[j] with { Subject = c.Subject, ResolvedSubjectSlug = c.ResolvedSubjectSlug, Title = c.Title, Kind = c.Kind, PostponedFrom = c.Date };
                }
            }
            found.RemoveAt(i);
            origins.RemoveAt(i);
        }
    }

    // The sentence's last word is a move's («— ❌ перенесли!»).
    static bool EndsOnAMove(SentenceScan s)
    {
        var last = s.Count - 1;
        while (last >= 0 && !s.IsWord(last))
        {
            last--;
        }
        return last >= 0 && s.CueAt(last) is { Cue.Type: CueType.Postpone } move && move.End == last + 1;
    }

    // «Новая дата — 13 мая (пн)», "New date: May 13": the one day of a sentence that opens with "new date", or null.
    static DateMention? NewDateOpening(SentenceScan n) =>
        n.FirstWord() is >= 0 and var first && n.CueAt(first) is { Cue: { Type: CueType.Release, Value: Words.NewDate } } && n.Dates.Count == 1
            ? n.Dates[0] : null;

    // Sentences back to the release whose fate an "also" shares: the one before, or one more after a quote of it.
    const int SharedFateReach = 2;

    // «Боевик «Контрабандисты» выйдет в прокат 26 июля … Ранее премьера была назначена на 2 августа»: one titled work read
    // once as a film and once, from «премьера» alone, as a show.
    static bool SameScreenWork(ReleaseCandidate a, ReleaseCandidate b) =>
        a.Kind is ReleaseKind.Film or ReleaseKind.Drama && b.Kind is ReleaseKind.Film or ReleaseKind.Drama
        && a.Title is not null && b.Title is not null && ExtractionCatalog.Key(a.Title) == ExtractionCatalog.Key(b.Title);

    static bool SameTitle(ReleaseCandidate a, ReleaseCandidate b) =>
        a.Title is null || b.Title is null || ExtractionCatalog.Key(a.Title) == ExtractionCatalog.Key(b.Title);

    static string Key(ReleaseCandidate c) => c.ResolvedSubjectSlug ?? ExtractionCatalog.Key(c.Subject);

    // "The release was called off, and TWICE will now release the album on June 20" leaves the day before behind too.
    internal static bool HasPostponement(SentenceScan s) => s.Cues.Any(c => c.Cue.Type is CueType.Postpone or CueType.Cancel);

    // "\"Remember\" will now be released on Friday, Oct. 17", «Теперь фильм выйдет 4 июля»: the plan that replaced one told
    // before, its move told in another sentence ("has postponed the release by two days").
    static bool NewPlan(SentenceScan s, CompiledLanguage language) =>
        s.Has(language.NowWords) && s.Cues.Any(c => c.Cue is { Type: CueType.Release or CueType.Schedule or CueType.Tense, Tense: Tense.Future });

    static bool IsPast(SentenceScan s) =>
        s.Cues.Any(c => c.Cue.Tense == Tense.Past && c.Cue.Type is CueType.Tense or CueType.Release or CueType.Schedule);

    static bool SameRelease(ReleaseCandidate a, ReleaseCandidate b) =>
        Family(a.Kind) == Family(b.Kind)
        && Key(a) == Key(b);

    static int Family(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Album or ReleaseKind.Ep => 1,
        ReleaseKind.Single or ReleaseKind.Mv or ReleaseKind.Ost => 2,
        ReleaseKind.Drama or ReleaseKind.Episode => 3,
        _ => 4,
    };
}
