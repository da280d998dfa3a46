namespace ReleaseCalendar.Extraction.Languages;

/// <summary>Builders for the per-language tables: "a b c" lists of word forms to lookups.</summary>
internal static class Words
{
    /// <summary><see cref="Cue.Value"/> of a clause break that opens a relative clause ("который", "which").</summary>
    public const int RelativeClause = 1;

    /// <summary><see cref="Cue.Value"/> of an anaphor that repeats the day only ("в тот же день").</summary>
    public const int SameDay = 1;

    /// <summary><see cref="Cue.Value"/> of an anaphor that repeats the day and the time ("одновременно с", "at the same time").</summary>
    public const int SameMoment = 2;

    /// <summary><see cref="Cue.Value"/> of an anaphor a day after the release stated last ("the next day", «на следующий день»).</summary>
    public const int NextDay = 3;

    /// <summary><see cref="Cue.Value"/> of a moved-from word that marks only the day right after it: "its initial April 23
    /// date", "rather than April 23", «а не 23-го» (an "original soundtrack" a few words before a day moves nothing).</summary>
    public const int RightBefore = 1;

    /// <summary><see cref="Cue.Value"/> of a moved-from word that holds only beside another day of the sentence: "which was
    /// due in theaters on Feb. 26, will premiere on April 10", «премьера которого ожидалась 12 марта, выйдет 4 июня».</summary>
    public const int BesideAnotherDay = 2;

    /// <summary><see cref="Cue.Value"/> of a participle of plans («запланированный на 19 ноября») that holds only when its
    /// phrase is followed by a release verb with a later day of its own: «релиз, запланированный на 19 ноября, состоится 3
    /// декабря» (not «…, выйдет в 18:00, а клип — 20 июня»).</summary>
    public const int ParticipleBeforeNewDay = 7;

    /// <summary><see cref="Cue.Value"/> of a moved-from verb that says the whole clause was a plan that did not hold: "had
    /// planned to release the music video for TWICE's new song on Dec. 21", «должна была выпустить … 1 декабря».</summary>
    public const int WholeClause = 4;

    /// <summary><see cref="Cue.Value"/> of a moved-from word that holds only before a release or schedule verb: "which
    /// would have aired on March 9" (not "her album would have its release on March 4").</summary>
    public const int VerbAfter = 6;

    /// <summary><see cref="Cue.Value"/> of a plan's participle that holds only where "instead" says the plan changed: "the
    /// episode planned for Thursday, September 2, will instead air a week later", or where a release verb gives another day
    /// right after it ("tentatively planned for July 22, will be released on July 29"; not "the album, planned for May 3,
    /// and the tour from May 10").</summary>
    public const int WithInstead = 9;

    /// <summary><see cref="Cue.Value"/> of a condition that did not happen, before a past release verb: "If we released the
    /// album on the 8th, the gap … would be too long", «если бы альбом вышел 8-го» (not "if it comes out on the 8th").</summary>
    public const int Counterfactual = 10;

    /// <summary><see cref="Cue.Value"/> of a correction's words ("An earlier version of this article said …", «В предыдущей
    /// версии материала указывалось, что …»): the days of what it says was said are left behind.</summary>
    public const int Retracted = 8;

    /// <summary><see cref="Cue.Value"/> of a vague period the publication day is in ("this year", «в этом году»): a day said
    /// with it is of the publication's year, whatever its tense.</summary>
    public const int CurrentPeriod = 5;

    /// <summary><see cref="Cue.Value"/> of the year before the publication's ("last year", «прошлого года»): a day said
    /// right before it is of that year.</summary>
    public const int PreviousYear = 6;

    /// <summary><see cref="Cue.Value"/> of a container word that is a purpose right after an act: "the video for the single"
    /// is the single's, "Rosé teams up with Bruno Mars for the single" releases it (a record of the act's own; "sung by IU
    /// for the drama" is still the drama's song).</summary>
    public const int NotAfterAct = 1;

    /// <summary>Kind cue Value: "title track", «заглавный трек» - the song a new record leads with.</summary>
    public const int TitleTrack = 1;

    public static Cue TitleTrackKind() => new(CueType.Kind, Kind: ReleaseKind.Single, Strength: KindStrength.Weak, Value: TitleTrack);

    /// <summary>Kind cue Value: "period drama", "legal drama" - a genre of shows and of films alike.</summary>
    public const int Genre = 2;

    public static Cue GenreKind() => new(CueType.Kind, Kind: ReleaseKind.Drama, Value: Genre);

    /// <summary>"A|B C" place names as catalog keys, so «в Сеуле» and «Японии» meet "Сеул" and "Япония".</summary>
    public static HashSet<string> PlaceKeys(string barSeparated) =>
        barSeparated.Split('|').Select(ExtractionCatalog.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>"it", "I", "we" of "It's", "I'm", "we're": English words, read in Russian posts' English titles too.</summary>
    public const string LatinContractedPronouns = "it that he she what there here i we you they";

    public static HashSet<string> Set(string spaceSeparated) =>
        new(spaceSeparated.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static Dictionary<string, T> Map<T>(params (string Forms, T Value)[] entries)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (forms, value) in entries)
        {
            foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[form] = value;
            }
        }
        return map;
    }

    /// <summary>One cue for several phrases separated by '|'.</summary>
    public static IEnumerable<(string, Cue)> Cues(string phrases, Cue cue) =>
        phrases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => (p, cue));

    public static Cue Release(Tense tense = Tense.None) => new(CueType.Release, tense);

    /// <summary>Value of a release cue that dates only a work its clause names by a kind word or a title: «Клип на композицию
    /// опубликован», not «Пост опубликован в Weverse 30 октября» (what is published may be anything).</summary>
    public const int WorkInClause = 3;

    public static Cue ReleaseOfAWork(Tense tense) => new(CueType.Release, tense, Value: WorkInClause);

    /// <summary>Value of a release cue that premieres a show only where its sentence names a slot: "tvN's Monday-Tuesday slot
    /// will be taken over by "Lovely Runner"", «слот займёт «Юридическая школа»» (not «заняла первое место»).</summary>
    public const int TakesASlot = 4;

    public static Cue SlotTaken(Tense tense) => new(CueType.Release, tense, ReleaseKind.Drama, KindStrength.Weak, Value: TakesASlot);

    /// <summary>Value of a release cue that says the work is out as the text is written ("'THIS IS LOVE' MV IS OUT", "is here",
    /// "out now"): in a post that has named no day, the day it was published. Not a perfect ("has released"): a paper's
    /// next-day report says that of the day before.</summary>
    public const int OutNow = 5;

    public static Cue OutAsWritten(Tense tense) => new(CueType.Release, tense, Value: OutNow);

    /// <summary>Value of a release cue that gives a moved thing's day ("The new date is June 1", «Новая дата — 1 июня»): a
    /// release only when what moved was one, not a fan meeting or a concert
    /// (<see cref="Filtering.AbandonedDates.DropNewDatesOfEvents"/>).</summary>
    public const int NewDate = 9;

    public static Cue NewDateOf(Tense tense) => new(CueType.Release, tense, Value: NewDate);

    /// <summary>Value of a release cue that brings a work back ("returns", "is expected back", «вернётся в эфир»): a show that
    /// returns airs its next episode, not its premiere (unless a later season starts).</summary>
    public const int Return = 10;

    public static Cue Returning(Tense tense) => new(CueType.Release, tense, Value: Return);

    public static Cue Schedule(Tense tense = Tense.None) => new(CueType.Schedule, tense);

    /// <summary>Value of a schedule cue that dates only the kind named after it («канал показал первую серию», not «дорама показала рейтинг»).</summary>
    public const int KindAfter = 1;

    public static Cue ScheduleOfKindAfter(Tense tense) => new(CueType.Schedule, tense, Value: KindAfter);

    /// <summary>Value of a schedule cue that dates only when it takes no object: "The album follows on May 24", not "It follows
    /// the pre-release "REBEL HEART"" (what comes after what).</summary>
    public const int NoObject = 2;

    public static Cue Intransitive(Tense tense) => new(CueType.Schedule, tense, Value: NoObject);

    /// <summary>Value of a schedule cue that tells a plan as it was («премьеру намечали на 29 сентября», «обещали», «называли»):
    /// a day that a move told before it in its sentence leaves behind (<see cref="Filtering.ReleaseSignals"/>).</summary>
    public const int PlanAsItWas = 3;

    /// <summary>Value of a schedule cue that is one only as a participle opening its sentence or after a comma: ", opening
    /// Aug. 15", not "its opening on the 12th" (<see cref="Sentences.SentenceScanner"/>).</summary>
    public const int AsParticiple = 4;

    public static Cue Participle(Tense tense) => new(CueType.Schedule, tense, Value: AsParticiple);

    public static Cue PlanThen() => new(CueType.Schedule, Tense.Past, Value: PlanAsItWas);

    /// <summary>Value of a schedule cue that dates a release only with a release noun before it: "TREASURE's debut … will now
    /// take place on August 7", not "The SHINee finale takes place tonight at Jamsil Stadium" (a concert's).</summary>
    public const int AfterAReleaseNoun = 5;

    public static Cue Happens(Tense tense) => new(CueType.Schedule, tense, Value: AfterAReleaseNoun);

    /// <summary>Value of a schedule cue that dates a release only with its day right after it and a kind after the day: "JTBC
    /// has set January 27 for the premiere of …", "Netflix has locked in October 25 for the second season", not "sets a record".</summary>
    public const int DayThenKind = 6;

    public static Cue DaySet(Tense tense) => new(CueType.Schedule, tense, Value: DayThenKind);

    public static Cue Kind(ReleaseKind kind, KindStrength strength = KindStrength.Strong) => new(CueType.Kind, Kind: kind, Strength: strength);

    public static Cue Of(CueType type, Tense tense = Tense.None) => new(type, tense);

    /// <summary>Value of a cancellation cue that calls a show off only beside a broadcast or a broadcaster ("last Tuesday's
    /// Olympic no-show"); elsewhere it is no cue (<see cref="Sentences.SentenceScanner"/>).</summary>
    public const int BesideAnEvent = 1;

    /// <summary>As <see cref="BesideAnEvent"/>, and elsewhere a release in the past: "are dropped for volleyball coverage",
    /// but "dropped for free", "had been dropped at 6 p.m.".</summary>
    public const int DroppedBesideAnEvent = 2;

    /// <summary>Value of a <see cref="CueType.GoesOn"/> cue that ends a run: "the drama ended on Sunday" airs its last episode.</summary>
    public const int EndsARun = 1;

    public static Cue EndsRun(Tense tense) => new(CueType.GoesOn, tense, Value: EndsARun);

    public static Cue Relative(int days) => new(CueType.RelativeDay, Value: days);

    public static Cue Anaphor(int value) => new(CueType.Anaphor, Value: value);

    public static Cue RoleNoun(Role role) => new(CueType.Role, Value: (int)role);

    /// <summary>Zones written the same in every language.</summary>
    public static readonly (string, string)[] CommonZones =
    [
        ("kst", "Asia/Seoul"), ("korea standard time", "Asia/Seoul"), ("korean standard time", "Asia/Seoul"),
        ("korean time", "Asia/Seoul"), ("korea time", "Asia/Seoul"), ("seoul time", "Asia/Seoul"),
        ("jst", "Asia/Tokyo"), ("japan time", "Asia/Tokyo"),
        ("ist", "Asia/Kolkata"), ("indian standard time", "Asia/Kolkata"),
        ("et", "America/New_York"), ("est", "America/New_York"), ("edt", "America/New_York"), ("eastern time", "America/New_York"),
        ("ct", "America/Chicago"), ("cdt", "America/Chicago"), ("central time", "America/Chicago"),
        ("pt", "America/Los_Angeles"), ("pst", "America/Los_Angeles"), ("pdt", "America/Los_Angeles"), ("pacific time", "America/Los_Angeles"),
        ("msk", "Europe/Moscow"), ("мск", "Europe/Moscow"), ("moscow time", "Europe/Moscow"),
        ("bst", "Europe/London"), ("cet", "Europe/Paris"), ("cest", "Europe/Paris"),
        ("utc", "UTC"), ("gmt", "UTC"),
        ("wib", "Asia/Jakarta"), ("pht", "Asia/Manila"), ("sgt", "Asia/Singapore"), ("aest", "Australia/Sydney"),
    ];

    /// <summary>Common Korean surnames as romanised, written the same in every language ("Kim Taeyeon" in a Russian post too).</summary>
    public const string KoreanSurnames =
        "kim lee park choi jung jeong kang cho jo yoon yun jang chang lim im han oh seo shin son song ahn an hwang jeon jun ko go moon mun yang bae baek paek yoo yu ha heo nam noh roh min won";

    /// <summary>
    /// Broadcasters, platforms, labels, charts and award shows: capitalised, but never the subject of a release.
    /// Lower case, one entry per word sequence.
    /// </summary>
    public const string Organisations =
        "netflix нетфликс tvn jtbc kbs kbs2 mbc sbs mnet ena tving wavve coupang disney viki rakuten youtube ютуб spotify melon genie bugs " +
        "billboard hanteo circle gaon oricon weverse instagram twitter tiktok soompi allkpop dispatch naver hybe bighit " +
        "sm jyp yg ador starship pledis cube kakao belift koz fnc woollim rbw wakeone antenna edam ist " +
        "entertainment music records label labels studio studios pictures agency inkigayo countdown grammy grammys emmy emmys эмми грэмми " +
        "mama mma gda baeksang apple amazon prime hulu max";
}
