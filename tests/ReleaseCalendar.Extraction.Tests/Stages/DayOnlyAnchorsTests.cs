namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Issue #9 §1.1: a day without a month takes the month the article is on.</summary>
public sealed class DayOnlyAnchorsTests
{
    static string Read(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    [Theory]
    [InlineData("en", "2024-09-28", "Your October 2024 comeback calendar\n\nLisa releases the single \"Moonlit Floor\" on the 3rd.", "single 2024-10-03")]
    [InlineData("ru", "2024-09-28", "Камбэки октября 2024\n\n3-го числа Лиса выпустит сингл «Moonlit Floor».", "single 2024-10-03")]
    [InlineData("en", "2024-03-01", "March 2024 releases\n\nThe album came out on February 29. V will release a single on the 15th.", "album 2024-02-29; single 2024-03-15")]
    [InlineData("ru", "2024-03-01", "Релизы марта 2024\n\nАльбом вышел 29 февраля. 15-го числа Ви выпустит сингл.", "album 2024-02-29; single 2024-03-15")]
    [InlineData("en", "2024-05-10", "The 16th and last episode aired on Sunday.", "")]
    [InlineData("en", "2023-07-03", "ZEROBASEONE debuts on Monday the 10th with the mini album \"YOUTH IN THE SHADE.\"", "ep 2023-07-10")]
    [InlineData("en", "2024-05-10", "ATEEZ will release the 10th mini album on May 24.", "ep 2024-05-24")]
    [InlineData("ru", "2024-05-10", "ATEEZ выпустят 10-го мая мини-альбом.", "ep 2024-05-10")]
    [InlineData("ru", "2022-08-01", "Камбэки августа\n\n19-го BLACKPINK выпустят сингл «Pink Venom», а альбом ожидается в сентябре.\n\n" +
                                    "22-го IVE вернутся с сингл-альбомом «After Like».", "single 2022-08-19; single 2022-08-22")]
    [InlineData("ru", "2022-08-01", "Камбэки августа\n\nВ сентябре выйдет альбом BORN PINK.\n\n22-го IVE вернутся с сингл-альбомом «After Like».",
        "single 2022-09-22")]
    // Round 16 (part ae): a weekday the page's own day does not fall on picks the first month from publication that has it;
    // a page without a year keeps its day when a year around publication gives that weekday.
    [InlineData("en", "2021-09-13", "Your fall K-drama calendar: what premieres between now and November\n\nFriday the 17th — \"The Veil\" (MBC) premieres.",
        "drama 2021-09-17")]
    [InlineData("en", "2021-09-13", "Your fall K-drama calendar: what premieres between now and November\n\nWednesday the 17th — \"The Veil\" (MBC) premieres.",
        "drama 2021-11-17")]
    [InlineData("en", "2024-01-03", "December K-pop recap\n\nNMIXX released the digital single \"Dream\" on Friday the 29th.", "single 2023-12-29")]
    // Review 17: a recap's past month keeps its day even when the writer slips on the weekday.
    [InlineData("en", "2024-01-03", "December K-pop recap\n\nNMIXX released the digital single \"Dream\" on Thursday the 29th.", "single 2023-12-29")]
    public void Extract_DayWithoutMonth_TakesTheMonthTheArticleIsOn(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("en", "2023-07-18", "NMIXX released the single \"Dream\" on Tuesday, July 11. The following Monday, NCT DREAM drop their album \"ISTJ.\"",
        "single 2023-07-11; album 2023-07-17")]
    [InlineData("en", "2023-07-17", "NMIXX released the single \"Dream\" on Monday, July 10. The following Monday, NCT DREAM drop their album \"ISTJ.\"",
        "single 2023-07-10; album 2023-07-17")]
    [InlineData("en", "2023-07-12", "NMIXX released the single \"Dream\" on Tuesday, July 11. The next day, NCT DREAM dropped their album \"ISTJ.\"",
        "single 2023-07-11; album 2023-07-12")]
    [InlineData("ru", "2023-07-12", "11 июля NMIXX выпустили сингл «Dream». На следующий день NCT DREAM выпустили альбом «ISTJ».",
        "single 2023-07-11; album 2023-07-12")]
    [InlineData("en", "2023-07-10", "MONDAY: NMIXX release the single \"Dream.\"\n\nWEDNESDAY: The following day, NCT DREAM drop their album \"ISTJ.\"",
        "single 2023-07-10; album 2023-07-12")]
    public void Extract_FollowingWeekdayOrNextDay_CountsFromTheReleaseStatedLast(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("en", "2020-11-01", "Comeback calendar: November 2020\n\nMonsta X return on the 2nd with the album \"Fatal Love.\" It is their second release " +
                                    "this year after \"Fantasia X\" in May.\n\nBTS release the album \"BE\" on the 20th.", "album 2020-11-02; album 2020-11-20")]
    [InlineData("en", "2023-12-01", "Comeback calendar: December 2023\n\nIU releases the single \"Love wins all\" in the first week of January, " +
                                    "on the 3rd.", "single 2024-01-03")]
    [InlineData("en", "2023-08-01", "July 2023 in K-pop\n\nBy staff reporter · 2023-08-01\n\nJuly was relentless. NMIXX released the single \"Dream\" on the 11th. " +
                                    "NewJeans released the EP \"Get Up\" on the 21st.", "single 2023-07-11; ep 2023-07-21")]
    public void Extract_MonthFarAheadOfThePageInAnAside_DoesNotTurnIt(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("en", "2019-08-15", "Late August 2019\n\nRed Velvet return with the mini album \"Day 2\" on the 20th. It follows \"Day 1\" from June.\n\n" +
                                    "SUNMI releases the single \"LALALAY\" on the 27th.", "ep 2019-08-20; single 2019-08-27")]
    [InlineData("ru", "2020-04-01", "Камбэки апреля\n\n6-го (G)I-DLE выпускают мини-альбом «I trust». Это первый релиз с февраля.\n\n" +
                                    "13-го Apink выпустят мини-альбом «LOOK».", "ep 2020-04-06; ep 2020-04-13")]
    [InlineData("en", "2022-03-01", "March 2022 comebacks\n\nTREASURE return with the mini album \"JIKJIN\" on the 15th. Teasers have run since late February.\n\n" +
                                    "Red Velvet follow on the 21st with the mini album \"Feel My Rhythm,\" a year after last August's \"Queendom.\"\n\n" +
                                    "NCT DREAM release the album \"Glitch Mode\" on the 28th.", "ep 2022-03-15; ep 2022-03-21; album 2022-03-28")]
    public void Extract_MonthLookedBackTo_DoesNotTurnTheCalendarsPage(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("ru", "2019-02-01", "Дорамы февраля\n\n6-го числа на tvN стартует ромком «Прикоснись к сердцу».", "drama 2019-02-06")]
    [InlineData("ru", "2023-08-01", "Дорамы августа\n\nА 23-го на JTBC начнётся фэнтези-ромком «Судьба с тобой».", "drama 2023-08-23")]
    [InlineData("ru", "2019-02-01", "Дорамы февраля\n\n6-го в 21:30 на tvN стартует ромком «Прикоснись к сердцу».", "drama 2019-02-06")]
    [InlineData("en", "2019-02-01", "February dramas\n\nOn the 6th on tvN, \"Touch Your Heart\" premieres.", "drama 2019-02-06")]
    [InlineData("en", "2019-02-01", "February dramas\n\nOn the 6th at 9 p.m., \"Touch Your Heart\" premieres on tvN.", "drama 2019-02-06")]
    [InlineData("ru", "2019-02-01", "Сериал вышел к 5-го сезона на tvN.", "")]
    [InlineData("en", "2024-05-20", "NewJeans will release \"Supernatural,\" the 25th at the label.", "")]
    [InlineData("en", "2019-02-01", "February dramas\n\nOn the 6th on Netflix, \"Kingdom\" premieres.", "drama 2019-02-06")]
    [InlineData("en", "2024-06-10", "In June, TWICE came in the 5th on Billboard with the mini album \"With YOU-th.\"", "")]
    [InlineData("ru", "2019-03-01", "Дорамы марта\n\nСРЕДА, 20-е: на KBS2 стартует дорама «Доктор-заключённый».", "drama 2019-03-20")]
    [InlineData("ru", "2019-03-01", "Дорамы марта\n\nВ среду, 20-е, на KBS2 стартует дорама «Доктор-заключённый».", "drama 2019-03-20")]
    [InlineData("en", "2019-03-01", "March dramas\n\nOn Saturday 23rd, KBS2 premieres the drama \"Doctor Prisoner.\"", "drama 2019-03-23")]
    public void Extract_DayFollowedByAChannelOrAnHour_IsADay(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    // Round 21 (part w): a schedule line opened by a short weekday and a bare day ("Wed 3 --", «Ср 3 —») dates its entry;
    // the short weekday alone, or before an hour or a count, is no day ("sat 3 hours", "Fri 9:00").
    [Theory]
    [InlineData("en", "2022-08-01", "K-drama week ahead, Aug. 1-7\n\nWed 3 -- \"Extraordinary Attorney Woo,\" episode 11 (ENA, 9 p.m.).", "episode 2022-08-03")]
    [InlineData("en", "2022-08-01", "K-drama week ahead, Aug. 1-7\n\nSat 6: \"Big Mouth\" premieres on MBC.", "drama 2022-08-06")]
    [InlineData("ru", "2022-08-01", "Дорамы недели, 1–7 августа\n\nСр 3 — на MBC стартует дорама «Большой рот».", "drama 2022-08-03")]
    [InlineData("en", "2022-08-01", "K-drama week ahead, Aug. 1-7\n\nFans sat 3 hours before \"Big Mouth\" premiered on MBC.", "")]
    [InlineData("en", "2022-08-01", "K-drama week ahead, Aug. 1-7\n\nFri 9:00 -- \"Big Mouth\" premieres on MBC.", "")]
    public void Extract_ShortWeekdayAndBareDay_DatesAScheduleLine(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    // Round 37 (part ca): a calendar line opened by an ordinal day in Russian too («17-е - Stray Kids»), with a short
    // weekday in brackets («1-е (пн) -»), or by a bare day before a dash ("12 — PENTAGON"); not a ranked list, nor a bare
    // number before a colon or inside a sentence.
    [Theory]
    [InlineData("ru", "2020-05-31", "Календарь камбэков: июнь 2020\n\n17-е - Stray Kids, первый полноформатный альбом «GO生».", "album 2020-06-17")]
    [InlineData("ru", "2020-05-31", "Календарь камбэков: июнь 2020\n\n1-е (пн) - TWICE, мини-альбом «MORE & MORE».", "ep 2020-06-01")]
    [InlineData("en", "2020-10-01", "October 2020 comeback calendar\n\n19 — SEVENTEEN releases the special album \"; [Semicolon].\"", "album 2020-10-19")]
    [InlineData("en", "2020-10-01", "October 2020 comeback calendar\n\n19: SEVENTEEN releases the special album \"; [Semicolon].\"", "")]
    [InlineData("en", "2020-10-01", "Top albums of October\n\n1 — SEVENTEEN releases the special album \"; [Semicolon].\"\n2 — TWICE releases the album \"Eyes Wide Open.\"", "")]
    public void Extract_CalendarLineOpenedByItsDay_DatesItsEntry(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("ru", "2020-11-01", "Ноябрь в K-pop\n\nГлавное событие месяца — 20-е число: BTS представят альбом BE.", "album 2020-11-20")]
    [InlineData("ru", "2020-11-01", "Ноябрь в K-pop\n\nВ 20-е годы BTS представят альбом BE.", "")]
    public void Extract_DayNamedInTheNominative_IsADay(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("ru", "2020-06-01", "Июнь 2020\n\n19-го BTS выпустят японский сингл «Stay Gold» — анонс тура, который стартует 15 июля.\n\n" +
                                    "22-го SEVENTEEN представят мини-альбом «Heng:garæ».", "single 2020-06-19; ep 2020-06-22")]
    [InlineData("en", "2020-06-01", "June 2020\n\nOn the 19th BTS release the Japanese single \"Stay Gold,\" ahead of a tour that starts on July 15.\n\n" +
                                    "SEVENTEEN release the mini album \"Heng:garæ\" on the 22nd.", "single 2020-06-19; ep 2020-06-22")]
    [InlineData("ru", "2020-06-01", "Июнь 2020\n\nТур стартует 15 июля.\n\n22-го SEVENTEEN представят мини-альбом «Heng:garæ».", "ep 2020-07-22")]
    public void Extract_FullDateAfterTheSentencesOwnDay_DoesNotTurnThePage(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("en", "2021-12-30", "January 2022 K-pop comeback calendar\n\nPublished 2021-12-30\n\nENHYPEN return on the 10th with the album \"Dimension: Answer.\"",
        "album 2022-01-10")]
    [InlineData("en", "2024-05-28", "Comebacks this week\n\nJune 3\nNMIXX release the single \"Fe3O4: BREAK\" at 6 p.m.\n\n" +
                                    "On the 5th, ITZY return with the mini album \"Born to Be.\"", "single 2024-06-03; ep 2024-06-05")]
    [InlineData("ru", "2021-12-30", "Календарь камбэков на январь 2022\n\n30 декабря 2021\n\n10-го ENHYPEN выпустят альбом «Dimension: Answer».",
        "album 2022-01-10")]
    [InlineData("en", "2021-12-30", "January 2022 K-pop comeback calendar\n\nKep1er debut on the 3rd with the EP \"First Impact.\" The group was originally set " +
                                    "to debut on December 14.\n\nENHYPEN return on the 10th with the album \"Dimension: Answer.\"", "ep 2022-01-03; album 2022-01-10")]
    [InlineData("en", "2021-11-28", "Your guide to December 2021\n\nPosted by admin 2021-11-28\n\nStray Kids release the single \"Christmas EveL\" tomorrow, the 29th.\n\n" +
                                    "IVE debut with the single \"ELEVEN\" on the 1st.", "single 2021-11-29; single 2021-12-01")]
    [InlineData("ru", "2020-04-24", "Календарь камбэков: конец апреля и май 2020\n\nАвтор: редакция · 2020-04-24\n\n27-го OH MY GIRL выпускают мини-альбом «NONSTOP».",
        "ep 2020-04-27")]
    [InlineData("en", "2022-02-11", "February 2022 comeback calendar\n\nJanuary brought rookies and February brings big returns.\n\n" +
                                    "On Monday the 21st, STAYC return with their second EP, \"YOUNG-LUV.COM.\"", "ep 2022-02-21")]
    // Round 25: a weekday that does not fit the page's day in the coming year (Dec. 30, 2024 is a Monday) sends the day to
    // the month from publication on where it does, not to a year around publication where the page's day had it (2023).
    [InlineData("en", "2024-11-25", "This week: V's winter duet (Nov. 25-Dec. 1)\n\nSaturday, the 30th: JTBC premieres \"The Tale of Lady Ok\" at 10:30 p.m.",
        "drama 2024-11-30")]
    [InlineData("ru", "2024-04-01", "Календарь дорам\n\nИ одна премьера уехала в май.\n\n▪️ 8-го, понедельник — «Прекрасный бегун» (tvN, 20:50).", "drama 2024-04-08")]
    [InlineData("en", "2024-11-25", "This week (Nov. 25-Dec. 1)\n\nSunday, the 1st: JTBC premieres \"The Tale of Lady Ok\" at 10:30 p.m.", "drama 2024-12-01")]
    public void Extract_BylineMovedDayOrTodaysMonth_SetTheCalendarsPageRight(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("en", "2019-08-15", "The following Tuesday, the 27th, is even busier. SUNMI returns with the digital single \"LALALAY,\" her first since this spring.",
        "single 2019-08-27")]
    [InlineData("en", "2019-08-15", "The 27th is even busier. SUNMI returns later this year with a digital single.", "")]
    public void Extract_DayNamedWithItsWeekday_HeadsTheNextSentence(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));
}
