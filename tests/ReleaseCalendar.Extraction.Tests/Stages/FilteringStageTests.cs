using ReleaseCalendar.Extraction.Filtering;

namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Stage: dates that are not releases of their own.</summary>
public sealed class FilteringStageTests
{
    [Theory]
    [InlineData("ru", "Релиз альбома перенесён с 5 на 12 июня.", "True,False")]
    [InlineData("en", "The album was moved to June 12, originally June 5.", "False,True")]
    [InlineData("ru", "Альбом выйдет 5 июня, а клип 12 июня.", "False,False")]
    [InlineData("en", "The album drops on June 5 and the video on June 12.", "False,False")]
    // Round 21 (part aw): a correction's wrongly said day; a move told in brackets beside the new day.
    [InlineData("ru", "В предыдущей версии материала указывалось, что сериал «Лунная река» стартует 31 октября.", "True")]
    [InlineData("en", "An earlier version of this article said \"Moon River\" premieres on Oct. 31.", "True")]
    [InlineData("ru", "Сериал «Лунная река» стартует 7 ноября (премьеру перенесли с 31 октября).", "False,True")]
    // Round 23 (part as): a quote after a passive verb is its reason, not an object that moved instead.
    [InlineData("en", "SM says the release that was planned for Nov. 25 is postponed \"in consideration of the social atmosphere\".", "True")]
    [InlineData("en", "The album comes out on Nov. 25 as planned, and MBC postponed \"Music Core\".", "False")]
    public void IsMovedFrom_DatesOfASentence_OnlyTheAbandonedOne(string lang, string text, string expected)
    {
        var s = Stage.One(lang, text);
        Assert.Equal(expected, string.Join(",", s.Dates.Select(d => ReleaseSignals.IsMovedFrom(s, d, Stage.Language(lang)))));
    }

    [Theory]
    [InlineData("en", "On August 12, SM confirmed that aespa will release the album on September 2.", "True,False")]
    [InlineData("ru", "Агентство YG 30 сентября объявило, что альбом выйдет 2 ноября.", "True,False")]
    [InlineData("en", "aespa will release the album on September 2, SM said.", "False")]
    [InlineData("ru", "Альбом выйдет 2 ноября, сообщило агентство.", "False")]
    // Round 21 (part ar): a release word of an earlier clause is another statement; a day inside a quoted statement is
    // the statement's.
    [InlineData("ru", "Изначально релиз был назначен на 3 ноября, но 30 октября агентство объявило, что откладывает выход песни.", "False,True")]
    [InlineData("en", "\"We had planned to release the video on Dec. 21, but we regret to inform you that it has been changed to Dec. 22,\" JYP Entertainment said in a notice.", "False,False")]
    public void IsAnnouncementDate_DateBeforeAReportingVerb_IsWhenNewsBroke(string lang, string text, string expected)
    {
        var s = Stage.One(lang, text);
        Assert.Equal(expected, string.Join(",", s.Dates.Select(d => ReleaseSignals.IsAnnouncementDate(s, d, Stage.Language(lang)))));
    }

    [Theory]
    [InlineData("en", "SEOUL, June 5 (Yonhap) -- Jimin will release his album on July 19.", "True,False")]
    [InlineData("en", "Seoul, June 5 (Yonhap) -- Jimin will release his album on July 19.", "True,False")]
    [InlineData("ru", "СЕУЛ, 24 января. /ТАСС/.", "True")]
    [InlineData("en", "On June 5, Jimin said he will release his album on July 19.", "False,False")]
    [InlineData("ru", "Чимин, 19 июля выйдет альбом.", "False")]
    // Round 23 (part as): a byline's label dates the page, whatever the site's name says ("Comeback").
    [InlineData("en", "Comeback Calendar · Published Oct. 4, 2025", "True")]
    [InlineData("en", "Posted: March 3, 2024", "True")]
    [InlineData("ru", "Календарь камбэков · Опубликовано 13 ноября 2022", "True")]
    [InlineData("ru", "Дата публикации: 13 ноября 2022", "True")]
    [InlineData("en", "The music video was posted on March 3.", "False")]
    public void IsDateline_WireCopyOpening_IsWhenTheStoryWasFiled(string lang, string text, string expected)
    {
        var s = Stage.Sentences(lang, text)[0];
        Assert.Equal(expected, string.Join(",", s.Dates.Select(d => ReleaseSignals.IsDateline(s, d, Stage.Language(lang)))));
    }

    [Theory]
    [InlineData("SEOUL, June 21 (Yonhap) -- BTS released the album \"Proof\" on Friday.", "BTS album 2024-06-21")]
    [InlineData("SEOUL, June 21 (Yonhap) -- BTS released the album \"Proof\" on Friday, June 14.", "BTS album 2024-06-14")]
    public void Extract_WeekdayAfterADateline_IsNotOverruledByTheDateline(string text, string expected)
    {
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 6, 21), Language.En));
        Assert.Equal(expected, string.Join("; ", found.Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));
    }

    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2022, 3, 1), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    [Theory]
    [InlineData("en", "Stray Kids will release the mini album \"ODDINARY\" on March 18.\nMarch 16 — Album sampler.", "ep 2022-03-18")]
    [InlineData("en", "Stray Kids will release the mini album \"ODDINARY\" on March 18.\nMarch 14 — Album preview.", "ep 2022-03-18")]
    [InlineData("ru", "Stray Kids выпустят мини-альбом «ODDINARY» 18 марта.\n16 марта — сэмплер альбома.", "ep 2022-03-18")]
    public void Extract_ScheduleLineOfAPreviewOrSampler_IsNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "TXT released the EP \"Thursday's Child\" on May 9. The band performs the songs tonight during a comeback show.", "ep 2022-05-09")]
    [InlineData("en", "The comeback show airs on Mnet tomorrow.", "")]
    public void Extract_ComebackShow_IsNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2022, 5, 9), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    [Theory]
    [InlineData("en", "Girls' Generation released its seventh studio album, \"Forever 1,\" a collection of twelve new songs, on February 28 to celebrate the 15th anniversary of its debut.",
        "Girls' Generation album 2022-02-28")]
    [InlineData("ru", "Girls' Generation выпустили седьмой альбом «Forever 1» из двенадцати новых песен 28 февраля в честь 15-й годовщины дебюта.", "Girls' Generation album 2022-02-28")]
    [InlineData("en", "Girls' Generation celebrate the 15th anniversary of their debut with a fan meeting on March 4.", "")]
    public void Extract_EventNamedAsTheReleasesPurpose_DoesNotVetoIt(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2022, 3, 1), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    [Theory]
    [InlineData("en", "Kep1er was originally set to debut on March 14, but the date was pushed back after a staff member tested positive.", "")]
    [InlineData("ru", "Изначально премьера фильма «Кингмейкер» была назначена на 29 марта, однако её отложили из-за новой волны коронавируса.", "")]
    [InlineData("en", "Kep1er was originally set to debut on March 14, but the debut was pushed back to March 28.", "other 2022-03-28")]
    // Round 29 (part ao): "was first slated for" is the plan that did not hold.
    [InlineData("en", "The film \"Innocence\" was first slated for March 5 and pulled as infections spiked.", "")]
    public void Extract_DateAnOriginallyWordAbandons_IsNeverEmitted(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A fan meeting beside a record is not its release, and a pair of its own «X — day» vetoes only its day (a view
    // count: CompanionVideoTests).
    [Theory]
    [InlineData("ru", "Stray Kids представят фанмит «ATE» 9 ноября.", "")]
    [InlineData("ru", "Камбэк Stray Kids с альбомом «ATE» — 5 ноября, фанмит — 9 ноября.", "Stray Kids album 2024-11-05")]
    [InlineData("ru", "Камбэк Stray Kids с альбомом «ATE» — 5 ноября, концерт в Сеуле — 9 ноября.", "Stray Kids album 2024-11-05")]
    // Round 25: an event that opens the clause right before the verb is what comes out («Трек-лист и тизер клипа были
    // опубликованы»; the video a teaser is of is not out), not a work the article told before; an act or a title between,
    // or a work after a colon, is whose.
    [InlineData("ru", "Stray Kids выпустят альбом «ATE» 5 ноября. Трек-лист и тизер клипа были опубликованы 1 и 2 ноября.", "Stray Kids album 2024-11-05")]
    [InlineData("ru", "Stray Kids выпустят альбом «ATE» 5 ноября. Тизер клипа вышел 2 ноября.", "Stray Kids album 2024-11-05")]
    [InlineData("en", "Stray Kids will release the album \"ATE\" on Nov. 5. A new teaser poster released Nov. 2 shows the members in red.", "Stray Kids album 2024-11-05")]
    [InlineData("ru", "На этой неделе настоящий фестиваль: в понедельник вернулись Stray Kids с альбомом «ATE».", "Stray Kids album 2024-10-28")]
    // Round 29 (parts ao, bc, ap): a music show appearance, a preview of the video, a logo motion are events.
    [InlineData("en", "The music show circuit returns at full speed, with Stray Kids set to appear on \"M Countdown\" on Thursday.", "")]
    [InlineData("en", "Stray Kids comeback schedule\n\nNov. 2 - mini preview of the MV with reactions from labelmates", "")]
    [InlineData("ru", "Stray Kids выпустят мини-альбом ATE ровно в полночь\n\nStray Kids официально объявили о камбэке. 30 октября в соцсетях группы появился лого-моушн третьего мини-альбома ATE: логотип в острых буквах.", "")]
    public void Extract_FanMeeting_IsNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    // Round 25: an aside between commas after the act tells of the act, not of the day ("currently serving in the
    // military", "fresh from his tour"); "no releases" on a day releases nothing that day.
    [Theory]
    [InlineData("en", "Friday, the 1st: BTS's V, currently serving in the military, releases \"Winter Ahead.\"", "V single 2024-11-01")]
    [InlineData("en", "On Nov. 1, V, fresh from his tour, releases \"Winter Ahead.\"", "V single 2024-11-01")]
    [InlineData("en", "On Nov. 1, V plays the last night of his tour, and releases \"Winter Ahead\" a week later.", "")]
    [InlineData("en", "V releases \"Winter Ahead\" on Friday, Nov. 1.\n\nMonday to Thursday: no releases on our radar, so catch up on the music shows.",
        "V single 2024-11-01")]
    public void Extract_AsideAboutTheActOrNoReleases_DoesNotDecideTheDay(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 28), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    // Round 25: a tracklist «опубликован» in brackets dates the list; the title track after its colon (here also a
    // catalog act's name) is what it lists, not out that day.
    [Fact]
    public void Extract_TracklistPublishedInBrackets_ListsItsSongsWithoutReleasingThem()
    {
        var found = DateExtractor.Extract(ArticleInput.FromText(
                "Трек-лист (опубликован в полночь 2 ноября): заглавная WIND AND WISH, а также Heaven — всего пять песен.", new DateOnly(2024, 11, 2), Language.Ru),
            new ExtractionCatalog([new("btob", ["BTOB"]), new("wish", ["WISH"])]));
        Assert.Empty(found);
    }
}
