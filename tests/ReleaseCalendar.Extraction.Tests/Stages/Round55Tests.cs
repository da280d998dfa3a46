namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 55's rules, from the English changed-date reports of the read sets (snippets-54a and 54b) that emitted nothing,
/// and from the abandoned day a fresh blind part emitted (id). Each rule was switched off once and its rows failed; the
/// rows that say what a rule leaves alone guard its reach and pass either way.
/// </summary>
public sealed class Round55Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("jimin", (IReadOnlyList<string>)["Jimin"]),
        KeyValuePair.Create("mamamoo", (IReadOnlyList<string>)["MAMAMOO"]),
        KeyValuePair.Create("apink", (IReadOnlyList<string>)["Apink"]),
        KeyValuePair.Create("red-velvet", (IReadOnlyList<string>)["Red Velvet"]),
        KeyValuePair.Create("nct-127", (IReadOnlyList<string>)["NCT 127"]),
        KeyValuePair.Create("my-dearest", (IReadOnlyList<string>)["My Dearest"]),
        KeyValuePair.Create("my-youth", (IReadOnlyList<string>)["My Youth"]),
        KeyValuePair.Create("lovers-of-the-red-sky", (IReadOnlyList<string>)["Lovers of the Red Sky"]),
        KeyValuePair.Create("kingdom-of-the-winds", (IReadOnlyList<string>)["The Kingdom of the Winds"]),
        KeyValuePair.Create("king-the-land", (IReadOnlyList<string>)["King the Land", "Король land"]),
        KeyValuePair.Create("suits", (IReadOnlyList<string>)["Suits"]),
        KeyValuePair.Create("sweet-home", (IReadOnlyList<string>)["Sweet Home"]),
        KeyValuePair.Create("the-roundup", (IReadOnlyList<string>)["The Roundup"]),
        KeyValuePair.Create("moving", (IReadOnlyList<string>)["Moving"]),
        KeyValuePair.Create("hero", (IReadOnlyList<string>)["Hero"]),
        KeyValuePair.Create("big", (IReadOnlyList<string>)["Big"]),
        KeyValuePair.Create("kangta", (IReadOnlyList<string>)["Kangta"]),
        KeyValuePair.Create("coldplay", (IReadOnlyList<string>)["Coldplay"]),
        KeyValuePair.Create("live", (IReadOnlyList<string>)["Live"]),
        KeyValuePair.Create("heading-to-the-ground", (IReadOnlyList<string>)["Heading to the Ground"]),
        KeyValuePair.Create("live-your-own-life", (IReadOnlyList<string>)["Live Your Own Life", "Живи своей жизнью"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "pushed the release of Jimin's solo debut album "FACE" to March 24": a move's verb whose particle never comes is a
    // move still when "to" or "from" and a month's day follow its object (the new day is ahead, not last year's).
    [Theory]
    [InlineData("BIGHIT MUSIC has pushed the release of Jimin's solo debut album \"FACE\" to March 24.", "jimin album 2023-03-24")]
    [InlineData("BIGHIT MUSIC has bumped Jimin's solo debut album from March 17 to March 24.", "jimin album 2023-03-24")]
    // guard: "to" before no day is no move ("pushed the song to No. 1")
    [InlineData("Fans pushed Jimin's solo debut album to No. 1 on iTunes in 119 countries.", "")]
    public void Extract_MoveWithoutItsParticle_GivesTheNewDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-03-01", text));

    // "RBW has postponed MAMAMOO's "Red Moon" to July 16": an act's titled work is what a move moves, with no kind word.
    [Theory]
    [InlineData("RBW has postponed MAMAMOO's \"Red Moon\" to July 16, citing a member's vocal cord inflammation.", "mamamoo single 2018-07-16")]
    [InlineData("MAMAMOO's \"Red Moon\" is now set for July 16.", "mamamoo single 2018-07-16")]
    // guard: a title after no act's "'s" stays unread without a kind word
    [InlineData("RBW has postponed the \"Red Moon\" showcase to July 16.", "")]
    public void Extract_ActsTitledWorkMoved_IsRead(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2018-06-20", text));

    // "Plan A Entertainment delayed Apink's comeback from July 6 to July 13": "from" and a day after a comeback is its
    // move, not a verb of motion's ("return from their tour").
    [Theory]
    [InlineData("Plan A Entertainment delayed Apink's comeback from July 6 to July 13.", "apink other 2015-07-13")]
    // guard
    [InlineData("Apink will return from their Japan tour on July 6.", "")]
    public void Extract_ComebackMovedFromADay_IsRead(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2015-06-25", text));

    // "now set for March 21, no longer March 14": the day after "no longer" is left behind.
    [Theory]
    [InlineData("Red Velvet's mini album \"Feel My Rhythm\" is now set for March 21, no longer March 14, SM confirmed.", "red-velvet ep 2022-03-21")]
    [InlineData("Red Velvet's mini album \"Feel My Rhythm\" now arrives March 21 and no longer on March 14.", "red-velvet ep 2022-03-21")]
    public void Extract_DayNoLongerHeld_IsLeftBehind(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2022-03-01", text));

    // "episodes 7 and 8 move to Sept. 27-28": a span moved to is the new one, not a span moved from.
    [Fact]
    public void Extract_SpanMovedTo_IsTheNewDays() =>
        Assert.Equal("lovers-of-the-red-sky episode 2021-09-27; lovers-of-the-red-sky episode 2021-09-28",
            Releases("en", "2021-09-15", "\"Lovers of the Red Sky\" to pause for Chuseok; episodes 7 and 8 move to Sept. 27-28"));

    // "the only Wednesday drama airing as normal" names a slot, not a day (the Wednesday the fresh part id's writer
    // labelled moved for the other shows of the week).
    [Theory]
    [InlineData("That leaves KBS's \"The Kingdom of the Winds\" as the only Wednesday drama airing as normal.", "2008-10-14", "")]
    // "its Monday mini-drama" (fresh part is): a channel's slot, as "its Monday slot" is
    [InlineData("SBS has delayed the launch of its Monday mini-drama \"My Youth\" by two weeks.", "2017-01-31", "")]
    // guard: one show's own slot, with its verb, is its day
    [InlineData("JTBC's new Friday series \"My Youth\" premieres at 8:50 p.m. with two episodes back-to-back.", "2025-09-05", "my-youth drama 2025-09-05")]
    public void Extract_WeekdayOfASlotClass_IsNoDay(string text, string published, string expected) =>
        Assert.Equal(expected, Releases("en", published, text));

    // "to make room for live coverage of the Asian Games" is why the episode moved, not an event of its own.
    [Theory]
    [InlineData("MBC has bumped the next episode of \"My Dearest\" from Oct. 7 to Oct. 14 to make room for live coverage of the Asian Games.",
        "my-dearest episode 2023-10-14")]
    // guard: the coverage itself is no release
    [InlineData("MBC will air live coverage of the Asian Games on Oct. 7.", "")]
    public void Extract_MoveToMakeRoom_IsRead(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-09-25", text));

    // "Favorite: Oct. 25 (changed from Oct. 18)": the bracket's move word and its tense are the old day's ("was" makes no past
    // of the day listed).
    [Theory]
    [InlineData("- NCT 127, repackage 'Favorite': Oct. 25 (changed from Oct. 18)", "nct-127 album 2021-10-25")]
    [InlineData("- NCT 127, repackage 'Favorite': Oct. 25 (was Oct. 18)", "nct-127 album 2021-10-25")]
    [InlineData("- NCT 127, repackage 'Favorite': Oct. 25", "nct-127 album 2021-10-25")]
    public void Extract_ListedDayWithANoteOnTheOldOne_IsRead(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2021-10-10", text));

    // "trades its June 10 premiere for June 17": the day given up for another.
    [Theory]
    [InlineData("en", "JTBC's \"King the Land,\" starring Lee Jun-ho and Yoona, trades its June 10 premiere for June 17.", "king-the-land drama 2023-06-17")]
    [InlineData("ru", "JTBC поменял 10 июня на 17 июня: премьера дорамы «Король land» переносится на неделю.", "king-the-land drama 2023-06-17")]
    // guard: a slot traded for a show leaves the show's day
    [InlineData("en", "JTBC traded its Saturday slot for \"King the Land,\" which premieres June 10.", "king-the-land drama 2023-06-10")]
    public void Extract_DayTradedForAnother_IsLeftBehind(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2023-05-20", text));

    // "this week's Wednesday episode will instead be broadcast on June 14": the weekday names the episode by its slot.
    [Theory]
    [InlineData("KBS 2TV's Wednesday-Thursday drama 'Suits' will not air on June 13 because of local election coverage; this week's Wednesday episode will instead be broadcast on June 14, the network said.",
        "suits episode 2018-06-14")]
    // guard: with no calendar day after it, the weekday is the day
    [InlineData("KBS 2TV's drama 'Suits' returns this week: the Wednesday episode airs at 10 p.m.", "suits episode 2018-06-13")]
    public void Extract_WeekdayNamingTheEpisode_GivesWayToTheCalendarDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2018-06-10", text));

    // From the changed-date set 54c, read this round: ", slated to open April 27," (a plan's participle and the verb it
    // plans), "the Dec. 15 launch that had been pencilled in" (a release's noun, then a plan in the pluperfect), "dropping
    // its earlier plan to open the sequel on April 27" (a former plan's phrase) give their days up.
    [Theory]
    [InlineData("The film \"The Roundup\", slated to open April 27, now hits screens on May 18.", "the-roundup film 2022-05-18")]
    [InlineData("The film \"The Roundup\", set to be released on April 27, now opens on May 18.", "the-roundup film 2022-05-18")]
    [InlineData("The drama \"Sweet Home\" will premiere on Dec. 1, two weeks ahead of the Dec. 15 launch that had been pencilled in.", "sweet-home drama 2022-12-01")]
    [InlineData("The film \"The Roundup\" opens May 18, after the distributor dropped its earlier plan to open the sequel on April 27.", "the-roundup film 2022-05-18")]
    // guards: a plan's participle with no turn after it keeps its day; a plan that is not a former one keeps its day
    [InlineData("The film \"The Roundup\", slated to open May 18, stars Ma Dong-seok.", "the-roundup film 2022-05-18")]
    [InlineData("The distributor announced its plan to open the film \"The Roundup\" on May 18.", "the-roundup film 2022-05-18")]
    public void Extract_PlanGivenUpInAnAside_IsLeftBehind(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2022-04-01", text));

    // "On Oct. 7, instead of a new episode of "My Dearest", MBC will air the final", «7 октября вместо новой серии дорамы …
    // покажут финал»: the work named only in the "instead of" phrase is not what the day brings.
    [Theory]
    [InlineData("en", "On Oct. 7, instead of a new episode of \"My Dearest\", MBC will air the Asian Games football final. The episode airs on Oct. 8.",
        "my-dearest episode 2023-10-08")]
    [InlineData("ru", "KBS2 меняет сетку вещания: 7 октября вместо новой серии дорамы «Живи своей жизнью» покажут финал Азиатских игр по футболу. Серия выйдет в эфир 8 октября.",
        "live-your-own-life episode 2023-10-08")]
    // guard: "instead of" after the work the day brings, not right after the day
    [InlineData("en", "On Oct. 7, MBC airs the premiere of the drama \"Moving\" instead of a new episode.", "moving drama 2023-10-07")]
    public void Extract_DayOfWhatIsReplaced_IsLeftBehind(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2023-09-25", text));

    // "which was left open when "Heading to the Ground" wrapped up its run on Wednesday" (fresh part iz): "open" after "left",
    // "remains", "kept" is an adjective, as after "an" ("with an open ending"), not a release's verb.
    [Theory]
    [InlineData("\"Hero\" will air at 9:55 p.m. in MBC's Wednesday-Thursday slot, which was left open when \"Heading to the Ground\" wrapped up its shortened run on Wednesday.", "")]
    // guard: the verb itself still opens a film
    [InlineData("The film \"Heading to the Ground\" will open in theaters on Wednesday.", "heading-to-the-ground film 2009-11-11")]
    public void Extract_OpenAsAnAdjective_IsNoRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2009-11-05", text));

    // "Big Hit says …" (a drama "Big" came into the catalog with a fresh part): a one-word title-case alias opening the
    // sentence beside another capitalised word is a word of a longer name, as inside a sentence it already was.
    [Theory]
    [InlineData("en", "Big Hit says the music video will premiere on April 12.", "")]
    // a capitalised cue word beside it counts as a word of the longer name too (a schedule's "Release Live" is no drama "Live")
    [InlineData("en", "04.12 (FRI) 7PM KST — Release Live", "")]
    // guard: a collaboration's "x" between two names parts them
    [InlineData("ru", "Coldplay x Kangta — песня «My Universe» вышла сегодня, 12 апреля.", "coldplay single 2019-04-12; kangta single 2019-04-12")]
    public void Extract_OneWordAliasOpeningALongerName_IsNoName(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2019-04-12", text));
}
