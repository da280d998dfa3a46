namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 60's rules, from the changed-date set 59h (read this round), the fresh blind parts mz, nq, nu and nv and the blind
/// part jc (kept since round 55), each moved to development with abandoned days. Each rule was switched off once and its rows failed;
/// the rows that say what a rule leaves alone guard its reach and pass either way.
/// </summary>
public sealed class Round60Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("enhypen", (IReadOnlyList<string>)["ENHYPEN"]),
        KeyValuePair.Create("hotel-del-luna", (IReadOnlyList<string>)["Hotel del Luna", "Отель „Дель Луна“"]),
        KeyValuePair.Create("ghost", (IReadOnlyList<string>)["Ghost"]),
        KeyValuePair.Create("lady-ok", (IReadOnlyList<string>)["The Tale of Lady Ok"]),
        KeyValuePair.Create("woodz", (IReadOnlyList<string>)["WOODZ"]),
        KeyValuePair.Create("illit", (IReadOnlyList<string>)["ILLIT"]),
        KeyValuePair.Create("mickey-17", (IReadOnlyList<string>)["Mickey 17", "Микки 17"]),
        KeyValuePair.Create("gain", (IReadOnlyList<string>)["Ga-in", "Га Ин"]),
        KeyValuePair.Create("roy-kim", (IReadOnlyList<string>)["Roy Kim", "Рой Ким"]),
        KeyValuePair.Create("secretly-greatly", (IReadOnlyList<string>)["Secretly, Greatly"]),
        KeyValuePair.Create("mercy-for-none", (IReadOnlyList<string>)["Mercy for None"]),
        KeyValuePair.Create("super-junior", (IReadOnlyList<string>)["Super Junior"]),
        KeyValuePair.Create("samdal-ri", (IReadOnlyList<string>)["Welcome to Samdal-ri"]),
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU"]),
        KeyValuePair.Create("lovely-runner", (IReadOnlyList<string>)["Lovely Runner"]),
        KeyValuePair.Create("vincenzo", (IReadOnlyList<string>)["Винченцо"]),
        KeyValuePair.Create("marry-you", (IReadOnlyList<string>)["Marry YOU"]),
        KeyValuePair.Create("shinee", (IReadOnlyList<string>)["SHINee"]),
        KeyValuePair.Create("king-2-hearts", (IReadOnlyList<string>)["The King 2 Hearts"]),
        KeyValuePair.Create("psy", (IReadOnlyList<string>)["Psy", "PSY"]),
        KeyValuePair.Create("exo", (IReadOnlyList<string>)["EXO"]),
        KeyValuePair.Create("thirty-nine", (IReadOnlyList<string>)["Тридцать девять"]),
        KeyValuePair.Create("bigbang", (IReadOnlyList<string>)["BIGBANG"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // From 59h: «выйдет 17 ноября — ранее BELIFT LAB называла 10 ноября»: after a dash, "earlier" and a past report open a
    // clause of their own, so the day it names is the plan before, as after «, хотя ранее».
    [Theory]
    [InlineData("Альбом ENHYPEN «ORANGE BLOOD» выйдет 17 ноября — ранее BELIFT LAB называла 10 ноября.", "enhypen album 2023-11-17")]
    // guards: «изначально», a word that itself says "moved from", and the comma's «хотя ранее» were read so already;
    // «— раньше, чем …» compares and opens no earlier plan
    [InlineData("Альбом ENHYPEN «ORANGE BLOOD» выйдет 17 ноября — изначально BELIFT LAB объявляла 10 ноября.", "enhypen album 2023-11-17")]
    [InlineData("Альбом ENHYPEN «ORANGE BLOOD» выйдет 17 ноября, хотя ранее BELIFT LAB объявляла 10 ноября.", "enhypen album 2023-11-17")]
    [InlineData("17 ноября в корейский прокат — раньше, чем в любой другой стране, — выходит «Микки 17».", "mickey-17 film 2023-11-17")]
    public void Extract_DashThenEarlierReport_IsThePlanBefore(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2023-10-20", text));

    // From 59h: «Премьера «Отеля „Дель Луна“» … сдвигается: … 13 июля, хотя ещё недавно в сетке стояло 6 июля. Дорама …»: a
    // „…“ quote closes at “ (which elsewhere opens one), so the full stop after it ends the sentence and the clause after
    // «хотя» keeps the plan it tells to itself (the next sentence's future no longer joins it).
    [Theory]
    [InlineData("Премьера «Отеля „Дель Луна“» переносится: tvN начнёт показ 13 июля, хотя ещё недавно в сетке стояло 6 июля. Дорама будет идти по выходным.",
                "hotel-del-luna drama 2019-07-13")]
    [InlineData("Премьера «Отеля „Дель Луна“» переносится: tvN начнёт показ 13 июля, хотя ранее в сетке стояло 6 июля. Дорама будет идти по выходным.",
                "hotel-del-luna drama 2019-07-13")]
    // guard: one sentence alone was read right before
    [InlineData("Премьера «Отеля „Дель Луна“» переносится: tvN начнёт показ 13 июля, хотя ранее в сетке стояло 6 июля.", "hotel-del-luna drama 2019-07-13")]
    public void Extract_LowNineQuoteClosed_EndsTheSentence(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2019-07-01", text));

    // From 59h: "so the finale viewers had expected on Thursday, August 2, slides to the following Thursday": a finale that
    // slides to a later day moved; not ratings that slip ("Its second episode on Thursday slipped to 3.4%").
    [Theory]
    [InlineData("SBS's \"Ghost\" will air its last two episodes on August 8 and 9, so the finale viewers had expected on Thursday, August 2, slides to the following Thursday.",
                "ghost episode 2012-08-08; ghost episode 2012-08-09")]
    [InlineData("\"Ghost\" premiered Wednesday. Its second episode on Thursday slipped to 3.4%.", "ghost drama 2012-07-25; ghost episode 2012-07-26")]
    public void Extract_SlidesToTheFollowingDay_MovesThePlan(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2012-07-30", text));

    // From 59h: "JTBC has pulled tonight's episode 3 … The episode will air tomorrow (Dec. 8) … instead": tonight's episode
    // pulled is called off that day.
    [Theory]
    [InlineData("JTBC has pulled tonight's episode 3 of \"The Tale of Lady Ok\" to make room for extended news coverage. The episode will air tomorrow (Dec. 8) at 10:30 p.m. KST instead.",
                "lady-ok episode 2024-12-08")]
    // guard: tonight's episode that airs stands
    [InlineData("JTBC will air tonight's episode 3 of \"The Tale of Lady Ok\" at 10:30 p.m. KST.", "lady-ok episode 2024-12-07")]
    public void Extract_PulledTonightsEpisode_IsCalledOff(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-12-07", text));

    // From 59h: "• Wed 3/27: WOODZ digital single - MOVED, now Mon 4/1": in a calendar line, "now" gives the day moved to as
    // "to" does, and the listed day is left.
    [Theory]
    [InlineData("THIS WEEK IN K-POP\n• Mon 3/25: ILLIT debut \"SUPER REAL ME\", 6 PM KST\n• Wed 3/27: WOODZ digital single - MOVED, now Mon 4/1\nWe'll keep this updated.",
                "illit single 2024-03-25; woodz single 2024-04-01")]
    // guard: the "to" line read so before
    [InlineData("THIS WEEK IN K-POP\n• Mon 3/25: ILLIT debut \"SUPER REAL ME\", 6 PM KST\n• Wed 3/27: WOODZ digital single - moved to Mon 4/1\nWe'll keep this updated.",
                "illit single 2024-03-25; woodz single 2024-04-01")]
    public void Extract_ListedDayMovedNow_LeavesTheListedDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-03-25", text));

    // From mz: «В клипе — Га Ин … Концерт 13-го покажут в прямом эфире на YouTube»: an event that opens the clause of a verb
    // that shows, with no work or act named before the verb, is what is shown; the day is the concert's.
    [Theory]
    [InlineData("В клипе — Га Ин. Концерт 13-го покажут в прямом эфире на YouTube.", "")]
    [InlineData("В клипе — Га Ин. Шоукейс 13 апреля покажут на YouTube.", "")]
    // guards: a kind word opening the clause is the work shown; an event word before the act describes the act
    [InlineData("В клипе — Га Ин. Клип 13-го покажут в прямом эфире на YouTube.", "gain mv 2013-04-13")]
    [InlineData("Победитель шоу Superstar K4 Рой Ким сегодня выпустил сингл «Back to That Time».", "roy-kim single 2013-04-10")]
    public void Extract_EventOpeningTheClause_IsWhatTheVerbShows(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2013-04-10", text));

    // From mz: "Kim Soo-hyun Spy Comedy 'Secretly, Greatly' Bows in Korea Wednesday": the trade press's "bows in" opens a
    // film; not "bows on Netflix" (a series may), nor "bows out" (an end).
    [Theory]
    [InlineData("Spy Comedy 'Secretly, Greatly' Bows in Korea Wednesday", "secretly-greatly film 2013-06-05")]
    // guard: a series that bows on a streamer keeps its own kind, or none
    [InlineData("Korean action series \"Mercy for None\" bows on Netflix today, with all seven episodes.", "mercy-for-none drama 2013-06-03")]
    public void Extract_BowsIn_OpensAFilm(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2013-06-03", text));

    // From mz: «Пятый студийный альбом Super Junior «Mr. Simple» сегодня, 3 августа, поступил в продажу»: went on sale; not
    // «диски поступили в магазины», the CDs after a digital release.
    [Theory]
    [InlineData("Пятый студийный альбом Super Junior «Mr. Simple» сегодня, 3 августа, поступил в продажу.", "super-junior album 2011-08-03")]
    // guard: CDs that reach the shops after the digital release are not the release
    [InlineData("3-го Super Junior выпустили в цифре альбом «Mr. Simple», а через два дня диски поступили в магазины.", "super-junior album 2011-08-03")]
    public void Extract_WentOnSale_IsTheRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2011-08-03", text));

    // From 59h: "The romantic comedy starring …, which had been set for Nov. 25, will now first air on Saturday, Dec. 2": a
    // romantic comedy is a screen work as a rom-com is, so the day it airs has its kind.
    [Theory]
    [InlineData("The romantic comedy \"Welcome to Samdal-ri\" will air on Saturday, Dec. 2.", "samdal-ri drama 2023-12-02")]
    [InlineData("The romantic comedy \"Welcome to Samdal-ri\", which had been set for Nov. 25, will now air on Saturday, Dec. 2.", "samdal-ri drama 2023-12-02")]
    // guard: the rom-com read so before
    [InlineData("The rom-com \"Welcome to Samdal-ri\" will air on Saturday, Dec. 2.", "samdal-ri drama 2023-12-02")]
    public void Extract_RomanticComedy_IsAScreenWork(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-11-06", text));

    // From 59h: "IU's fifth mini album "Love poem" finally has a date: November 18": a release that "has a date" is set for it.
    [Theory]
    [InlineData("IU's fifth mini album \"Love poem\" finally has a date: November 18.", "iu ep 2019-11-18")]
    [InlineData("IU's fifth mini album \"Love poem\" now has a release date: November 18.", "iu ep 2019-11-18")]
    public void Extract_HasADate_SetsTheRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2019-11-07", text));

    // From 59h: «15-я серия выйдет не в понедельник, 20 мая, а во вторник, 21 мая, — в понедельник tvN покажет
    // спецвыпуск»: after a day, ", —" with another day and a verb of its own opens another statement, whose special does not
    // veto the episode's day; an ellipsis («а 20-ю, заключительную, — завтра, 2 мая») keeps the verb before it.
    [Theory]
    [InlineData("«Lovely Runner»: 15-я серия выйдет не в понедельник, 20 мая, а во вторник, 21 мая, — в понедельник tvN покажет спецвыпуск.",
                "lovely-runner episode 2024-05-21")]
    // guard: the ellipsis read so before
    [InlineData("tvN покажет 19-ю серию «Винченцо» сегодня, а 20-ю, заключительную, — завтра, 14 мая.", "vincenzo episode 2024-05-13; vincenzo episode 2024-05-14")]
    public void Extract_CommaDashAnotherDayAndVerb_OpensAStatement(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2024-05-13", text));

    // From jc: "Channel A is taking a similar step with its romantic comedy "Marry YOU." The network is skipping Saturday's
    // broadcast of episode 7 and will show episodes 7 and 8 back to back on Sunday": "is skipping" calls the day off as
    // "skips" does.
    [Theory]
    [InlineData("Channel A is taking a similar step with its romantic comedy \"Marry YOU.\" The network is skipping Saturday's broadcast of episode 7 and will show episodes 7 and 8 back to back on Sunday starting at 7:50 p.m.",
                "marry-you episode 2024-12-08")]
    // guard: "skips" read so before
    [InlineData("Channel A is taking a similar step with its romantic comedy \"Marry YOU.\" The network skips Saturday's broadcast of episode 7 and will show episodes 7 and 8 back to back on Sunday starting at 7:50 p.m.",
                "marry-you episode 2024-12-08")]
    public void Extract_IsSkipping_CallsTheDayOff(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-12-06", text));

    // From nq: ""The King 2 Hearts" … was also supposed to launch on the 14th and now begins on the 21st": a plan's adverb
    // inside "was supposed to" keeps it a plan.
    [Theory]
    [InlineData("MBC's drama \"The King 2 Hearts\" was also supposed to launch on the 14th and now begins on the 21st.", "king-2-hearts drama 2012-03-21")]
    // guards: "originally", a plan's word of its own, and no adverb were read so before
    [InlineData("MBC's drama \"The King 2 Hearts\" was originally supposed to launch on the 14th and now begins on the 21st.", "king-2-hearts drama 2012-03-21")]
    [InlineData("MBC's drama \"The King 2 Hearts\" was supposed to launch on the 14th and now begins on the 21st.", "king-2-hearts drama 2012-03-21")]
    public void Extract_SupposedToWithAnAdverb_IsAPlan(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2012-03-12", text));

    // From nq: "The plan had been to open the song on Korean music sites first and roll it out to the rest of the world on
    // April 13, … but the label said inquiries from foreign distributors changed its mind": "the plan had been to" tells a
    // plan given up.
    [Theory]
    [InlineData("YG said Psy's single \"Gentleman\" will go on sale in 119 countries on Friday, April 12. The plan had been to roll the single out to the rest of the world on April 13, but the label changed its mind.",
                "psy single 2013-04-12")]
    // guard: "original plan" was read as a plan before
    [InlineData("YG said Psy's single \"Gentleman\" will go on sale in 119 countries on Friday, April 12. The original plan was to roll the single out to the rest of the world on April 13.",
                "psy single 2013-04-12")]
    public void Extract_ThePlanHadBeenTo_IsAPlanGivenUp(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2013-04-10", text));

    // From nq: ""Gentleman" will go on sale in 119 countries on Friday, April 12": a record that goes on sale is released.
    [Theory]
    [InlineData("YG said Psy's single \"Gentleman\" will go on sale in 119 countries on Friday, April 12.", "psy single 2013-04-12")]
    [InlineData("Psy's single \"Gentleman\" went on sale on Friday, April 12.", "psy single 2013-04-12")]
    public void Extract_GoesOnSale_IsTheRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2013-04-13", text));

    // From nq's "was to go on sale": "was to" before a verb tells a plan, and "put off the release" moves it; the next
    // sentence that puts it off leaves the plan's day.
    [Theory]
    [InlineData("Monday, the 21st: EXO's mini album \"Overdose\" was to come out. SM Entertainment said it will put off the release.", "")]
    [InlineData("EXO's mini album \"Overdose\" was to come out on Monday, the 21st. SM Entertainment said it will put off the release.", "")]
    // guard: a plan kept stands
    [InlineData("EXO's mini album \"Overdose\" will come out on Monday, the 21st.", "exo ep 2014-04-21")]
    public void Extract_WasToThenPutOff_LeavesThePlan(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2014-04-19", text));

    // From lj (its precision floor, once "goes on sale" read its sentence): "goes on sale … today, three days later than
    // first planned": a span "later than" the plan compares with it and gives no day of its own.
    [Theory]
    [InlineData("SHINee's second full-length album \"Lucifer\" is released today, three days later than first planned.", "shinee album 2010-07-19")]
    [InlineData("SHINee's second full-length album \"Lucifer\" is released today, a week later than planned.", "shinee album 2010-07-19")]
    // guard: a span later with no comparison is a day
    [InlineData("SHINee's second full-length album \"Lucifer\" is released today; its video follows three days later.", "shinee album 2010-07-19; shinee mv 2010-07-22")]
    public void Extract_SpanLaterThanPlanned_GivesNoDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2010-07-19", text));

    // From nu: «в день президентских выборов, 9 марта, и на следующий день канал не покажет новые серии»: after a day and its
    // comma, "and" with another day right after adds a day to the same statement, so the refusal reaches both.
    [Theory]
    [InlineData("Поклонникам дорамы «Тридцать девять» придётся подождать: в день выборов, 9 марта, и на следующий день канал не покажет новые серии.", "")]
    // guards: with no comma the days were one statement already; "and" before a verb still opens a clause
    [InlineData("Поклонникам дорамы «Тридцать девять» придётся подождать: 9 марта и на следующий день канал не покажет новые серии.", "")]
    [InlineData("Дорама «Тридцать девять» выйдет 16 марта, и канал покажет спецвыпуск.", "thirty-nine drama 2022-03-16")]
    public void Extract_CommaAndAnotherDay_JoinsTheStatement(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2022-03-07", text));

    // From nv: "BIGBANG will release "E" … on Aug. 5 …, and the project's announced plan had "E" slated for Aug. 1": what a
    // plan "had" is the plan left.
    [Theory]
    [InlineData("BIGBANG will release the single album \"E\" on Aug. 5. The band had put out \"D\" on July 1, and the project's announced plan had \"E\" slated for Aug. 1.",
                "bigbang single 2015-08-05")]
    public void Extract_PlanHad_IsThePlanLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2015-07-24", text));
}
