namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 47's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round47Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("nct-127", (IReadOnlyList<string>)["NCT 127"]),
        KeyValuePair.Create("key", (IReadOnlyList<string>)["Key"]),
        KeyValuePair.Create("babymonster", (IReadOnlyList<string>)["BABYMONSTER"]),
        KeyValuePair.Create("time-mbc", (IReadOnlyList<string>)["Time"]),
        KeyValuePair.Create("the-gourmet", (IReadOnlyList<string>)["Gourmet", "The Gourmet"]),
        KeyValuePair.Create("beethoven-virus", (IReadOnlyList<string>)["Beethoven Virus"]),
        KeyValuePair.Create("athena", (IReadOnlyList<string>)["Athena: Goddess of War", "Афина: Богиня войны"]),
        KeyValuePair.Create("phantom", (IReadOnlyList<string>)["Phantom", "Призрак"]),
        KeyValuePair.Create("vanishing-time", (IReadOnlyList<string>)["Vanishing Time: A Boy Who Returned", "Vanishing Time", "Исчезнувшее время"]),
        KeyValuePair.Create("split", (IReadOnlyList<string>)["Split", "Сплит"]),
        KeyValuePair.Create("space-sweepers", (IReadOnlyList<string>)["Space Sweepers"]),
        KeyValuePair.Create("roy-kim", (IReadOnlyList<string>)["Roy Kim", "Рой Ким"]),
        KeyValuePair.Create("kill-heel", (IReadOnlyList<string>)["Kill Heel", "Килл Хил"]),
        KeyValuePair.Create("when-the-phone-rings", (IReadOnlyList<string>)["When the Phone Rings", "Когда звонит телефон"]),
        KeyValuePair.Create("nct-dojaejung", (IReadOnlyList<string>)["NCT DOJAEJUNG"]),
        KeyValuePair.Create("doyoung", (IReadOnlyList<string>)["Doyoung", "Доён"]),
        KeyValuePair.Create("jaehyun", (IReadOnlyList<string>)["Jaehyun", "Джэхён"]),
        KeyValuePair.Create("jungwoo", (IReadOnlyList<string>)["Jungwoo", "Джону"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "with new lead single "Simon Says" and its video", "the title-track video": a song's own video is its music video.
    [Theory]
    [InlineData("NCT 127 release the repackage \"Regulate\" on November 23 with new lead single \"Simon Says\" and its video at 6 p.m.",
                "nct-127 album 2018-11-23; nct-127 mv 2018-11-23; nct-127 single 2018-11-23")]
    [InlineData("Key drops his first solo album \"Face\" on November 26 at 6 p.m., and the title-track video arrives at the same time.",
                "key album 2018-11-26; key mv 2018-11-26")]
    // guards: a video message is no music video, and a bare "video" stays a hint
    [InlineData("Key drops his first solo album \"Face\" on November 26. His video message to fans was posted on Monday.", "key album 2018-11-26")]
    public void Extract_ASongsOwnVideo_IsItsMusicVideo(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2018-11-20", text));

    // "the girls look like they're having the best time": in a post typed in lower case, a one-word name the catalog writes
    // in title case and the post writes in lower case counts only when the post names it twice; once, it is the word.
    [Theory]
    [InlineData("the summer pre-release is finally here!!\nbabymonster's \"FOREVER\" and the MV dropped today and the girls look like they're having the best time 🏖️\ncan't stop streaming it.",
                "babymonster mv 2024-07-01; babymonster single 2024-07-01")]
    // guard: written in title case, a post's name stays a name
    [InlineData("the summer pre-release is finally here!!\nthe MV for \"FOREVER\" dropped today and BABYMONSTER look like they're having the best time 🏖️\ncan't stop streaming it.",
                "babymonster mv 2024-07-01; babymonster single 2024-07-01")]
    public void Extract_ALowerCaseWordInAPost_NamesNoWorkOnce(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-07-01", text));

    // "SBS had announced that its drama "Gourmet" would begin on June 16. It will now open … on Tuesday, June 17": what had
    // been announced is a plan that was, replaced by the next sentence's "now".
    [Theory]
    [InlineData("SBS had announced that its drama \"Gourmet\" would begin on June 16. It will now open with two episodes on Tuesday, June 17, after a preview special on Monday.",
                "the-gourmet episode 2008-06-17")]
    [InlineData("SBS had announced that its drama \"Gourmet\" would begin on June 16. It will now open with two episodes on Tuesday, June 17.",
                "the-gourmet episode 2008-06-17")]
    // guards: announced, not "had announced", the day is the plan now; a next sentence that moves an event moves no release
    [InlineData("SBS announced that its drama \"Gourmet\" would begin on June 16. It opens with two episodes, after a preview special on Monday.",
                "the-gourmet drama 2008-06-16")]
    [InlineData("SBS had announced that its drama \"Gourmet\" would begin on June 16. Its showcase will now be held on June 14.",
                "the-gourmet drama 2008-06-16")]
    public void Extract_WhatHadBeenAnnounced_ThenReplaced_IsLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2008-06-12", text));

    // "The network will broadcast a qualifier on Wednesday, Oct. 15, in the slot normally occupied by the drama": what takes
    // a show's slot is not the show.
    [Fact]
    public void Extract_ABroadcastInAShowsSlot_IsNotTheShow() =>
        Assert.Equal("beethoven-virus episode 2008-10-16", Releases("en", "2008-10-14",
            "The network will broadcast a football qualifier live on Wednesday, Oct. 15, in the slot normally occupied by the drama \"Beethoven Virus\". Episode 11 will instead air on Thursday, Oct. 16."));

    // «Финальная серия … вышла в эфир в понедельник»: aired, the Monday before; «в эфир» alone is a slot to come.
    [Theory]
    [InlineData("Финальная серия сериала «Афина: Богиня войны» вышла в эфир канала SBS в понедельник и собрала 13,3% аудитории.", "athena episode 2011-02-21")]
    // guard: «выйдет в эфир в понедельник» is the Monday to come
    [InlineData("Финальная серия сериала «Афина: Богиня войны» выйдет в эфир в понедельник.", "athena episode 2011-02-28")]
    public void Extract_AiredOnAWeekday_IsTheWeekdayBefore(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2011-02-22", text));

    // «SBS сегодня возобновляет показ сериала «Призрак»»: a show resumed today airs its next episode today.
    [Fact]
    public void Extract_AShowResumedToday_AirsAnEpisode() =>
        Assert.Equal("phantom episode 2012-08-08", Releases("ru", "2012-08-08", "Телеканал SBS сегодня возобновляет показ детективного сериала «Призрак» о киберпреступлениях."));

    // "was set for Nov. 10 and will now open on Nov. 16": "now" after "and" contrasts as "but" does.
    [Theory]
    [InlineData("The film \"Vanishing Time\" was set for Nov. 10 and will now open on Wednesday, Nov. 16.", "vanishing-time film 2016-11-16")]
    // guards: "but" contrasts with or without "now"; "now" inside a clause is no contrast of its own
    [InlineData("The film \"Vanishing Time\" was set for Nov. 10 but will now open on Wednesday, Nov. 16.", "vanishing-time film 2016-11-16")]
    [InlineData("The film \"Vanishing Time\" was set for Nov. 10, the distributor now says.", "vanishing-time film 2016-11-10")]
    public void Extract_APlanThenAndNowAnotherDay_LeavesThePlan(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2016-10-27", text));

    // Two films swap their days: "The film, directed by …, had been dated for Nov. 10" is the one title the sentence before
    // quotes (not the headline's first); "Its distributor pulled the release forward from Nov. 16 to Nov. 10, taking the
    // slot that "Vanishing Time" vacated" is the film the sentence before named, even though it called it a drama.
    [Fact]
    public void Extract_TwoFilmsSwapDays_EachKeepsItsNewDay() =>
        Assert.Equal("split film 2016-11-10; vanishing-time film 2016-11-16", Releases("en", "2016-10-27",
            "Korean Box Office: \"Split\" and \"Vanishing Time\" Swap November Slots\n\n" +
            "Showbox has moved \"Vanishing Time: A Boy Who Returned,\" the fantasy drama starring Gang Dong-won, back by nearly a week. " +
            "The film, directed by Um Tae-hwa (\"Ingtoogi\"), had been dated for Nov. 10 and will now open on Wednesday, Nov. 16.\n\n" +
            "Within a day, bowling drama \"Split,\" toplined by Yoo Ji-tae, jumped the other way. " +
            "Its distributor pulled the release forward from Nov. 16 to Nov. 10, taking the Thursday slot that \"Vanishing Time\" vacated."));

    // "was set for Sept. 29, but was pulled weeks in advance": a day a release was set for, then pulled, is left.
    [Theory]
    [InlineData("The film \"Space Sweepers\" was set for Sept. 23 for the Chuseok holiday, but was pulled weeks in advance as cases rose.", "")]
    // guard: set for a day and not pulled, the day stands
    [InlineData("The film \"Space Sweepers\" is set for Sept. 23 for the Chuseok holiday.", "space-sweepers film 2020-09-23")]
    public void Extract_SetForADayThenPulled_IsLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2020-08-01", text));

    // «Следом передвинули и спортивную комедию «Сплит». Её премьера состоится 10 ноября.»: «её» is the film the sentence
    // before named, whatever its genre word.
    [Fact]
    public void Extract_ItsAfterAFilmNamedByItsGenre_IsThatFilm() =>
        Assert.Equal("split film 2016-11-10; vanishing-time film 2016-11-16", Releases("ru", "2016-10-27",
            "Фильм «Исчезнувшее время» выйдет в прокат 16 ноября. Следом передвинули и спортивную комедию «Сплит». Её премьера состоится 10 ноября."));

    // "The music video arrived a few weeks ahead of the single", «Клип музыкант показал заранее»: a video said to be out
    // first is not out with the release told before it.
    [Theory]
    [InlineData("en", "Roy Kim releases the single \"We Can Break Up\" on October 14. The music video arrived a few weeks ahead of the single.", "roy-kim single 2022-10-14")]
    [InlineData("ru", "Рой Ким 14 октября выпустит сингл «We Can Break Up». Клип, снятый на Гавайях, музыкант показал заранее.", "roy-kim single 2022-10-14")]
    // guard: a video told after the release with no such word comes with it
    [InlineData("ru", "Рой Ким 14 октября выпустит сингл «We Can Break Up». Клип выйдет вместе с песней.", "roy-kim mv 2022-10-14; roy-kim single 2022-10-14")]
    public void Extract_AVideoOutAhead_IsNoCompanion(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2022-10-10", text));

    // "the drama's first episode, scheduled for Wednesday, Feb. 23, would move to March 9", «Шестую серию, намеченную на
    // субботу, 7 декабря, также сняли с эфира»: a move told as what would happen, and a show taken off the air.
    [Theory]
    [InlineData("en", "2022-02-21", "A COVID-19 case was found on the set of \"Kill Heel\", and the drama's first episode, scheduled for Wednesday, Feb. 23, would move to March 9.", "kill-heel drama 2022-03-09")]
    [InlineData("ru", "2024-12-06", "MBC пересмотрел сетку: шестую серию «Когда звонит телефон», намеченную на субботу, 7 декабря, сняли с эфира.", "")]
    // guard: a day set and not moved stands
    [InlineData("ru", "2024-12-06", "Шестая серия «Когда звонит телефон» намечена на субботу, 7 декабря.", "when-the-phone-rings episode 2024-12-07")]
    public void Extract_AMoveThatWouldHappen_OrTakenOffTheAir_LeavesTheDay(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, published, text));

    // «2022-04-08 · Календарь релизов»: a day with its year opening a line, a separator and a short label stamp the page.
    [Theory]
    [InlineData("2022-04-08 · Календарь релизов\nВ апреле выходят новые релизы.", "")]
    // guard: a line that names an act after the separator is an entry
    [InlineData("2022-04-08 · NCT DOJAEJUNG, мини-альбом «Perfume»", "nct-dojaejung ep 2022-04-08")]
    public void Extract_ADatedSectionStamp_IsNoRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2022-04-08", text));

    // «Доён, Джэхён и Джону сегодня дебютируют в составе NCT DOJAEJUNG»: after a release verb, «в составе» names the act
    // whose members release, and that act is the performer.
    [Theory]
    [InlineData("Доён, Джэхён и Джону сегодня дебютируют в составе NCT DOJAEJUNG с первым мини-альбомом «Perfume».", "nct-dojaejung ep 2023-04-17")]
    // guard: «в составе» after the act's name lists its line-up
    [InlineData("NCT DOJAEJUNG в составе Доёна, Джэхёна и Джону сегодня выпускает мини-альбом «Perfume».", "nct-dojaejung ep 2023-04-17")]
    public void Extract_MembersReleasingAsPartOfAnAct_AreThatAct(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2023-04-17", text));
}
