namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 58's rules, from the changed-date set 57f (read this round) and the fresh blind parts lf, lj, lt and lu (moved to
/// development with abandoned days and read). Each rule was switched off once and its rows failed; the rows that say what
/// a rule leaves alone guard its reach and pass either way.
/// </summary>
public sealed class Round58Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("bss", (IReadOnlyList<string>)["BSS"]),
        KeyValuePair.Create("riize", (IReadOnlyList<string>)["RIIZE"]),
        KeyValuePair.Create("doctor-slump", (IReadOnlyList<string>)["Doctor Slump"]),
        KeyValuePair.Create("space-sweepers", (IReadOnlyList<string>)["Space Sweepers"]),
        KeyValuePair.Create("vixx", (IReadOnlyList<string>)["VIXX"]),
        KeyValuePair.Create("sistar", (IReadOnlyList<string>)["SISTAR"]),
        KeyValuePair.Create("brown-eyed-soul", (IReadOnlyList<string>)["Brown Eyed Soul"]),
        KeyValuePair.Create("untouchable", (IReadOnlyList<string>)["Untouchable"]),
        KeyValuePair.Create("young-posse", (IReadOnlyList<string>)["YOUNG POSSE"]),
        KeyValuePair.Create("hellbound", (IReadOnlyList<string>)["Hellbound"]),
        KeyValuePair.Create("12-12-the-day", (IReadOnlyList<string>)["12.12: The Day"]),
        KeyValuePair.Create("the-tale-of-lady-ok", (IReadOnlyList<string>)["The Tale of Lady Ok"]),
        KeyValuePair.Create("the-masters-sun", (IReadOnlyList<string>)["The Master's Sun", "Солнце хозяина"]),
        KeyValuePair.Create("the-thieves", (IReadOnlyList<string>)["The Thieves", "Воры"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // From 57f: «Вместо 1 января, как планировалось ранее, релиз состоится 8 января»: a plan in an aside opened by "as" and
    // closed by a comma compares with what stands before it; the day after the aside is the release's.
    [Theory]
    [InlineData("Сингл-альбом BSS «TELEPARTY» вместо 1 января, как планировалось ранее, выйдет 8 января.", "bss single 2025-01-08")]
    [InlineData("Сингл-альбом BSS «TELEPARTY», как и планировалось, выйдет 8 января.", "bss single 2025-01-08")]
    [InlineData("Сингл-альбом BSS «TELEPARTY» выйдет 8 января, а не 1 января, как планировалось.", "bss single 2025-01-08")]
    public void Extract_PlanInAnAsAside_IsNotTheDayAfterIt(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2024-12-16", text));

    // From 57f: «Релиз был назначен на 10 июня, а теперь состоится 17 июня»: «а» opens a clause of "now" as "and" does.
    [Theory]
    [InlineData("ru", "Релиз сингла RIIZE «Boom Boom Bass» был назначен на 10 июня, а теперь состоится 17 июня.", "riize single 2024-06-17")]
    [InlineData("en", "RIIZE's single \"Boom Boom Bass\" was set for June 10 and will now arrive on June 17.", "riize single 2024-06-17")]
    public void Extract_PlanThenNow_KeepsTheNewDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2024-05-27", text));

    // From 57f: "… the single "Boom Boom Bass". It was set for June 10. It will now arrive on June 17.": a sentence opening
    // with "it" between the one that names the work and the one its "it" schedules goes on about the same work.
    [Theory]
    [InlineData("RIIZE will release the single \"Boom Boom Bass\". It was set for June 10. It will now arrive on June 17.", "riize single 2024-06-17")]
    // guard: a sentence between that is about something else ends the chain
    [InlineData("RIIZE will release the single \"Boom Boom Bass\". Fans were thrilled. It will now arrive on June 17.", "")]
    public void Extract_ItChain_SchedulesTheWorkNamedBefore(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-05-27", text));

    // From 57f: "… will release the single on June 17. It was set for June 10.": a plan told in the past in a sentence of its
    // own is the day left when another sentence gives the same release another day.
    [Theory]
    [InlineData("en", "RIIZE will release the single \"Boom Boom Bass\" on June 17. It was set for June 10.", "riize single 2024-06-17")]
    [InlineData("ru", "RIIZE выпустят сингл «Boom Boom Bass» 17 июня. Релиз был назначен на 10 июня.", "riize single 2024-06-17")]
    // guard: with no other day for it, the plan stands
    [InlineData("en", "RIIZE will release the single \"Boom Boom Bass\". It was set for June 10.", "riize single 2024-06-10")]
    // guard: a release on one day and a plan for another release are two releases
    [InlineData("en", "RIIZE will release the single \"Boom Boom Bass\" on June 3. Their mini album was set for June 10.", "riize ep 2024-06-10; riize single 2024-06-03")]
    public void Extract_PastPlanBesideAnotherDayOfTheRelease_IsLeft(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2024-05-27", text));

    // From 57f: "JTBC has set January 27 for the premiere of "Doctor Slump"": a verb that sets a day, the day right after it
    // and a kind after the day.
    [Theory]
    [InlineData("JTBC has set January 27 for the premiere of \"Doctor Slump\", starring Park Hyung-sik and Park Shin-hye.", "doctor-slump drama 2024-01-27")]
    [InlineData("Netflix has set February 5 for the release of the film \"Space Sweepers\".", "space-sweepers film 2024-02-05")]
    [InlineData("JTBC has set January 27 for its new drama \"Doctor Slump\".", "doctor-slump drama 2024-01-27")]
    public void Extract_DaySetForAKind_IsTheRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-01-02", text));

    // From part lf: "Earlier this month, a sports daily had reported the album would come out on April 19": "earlier" and a
    // time phrase closed by a comma, then a subject and its verb of saying, retell a report the day of the news replaces.
    [Theory]
    [InlineData("VIXX will come back with the album \"Eau de VIXX\" on April 17. Earlier this month, a sports daily had reported the album would come out on April 19.", "vixx album 2018-04-17")]
    // guard: with no other day for the album, the report stands
    [InlineData("Earlier this month, a sports daily had reported the VIXX album \"Eau de VIXX\" would come out on April 19.", "vixx album 2018-04-19")]
    public void Extract_EarlierTimePhraseThenReport_IsSuperseded(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2018-03-30", text));

    // From part lf: "… its music video will be released at the same time" a paragraph below a report whose day was left: the
    // day said only as "the same time" is the one the last sentence that read it left behind.
    [Fact]
    public void Extract_SameTimeAsALeftDay_AcrossParagraphs_IsLeft()
    {
        var text = "Boy band VIXX will come back with its third full-length album on April 17, two days earlier than industry reports had suggested, its agency said Friday.\n\n" +
                   "Jellyfish Entertainment said all tracks of \"Eau de VIXX\" will be released on music portals at 6 p.m. that day. Earlier this month, a sports daily had reported the album would come out on April 19.\n\n" +
                   "It is the six-member group's first full album since \"Chained Up\" in November 2015, and its first group release since the mini album \"Shangri-La\" last year.\n\n" +
                   "The title track, \"Scentist,\" combines the words \"scent\" and \"artist,\" and its music video will be released at the same time.";
        var days = Releases("en", "2018-03-30", text);
        Assert.Contains("2018-04-17", days);
        Assert.DoesNotContain("2018-04-19", days);
    }

    // From part lj: "whose third studio album was due online at midnight on Wednesday, put the release off indefinitely",
    // "shelved the single it had planned for Thursday": a plan told in the past a few words before the day, in a sentence
    // that postpones or calls off, is the day left.
    [Theory]
    [InlineData("Vocal group Brown Eyed Soul, whose third studio album was due online at midnight on Wednesday, put the release off indefinitely.", "")]
    [InlineData("Girl group SISTAR also shelved the single it had planned for Thursday and said a new date would be announced later.", "")]
    // guard: with nothing put off, the plan stands
    [InlineData("SISTAR's single, which was due online at midnight on Thursday, came out as planned.", "sistar single 2010-11-18")]
    public void Extract_PastPlanInAPostponedSentence_IsLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2010-11-23", text));

    // From part lj: «Untouchable, собиравшийся выпустить новый альбом в четверг, 25 ноября, отложил его … до 7 декабря»: the
    // participle of "was going to" is a plan, as «планировавшийся» is.
    [Theory]
    [InlineData("Хип-хоп-дуэт Untouchable, собиравшийся выпустить новый альбом в четверг, 25 ноября, отложил его на две недели — до 7 декабря.", "untouchable album 2010-12-07")]
    public void Extract_GoingToParticiple_IsThePlan(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2010-11-23", text));

    // From 57f: «ср 13.11 — сингл YOUNG POSSE перенесли на пн 18.11»: a weekday's abbreviation in lower case right before a
    // numeric date is the day's weekday, so the day after «на» is the one moved to.
    [Theory]
    [InlineData("ср 13.11 — сингл YOUNG POSSE перенесли на пн 18.11", "young-posse single 2024-11-18")]
    [InlineData("Сингл YOUNG POSSE, который ждали в среду, 13.11, перенесли на пн 18.11.", "young-posse single 2024-11-18")]
    public void Extract_LowerCaseWeekdayBeforeANumericDate_IsItsWeekday(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2024-11-10", text));

    // From 57f: "The new season had appeared with an October 18 date on the streamer's line-up": a day named as a date in a
    // clause told in the pluperfect is a plan the news replaced (and no day for the episodes said to drop "at once").
    [Fact]
    public void Extract_PluperfectDate_IsAPlan()
    {
        var days = Releases("en", "2024-09-20", "Netflix has locked in October 25 for the second season of 'Hellbound', directed by Yeon Sang-ho. The new season, " +
                                                "with Kim Hyun-joo and Kim Shin-rok back and Kim Sung-cheol joining the cast, had appeared with an October 18 date on " +
                                                "the streamer's Korean line-up earlier this month. All six episodes will drop at once.");
        Assert.Contains("2024-10-25", days);
        Assert.DoesNotContain("2024-10-18", days);
    }

    // guard: a date told as what will be is no plan
    [Fact]
    public void Extract_FutureDateNoun_IsNoPlan() =>
        Assert.Equal("hellbound drama 2024-10-18", Releases("en", "2024-09-20", "The new drama \"Hellbound\" will premiere with an October 18 date on the streamer's line-up."));

    // From 57f: "The distributor of the period thriller about the 1979 military coup said the film will now open on November
    // 22": a "military coup" is a film's subject, not an enlistment that dates an event.
    [Theory]
    [InlineData("'12.12: The Day' will reach theaters a week sooner than planned. The distributor of the period thriller about the 1979 military coup said the film will now open on November 22.", "12-12-the-day film 2023-11-22")]
    // guard: the military service itself still dates no release
    [InlineData("'12.12: The Day' star Jung Hae-in begins his military service on November 22.", "")]
    public void Extract_MilitaryCoup_IsNoEvent(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-10-10", text));

    // From part lt: "'The Tale of Lady Ok' moves episode 4 to Sunday as JTBC clears Saturday for news": the day a schedule
    // is cleared of the work is the day it left.
    [Theory]
    [InlineData("'The Tale of Lady Ok' moves episode 4 to Sunday as JTBC clears Saturday for news", "the-tale-of-lady-ok episode 2024-12-15")]
    public void Extract_DayCleared_IsLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-12-12", text));

    // From part lu: «В среду вместо неё покажут фильм «Воры»», "SBS will air the film "The Thieves"": a film shown on
    // television, in a moved show's slot, is a broadcast, not the film's release.
    [Theory]
    [InlineData("ru", "13-я серия «Солнца хозяина», которую ждали в среду, 18 сентября, выйдет в четверг, 19-го. В среду вместо неё покажут фильм «Воры».", "the-masters-sun episode 2013-09-19")]
    [InlineData("en", "Episode 13 of \"The Master's Sun\" moves to Thursday, Sept. 19. On Wednesday SBS will air the film \"The Thieves\" instead.", "the-masters-sun episode 2013-09-19")]
    // guard: a film that opens in cinemas that day is its release
    [InlineData("en", "Episode 13 of \"The Master's Sun\" moves to Thursday, Sept. 19. The film \"The Thieves\" opens in cinemas on Wednesday.", "the-masters-sun episode 2013-09-19; the-thieves film 2013-09-18")]
    public void Extract_FilmShownOnTelevision_IsNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2013-09-16", text));
}
