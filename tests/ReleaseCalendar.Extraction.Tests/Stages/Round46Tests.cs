namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 46's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round46Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("joseon-exorcist", (IReadOnlyList<string>)["Joseon Exorcist", "Чосонский экзорцист"]),
        KeyValuePair.Create("red-velvet", (IReadOnlyList<string>)["Red Velvet"]),
        KeyValuePair.Create("encounter", (IReadOnlyList<string>)["Encounter", "Встреча"]),
        KeyValuePair.Create("lay", (IReadOnlyList<string>)["Lay", "Лэй"]),
        KeyValuePair.Create("exo", (IReadOnlyList<string>)["EXO"]),
        KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"]),
        KeyValuePair.Create("wayv", (IReadOnlyList<string>)["WayV"]),
        KeyValuePair.Create("nct", (IReadOnlyList<string>)["NCT"]),
        KeyValuePair.Create("chungha", (IReadOnlyList<string>)["Chungha"]),
        KeyValuePair.Create("time-mbc", (IReadOnlyList<string>)["Time", "MBC's Time"]),
        KeyValuePair.Create("billlie", (IReadOnlyList<string>)["Billlie"]),
        KeyValuePair.Create("return", (IReadOnlyList<string>)["Return"]),
        KeyValuePair.Create("fiestar", (IReadOnlyList<string>)["FIESTAR"]),
        KeyValuePair.Create("rain", (IReadOnlyList<string>)["Rain"]),
        KeyValuePair.Create("t-ara-n4", (IReadOnlyList<string>)["T-ara N4", "Ти-ара Эн-4"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "Episodes 3 and 4, which were due to air on March 29 and 30, will now not be broadcast at all": a relative clause's
    // past plan, then its airing negated, is a day that will not come.
    [Theory]
    [InlineData("en", "SBS has pulled the drama \"Joseon Exorcist\". Episodes 3 and 4 of \"Joseon Exorcist\", which were due to air on March 29 and 30, will now not be broadcast at all.", "")]
    [InlineData("ru", "SBS снял дораму с эфира. Серии «Чосонского экзорциста», которые должны были выйти 29 марта, в эфир не попадут.", "")]
    // guard: a day told as it is, not as a plan that was, stays when something else is negated
    [InlineData("en", "Episode 3 of \"Joseon Exorcist\", which airs on March 29, will not be cut.", "joseon-exorcist episode 2021-03-29")]
    public void Extract_PastPlanThenItsAiringNegated_IsLeft(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2021-03-26", text));

    // «в понедельник, 29 марта, и во вторник, 30-го»: the second day told only by its number still lists with the first,
    // so it is left with it.
    [Fact]
    public void Extract_DayOnlyListedAfterAWeekdayDay_SharesItsFate() =>
        Assert.Equal("", Releases("ru", "2021-03-26",
            "Третья и четвёртая серии «Чосонского экзорциста», которые должны были выйти в понедельник, 29 марта, и во вторник, 30-го, в эфир не попадут."));

    // «который ранее был анонсирован на 6 ноября», «хотя ранее называлась дата 5 декабря», «(было 25 мая)»: days told as the
    // plan that was.
    [Theory]
    [InlineData("2023-11-01", "Новый альбом Red Velvet, который ранее был анонсирован на 6 ноября, выйдет 13 ноября.", "red-velvet album 2023-11-13")]
    [InlineData("2018-11-20", "Канал tvN сдвинул премьеру дорамы «Встреча»: первая серия выйдет в среду, 28 ноября, хотя ранее называлась дата 5 декабря.", "encounter drama 2018-11-28")]
    [InlineData("2018-05-20", "Второй альбом Lay выйдет 1 июня — на неделю позже, чем объявляли (было 25 мая).", "lay album 2018-06-01")]
    // guard: «анонсирован на» alone is the plan now
    [InlineData("2023-11-01", "Новый альбом Red Velvet анонсирован на 13 ноября.", "red-velvet album 2023-11-13")]
    public void Extract_PlanThatWas_IsLeft(string published, string text, string expected) =>
        Assert.Equal(expected, Releases("ru", published, text));

    // "… were both set for the 21st. Neither will appear then.": a sentence that negates with "then" calls off the day before
    // (an ordinal's "st." ends the sentence), for every release of it when it opens with "neither".
    [Theory]
    [InlineData("EXO's album \"Universe\" and TWICE's \"Merry & Happy\" video were both set for the 21st. Neither will appear then.", "")]
    [InlineData("EXO's album \"Universe\" was set for Dec. 21. It will not come out then.", "")]
    // guard: "then" with no negation keeps the day
    [InlineData("EXO's album \"Universe\" was set for Dec. 21. It will come out then with a video.", "exo album 2017-12-21")]
    public void Extract_DayNegatedWithThen_IsCalledOff(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2017-12-20", text));

    // A premiere days before an article whose only days to come are called off is context, not its news.
    [Theory]
    [InlineData("The drama \"Joseon Exorcist\" premiered on Monday, March 22. Episodes 3 and 4, which were due to air on March 29 and 30, will now not be broadcast at all.", "")]
    [InlineData("The drama \"Joseon Exorcist\" premiered on Monday, March 22, to 8.9 percent.", "joseon-exorcist drama 2021-03-22")] // guard: the news
    public void Extract_PremiereBeforeCalledOffDays_IsContext(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2021-03-26", text));

    // A title track's video added for a record goes with the record when the record's day is called off.
    [Theory]
    [InlineData("were both set for the 21st. Neither will appear then.", "")]
    [InlineData("are both set for the 21st.", "exo album 2017-12-21; exo mv 2017-12-21; twice mv 2017-12-21")] // guard: the plan holds
    public void Extract_TitleTrackVideo_GoesWithItsCalledOffRecord(string told, string expected) =>
        Assert.Equal(expected, Releases("en", "2017-12-20",
            $"EXO's album \"Universe\" and the music video for TWICE's \"Merry & Happy\" {told}\n\"Universe\" is the title track of the album."));

    // "WayV, the China-based unit of SM Entertainment's NCT, will release": a unit is a place in its group, so the group
    // named in the apposition describes the act before it.
    [Fact]
    public void Extract_GroupOfAUnitInAnApposition_IsNoSubject() =>
        Assert.Equal("wayv ep 2019-10-29", Releases("en", "2019-10-28",
            "WayV, the China-based unit of SM Entertainment's NCT, will release its second EP, \"Take Over the Moon,\" on Tuesday."));

    // "the MV drops the same day, same time": a one-word name written only in title case in the catalog ("Time") is the common word in
    // lower case; a listing's colon puts a name first in lower case ("WED 16: billlie returns").
    [Theory]
    [InlineData("Chungha's album \"Querencia\" is out Feb. 15 at 6 p.m. KST.\nIts title track is \"Bicycle\", and the MV drops the same day, same time.", "chungha album 2021-02-15; chungha mv 2021-02-15")] // guard: the act named before still carries the video
    [InlineData("After Sunday, Feb. 14, the members return with solo EPs.", "")]
    [InlineData("WED 17: billlie returns with the EP \"appendix\".", "billlie ep 2021-02-17")] // guard
    public void Extract_TitleCaseNameInLowerCase_IsTheWord(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2021-02-10", text));

    // "… was set to release the digital single "One More." Its agency is now aiming for the middle of May.": "now" and a
    // month, with no day, put the plan before off to that month.
    [Theory]
    [InlineData("The 25th: girl group FIESTAR was set to release the digital single \"One More.\" Its agency is now aiming for the middle of May.", "")]
    [InlineData("The 25th: girl group FIESTAR will release the digital single \"One More.\" Its agency set the date in March.", "fiestar single 2014-04-25")] // guard: no "now"
    public void Extract_PlanThenNowAMonth_IsPutOff(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2014-04-18", text));

    // «Вчера мы писали, что … выйдет 15 апреля … Сам релиз назначен на понедельник, 29 апреля»: the outlet's own report retold
    // is replaced by the day given for the same release.
    [Theory]
    [InlineData("ru", "Вчера мы писали, что дебютный мини-альбом Ти-ара Эн-4 выйдет 15 апреля. Это ошибка. Сам мини-альбом Ти-ара Эн-4 выйдет в понедельник, 29 апреля.", "t-ara-n4 ep 2013-04-29")]
    [InlineData("en", "Yesterday we reported that T-ara N4's debut mini album would come out on April 15. That was wrong. T-ara N4's mini album comes out on Monday, April 29.", "t-ara-n4 ep 2013-04-29")]
    public void Extract_OwnEarlierReport_IsReplacedByTheNewDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2013-04-16", text));

    // "… on Thursday, according to the music industry on Monday": a day after a preposition that closes a reporting word's
    // source is the report's day.
    [Theory]
    [InlineData("Singer Rain will release his sixth studio album, \"Rain Effect,\" on Thursday, according to the music industry on Monday.", "rain album 2014-01-02")]
    [InlineData("Singer Rain will release his sixth studio album, \"Rain Effect,\" on Thursday, his agency said in a statement on Monday.", "rain album 2014-01-02")]
    [InlineData("According to his agency, singer Rain will release his sixth studio album, \"Rain Effect,\" on Thursday.", "rain album 2014-01-02")] // guard
    public void Extract_DayAfterAReportsSource_IsTheReports(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2013-12-30", text));
}
