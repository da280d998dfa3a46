namespace ReleaseCalendar.Extraction.Languages;

internal enum CueType : byte
{
    /// <summary>A release verb or noun: enough on its own ("выйдет", "released", "премьера").</summary>
    Release,
    /// <summary>A scheduling word that is a release only next to a kind cue ("стартует", "set for", "airs").</summary>
    Schedule,
    Kind,
    /// <summary>Tense without a release ("будет", "will", "was").</summary>
    Tense,
    /// <summary>An event that is not a release (birthday, concert, tickets, award, enlistment, teaser...).</summary>
    NotRelease,
    /// <summary>Makes the kind cue after it a container, not the thing released ("войдёт в альбом", "from the album").</summary>
    Container,
    Postpone,
    /// <summary>
    /// "canceled", «отменили», "called off": a day given up with no new one. Only the day it governs is abandoned (the day
    /// right after it, "canceled the June 1 broadcast", or the day before it whose clause it ends, "the release on June 1
    /// was canceled"), never a day of another event ("Despite the canceled fan meeting, the album comes out June 5").
    /// </summary>
    Cancel,
    /// <summary>The date after it is the old date of a moved release ("вместо 5 июня", "originally").</summary>
    MovedFrom,
    RelativeDay,
    /// <summary>A comma followed by this word starts a new clause ("а", "но", "который", "while").</summary>
    ClauseBreak,
    /// <summary>"first" before an episode cue: a series premiere is the drama's release.</summary>
    First,
    /// <summary>"новую песню", "new song": a new song with a video is a single too.</summary>
    New,
    /// <summary>"announced on May 2", "сообщило 2 мая": the date right after is when news broke.</summary>
    Announce,
    /// <summary>«проводит», "hosts": what is held is an event, so a title right after it or before its channel is no work
    /// («KBS проводит «Гаё Тэчхукчже»»); the verb vetoes nothing («IVE проводят камбэк» still releases).</summary>
    Hold,
    /// <summary>"позже", "later", "летом": a period, not a day; stops a dateless sentence inheriting a day.</summary>
    Vague,
    /// <summary>
    /// "в тот же день", "the same day" (Value <see cref="Words.SameDay"/>) or "одновременно с", "at the same time"
    /// (<see cref="Words.SameMoment"/>): the day of the release stated last.
    /// </summary>
    Anaphor,
    /// <summary>"группа", "singer", "участник" (Value a <see cref="Role"/>): describes the name next to it, never part of it.</summary>
    Role,
    /// <summary>"check out", "sold out": a fixed phrase that means nothing here and keeps its words from reading as cues.</summary>
    Idiom,
    /// <summary>"continues", «продолжится»: something goes on; a show's next episode airs only where the clause is a show's.
    /// Value <see cref="Words.EndsARun"/>: "ended", «завершится» — something ends; a show's last episode airs, again only
    /// where the clause is a show's ("Jin's service ends", «Контракт завершится» release nothing).</summary>
    GoesOn,
}

internal enum Role : byte
{
    /// <summary>"группа", "boy group": the name after it is the group.</summary>
    Group,
    /// <summary>"певица", "actor": the name after it is the person.</summary>
    Person,
    /// <summary>"участник", "member": a group name next to it is an affiliation ("участник BTS RM", "BLACKPINK member Jennie").</summary>
    Member,
    /// <summary>"made up of", «в составе»: the names after it are the act's line-up, not who performs the release.</summary>
    Lineup,
    /// <summary>"duet", "teams up", «совместный»: the acts joined to the performer or named after "with" perform too.</summary>
    Collab,
}

internal enum Tense : byte
{
    None,
    Past,
    Present,
    Future,
}

internal enum KindStrength : byte
{
    Strong,
    /// <summary>"песня", "song", "премьера": a kind only when nothing more specific is around.</summary>
    Weak,
    /// <summary>"tvN", «ромком»: a show only when no other kind word is around ("tvN's drama's final episode" is an episode).</summary>
    Hint,
}

internal readonly record struct Cue(CueType Type, Tense Tense = Tense.None, ReleaseKind Kind = ReleaseKind.Other, KindStrength Strength = KindStrength.Strong, int Value = 0);

internal enum WeekdayModifier : byte
{
    Bare,
    This,
    Next,
    Last,
    Every,
    /// <summary>"the following Monday": the first such weekday after the release stated last, not after publication.</summary>
    Following,
}

internal enum DayPart : byte
{
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// <summary>
/// Everything the extractor knows about one language. Phrases use <see cref="PhraseMatcher{T}"/> syntax:
/// words separated by spaces, a trailing '*' for a stem. Adding a language is adding one of these.
/// </summary>
internal sealed class LanguageTable
{
    public required Language Language { get; init; }

    /// <summary>Every form of every month name: "мая", "мае", "май", "may", "sept".</summary>
    public required IReadOnlyDictionary<string, int> Months { get; init; }

    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }

    /// <summary>"Wed", «ср»: a weekday only before its day's number ("Wed 3 --"); alone "sat" and "wed" are verbs.</summary>
    public required IReadOnlyDictionary<string, DayOfWeek> WeekdayAbbreviations { get; init; }

    public required IReadOnlyDictionary<string, WeekdayModifier> WeekdayModifiers { get; init; }

    /// <summary>Words that may stand before a bare weekday or time ("в", "on", "at").</summary>
    public required IReadOnlySet<string> DatePrepositions { get; init; }

    /// <summary>Words that stand only before a weekday of a move or a run («с субботы на воскресенье»); not before a time.</summary>
    public required IReadOnlySet<string> WeekdayPrepositions { get; init; }

    /// <summary>Verbs that move a day when a day follows ("moves from Saturday to Sunday"), not words of postponement
    /// by themselves ("the story shifts from Urk to Korea", "moving from the Monday-Tuesday slot").</summary>
    public required IReadOnlySet<string> ShiftVerbs { get; init; }

    /// <summary>Participles of a plan after a past auxiliary (<see cref="PastAuxiliaries"/>): "was slated", «был назначен».</summary>
    public required IReadOnlySet<string> PlanParticiples { get; init; }

    /// <summary>"was", "were", "been", "had"; «был», «была».</summary>
    public required IReadOnlySet<string> PastAuxiliaries { get; init; }

    /// <summary>"ahead of", "in advance", «заранее»: a companion said to come before the release (its video out first).</summary>
    public required IReadOnlySet<string> AheadWords { get; init; }

    /// <summary>The auxiliary of a past before the past: "had" ("SBS had announced that … would begin on June 16").</summary>
    public required IReadOnlySet<string> PluperfectAuxiliaries { get; init; }

    /// <summary>Words that may stand between the auxiliary and the participle of a plan: "were both scheduled", «были
    /// изначально назначены».</summary>
    public required IReadOnlySet<string> PlanAdverbs { get; init; }

    /// <summary>"also", «тоже»: a plan said to share another's ("whose second album was also due Thursday").</summary>
    public required IReadOnlySet<string> AlsoWords { get; init; }

    /// <summary>Verbs that tell a past plan by themselves: "planned (to)", «планировался», «намечался».</summary>
    public required IReadOnlySet<string> PastPlanVerbs { get; init; }

    /// <summary>"later", «позже»: after a contrast word, a plan's day moved ("…on April 25, but it comes a day later").</summary>
    public required IReadOnlySet<string> ShiftedWords { get; init; }

    /// <summary>"day", «день»: an occasion after it ("on the day of their anniversary", «в день годовщины») names the day.</summary>
    public required IReadOnlySet<string> DayOfWords { get; init; }

    /// <summary>"be" of "scheduled to be released", «быть» of «должен был быть выпущен»: the participle after it is a plan.</summary>
    public required IReadOnlySet<string> InfinitiveBe { get; init; }

    /// <summary>
    /// Words that make a postponement sentence about something else than a plan told just before: the past ("earlier",
    /// «ранее», "last year"), a part of the release ("time", "version", "activities"), a denial or a fear ("denied",
    /// "rumors", «опасались»).
    /// </summary>
    public required IReadOnlySet<string> NotThisPlanWords { get; init; }

    /// <summary>"через" / "in" before a duration.</summary>
    public required IReadOnlySet<string> DurationPrepositions { get; init; }

    /// <summary>Days per unit; months and years are left out on purpose: "через месяц" is not a day.</summary>
    public required IReadOnlyDictionary<string, int> DurationUnits { get; init; }

    public required IReadOnlyDictionary<string, int> NumberWords { get; init; }

    /// <summary>Verbs of a move whose particle may follow the object ("pushed TWICE's mini album back to March 8", "moved up
    /// "Smugglers""), each with its particles (space-separated): the verb is the move's cue when one follows it.</summary>
    public required IReadOnlyDictionary<string, string> SeparableMoves { get; init; }

    /// <summary>Words after a separable move's particle that lead to its days ("back to May 4", "up by a week", "back a
    /// week"): with them the verb is a move, not "pushed it back and released it".</summary>
    public required IReadOnlySet<string> MoveDayWords { get; init; }

    /// <summary>"to", "from": a separable move's verb with no particle is a move still when one of these, right before a
    /// month's day, follows its object ("pushed the release of Jimin's album "FACE" to March 24", "bumped the next episode
    /// from Oct. 7 to Oct. 14"; not "pushed the song to No. 1").</summary>
    public required IReadOnlySet<string> MoveDatePrepositions { get; init; }

    /// <summary>Verbs that give a day up for another: "trades its June 10 premiere for June 17", «поменяли 10 июня на 17-е».</summary>
    public required IReadOnlySet<string> TradeVerbs { get; init; }

    /// <summary>The word before the day traded for: "for", «на».</summary>
    public required IReadOnlySet<string> TradeForWords { get; init; }

    /// <summary>"second", «вторая», "next" (ordinals up to the twentieth): before an episode word, a later episode than the premiere.</summary>
    public required IReadOnlySet<string> LaterWords { get; init; }
    /// <summary>"finale", «финал»: an episode word that is a later episode by itself.</summary>
    public required IReadOnlySet<string> FinaleWords { get; init; }
    /// <summary>«вторая пара эпизодов»: a word for a batch between a later word and the episodes.</summary>
    public required IReadOnlySet<string> BatchWords { get; init; }
    /// <summary>«31 августа, в то же время — продолжение»: a word alone after a dash that stands for the show's next episodes.</summary>
    public required IReadOnlySet<string> ContinuationWords { get; init; }
    /// <summary>"opens", "opened": a film's first day in cinemas (a show premieres, airs or streams).</summary>
    public required IReadOnlySet<string> CinemaOpenings { get; init; }
    /// <summary>"run", «показ»: a show's whole airing, which a show that ends ends ("ended its 12-episode run", «завершился
    /// показ «Токкэби»»).</summary>
    public required IReadOnlySet<string> RunNouns { get; init; }

    /// <summary>Day suffixes after a number: "24-го", "24th".</summary>
    public required IReadOnlySet<string> OrdinalSuffixes { get; init; }

    /// <summary>«9-я», «4-й», «12-ю»: the endings a number takes as the ordinal of an episode (none in English).</summary>
    public required IReadOnlySet<string> EpisodeOrdinalSuffixes { get; init; }

    /// <summary>Places (countries, cities, regions) as catalog keys: never the performer, in any case form.</summary>
    public required IReadOnlySet<string> Places { get; init; }

    /// <summary>Nouns after which a name is an organisation: "label", «канале», "agency".</summary>
    public required IReadOnlySet<string> OrganisationNouns { get; init; }

    /// <summary>Words after a calendar line's title that credit it: "with Son Ye-jin", "on Netflix", «с Пак Бо Ён».</summary>
    public required IReadOnlySet<string> ListingTailWords { get; init; }

    /// <summary>Plural episode words of a count, «всего 16 серий»: they say a sentence speaks of episodes, naming none.</summary>
    public required IReadOnlySet<string> EpisodeCountWords { get; init; }

    /// <summary>"date of", "release date of", «даты премьеры»: words between "previous"/«прежней» and the day it left.</summary>
    public required IReadOnlySet<string> PlanDateWords { get; init; }

    /// <summary>«что», "that": the word that opens a clause saying what was planned («планировалось, что …»).</summary>
    public required IReadOnlySet<string> ComplementWords { get; init; }

    /// <summary>
    /// «11 серия», «5 эпизод»: singular episode words that, after a bare number, name that episode (a count takes another
    /// form, «11 серий», «3 серии»), unless the number ends in 1 (not 11), where the count takes the singular: «21 серия».
    /// </summary>
    public required IReadOnlySet<string> NumberedEpisodeWords { get; init; }

    /// <summary>Words that begin a listing description's plot: "period drama about the siege", «драма о том, как».</summary>
    public required IReadOnlySet<string> PlotWords { get; init; }

    /// <summary>"returns to TV", "weekend", «в эфире»: words that put a genre drama on television, not in cinemas.</summary>
    public required IReadOnlySet<string> TvWords { get; init; }

    /// <summary>"the agency behind BTOB": after an organisation's noun, the act it stands behind is not the performer.</summary>
    public required IReadOnlySet<string> BehindWords { get; init; }

    /// <summary>«праздники Чхусок (3–5 октября)», "the Chuseok holiday, which ends Monday": days that belong to a holiday.</summary>
    public required IReadOnlySet<string> HolidayWords { get; init; }

    /// <summary>"Lunar New Year", «Новый год»: a holiday of more than one word (its "year" alone is none).</summary>
    public required IReadOnlyList<string> HolidayPhrases { get; init; }

    /// <summary>«триллер «Забытое» режиссёра Чан Хан Чжуна»: a genre named with its director, and no TV word, is a film's.</summary>
    public required IReadOnlySet<string> DirectorWords { get; init; }

    /// <summary>"the Chuseok holiday, which ends Monday", «праздник длится с 18 по 20 сентября»: what a holiday's days do.</summary>
    public required IReadOnlySet<string> HolidayVerbs { get; init; }

    /// <summary>«Неделя 11–17 февраля», "Week of June 3–9": right before a span of days, it frames a calendar, not one
    /// release's day.</summary>
    public required IReadOnlyList<string> WeekPhrases { get; init; }

    /// <summary>"the 20th of next month", «11-го числа следующего месяца»: after a day without a month, the month after the
    /// one the article was published in.</summary>
    public required IReadOnlyList<string> NextMonthPhrases { get; init; }

    /// <summary>"on Christmas Eve", «в канун Нового года»: a holiday that falls on the same calendar day every year, and that day.</summary>
    public required IReadOnlyList<(string Phrase, int Month, int Day)> HolidayDays { get; init; }

    /// <summary>"a disaster movie set on Christmas Eve", «действие происходит в канун Нового года»: before a holiday's
    /// preposition, the time a story is set in, not a release day.</summary>
    public required IReadOnlySet<string> StorySettingWords { get; init; }

    /// <summary>"as planned", "as usual", «как обычно»: a show that airs so airs its next episode, not its premiere.</summary>
    public required IReadOnlyList<string> AsUsualPhrases { get; init; }

    /// <summary>"the 20th of this month", «20-го числа этого месяца»: the month the article was published in.</summary>
    public required IReadOnlyList<string> ThisMonthPhrases { get; init; }

    /// <summary>Capitalised words after a name that make it a company: "JYP Entertainment".</summary>
    public required IReadOnlySet<string> CompanyWords { get; init; }

    /// <summary>Company words that are also headline words ("Big Hit Music" said; "ILLIT Music Video"): a company only
    /// where the name phrase ends with them.</summary>
    public required IReadOnlySet<string> CompanyTailWords { get; init; }

    /// <summary>A form of "be" before a participle: "is postponed", «был перенесён» take no object after them.</summary>
    public required IReadOnlySet<string> PassiveAuxiliaries { get; init; }

    /// <summary>The ending of a verb form that makes "is" progressive, not passive ("is postponing"); empty where none does.</summary>
    public required string ProgressiveEnding { get; init; }
    /// <summary>Whether a verb that says a show goes on or ends may take an object: "continues tvN's lineup", "ended its
    /// run"; Russian «продолжится», «завершится» never do, so a title after them is the show («завершится «Ослепительная»»).</summary>
    public required bool GoesOnTakesObjects { get; init; }

    /// <summary>A broadcaster's weekly slot after a weekday: "KBS's Monday slot", "the Monday-Tuesday slot".</summary>
    public required IReadOnlySet<string> SlotNouns { get; init; }

    /// <summary>A show's noun right after a weekday that one of <see cref="SlotClassWords"/> leads: "the only Wednesday drama
    /// airing as normal", "a Monday-Tuesday series" name a weekly slot, not a day.</summary>
    public required IReadOnlySet<string> SlotShowNouns { get; init; }

    /// <summary>"a", "only", "another" before a weekday and a show's noun: any show of that slot ("JTBC's new Friday series
    /// "My Youth" premieres at 8:50 p.m." is one show, on its day).</summary>
    public required IReadOnlySet<string> SlotClassWords { get; init; }

    /// <summary>Whose slot a weekday before a slot noun names: "gives up its Saturday slot" is the weekly slot, not a day.</summary>
    public required IReadOnlySet<string> PossessiveDeterminers { get; init; }

    /// <summary>A rating's unit after its figure: "15.3 percent", «15,3 процента» (and "%").</summary>
    public required IReadOnlySet<string> PercentWords { get; init; }

    /// <summary>A byline's label before the day a page was written: "Published Oct. 4, 2025", «Опубликовано: 13 ноября».</summary>
    public required IReadOnlySet<string> BylineWords { get; init; }

    /// <summary>A byline's author label after the day a page was written: "September 16, 2019 · By Comeback Tracker",
    /// «1 декабря 2020 · Автор: Ольга Пак».</summary>
    public required IReadOnlySet<string> AuthorWords { get; init; }

    /// <summary>"with" before the record an act comes back with ("on the 6th with their mini album", «со вторым альбомом»).</summary>
    public required IReadOnlySet<string> WithWords { get; init; }

    /// <summary>Words between a kind word and the title they introduce: «трек называется X», "a single titled X".</summary>
    public required IReadOnlySet<string> TitleIntroducers { get; init; }

    /// <summary>The word between a video's kind word and its song: «клип на TOMBOY», "the video for LOVE DIVE".</summary>
    public required IReadOnlySet<string> VideoSongPrepositions { get; init; }

    /// <summary>"числа" after a day without a month: «15-го числа».</summary>
    public required IReadOnlySet<string> DayWords { get; init; }

    /// <summary>Words after a year: "2024 года", "2024 г.".</summary>
    public required IReadOnlySet<string> YearWords { get; init; }

    /// <summary>Range joiners between two days: "с 1 по 3", "June 1 to 3", "1–3".</summary>
    public required IReadOnlySet<string> RangeWords { get; init; }

    /// <summary>List joiners: "5 и 12 июня", "June 5 and 12".</summary>
    public required IReadOnlySet<string> ListWords { get; init; }

    /// <summary>"с 5 на 12 июня": the first day is the old date, always (Russian "на").</summary>
    public required IReadOnlySet<string> MoveWords { get; init; }

    /// <summary>"tonight", «сегодня»: the day whose coming midnight ("tonight at midnight") starts the next one.</summary>
    public required IReadOnlySet<string> TonightWords { get; init; }

    /// <summary>Words that turn a range joiner into a move: "from Aug. 13 and 14 back to Aug. 20 and 21".</summary>
    public required IReadOnlySet<string> BackWords { get; init; }
    /// <summary>"Taeyeon of girl group Girls' Generation": the word between a person and the group they belong to (Russian
    /// needs none: a name after «из» is a non-subject already).</summary>
    public required IReadOnlySet<string> AffiliationWords { get; init; }
    /// <summary>"Woollim Entertainment, home of INFINITE and Nell,", «Cube Entertainment — дом (G)I-DLE, CLC и BTOB —»: the
    /// noun that opens a company's apposition listing the acts it already has (its labelmates, not the news).</summary>
    public required IReadOnlySet<string> HomeWords { get; init; }
    /// <summary>The word after a <see cref="HomeWords"/> noun that makes it one ("home of", "agency behind"); empty: none needed.</summary>
    public required IReadOnlySet<string> HomeLinkWords { get; init; }

    /// <summary>"hours" words: "в 18 часов".</summary>
    public required IReadOnlySet<string> HourWords { get; init; }

    public required IReadOnlyDictionary<string, DayPart> DayParts { get; init; }

    public required IReadOnlyDictionary<string, int> FixedTimes { get; init; }

    /// <summary>Time-zone phrases that follow a time; values are IANA ids.</summary>
    public required IReadOnlyList<(string Phrase, string Zone)> Zones { get; init; }

    public required IReadOnlyList<(string Phrase, Cue Cue)> Cues { get; init; }

    /// <summary>Name-run joiners: "RM из BTS", "Jimin of BTS".</summary>
    public required IReadOnlySet<string> NameJoiners { get; init; }

    /// <summary>Capitalised words that are not names of artists or shows (function words, places, roles).</summary>
    public required IReadOnlySet<string> NotNames { get; init; }

    /// <summary>Prepositions of place: a name right after one is a venue or country, not a subject.</summary>
    public required IReadOnlySet<string> PlacePrepositions { get; init; }

    /// <summary>"since", "than", «чем»: the name after it is a comparison or background, never the performer.</summary>
    public required IReadOnlySet<string> ComparisonWords { get; init; }

    /// <summary>"after the death of", "dedicated to", «памяти», «посвящена»: the name after it is someone mourned or honoured,
    /// not the performer.</summary>
    public required IReadOnlySet<string> MemorialWords { get; init; }

    /// <summary>"Jonghyun's funeral", "his passing": after a possessive name, the loss it speaks of.</summary>
    public required IReadOnlySet<string> MemorialNouns { get; init; }

    /// <summary>
    /// «после»: a name right after it is what the release comes after («через неделю после BSS»), never its performer
    /// ("after" opens a clause in English, whose subject may perform: "after IU released …").
    /// </summary>
    public required IReadOnlySet<string> AfterWords { get; init; }

    /// <summary>"when"/«когда» opening a clause after a date: "on the 12th, when tvN launches "X"" says what the day brings.</summary>
    public required IReadOnlySet<string> WhenWords { get; init; }

    /// <summary>"then"/«затем» before a second move: "first to March 26, then indefinitely" leaves March 26 behind too.</summary>
    public required IReadOnlySet<string> ThenWords { get; init; }

    /// <summary>"to"/«на» before a day: the day a release is moved to ("then to July 10", «затем на 10 июля»).</summary>
    public required IReadOnlySet<string> MoveToWords { get; init; }

    /// <summary>"from"/«с» before a day: the day a release is moved away from («перенесён с 23 мая»).</summary>
    public required IReadOnlySet<string> MoveFromWords { get; init; }

    /// <summary>"off" right after a move's verb: its "from" ("had been moved off Sunday, Dec. 31"; not "kicks off Friday").</summary>
    public required IReadOnlySet<string> MovedOffWords { get; init; }

    /// <summary>"following", «из-за» after a postponement: the day after them dates the reason ("following the crowd crush on Oct. 29").</summary>
    public required IReadOnlySet<string> CauseWords { get; init; }

    /// <summary>"due to", "because of", «из-за»: the event after them is why something moved, not what moved ("postponed due
    /// to the emergency news broadcasts"). Not "after": "after the fan meeting on May 3" dates the meeting.</summary>
    public required IReadOnlySet<string> ReasonWords { get; init; }

    /// <summary>"With", "Amid", «Из-за» opening a sentence: the phrase up to its first comma says why what follows moved.</summary>
    public required IReadOnlySet<string> LeadingReasonWords { get; init; }

    /// <summary>"this time", «в этот раз» after "but": the usual day said before does not hold this once.</summary>
    public required IReadOnlyList<string> ThisTimePhrases { get; init; }

    /// <summary>"anymore", "any longer": right after a day that a negation before it governs, the day no longer holds ("is not
    /// coming on february 16 anymore").</summary>
    public required IReadOnlyList<string> AnymorePhrases { get; init; }

    /// <summary>"no longer", «уже не» right before a day (a preposition between at most): "is now set for March 21, no longer
    /// March 14" names the day left behind.</summary>
    public required IReadOnlyList<string> NoLongerPhrases { get; init; }

    /// <summary>"but"/«но» opening the clause after a day: "set for June 26, but the release was canceled".</summary>
    public required IReadOnlySet<string> ContrastWords { get; init; }

    /// <summary>"although", «хотя»: a clause that grants what the main one overrides ("released on Thursday, although it had
    /// been set for January 6").</summary>
    public required IReadOnlySet<string> ConcessiveWords { get; init; }

    /// <summary>A debut's verb and noun: what debuts is a record, not its video ("was supposed to debut June 15").</summary>
    public required IReadOnlySet<string> DebutWords { get; init; }

    /// <summary>"instead": a plan stated in the sentence did not hold.</summary>
    public required IReadOnlySet<string> InsteadWords { get; init; }

    /// <summary>"will now be released", «теперь выйдет»: a release told as the new plan.</summary>
    public required IReadOnlySet<string> NowWords { get; init; }

    /// <summary>Nouns of a postponement or cancellation ("the postponement of the release", «о переносе релизов»), not participles ("the delayed album").</summary>
    public required IReadOnlySet<string> PostponementNouns { get; init; }

    /// <summary>"duet", «дуэт»: names joined right after it sing together («дуэт Зико и Венди»).</summary>
    public required IReadOnlySet<string> DuetWords { get; init; }

    /// <summary>"season", «сезон» and the ordinals that number one: "the second season of "Yumi's Cells"", «второй сезон».</summary>
    public required IReadOnlySet<string> SeasonWords { get; init; }

    public required IReadOnlyDictionary<string, int> SeasonOrdinals { get; init; }

    /// <summary>"not", «не»: "will not air on Dec. 30", «не выйдет 12 марта» release nothing that day.</summary>
    public required IReadOnlySet<string> NegationWords { get; init; }

    /// <summary>"only", «только», "miss": after a negation they make it negate something else ("not only released",
    /// "Don't miss the premiere").</summary>
    public required IReadOnlySet<string> NegationExceptions { get; init; }

    /// <summary>"theaters", «кинотеатрах»: a "drama" shown in cinemas is a film ("Sports drama "Rebound" opened in South Korean theaters").</summary>
    public required IReadOnlySet<string> CinemaWords { get; init; }

    /// <summary>"box office", «кассовые сборы»: phrases of an article about cinema releases, whose "drama" is a film's genre.</summary>
    public required IReadOnlyList<string> BoxOfficePhrases { get; init; }

    /// <summary>Streaming services: "the 6th on Netflix" is a day, as "the 6th on tvN" is.</summary>
    public required IReadOnlySet<string> StreamingServices { get; init; }

    /// <summary>"indefinitely", «на неопределённый срок», "pulled": a move with no new day (a cancellation is its own cue).</summary>
    public required IReadOnlySet<string> IndefiniteWords { get; init; }

    /// <summary>Words before a month that look back ("from June", «с февраля»): the calendar stays on its month.</summary>
    public required IReadOnlySet<string> LookBackWords { get; init; }

    /// <summary>"hit" before a title ("the 2016 hit "Train to Busan""): another work, named to place the release.</summary>
    public required IReadOnlySet<string> OtherWorkBefore { get; init; }

    /// <summary>"taking over the slot from", «на смену»: right before a quoted title, the show a premiere replaces.</summary>
    public required IReadOnlyList<string> SucceedsPhrases { get; init; }

    /// <summary>"told", "in an interview with", «по данным»: right before a name or a quote, whose words the report gives
    /// (an outlet: "told "Variety"", "an interview with Rolling Stone"), not a release's title or performer.</summary>
    public required IReadOnlyList<string> SourcePhrases { get; init; }

    /// <summary>"after", «после», «до»: before a title (or a kind word and a title) they name the work a release is timed
    /// against («через неделю после фильма «Поезд в Пусан»», "a week before "Tunnel"").</summary>
    public required IReadOnlySet<string> TimedAgainstWords { get; init; }

    /// <summary>"remake of", «по мотивам»: the title a few words after is the work the release comes from.</summary>
    public required IReadOnlySet<string> SourceWorkWords { get; init; }

    /// <summary>"director", "creator": with "of"/"behind" after them, the title that follows is their earlier work.</summary>
    public IReadOnlySet<string> SourcePeople { get; init; } = new HashSet<string>();

    /// <summary>"star" after a title (""Squid Game" star Lee Jung-jae"): another work, named to place a person.</summary>
    public required IReadOnlySet<string> OtherWorkAfter { get; init; }

    /// <summary>Words that make a kind word another's work: «новым сериалом соперников», "a rival's new drama".</summary>
    public required IReadOnlySet<string> RivalWords { get; init; }

    /// <summary>"Its", «Его»: a possessive pronoun opening a sentence, whose work is the one the sentence before named last
    /// («Место сериала займёт триллер «Доктор-чужак». Его премьера состоится 5 мая.»).</summary>
    public required IReadOnlySet<string> ItsWords { get; init; }

    /// <summary>"both", «обе»: before a plural show or film word, the two works the article named last ("Both dramas air
    /// their second episodes on Sunday").</summary>
    public required IReadOnlySet<string> BothWords { get; init; }

    /// <summary>Common Korean surnames as romanised ("Kim Taeyeon"): before a one-word name, part of the person's name.</summary>
    public required IReadOnlySet<string> Surnames { get; init; }

    /// <summary>"starring", «с»: what opens a show's cast after its title ("\"Vincenzo,\" starring Song Joong-ki, which …").</summary>
    public required IReadOnlySet<string> CastWords { get; init; }

    /// <summary>"all", «все»: before songs, what a record holds ("all seven songs", «все песни»), not a single.</summary>
    public required IReadOnlySet<string> AllWords { get; init; }

    /// <summary>"starring", «снялись»: after a video's, a show's or a film's word, the names they take (up to a comma) are its
    /// cast, not who performs.</summary>
    public required IReadOnlySet<string> CastVerbs { get; init; }

    /// <summary>"stars", "starred": cast verbs only right after their work ("Its music video, …, stars Sehun"); elsewhere
    /// a noun ("K-pop stars Taeyeon and IU", "Drama stars IU and Lee Min-ho").</summary>
    public required IReadOnlySet<string> CastVerbsAfterWork { get; init; }

    /// <summary>"from", «от»: "Billlie, the first girl group from Mystic Story, …": the name after them in a group's
    /// apposition is its label.</summary>
    public required IReadOnlySet<string> LabelPrepositions { get; init; }

    /// <summary>"as", «как»: "former GFRIEND members debut as VIVIZ": the name after them, right after a release verb, is
    /// the act that releases.</summary>
    public required IReadOnlySet<string> AsWords { get; init; }

    /// <summary>"as", «что и»: after "the same day", «в тот же день,», the words that name the works sharing that day.</summary>
    public required IReadOnlyList<string> SameDayAsWords { get; init; }

    /// <summary>"unit", «юнит»: "SEVENTEEN's fan-favorite unit BSS" is the unit's, not the group's.</summary>
    public required IReadOnlySet<string> UnitNouns { get; init; }

    /// <summary>"remains", «остаётся»: a plan's word after them is the day kept («старт остаётся прежним — 13-го»).</summary>
    public required IReadOnlySet<string> StaysWords { get; init; }

    /// <summary>"their", «святого»: a capitalised word after them describes something ("their first Christmas release",
    /// «День святого Валентина»), it does not perform.</summary>
    public required IReadOnlySet<string> AttributeWords { get; init; }

    /// <summary>"the", "its": a lower-case word after them is a common noun ("the agency said"), not a title-case catalog name.</summary>
    public required IReadOnlySet<string> Determiners { get; init; }

    /// <summary>"to celebrate", «в честь»: the event word after them is why a release comes out, not an event instead of it.</summary>
    public required IReadOnlySet<string> PurposeWords { get; init; }

    /// <summary>"while", "during", «пока»: what follows is the circumstance a release came out in ("released … on Friday
    /// while serving in the military"), not what the day dates.</summary>
    public required IReadOnlySet<string> CircumstanceWords { get; init; }

    /// <summary>"Mon", «пт»: weekday abbreviations, read only as labels beside a listed date ("Mon, June 20 —").</summary>
    public required IReadOnlySet<string> WeekdayLabels { get; init; }

    /// <summary>"Wednesdays", «средам»: weekdays that recur, never a name ("on consecutive Wednesdays"), never one day.</summary>
    public required IReadOnlyDictionary<string, DayOfWeek> PluralWeekdays { get; init; }

    /// <summary>"nights", «вечерам»: after a weekday they make it a weekly slot ("airs Friday and Saturday nights").</summary>
    public required IReadOnlySet<string> PluralDayParts { get; init; }

    /// <summary>"until", «до»: "will not release … until Nov. 15" gives the day it comes, not one it left.</summary>
    public required IReadOnlySet<string> UntilWords { get; init; }

    /// <summary>«вечер», «полночь»: the part of a day a move goes to before the day («на вечер понедельника, 27 февраля»).</summary>
    public required IReadOnlySet<string> DayPartNouns { get; init; }

    /// <summary>"just", "finally", «наконец»: a release happening as the post is written ("Stray Kids just dropped…").</summary>
    public required IReadOnlySet<string> JustNowWords { get; init; }

    /// <summary>"written", "directed" before a by-word: the name after them made the work and does not perform it.</summary>
    public required IReadOnlySet<string> CreatorWords { get; init; }

    /// <summary>«написал», «спродюсировала»: a verb of making right before a name (role nouns between: «заглавную песню написал
    /// лидер группы Чон Ёнхва») names who made the work, not who performs it.</summary>
    public required IReadOnlySet<string> MakerVerbs { get; init; }

    /// <summary>"previous", «прошлый»: a record described as an earlier one.</summary>
    public required IReadOnlySet<string> PreviousWords { get; init; }

    /// <summary>"on", "via": before a channel's owner ("on JYP's channel").</summary>
    public required IReadOnlySet<string> OnWords { get; init; }

    /// <summary>"channel", "platform": where a post is, never who performs it.</summary>
    public required IReadOnlySet<string> OutletNouns { get; init; }

    /// <summary>"it", «он»: a pronoun opening a sentence that stands for the work the sentence before named.</summary>
    public required IReadOnlySet<string> ItWords { get; init; }

    /// <summary>"to", «чтобы»: before a verb right after a day, what the day was cleared for ("next Monday to broadcast the
    /// match"), not a release on it.</summary>
    public required IReadOnlySet<string> ClearedForWords { get; init; }

    /// <summary>"it", "I", "we" before a contracted verb ("It's ME", "I'm"): the word after says what something is, it names
    /// no act. Latin words, so both tables list them (Russian posts quote English titles).</summary>
    public required IReadOnlySet<string> ContractedPronouns { get; init; }

    /// <summary>"it was previously reported", «ранее сообщалось»: a sentence opening that retells an earlier report, which a
    /// day the article gives the same release elsewhere has since replaced.</summary>
    public required IReadOnlyList<string> EarlierReportOpenings { get; init; }

    /// <summary>"Pledis first said …", «Агентство сначала объявило …»: right before a verb of saying, the word that makes the
    /// report an earlier one.</summary>
    public required IReadOnlySet<string> EarlierSayWords { get; init; }

    /// <summary>"said", «объявил»: the beginnings of the verbs of saying that, after such a word, retell an earlier report.</summary>
    public required IReadOnlyList<string> EarlierSayVerbs { get; init; }

    /// <summary>"episode 4, planned for Sunday, Dec. 31, will now air on Jan. 7": a participle of plans that opens an aside
    /// after a comma (Russian tells this with its own participle cues).</summary>
    public required IReadOnlySet<string> PlanAsideParticiples { get; init; }

    /// <summary>"for" of "planned for": what leads from such a participle to its day, besides the date prepositions.</summary>
    public required IReadOnlySet<string> PlanAsidePrepositions { get; init; }

    /// <summary>"to" of ", slated to open April 27,": between a plan's participle and the verb whose day it plans.</summary>
    public required IReadOnlySet<string> InfinitiveMarkers { get; init; }

    /// <summary>"earlier", «первоначальный» before a plan's noun: "dropping its earlier plan to open the sequel on April 27"
    /// names a plan given up.</summary>
    public required IReadOnlySet<string> FormerPlanAdjectives { get; init; }

    /// <summary>"plan", «план»: the noun <see cref="FormerPlanAdjectives"/> go with.</summary>
    public required IReadOnlySet<string> PlanNouns { get; init; }

    /// <summary>"earlier", «раньше»: the words of <see cref="ShiftedWords"/> that shift back in time.</summary>
    public required IReadOnlySet<string> EarlierShiftWords { get; init; }

    /// <summary>"earlier", «ранее»: opening a clause ("Earlier, SBS had announced …", «…: ранее фильм планировали выпустить
    /// 29 января») with a verb of <see cref="EarlierReportVerbs"/> close after it, an earlier report or plan retold.</summary>
    public required IReadOnlySet<string> EarlierWords { get; init; }

    /// <summary>Beginnings of the past verbs that report or plan: "announced", «объявлял», «планировали».</summary>
    public required IReadOnlyList<string> EarlierReportVerbs { get; init; }

    /// <summary>"previously", "formerly": right before a day, the day a release had before ("June 6 (previously May 23)"); a
    /// word the tense cues already hold, so it is read here.</summary>
    public required IReadOnlySet<string> FormerlyWords { get; init; }

    /// <summary>«было», "was": a label before a colon or dash and a day, the day before a change («было: 21 февраля. стало: 2
    /// марта», "was: Feb. 21 / now: March 2").</summary>
    public required IReadOnlySet<string> WasLabels { get; init; }

    /// <summary>"now", «стало»: before the new day after a "was" label ("was May 5, now May 12", «было 5 мая, стало 12 мая»).</summary>
    public required IReadOnlySet<string> NowLabels { get; init; }

    /// <summary>"label": opening a sentence, a noun that starts its organisation's name ("Label SJ", "Label V").</summary>
    public required IReadOnlySet<string> NamedLabelNouns { get; init; }

    /// <summary>"that date", «эта дата»: opening a sentence, the day the sentence before gave last.</summary>
    public required IReadOnlyList<string> ThatDateOpenings { get; init; }

    /// <summary>«Теперь и эта дата отменена», "Now that date, too, is off": words that may come before "that date".</summary>
    public required IReadOnlySet<string> ThatDateLeadIns { get; init; }

    /// <summary>"Neither will appear then", «Тогда он не выйдет»: the word that points back to the day the sentence before gave.</summary>
    public required IReadOnlySet<string> AtThatTimeWords { get; init; }

    /// <summary>"Neither", "none": a subject that negates what it does, as "not" does.</summary>
    public required IReadOnlySet<string> NoneWords { get; init; }

    /// <summary>"a", "an": an article that makes a catalog name of two words ("A Day") a phrase when written in lower case
    /// ("a day earlier") or after a preposition in a title-case headline ("Delayed By A Day").</summary>
    public required IReadOnlySet<string> IndefiniteArticles { get; init; }

    /// <summary>"left", "remains", "kept": before a one-word schedule verb, it is an adjective ("the slot was left open when
    /// … wrapped up", "remains open").</summary>
    public required IReadOnlySet<string> ResultativeVerbs { get; init; }

    /// <summary>"series", "streaming": words of shows, which no cinema verb makes a film ("Netflix series "The Trunk" opens").</summary>
    public required IReadOnlySet<string> SeriesWords { get; init; }

    /// <summary>"election", "Chuseok", «праздник»: an occasion a release is timed against, whose own day is no release.</summary>
    public required IReadOnlySet<string> OccasionWords { get; init; }

    /// <summary>"on", «в»: right before an occasion, a release set on it ("on Dec. 24 on Christmas Eve", «10 февраля в Соллаль»).</summary>
    public required IReadOnlySet<string> OccasionOnWords { get; init; }

    /// <summary>"special", "release": after an occasion, the release named by it ("a Chuseok special"), not the occasion.</summary>
    public required IReadOnlySet<string> OccasionReleaseNouns { get; init; }

    /// <summary>"falls", «приходится», «отмечают»: what an occasion does on its day ("Chuseok falls on Sept. 19").</summary>
    public required IReadOnlySet<string> OccasionVerbs { get; init; }

    /// <summary>"ahead", «накануне»: a word that times a day against an occasion ("on Friday ahead of Chuseok" is the release's).</summary>
    public required IReadOnlySet<string> OccasionRelations { get; init; }

    /// <summary>"instead", «вместо неё»: after a day, what aired in the place of the work called off before it.</summary>
    public required IReadOnlyList<string> InsteadOfItPhrases { get; init; }

    /// <summary>"of": right after <see cref="InsteadOfItPhrases"/>, what the release replaces follows ("instead of
    /// holding a fan meeting"), not what aired in its place.</summary>
    public required IReadOnlySet<string> InsteadOfWhatWords { get; init; }

    /// <summary>"instead" (with "of" after it), «вместо»: "On Oct. 7, instead of a new episode of "My Dearest", MBC will air
    /// the final" — the work named in the phrase is not what the day brings.</summary>
    public required IReadOnlySet<string> InsteadOfLeads { get; init; }

    /// <summary>"regular", «очередной»: a broadcast's usual one ("will skip its regular broadcast tomorrow, April 7").</summary>
    public required IReadOnlySet<string> RegularWords { get; init; }

    /// <summary>"date", «дата»: after a day, the day named as a date, not as the day something happens ("a week after the
    /// April 11 date shown in the first schedule"); before it, a day a cancellation gives up («отпала и дата 18 января»).</summary>
    public required IReadOnlySet<string> DateNouns { get; init; }

    /// <summary>"has been", «теперь»: words that may stand between "it" and its verb ("It has now been pushed back to …").</summary>
    public required IReadOnlySet<string> ItAuxiliaries { get; init; }

    /// <summary>"final", «заключительную»: a show's last episode, after which it has none ("last" is also "last Sunday").</summary>
    public required IReadOnlySet<string> LastEpisodeWords { get; init; }

    /// <summary>«последняя», «финальные», "final": beside an episode's ordinal they say it ends the run («18-я, последняя, —
    /// завтра», «15-я и финальная 16-я»), where alone «последняя» may be the latest.</summary>
    public required IReadOnlySet<string> RunEndWords { get; init; }

    /// <summary>«историческая», «новый»: endings of adjectives, which may stand before a show's word at the head of a clause
    /// («Историческая мелодрама «Возлюбленный» продолжится…», not «Производство дорамы … продолжится»).</summary>
    public required IReadOnlyList<string> AdjectiveEndings { get; init; }

    /// <summary>"director", «режиссёра»: right before a name they say who made the work, not who performs it.</summary>
    public required IReadOnlySet<string> MakerNouns { get; init; }

    /// <summary>"featuring", "с участием": the name after it is a guest, not the subject.</summary>
    public required IReadOnlySet<string> FeaturingWords { get; init; }

    /// <summary>"app": right after a name, an app named after an act ("a live broadcast on the V app"), not the act.</summary>
    public required IReadOnlySet<string> AppNouns { get; init; }

    /// <summary>A guest's part after a featuring word and before its "by" ("features a rap by bandmate G-Dragon").</summary>
    public required IReadOnlySet<string> FeaturedPartWords { get; init; }

    /// <summary>Words that add a second kind to the same release ("вместе с клипом", "along with the video").</summary>
    public required IReadOnlySet<string> Coordinators { get; init; }

    /// <summary>"and will now", «а теперь»: a conjunction that opens a clause of "now" after a plan.</summary>
    public required IReadOnlySet<string> NowJoiners { get; init; }

    /// <summary>Words between an event noun and a release noun it is about ("anniversary of their debut", «годовщина со дня дебюта»).</summary>
    public required IReadOnlySet<string> EventObjectLinks { get; init; }

    /// <summary>"by" / "от": the name after it made the release.</summary>
    public required IReadOnlySet<string> ByWords { get; init; }

    /// <summary>Abbreviations that end in a dot without ending a sentence.</summary>
    public required IReadOnlySet<string> Abbreviations { get; init; }

    /// <summary>"ep. 7": lower-case abbreviations that end in a dot without ending a sentence when a number follows ("… their
    /// new EP. 7 songs" ends one).</summary>
    public required IReadOnlySet<string> NumberAbbreviations { get; init; }

    /// <summary>
    /// "a.m", "p.m": an hour's abbreviation ends a sentence before a capitalised word unless that word goes on with the
    /// hour (<see cref="AfterClockWords"/>): "airs Thursday at 9 p.m. SBS has built…" is two sentences, "at 6 p.m. KST" one.
    /// </summary>
    public required IReadOnlySet<string> ClockAbbreviations { get; init; }

    /// <summary>"single", «мини-альбом»: a kind word a square-bracketed title may follow ("digital single [HOT SAUCE]").</summary>
    public required IReadOnlySet<string> BracketTitleAfter { get; init; }

    /// <summary>Capitalised words that may follow an hour's "p.m.": zones, weekdays, months, "Korean time".</summary>
    public required IReadOnlySet<string> AfterClockWords { get; init; }

    /// <summary>Lines where the article body ends in plain text ("Читать также", "Read more").</summary>
    public required IReadOnlyList<string> StopLines { get; init; }

    /// <summary>The zone of a time the text gives without one (the news is about Korean releases).</summary>
    public required string DefaultZone { get; init; }

    /// <summary>Genitive names after a kind cue are its owner in this language ("альбом RM").</summary>
    public required bool OwnerFollowsKind { get; init; }

    /// <summary>
    /// With '/', and with '.' when no year follows ("10.12 (MON)" in an English scheduler writes Korea's month and day), the
    /// month comes first ("05/24/2024") unless the first number is over 12.
    /// </summary>
    public required bool MonthFirstInNumericDates { get; init; }

    /// <summary>Lower-case Latin words are names in this language's text (Russian text writes "aespa" in Latin).</summary>
    public required bool LatinWordsAreNames { get; init; }
}
