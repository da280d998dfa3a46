using ReleaseCalendar.Extraction.Languages;
using static ReleaseCalendar.Extraction.Sentences.CueQueries;

namespace ReleaseCalendar.Extraction.Filtering;

/// <summary>
/// Whether a date in its clause is a release at all: range ends, moved-from dates, vetoes by an event word closer
/// than any release word, and the day news was told are not.
/// </summary>
internal static class ReleaseSignals
{
    // "originally set to debut on December 14", «изначально премьера фильма «X» была назначена на 29 декабря»: the
    // tokens from a "moved from" word to the date it abandons.
    const int MovedFromLookBack = 10;
    // "On August 12, SM Entertainment confirmed": tokens from a date to the reporting verb it belongs to.
    const int AnnounceReach = 6;

    public static bool IsRangeEnd(SentenceScan s, DateMention date) =>
        date.Link == DateLink.Range && date.Previous is not null && !HasCue(s, s.Clause[date.First], CueType.Postpone);

    // «Праздник Чхусок в этом году длится с 18 по 20 сентября»: tokens from a holiday word to the day it spans.
    const int HolidayReach = 8;

    /// <summary>
    /// «длинные праздники Чхусок (3–5 октября)», «Праздник Чхусок в этом году длится с 18 по 20 сентября, и «Физиогномист»
    /// выходит …», "the Lunar New Year holiday that starts Feb. 4": a holiday's span of days, or a day told by its own verb
    /// or a relative clause, is the holiday's, not a release's. A title, a kind or an act between ends the holiday's reach.
    /// </summary>
    public static bool IsHolidaysDay(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        for (var h = date.First - 1; h >= 0 && h >= date.First - HolidayReach; h--)
        {
            // A verb after the holiday is the holiday's («которые начинаются»); a title, a kind or an act is a release's.
            if (s.QuoteOf[h] >= 0 || s.ActAt(h) || s.CueCovers(h, CueType.Kind))
            {
                return false;
            }
            if (!s.Is(h, language.HolidayWords) && !s.PhraseEndsAt(h, language.HolidayPhrases))
            {
                continue;
            }
            // The holiday's span of days («праздники Чхусок (3–5 октября)»), or a day its own verb or a relative clause tells;
            // not "airs on the Chuseok holiday, Sept. 24" nor «выйдет в праздник Чхусок 24 сентября».
            return StartsARange(s, date)
                   || Enumerable.Range(h + 1, date.First - h - 1).Any(t => s.Is(t, language.HolidayVerbs)
                       || s.Cues.Exists(c => c.First == t && c.Cue is { Type: CueType.ClauseBreak, Value: Words.RelativeClause }));
        }
        return false;
    }

    // «было: 21 февраля»: a day after a label of what was and a colon or dash; «выйдет 1 июня (было 25 мая)», «(ранее — 5
    // мая)», "(originally May 5)": or in brackets after it or an "earlier" word (not «выйдет на день раньше — 10 августа»,
    // where «раньше» tells the new day).
    static bool LabelledFormerDay(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var t = date.First - 1;
        var marked = s.IsPunct(t, ':') || s.IsDash(t);
        if (marked)
        {
            t--;
        }
        return (marked && s.Is(t, language.WasLabels))
               || ((s.Is(t, language.WasLabels) || s.Is(t, language.EarlierWords)) && s.IsPunct(t - 1, '('));
    }

    /// <summary>
    /// «Неделя 11–17 февраля: дебют ITZY …», "Week of June 3–9": the first day of a week's span frames the releases told
    /// under it; it is none of theirs.
    /// </summary>
    public static bool IsWeekSpanStart(SentenceScan s, DateMention date, CompiledLanguage language) =>
        StartsARange(s, date) && s.PhraseEndsAt(date.First - 1, language.WeekPhrases);

    // "3–5 октября", "June 3–9": the day another day of the sentence ends a range from.
    static bool StartsARange(SentenceScan s, DateMention date) => s.Dates.Exists(d => d.Previous == date && d.Link == DateLink.Range);

    /// <summary>
    /// A day the release has left: one of a list that was the plan, the first day of a move ("с 5 на 12 июня"), a day
    /// after a moved-from word ("originally June 5"), a day moved to and moved again, a planned day postponed or called
    /// off, or the "from" day of a postponement.
    /// </summary>
    public static bool IsMovedFrom(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        // "which were to air on Dec. 30 and 31", «были запланированы на 1 и 2 августа, теперь их покажут 8 и 9 августа»: a
        // list is one plan, left behind when any of its days is (a rule that reads the plan's words may reach only one).
        var member = date;
        while (member is { Link: DateLink.List, Previous: { } listed })
        {
            member = listed;
        }
        for (; member is not null; member = NextListed(s, member))
        {
            // "Aug. 13 and 14, back to Aug. 20 and 21", "Aug. 13-14 back to …": the head left with its tail.
            if (TailMovedByLink(s, member) || MovedFromItself(s, member, language))
            {
                return true;
            }
        }
        return false;
    }

    // The day listed right after another ("1 и 2 августа"), if any.
    static DateMention? NextListed(SentenceScan s, DateMention date)
    {
        foreach (var n in s.Dates)
        {
            if (n.Previous == date && n.Link == DateLink.List)
            {
                return n;
            }
        }
        return null;
    }

    static bool MovedFromItself(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var clause = s.Clause[date.First];
        var postponed = HasCue(s, clause, CueType.Postpone);
        return MovedOrPostponedRange(s, date, postponed, language)
               || AfterMovedFromWord(s, date, clause, language)
               || BeforeAPlanVerb(s, date, clause, language)
               || DayAPlanNamed(s, date, language)
               || (postponed && Superseded(s, date, language))
               || PlannedThenPostponed(s, date, clause, language)
               || PastPlanPutOffAfter(s, date, language)
               || PluperfectDate(s, date, language)
               || Canceled(s, date, clause, language)
               || (postponed && FromWithNoNewDay(s, date, clause, language))
               || FromRightAfterAMove(s, date, language)
               || s.Is(date.First - 1, language.FormerlyWords) // "June 6 (previously May 23)"
               || LabelledFormerDay(s, date, language) // «было: 21 февраля», «(было 25 мая)», «(ранее — 5 мая)», "(originally May 5)"
               || (s.Is(date.First - 1, language.WasLabels) && s.Dates.Exists(d => d.First > date.Last && s.Is(d.First - 1, language.NowLabels))) // «было 5 мая, стало 12 мая»
               || ArrowToAnotherDay(s, date)
               || ListedThenMoved(s, date, language)
               || NamedAsADate(s, date, language)
               || DayOfAMovedRelease(s, date, language)
               || PastPlanOfThePostponed(s, date, clause, language)
               || PastPlanNotKept(s, date, clause, language)
               || PastPlanBesideANewDay(s, date, clause, language)
               || PlanThenNewDay(s, date, clause, language)
               || PlanGrantedAfterTheRelease(s, date, clause, language)
               || FilledInstead(s, date, language)
               || RetoldPlan(s, date, language)
               || Retracted(s, date, language)
               || ThenAnotherPlan(s, date, language)
               || MovedAgain(s, date, language)
               || NotThisTime(s, date, clause, language)
               || NoLonger(s, date, clause, language)
               || NoShowThatDay(s, date)
               || PlanAsItWasAfterAMove(s, date)
               || PlannedDayOfAMovedRelease(s, date, language)
               || PlanAsideBeforeANewDay(s, date, language)
               || TradedForAnother(s, date, language)
               || FormerPlansDay(s, date, language)
               || DayOfWhatIsReplaced(s, date, language);
    }

    // "JTBC's "King the Land" trades its June 10 premiere for June 17", «канал поменял 10 июня на 17 июня»: the day given up,
    // right after the verb (its determiner between), for another day after "for" (a noun or two of its own between).
    static bool TradedForAnother(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var verb = date.First - 1;
        while (verb >= 0 && (s.Is(verb, language.Determiners) || s.Is(verb, language.PossessiveDeterminers)))
        {
            verb--;
        }
        if (!s.Is(verb, language.TradeVerbs))
        {
            return false;
        }
        var t = date.Last + 1;
        for (var words = 0; words < TradedNounWords && s.IsWord(t) && !s.Is(t, language.TradeForWords); words++)
        {
            t++;
        }
        // DateAt, not a lambda over the dates: this is asked for every day read, and a closure over t costs an object a call.
        return s.Is(t, language.TradeForWords) && s.DateAt(t + 1) is { } traded && traded.First == t + 1;
    }

    // "its June 10 premiere date for": the nouns of the day traded.
    const int TradedNounWords = 2;

    // "Episode 3, which had been scheduled for Dec. 30, and episode 4, planned for Sunday, Dec. 31, will now air on Jan. 6
    // and Jan. 7": an aside that a comma (or a relative pronoun) opens with a participle of plans names the plan's day when
    // the sentence goes on to "now" or a move, and another day ("The album, scheduled for May 5, will feature
    // ten songs" keeps its day).
    static bool PlanAsideBeforeANewDay(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var t = date.First - 1;
        while (t >= 0 && (IsWeekdayLabel(s, t, language) || s.IsPunct(t, ',')))
        {
            t--;
        }
        // ", planned for May 5,", ", whose release was set for May 5,", ", slated to open April 27,": a comma's aside or a
        // relative clause.
        var participle = (s.Is(t, language.DatePrepositions) || s.Is(t, language.PlanAsidePrepositions)) && s.Is(t - 1, language.PlanAsideParticiples)
            ? t - 1
            : PlannedVerbBefore(s, t, language);
        if (participle < 0 || !(s.IsPunct(participle - 1, ',') || s.RelativeClauses.Contains(s.Clause[participle])))
        {
            return false;
        }
        // "now" or a move before the other day ("has been pushed back a week to May 12").
        var turned = false;
        for (var k = date.Last + 1; k < s.Count; k++)
        {
            turned |= s.Is(k, language.NowWords) || s.CueAt(k) is { Cue.Type: CueType.Postpone };
            if (turned && s.DateAt(k) is { } other && other != date)
            {
                return true;
            }
        }
        return false;
    }

    // "slated to open (on)", "set to be released on": a plan's participle and the verb it plans, ending at t; the
    // participle's token, or -1.
    static int PlannedVerbBefore(SentenceScan s, int t, CompiledLanguage language)
    {
        if (s.Is(t, language.DatePrepositions))
        {
            t--;
        }
        if (s.CueAt(t) is not { Cue.Type: CueType.Release or CueType.Schedule } verb || verb.End != t + 1)
        {
            return -1;
        }
        t = verb.First - 1;
        if (s.Is(t, language.InfinitiveBe))
        {
            t--;
        }
        return s.Is(t, language.InfinitiveMarkers) && s.Is(t - 1, language.PlanAsideParticiples) ? t - 1 : -1;
    }

    // «показ мелодрамы с Су Э и Ким Рэ Воном был назначен на 26 сентября»: a name of several words counts as one.
    static bool InsideAName(SentenceScan s, int t)
    {
        foreach (var n in s.Names)
        {
            if (t > n.First && t < n.End)
            {
                return true;
            }
        }
        return false;
    }

    // "Release date change: May 5 → May 12", «5 мая → 12 мая»: the day an arrow leads away from.
    static bool ArrowToAnotherDay(SentenceScan s, DateMention date)
    {
        var t = date.Last + 1;
        if (t < s.Count && s.Tokens[t].Type == TokenType.Punct && s.Text[s.Tokens[t].Start] is '-' or '=' && s.IsPunct(t + 1, '>'))
        {
            t++; // "->", "=>"
        }
        else if (t >= s.Count || s.Tokens[t].Type != TokenType.Punct || s.Text[s.Tokens[t].Start] is not ('→' or '⇒' or '➡' or '⟶' or '➔'))
        {
            return false;
        }
        t++;
        while (t < s.Count && s.Tokens[t].Type == TokenType.Punct && !s.Consumed[t])
        {
            t++; // an emoji's variation selector
        }
        return s.Dates.Exists(d => d.First == t);
    }

    // "SM pulled his third mini album hours before its planned Oct. 31 release": "its planned" right before a day, in a
    // sentence that moves or pulls the release, is the day left ("ahead of its planned Oct. 31 release" alone is the release).
    static bool PlannedDayOfAMovedRelease(SentenceScan s, DateMention date, CompiledLanguage language) =>
        date.First >= 2 && s.Is(date.First - 1, language.PlanParticiples) && s.Is(date.First - 2, language.ItsWords)
        && PostponedOrCanceledBy(s, date.First);

    // «Прокатчик сдвинул премьеру на неделю раньше: в феврале называли 23 апреля»: a day a plan told as it was gives (its verb
    // the last before the day), after a move in the sentence, is the day the move left («…и она вышла 23 апреля» is not).
    static bool PlanAsItWasAfterAMove(SentenceScan s, DateMention date)
    {
        for (var i = s.Cues.Count - 1; i >= 0; i--)
        {
            var c = s.Cues[i];
            if (c.End > date.First || c.Cue.Type is not (CueType.Release or CueType.Schedule or CueType.Postpone or CueType.Cancel))
            {
                continue;
            }
            return c.Cue is { Type: CueType.Schedule, Value: Words.PlanAsItWas } && PostponedOrCanceledBy(s, c.First);
        }
        return false;
    }

    // "NO #TheKingEternalMonarch tomorrow (fri 29)": "no", a name (a hashtag's too) and its day right after it — none that
    // day (not "No. 1").
    static bool NoShowThatDay(SentenceScan s, DateMention date) =>
        s.Names.Exists(n => n.Slug is not null && n.End == date.First
                            && (n.First - (s.IsPunct(n.First - 1, '#') ? 2 : 1)) is var no && no >= 0 && s.IsWord(no) && s.Word(no) is "no")
        || NoTitleThatDay(s, date);

    // "No 'Beethoven Virus' tonight": a quoted title between "no" and its day.
    static bool NoTitleThatDay(SentenceScan s, DateMention date)
    {
        var t = date.First - 1;
        if (t >= 0 && s.Tokens[t].Type == TokenType.Punct && s.QuoteOf[t] < 0)
        {
            t--; // the closing mark
        }
        if (t < 0 || s.QuoteOf[t] < 0)
        {
            return false;
        }
        var quote = s.QuoteOf[t];
        while (t >= 0 && s.QuoteOf[t] == quote)
        {
            t--;
        }
        if (t >= 0 && s.Tokens[t].Type == TokenType.Punct)
        {
            t--; // the opening mark
        }
        return t >= 0 && s.IsWord(t) && s.Word(t) is "no";
    }

    // "THE RENAISSANCE is not coming on february 16 anymore": a day with "anymore" right after it, and a negation before it
    // in its clause, is a day that no longer holds.
    // "now set for March 21, no longer March 14", "will no longer premiere on March 25": right after "no longer" (its
    // preposition between at most) too.
    static bool NoLonger(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        var before = date.First - 1;
        while (before >= 0 && s.Is(before, language.DatePrepositions))
        {
            before--;
        }
        if (s.PhraseEndsAt(before, language.NoLongerPhrases))
        {
            return true;
        }
        // "is no longer coming on March 7", «больше не выйдет 7 марта»: one word between, its verb.
        if (before >= 1 && s.IsWord(before) && s.PhraseEndsAt(before - 1, language.NoLongerPhrases))
        {
            return true;
        }
        if (s.PhraseLengthAt(date.Last + 1, language.AnymorePhrases) == 0)
        {
            return false;
        }
        for (var t = date.First - 1; t >= 0 && s.Clause[t] == clause; t--)
        {
            if (NegationAt(s, t, language))
            {
                return true;
            }
        }
        return false;
    }

    // «… в субботу выходят сразу по две серии, но в этот раз эфир займут трансляции церемоний», "…usually air on Saturday,
    // but this time the awards take the slot": a contrast that says "this time" and names no day or title of its own
    // leaves the usual day behind (not "…, but this time it airs on Sunday", which gives the day).
    static bool NotThisTime(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        for (var t = date.Last + 1; t < s.Count; t++)
        {
            if (s.Clause[t] == clause)
            {
                continue;
            }
            var phrase = s.Is(t, language.ContrastWords) ? s.PhraseLengthAt(t + 1, language.ThisTimePhrases) : 0;
            if (phrase == 0)
            {
                return false;
            }
            // Past the phrase ("на этой неделе" is a span of days itself), no day or title of the contrast's own.
            var contrast = s.Clause[t];
            for (var u = t + 1 + phrase; u < s.Count && s.Clause[u] == contrast; u++)
            {
                if (s.QuoteOf[u] >= 0 || s.DateAt(u) is not null)
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    // «американскую премьеру перенесли на 18 апреля, а в конце декабря — на март», "pushed to April 18, then in December
    // to March": a day moved to, then a later "to" a day or a month in the sentence with nothing else named between (not
    // «альбом перенесли на 18 апреля, а клип — на 19-е», a video's own move), was moved again.
    static bool MovedAgain(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (MoveTo(s, date, language) is null)
        {
            return false;
        }
        for (var t = date.Last + 1; t + 1 < s.Count; t++)
        {
            if (s.DateAt(t) is { } moved && moved != date && t == moved.First && s.Is(t, language.MoveToWords))
            {
                return true; // «…, а в последний момент сдвинули на среду»: the weekday's «на» is read with it
            }
            if (s.QuoteOf[t] >= 0 || s.NameStartsAt(t) || s.CueAt(t) is { Cue.Type: CueType.Kind or CueType.NotRelease }
                || (s.DateAt(t) is { } other && other != date && !s.Is(t - 1, language.MoveToWords)))
            {
                return false;
            }
            if (s.Is(t, language.MoveToWords) && (s.DateAt(t + 1) is not null
                                                  || (s.IsWord(t + 1) && (language.Months.Contains(s.Word(t + 1)) || language.Weekdays.Contains(s.Word(t + 1))))))
            {
                return true;
            }
        }
        return false;
    }

    // «сначала сериал должен был стартовать 9 июня, потом — 16-го», "first set for June 9, then June 16": a day right after
    // "then" that follows a day left behind is the next plan left behind (not "then moved to June 16", the day it moved to).
    static bool ThenAnotherPlan(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var t = date.First - 1;
        while (t >= 0 && (s.IsDash(t) || s.IsPunct(t, ',')))
        {
            t--;
        }
        // Not «а на день позже — 22 декабря», "a week later, June 16": a shift by a span gives the new day.
        return t > 0 && s.Is(t, language.ThenWords) && !(s.IsWord(t - 1) && language.DurationUnits.TryGet(s.Word(t - 1), out _))
               && s.Dates.LastOrDefault(d => d.Last < t) is { } before
               // «…уже 2 октября, стартует неделей позже — в среду, 9 октября»: a verb between tells the new day.
               && !s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Postpone && c.First > before.Last && c.First < t)
               && IsMovedFrom(s, before, language);
    }

    // "An earlier version of this article said … premieres on Oct. 31": the days the correction's own statement gives,
    // up to a ';', a ':' or a "but" that brings the right one («…была указана неверная дата: сериал стартует 7 ноября»).
    static bool Retracted(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var from = -1;
        for (var k = 0; k < s.Cues.Count && from < 0; k++)
        {
            from = s.Cues[k] is { Cue: { Type: CueType.MovedFrom, Value: Words.Retracted } } cue && cue.End <= date.First ? k : -1;
        }
        if (from < 0)
        {
            return false;
        }
        for (var t = s.Cues[from].End; t < date.First; t++)
        {
            if (s.IsPunct(t, ';') || s.IsPunct(t, ':') || s.Is(t, language.ContrastWords))
            {
                return false;
            }
        }
        return true;
    }

    // "The film had originally been dated for Jan. 28 in Korea, three days before a Jan. 31 global launch, before the
    // studio pushed the schedule back": a sentence that tells a plan and its postponement, in the past and with no new
    // day (none after "to"/«на», no "now", no release verb before it in its clause), leaves every day it names behind.
    static bool RetoldPlan(SentenceScan s, DateMention date, CompiledLanguage language) =>
        s.Cues.Any(c => c.Cue.Type == CueType.Postpone) && RetoldPlanOfAPostponement(s, date, language);

    // Apart from RetoldPlan's first test, which most sentences fail: the lambdas' captures cost two objects a call.
    static bool RetoldPlanOfAPostponement(SentenceScan s, DateMention date, CompiledLanguage language) =>
        s.Dates.Any(d => d.Last < date.First && AfterMovedFromWord(s, d, s.Clause[d.First], language))
        && !s.Has(language.NowWords)
        // "…but JYP pushed it back and released it on Feb. 23": a release verb of any tense before the day is its new day.
        && !s.Cues.Any(c => (c.Cue.Type is CueType.Release or CueType.Schedule || c.Cue is { Type: CueType.Tense, Tense: Tense.Future or Tense.Present })
                            && c.End <= date.First && s.Clause[c.First] == s.Clause[date.First])
        && s.Dates.All(d => !s.Is(d.First - 1, language.MoveToWords))
        && !DeniedDayBefore(s, date, language);

    // «выпустят мини-альбом не 12 июля, как планировалось, а 19 июля», "will release it not on July 12, as planned, but on
    // July 19": a release verb, a day it denies, then this day in a clause of its own: the verb gives this day.
    static bool DeniedDayBefore(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        foreach (var d in s.Dates)
        {
            var before = WordBeforeTheDay(s, d, language);
            if (d.Last < date.First && s.Clause[d.First] != s.Clause[date.First] && NegationAt(s, before, language)
                && s.Cues.Exists(c => c.Cue.Type is CueType.Release or CueType.Schedule && c.End <= before))
            {
                return true;
            }
        }
        return false;
    }

    // «G.NA отложила релиз сингла «X», который был намечен на 21 апреля»: a relative clause that says in the past tense
    // what a day was set for (or with a word of plans), after a postponement or cancellation word, gives the day left behind.
    static bool PastPlanOfThePostponed(SentenceScan s, DateMention date, int clause, CompiledLanguage language) =>
        RelativePastPlan(s, date, clause, language) is var start && start >= 0
        // "Despite the canceled fan meeting, IU will release the single, which was scheduled for March 3": an event was called off.
        && !s.Cues.Any(c => c.Cue.Type == CueType.NotRelease) && PostponedOrCanceledBy(s, start);

    // "Episodes 3 and 4, which were due to air on March 29 and 30, will now not be broadcast at all", «серии, которые должны
    // были выйти 29 марта, в эфир не попадут»: a relative clause's past plan, then a release or airing word negated after
    // it, is a day that will not come.
    static bool PastPlanNotKept(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        if (RelativePastPlan(s, date, clause, language) < 0 && !AppositivePlan(s, date, language))
        {
            return false;
        }
        foreach (var c in s.Cues)
        {
            if (c.First > date.Last && c.Cue.Type is CueType.Release or CueType.Schedule
                && (Negated(s, c.First, s.Clause[c.First], language) || NegationAt(s, c.End, language)))
            {
                return true;
            }
        }
        return false;
    }

    // "Episode 11, scheduled for Sept. 2, will not air that night": a plan's participle set off by a comma, its preposition
    // at most between it and the day, says what the day was set for as a relative clause does.
    static bool AppositivePlan(SentenceScan s, DateMention date, CompiledLanguage language) =>
        PlanParticipleBefore(s, date, language) is > 0 and var participle && s.IsPunct(participle - 1, ',');

    // The plan's participle right before the day or before its preposition ("due Thursday", "scheduled for Sept. 2"), or -1.
    static int PlanParticipleBefore(SentenceScan s, DateMention date, CompiledLanguage language) =>
        s.Is(date.First - 1, language.PlanParticiples) ? date.First - 1
        : s.IsWord(date.First - 1) && s.Is(date.First - 2, language.PlanParticiples) ? date.First - 2 : -1;

    // «Новый альбом AB6IX, выход которого был запланирован на 8 июня, будет выпущен 29 июня», "The album, which was
    // scheduled for June 8, will be released on June 29": a relative clause's past plan beside another calendar day that
    // a main clause releases the work on is the day left behind, with no postponement word at all ("The album, which was
    // released on June 8, tops the chart on June 29" tells no plan; "which was scheduled for June 8, came out as planned"
    // names no other day).
    static bool PastPlanBesideANewDay(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        if (RelativePastPlan(s, date, clause, language) < 0 || s.Cues.Any(c => c.Cue.Type == CueType.NotRelease))
        {
            return false;
        }
        foreach (var d in s.Dates)
        {
            // Another day (not "which was scheduled for June 8, was released on June 8").
            if (d.First <= date.Last || d.Form != DateForm.DayMonth || d.Previous == date || (d.Day == date.Day && d.Month == date.Month))
            {
                continue;
            }
            // The main clause goes on after the comma that closes the relative one (the scanner runs a relative clause on
            // to the next break), or in a later clause of its own; all it says before the new day counts ("…, was released
            // on schedule, and the Japanese version will be released on June 29" kept the plan).
            var dClause = s.Clause[d.First];
            var comma = CommaAfter(s, date.Last, d.First);
            var from = dClause == clause || comma >= 0 ? comma : Array.IndexOf(s.Clause, dClause);
            if (from >= 0 && (dClause == clause || !s.RelativeClauses.Contains(dClause)) && ReleaseVerbBetween(s, from, d.First))
            {
                return true;
            }
        }
        return false;
    }

    // "planned for Sept. 29; now it airs", "was set for Nov. 10 and will now open on Nov. 16", «был назначен на 10 июня, а
    // теперь состоится 17 июня»: "now" after a break, or after "and" (and its auxiliary) that joins a clause of its own.
    static bool NowAfterABreak(SentenceScan s, int now, CompiledLanguage language)
    {
        var t = now - 1;
        if (t >= 0 && s.CueAt(t) is { Cue: { Type: CueType.Tense, Tense: Tense.Future } } auxiliary)
        {
            t = auxiliary.First - 1; // "and will now"
        }
        return t >= 0 && (s.Tokens[t].Type == TokenType.Punct || s.Is(t, language.NowJoiners));
    }

    /// <summary>«Рейн в четверг выпустил альбом, хотя релиз был назначен на 6 января», "released the album on Thursday,
    /// although it had been scheduled for January 6": a past plan in a clause that grants it, after a clause that told the
    /// release in the past on another day, is the day left behind.</summary>
    static bool PlanGrantedAfterTheRelease(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        if (!PastPlan(s, date, clause, language))
        {
            return false;
        }
        var concession = -1;
        for (var t = date.First - 1; t > 0 && concession < 0; t--)
        {
            if (s.Is(t, language.ConcessiveWords))
            {
                concession = t;
            }
            else if (s.DateAt(t) is not null && s.Consumed[t])
            {
                return false; // another day stands between the concession and this one: the plan it grants is that day's
            }
        }
        return concession > 0 && s.Cues.Exists(c => c.Cue is { Type: CueType.Release, Tense: Tense.Past } && c.End <= concession
                                                  && s.Dates.Exists(d => d != date && d.Last < concession && d.First >= c.End - ReleaseToDayReach));
    }

    // How far before its release verb the day of a release told in the past may stand: «в четверг выпустил».
    const int ReleaseToDayReach = 4;

    // "AB6IX's album was scheduled for June 8 but will be released on June 29": a plan told in the past, then a contrast
    // that releases the same work on another day, leaves the planned day; so does a contrast that puts it off or calls it
    // off («прокат был назначен на 26 февраля, но из-за вспышки коронавируса его отменили», "…, but was canceled"). Not
    // with "as planned" in the sentence, nor across an event or a kind of work the plan does not name ("but the music
    // video will come out on June 29" is another release; a plan that names no kind, «Премьера была назначена на 25
    // декабря, но прокатчик решил выпустить фильм во вторник, 24-го», is of the work named after, and so is a title
    // there: "had pencilled in May 30 for the release, but … the mini album "GOT7" … will now arrive on May 23").
    static bool PlanThenNewDay(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        if (!PastPlan(s, date, clause, language) || s.Cues.Exists(c => c.Cue.Type == CueType.Idiom))
        {
            return false; // "…and came out as planned, but …": the plan held
        }
        var contrast = -1;
        for (var t = date.Last + 1; t < s.Count && contrast < 0; t++)
        {
            if (s.Consumed[t] && s.DateAt(t) is not null)
            {
                return false; // another day before any contrast: a list, not a change
            }
            // «обещали 29 сентября, теперь она выйдет 6 октября», "planned for Sept. 29; now it airs Oct. 6": "now" after a
            // break contrasts as "but" does.
            contrast = s.Is(t, language.ContrastWords) || (s.Is(t, language.NowWords) && NowAfterABreak(s, t, language)) ? t : -1;
        }
        if (contrast < 0)
        {
            return false;
        }
        var planKinds = s.Cues.Where(c => c.Cue.Type == CueType.Kind && c.End <= date.First).Select(c => c.Cue.Kind).ToHashSet();
        var verb = false;
        for (var t = contrast + 1; t < s.Count; t++)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.NotRelease }
                || (s.CueAt(t) is { Cue.Type: CueType.Kind } kind && kind.Cue.Kind != ReleaseKind.Other && planKinds.Count > 0 && !planKinds.Contains(kind.Cue.Kind)))
            {
                return false;
            }
            if (s.CueAt(t) is { Cue.Type: CueType.Postpone or CueType.Cancel })
            {
                return true;
            }
            verb |= s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule };
            if (s.Consumed[t] && s.DateAt(t) is { Form: DateForm.DayMonth } d && d.First == t && !(d.Day == date.Day && d.Month == date.Month))
            {
                return verb;
            }
        }
        return false;
    }

    static int CommaAfter(SentenceScan s, int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (s.IsPunct(t, ','))
            {
                return t;
            }
        }
        return -1;
    }

    // A release verb of the same work, not in the past, before the new day: no kind word between ("…came out as planned,
    // and the music video followed on June 29" dates the video), no word that keeps the plan ("as planned", "on
    // schedule"), no past verb ("was released on schedule, and …": the plan held).
    static bool ReleaseVerbBetween(SentenceScan s, int from, int to)
    {
        var (verb, future) = (false, false);
        foreach (var c in s.Cues)
        {
            if (c.First > from && c.End <= to)
            {
                // «будет выпущен»: a participle after a future auxiliary is the future.
                future |= c.Cue is { Type: CueType.Tense, Tense: Tense.Future };
                // "will now launch a week earlier": a past word after the future is the shift, not the tense.
                if (c.Cue.Type is CueType.Kind or CueType.Idiom
                    || (!future && c.Cue is { Type: CueType.Release or CueType.Schedule or CueType.Tense, Tense: Tense.Past }))
                {
                    return false;
                }
                verb |= c.Cue.Type is CueType.Release or CueType.Schedule;
            }
        }
        return verb;
    }

    // «SBS отменил субботний показ десятой серии: вечером 7 декабря в эфире вместо неё шли новости», "MBC canceled the
    // episode: on May 3 it aired the ceremony instead": after a cancellation or postponement, a day whose clause goes on
    // to what aired in the work's place, with no work of its own before that ("…: on May 3 episode 7 airs instead" is the
    // day the episode moved to).
    static bool FilledInstead(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (!s.Cues.Exists(c => c.Cue.Type is CueType.Postpone or CueType.Cancel && c.End <= date.First))
        {
            return false;
        }
        // The clause names no work before the day either ("…, and the album will now be released on June 29 instead").
        // From the clause's start, or from a colon that opens what happened instead («SBS отменил показ серии: 7 декабря …»).
        var clause = s.Clause[date.First];
        var start = Array.IndexOf(s.Clause, clause);
        for (var t = date.First - 1; t > start; t--)
        {
            if (s.IsPunct(t, ':'))
            {
                start = t + 1;
                break;
            }
        }
        for (var t = start; t < date.First; t++)
        {
            if (s.QuoteOf[t] >= 0 || s.NameStartsAt(t) || s.Is(t, language.ItWords) || s.CueAt(t) is { Cue.Type: CueType.Kind or CueType.Release or CueType.Schedule })
            {
                return false;
            }
        }
        var (instead, filler) = (false, false);
        for (var t = date.Last + 1; t < s.Count && s.Clause[t] == clause; t++)
        {
            // "instead of holding a fan meeting" says what the release replaces, not what aired in its place.
            instead |= s.PhraseAt(t, language.InsteadOfItPhrases) && !s.Is(t + 1, language.InsteadOfWhatWords);
            filler |= s.CueAt(t) is { Cue.Type: CueType.NotRelease };
            if (s.QuoteOf[t] >= 0 || s.NameStartsAt(t) || (s.Consumed[t] && s.DateAt(t) is not null)
                || s.CueAt(t) is { Cue.Type: CueType.Kind or CueType.Postpone or CueType.Cancel })
            {
                return false; // a work, a day or a move of its own: what comes instead is a release
            }
        }
        return instead && filler; // news, coverage, a match: what filled the slot
    }

    // The start of the relative clause that says in the past tense what the day was set for (or with a word of plans),
    // or -1.
    static int RelativePastPlan(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        if (!s.RelativeClauses.Contains(clause))
        {
            return -1;
        }
        var start = Array.IndexOf(s.Clause, clause);
        var (wasSaid, setFor, planned) = (false, false, false);
        for (var t = start; t < date.First; t++)
        {
            // "which was scheduled to premiere this Saturday": a future of plans ("scheduled to") after the past's "was".
            setFor |= s.CueAt(t) is { Cue.Type: CueType.Schedule } || (wasSaid && s.CueAt(t) is { Cue: { Type: CueType.Tense, Tense: Tense.Future } });
            wasSaid |= s.CueAt(t) is { Cue: { Type: CueType.Tense, Tense: Tense.Past } };
            planned |= s.CueAt(t) is { Cue.Type: CueType.MovedFrom } // "KBS2 has pulled the premiere of "Dear.M," which was set to debut on Feb. 26"
                       || s.CueAt(t) is { Cue: { Type: CueType.Schedule, Value: Words.PlanAsItWas } } // «которую Showbox ставил на 10 ноября»
                       // "The record, which Label SJ had announced last month for release on Feb. 16": what had been announced.
                       || (s.CueAt(t) is { Cue.Type: CueType.Announce } said && said.First == t && s.Is(t - 1, language.PluperfectAuxiliaries));
        }
        return (wasSaid && setFor) || planned ? start : -1;
    }

    // A postponement or cancellation word that ends by token <paramref name="end"/>.
    static bool PostponedOrCanceledBy(SentenceScan s, int end)
    {
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type is CueType.Postpone or CueType.Cancel && c.End <= end)
            {
                return true;
            }
        }
        return false;
    }

    // The days linked after a day are looked for by loops, not lambdas: asked about every date, a capturing lambda costs
    // two objects a call.

    // A day that a move link ("с 5 на 12 июня", "14, back to Aug. 20") leaves, itself or through the rest of its list or range.
    static bool MovedByLink(SentenceScan s, DateMention date)
    {
        foreach (var n in s.Dates)
        {
            if (n.Previous == date && (n.Link == DateLink.Move || (n.Link is DateLink.List or DateLink.Range && MovedByLink(s, n))))
            {
                return true;
            }
        }
        return false;
    }

    // A day whose list or range goes on to days a move link leaves.
    static bool TailMovedByLink(SentenceScan s, DateMention date)
    {
        foreach (var n in s.Dates)
        {
            if (n.Previous == date && n.Link is DateLink.List or DateLink.Range && MovedByLink(s, n))
            {
                return true;
            }
        }
        return false;
    }

    // A day moved away from ("с 5 на 12 июня"), or the start of a range a postponement moves.
    static bool MovedOrPostponedRange(SentenceScan s, DateMention date, bool postponed, CompiledLanguage language)
    {
        foreach (var n in s.Dates)
        {
            // "episodes 7 and 8 move to Sept. 27-28": a span moved to is the new one.
            if (n.Previous == date && (n.Link == DateLink.Move || (n.Link == DateLink.Range && postponed && !s.Is(date.First - 1, language.MoveToWords))))
            {
                return true;
            }
        }
        return false;
    }

    // «…, дуэт Untouchable — второй альбом в четверг»: after a planned day, another act, a dash and no verb up to the next
    // day leave the verb out, so the plan of the whole clause before goes on (not «… 3 мая. теперь - в среду, 4 мая»).
    static bool GappedAfter(SentenceScan s, DateMention prior, DateMention date)
    {
        var dash = -1;
        for (var t = prior.Last + 1; t < date.First; t++)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Tense or CueType.Postpone or CueType.Cancel or CueType.MovedFrom or CueType.Announce })
            {
                return false;
            }
            dash = dash < 0 && s.IsSpacedDash(t) ? t : dash;
        }
        return dash > 0 && s.Names.Exists(n => n.First > prior.Last && n.End <= dash)
               && s.Cues.Exists(c => c.Cue is { Type: CueType.MovedFrom, Value: Words.WholeClause } && c.End <= prior.First);
    }

    // A clause with no word of releasing, planning, moving or saying: «а альбом Querencia - 4 января».
    static bool VerblessClause(SentenceScan s, int clause) =>
        !s.Cues.Exists(c => s.Clause[c.First] == clause && c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Tense or CueType.Postpone
                                                                 or CueType.Cancel or CueType.MovedFrom or CueType.Announce);

    // "вместо 5 июня", "originally set for June 5", "its initial April 23 date", "was due in theaters on June 26" (beside
    // the new day).
    static bool AfterMovedFromWord(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        // A title or a time between counts as one word: «должна была выпустить альбом «Voice: The Future Is Now» 1 декабря»,
        // "which had been due out at 6 p.m. Sunday". Only a verb of plans reaches across its whole clause.
        var wholeClause = s.Cues.Exists(c => c.Cue is { Type: CueType.MovedFrom, Value: Words.WholeClause });
        if (PlannedThat(s, clause, language) && (OtherCalendarDay(s, date)
                                                 || AbandonedDates.HasPostponement(s)
                                                 || s.Has(language.ContrastWords, date.Last + 1)))
        {
            return true;
        }
        // «Сингл X должен был выйти 10 декабря, а альбом Querencia - 4 января»: a clause with no verb of its own goes on with
        // the plan of the clause before it.
        if (clause > 0 && VerblessClause(s, clause)
            && s.Cues.Exists(c => c.Cue is { Type: CueType.MovedFrom, Value: Words.WholeClause } && s.Clause[c.First] == clause - 1))
        {
            return true;
        }
        for (var (t, words) = (date.First - 1, 0); t >= 0 && s.Clause[t] == clause && (words < MovedFromLookBack || wholeClause); t--)
        {
            var inTitleOrTime = (s.QuoteOf[t] >= 0 && s.QuoteOf[t] == s.QuoteOf[t + 1]) || (InTime(s, t) && InTime(s, t + 1));
            words += inTitleOrTime || InsideAName(s, t) ? 0 : 1;
            if (s.Consumed[t] && s.DateAt(t) is { } other && ListedWith(s, other, date, language))
            {
                t = other.First; // «должны были выйти в эту пятницу и субботу, 15 и 16 ноября»: one plan, its days listed
                continue;
            }
            if (s.Consumed[t] && s.DateAt(t) is { } prior && wholeClause && GappedAfter(s, prior, date))
            {
                return true; // «должна была представить альбом сегодня, дуэт Untouchable — второй альбом в четверг»: the same plan
            }
            // "instead of the traditional Thursday slot of July 21": a weekday's slot that names the day after it is no other day.
            if (s.Consumed[t] && s.DateAt(t) is { Form: DateForm.Weekday } slot && s.Is(slot.Last + 1, language.SlotNouns) && date.First - slot.Last is > 1 and <= 3)
            {
                t = slot.First;
                continue;
            }
            if ((s.Consumed[t] && s.DateAt(t) is not null) || s.Is(t, language.ContrastWords) || MainVerbAfterARelativeClause(s, t, clause))
            {
                break; // another day (the word is its), or "but" ("had planned to take a break but will now release …")
            }
            if (words > MovedFromLookBack && s.CueAt(t) is not { Cue: { Type: CueType.MovedFrom, Value: Words.WholeClause } })
            {
                continue;
            }
            if (s.CueAt(t) is { Cue.Type: CueType.MovedFrom } aside && AsAsideBefore(s, aside, date, language))
            {
                continue;
            }
            if (s.CueAt(t) is { Cue.Type: CueType.MovedFrom } from && from.Cue.Value switch
                {
                    // "its initial April 23 date", "than the Sept. 23 date": a determiner may stand between.
                    // "its previous date of April 18", «прежней даты премьеры 5 июня»: or the plan's own words.
                    // "not on Oct. 19 but on Oct. 26": or its preposition.
                    // "rather than on Christmas Day, Dec. 25": or a holiday or weekday set before it with a comma.
                    // «новая дата 15 июля, прежняя — 8 июля»: or a dash that gives the plan's day (not «позже запланированного —
                    // 23 сентября», where the dash gives the day after the shift, nor «старт остаётся прежним — 13-го», kept).
                    Words.RightBefore => from.End == date.First || (from.End + 1 == date.First && (s.Is(from.End, language.Determiners) || s.Is(from.End, language.DatePrepositions)
                                                                                                  || s.Is(from.End, language.WeekdayPrepositions) // «а не с 3-го»
                                                                                                  || (s.IsSpacedDash(from.End) && !s.Is(from.First - 1, language.ShiftedWords)
                                                                                                      && !s.Is(from.First - 1, language.StaysWords))))
                                         || NamedDayBefore(s, from.End, date.First, language)
                                         || OnlyPlanWordsBetween(s, from.End, date.First, language) || BareDaysListedBefore(s, from.End, date.First, language),
                    // "were set to open on Thursday, May 31, arrive in theaters today instead": "instead" says the plan changed.
                    Words.VerbAfter => s.CueAt(from.End) is { Cue.Type: CueType.Release or CueType.Schedule },
                    Words.Counterfactual => s.CueAt(from.End) is { Cue.Type: CueType.Release or CueType.Schedule, Cue.Tense: Tense.Past },
                    // "KBS 2TV has postponed the premiere of "Dear.M," which was due to debut this Friday": a sentence that
                    // moves or calls off the release leaves the plan's day behind, with no new day said.
                    Words.BesideAnotherDay => UnlistedOtherDay(s, date) || s.Has(language.InsteadWords) || ShiftedAfterContrast(s, date, language)
                                              || AbandonedDates.HasPostponement(s),
                    Words.WithInstead => s.Has(language.InsteadWords) || ReleasedOnANewDay(s, date),
                    // «JYP отложила … мини-альбом …, запланированный на 4 ноября»: so does a plan's participle.
                    Words.ParticipleBeforeNewDay => ReleasedOnANewDay(s, date) || ReleasedLater(s, date, language) || AbandonedDates.HasPostponement(s),
                    Words.Retracted => false, // Retracted: up to the statement's end only
                    _ => !ClosedComparison(s, from, date, language),
                })
            {
                return true;
            }
        }
        return false;
    }

    // "ZEROBASEONE's debut album, which had been slated for early July, will now be released on July 10": in a relative
    // clause, a comma and a future verb go back to the main clause, whose day is no part of the plan the relative clause told.
    static bool MainVerbAfterARelativeClause(SentenceScan s, int t, int clause) =>
        s.RelativeClauses.Contains(clause) && s.IsPunct(t - 1, ',') && s.CueAt(t) is { Cue.Tense: Tense.Future } verb && verb.First == t;

    // «Вместо 1 января, как планировалось ранее, релиз состоится 8 января», «Альбом, как и планировалось, выйдет 8 января»: a
    // plan in an aside opened by "as" and closed by a comma before the day compares with what stands before the aside (or
    // says the day is kept); it does not make the day after it the plan.
    static bool AsAsideBefore(SentenceScan s, CueHit plan, DateMention date, CompiledLanguage language)
    {
        var t = plan.First - 1;
        for (var skipped = 0; skipped < AsAsideWords && s.IsWord(t) && !s.Is(t, language.AsWords); skipped++)
        {
            t--;
        }
        if (!s.Is(t, language.AsWords) || !s.IsPunct(t - 1, ','))
        {
            return false;
        }
        for (var u = plan.End; u < date.First; u++)
        {
            if (s.IsPunct(u, ','))
            {
                return true;
            }
        }
        return false;
    }

    // Words between "as" and its plan: «как и было», "as originally".
    const int AsAsideWords = 2;

    // «Сегодня должна была выйти новая песня …, но релиз отложен», "On Friday the group was supposed to release …": a day
    // before a verb of plans in its clause, with no other day and no release verb of its own between, is the plan too
    // ("On Friday, IVE releases "Heya," the single it was supposed to release in April" releases that Friday). Where it was
    // to come out is no verb of its own («Сегодня, 23 сентября, в прокат должен был выйти …»).
    static bool BeforeAPlanVerb(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        for (var t = date.Last + 1; t < s.Count && s.Clause[t] == clause; t++)
        {
            if ((s.Consumed[t] && s.DateAt(t) is not null)
                || (s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule } && !s.Is(t, language.CinemaWords)))
            {
                return false;
            }
            if (s.CueAt(t) is { Cue: { Type: CueType.MovedFrom, Value: Words.WholeClause } })
            {
                return true;
            }
        }
        return false;
    }

    // «Прощание пройдёт 21 декабря — в день, когда должен был выйти альбом EXO», "on Dec. 21, the day the album was
    // supposed to come out": a day that the words after it call the day of a plan is the plan's, whatever happens on it now.
    static bool DayAPlanNamed(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var t = ListTail(s, date).Last + 1;
        while (s.IsPunct(t, '—') || s.IsPunct(t, '–') || s.IsPunct(t, ',') || s.Is(t, language.DatePrepositions) || s.Is(t, language.Determiners))
        {
            t++;
        }
        if (!s.Is(t, language.DayOfWords))
        {
            return false;
        }
        for (var end = Math.Min(s.Count, t + DayAPlanNamedReach); ++t < end;)
        {
            if (s.CueAt(t) is { Cue: { Type: CueType.MovedFrom, Value: Words.WholeClause } })
            {
                return true;
            }
            if (s.DateAt(t) is not null || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule })
            {
                return false;
            }
        }
        return false;
    }

    // Tokens from "the day" to its verb of plans: ", когда", "the album", "EXO's album "Universe"" (a title is a few).
    const int DayAPlanNamedReach = 10;

    // The families of the kinds a plan's clause names (a premiere and its episode are one show's).
    static HashSet<Linking.KindFamily> PlanKinds(SentenceScan s, int clause)
    {
        var families = new HashSet<Linking.KindFamily>();
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type is CueType.Kind or CueType.Release && c.Cue.Kind != ReleaseKind.Other && s.Clause[c.First] == clause)
            {
                families.Add(Linking.KindCueReader.Family(c.Cue.Kind));
            }
        }
        return families;
    }

    // Another family of release than the plan's in the clause before token t ("tvN" hints at a drama; it names no other
    // work). A plan of no kind ("was scheduled to make a comeback") may be of any: "but the album was postponed" is it.
    static bool OtherKindBefore(SentenceScan s, int t, HashSet<Linking.KindFamily> planKinds)
    {
        if (planKinds.Count == 0)
        {
            return false;
        }
        foreach (var c in s.Cues)
        {
            if (c.First < t && s.Clause[c.First] == s.Clause[t] && c.Cue is { Type: CueType.Kind, Strength: not KindStrength.Hint }
                && c.Cue.Kind != ReleaseKind.Other && !planKinds.Contains(Linking.KindCueReader.Family(c.Cue.Kind)))
            {
                return true;
            }
        }
        return false;
    }

    // "was scheduled for", "were slated for", «ставили на»: a schedule word in the past, before the day in its clause; or a
    // past auxiliary and a plan's participle right before the day's preposition ("had pencilled in May 30").
    static bool PastPlan(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        if (date.First >= 3 && s.IsWord(date.First - 1) && s.Is(date.First - 2, language.PlanParticiples) && s.Is(date.First - 3, language.PastAuxiliaries))
        {
            return true;
        }
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type == CueType.Schedule && s.Clause[c.First] == clause && c.End <= date.First
                && (c.Cue.Tense == Tense.Past || s.CueAt(c.First - 1) is { Cue: { Type: CueType.Tense, Tense: Tense.Past } }))
            {
                return true;
            }
        }
        return false;
    }

    // "whose third studio album was due online at midnight on Wednesday, put the release off indefinitely", "shelved the
    // single it had planned for Thursday": a plan told in the past a few words before the day (no other day between), in a
    // sentence that postpones or calls off, is the day left behind.
    static bool PastPlanPutOffAfter(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var planned = false;
        for (var t = date.First - 1; t >= 0 && date.First - t <= PlanToDayReach && !planned; t--)
        {
            if (s.DateAt(t) is not null && s.Consumed[t])
            {
                return false;
            }
            if (s.Is(t, language.PlanParticiples))
            {
                if (!PastAuxiliaryBefore(s, t, language))
                {
                    return false;
                }
                planned = true;
            }
        }
        // Not past a "but" ("was scheduled for June 20, but the music video was postponed" puts off another work), nor an
        // event put off («После отмены тура IU выпустит сингл, который был запланирован на 13 мая»).
        foreach (var c in s.Cues)
        {
            if (planned && c.Cue.Type is CueType.Postpone or CueType.Cancel
                && (c.First < date.First ? !OfAnotherThing(s, c.First - 1, c, language)
                    : !s.Has(language.ContrastWords, date.Last + 1, c.First) && !OfAnotherThing(s, date.Last, c, language)))
            {
                return true;
            }
        }
        return false;
    }

    // "The new season had appeared with an October 18 date on the streamer's line-up": a day named as a date in a clause told
    // in the pluperfect (its "had" a few words before) is a plan the news replaced.
    static bool PluperfectDate(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (!s.Is(date.Last + 1, language.DateNouns))
        {
            return false;
        }
        var clause = s.Clause[date.First];
        for (var t = date.First - 1; t >= 0 && s.Clause[t] == clause && date.First - t <= PluperfectDateReach; t--)
        {
            if (s.Is(t, language.PluperfectAuxiliaries))
            {
                return true;
            }
        }
        return false;
    }

    // Words from "had" to the day it dates: "had appeared with an".
    const int PluperfectDateReach = 5;

    // Words from a past plan's participle to its day: "due online at midnight on".
    const int PlanToDayReach = 6;

    // "was set for June 10", "had originally been scheduled for", «был назначен на 10 июня»: a past auxiliary, a plan
    // adverb or none, a plan's participle and its preposition right before the day.
    internal static bool PlannedInThePast(SentenceScan s, DateMention date, CompiledLanguage language) =>
        s.IsWord(date.First - 1) && s.Is(date.First - 2, language.PlanParticiples) && PastAuxiliaryBefore(s, date.First - 2, language);

    // "whose second album was also due Thursday", "were also set for Friday", «тоже был назначен на четверг»: a plan's
    // participle told in the past with "also" (or before it), its preposition at most between it and the day.
    internal static bool AlsoPlannedInThePast(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var participle = PlanParticipleBefore(s, date, language);
        if (participle < 0 || !PastAuxiliaryBefore(s, participle, language))
        {
            return false;
        }
        for (var t = participle - 1; t >= participle - AlsoReach && s.IsWord(t); t--)
        {
            if (s.Is(t, language.AlsoWords))
            {
                return true;
            }
        }
        return false;
    }

    // Words from a plan's participle back to its "also": "was also", «тоже был».
    const int AlsoReach = 2;

    // "was set", "had originally been scheduled": a past auxiliary before the participle at t, plan adverbs between.
    static bool PastAuxiliaryBefore(SentenceScan s, int participle, CompiledLanguage language)
    {
        var t = participle - 1;
        while (s.Is(t, language.PlanAdverbs))
        {
            t--;
        }
        return s.Is(t, language.PastAuxiliaries);
    }

    // Another calendar day in the sentence.
    static bool OtherCalendarDay(SentenceScan s, DateMention date)
    {
        foreach (var d in s.Dates)
        {
            if (d != date && d.Form == DateForm.DayMonth)
            {
                return true;
            }
        }
        return false;
    }

    // Another calendar day in the sentence that is not listed with this one.
    static bool UnlistedOtherDay(SentenceScan s, DateMention date)
    {
        foreach (var d in s.Dates)
        {
            if (d != date && d.Form == DateForm.DayMonth && d.Link != DateLink.List && d.Previous != date)
            {
                return true;
            }
        }
        return false;
    }

    // «…, запланированный на 19 ноября, состоится 3 декабря» (or «перенесён на 3 декабря»): the next day is after a release or
    // postponement verb, with no clause break, name, title, kind or event word between.
    static bool ReleasedOnANewDay(SentenceScan s, DateMention date)
    {
        var next = s.Dates.FirstOrDefault(d => d.First > date.Last && d.Form == DateForm.DayMonth);
        if (next is null)
        {
            return false;
        }
        var verb = false;
        for (var t = date.Last + 1; t < next.First; t++)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.ClauseBreak or CueType.NotRelease or CueType.Kind } || s.QuoteOf[t] >= 0 || s.NameStartsAt(t))
            {
                return false;
            }
            verb |= s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Postpone };
        }
        return verb;
    }

    // «…сингл-альбом TWS «Last Bell», запланированный на 18 ноября, выйдет позже»: the participle's plan, then a release verb
    // shifted "later" or "earlier" with no day of its own — no work, name or day between.
    static bool ReleasedLater(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var verb = false;
        for (var t = date.Last + 1; t < s.Count; t++)
        {
            if ((s.Consumed[t] && s.DateAt(t) is not null) || s.QuoteOf[t] >= 0 || s.NameStartsAt(t) || s.CueAt(t) is { Cue.Type: CueType.Kind or CueType.NotRelease })
            {
                return false;
            }
            verb |= s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule };
            if (verb && s.Is(t, language.ShiftedWords))
            {
                return true;
            }
        }
        return false;
    }

    // «Ранее планировалось, что премьера состоится 22 августа, однако …»: a clause opened by «что» right after a word of
    // plans says what was planned — given up when another day, a postponement or a "but" follows («Ранее предполагалось,
    // что сингл выйдет 22 августа» alone may be confirmed next).
    static bool PlannedThat(SentenceScan s, int clause, CompiledLanguage language)
    {
        var start = Array.IndexOf(s.Clause, clause);
        var before = start - (s.IsPunct(start - 1, ',') ? 2 : 1);
        return start > 0 && s.Is(start, language.ComplementWords) && s.Cues.Exists(c => c.Cue.Type == CueType.MovedFrom && c.End == before + 1);
    }

    const int PlanWordsReach = 3;

    // "a week later than planned, on August 18", «позже, чем планировалось, — 18 августа»: a comparison with the plan that
    // a comma or a dash closes is the plan's already; the day right after it is the new one.
    static bool ClosedComparison(SentenceScan s, CueHit from, DateMention date, CompiledLanguage language)
    {
        // «позже, чем ожидалось: новый сингл выйдет 27 августа», "earlier than planned: May 3": a colon gives what came instead.
        if (!(s.IsPunct(from.End, ',') || s.IsSpacedDash(from.End) || s.IsPunct(from.End, ':'))
            || (!s.IsPunct(from.End, ':') && !OnlyDayWordsBetween(s, from.End + 1, date.First, language)))
        {
            return false;
        }
        for (var w = from.First; w < from.End; w++)
        {
            if (s.Is(w, language.ComparisonWords))
            {
                return true;
            }
        }
        return false;
    }

    // "…, on Friday, Aug. 18": between a comma and its day, only the day's preposition, article and weekday.
    static bool OnlyDayWordsBetween(SentenceScan s, int from, int to, CompiledLanguage language)
    {
        for (var t = from; t < to; t++)
        {
            if (!s.Is(t, language.DatePrepositions) && !s.Is(t, language.Determiners) && !IsWeekdayLabel(s, t, language) && s.Tokens[t].Type != TokenType.Punct)
            {
                return false;
            }
        }
        return true;
    }

    // "on Christmas Day, Dec. 25", "on Friday, May 5": a preposition, the day's name (a holiday or a weekday) and a comma.
    static bool NamedDayBefore(SentenceScan s, int from, int to, CompiledLanguage language)
    {
        if (to - from > NamedDayReach || !s.IsPunct(to - 1, ','))
        {
            return false;
        }
        var named = false;
        for (var t = from; t < to - 1; t++)
        {
            // "Christmas Day", "Children's Day": a capitalised name whose last word is the language's "day".
            if (s.Is(t, language.HolidayWords) || IsWeekdayLabel(s, t, language) || (t == to - 2 && s.Is(t, language.DayOfWords) && s.StartsUpper(t)))
            {
                named = true;
            }
            else if (!s.Is(t, language.DatePrepositions) && !s.Is(t, language.Determiners)
                     && !(s.IsWord(t) && (s.StartsUpper(t) || (s.Word(t) is "s" && (s.IsPunct(t - 1, '\'') || s.IsPunct(t - 1, '’')))))
                     && !s.IsPunct(t, '\'') && !s.IsPunct(t, '’'))
            {
                return false;
            }
        }
        return named;
    }

    // "on Children's Day,": the tokens a named day takes before its date.
    const int NamedDayReach = 7;

    static bool OnlyPlanWordsBetween(SentenceScan s, int from, int to, CompiledLanguage language)
    {
        if (to <= from || to - from > PlanWordsReach)
        {
            return false;
        }
        for (var t = from; t < to; t++)
        {
            // «после первоначальной даты — 5 мая», «даты, 16 августа», "its original date: May 5": a dash, colon or comma may
            // set the day apart.
            if (!s.Is(t, language.PlanDateWords) && !s.Is(t, language.Determiners)
                && !(t == to - 1 && t > from && (s.IsDash(t) || s.IsPunct(t, ':') || s.IsPunct(t, ','))))
            {
                return false;
            }
        }
        return true;
    }

    // «а не 1 и 2-го, как планировалось»: bare day numbers listed before the day (a joiner last) go with it.
    static bool BareDaysListedBefore(SentenceScan s, int from, int to, CompiledLanguage language)
    {
        var days = 0;
        for (var t = from; t < to; t++)
        {
            if (s.TryNumber(t, 1, 31, out _))
            {
                days++;
            }
            else if (!s.IsPunct(t, ',') && !s.Is(t, language.ListWords))
            {
                return false;
            }
        }
        return days > 0 && !s.TryNumber(to - 1, 1, 31, out _);
    }

    // Days that stand in one list with a later one: only other days, weekdays, commas and "and" between them.
    static bool ListedWith(SentenceScan s, DateMention other, DateMention date, CompiledLanguage language)
    {
        for (var t = other.Last + 1; t < date.First; t++)
        {
            if (!s.IsPunct(t, ',') && !s.Is(t, language.ListWords) && s.DateAt(t) is null && !IsWeekdayLabel(s, t, language))
            {
                return false;
            }
        }
        return true;
    }

    // "релиз перенесён с 5 июня" with no new date: "с"/"from" right before the date. "moved up a week to April 16 from
    // April 23": with the new day said by "to"/«на», the "from" day is the old one.
    // «стартует 7 ноября (премьеру перенесли с 31 октября)»: a day outside the bracket the move is told in is no new day
    // of that move ("from Nov. 7 (instead of Oct. 31)" starts on the day outside).
    static bool FromWithNoNewDay(SentenceScan s, DateMention date, int clause, CompiledLanguage language) =>
        // "from Saturday" holds its "from": a day left only right after the verb that moved it («перенесённая с субботы»), not
        // "will air from Friday".
        (s.Is(date.First - 1, language.MoveFromWords) || (date.Form == DateForm.Weekday && s.Is(date.First, language.MoveFromWords)
                                         && (s.CueAt(date.First - 1) is { Cue.Type: CueType.Postpone } || s.Is(date.First - 1, language.ShiftVerbs))))
        && s.Dates.All(d => d == date || s.Clause[d.First] != clause || d.Form != DateForm.DayMonth || s.Is(d.First - 1, language.MoveToWords)
                            || (s.OpenBracketOf(date.First) >= 0 && s.OpenBracketOf(d.First) != s.OpenBracketOf(date.First)));

    // "will be released on May 30, moved up from June 6", «перенесён с 23 мая»: a day right after the move's verb and "from"
    // is the day it left, wherever the new day stands; so is one after the verb's object ("moving the Lee Min-ho drama up
    // from Oct. 16", «передвинул дату с 3 августа»).
    static bool FromRightAfterAMove(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        // "has been pulled from its March 12 opening": a determiner may stand between; "moved up from Thursday the 7th": the
        // day read with its weekday may hold its "from".
        var from = s.Is(date.First, language.MoveFromWords) ? date.First
            : s.Is(date.First - 1, language.Determiners) ? date.First - 2 : date.First - 1;
        // "had already been moved off Sunday, Dec. 31": "off" right after the move's verb is its "from".
        // "has moved Bong Joon Ho's "Mickey 17" off its March 29, 2024 date": or, before a day named as a date, after the
        // move's object.
        var offADate = s.Is(from, language.MovedOffWords) && s.Is(date.Last + 1, language.DateNouns);
        if (!s.Is(from, language.MoveFromWords) && !offADate
            && !(s.Is(from, language.MovedOffWords) && s.CueAt(from - 1) is { Cue.Type: CueType.Postpone } verb && verb.End == from))
        {
            return false;
        }
        var reach = date.First - 1 - (offADate ? MoveOffReach : MoveObjectReach);
        var spanned = false;
        for (var t = from - 1; t >= 0 && t >= reach && s.Clause[t] == s.Clause[date.First]; t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Postpone or CueType.Cancel })
            {
                return true;
            }
            // "brought forward the premiere of 'Reborn Rich', starring Song Joong-ki, to Nov. 18 from Nov. 25": the new day
            // may stand first, right before, after its "to"; then the span reaches its verb past an aside, as "from … to" does.
            if (!spanned && t == from - 1 && s.DateAt(t) is { } newDay && s.Is(newDay.First - 1, language.MoveToWords))
            {
                (t, spanned, reach) = (newDay.First - 1, true, newDay.First - 1 - Sentences.SentenceScanner.MoveSpanReach);
                continue;
            }
            // «перенесли на неделю раньше, с 8 июня»: the shift's comma does not part the verb from its "from".
            if (s.DateAt(t) is not null || (!spanned && s.IsPhraseBreak(t) && !s.Is(t - 1, language.ShiftedWords)))
            {
                return false;
            }
        }
        return false;
    }

    // Words between a move's verb and "from": "the Lee Min-ho drama up", «дату».
    const int MoveObjectReach = 6;

    // Tokens between a move's verb and the "off" of a day named as a date, a title's quotes among them.
    const int MoveOffReach = 12;

    // "May 23: IVE — "Switch" (POSTPONED to June 6)", "• May 23 — IVE, mini album (delayed, new date TBA)", «• 23 мая —
    // IVE, «Switch» (перенесён на 6 июня)», «… — отменён»: a calendar line whose entry a note (in brackets, or after a
    // second dash) then cancels, moves to another day or leaves for a new date leaves its day — unless the note moved it from another day ("(pushed back from May
    // 9)", "(originally May 9)"), which makes it the new one. Not a wire's dateline ("SEOUL, Aug. 1 (Yonhap) -- … skipped").
    static bool ListedThenMoved(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var move = s.Cues.FindIndex(c => c.Cue.Type is CueType.Postpone or CueType.Cancel && c.First > date.Last
                                         && (s.OpenBracketOf(c.First) > date.Last || DashesBetween(s, date.Last, c.First) is var dashes && (dashes >= 2
                                             // "Wed 2 — NATURE, "CODE W": moved to Sunday the 6th": or after a colon.
                                             || (dashes == 1 && ColonBetween(s, date.Last + 1, c.First)))));
        // A bare "(rescheduled)", "(delayed two weeks)", "(moved up a week)" marks the listed day as the new one.
        var givenUp = move >= 0 && (s.Cues[move].Cue.Type == CueType.Cancel
                                    // "- MOVED, now Mon 4/1": "now" gives the new day as "to" does.
                                    || s.Dates.Exists(d => d.First > s.Cues[move].First && (s.Is(d.First - 1, language.MoveToWords) || s.Is(d.First - 1, language.NowWords)))
                                    || s.Cues.Exists(c => c.Cue is { Type: CueType.Release, Value: Words.NewDate } && c.First > date.Last));
        return givenUp && ListingMarks(s, date, language) is not null && !IsDateline(s, date, language)
               && !Negated(s, s.Cues[move].First, s.Clause[s.Cues[move].First], language)
               && !s.Dates.Exists(d => d.First > date.Last && (s.Is(d.First - 1, language.MoveFromWords) || s.CueAt(d.First - 1) is { Cue.Type: CueType.MovedFrom }
                                                             || s.Is(d.First - 1, language.FormerlyWords)));
    }

    // "will premiere on Nov. 24 — a week after the Nov. 17 date it had originally planned": a day followed by "date" is named,
    // not happening, beside another calendar day that is.
    // "two weeks ahead of the Dec. 15 launch that had been pencilled in": so is a day followed by its release's noun and a
    // plan told in the pluperfect.
    // "three weeks later than its earlier April 27 release date": so is a day followed by its release's noun and "date".
    static bool NamedAsADate(SentenceScan s, DateMention date, CompiledLanguage language) =>
        (s.Is(date.Last + 1, language.DateNouns) || ReleaseDateAfter(s, date.Last + 1, language) || PluperfectPlanOfItsRelease(s, date, language))
        && s.Dates.Exists(d => d != date && d.Form == DateForm.DayMonth && !s.Is(d.Last + 1, language.DateNouns));

    static bool ReleaseDateAfter(SentenceScan s, int t, CompiledLanguage language) =>
        s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule } noun && noun.First == t && s.Is(noun.End, language.DateNouns);

    static bool PluperfectPlanOfItsRelease(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (s.CueAt(date.Last + 1) is not { Cue.Type: CueType.Release or CueType.Schedule or CueType.Kind } noun || noun.First != date.Last + 1)
        {
            return false;
        }
        // "that had been", "it had first": the pluperfect's auxiliary a word or two on, then a plan's participle.
        for (var t = noun.End; t < s.Count && t <= noun.End + PluperfectReach && s.IsWord(t); t++)
        {
            if (s.Is(t, language.PluperfectAuxiliaries))
            {
                // "that had originally been announced": an adverb may stand before the participle's "been".
                for (var p = t + 1; p <= t + PluperfectReach + 1 && s.IsWord(p); p++)
                {
                    if (s.Is(p, language.PlanAsideParticiples))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    // Words from a release's noun to "had" ("that", "it"), and from "had" to the participle ("been", "first").
    const int PluperfectReach = 2;

    // "dropping its earlier plan to open the crime-action sequel on April 27", «отказались от первоначального плана выпустить
    // альбом 1 сентября»: a day in the phrase a former plan's noun opens (a few words on, no punctuation between).
    static bool FormerPlansDay(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        for (var t = date.First - 1; t > 0 && t >= date.First - FormerPlanReach && s.IsWord(t) && s.DateAt(t) is null; t--)
        {
            if (s.Is(t, language.PlanNouns) && s.Is(t - 1, language.FormerPlanAdjectives))
            {
                return true;
            }
        }
        return false;
    }

    // Words from a former plan's noun to its day: "plan to open the crime-action sequel on".
    const int FormerPlanReach = 8;

    // "On Oct. 7, instead of a new episode of "My Dearest", MBC will air the Asian Games final", «7 октября вместо новой серии
    // дорамы «Живи своей жизнью» покажут финал Азиатских игр»: right after the day, "instead of" a release whose work the
    // clause names nowhere else; the day is that work's no more (not "On May 5, instead of a single, IU releases an
    // album": IU is named outside the phrase).
    static bool DayOfWhatIsReplaced(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var clause = s.Clause[date.First];
        var lead = date.Last + 1;
        while (lead < s.Count && lead <= date.Last + InsteadReach && !s.Is(lead, language.InsteadOfLeads))
        {
            lead++;
        }
        if (lead >= s.Count || !s.Is(lead, language.InsteadOfLeads) || s.Clause[lead] != clause
            || (language.Table.InsteadOfWhatWords.Count > 0 && !s.Is(lead + 1, language.InsteadOfWhatWords)))
        {
            return false;
        }
        // The phrase runs to its comma or to the clause's verb.
        var end = lead + 1;
        var kind = false;
        while (end < s.Count && s.Clause[end] == clause && !s.IsPunct(end, ',') && s.CueAt(end) is not { Cue.Type: CueType.Release or CueType.Schedule })
        {
            kind |= s.CueAt(end) is { Cue.Type: CueType.Kind, Cue.Strength: KindStrength.Strong };
            end++;
        }
        var named = false;
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Clause[t] != clause || (s.QuoteOf[t] < 0 && !s.Names.Exists(n => n.First == t && n.Slug is not null)))
            {
                continue;
            }
            if (t < lead || t >= end)
            {
                return false; // the clause names a work outside the phrase
            }
            named = true;
        }
        return kind && named;
    }

    // Tokens from a day to its "instead of": ", instead of".
    const int InsteadReach = 2;

    // "tvN postponed Saturday's episode of "Queen of Tears"", "The May 25 episode has been postponed", "Tonight's episode
    // has been postponed to next week": a day that names its episode or release ("Saturday's", "the May 25") is the day the
    // move or cancellation after it gives up.
    static bool DayOfAMovedRelease(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var noun = s.IsPossessive(date.Last + 1) ? date.Last + 3 : date.Last + 1;
        // "Pulls Sept. 23 Korean Release": a word or two that say which release may stand between.
        for (var adjective = 0; adjective < ReleaseAdjectives && s.IsWord(noun) && s.CueOf[noun] < 0 && s.QuoteOf[noun] < 0 && s.CueAt(noun + 1) is not null
                                && !s.Names.Exists(n => n.First <= noun && noun < n.End); adjective++)
        {
            noun++;
        }
        if (s.CueAt(noun) is not { Cue.Type: CueType.Kind or CueType.Release } named || named.First != noun)
        {
            return false;
        }
        // A verb that moves it, not a noun ("sets June 11 release after second COVID delay") nor a participle before a title
        // or a kind ("sets June 17 release for delayed "Syncrofusion"", "of her delayed mini album"), nor "as scheduled"; and no
        // verb before the day that sets it as a new plan.
        var move = s.Cues.FindIndex(c => c.Cue.Type is CueType.Postpone or CueType.Cancel && !s.Is(c.End - 1, language.PostponementNouns)
                                         && !AttributiveMove(s, c, language));
        // Nor a shift of its time ("will air at 9:30 p.m., delayed 20 minutes") or one from another day ("IVE's June 6
        // album, delayed from May 23").
        return move >= 0 && s.Clause[s.Cues[move].First] == s.Clause[date.First] && !Negated(s, s.Cues[move].First, s.Clause[date.First], language)
               && s.Times.Count == 0 && !s.Is(s.Cues[move].End, language.MoveFromWords)
               && !s.Cues.Exists(c => c.Cue.Type == CueType.Idiom
                                      || (c.Cue.Type is CueType.Release or CueType.Schedule && c.End <= date.First && s.Clause[c.First] == s.Clause[date.First]));
    }

    // The words that may say which release stands after a day ("Sept. 23 Korean release").
    const int ReleaseAdjectives = 2;

    // A move's participle before a title or a kind, a word or two between: "for delayed "Syncrofusion"", "for delayed first
    // full album" (not a verb before its object: "delays her remake album", "push back their second mini album"). Without
    // titles, a quote after the move is not taken for one ("is postponed "in consideration of …"").
    static bool AttributiveMove(SentenceScan s, CueHit move, CompiledLanguage language, bool titles = true)
    {
        for (var t = move.End; t < s.Count && t <= move.End + ReleaseAdjectives; t++)
        {
            if ((titles && s.QuoteOf[t] >= 0) || s.CueAt(t) is { Cue.Type: CueType.Kind })
            {
                return true;
            }
            if (!s.IsWord(t) || (s.CueOf[t] >= 0 && s.CueAt(t) is not { Cue.Type: CueType.First }) || s.Names.Exists(n => n.First <= t && t < n.End)
                || s.Is(t, language.Determiners) || s.Is(t, language.PossessiveDeterminers))
            {
                return false;
            }
        }
        return false;
    }

    static int DashesBetween(SentenceScan s, int from, int to)
    {
        var dashes = 0;
        for (var t = from + 1; t < to; t++)
        {
            dashes += s.IsSpacedDash(t) ? 1 : 0;
        }
        return dashes;
    }

    // "…planned to release it on April 25, but Cube said it will come a day later", «…но релиз состоится на день позже»: a
    // contrast that shifts the plan by a span ("a day later", not "but later confirmed"), with no event or other kind of
    // work between ("but the music video will come out a day later", «но шоукейс пройдёт на два дня позже» move those).
    static bool ShiftedAfterContrast(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        var contrast = -1;
        for (var t = date.Last + 1; t < s.Count && contrast < 0; t++)
        {
            contrast = s.Is(t, language.ContrastWords) ? t : -1;
        }
        if (contrast < 0)
        {
            return false;
        }
        var planKinds = s.Cues.Where(c => c.Cue.Type == CueType.Kind && c.End <= contrast && s.Clause[c.First] == s.Clause[date.First]).Select(c => c.Cue.Kind).ToHashSet();
        for (var t = contrast + 1; t < s.Count; t++)
        {
            if (s.CueAt(t) is { } cue && (cue.Cue.Type == CueType.NotRelease
                                          || (cue.Cue.Type == CueType.Kind && cue.Cue.Kind != ReleaseKind.Other
                                              && (planKinds.Count > 0 ? !planKinds.Contains(cue.Cue.Kind) : cue.Cue.Kind is ReleaseKind.Mv or ReleaseKind.Film))))
            {
                return false;
            }
            if (s.Is(t, language.ShiftedWords) && s.IsWord(t - 1) && language.DurationUnits.Contains(s.Word(t - 1)))
            {
                return true;
            }
        }
        return false;
    }

    // «перенесли сначала с 12 на 26 марта, затем на неопределённый срок», "moved to Dec. 23 and then pulled from the
    // lineup", "then to Jan. 6": a day moved to and then moved (or called off) again is abandoned as well. Not "with the
    // video coming later on March 5": a day after "then" is a new move only with "to"/«на» before it.
    static bool Superseded(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        for (var t = date.Last + 1; t < s.Count; t++)
        {
            if (!s.Is(t, language.ThenWords))
            {
                continue;
            }
            for (var k = t + 1; k <= Math.Min(s.Count - 1, t + ThenReach); k++)
            {
                if (s.Is(k, language.IndefiniteWords) || s.CueAt(k) is { Cue.Type: CueType.Postpone or CueType.Cancel }
                    || (s.Is(k - 1, language.MoveToWords) && s.Dates.Any(d => d.First == k && d.Form == DateForm.DayMonth)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // Tokens after "then" that may hold the second move: "then, in turn, indefinitely".
    const int ThenReach = 4;

    // How far a cancellation word may stand before the day it gives up: "canceled the June 1 broadcast", "skipped its
    // Feb. 26 theatrical release", "will skip its regular broadcast tomorrow, April 7" (only its words between: see Canceled).
    const int CancelReach = 4;

    // The words a plan's participle adds between a cancellation and its day: "(also set for".
    const int ParticipleWords = 4;

    // How far after its day a cancellation word may end the phrase: "after its June 26 theatrical release was shelved".
    const int CanceledAfterReach = 6;

    // "tvN canceled the Dec. 30 and 31 broadcasts", "skipped its Feb. 26 theatrical release and will stream from April 10",
    // "will stream on April 10 after its June 26 theatrical release was shelved": the day a cancellation word governs
    // (right after it, past at most a determiner, or the last day shortly before it with no event word in between or
    // right after it) and the days listed with it name no new one. "Despite the canceled fan meeting, the album comes out
    // June 5" cancels another thing.
    static bool Canceled(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        if (date.Form is not (DateForm.DayMonth or DateForm.Weekday or DateForm.DayOnly or DateForm.Relative))
        {
            return false; // a calendar day, a weekday ("Will Skip Friday This Week"), a day of the month only or "tonight's"
        }
        if (EpisodesCalledOff(s, ListTail(s, date).Last + 1, language) || EpisodeNotThatDay(s, date, language))
        {
            return true;
        }
        var head = date;
        while (head is { Link: DateLink.List, Previous: { } listed })
        {
            head = listed;
        }
        foreach (var cancel in s.Cues)
        {
            if (cancel.Cue.Type != CueType.Cancel || s.Clause[cancel.First] != clause)
            {
                continue;
            }
            if (cancel.First < head.First && cancel.End > head.Last)
            {
                return true; // "dropped its Saturday broadcast": the words that call it off hold the day
            }
            // A plan's participle between ("pulled his solo single (also set for the 25th)") adds its own words to the reach.
            if (cancel.End <= head.First
                && UnquotedBetween(s, cancel.End, head.First) <= CancelReach + (PlanParticipleBetween(s, cancel.End, head.First) ? ParticipleWords : 0))
            {
                var between = true;
                for (var t = cancel.End; t < head.First; t++)
                {
                    // «отказалась от премьеры 23 сентября»: the release's own word may stand between too, and so may the
                    // show's title ("will skip "Come Back Mister" on Wednesday").
                    // "will skip its regular broadcast tomorrow, April 7": a broadcast's own words, and the day said twice.
                    between &= s.Is(t, language.Determiners) || s.Is(t, language.AttributeWords) || s.QuoteOf[t] >= 0
                               || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Kind or CueType.RelativeDay } || s.Is(t, language.RegularWords)
                               || (s.IsPunct(t, ',') && t + 1 == head.First)
                               // "pulled his solo single (also set for the 25th)", "…, set for the 25th": the plan's participle.
                               || ((s.IsPunct(t, ',') || s.IsPunct(t, '(')) && PlanParticipleAt(s, t + 1)) || PlanParticipleAt(s, t)
                               || (s.IsWord(t) && s.CueAt(t + 1) is { Cue.Type: CueType.Kind }) // "his solo single"
                               // «отпала и дата 18 января»: the day named as a date, "too".
                               || s.Is(t, language.DateNouns) || (s.Is(t, language.ListWords) && s.Is(t + 1, language.DateNouns))
                               // "is sitting out next week's Wednesday broadcast": the week said before its day.
                               || s.CueAt(t) is { Cue.Type: CueType.Vague } || s.IsPossessive(t) || (t > 0 && s.IsPossessive(t - 1));
                }
                if (between)
                {
                    return true;
                }
            }
            else if (cancel.First > date.Last && cancel.First - ListTail(s, date).Last <= CanceledAfterReach
                     && !UnlistedDayBetween(s, date.Last, cancel.First)
                     && !OfAnotherThing(s, date.Last, cancel, language))
            {
                return true;
            }
        }
        return false;
    }

    // "set for", "also set for": a schedule word with no auxiliary before it, as a participle names a plan.
    static bool PlanParticipleAt(SentenceScan s, int t) =>
        s.CueAt(t) is { Cue.Type: CueType.Schedule } || (s.IsWord(t) && s.Word(t) is "also" && s.CueAt(t + 1) is { Cue.Type: CueType.Schedule });

    static bool PlanParticipleBetween(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (PlanParticipleAt(s, t))
            {
                return true;
            }
        }
        return false;
    }

    // Tokens from one to another, a quoted title counting as none.
    static int UnquotedBetween(SentenceScan s, int from, int to)
    {
        var words = 0;
        for (var t = from; t < to; t++)
        {
            words += s.QuoteOf[t] >= 0 ? 0 : 1;
        }
        return words;
    }

    // A calendar day of its own (not listed with the one before it) strictly between two tokens.
    static bool UnlistedDayBetween(SentenceScan s, int after, int before)
    {
        foreach (var d in s.Dates)
        {
            if (d.First > after && d.First < before && d.Form == DateForm.DayMonth && d.Link != DateLink.List)
            {
                return true;
            }
        }
        return false;
    }

    // «Выход фильма, запланированный на 12 марта, отложен», "Its theatrical release on Feb. 26 was canceled": a day
    // before the postponement or cancellation word, with no other day in the clause and not the day moved to, was the
    // plan. A calendar day only: "Сегодня вышел сериал «X» — манга, перенесённая в Корею" moves no release. An event word
    // between them or right after the word moves that event instead: "The album comes out June 5, but the fan meeting was
    // canceled", "…on June 5 despite the canceled fan meeting".
    static bool PlannedThenPostponed(SentenceScan s, DateMention date, int clause, CompiledLanguage language) =>
        // Most days have no postponement or cancellation word after them: they are spared the look below and its lambdas.
        PostponedOrCanceledAfter(s, date.Last, language) && PostponedAfterThePlan(s, date, clause, language);

    static bool PostponedOrCanceledAfter(SentenceScan s, int last, CompiledLanguage language)
    {
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type is CueType.Postpone or CueType.Cancel && c.First > last && !AttributiveMove(s, c, language, titles: false))
            {
                return true;
            }
        }
        return false;
    }

    static bool PostponedAfterThePlan(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        // «Финал выйдет в воскресенье: показ перенесли из-за футбола»: a main clause that says the work will come out
        // that day gives the day it comes out on, whatever moved within it; a relative clause ("which will be released on
        // June 5, has been postponed") gives the plan, and a clause of contrast ("…, but the release was canceled") undoes it.
        var comesOut = !s.RelativeClauses.Contains(clause)
                       && s.Cues.Any(c => c.Cue is { Type: CueType.Release, Tense: Tense.Future } && s.Clause[c.First] == clause && c.End <= date.First);
        // "…on June 26, but the release was canceled": a clause of contrast with no day of its own goes on about it, or
        // with only the day it opens on, when the plan was dropped — after a plan ("…a December 9 release date, but on
        // November 30 the label paused everything"), not after a work that comes out ("will release the single on May 24,
        // but on May 9 Ador delayed the video").
        var next = Array.IndexOf(s.Clause, clause + 1);
        // "…was scheduled for November 20th, but has been delayed to the 21st": a day the contrast clause moves the plan
        // to is the new one, not another event.
        var contrast = next > 0 && s.Is(next, language.ContrastWords)
                       && !s.Dates.Any(d => s.Clause[d.First] == clause + 1 && (comesOut || (d.First > next + ContrastOpeningDay && !PostponedTo(s, d, language))));
        // "BEAST released their single on Wednesday, but the group's promotions have been postponed": what came out that day
        // came out, whatever the contrast moves ("was to be released on June 5, but …" is a plan).
        var cameOut = s.Cues.Any(c => c.Cue is { Type: CueType.Release, Tense: Tense.Past } && s.Clause[c.First] == clause && c.End <= date.First
                                      && !s.Is(c.First - 1, language.InfinitiveBe));
        var undone = contrast && !cameOut;
        var planKinds = undone ? PlanKinds(s, clause) : null;
        // "The premiere was scheduled for Aug. 26, but tvN swapped the two shows", «премьеру ставили на 1 июля, но 25 июня
        // канал транслировал церемонию, и весь блок сдвинулся на неделю»: a plan told in the past may be moved in any clause
        // after the contrast, and an event there before the move is its cause.
        var pastPlan = undone && PastPlan(s, date, clause, language);
        var postponedAfter = false;
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type is not (CueType.Postpone or CueType.Cancel) || c.First <= date.Last)
            {
                continue;
            }
            var cueClause = s.Clause[c.First];
            var ofThePlan = cueClause == clause
                ? !comesOut
                // "…, but the music video was delayed by a day" moves the video
                : planKinds is not null && (cueClause == clause + 1 || pastPlan) && !OtherKindBefore(s, c.First, planKinds);
            var from = pastPlan && cueClause > clause ? Array.IndexOf(s.Clause, cueClause) - 1 : date.Last;
            if (ofThePlan && !OfAnotherThing(s, from, c, language) && !AfterCause(s, date.Last, c, language))
            {
                postponedAfter = true;
                break;
            }
        }
        var movedTo = s.Cues.Any(c => c.Cue.Type == CueType.Postpone && c.End <= date.First && s.Clause[c.First] == clause);
        return postponedAfter && !movedTo && (date.Form is DateForm.DayMonth or DateForm.Weekday || ScheduledFor(s, date))
               && !s.Dates.Any(d => d != date && d.Form == DateForm.DayMonth && s.Clause[d.First] == clause && !IsDateline(s, d, language) && !IsAnnouncementDate(s, d, language)
                                    && !MovedToAfter(s, date, d, language));
    }

    // "was set for Feb. 21 but has been pushed back to March 2" (no comma: one clause): the day a postponement word after
    // the plan moves it to is the plan's new day, not another of the clause's own.
    static bool MovedToAfter(SentenceScan s, DateMention plan, DateMention d, CompiledLanguage language) =>
        d.First > plan.Last && MoveTo(s, d, language) is { } moved && moved.First > plan.Last;

    // Tokens from a contrast word to the day that opens its clause: "but on November 30", «но 30 ноября».
    const int ContrastOpeningDay = 2;

    // "but has been delayed to the 21st", «но его перенесли на 21 ноября»: a day right after a postponement word and its
    // move-to word, in a clause that names nothing of its own before that word ("but the video was delayed to the 27th"
    // moves the video).
    static bool PostponedTo(SentenceScan s, DateMention d, CompiledLanguage language)
    {
        if (MoveTo(s, d, language) is not { } moved)
        {
            return false;
        }
        var start = Array.IndexOf(s.Clause, s.Clause[d.First]);
        for (var t = start; t < moved.First; t++)
        {
            if (EventOrTitle(s, t) || s.CueAt(t) is { Cue.Type: CueType.Kind } || s.NameStartsAt(t))
            {
                return false;
            }
        }
        return true;
    }

    // The move that a day is moved to by: "to"/«на» right before it, and the move's verb right before that, or before its
    // object and particle ("pushed it back to Feb. 19").
    static CueHit? MoveTo(SentenceScan s, DateMention d, CompiledLanguage language)
    {
        var to = d.First - 1;
        if (!s.Is(to, language.MoveToWords))
        {
            return null;
        }
        for (var t = to - 1; t >= 0 && t >= to - SeparatedMoveReach; t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Postpone } moved)
            {
                return moved;
            }
            if (!s.IsWord(t) || s.StartsUpper(t) || s.CueAt(t) is not null)
            {
                return null;
            }
        }
        return null;
    }

    // Words between a move's verb and the "to" of its day: "it back", "the date back".
    const int SeparatedMoveReach = 4;

    // "opens in theaters on Wednesday after a pandemic-related delay", «выйдет в пятницу после переноса»: the delay is
    // behind the day, which stands. Only words after the day count ("was due Friday but got delayed" is a plan).
    static bool AfterCause(SentenceScan s, int dateLast, CueHit moved, CompiledLanguage language)
    {
        for (var t = moved.First - 1; t > dateLast && t >= moved.First - 1 - ObjectReach; t--)
        {
            if (s.Is(t, language.CauseWords))
            {
                return true;
            }
        }
        return false;
    }

    // How far before a weekday or "today" its schedule word may stand: "which was scheduled for 6 p.m. today".
    const int ScheduledForReach = 3;

    // "episode 10, scheduled for Saturday, will be postponed", "which was scheduled for 6 p.m. today": a weekday or a
    // relative day that a schedule word dates is a plan as well as a calendar day is.
    static bool ScheduledFor(SentenceScan s, DateMention date)
    {
        for (var (t, words) = (date.First - 1, 0); t >= 0 && words <= ScheduledForReach; t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Schedule })
            {
                return date.Form is DateForm.Weekday or DateForm.Relative;
            }
            words += InTime(s, t) ? 0 : 1;
        }
        return false;
    }

    // How many plain words after a postponement or cancellation word its object may stand: "canceled its planned fan meeting".
    const int ObjectReach = 3;

    // «22 и 23 сентября»: the last day listed with this one.
    static DateMention ListTail(SentenceScan s, DateMention date)
    {
        for (var next = ListedAfter(s, date); next is not null; next = ListedAfter(s, next))
        {
            date = next;
        }
        return date;
    }

    static DateMention? ListedAfter(SentenceScan s, DateMention date)
    {
        foreach (var d in s.Dates)
        {
            if (d.Previous == date && d.Link == DateLink.List)
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>An episode's ordinal ("fourth", «восьмой», «4-я», «14-й») at token t: the token after it, or -1.</summary>
    public static int EpisodeOrdinal(SentenceScan s, int t, CompiledLanguage language) =>
        s.Is(t, language.LaterWords) ? t + 1
        : s.TryNumber(t, 2, 99, out _) && s.IsDash(t + 1) && s.Glued(t + 1) && s.Is(t + 2, language.EpisodeOrdinalSuffixes) ? t + 3
        : -1;

    // «22 и 23 сентября новых серий «Мистера Саншайна» не будет»: right after the days, the show's episodes and "there
    // will be none".
    static bool EpisodesCalledOff(SentenceScan s, int t, CompiledLanguage language)
    {
        t += s.CueAt(t) is { Cue.Type: CueType.New } ? 1 : 0;
        // «Сегодня 14-й серии «Легенды синего моря» не будет», «восьмой серии … не будет»: the episode's number may stand
        // before its word.
        t = EpisodeOrdinal(s, t, language) is > 0 and var afterOrdinal ? afterOrdinal : t;
        if (!s.Is(t, language.EpisodeCountWords) && s.CueAt(t) is not { Cue: { Type: CueType.Kind, Kind: ReleaseKind.Episode } })
        {
            return false;
        }
        var quote = t + 1 < s.Count ? s.QuoteOf[t + 1] : -1;
        if (quote < 0)
        {
            return false;
        }
        t++;
        while (t < s.Count && s.QuoteOf[t] == quote)
        {
            t++;
        }
        return WillNotBe(s, t, language);
    }

    // «не будет», "will not be" … at token t: there will be none.
    static bool WillNotBe(SentenceScan s, int t, CompiledLanguage language) =>
        s.Is(t, language.NegationWords) && s.CueAt(t + 1) is { Cue: { Type: CueType.Tense, Tense: Tense.Future } };

    // «Третьей серии «Сказания о госпоже Ок» сегодня НЕ будет»: the episode and its show before the day, "there will be
    // none" right after it.
    static bool EpisodeNotThatDay(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (!WillNotBe(s, ListTail(s, date).Last + 1, language))
        {
            return false;
        }
        var t = date.First - 1;
        if (t >= 0 && s.QuoteOf[t] is >= 0 and var quote)
        {
            while (t >= 0 && s.QuoteOf[t] == quote)
            {
                t--;
            }
        }
        return s.Is(t, language.EpisodeCountWords) || s.CueAt(t) is { Cue: { Type: CueType.Kind, Kind: ReleaseKind.Episode } };
    }

    // "…on June 5, but the fan meeting was canceled", "after canceling its planned fan meeting", "in place of the canceled
    // "Signal"", "after "Signal" was canceled": an event word or a title between the day and the word, or its object
    // after it, is what moved; the day's release stays.
    static bool OfAnotherThing(SentenceScan s, int dateLast, CueHit moved, CompiledLanguage language)
    {
        for (var t = dateLast + 1; t < moved.First; t++)
        {
            if (s.IsPunct(t, '('))
            {
                // «на эту пятницу (канал поставил показ фильма «Заражение») релизы сдвинули»: an aside names no mover.
                while (t + 1 < moved.First && !s.IsPunct(t, ')'))
                {
                    t++;
                }
                continue;
            }
            if (s.QuoteOf[t] >= 0 && KindNamesTheTitle(s, t, dateLast, moved))
            {
                t = s.QuoteEnd(t) - 1; // "November 1 — IU's mini album "Love Poem" is on hold": the day's own release, named
                continue;
            }
            if (EventOrTitle(s, t))
            {
                return true;
            }
        }
        // "is postponed "in consideration of the social atmosphere"": a passive verb has no object; a quote after it is a reason.
        var passive = s.Is(moved.First - 1, language.PassiveAuxiliaries) && !language.Progressive(s.Word(moved.First)); // not "is postponing "X""
        for (var t = moved.End; !passive && t < Math.Min(s.Count, moved.End + ObjectReach + 1); t++)
        {
            if (EventOrTitle(s, t))
            {
                return true;
            }
            var opensTitle = s.Tokens[t].Type == TokenType.Punct && t + 1 < s.Count && s.QuoteOf[t + 1] >= 0;
            if ((!s.IsWord(t) && !opensTitle) || s.CueAt(t) is not null)
            {
                return false;
            }
        }
        return false;
    }

    // A title its kind word introduces ("mini album "Love Poem"", «альбом «Х»»), in a sentence with no release, schedule
    // or event word before the move ("DAY6 return Monday with its EP "…," swapping …" releases) and no day after it («4-я серия
    // «…», перенесённая с субботы» is the day moved to): the release the day was planned for, not another thing.
    static bool KindNamesTheTitle(SentenceScan s, int quoted, int dateLast, CueHit moved)
    {
        var open = quoted - 1;
        while (open > dateLast && s.Tokens[open].Type == TokenType.Punct)
        {
            open--;
        }
        var clause = s.Clause[moved.First];
        return open > dateLast && s.CueAt(open) is { Cue.Type: CueType.Kind } kind && kind.End == open + 1
               && !s.Cues.Exists(c => c.Cue.Type is CueType.Release or CueType.Schedule or CueType.NotRelease && c.First < moved.First)
               && !s.Dates.Exists(d => d.First > moved.First && s.Clause[d.First] == clause);
    }

    static bool EventOrTitle(SentenceScan s, int t) => s.CueAt(t) is { Cue.Type: CueType.NotRelease } || s.QuoteOf[t] >= 0;

    public static DateOnly? PostponedFromDate(SentenceScan s, DateMention date, int clause, DateResolver dates, CompiledLanguage language)
    {
        if (date.Previous is { } previous && (date.Link == DateLink.Move || (date.Link == DateLink.Range && HasCue(s, clause, CueType.Postpone))))
        {
            return dates.Resolve(s, previous, clause);
        }
        var moved = s.Dates.FirstOrDefault(d => d != date && s.Clause[d.First] == clause && IsMovedFrom(s, d, language));
        return moved is null ? null : dates.Resolve(s, moved, clause);
    }

    // A release verb in another clause counts when this clause names a kind ("а альбом — 24 мая") or that clause has no date
    // but one left behind («выйдет не 21-го, а на день позже — 22 декабря»).
    public static CueHit? SentenceLevelRelease(SentenceScan s, int clause, bool clauseHasKind, CompiledLanguage language)
    {
        foreach (var cue in s.Cues)
        {
            if (cue.Cue.Type != CueType.Release || s.Clause[cue.First] == clause)
            {
                continue;
            }
            if (clauseHasKind || !DatedClause(s, s.Clause[cue.First], language))
            {
                return cue;
            }
        }
        return null;
    }

    // A clause with a day of its own, not one denied right before it ("not on Oct. 19", «не 21-го»).
    static bool DatedClause(SentenceScan s, int clause, CompiledLanguage language)
    {
        foreach (var d in s.Dates)
        {
            if (s.Clause[d.First] == clause && !NegationAt(s, WordBeforeTheDay(s, d, language), language))
            {
                return true;
            }
        }
        return false;
    }

    // The word before a day and its preposition, where a denial stands: "not on Oct. 19", «не 21-го».
    static int WordBeforeTheDay(SentenceScan s, DateMention d, CompiledLanguage language) =>
        d.First - (s.Is(d.First - 1, language.DatePrepositions) ? 2 : 1);

    /// <summary>A not-a-release cue (concert, birthday, tickets...) closer to the date than anything saying release.</summary>
    public static bool IsVetoed(
        SentenceScan s, DateMention date, int clause, CueHit signal, List<KindCue> kinds, bool sentenceLevel, CompiledLanguage language)
    {
        // "so no ep 6 on saturday": a kind word the day's own clause negates refuses it too.
        if ((!sentenceLevel || (s.Clause[signal.First] == clause && signal.Cue.Type == CueType.Kind)) && Refused(s, signal, clause, language))
        {
            return true; // "will not air on Dec. 30", «не выйдет 12 марта», «дебют 1 мая не состоится»
        }
        if (OccasionDay(s, date, language) || DatesTheDelaysCause(s, date, clause, language) || PostponedWithNoNewDay(s, signal, language) || ShowsAnEvent(s, signal, sentenceLevel, language)
            || OfAnEventBefore(s, date, clause)
            || EventComesOut(s, signal, clause, kinds, sentenceLevel) || EventRightAfterTheVerb(s, signal, sentenceLevel))
        {
            return true;
        }
        var best = int.MaxValue;
        foreach (var cue in s.Cues)
        {
            if (cue.Cue.Type != CueType.NotRelease || s.Clause[cue.First] != clause || KindOverlaps(kinds, cue)
                || ForPurpose(s, cue.First, language) || InCircumstance(s, cue.First, date, language) || InActsAside(s, cue, signal)
                || NamesTheDay(s, cue.First, language))
            {
                continue; // "released its album on Friday to celebrate the 15th anniversary of its debut": why, not what
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
            // «В понедельник KBS2 показывает матч сборных»: a broadcaster says who airs, not that a show is what airs.
            if (!kind.Container && !s.Is(kind.First, language.TvWords))
            {
                signalDistance = Math.Min(signalDistance, SentenceScan.Gap(date.First, date.Last, kind.First, kind.End - 1));
            }
        }
        return best < signalDistance;
    }

    // How far an occasion may stand from its day: "the Dec. 19 presidential election", «5 мая — День детей»; and from its
    // verb: «Соллаль в этом году приходится на 19 февраля», "Chuseok, which falls on Sept. 19".
    const int OccasionReach = 3;
    const int OccasionVerbReach = 8;

    // The day of the occasion a release is timed against, not the release's: named right before the occasion ("less than
    // three weeks before the Dec. 19 presidential election", "the March 1 centennial", «5 мая — День детей»), or given by
    // the occasion's verb («Соллаль в этом году приходится на 19 февраля», «23 января Корея отмечает Соллаль»). Nothing
    // of a release between: "opens on Jan. 26, ahead of the Lunar New Year holiday" is the film's day.
    static bool OccasionDay(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        for (var t = date.Last + 1; t < s.Count && t <= date.Last + OccasionReach && (s.IsWord(t) || s.IsDash(t)) && !NamesAWorkAt(s, t)
                                    && !s.Is(t, language.OccasionRelations); t++)
        {
            if (s.Is(t, language.OccasionWords))
            {
                // "its Sept. 13 Chuseok release", "a Chuseok special": the occasion only names the release; "on Dec. 24 on
                // Christmas Eve", «16 сентября в праздник Чхусок»: the release is set on it; «сегодня у нас праздник: RM выпустил
                // альбом»: what the colon opens is the occasion.
                return !(s.CueAt(t + 1) is { Cue.Type: CueType.Kind or CueType.Release or CueType.Schedule } || NamesAWorkAt(s, t + 1)
                         || s.Is(t + 1, language.OccasionReleaseNouns) || s.Is(t - 1, language.OccasionOnWords) || s.IsPunct(t + 1, ':'));
            }
            if (s.Is(t, language.OccasionVerbs))
            {
                for (var k = t + 1; k < s.Count && k <= t + OccasionReach && s.IsWord(k); k++)
                {
                    if (s.Is(k, language.OccasionWords))
                    {
                        return true;
                    }
                }
            }
        }
        var verb = false;
        for (var t = date.First - 1; t >= 0 && t >= date.First - OccasionVerbReach && !NamesAWorkAt(s, t) && !(s.Consumed[t] && s.DateAt(t) is not null); t--)
        {
            verb |= s.Is(t, language.OccasionVerbs);
            if (verb && s.Is(t, language.OccasionWords))
            {
                return true;
            }
        }
        return false;
    }

    static bool NamesAWorkAt(SentenceScan s, int t) =>
        t >= 0 && t < s.Count && (s.QuoteOf[t] >= 0 || s.CueAt(t) is { Cue.Type: CueType.Kind or CueType.Release or CueType.Schedule });

    // «Тизеры, которые выходили 5, 7 и 9 января, …», "the teasers, which came out on Jan. 5, …": a relative clause of an
    // event word that names no act or title before the day («постер, согласно которому пластинка «XOXO» выйдет …» does)
    // tells when that came out.
    static bool OfAnEventBefore(SentenceScan s, DateMention date, int clause)
    {
        if (!s.RelativeClauses.Contains(clause))
        {
            return false;
        }
        var start = Array.IndexOf(s.Clause, clause);
        var antecedent = start - (s.IsPunct(start - 1, ',') ? 2 : 1);
        for (var t = start; t <= date.Last; t++)
        {
            if (s.QuoteOf[t] >= 0 || s.NameStartsAt(t))
            {
                return false;
            }
        }
        return s.CueAt(antecedent) is { Cue.Type: CueType.NotRelease };
    }

    // A kind word (not a container's) that overlaps the cue: "concert film".
    static bool KindOverlaps(List<KindCue> kinds, CueHit cue)
    {
        foreach (var k in kinds)
        {
            if (SentenceScan.Gap(k.First, k.End - 1, cue.First, cue.End - 1) == 0 && !k.Container)
            {
                return true;
            }
        }
        return false;
    }

    // "V, currently serving in the military, releases …", "V, fresh from his tour, releases …": an aside between commas
    // after the act, right before its verb, tells of the act, not of what the day brings.
    static bool InActsAside(SentenceScan s, CueHit cue, CueHit signal)
    {
        if (signal.Cue.Type is not (CueType.Release or CueType.Schedule) || signal.First <= cue.End || !s.IsPunct(signal.First - 1, ','))
        {
            return false;
        }
        for (var t = cue.First - 1; t >= 0; t--)
        {
            if (s.IsPunct(t, ','))
            {
                return s.NameEndingAt(t) is not null && !CommaBetween(s, cue.End, signal.First - 1);
            }
            if (!s.IsWord(t))
            {
                return false;
            }
        }
        return false;
    }

    static bool CommaBetween(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (s.IsPunct(t, ','))
            {
                return true;
            }
        }
        return false;
    }

    // «22 и 23 сентября в эфир выйдут праздничные спецвыпуски», "tvN will air special programs on both days": an event
    // right after the verb, its describing words at most between, is what comes out.
    const int EventAfterVerbReach = 2;

    static bool EventRightAfterTheVerb(SentenceScan s, CueHit signal, bool sentenceLevel)
    {
        if (sentenceLevel || signal.Cue.Type is not (CueType.Release or CueType.Schedule))
        {
            return false;
        }
        for (var t = signal.End; t < s.Count && t <= signal.End + EventAfterVerbReach; t++)
        {
            if (s.CueAt(t) is { } cue)
            {
                // Not «поп-ап альбом», where the event word describes a record ("concert series" stays a concert).
                return cue.Cue.Type == CueType.NotRelease && s.CueAt(cue.End) is not { Cue: { Type: CueType.Kind, Kind: ReleaseKind.Album or ReleaseKind.Ep or ReleaseKind.Single } };
            }
            if (!s.IsWord(t) || s.QuoteOf[t] >= 0 || s.NameStartsAt(t))
            {
                return false;
            }
        }
        return false;
    }

    // «Трек-лист и тизер клипа были опубликованы 1 и 2 июля», "A new special poster released Tuesday shows …": what comes out
    // is the event that opens the clause, right before the verb, when the clause names no work of its own ("The singer will
    // hold the showcase for her solo debut" opens with the act; «фестиваль: в понедельник вернулись OH MY GIRL» breaks).
    static bool EventComesOut(SentenceScan s, CueHit signal, int clause, List<KindCue> kinds, bool sentenceLevel)
    {
        // A work named after a colon is what the event lists («Трек-лист (опубликован …): заглавная WIND AND WISH»).
        if (sentenceLevel || signal.Cue.Type is not (CueType.Release or CueType.Schedule)
            || KindWithNoColonBefore(s, signal.End, kinds))
        {
            return false;
        }
        var opening = signal.First;
        while (opening > 0 && s.Clause[opening - 1] == clause)
        {
            opening--;
        }
        CueHit? first = null, last = null;
        foreach (var cue in s.Cues)
        {
            if (cue.First >= opening && cue.End <= signal.First)
            {
                if (cue.Cue.Type == CueType.NotRelease)
                {
                    first ??= cue;
                    last = cue;
                }
                else if (cue.Cue.Type is not (CueType.New or CueType.First or CueType.Tense or CueType.Kind or CueType.ClauseBreak))
                {
                    return false;
                }
            }
        }
        if (first is not { } opens || last is not { } nearest || opens.First - opening > EventOpensClause || signal.First - nearest.End > EventOpensClause)
        {
            return false;
        }
        for (var t = opening; t < signal.First; t++)
        {
            // «Трек-лист (опубликован в полночь 19 апреля)»: a bracket may open the verb's aside.
            if ((!s.IsWord(t) && s.CueAt(t) is null && !(t == signal.First - 1 && s.IsPunct(t, '('))) || s.QuoteOf[t] >= 0 || s.NameStartsAt(t))
            {
                return false;
            }
        }
        return true;
    }

    static bool KindWithNoColonBefore(SentenceScan s, int from, List<KindCue> kinds)
    {
        foreach (var k in kinds)
        {
            if (!k.Container && !ColonBetween(s, from, k.First))
            {
                return true;
            }
        }
        return false;
    }

    static bool ColonBetween(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (s.IsPunct(t, ':'))
            {
                return true;
            }
        }
        return false;
    }

    // Words before an event that still open its clause ("A new special poster") and after it before the verb («тизер клипа были»).
    const int EventOpensClause = 4;

    // «канал покажет матч Корея — Катар», "will show the quarterfinal": the verb's object right after it is an event, not a work.
    static bool ShowsAnEvent(SentenceScan s, CueHit signal, bool sentenceLevel, CompiledLanguage language)
    {
        if (sentenceLevel || signal.Cue.Type is not (CueType.Release or CueType.Schedule))
        {
            return false;
        }
        var next = s.Is(signal.End, language.Determiners) ? signal.End + 1 : signal.End;
        // "dropped the first teaser", «выложили первый мувинг-постер», "unveiled a new poster": an order or "new" between.
        next += s.CueAt(next) is { Cue.Type: CueType.First or CueType.New } ordinal && ordinal.First == next ? ordinal.End - ordinal.First : 0;
        return (s.CueAt(next) is { Cue.Type: CueType.NotRelease } hit && hit.First == next) || EventOpensTheClause(s, signal, language);
    }

    // «Концерт 13-го покажут в прямом эфире на YouTube», "Teaser images … will drop on May 13": an event that opens the
    // verb's clause, with no work or name before the verb (a kind, a title, an act, another verb of release), is what the
    // verb shows; not an address («армии, …») nor a subject's description («Победитель шоу Superstar K4 Рой Ким …»).
    static bool EventOpensTheClause(SentenceScan s, CueHit signal, CompiledLanguage language)
    {
        var first = Array.IndexOf(s.Clause, s.Clause[signal.First]);
        while (first >= 0 && first < signal.First && (s.Tokens[first].Type == TokenType.Punct || s.Is(first, language.Determiners)))
        {
            first++;
        }
        if (first < 0 || first >= signal.First || s.CueAt(first) is not { Cue.Type: CueType.NotRelease } evt || evt.First != first)
        {
            return false;
        }
        if (s.IsPunct(evt.End, ','))
        {
            return false;
        }
        for (var t = evt.End; t < signal.First; t++)
        {
            if (s.QuoteOf[t] >= 0 || s.NameStartsAt(t) || s.CueAt(t) is { Cue.Type: CueType.Kind or CueType.Release or CueType.Schedule or CueType.NotRelease })
            {
                return false;
            }
        }
        return true;
    }

    // "postponed it following the crowd crush in Itaewon on Oct. 29", «перенесли из-за трагедии 29 октября»: after a
    // postponement, a day that "following"/«из-за» leads to (with no "to"/«на» since) dates the reason, not the release.
    static bool DatesTheDelaysCause(SentenceScan s, DateMention date, int clause, CompiledLanguage language)
    {
        var postponed = s.Cues.Count - 1;
        while (postponed >= 0 && !(s.Cues[postponed].Cue.Type == CueType.Postpone && s.Cues[postponed].End <= date.First && s.Clause[s.Cues[postponed].First] == clause))
        {
            postponed--;
        }
        if (postponed < 0)
        {
            return false;
        }
        for (var t = date.First - 1; t >= s.Cues[postponed].End; t--)
        {
            if (s.Is(t, language.CauseWords))
            {
                return true;
            }
            // "…because of the Olympics and will premiere on Oct. 12": a verb since the cause starts a new statement;
            // "to" is a move, but not the "to" of "due to".
            if ((s.Is(t, language.MoveToWords) && !s.Is(t - 1, language.CauseWords))
                || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Tense })
            {
                return false;
            }
        }
        return false;
    }

    // "not", "isn't", «не» up to three words before the release word ("will not be broadcast", "isn't expected to air",
    // «не сможет выйти»), in the same phrase: punctuation or a name between ends it ("Don't forget: TWICE release…").
    // "not only released", «не только выпустили» and "Don't miss the premiere" negate another word.
    public static bool Negated(SentenceScan s, int verb, int clause, CompiledLanguage language)
    {
        if (verb > 0 && s.IsWord(verb - 1) && s.Word(verb - 1) is "no" && !s.StartsUpper(verb - 1))
        {
            return true; // "Monday to Thursday: no releases on our radar", "no comeback this month"
        }
        for (var t = verb - 1; t >= Math.Max(0, verb - NegationReach) && s.Clause[t] == clause; t--)
        {
            var noLonger = s.IsWord(t) && s.Word(t) is "longer" && s.IsWord(t - 1) && s.Word(t - 1) is "no"; // "will no longer premiere"
            if ((NegationAt(s, t, language) || noLonger) && !s.Is(t + 1, language.NegationExceptions))
            {
                return true;
            }
            if (!s.IsWord(t) || (s.StartsUpper(t) && t > 0))
            {
                return false;
            }
        }
        return false;
    }

    const int NegationReach = 3;

    // How many tokens the object between a refused verb and the release word after it may hold ("her solo debut").
    const int RefusedObjectReach = 3;

    // Words or a title between: an object («не выйдет — её покажут 15-го» has a dash and another verb).
    static bool WordsOnly(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!s.IsWord(t) && s.QuoteOf[t] < 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Wendy will not release her solo debut on March 29", «не выпустит свой сольный дебют 29 марта»: a negated release
    /// verb shortly before the release word (in its clause, only its object between) refuses what that word names.
    /// </summary>
    public static CueHit? NegatedVerbBefore(SentenceScan s, CueHit release, int clause, CompiledLanguage language)
    {
        if (Negated(s, release.First, clause, language))
        {
            return null;
        }
        foreach (var c in s.Cues)
        {
            if (c.Cue.Type == CueType.Release && c.End <= release.First && release.First - c.End <= RefusedObjectReach && s.Clause[c.First] == clause
                && WordsOnly(s, c.End, release.First) && !s.Cues.Exists(e => e.Cue.Type == CueType.NotRelease && e.First >= c.End && e.First < release.First)
                && Negated(s, c.First, clause, language))
            {
                return c;
            }
        }
        return null;
    }

    /// <summary>
    /// The release word negated, or a negated verb of release or of the future after it in its clause: «сольный дебют Чон
    /// Сомин 1 мая не состоится», «дебюта 1 мая не будет», "the debut on May 1 will not take place" refuse what the word names.
    /// </summary>
    public static bool Refused(SentenceScan s, CueHit release, int clause, CompiledLanguage language)
    {
        if (Negated(s, release.First, clause, language))
        {
            return true;
        }
        foreach (var c in s.Cues)
        {
            if (c.First > release.First && s.Clause[c.First] == clause
                && (c.Cue.Type is CueType.Release or CueType.Schedule || c.Cue is { Type: CueType.Tense, Tense: Tense.Future })
                && (Negated(s, c.First, clause, language) || (c.Cue.Type == CueType.Tense && NegationAt(s, c.End, language)))
                && !OtherThingBetween(s, release.End, c.First))
            {
                return true;
            }
        }
        return false;
    }

    // «выйдет 13 мая, задержек не будет», "the showcase will not take place": a delay or an event between (or a comma that
    // opens another statement) is what the negated verb denies, not the release.
    static bool OtherThingBetween(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (s.IsPunct(t, ','))
            {
                return true;
            }
        }
        foreach (var c in s.Cues)
        {
            if (c.First >= from && c.First < to && c.Cue.Type is CueType.Postpone or CueType.Cancel or CueType.NotRelease)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"not", «не», or the "t" of "isn't".</summary>
    public static bool NegationAt(SentenceScan s, int t, CompiledLanguage language) =>
        s.Is(t, language.NegationWords) || (s.IsWord(t) && s.Word(t) is "t" && s.IsPunct(t - 1, '\''));

    // How many words may stand between a postponement word and the release it governs: "the postponement of the release".
    const int PostponedObjectReach = 2;

    // «Ранее на этой неделе о переносе релизов объявили Block B», "Block B announced the postponement of their release
    // this week": a release that a noun of postponement or cancellation governs is no release on the sentence's day,
    // unless a day is said after "to"/«на» (the day it moved to). A participle says nothing of the day: "BTS' delayed
    // album will finally arrive on March 3".
    static bool PostponedWithNoNewDay(SentenceScan s, CueHit signal, CompiledLanguage language) =>
        // Most releases have no postponement or cancellation word before them: the look below and its lambdas are spared.
        PostponedOrCanceledBy(s, signal.First) && GovernedWithNoNewDay(s, signal, language);

    static bool GovernedWithNoNewDay(SentenceScan s, CueHit signal, CompiledLanguage language)
    {
        var governed = s.Cues.Any(c => c.Cue.Type is CueType.Postpone or CueType.Cancel && c.End <= signal.First && s.Is(c.End - 1, language.PostponementNouns)
                                       && signal.First - c.End <= PostponedObjectReach
                                       && Enumerable.Range(c.End, signal.First - c.End).All(t => s.IsWord(t) && s.CueAt(t) is null));
        return governed && !s.Dates.Any(d => s.Is(d.First - 1, language.MoveToWords));
    }

    // "On April 19, the day of their anniversary, Apink released …", «в день годовщины выпустили»: the occasion names the
    // day the release comes on.
    static bool NamesTheDay(SentenceScan s, int eventWord, CompiledLanguage language)
    {
        var t = eventWord - 1;
        while (s.Is(t, language.Determiners) || (s.IsWord(t) && s.Word(t) is "of"))
        {
            t--;
        }
        return s.Is(t, language.DayOfWords);
    }

    // How far before an event word its purpose word may stand: "to celebrate the 15th anniversary".
    const int PurposeReach = 5;

    // "released his second solo album on Friday while serving in the military", «выпустил альбом в пятницу, пока проходит
    // военную службу»: the event after "while" is the circumstance the release came out in.
    // "to April 12 as broadcasters prepare news coverage" (not "on Saturday as the quarterfinal takes over Friday", whose day
    // is the circumstance's own).
    static bool InCircumstance(SentenceScan s, int eventWord, DateMention date, CompiledLanguage language)
    {
        for (var t = eventWord - 1; t >= Math.Max(0, eventWord - PurposeReach) && s.IsWord(t); t--)
        {
            if (s.Is(t, language.CircumstanceWords))
            {
                return date.Last < t;
            }
        }
        return false;
    }

    // "15th", «15-й» are part of the phrase; other punctuation ends it.
    static bool ForPurpose(SentenceScan s, int eventWord, CompiledLanguage language) =>
        s.WordBefore(eventWord, PurposeReach, language.PurposeWords,
            static (s, t) => s.IsWord(t) || s.Tokens[t].Type == TokenType.Number || (s.IsDash(t) && s.Glued(t)));

    // Tokens between two, a run of capitalised words counting once: after an aside, "Off The Record Entertainment and
    // Swing Entertainment announced" is an agency or two, not a long way from the day.
    static int WordsBetween(SentenceScan s, int from, int to)
    {
        var words = 0;
        for (var t = from + 1; t < to; t++)
        {
            words += t > from + 1 && s.IsWord(t) && s.StartsUpper(t) && s.IsWord(t - 1) && s.StartsUpper(t - 1) ? 0 : 1;
        }
        return words + 1;
    }

    // Tokens an aside between commas may take after a day: ", just hours before the release,".
    const int DayAsideReach = 8;

    // "announced on May 2 that…", "объявило 2 мая": the day the news broke.
    public static bool IsAnnouncementDate(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        for (var t = date.First - 1; t >= Math.Max(0, date.First - 2); t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Announce })
            {
                return true;
            }
        }
        if (ReportedBySourceOn(s, date))
        {
            return true;
        }
        // "On August 12, SM confirmed that aespa will release…", «Агентство YG 30 сентября объявило, что…»: a date just
        // before the reporting verb, with every release word after that verb, is when the news was told.
        // "On June 15, just hours before the release, the agencies announced…": an aside between commas is skipped.
        var from = date.Last;
        if (s.IsPunct(date.Last + 1, ','))
        {
            for (var t = date.Last + 2; t < s.Count && t <= date.Last + 1 + DayAsideReach && !s.IsPunct(t, '.'); t++)
            {
                if (s.IsPunct(t, ','))
                {
                    // "On May 24, NewJeans releases "How Sweet", Ador said": an act makes it the main clause.
                    from = PlainAside(s, date.Last, t) ? t : date.Last;
                    break;
                }
            }
        }
        var speech = SpeechAt(s, date.First);
        foreach (var announce in s.Cues)
        {
            if (announce.Cue.Type != CueType.Announce || announce.First <= from
                || (from == date.Last ? announce.First - from : WordsBetween(s, from, announce.First)) > AnnounceReach)
            {
                continue;
            }
            if (speech >= 0 && SpeechAt(s, announce.First) != speech)
            {
                continue; // "…it has been changed to Dec. 22," JYP Entertainment said: the day is the statement's
            }
            if (ReportedAside(s, date, announce, language))
            {
                continue;
            }
            // «Изначально релиз был назначен на 3 ноября, но 30 октября агентство объявило, что…»: a release word in a
            // clause before the day's own is another statement.
            return !ReleaseBeforeTheVerb(s, date, from, announce.First) && !DayBetween(s, date.Last, announce.First);
        }
        return false;
    }

    // Words a source may take between its reporting word and the day: "according to the music industry on Monday".
    const int SourceWordsReach = 5;

    // "… on Thursday, according to the music industry on Monday", "said in a statement on Friday": a day right after a
    // preposition that closes a reporting word's source (words only, no release, kind or other day between) is the report's.
    static bool ReportedBySourceOn(SentenceScan s, DateMention date)
    {
        // The preposition opens a weekday's mention ("on Monday") and stands before a day and month ("on Dec. 30").
        static bool On(SentenceScan s, int t) => s.IsWord(t) && s.Word(t) is "on" or "в" or "во";
        var preposition = On(s, date.First) ? date.First : On(s, date.First - 1) ? date.First - 1 : -1;
        if (preposition < 0)
        {
            return false;
        }
        for (var t = preposition - 1; t >= 0 && t >= preposition - 1 - SourceWordsReach; t--)
        {
            if (s.CueAt(t) is { } cue)
            {
                return cue.Cue.Type == CueType.Announce && cue.End <= preposition;
            }
            if (!s.IsWord(t) || s.DateAt(t) is not null)
            {
                return false;
            }
        }
        return false;
    }

    // The questions IsAnnouncementDate asks of the tokens between a day and its reporting verb are loops, not lambdas: it is
    // asked about every date, and capturing lambdas cost two objects a call.

    // An aside with no day, name, reporting verb, kind or told release of its own between two tokens.
    static bool PlainAside(SentenceScan s, int after, int before)
    {
        if (DayBetween(s, after, before))
        {
            return false;
        }
        foreach (var r in s.Names)
        {
            if (r.First > after && r.First < before)
            {
                return false;
            }
        }
        foreach (var c in s.Cues)
        {
            if (c.First > after && c.First < before
                && (c.Cue.Type is CueType.Announce or CueType.Kind || c.Cue is { Type: CueType.Release, Tense: Tense.Past or Tense.Future }))
            {
                return false;
            }
        }
        return true;
    }

    static bool DayBetween(SentenceScan s, int after, int before)
    {
        foreach (var d in s.Dates)
        {
            if (d.First > after && d.First < before)
            {
                return true;
            }
        }
        return false;
    }

    // A release word before the reporting verb: after the day's aside, or before the day in its own clause.
    static bool ReleaseBeforeTheVerb(SentenceScan s, DateMention date, int from, int verb)
    {
        foreach (var c in s.Cues)
        {
            if (c.First < verb && (c.First > from || (c.First < date.First && s.Clause[c.First] == s.Clause[date.First]))
                && c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Kind)
            {
                return true;
            }
        }
        return false;
    }

    // «а 5 июня, как сообщило агентство, состоится релиз клипа», "but on June 9, JYP said, the full album arrives": a
    // reporting verb in an aside between commas right after the day, with a release word after the aside (not a "that"
    // opening what was told), leaves the day the release's.
    const int AsideAgentReach = 2;

    static bool ReportedAside(SentenceScan s, DateMention date, CueHit announce, CompiledLanguage language)
    {
        if (!s.IsPunct(date.Last + 1, ','))
        {
            return false;
        }
        // The aside ends at a comma right after the verb or its agent («как сообщило агентство,»); "SM confirmed that the
        // quartet — …," and "the company said the song, titled …" go on with what was told.
        var close = -1;
        for (var t = announce.End; t < s.Count && t <= announce.End + AsideAgentReach && close < 0; t++)
        {
            if (s.IsPunct(t, ','))
            {
                close = t;
            }
            else if (!s.IsWord(t) || s.Is(t, language.Determiners) || s.Is(t, language.ComplementWords))
            {
                return false;
            }
        }
        return close > 0 && !s.Is(close + 1, language.ComplementWords)
               && s.Cues.Any(c => c.First > close && c.Cue.Type is CueType.Release or CueType.Schedule or CueType.Kind);
    }

    // The quoted statement (a quote too long to be a title) a token stands in, or -1.
    static int SpeechAt(SentenceScan s, int t)
    {
        var at = s.Tokens[t].Start;
        for (var q = 0; q < s.Quotes.Count; q++)
        {
            if (!s.Quotes[q].IsTitle && s.Quotes[q].ContentStart <= at && at < s.Quotes[q].ContentEnd)
            {
                return q;
            }
        }
        return -1;
    }

    /// <summary>
    /// "SEOUL, June 5 (Yonhap) --", «СЕУЛ, 24 января. /ТАСС/.»: a wire dateline is when the story was filed (issue #9 §1.2).
    /// A place in capitals and a comma open the sentence, or a capitalised place with the agency in parentheses after.
    /// </summary>
    public static bool IsDateline(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (IsByline(s, date, language))
        {
            return true;
        }
        // A dateline gives the calendar day: "DIVE, сегодня выходит…" greets the fans (DIVE) and dates the release.
        if (date.First < 2 || !s.IsPunct(date.First - 1, ',') || date.Form != DateForm.DayMonth)
        {
            return false;
        }
        var allCaps = true;
        for (var t = 0; t < date.First - 1; t++)
        {
            if (s.Tokens[t].Type != TokenType.Word || !s.StartsUpper(t))
            {
                return false;
            }
            allCaps &= s.Text.AsSpan(s.Tokens[t].Start, s.Tokens[t].Length).ToString().All(c => !char.IsLower(c));
        }
        // "(Yonhap)" after the date names the agency; "Mon, June 20 (D-DAY)" is a schedule line's countdown.
        return allCaps
               || (s.IsPunct(date.Last + 1, '(') && s.CountdownAt(date.Last + 2) == 0);
    }

    /// <summary>
    /// "Comeback Calendar · Published Oct. 4, 2025", «Дата публикации: 13 ноября 2022»: a byline's label right before the
    /// day, a colon or "on" between, dates the page, whatever the site's name says. The label is capitalised and opens
    /// its line or follows a separator ("·", "|"; «Дата публикации» too): "the MV was posted on March 3", «Magnetic
    /// опубликован 25 марта» and a post's "comeback date UPDATED: May 24" are no labels.
    /// </summary>
    static bool IsByline(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (AuthorAfter(s, date, language) || SectionAfter(s, date))
        {
            return true;
        }
        var t = date.First - 1;
        while (t >= 0 && (s.IsPunct(t, ':') || s.Is(t, language.OnWords)))
        {
            t--;
        }
        if (t < 0 || !s.Is(t, language.BylineWords))
        {
            return false;
        }
        var label = s.StartsUpper(t) ? t : t - 1; // «Дата публикации»
        return label >= 0 && s.IsWord(label) && s.StartsUpper(label)
               && (label == 0 || IsSeparator(s, label - 1));
    }

    // "·", "|", "•": what a page puts between its byline's parts.
    static bool IsSeparator(SentenceScan s, int t) => s.IsPunct(t, '·') || s.IsPunct(t, '|') || s.IsPunct(t, '•');

    // A day with its year that opens its line (nothing but marks before it) and a separator right after it: the head of a
    // page's stamp ("September 16, 2019 · …", «2022-04-08 · …»).
    static bool OpensAStamp(SentenceScan s, DateMention date) =>
        date.Year > 0 && IsSeparator(s, date.Last + 1) && s.LineOpening() == date.First;

    // Words a page's section label may have: «Календарь релизов», "K-pop News Desk".
    const int SectionLabelWords = 4;

    // «2022-04-08 · Календарь релизов», "Oct. 4, 2025 | Comeback Calendar": a day with its year that opens its line, then a
    // separator and a short label that quotes nothing and names no act, stamps the page.
    static bool SectionAfter(SentenceScan s, DateMention date)
    {
        if (!OpensAStamp(s, date) || s.Quotes.Count > 0 || s.Names.Exists(n => n.Slug is not null) || s.Dates.Count > 1)
        {
            return false;
        }
        var words = 0;
        for (var t = date.Last + 2; t < s.Count; t++)
        {
            words += s.IsWord(t) ? 1 : 0;
        }
        return words is > 0 and <= SectionLabelWords;
    }

    /// <summary>
    /// "September 16, 2019 · By Comeback Tracker", «1 декабря 2020 · Автор: Ольга Пак»: a day with its year that opens its
    /// line, then a separator and the author's label, is the page's ("Comeback" there is the site's name).
    /// </summary>
    static bool AuthorAfter(SentenceScan s, DateMention date, CompiledLanguage language) =>
        OpensAStamp(s, date) && s.Is(date.Last + 2, language.AuthorWords);

    /// <summary>
    /// «15,3% за седьмую серию в субботу», "scored 15.3 percent for its seventh episode on Saturday": a rating an episode
    /// drew on a day, in the same clause and beside the episode word, says it aired that day ("…recorded 24.85 percent,
    /// data showed Monday" dates the data).
    /// </summary>
    public static CueHit? RatedEpisode(SentenceScan s, DateMention date, int clause, List<KindCue> kinds, CompiledLanguage language)
    {
        var episode = kinds.FirstOrDefault(k => k.Kind == ReleaseKind.Episode && !k.Container && k.Strength == KindStrength.Strong
                                                && SentenceScan.Gap(date.First, date.Last, k.First, k.End - 1) <= RatedEpisodeReach);
        return episode.End > 0 && DateResolver.Rated(s, clause, language) ? new CueHit(episode.First, episode.End, new Cue(CueType.Kind, Kind: ReleaseKind.Episode)) : null;
    }

    // Tokens between a rated episode's word and its day: «за седьмую серию в субботу», "Episode 15 on Monday".
    const int RatedEpisodeReach = 4;

    /// <summary>
    /// "ZEROBASEONE follow on the 6th with their second mini album", «16-го числа со вторым мини-альбомом вернется Джин»:
    /// in a sentence with no release word, a record or song after "with"/«с» is what its date releases, when that date
    /// is the one nearest to it.
    /// </summary>
    public static CueHit? WithKind(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (s.Cues.Any(c => c.Cue.Type is CueType.Release or CueType.NotRelease))
        {
            return null;
        }
        foreach (var kind in Linking.KindCueReader.AllKindCues(s))
        {
            if (kind.Container || kind.Strength != KindStrength.Strong || !WithBefore(s, kind.First, language))
            {
                continue;
            }
            var nearest = s.Dates.MinBy(d => SentenceScan.Gap(d.First, d.Last, kind.First, kind.End - 1));
            if (nearest == date)
            {
                return new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind));
            }
        }
        return null;
    }

    // "with its 16th and final episode": an ordinal and "and" may stand between "with" and the kind.
    const int WithReach = 6;

    static bool WithBefore(SentenceScan s, int first, CompiledLanguage language)
    {
        for (var t = first - 1; t >= Math.Max(0, first - WithReach); t--)
        {
            if (s.Is(t, language.WithWords))
            {
                return true;
            }
            var ordinal = s.Tokens[t].Type == TokenType.Number && s.IsWord(t + 1) && language.OrdinalSuffixes.Contains(s.Word(t + 1));
            if (!ordinal && (!s.IsWord(t) || s.StartsUpper(t)))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Where a calendar line's dash or colon stands after the date that opens it (after at most a weekday, a D-day label,
    /// a list's number or a lead-in set off by commas; before it at most the day's time, channel or a note in brackets),
    /// and whether an aside stood between; null when the date does not open such a line.
    /// </summary>
    public static (int Dash, int Colon, bool Aside)? ListingMarks(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        if (s.OpenBracketOf(date.First) >= 0)
        {
            return null; // «25 октября (в России — 24 октября) —»: a day inside a note opens no line
        }
        var aside = false;
        // «Пн, 29.04 — IVE, «IVE SWITCH»; Чт, 02.05 — ZEROBASEONE, …»: a semicolon ends one entry of a run-on list, and the
        // next opens as a line does.
        var opens = s.LastPunctBefore(date.First, ';') + 1;
        for (int t = opens, label; t < date.First; t += Math.Max(1, label))
        {
            // A countdown ("D-8") or a list's number ("1️⃣", "2/") opens a line as a bullet does.
            label = Math.Max(s.CountdownAt(t), s.BulletNumberAt(t));
            // "The following Monday (Feb. 5) — "Welcome to Waikiki," JTBC": the weekday's own words open the line too.
            if (s.Tokens[t].Type != TokenType.Punct && label == 0 && !IsWeekdayLabel(s, t, language)
                && !(s.IsWord(t) && (language.Determiners.Contains(s.Word(t)) || language.WeekdayModifiers.Contains(s.Word(t)))))
            {
                if (!PlainWords(s, opens, date.First) || !s.IsPunct(date.First - 1, ','))
                {
                    return null;
                }
                aside = true; // «Через шесть дней, 31-го, — «Идеальные незнакомцы»»: a lead-in set off by a comma
                break;
            }
        }
        var (dash, colon) = (-1, -1);
        // «24 февраля, 18:00 по Сеулу (12:00 МСК) — …»: the line's times do not count towards the reach.
        var spent = 0;
        for (var t = date.Last + 1; t < s.Count && spent <= ListingDashReach && dash < 0 && colon < 0; t += Math.Max(1, s.CountdownAt(t)))
        {
            spent += InTime(s, t) ? 0 : 1;
            if (ParenthesisEnd(s, t, language) is { } close)
            {
                t = close; // «25 октября (вчера) —», "Friday (June 1) —", «6 декабря, 00:00 KST (5 декабря, 18:00 МСК) —»: a note on the day
            }
            else if (s.IsSpacedDash(t) || s.IsPunct(t, '|'))
            {
                dash = t; // "Mon 23 | SEVENTEEN - 11th mini album …": a table row's cells as a line's dash
            }
            else if (s.IsPunct(t, ':') && !InTime(s, t))
            {
                colon = t;
            }
            else if (s.Tokens[t].Type != TokenType.Punct && s.CountdownAt(t) == 0 && !IsWeekdayLabel(s, t, language) && !InTime(s, t)
                     && !(s.Is(t, language.DatePrepositions) && IsWeekdayLabel(s, t + 1, language)) // «18-го, в среду — …»
                     && !OnChannel(s, t, language) && !(s.Is(t, language.PlacePrepositions) && InTime(s, t + 1))) // «сегодня в 15:20 мск на tvN и Netflix — …»
            {
                // «3-го, в День основания государства, — триллер «Тёмная цифра»»: an aside between commas before the dash.
                if (!s.IsPunct(t - 1, ',') || AsideEnd(s, t) is not { } asideDash)
                {
                    return null;
                }
                (dash, aside) = (asideDash, true);
            }
        }
        return dash < 0 && colon < 0 ? null : (dash, colon, aside);
    }

    /// <summary>
    /// A calendar line: «🔹 8 января — ITZY, мини-альбом BORN TO BE», "June 17 — RIIZE, mini album", and a schedule
    /// post's "Mon, June 20 (D-DAY) — "DOUBLAST" + "UP!" music video", "D-8: Sept. 16 — Music video…": a date opening
    /// the line (after at most a weekday or a D-day label) and a dash after it (after at most its time or label) list a
    /// release by its kind alone, when no event word is in the line.
    /// </summary>
    public static CueHit? ListingLine(SentenceScan s, DateMention date, CompiledLanguage language, bool screenArticle, bool musicArticle)
    {
        if (ListingMarks(s, date, language) is not { } marks)
        {
            return null;
        }
        var (dash, colon, aside) = marks;
        var descriptionEnd = Math.Min(DescriptionEnd(s, date, language), EntryEnd(s, Math.Max(dash, colon)));
        // "May 17 — album announced, pre-orders open": the day of the news about the record, not of the record (a tag
        // like "(confirmed by SM)" or "(reported)" only says where the day comes from).
        if (s.Cues.Any(c => c.Cue.Type == CueType.NotRelease && c.First < descriptionEnd)
            || s.Cues.Any(c => c.Cue.Type == CueType.Announce && c.First > Math.Max(dash, colon) && c.First < descriptionEnd
                               && AnnouncedRecord(s, c.First)))
        {
            return null;
        }
        var kinds = Linking.KindCueReader.AllKindCues(s);
        var kind = kinds.FirstOrDefault(k => !k.Container && k.Strength == KindStrength.Strong);
        if (aside)
        {
            // "A week later, the 23rd: NCT 127, "Chain."": a colon after the lead-in's day lists as the main path's does.
            return dash >= 0 ? AsideEntry(s, dash, language, screenArticle) : ListedTitle(s, colon, kind, language);
        }
        if (colon >= 0)
        {
            return ListedTitle(s, colon, kind, language);
        }
        if (kind.End > 0)
        {
            return new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind));
        }
        // "• Dec. 4 (Wed) — "Light Shop," Disney+.": a title with its channel or streaming service lists a show (a show
        // with no title is no entry), except in an article about records and songs, where "📺 tomorrow — SBS MTV "The
        // Show"" names a music show's stage.
        if (musicArticle)
        {
            return null;
        }
        var channel = kinds.FirstOrDefault(k => !k.Container && k.Strength == KindStrength.Hint);
        if (channel.End > 0)
        {
            return new CueHit(channel.First, channel.End, new Cue(CueType.Kind, Kind: ReleaseKind.Drama, Strength: KindStrength.Hint));
        }
        for (var t = 0; t < s.Count; t++)
        {
            if (s.Is(t, language.StreamingServices))
            {
                return new CueHit(t, t + 1, new Cue(CueType.Kind, Kind: ReleaseKind.Drama, Strength: KindStrength.Hint));
            }
        }
        // «Среда, 26 июля — «Остров Хасима» Рю Сын Вана»: in an article about films or shows, a title right after the dash
        // (a maker's name at most between) is listed as the article's kind; a schedule post's ""Other Side" Official
        // Photo" is no screen work.
        return ListedAfterDash(s, dash, kind, language, screenArticle);
    }

    static CueHit? ListedAfterDash(SentenceScan s, int dash, KindCue kind, CompiledLanguage language, bool screenArticle) =>
        screenArticle && DashTitle(s, dash) is { } title && !TitleTellsNews(s, title, language) ? ListedKind(title, kind) : null;

    const int AsideReach = 20;

    // How many tokens a note in brackets after a listing's day may hold: «(вчера)», "(Wed)", «(5 декабря, 18:00 МСК)».
    const int DayNoteReach = 8;

    // The closing bracket of a short note opened at t (an event word in it, «(фанмитинг)», still vetoes the line as any
    // event word in the line does); a note that doubts or denies the day, «(не подтверждено)», "(tentative)", or gives
    // another calendar day, «(в России — 24 октября)», leaves no line.
    static int? ParenthesisEnd(SentenceScan s, int t, CompiledLanguage language)
    {
        for (var u = t + 1; s.IsPunct(t, '(') && u < s.Count && u <= t + DayNoteReach; u++)
        {
            if (s.CueAt(u) is { Cue.Type: CueType.Vague } || NegationAt(s, u, language))
            {
                return null;
            }
            if (s.IsPunct(u, ')'))
            {
                // «(5 декабря, 18:00 МСК)»: a day given with its time is the same moment in another zone.
                return s.Dates.Exists(d => d.First > t && d.First < u && d.Form == DateForm.DayMonth) && !s.Times.Exists(m => m.First > t && m.Last < u) ? null : u;
            }
        }
        return null;
    }

    // The dash after ", " that closes an aside opened at token first.
    static int? AsideEnd(SentenceScan s, int first)
    {
        for (var t = first; t < s.Count && t < first + AsideReach; t++)
        {
            if (s.IsPunct(t, ',') && s.IsSpacedDash(t + 1))
            {
                return t + 1;
            }
        }
        return null;
    }

    // A lead-in before a listing's date counts days («Через шесть дней, 31-го, —») with no title, release, schedule or
    // kind word («Год назад, 3 марта, —» looks back: «назад» makes the day past, and a past listing is background).
    static bool PlainWords(SentenceScan s, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (s.QuoteOf[t] >= 0 || s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Kind })
            {
                return false;
            }
        }
        return true;
    }

    // After a lead-in or an aside, the line lists only what its dash opens: a kind word with its title («— триллер «Тёмная
    // цифра»») or, in an article about films or shows, a title.
    static CueHit? AsideEntry(SentenceScan s, int dash, CompiledLanguage language, bool screenArticle)
    {
        foreach (var kind in Linking.KindCueReader.AllKindCues(s))
        {
            if (kind.First == dash + 1 && !kind.Container && DashTitle(s, kind.End - 1) is { } titled && !TitleTellsNews(s, titled, language))
            {
                return new CueHit(kind.First, kind.End, new Cue(CueType.Kind, Kind: kind.Kind, Strength: kind.Strength));
            }
        }
        return ListedAfterDash(s, dash, default, language, screenArticle);
    }

    // «Oct. 3 — "The Fortress": Hwang Dong-hyuk's period drama about the siege … surrender to the Qing army»: after a
    // colon that follows the listed title, the description up to its plot word ("about", «о») tells what the entry is
    // (a "fan meeting"), and the plot does not.
    static int DescriptionEnd(SentenceScan s, DateMention date, CompiledLanguage language)
    {
        for (var t = date.Last + 1; t < s.Count; t++)
        {
            if (s.IsPunct(t, ':') && !InTime(s, t) && t > 0 && s.QuoteOf[t - 1] >= 0)
            {
                for (var p = t + 1; p < s.Count; p++)
                {
                    if (s.Is(p, language.PlotWords))
                    {
                        return p;
                    }
                }
                break;
            }
        }
        return s.Count;
    }

    // "Oct. 13 — "play hard" and the "OVERDRIVE" music video at 6 PM KST, followed by a comeback showcase at 8 PM": the
    // entry ends at the first comma after a title or a kind of its own; what follows is another event of the day.
    static int EntryEnd(SentenceScan s, int label)
    {
        var named = false;
        for (var t = label + 1; t > 0 && t < s.Count; t++)
        {
            named |= s.QuoteOf[t] >= 0 || s.CueAt(t) is { Cue.Type: CueType.Kind };
            // A comma the title's closing quote takes in ("mini album "BLOOD MOON," two days after …") ends it too; an
            // event word right after the comma is the entry's own ("mini album "IVE SWITCH", track list").
            var next = s.QuoteEnd(t);
            if (named && s.IsPunct(t, ',') && (s.QuoteOf[t] < 0 || LastInItsQuote(s, t)) && !InTime(s, t + 1)
                && s.CueAt(next) is not { Cue.Type: CueType.NotRelease })
            {
                return t;
            }
        }
        return s.Count;
    }

    // "album announced", "album cover photo revealed": the announcing verb a word or two after the kind, nothing else between.
    static bool AnnouncedRecord(SentenceScan s, int announce)
    {
        for (var t = announce - 1; t >= Math.Max(0, announce - 3); t--)
        {
            if (s.CueAt(t) is { Cue.Type: CueType.Kind })
            {
                return true;
            }
            if (!s.IsWord(t))
            {
                return false;
            }
        }
        return false;
    }

    static bool LastInItsQuote(SentenceScan s, int t)
    {
        for (var u = t + 1; u < s.QuoteEnd(t); u++)
        {
            if (s.Tokens[u].Type != TokenType.Punct)
            {
                return false;
            }
        }
        return true;
    }

    // Tokens between a listing line's date and its dash: "(D-DAY)", ", 6 p.m. KST".
    const int ListingDashReach = 10;

    // Words between a calendar line's colon and its title: "Aug. 3: Hur Jin-ho's “The Last Princess,”".
    const int ColonTitleReach = 6;

    /// <summary>
    /// "Monday, May 2: "Another Miss Oh."", "Aug. 3: Hur Jin-ho's “The Last Princess,” with Son Ye-jin": a calendar line
    /// whose date heads a title after its colon lists that title, as a kind the line or the article gives it (a hint, so
    /// the article's films or shows decide). A colon followed by prose ("May 2: the group held a fan meeting") lists
    /// nothing, and neither does a title the line goes on to tell news of ("Nov. 6: "Seven" passes 1 billion streams").
    /// </summary>
    static CueHit? ListedTitle(SentenceScan s, int colon, KindCue kind, CompiledLanguage language)
    {
        for (var t = colon + 1; t < s.Count && t <= colon + ColonTitleReach; t++)
        {
            if (s.QuoteOf[t] >= 0 && s.Quotes[s.QuoteOf[t]].IsTitle)
            {
                return TitleTellsNews(s, t, language) ? null : ListedKind(t, kind);
            }
            if (s.CueAt(t) is { Cue.Type: CueType.Release or CueType.Schedule or CueType.Tense } || s.Dates.Any(d => d.First == t))
            {
                return null;
            }
        }
        return null;
    }

    // A listed title, as the line's kind word says (none: the article decides).
    static CueHit ListedKind(int title, KindCue kind) =>
        new(title, title + 1, new Cue(CueType.Kind, Kind: kind.End > 0 ? kind.Kind : ReleaseKind.Other, Strength: KindStrength.Hint));

    // The title right after a listing's dash, or after a maker's possessive name ("— Ryoo Seung-wan's "Smugglers"").
    static int? DashTitle(SentenceScan s, int dash)
    {
        for (var t = dash + 1; t < s.Count && t <= dash + ColonTitleReach; t++)
        {
            if (s.QuoteOf[t] >= 0 && s.Quotes[s.QuoteOf[t]].IsTitle)
            {
                return t;
            }
            var maker = (s.IsWord(t) && s.StartsUpper(t) && s.CueAt(t) is null) || s.IsPunct(t, '\'') || s.IsPunct(t, '’')
                        || (s.IsWord(t) && s.Word(t) is "s" && s.Glued(t)) || (s.IsDash(t) && s.Glued(t));
            if (!maker)
            {
                return null;
            }
        }
        return null;
    }

    // The word right after a listed title: a kind ("music video", «клип»), a credit or channel ("with Son Ye-jin", "directed
    // by", "on Netflix") or nothing keeps the entry; another lower-case word is the line's own verb ("passes"). A
    // release verb ("premieres") dates the line by itself before a listing is asked for.
    static bool TitleTellsNews(SentenceScan s, int title, CompiledLanguage language)
    {
        var next = s.QuoteEnd(title);
        return s.IsWord(next) && !s.StartsUpper(next) && !s.Is(next, language.ListingTailWords) && s.CueAt(next) is not { Cue.Type: CueType.Kind };
    }

    // "Mon", "Friday": a weekday beside a listed date.
    public static bool IsWeekdayLabel(SentenceScan s, int t, CompiledLanguage language) =>
        s.IsWord(t) && (language.Weekdays.Contains(s.Word(t)) || language.WeekdayLabels.Contains(s.Word(t)));

    // "on tvN", «на tvN и Netflix»: where the listed show airs, a channel or a streaming service and the words joining them.
    static bool OnChannel(SentenceScan s, int t, CompiledLanguage language)
    {
        static bool Channel(SentenceScan s, int t, CompiledLanguage language) => s.Is(t, language.TvWords) || s.Is(t, language.StreamingServices);
        return Channel(s, t, language)
               || ((s.Is(t, language.PlacePrepositions) || s.Word(t) is "on") && Channel(s, t + 1, language))
               || (s.Is(t, language.Coordinators) && Channel(s, t - 1, language) && Channel(s, t + 1, language));
    }

    internal static bool InTime(SentenceScan s, int t)
    {
        foreach (var time in s.Times)
        {
            if (time.First <= t && t <= time.Last)
            {
                return true;
            }
        }
        return false;
    }
}
