using static ReleaseCalendar.Extraction.Languages.Words;

namespace ReleaseCalendar.Extraction.Languages;

internal static class EnglishTable
{
    // The participles a plan is told with ("slated for", "penciled in for", "earmarked for").
    static readonly string[] PlanParticipleWords =
    [
        "set", "slated", "scheduled", "planned", "due", "expected", "announced", "penciled in", "pencilled in", "lined up", "billed",
        "listed", "tipped", "targeted", "pegged", "earmarked", "meant", "booked", "dated", "timed",
    ];

    public static LanguageTable Create() => new()
    {
        Language = Language.En,
        Months = Map(
            ("january jan", 1), ("february feb", 2), ("march mar", 3), ("april apr", 4), ("may", 5), ("june jun", 6),
            ("july jul", 7), ("august aug", 8), ("september sep sept", 9), ("october oct", 10), ("november nov", 11),
            ("december dec", 12)),
        Weekdays = Map(
            ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
            ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday),
            ("sunday", DayOfWeek.Sunday)),
        WeekdayAbbreviations = Map(
            ("mon", DayOfWeek.Monday), ("tue tues", DayOfWeek.Tuesday), ("wed", DayOfWeek.Wednesday), ("thu thur thurs", DayOfWeek.Thursday),
            ("fri", DayOfWeek.Friday), ("sat", DayOfWeek.Saturday), ("sun", DayOfWeek.Sunday)),
        WeekdayModifiers = Map(("this coming", WeekdayModifier.This), ("next", WeekdayModifier.Next), ("following", WeekdayModifier.Following),
            ("last past", WeekdayModifier.Last), ("every", WeekdayModifier.Every)),
        DatePrepositions = Set("on at by around from until"),
        WeekdayPrepositions = Set(""), // "to Sunday": a bare English weekday is a day already
        PlanParticiples = Set("slated scheduled set due planned expected penciled pencilled going dated"),
        PastAuxiliaries = Set("was were been had"),
        PluperfectAuxiliaries = Set("had"),
        AheadWords = Set("ahead advance beforehand"),
        PlanAdverbs = Set("both all also originally initially first tentatively"),
        AlsoWords = Set("also likewise too"),
        PastPlanVerbs = Set("planned"),
        ShiftedWords = Set("later earlier sooner"),
        DayOfWords = Set("day"),
        InfinitiveBe = Set("be"),
        NotThisPlanWords = Set("earlier previously before once twice already last previous had " +
                               "time version edition japan japanese english physical vinyl activities activity promotions promotion special " +
                               "denied denies deny rumors rumours rumor rumour untrue worried feared fear fears no"),
        ShiftVerbs = Set("move moves moved moving shift shifts shifted shifting switch switches switched switching"),
        DurationPrepositions = Set("in"),
        DurationUnits = Map(("day days", 1), ("week weeks", 7), ("fortnight", 14)),
        // Not "bring back" (a revival) nor "pull up" (a chart).
        SeparableMoves = Map(("push pushed pushes pushing", "back forward"), ("bump bumped bumps bumping", "back up forward"),
                             ("move moved moves moving", "up forward back"), ("pull pulled pulls pulling", "forward ahead"),
                             ("bring brought brings bringing", "forward")),
        MoveDayWords = Set("to from by until a one two"),
        MoveDatePrepositions = Set("to from"),
        TradeVerbs = Set("trade trades traded trading swap swaps swapped swapping exchange exchanges exchanged exchanging"),
        TradeForWords = Set("for"),
        NumberWords = Map(("one a an", 1), ("two couple", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
            ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10)),
        OrdinalSuffixes = Set("st nd rd th"),
        EpisodeOrdinalSuffixes = Set(""),
        LaterWords = Set("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth " +
                         "seventeenth eighteenth nineteenth twentieth next"),
        FinaleWords = Set("finale finales"),
        ItWords = Set("it"),
        ClearedForWords = Set("to"),
        ContractedPronouns = Set(LatinContractedPronouns),
        EarlierReportOpenings = ["it was previously reported", "it was earlier reported", "it was reported earlier", "it was initially reported",
                                 "it was first reported", "it had been reported", "it had earlier been reported", "it had previously been reported",
                                 "earlier reports", "previous reports", "initial reports", "reports had earlier", "reports had previously",
                                 "earlier media reports", "previously, it was reported", "earlier, it was reported",
                                 // the outlet's own report retold, as a correction does
                                 "we reported", "we previously reported", "we earlier reported", "yesterday we reported", "yesterday, we reported",
                                 "we wrote", "yesterday we wrote", "yesterday, we wrote"],
        EarlierWords = Set("earlier previously initially originally"),
        EarlierSayWords = Set("first earlier previously initially originally"),
        EarlierSayVerbs = ["said", "announced", "reported", "told", "posted", "wrote"],
        PlanAsidePrepositions = Set("for"),
        InfinitiveMarkers = Set("to"),
        FormerPlanAdjectives = Set("earlier original initial previous old first"),
        PlanNouns = Set("plan plans"),
        EarlierShiftWords = Set("earlier sooner"),
        PlanAsideParticiples = Set("planned scheduled set slated due expected billed penciled pencilled earmarked booked floated targeted announced"),
        EarlierReportVerbs = ["announced", "said", "reported", "planned", "scheduled", "slated", "set", "penciled", "told", "promised"],
        NamedLabelNouns = Set("label"),
        ThatDateOpenings = ["that date", "this date", "that day", "that plan"],
        ThatDateLeadIns = Set("now and but however"),
        AtThatTimeWords = Set("then"),
        NoneWords = Set("neither none"),
        IndefiniteArticles = Set("a an"),
        ResultativeVerbs = Set("left leave leaves leaving remain remains remained stay stays stayed kept keep keeps"),
        SeriesWords = Set("series season seasons docuseries miniseries episode episodes streams streaming"),
        OccasionWords = Set("election elections centennial centenary holiday holidays chuseok seollal christmas liberation independence lunar " +
                            "hangeul hangul suneung exam"),
        OccasionReleaseNouns = Set("special specials release releases"),
        OccasionVerbs = Set("falls fall fell celebrates celebrate celebrated"),
        OccasionRelations = Set("ahead before after until during following for to"),
        OccasionOnWords = Set("on in as"),
        InsteadOfItPhrases = ["instead", "in its place", "in their place"],
        InsteadOfWhatWords = Set("of"),
        InsteadOfLeads = Set("instead"),
        RegularWords = Set("regular usual normal scheduled weekly"),
        DateNouns = Set("date slot"), // "a week after the Nov. 5 slot the broadcaster had set aside"
        FormerlyWords = Set("previously formerly"),
        NowLabels = Set("now"),
        WasLabels = Set("was previous previously old original originally formerly"), // not "before": "a day before — Aug. 10" may be the new day
        ItAuxiliaries = Set("has have had will would is was be been now also again officially just finally"),
        OnWords = Set("on via"),
        PreviousWords = Set("previous last former earlier past"),
        OutletNouns = Set("channel channels platform account youtube"),
        LastEpisodeWords = Set("final finale finales"),
        RunEndWords = Set("final last"),
        AdjectiveEndings = [], // English adjectives have no ending of their own: any word right before the show's word
        Places = PlaceKeys("United States|America|North America|South America|Latin America|Korea|South Korea|North Korea|Japan|China|Russia|Thailand|Indonesia|Philippines|Vietnam|Europe|Asia|Seoul|Busan|Incheon|Goyang|Itaewon|Gangnam|Hongdae|Myeongdong|Jeju|Daegu|Gwangju|Daejeon|Tokyo|Osaka|Beijing|Shanghai|Hong Kong|Taipei|Bangkok|Jakarta|Manila|Singapore|Moscow|London|Paris|Berlin|New York|Los Angeles|Las Vegas|Chicago|Sydney|United Kingdom|UK|U.S|U.S.A|USA|U.K|Germany|France|Mexico|Brazil|Canada|Australia"),
        OrganisationNouns = Set("label labels agency channel network platform broadcaster streamer streaming service outlet newspaper"),
        CompanyWords = Set("entertainment ent"),
        CompanyTailWords = Set("music records studios pictures media"),
        ListingTailWords = Set("with by on from starring featuring feat and at in for as via the a an directed written produced led fronted headlined"),
        PlotWords = Set("about following whose where"),
        EpisodeCountWords = Set(""), // "16 episodes" is already an episode cue
        NumberedEpisodeWords = Set(""), // "episode 9": the number comes after
        ComplementWords = Set("that"),
        PlanDateWords = Set("date release premiere debut opening air of planned scheduled announced slated originally initially"), // "than the planned August 11"
        WithWords = Set("with"),
        BylineWords = Set("published posted updated"),
        AuthorWords = Set("by"),
        SlotNouns = Set("slot slots timeslot"),
        SlotShowNouns = Set("drama dramas series miniseries mini-series mini-drama mini-dramas sitcom sitcoms"),
        SlotClassWords = Set("a an only another other any no"),
        PossessiveDeterminers = Set("its their his her our your"),
        PercentWords = Set("percent pct"),
        PassiveAuxiliaries = Set("is are was were be been being"),
        GoesOnTakesObjects = true,
        ProgressiveEnding = "ing",
        TitleIntroducers = Set("titled called named dubbed"),
        VideoSongPrepositions = Set("for"),
        DayWords = Set(""),
        YearWords = Set(""),
        RangeWords = Set("to through till until thru"),
        ListWords = Set("and"),
        MoveWords = Set(""),
        BackWords = Set("back"),
        BatchWords = Set(""), // "the second pair of episodes" after a premiere is read as episodes already
        RunNouns = Set("run runs"),
        CinemaOpenings = Set("open opens opened opening"),
        ContinuationWords = Set(""), // "— part two" names no show-less continuation as Russian «— продолжение» does
        AffiliationWords = Set("of"),
        HomeWords = Set("home agency label"),
        HomeLinkWords = Set("of to behind"),
        TonightWords = Set("tonight"), // "today at midnight" may be the midnight that began it
        HourWords = Set("o'clock"),
        DayParts = Map(("am", DayPart.Morning), ("pm", DayPart.Evening)),
        FixedTimes = Map(("midnight", 0), ("noon", 12 * 60), ("midday", 12 * 60)),
        Zones = CommonZones,
        Cues =
        [
            .. Cues("album|albums|studio album*|full-length*|full length|full album*|regular album*|repackage*|lp|mixtape*|" +
                    "hiptape*", Kind(ReleaseKind.Album)),
            .. Cues("ep|eps|mini album*|mini-album*|extended play|mini", Kind(ReleaseKind.Ep)),
            .. Cues("single|singles|digital single*|single album*|pre-release*|prerelease*", Kind(ReleaseKind.Single)),
            .. Cues("song|songs|track|tracks", Kind(ReleaseKind.Single, KindStrength.Weak)),
            // "a compilation of the songs he wrote for radio": a compilation is an album.
            .. Cues("compilation|compilations", Kind(ReleaseKind.Album, KindStrength.Weak)),
            // "The record and the accompanying music video arrived today": a record is an album or an EP, not a song; a
            // record set or broken, a record label and a record high are none.
            .. Cues("record|records", Kind(ReleaseKind.Album, KindStrength.Weak)),
            .. Cues("a record|a new record|record label*|record company|record companies|record-breaking|record high|record low|" +
                    "all-time record|sales record|chart record|records sold|set a record|sets a record|broke a record|breaks a record|" +
                    "broke the record|breaks the record|set the record|sets the record|record for|records for|on record|off the record|" +
                    "personal record|fresh record|breaking records|breaking record|broken records|broke records|break records|" +
                    "record-setting|record number|record-high|record-low|record viewership|record audience|record sales|record ratings",
                    Of(CueType.Idiom)),
            // "Park and Sunmi released their duet "When We Disco"": a song sung by two.
            .. Cues("duet|duets", Kind(ReleaseKind.Single, KindStrength.Weak)),
            .. Cues("title track*|title song*|lead single*|focus track*", TitleTrackKind()),
            // "returns with "X," led by the title track "Y"", "fronted by the single "Z"": what a single or title track leads is a record.
            .. Cues("led by the title track|led by its title track|led by their title track|led by title track|" +
                    "headed by the title track|headed by title track|led by the title song|headed by the title song|" +
                    "featuring the title track|featuring its title track|featuring their title track|featuring title track|" +
                    "including the title track|including its title track|including their title track|" +
                    "fronted by the title track|fronted by its title track|fronted by their title track|fronted by title track|" +
                    "led by the single|led by its single|led by their single|led by the lead single|led by lead single|" +
                    "fronted by the single|fronted by its single|fronted by their single|fronted by the lead single|" +
                    "anchored by the single|anchored by the title track|headlined by the single|headlined by the title track|" +
                    "led by the track|led by the new single|led by the new track|led by the lead track|led by its lead track|led by the song|" +
                    "fronted by the track|fronted by the new single|fronted by the song|fronted by the lead track",
                    Kind(ReleaseKind.Album)),
            .. Cues("music video*|mv|mvs|m/v", Kind(ReleaseKind.Mv)),
            // "the title-track video": a title track's video is its music video (and so is a song's own, SentenceScanner.OwnVideo).
            .. Cues("title-track video|title track video|title-song video", Kind(ReleaseKind.Mv)),
            // "their video message to fans", "his video call": no video of a song.
            .. Cues("video message*|video call*|video letter*|video greeting*", Of(CueType.NotRelease)),
            // "Aug. 1 falls on a Saturday, when the members will be performing in Jakarta": a day's weekday told as a fact
            // (not "the release falls on the 5th").
            .. Cues("falls on a|fell on a", Of(CueType.NotRelease)),
            // "In its place, SBS will air the film "The Thieves"": a film shown on television is a broadcast, not its release.
            .. Cues("will air the film|will air the movie|will show the film|will show the movie|will broadcast the film|will broadcast the movie",
                    Of(CueType.NotRelease)),
            .. Cues("video|videos", Kind(ReleaseKind.Mv, KindStrength.Weak)),
            .. Cues("ost|osts|soundtrack*|soundtrack single|soundtrack singles|ost single|ost singles|theme song|theme songs|main theme", Kind(ReleaseKind.Ost)),
            .. Cues("drama|dramas|k-drama*|series|web drama*|web series|season|docuseries|docu-series", Kind(ReleaseKind.Drama)),
            // "Hwang Dong-hyuk's period drama", "the legal drama": a show, or a film in an article about films.
            .. Cues("period drama*|crime drama*|historical drama*|family drama*|human drama*|war drama*|legal drama*|" +
                    "courtroom drama*|romantic drama*|psychological drama*|political drama*|coming-of-age drama*|sports drama*|" +
                    "disaster drama*|fantasy drama*|medical drama*|mystery drama*|action drama*|revenge drama*|comedy-drama*|" +
                    "comedy drama*|spy drama*|prison drama*|musical drama*|period epic|period epics|historical epic|historical epics|period piece",
                    GenreKind()),
            // A genre or a channel next to a title says "show" without the word: "tvN's "X" starts", "the rom-com "Y"".
            .. Cues("melodrama|melodramas|rom-com|rom-coms|romcom|romcoms|romantic comedy|romantic comedies|sitcom|sitcoms|thriller|thrillers|" +
                    "tvn|jtbc|sbs|kbs|kbs1|kbs2|mbc|ena|tving|wavve|ocn|mbn",
                    Kind(ReleaseKind.Drama, KindStrength.Hint)),
            // "premiered Monday night" is last Monday's.
            .. Cues("premiere|premiering", new Cue(CueType.Release, Kind: ReleaseKind.Drama, Strength: KindStrength.Weak)),
            .. Cues("premiered", new Cue(CueType.Release, Tense.Past, ReleaseKind.Drama, KindStrength.Weak)),
            // "got off to a strong start on Friday night": a show's first night, last Friday.
            .. Cues("got off to a strong start|got off to a solid start|got off to a good start|" +
                    "got off to a great start|got off to a steady start|got off to a confident start|" +
                    "got off to a flying start|got off to a promising start|got off to a rocky start|" +
                    "got off to a slow start|got off to a fine start|got off to a decent start|" +
                    "got off to a modest start|got off to an impressive start|got off to a record-breaking start|" +
                    "got off to a start",
                    new Cue(CueType.Release, Tense.Past, ReleaseKind.Drama, KindStrength.Weak)),
            .. Cues("premieres", new Cue(CueType.Release, Tense.Present, ReleaseKind.Drama, KindStrength.Weak)),
            // A show that takes a slot premieres there ("the slot will be taken over by "Lovely Runner" from April 8").
            // The taker follows the verb; "takes over the slot from "April Kiss"" names the show it replaces after it.
            .. Cues("will be taken over by|to be taken over by|will fill the slot with|will fill it with", SlotTaken(Tense.Future)),
            .. Cues("is taken over by|fills the slot with|now goes to", SlotTaken(Tense.Present)),
            .. Cues("episode|episodes|finale|finales", Kind(ReleaseKind.Episode)),
            // A show that ends releases its last episode that day (issue #9 §1.8), where the clause is the show's
            // ("Manhole" ended on Thursday; not "the tour wrapped up", "his service ends").
            .. Cues("ended|wrapped up|concluded|ended its run|came to an end|signed off|closed its run|bowed out", EndsRun(Tense.Past)),
            .. Cues("ends|wraps up|concludes|ends its run|closes its run|bows out|comes to an end", EndsRun(Tense.Present)),
            .. Cues("will end|to end|will wrap up|to wrap up|will conclude|to conclude|will end its run|will come to an end|" +
                    "scheduled to end|set to end|slated to end|due to end|expected to end", EndsRun(Tense.Future)),
            // "The drama continues tonight", "the series resumes next Monday": a show that goes on airs its next episode
            // that day ("continues to top the charts" goes on doing something else).
            .. Cues("continues|continue|resumes|resume|will continue|will resume|to continue|to resume", Of(CueType.GoesOn, Tense.Present)),
            .. Cues("signs off", EndsRun(Tense.Present)),
            .. Cues("will sign off|to sign off", EndsRun(Tense.Future)),
            .. Cues("continues to|continue to|will continue to|to continue to|continues its|continue its|continues their|continue their|" +
                    "continues his|continue his|continues her|continue her|resumes its|resume its|resumes their|resume their",
                    Of(CueType.Idiom)),
            .. Cues("film|films|movie|movies|documentary|blockbuster|blockbusters", Kind(ReleaseKind.Film)),

            .. Cues("will release|will drop|will return with|will debut|will unveil|will be released|to release|to drop|" +
                    "to return with|to debut|to unveil|to be released|will be out|will come out|" +
                    "will make a comeback|to make a comeback|will hit shelves|to hit shelves",
                    Release(Tense.Future)),
            // "returns to the air on Sunday", "is back on the air Saturday": a show back after a pause (not "is back in Seoul",
            // "back at No. 1", "back from the military": a bare "back" releases nothing).
            .. Cues("will return|to return|will come back|to come back|will be back on the air|will return to the air", Returning(Tense.Future)),
            .. Cues("back on the air|back on air|return to the air|return to air", Returning(Tense.None)),
            .. Cues("returns to the air|returns to air", Returning(Tense.Present)),
            .. Cues("will premiere|to premiere", new Cue(CueType.Release, Tense.Future, ReleaseKind.Drama, KindStrength.Weak)),
            // A streamer's show or film comes out when it starts streaming ("started streaming on Netflix today").
            .. Cues("started streaming|began streaming|starts streaming|begins streaming|start streaming|begin streaming|" +
                    // "WEAK HERO CLASS 2 hits netflix TOMORROW": arrives on a streamer.
                    "hits netflix|hit netflix|hits disney+|hit disney+|hits tving|hit tving|hits wavve|hit wavve|hits viki|hit viki|" +
                    "lands on netflix|land on netflix|lands on disney+|land on disney+|lands on tving|land on tving",
                    new Cue(CueType.Release, Kind: ReleaseKind.Drama, Strength: KindStrength.Weak)),
            // Cinemas show films: "will hit theaters" is a film's release even when the article says "thriller"; every
            // verb with every way of naming the cinemas ("hit local cinemas", "opens in Korean theatres").
            .. Cues(Screens("will hit|to hit|will open in"), new Cue(CueType.Release, Tense.Future, ReleaseKind.Film, KindStrength.Weak)),
            .. Cues(Screens("hit|opened in") + "|opened nationwide|premiered in theaters",
                    new Cue(CueType.Release, Tense.Past, ReleaseKind.Film, KindStrength.Weak)),
            .. Cues("theatrical release|theatrical debut|theatrical opening", // not "ended its theatrical run"
                    new Cue(CueType.Release, Tense.Present, ReleaseKind.Film, KindStrength.Weak)),
            // "ended its theatrical run": a film's, which ends with no last episode.
            .. Cues("theatrical run|theatrical runs|box office run|box-office run", Kind(ReleaseKind.Film)),
            .. Cues(Screens("hits|in") + "|opens in theaters|opens nationwide|" +
                    // "'Secretly, Greatly' Bows in Korea Wednesday": trade-press "bows", a film's opening (not "bows out").
                    "bows in|bows nationwide|bows stateside",
                    new Cue(CueType.Release, Tense.Present, ReleaseKind.Film, KindStrength.Weak)),
            .. Cues("returned|came back|returned to the air", Returning(Tense.Past)),
            // "May 2 — The album and the "Fire" music video are released": a present passive, not the day of a year gone.
            .. Cues("is released|are released|is being released|are being released|gets released|get released", Release(Tense.Present)),
            // ""Gentleman" will go on sale in 119 countries on Friday": a record's release to the shops (not "tickets go on
            // sale", an event's NotRelease word beside it; not "was to go on sale", a plan told by the words before).
            .. Cues("will go on sale|goes on sale|going on sale", Release(Tense.Present)),
            .. Cues("went on sale", Release(Tense.Past)),
            .. Cues("released|dropped|returned with|debuted|unveiled|came out|rolled out|put out|shared|" +
                    "made a comeback|made their comeback|made his comeback|made her comeback|made its comeback|went live|" +
                    // "made his solo comeback Thursday": a describing word between
                    "made a solo comeback|made his solo comeback|made her solo comeback|made their solo comeback|" +
                    "made an official comeback|made his official comeback|made her official comeback|made their official comeback|" +
                    "made a long-awaited comeback|made his long-awaited comeback|made her long-awaited comeback|made their long-awaited comeback|" +
                    "made a full-group comeback|made their full-group comeback|made a korean comeback|made their korean comeback|" +
                    "made his korean comeback|made her korean comeback",
                    Release(Tense.Past)),
            .. Cues("release|releases|releasing|drop|drops|dropping|returns with|returning with|debut|debuts|debuting|unveil|unveils|" +
                    "unveiling|comes out|coming out|out|comeback|comebacks|" +
                    "make a comeback|makes a comeback|making a comeback|go live|goes live|already on youtube|on all platforms|on streaming platforms|on all streaming platforms|on music sites|on all music sites",
                    Release(Tense.Present)),
            .. Cues("return|returns|returning|come back|comes back|coming back", Returning(Tense.Present)),
            // "SHINee's Key is BACK with his 2nd full album": back with a work is its release (a bare "back" is not).
            .. Cues("will be back with|to be back with", Release(Tense.Future)),
            .. Cues("is back with|are back with|is finally back with|are finally back with|'s back with|'re back with", Release(Tense.Present)),
            // What reaches stores is a record only when its clause says so ("KARA's new single "Jet Coaster Love" will reach
            // stores on April 6"; not "IVE's lightsticks will reach stores on June 1").
            .. Cues("hit shelves|hits shelves|hitting shelves|hit stores|hits stores|reach stores|reaches stores|reaching stores|arrive in stores|" +
                    "arrives in stores|hit record stores|hits record stores", ReleaseOfAWork(Tense.Present)),
            .. Cues("is out|are out|out now|it's out|it is out|is here|are here|is finally here|are finally here|now on youtube|now available",
                    OutAsWritten(Tense.Present)),
            .. Cues("lined up for|lined up|hits the road|hit the road", Schedule(Tense.Future)),
            // "The new date is already set: Wednesday, June 19": a moved release's day, told after the move (not "The new date
            // was revealed in a trailer that aired after Tuesday's episode").
            .. Cues("new date|new release date|new premiere date|new air date|new airdate|new broadcast date", NewDateOf(Tense.Future)),
            .. Cues("new date was|new date has been|new date had been|new release date was|new premiere date was", Of(CueType.Idiom)),
            // "JTBC's drama "Snowdrop" follows on the 18th", "Davichi will follow with the sixth": no tense of their own
            // ("which follows on July 19" may be said after the day too); a calendar's "on the 13th comes …", "Aug. 2 brings …".
            .. Cues("follows on|follows with|follow with|will follow with|comes|brings|kicks things off|kick things off|kicks off the month",
                    Of(CueType.Schedule)),
            // "The remaining four episodes follow on Jan. 5", ""Jack In The Box" follows two weeks later": what comes next in
            // a run, when the verb takes no object ("It follows the pre-release "REBEL HEART"", "is followed by a fan meeting").
            .. Cues("follow on|follow|follows", Intransitive(Tense.None)),
            .. Cues("will follow|to follow", Intransitive(Tense.Future)),
            .. Cues("followed on|followed", Intransitive(Tense.Past)),
            .. Cues("followed by|is followed by|was followed by|will be followed by|be followed by|followed suit|follow suit|follows suit",
                    Of(CueType.Idiom)),
            // "Until the start of the month": a noun, not the verb "shows start".
            .. Cues("the start of|the beginning of", Of(CueType.Idiom)),
            // "After a series of delays": a run of things, no show ("Netflix's Korean series of 2023" are shows).
            .. Cues("a series of|a whole series of|a long series of", Of(CueType.Idiom)),
            // "lands at No. 1 on Melon": a chart place, not a release.
            .. Cues("lands at|landed at|land at|landing at", Of(CueType.Idiom)),
            // "began airing on April 17": a gerund takes its tense from the verb before it, so it says none of its own.
            .. Cues("airing|launching|arriving|streaming", Schedule(Tense.Present)),
            // ""Oppenheimer," opening Aug. 15", "Opening the same day is "Kingmaker"": the participle, not the noun ("its
            // opening on the 12th", "opening track").
            .. Cues("opening", Participle(Tense.Present)),
            .. Cues("air|airs|launch|launches|arrive|arrives|stream|streams|available|" +
                    "lands on|will land on|now lands|finally lands|will now land|lands this|lands next|lands tomorrow|lands today|lands tonight|set for|is set for|are set for|confirmed for|is confirmed for|are confirmed for|slated for|is slated for|are slated for|scheduled for|is scheduled for|are scheduled for|due|due out|begins|begin|kicks off|starts|start|opens|open", Schedule(Tense.Future)),
            .. Cues("aired|launched|arrived|streamed|began|started|kicked off|broadcast|was broadcast|were broadcast|opened|kicked things off", Schedule(Tense.Past)),
            // "JTBC has set January 27 for the premiere of "Doctor Slump"", "Netflix sets Feb. 5 release for …".
            .. Cues("has set|have set|sets|has locked in|have locked in|locks in|has pencilled in|has penciled in|have pencilled in|have penciled in|" +
                    "pencils in|has fixed|have fixed|has earmarked|have earmarked|has booked|have booked", DaySet(Tense.Future)),
            // ""Love poem" finally has a date: November 18": a release given its day (not "a date with fans").
            .. Cues("has a date:|finally has a date|now has a date|has a release date|finally has a release date|now has a release date|" +
                    "gets a release date|got a release date|has a premiere date|gets a premiere date|got a premiere date",
                    Schedule(Tense.Future)),
            // "TREASURE's debut, which was set for July 31, will now take place on August 7": when a release happens.
            .. Cues("take place|takes place|taking place", Happens(Tense.Future)), .. Cues("took place", Happens(Tense.Past)),
            // "topped the box office on its opening day Wednesday": a film's first day in cinemas.
            .. Cues("opening day|its opening day|on its opening day", new Cue(CueType.Release, Tense.Past, ReleaseKind.Film, KindStrength.Weak)),

            .. Cues("will|'ll|set to|slated to|scheduled to|going to|gearing up|upcoming|forthcoming|preparing|plans to|" +
                    "planning to|expected to|is set|are set", Of(CueType.Tense, Tense.Future)),
            // Bare "out" is a release in a headline ("SEVENTEEN single "HIT" out today"); a phrasal verb around it is not.
            // "is out of stock", "are here in Los Angeles", "is here to stay": not out now. Not "goes out": "the first episode
            // goes out Wednesday, March 21" airs it (its "out" is the release).
            .. Cues("is out of|are out of|is here in|are here in|is here at|are here at|is here to|are here to|check out|checked out|checking out|opened up|opens up|open up|opening up|find out|found out|out of|point out|pointed out|carry out|carried out|" +
                    "turn out|turned out|turns out|stand out|stands out|stood out|reach out|hang out|figure out|work out|worked out|" +
                    "spread out|left out|sold out|sell out|sells out|went out|go out|fill out|filled out|" +
                    "roll out|rolls out|rolling out|close out|closes out|closing out|closed out|stick out|sticks out|" +
                    "out loud|way out|shout out|shout-out|shoutout|shouted out|sort out|sorted out|ruled out|rule out",
                    Of(CueType.Idiom)),
            // A calendar's "comes"/"brings" schedule a release; "comes with a photobook", "brings back" do not.
            .. Cues("comes with|come with|came with|coming with|brings back|bring back|brings together|comes from|comes after|comes as",
                    Of(CueType.Idiom)),
            // "get the festive season started": a season of the year is a period, never a show's season.
            .. Cues("festive season|holiday season|awards season|award season|comeback season|promotion season|christmas season|" +
                    "year-end season|summer season|winter season|spring season|fall season|autumn season", Of(CueType.Vague, Tense.None)),
            .. Cues("soon|later|this summer|this fall|this autumn|this winter|this spring|late|early|mid|next week|" +
                    "next month|next year|in the coming", Of(CueType.Vague, Tense.Future)),
            // "Last summer the group released the music video for "Super Shy"": a past period, no day of this news.
            .. Cues("last summer|last winter|last spring|last fall|last autumn", Of(CueType.Vague, Tense.Past)),
            // "the highest of any program this year" is no future; "on December 24 this year" is this year's day.
            .. Cues("this month|this year", new Cue(CueType.Vague, Tense.None, Value: Words.CurrentPeriod)),
            // "released on Sept. 8 last year": that day of the year before.
            .. Cues("last year|of last year", new Cue(CueType.Vague, Tense.None, Value: Words.PreviousYear)),
            .. Cues("this week", Of(CueType.Vague, Tense.None)), // a week may straddle New Year: no year of its own
            .. Cues("was|were|had|has|have|ago|already|earlier|previously|would", Of(CueType.Tense, Tense.Past)),
            // Present tense says nothing of the year; the cue lets "The 15th is a crowded day" read as a day.
            .. Cues("is|are", Of(CueType.Tense, Tense.Present)),

            // "a thriller about the 1979 military coup": a film's subject, no enlistment.
            .. Cues("military coup|military coups|military regime|military dictatorship|military junta|military rule", Of(CueType.Idiom)),
            .. Cues("birthday*|birth day|anniversar*|concert*|tour|tours|touring|world tour|encore|ticket*|presale*|pre-sale*|" +
                    "fan meeting*|fanmeeting*|fan-meeting*|fan meet|fanmeet*|fancon*|fan concert*|fan sign*|fansign*|fan-sign*|" +
                    "chart*|views|topped|tops|ranked|ranking*|award*|trophy|trophies|win|wins|won|ceremony|ceremonies|enlist*|" +
                    "discharg*|military|mandatory service|army|conscription|perform*|stage|stages|showcase*|press conference*|mini live|mini concert|mini fan meeting|mini fanmeeting|" +
                    "funeral*|memorial service*|interview*|teaser*|trailer*|poster*|moving poster*|tracklist*|track list*|concept photo*|photos|comeback photo*|group photo*|teaser photo*|concept film*|concept clip*|mood film*|mood clip*|prologue film*|prologue video*|spoiler*|pre-order*|preorder*|" +
                    "filming|wedding*|married|contract*|renew*|vote|voting|festival*|exhibition*|pop-up*|fan club*|fanclub*|" +
                    "music show*|simply k-pop|music bank|m countdown|show champion|music core|livestream*|live stream*|variety show*|since debut|since their debut|since his debut|since her debut|" +
                    "since its debut|promotion|promotions|promo schedule|sampler*|highlight medley*|album preview*|comeback show*|" +
                    "comeback live*|comeback broadcast*|countdown live*|countdown broadcast*|comeback countdown*|appear on|appears on|appeared on|appearing on|mini preview*|logo motion*|special program*|special broadcast*|specials|news special*|special news report*|" +
                    // A broadcast that takes a drama's slot: "as Asian Cup quarterfinal takes over Friday".
                    "slot normally occupied by|slot usually occupied by|slot occupied by|normally occupied by|usually occupied by|" +
                    "match|matches|quarterfinal*|quarter-final*|semifinal*|semi-final*|asian cup|short track|olympics coverage|" +
                    "election coverage|sports coverage|news coverage|live coverage|news bulletin*|" +
                    // What reaches stores besides records: "IVE's lightsticks will reach stores on June 1".
                    "lightstick*|light stick*|merchandise|merch|magazine*|photobook*|photo book*|season's greetings",
                    Of(CueType.NotRelease)),

            // "follow up the summer single "Newton" with their fifth EP": what is followed up is the earlier release.
            // "teams up with Bruno Mars for the single": after an act, "for" is what they make.
            .. Cues("for", new Cue(CueType.Container, Value: Words.NotAfterAct)),
            .. Cues("ahead of|in support of|to promote|included on|included in|from|off|featured on|featured in|" +
                    "follow up|follows up|followed up|following up|follow-up to|the follow-up to|a follow-up to|" +
                    "before the release of", Of(CueType.Container)),
            .. Cues("announc*|said|says|confirmed|confirms|revealed|reveals|reported|reports|according to|told|" +
                    // "where the releases stand as of Friday evening": the day a report holds for.
                    "as of|as at",
                    Of(CueType.Announce)),
            .. Cues("postpon*|delay*|pushed back|push back|pushes back|moved|moves to|moves|would move to|will move to|reschedul*|brought forward|moved up|moved forward|" +
                    // "moving the Lee Min-ho drama up from Oct. 16" (not "a moving ballad"); "changed the premiere … from Jan. 29 to Feb. 12".
                    "moving the|moving it|moving its|moving their|pushing it back|pushes it back|push it back|pushing back|changed the premiere|changed the release|changed the date|changed the air date|changed its premiere|changed its release|" +
                    // "to bring the release forward from June 26": the move's verb and its object.
                    "bring forward|bring the release forward|bring the premiere forward|bring the opening forward|bring it forward|" +
                    "bringing the release forward|bringing forward|brings forward|brings the release forward|" +
                    "pulled the release forward|pulled its release forward|pulled the premiere forward|pulled the opening forward|pulled it forward|" +
                    "pushed the schedule back|pushed the release back|pushed the date back|" +
                    // "has been pushed to May 12", "had its date changed from May 5 to May 12".
                    "pushed to|pushed it to|been pushed|was pushed|were pushed|got pushed|gets pushed|its date changed|date changed|" +
                    // "IU's mini album "Love Poem" is on hold": put off with no new day yet (not "her other activities remain on
                    // hold", beside a release that stands).
                    "pulled forward|pushed forward|paused|put on hold|is on hold|is also on hold|are on hold|are also on hold|is now on hold|are now on hold|halted|held back|been held back|holds back|holding back|" +
                    // "the music video, however, hit a snag": it did not come out as planned.
                    "hit a snag|hits a snag|ran into a snag|runs into a snag|hit a hitch|ran into a hitch|" +
                    // "the MV is still not up", "the video never arrived": it did not come out when it was due.
                    "not up yet|not out yet|isn't up yet|isn't out yet|still not up|still not out|never arrived|did not arrive|didn't arrive|didn’t arrive|" +
                    // "the MV though... nothing on SMTOWN yet", "nothing yet": a post waiting for what did not come.
                    "nothing on|nothing yet|still nothing|no sign of|no video|no mv|" +
                    // "Starship said the album will be released at a later date": a move with no new day yet.
                    "at a later date|to a later date|until a later date|on a later date|" +
                    // "said a new date was still under discussion": moved, the new day not yet known.
                    "new date was still under discussion|new date is still under discussion|new date was under discussion|new date is under discussion|" +
                    "new date is yet to be announced|new date has yet to be announced|new date was yet to be announced|" +
                    // "IU, who was due to drop her mini album "Love Poem" on Nov. 1, has also stopped its pre-release content".
                    "stopped its pre-release|stopped her pre-release|stopped his pre-release|stopped their pre-release|halted its pre-release|" +
                    "halted her pre-release|halted his pre-release|halted their pre-release|suspended its pre-release|suspended her pre-release|" +
                    "suspended his pre-release|suspended their pre-release|" +
                    // "put the release off indefinitely": the phrasal verb around its object.
                    "put the release off|put the album off|put the single off|put the record off|put it off|puts the release off|puts it off|" +
                    "putting the release off|putting it off|" +
                    // "decided … to put off the release" (not "fans were put off by", a dislike).
                    "put off the|put off its|put off their|put off his|put off her|puts off the|puts off its|putting off the|putting off its|" +
                    // "the finale … slides to the following Thursday" (not "slides" of a presentation).
                    "slides to the following|slid to the following|slips to the following|slipped to the following|slides to next|slid to next|slips to next|slipped to next", Of(CueType.Postpone)),
            .. Cues("initial|original|earlier|previous|rather than|not|later than|earlier than", new Cue(CueType.MovedFrom, Value: Words.RightBefore)),
            // "moves episode 4 to Sunday as JTBC clears Saturday for news": the day a schedule is cleared of it.
            .. Cues("clears|cleared|clearing|vacates|vacated|vacating|frees up|freed up|freeing up", new Cue(CueType.MovedFrom, Value: Words.RightBefore)),
            .. Cues("was due|were due|was due in|were due in|was due to|were due to|was due on|were due on|was expected|were expected|was supposed|were supposed|" +
                    "was set to|were set to|" +
                    // "was all set to drop today, June 23, but her agency has pushed it back"; "which had been teased for the
                    // 7th, will now arrive on the 14th": a plan told in the past beside the day that replaces it.
                    "was all set to|were all set to|had been teased for|had been teased as|was teased for|were teased for|" +
                    // "was also meant for thursday the 21st -- it's moving one day": a plan told in the past, in a sentence
                    // that moves it (not "was scheduled for May 15", which may still stand).
                    "was meant for|were meant for|was also meant for|were also meant for|was originally meant for|were originally meant for|" +
                    // "will come out June 3, having earlier promised a May 27 release".
                    "having earlier promised|had earlier promised|earlier promised|previously promised|had previously promised|having previously promised",
                    new Cue(CueType.MovedFrom, Value: Words.BesideAnotherDay)),
            // "ITZY's first mini album, tentatively planned for July 22, will be released on July 29": a tentative plan too.
            .. Cues("planned for|tentatively planned for|tentatively scheduled for|tentatively set for|tentatively slated for",
                    new Cue(CueType.MovedFrom, Value: Words.WithInstead)),
            .. Cues("than promised|than planned|than originally planned|than first announced|than announced|than previously announced|than originally announced|earlier than promised|later than promised|" +
                    "earlier than planned|later than planned", Of(CueType.MovedFrom)),
            .. Cues("changed its release date|changed the release date|changed its premiere date|changed the premiere date|" +
                    "changed its release|changed the date|been changed to|" +
                    // "Oct. 25 (changed from Oct. 18)": the day it was changed from.
                    "changed from|" +
                    // "tvN swapped the two shows": they trade slots.
                    "swapped|swaps|swap the|swapping", Of(CueType.Postpone)),
            .. Cues("cancel*|called off|halted|scrapped|shelved|skipped|date has been dropped|date has now been dropped|date was dropped|" +
                    "date is off|date has been scrapped|skips|skip its|skip their|skips its|skips their|will skip|to skip|also skip|also skips|is skipping|are skipping|" +
                    // "SM Entertainment pulled his third mini album hours before its planned Oct. 31 release": taken off the schedule.
                    "pulled the|pulled its|pulled their|pulled his|pulled her|pulled it from|pulled from|pulls|pulled tonight's|pulled today's|pulled this week's|pulled tomorrow's|sit out|sits out|sat out|sitting out|take a break from|takes a break from|" +
                    // "SBS's "Cheer Up" is also off the schedule Monday": no episode that day (not "returns Saturday after a
                    // week off the air", whose week is the pause).
                    "off the schedule|" +
                    // "There will be no episode on Thursday, August 2, either": nothing airs that day.
                    "be no episode|be no new episode|be no episodes|be no new episodes|be no broadcast|is no episode|is no new episode|" +
                    // "Fiestar's digital single, due on Friday the 25th, has been taken off the calendar".
                    "off the calendar|removed from the calendar|removed from the schedule|pulled from the calendar|pulled from the schedule|" +
                    // "the episode planned for Sept. 2 will not go out": not broadcast that day.
                    "will not go out|won't go out|won’t go out|did not go out|didn't go out|didn’t go out|" +
                    // "'East of Eden' off tonight", "ep 13 is officially OFF tonight", "will go off the air this Wednesday" (not
                    // "signs off tonight", a finale, nor "kicks off tonight").
                    "off tonight|off today|off this week|off this weekend|be off the air|is off the air|are off the air|go off the air|" +
                    "is also off the air|are also off the air|will also be off the air|also off tonight|also off today|" +
                    // "SBS's "Whisper," which airs in the same slot, will also be off on May 9".
                    "will be off on|will also be off on|also be off on|" +
                    "goes off the air|taken off the air|pulled off the air|dropped from the schedule|dropped from the lineup|" +
                    // "forced it to pull the second episode off air midway through on Sunday": taken off, not aired.
                    "off air midway|off air halfway|off air mid-broadcast|off air partway|" +
                    // "was set for Sept. 29, 2020, … but was pulled weeks in advance as COVID-19 cases rose".
                    "was pulled|were pulled|been pulled",
                    Of(CueType.Cancel)),
            // "are dropped for volleyball coverage", "had already been dropped on Monday, when MBC carried live coverage", "MBC,
            // which carries the match, has also dropped tonight's episode" (not "has dropped the OST", a release),
            // "last Tuesday's Olympic no-show": with a broadcast that took the slot in the sentence (not "dropped for free",
            // "the MV had been dropped at 6 p.m.": releases).
            .. Cues("no-show|no-shows", new Cue(CueType.Cancel, Value: Words.BesideAnEvent)),
            .. Cues("dropped for|had been dropped|had already been dropped|dropped tonight's episode|dropped tonight's broadcast|dropped this week's episode|dropped this week's broadcast", new Cue(CueType.Cancel, Value: Words.DroppedBesideAnEvent)),
            // "Channel A's "Marry YOU" likewise dropped its Saturday broadcast": a weekday's broadcast dropped is called off.
            .. Cues(WeekdayBroadcasts("dropped|drops|will drop|has dropped|have dropped"), Of(CueType.Cancel)),
            // "As planned, …", "no later than June 5": the day said is kept, not left behind.
            .. Cues("as planned|as originally planned|as scheduled|on schedule|on time|as originally scheduled|as expected|as previously announced|as had been expected|as had been planned|" +
                    "no later than|not later than|no earlier than|not earlier than|will not be postponed|will not be delayed", Of(CueType.Idiom)),
            .. Cues("instead of|originally|initially|previously scheduled|previously set|previously planned|previously slated|was first set|were first set|" +
                    "was first slated|were first slated|was first scheduled|were first scheduled|was first planned|were first planned|" +
                    // "First planned for May 9, then May 23, the EP will now arrive on June 6."
                    "first planned for|first set for|first scheduled for|first slated for|first due on|first penciled in for|first pencilled in for|" +
                    // "⚠ Date change: the EP was first listed on the 12th and was pushed back a week": a calendar's first listing.
                    "was first listed|were first listed|first listed for|first listed on|originally listed for|originally listed on|" +
                    "initially listed for|initially listed on|" +
                    // "the single album "GLASSY," originally planned for September 30, will now be released on October 7": as
                    // "originally" alone says, the plan changed (a bare "planned for" needs "instead").
                    "originally planned for|initially planned for|" +
                    "once penciled in for|once pencilled in for|" +
                    // "one day earlier than its previously announced date of Thursday, April 25" (not "the previously announced album").
                    "previously announced date|previously announced release date|previously announced premiere date|previously announced opening date|" +
                    "originally announced date|originally announced release date|" +
                    "once planned for|once set for|once scheduled for|once slated for|once due on|once expected on|" +
                    "previously expected|previously penciled in|previously pencilled in|previously lined up|previously billed|previously listed|" +
                    "previously tipped|previously targeted|previously pegged|previously earmarked|previously meant|previously booked|previously dated|previously due|" +
                    "previously announced for|previously announced to",
                    Of(CueType.MovedFrom)),
            // "first pegged to open on May 5", "once earmarked for May 5": an earlier plan in any of its participles, with the
            // preposition that leads to its day (not "the first set of teasers").
            .. Cues(string.Join('|', from adverb in new[] { "first", "once", "earlier" }
                                     from participle in PlanParticipleWords
                                     from preposition in new[] { "for", "to", "on" }
                                     select $"{adverb} {participle} {preposition}"), Of(CueType.MovedFrom)),
            // "will open on May 12 after first being set for May 5", "after being slated for May 5": the plan it had before.
            .. Cues(string.Join('|', from adverb in new[] { "after", "first", "once", "originally", "initially", "previously", "earlier" }
                                     from participle in PlanParticipleWords
                                     from preposition in new[] { "for", "to", "on" }
                                     select $"{adverb} being {participle} {preposition}"), Of(CueType.MovedFrom)),
            .. Cues("were to|was to|had been set|had been scheduled|had been slated|had been due|had been planned|had been expected|" +
                    "had both been set|had both been scheduled|had both been slated|had both been due|had all been set|had all been scheduled|" +
                    // "The album had first been scheduled for April 5, but …": an adverb of the plan inside the verb.
                    "had first been|had originally been|had initially been|had previously been|had once been|" +
                    // "had been pencilled in to premiere on October 2; SBS has now moved the first episode to …".
                    "had been pencilled in|had been penciled in|was pencilled in|was penciled in|were pencilled in|were penciled in|" +
                    // "It had been lined up for July 9 and will premiere a week earlier".
                    "had been lined up",
                    Of(CueType.MovedFrom)),
            .. Cues("were supposed to|was supposed to|had planned to|" +
                    // "was also supposed to launch on the 14th and now begins on the 21st": a plan's adverb inside the phrase.
                    "was also supposed to|were also supposed to|was originally supposed to|were originally supposed to|" +
                    "was initially supposed to|were initially supposed to|were both supposed to|were all supposed to|" +
                    // "The plan had been to … roll it out to the rest of the world on April 13, but …": a plan told as one.
                    "the plan had been to|the plan was to|the original plan was to|the original plan had been to|the initial plan was to|" +
                    "the initial plan had been to|the first plan was to|" +
                    // "the project's announced plan had "E" slated for Aug. 1": what a plan had held.
                    "plan had|plans had|plan called for|plans called for|plan had called for|" +
                    // "had been expected to broadcast its 11th and 12th episodes tonight and tomorrow, Dec. 29 and 30": a
                    // plan told in the past perfect, as far as its clause goes.
                    "had been expected to|had been set to|had been scheduled to|had been slated to|had been due to|had been planned to|" +
                    // "Feb. 26 (Wed) — "Time to Hunt" … was due next Wednesday": a plan said with its relative day.
                    "was due next|were due next|was due this|were due this|was due today|were due today|was due tomorrow|were due tomorrow",
                    new Cue(CueType.MovedFrom, Value: Words.WholeClause)),
            // "was meant to arrive on September 8" (not "was meant to comfort fans"): a plan only with a release's verb.
            .. Cues(string.Join('|', from meant in new[] { "was meant to", "were meant to", "had been meant to" }
                                     from verb in new[] { "arrive", "come out", "drop", "air", "premiere", "open", "launch", "be released", "hit", "debut", "return" }
                                     select $"{meant} {verb}"), new Cue(CueType.MovedFrom, Value: Words.WholeClause)),
            .. Cues("an earlier version of this article|a previous version of this article|an earlier version of this story|" +
                    "a previous version of this story|an earlier version of this report|a previous version of this report|" +
                    // "[UPDATE] An earlier version of this post gave the release date as March 29", "… incorrectly stated that …".
                    "an earlier version of this post|a previous version of this post|an earlier version of this piece|a previous version of this piece|" +
                    "incorrectly stated|incorrectly reported|incorrectly said|wrongly stated|wrongly reported|mistakenly stated|mistakenly reported|" +
                    "erroneously stated|erroneously reported",
                    new Cue(CueType.MovedFrom, Value: Words.Retracted)),
            .. Cues("would have|would've|would have been|would normally have|would usually have|would otherwise have|would ordinarily have|" +
                    "would have normally|would have usually|would have otherwise", new Cue(CueType.MovedFrom, Value: Words.VerbAfter)),
            // "If we released the album on the 8th, the gap before broadcast activities would be too long": a plan weighed and
            // dropped (a past verb after "if" and its subject; "if it comes out on the 8th" is a plan still).
            .. Cues("if we|if they|if it|if she|if he|if the album|if the single|if the song|if the record|if the film|if the drama",
                    new Cue(CueType.MovedFrom, Value: Words.Counterfactual)),
            // "Under that plan the story would have wrapped with episode 16 on Sept. 24": a run that would have ended then.
            // Only the days after it: "…will air its finale on Oct. 6, a week after it would have ended" keeps Oct. 6.
            .. Cues("would have wrapped|would have wrapped up|would have ended|would have concluded|would have finished|would have closed",
                    Of(CueType.MovedFrom)),
            .. Cues("today|tonight|this evening|tonite", Relative(0)), .. Cues("tomorrow|tmrw|tmr|2moro", Relative(1)),
            // "ep 5 in a few hours!!!": a post's countdown in hours is today.
            .. Cues("in a few hours|in a couple of hours|in just a few hours|in an hour|in just an hour|in two hours|in three hours",
                    Relative(0)),
            .. Cues("the day after tomorrow|day after tomorrow", Relative(2)), .. Cues("yesterday", Relative(-1)),
            .. Cues("but|while|whereas|and|so|though|although|where|when|with|after|right after|shortly after|just after|before|" +
                    "right before|shortly before|just before", Of(CueType.ClauseBreak)),
            .. Cues("which|that|who|whose", new Cue(CueType.ClauseBreak, Value: RelativeClause)),
            .. Cues("first", Of(CueType.First)),
            .. Cues("new|brand-new|fresh", Of(CueType.New)),
            .. Cues("the same day|on the same day|that same day|the very same day|on the same date|on release day|same day|" +
                    "on the day of release|on the day of the release", Anaphor(SameDay)),
            .. Cues("the next day|the following day|the day after|on the next day|on the following day|" +
                    // "The very next day, IU returns": "very" stresses the day after, as "the very same day" the same one.
                    "the very next day|on the very next day|the very following day|the very day after", Anaphor(NextDay)),
            .. Cues("at the same time|simultaneously|simultaneously with|at the same time as|for the same time", Anaphor(SameMoment)),
            .. Cues("group|groups|boy group*|girl group*|band|bands|boy band*|boyband*|girl band*|duo|trio|unit|sub-unit*|subunit*",
                    RoleNoun(Role.Group)),
            .. Cues("singer|singers|rapper|rappers|actor|actors|actress|actresses|soloist|singer-songwriter|idol|idols|" +
                    "producer|vocalist|artist|artists|labelmate|labelmates", RoleNoun(Role.Person)),
            // "former"/"formerly": "Jo Yu-ri, formerly of girl group IZ*ONE," places the group before the name as a member noun does.
            .. Cues("member|members|leader|maknae|main vocalist|main rapper|main dancer|former|formerly|ex-member*|brother|sister|siblings|" +
                    // "Jung Yong-hwa, frontman of rock band CNBLUE,": the singer who fronts a band is one of it.
                    "frontman|frontwoman|lead singer|lead vocalist", RoleNoun(Role.Member)),
            .. Cues("duet|duets|dueted|duetting|collaboration|collaborations|collab|collabs|collaborative|joint|team up|teams up|" +
                    "teamed up|teaming up|join forces|joins forces|joined forces|joining forces", RoleNoun(Role.Collab)),
            .. Cues("made up of|consisting of|composed of|comprised of|comprising|the duo of|the trio of|the quartet of|the quintet of|the sextet of|" +
                    "the septet of|the octet of|a duo of|a trio of|a quartet of|a quintet of|a sextet of|the unit of|a unit of|the subunit of|a subunit of|the sub-unit of|a sub-unit of", RoleNoun(Role.Lineup)),
        ],
        NameJoiners = Set("of"),
        NotNames = Set(
            "the a an this that these those it its he she they his her their our we i you on in at after before during with as " +
            "for from by meanwhile also according earlier later fans fan and but or if when while what who which whose k-pop k-drama " +
            "kpop korean korea south seoul japan japanese english chinese spanish us u.s usa america american today tomorrow yesterday tonight next last " +
            "more watch read source photo photos update updated upd breaking exclusive official officially netizens agency group member members " +
            "singer actor actress rapper leader idol boy girl band star stars new to of is are will be has have had was were " +
            "vol part pt ver version feat ft remix season chapter korean-language english-language b-side side title singer-songwriter songwriter producer soloist vocalist director writer announces announced confirms confirmed reveals revealed shares solo sets teases gears prepares makes marks celebrates " +
            "lead leads starring stars star-studded hit big super special first second third final global world " +
            "ahead meanwhile however now then there here all both each every some many much most other another such no not " +
            // "Week ahead: …", "Monthly calendar": the words of a listing's heading.
            "week weekly weekend month monthly calendar schedule roundup round-up lineup line-up " +
            "free live bonus limited edition deluxe standard digital physical pre-orders d-day cd cds dvd lp vinyl"),
        PlacePrepositions = Set("in at through via"),
        ByWords = Set("by"),
        EventObjectLinks = Set("of the their his her its"),
        ComparisonWords = Set("since than unlike like"),
        MemorialWords = Set("death passing funeral memory dedicated late mourning"),
        MemorialNouns = Set("death passing funeral memorial"),
        AfterWords = Set(""),
        BehindWords = Set("behind"),
        WeekPhrases = ["week", "week of", "weekend", "weekend of"],
        AsUsualPhrases = ["as planned", "as scheduled", "as usual", "as normal", "as originally planned", "as originally scheduled"],
        NextMonthPhrases = ["of next month", "of the next month", "of the coming month", "next month"],
        // Words as tokens: "year's" is "year", "'", "s".
        HolidayDays = [("christmas eve", 12, 24), ("christmas day", 12, 25), ("new year ' s eve", 12, 31), ("new years eve", 12, 31),
                       ("new year ' s day", 1, 1), ("new years day", 1, 1), ("valentine ' s day", 2, 14), ("valentines day", 2, 14), ("halloween", 10, 31)],
        StorySettingWords = Set("set unfolds unfolding"),
        ThisMonthPhrases = ["of this month", "of the month", "this month"],
        HolidayWords = Set("holiday holidays chuseok seollal"),
        HolidayPhrases = ["new year"],
        DirectorWords = Set("director directed"),
        HolidayVerbs = Set("starts start begins begin ends end runs run lasts last falls fall"),
        TvWords = Set("tv television weekend weekday daily miniseries broadcast broadcaster tvn jtbc sbs kbs kbs1 kbs2 mbc ena ocn mbn"),
        WhenWords = Set("when"),
        ThenWords = Set("then later subsequently"),
        MoveToWords = Set("to"),
        MoveFromWords = Set("from"),
        MovedOffWords = Set("off"),
        CauseWords = Set("after following amid due because wake"), // "due to", "because of", "in the wake of"
        ReasonWords = Set("due because amid room"), // "to make room for live coverage"
        LeadingReasonWords = Set("with amid due because given"),
        ThisTimePhrases = ["this time", "this week", "this weekend"],
        AnymorePhrases = ["anymore", "any more", "any longer"],
        NoLongerPhrases = ["no longer", "not anymore"],
        ContrastWords = Set("but however"),
        ConcessiveWords = Set("although though"),
        DebutWords = Set("debut debuts debuted debuting"),
        InsteadWords = Set("instead"),
        NowWords = Set("now"),
        PostponementNouns = Set("postponement postponements delay delays cancellation cancellations"),
        DuetWords = Set("duet"),
        SeasonWords = Set("season"),
        SeasonOrdinals = Map(("second two 2nd", 2), ("third three 3rd", 3), ("fourth four 4th", 4)),
        CinemaWords = Set("theaters theatres theater theatre cinemas cinema multiplexes"),
        BoxOfficePhrases = ["box office", "box-office", "admissions", "moviegoers"],
        StreamingServices = Set("netflix disney disney+ tving wavve coupang viki prime hulu iqiyi"),
        NegationWords = Set("not never"),
        NegationExceptions = Set("only just miss"),
        IndefiniteWords = Set("indefinitely pulled"),
        LookBackWords = Set("from since last"),
        JustNowWords = Set("just finally now"),
        AttributeWords = Set("their his her its our my saint st"),
        Determiners = Set("the a an this that its their his her our my your"),
        OtherWorkBefore = Set("hit hits smash franchise"),
        SucceedsPhrases = ["the slot from", "over from", "replacing", "replaces", "succeeding", "succeeds", "in place of"],
        SourcePhrases = ["told", "according to", "interview with", "interviews with", "speaking to", "speaking with", "spoke to", "spoke with",
                         "statement to", "reported by", "reports by"],
        TimedAgainstWords = Set("after before than since"),
        OtherWorkAfter = Set("star stars actor actress director creator fame franchise"),
        ItsWords = Set("its their"),
        BothWords = Set("both"),
        CastWords = Set("starring co-starring"),
        AllWords = Set("all"),
        CastVerbs = Set("starring co-starring"),
        CastVerbsAfterWork = Set("stars starred co-stars"),
        LabelPrepositions = Set("from under"),
        AsWords = Set("as"),
        SameDayAsWords = ["as"],
        UnitNouns = Set("unit units sub-unit subunit"),
        StaysWords = Set("remains remain remained stays stay stayed"),
        Surnames = Set(Words.KoreanSurnames),
        RivalWords = Set("rival rivals rival's rivals' competitor competitors competitor's competing"),
        // Not "sequel": "The sequel to "Sweet Home" premieres" may name the show's own title.
        SourceWorkWords = Set("remake remakes remaking adaptation adaptations adapted spin-off spinoff reboot version versions " +
                              "based inspired"),
        SourcePeople = Set("director directors creator creators writer writers author maker makers"),
        PurposeWords = Set("celebrate celebrates celebrating mark marks marking commemorate commemorating"),
        CircumstanceWords = Set("while during as"),
        WeekdayLabels = Set("mon tue tues wed thu thur thurs fri sat sun"),
        // "Thursday openings have been the norm", "knocks two Wednesday dramas off the air": a habit, a slot's shows.
        PluralDayParts = Set("nights evenings mornings afternoons openings dramas"),
        UntilWords = Set("until till"),
        DayPartNouns = Set(""), // English has no move word (MoveWords) for one to follow
        PluralWeekdays = Map(
            ("mondays", DayOfWeek.Monday), ("tuesdays", DayOfWeek.Tuesday), ("wednesdays", DayOfWeek.Wednesday),
            ("thursdays", DayOfWeek.Thursday), ("fridays", DayOfWeek.Friday), ("saturdays", DayOfWeek.Saturday),
            ("sundays", DayOfWeek.Sunday)),
        MakerVerbs = Set(""), // English names the maker after a by-word ("written by")
        CreatorWords = Set("written directed produced composed penned helmed created co-written co-produced choreographed founded co-founded owned run managed headed"),
        MakerNouns = Set("director filmmaker screenwriter scriptwriter showrunner pd"),
        FeaturingWords = Set("featuring feat ft with features featured starring co-starring"),
        FeaturedPartWords = Set("rap raps verse verses vocal vocals"),
        AppNouns = Set("app apps application"),
        Coordinators = Set("and with plus alongside accompanied"),
        NowJoiners = Set("and"),
        ClockAbbreviations = Set("a.m p.m"),
        BracketTitleAfter = Set("single singles album albums ep eps mini-album repackage lp titled called named"),
        AfterClockWords = Set("kst et est edt pt pst pdt ct cst cdt gmt utc bst cet cest jst msk korean korea seoul eastern pacific central local " +
                              "time thai japan japanese china chinese hong taiwan singapore indonesia philippine vietnam india indian " +
                              "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
                              "mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends " +
                              "january february march april may june july august september october november december " +
                              "jan feb mar apr jun jul aug sep sept oct nov dec"),
        NumberAbbreviations = Set("ep eps"),
        Abbreviations = Set("mr mrs ms dr vs no vol feat ft st jr inc co corp ltd a.m p.m a p e.g i.e etc approx jan feb mar apr jun jul aug sep sept oct nov dec"),
        StopLines = ["read more", "read also", "related", "related articles", "related news", "related stories", "you may also like",
            "more from", "recommended", "see also", "source", "sources", "tags", "share this", "share", "comments", "more stories",
            "trending", "popular", "advertisement"],
        DefaultZone = "Asia/Seoul",
        OwnerFollowsKind = false,
        MonthFirstInNumericDates = true,
        LatinWordsAreNames = false,
    };

    // "dropped" + "its Saturday broadcast", "their Friday episode", …: each verb with each weekday's broadcast.
    static string WeekdayBroadcasts(string verbs) =>
        string.Join('|', from verb in verbs.Split('|')
                         from owner in new[] { "its", "their" }
                         from day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
                         from broadcast in new[] { "broadcast", "episode", "airing" }
                         select $"{verb} {owner} {day} {broadcast}");

    // "hit" + "theaters", "local cinemas", "Korean theatres", …: each verb with each name of the cinemas.
    static string Screens(string verbs) =>
        string.Join('|', from verb in verbs.Split('|')
                         from place in new[] { "", "local ", "korean ", "domestic " }
                         from screen in new[] { "theaters", "theatres", "cinemas" }
                         select $"{verb} {place}{screen}");
}
