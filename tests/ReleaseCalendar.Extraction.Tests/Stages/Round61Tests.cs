namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 61's rules, from the changed-date set 60i (blind since round 60, read this round) and the fresh blind parts oc
/// and od, moved to development with an abandoned day each. Each rule was switched off once and its rows failed; the
/// rows that say what a rule leaves alone guard its reach and pass either way.
/// </summary>
public sealed class Round61Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU"]),
        KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"]),
        KeyValuePair.Create("itzy", (IReadOnlyList<string>)["ITZY"]),
        KeyValuePair.Create("alchemy-of-souls", (IReadOnlyList<string>)["Alchemy of Souls", "Алхимия душ"]),
        KeyValuePair.Create("split", (IReadOnlyList<string>)["Split", "Сплит"]),
        KeyValuePair.Create("hwasa", (IReadOnlyList<string>)["Hwasa"]),
        KeyValuePair.Create("sunmi", (IReadOnlyList<string>)["Sunmi", "Сонми"]),
        KeyValuePair.Create("zerobaseone", (IReadOnlyList<string>)["ZEROBASEONE"]),
        KeyValuePair.Create("vanishing-time", (IReadOnlyList<string>)["Vanishing Time", "Скрытое время"]),
        KeyValuePair.Create("mickey-17", (IReadOnlyList<string>)["Mickey 17", "Микки 17"]),
        KeyValuePair.Create("marry-you", (IReadOnlyList<string>)["Marry YOU"]),
        KeyValuePair.Create("harbin", (IReadOnlyList<string>)["Harbin", "Харбин"]),
        KeyValuePair.Create("exo", (IReadOnlyList<string>)["EXO"]),
        KeyValuePair.Create("ive", (IReadOnlyList<string>)["IVE"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // From 60i: «сообщило о переносе релиза на 24-е»: a bare «24-е» after «на» in a sentence that moves something is a day
    // (the month of the page), and so is «теперь 23-е» once a day with its month is named.
    [Theory]
    [InlineData("Новый сингл IU выйдет 10 апреля. Агентство сообщило о переносе релиза на 24-е.", "iu single 2023-04-24")]
    [InlineData("Камбэк TWICE сдвинули: вместо 9 апреля теперь 23-е.", "twice other 2023-04-23")]
    // guards: with nothing moved, «на 24-е» and «теперь 23-е место» stay a rank or a decade
    [InlineData("Новый сингл IU выйдет 10 апреля. В чарте он поднялся на 24-е.", "iu single 2023-04-10")]
    [InlineData("Камбэк TWICE 9 апреля, теперь 23-е место в чарте.", "twice other 2023-04-09")]
    public void Extract_BareOrdinalAfterAMove_IsADay(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2023-04-03", text));

    // From 60i: "ITZY's first mini album, tentatively planned for July 22, will be released on July 29": a plan's participle
    // ("planned for", "tentatively set for") leaves its day where a release verb gives another right after it.
    [Theory]
    [InlineData("ITZY's first mini album, tentatively planned for July 22, will be released on July 29.", "itzy ep 2019-07-29")]
    [InlineData("ITZY's first mini album, planned for July 22, will be released on July 29.", "itzy ep 2019-07-29")]
    [InlineData("ITZY's first mini album, tentatively set for July 22, will be released on July 29.", "itzy ep 2019-07-29")]
    // guard: with no other day the plan stands
    [InlineData("ITZY's first mini album, tentatively planned for July 22, will be released with a showcase.", "itzy ep 2019-07-22")]
    public void Extract_PlanParticipleThenReleasedOnAnotherDay_LeavesThePlan(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2019-07-15", text));

    // From 60i: «покажут с 10 декабря, а не с 3-го»: "not" may stand before the preposition of the day it gives up.
    [Theory]
    [InlineData("tvN определился с датой: вторую часть «Алхимии душ» покажут с 10 декабря, а не с 3-го, как сообщалось ранее.", "alchemy-of-souls drama 2022-12-10")]
    [InlineData("tvN определился с датой: вторую часть «Алхимии душ» покажут с 10 декабря, а не со 2 декабря.", "alchemy-of-souls drama 2022-12-10")]
    public void Extract_NotBeforeThePreposition_LeavesTheDay(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2022-11-28", text));

    // From the development corpus: «давно заявленный на 16 ноября, перенесли … на 10-е»: a day a work was announced for is
    // the plan a move leaves, as «запланированный на» is.
    [Theory]
    [InlineData("Фильм «Сплит», давно заявленный на 16 ноября, перенесли на неделю вперёд, на 10-е.", "split film 2016-11-10")]
    [InlineData("Фильм «Сплит», анонсированный на 16 ноября, перенесли на 10 ноября.", "split film 2016-11-10")]
    // guard: an announced day nobody moved stands
    [InlineData("Фильм «Сплит», анонсированный на 16 ноября, выйдет в прокат.", "split film 2016-11-16")]
    public void Extract_AnnouncedForThenMoved_LeavesTheAnnouncedDay(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2016-11-01", text));

    // From 60i: "now out on the 26th instead of the 19th": "instead" after an ordinal leaves it a day.
    [Theory]
    [InlineData("Hwasa fans, update your calendars: her new single is now out on the 26th instead of the 19th.", "hwasa single 2025-03-26")]
    public void Extract_OrdinalBeforeInstead_IsADay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2025-03-10", text));

    // From 60i: «позже, чем ожидалось: новый сингл выйдет 27 августа»: an expectation compared with gives no day of its own,
    // and a colon after a comparison gives what came instead.
    [Theory]
    [InlineData("Новый сингл Сонми выйдет позже, чем ожидалось: 27 августа, хотя агентство изначально заявляло о 20 августа.", "sunmi single 2019-08-27")]
    [InlineData("Сингл Сонми выходит позже, чем ожидалось: выйдет 27 августа.", "sunmi single 2019-08-27")]
    // guard: the day right after a comparison and its comma is the new one already
    [InlineData("Новый сингл Сонми выйдет позже, чем планировалось, — 27 августа.", "sunmi single 2019-08-27")]
    public void Extract_ComparisonWithAnExpectation_LeavesTheNewDay(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2019-08-12", text));

    // From 60i: "ZEROBASEONE's debut album, which had been slated for early July, will now be released on July 10": a
    // relative clause's plan does not reach past the comma and the main clause's future verb.
    [Theory]
    [InlineData("ZEROBASEONE's debut album, which had been slated for early July, will now be released on July 10.", "zerobaseone album 2023-07-10")]
    [InlineData("ZEROBASEONE's debut album, which had been slated for July 3, will now be released on July 10.", "zerobaseone album 2023-07-10")]
    // guard: the plan's own day stays left
    [InlineData("ZEROBASEONE's debut album, which had been slated for July 3, has been pushed back.", "")]
    public void Extract_RelativeClausePlan_StopsAtTheMainVerb(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-06-26", text));

    // From the development corpus: «объявляла премьеру на 10 ноября. Теперь выход сдвинули на шесть дней — на 16-е»: a day
    // a release is moved to, later in the month than the day told just before, is in that day's month (not publication's).
    [Theory]
    [InlineData("Ещё неделю назад Showbox объявляла премьеру фильма «Скрытое время» на 10 ноября. Теперь выход сдвинули на шесть дней — на 16-е.",
                "vanishing-time film 2016-11-16")]
    public void Extract_DayMovedTo_TakesTheMonthToldBefore(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2016-10-26", text));

    // From oc: «одно время он стоял в календаре на 18 апреля 2025 года, но затем студия передвинула фильм на 7 марта»: a day a
    // release "stood at in the calendar" (or the schedule, the grid) is a plan, as «стоял на» is.
    [Theory]
    [InlineData("Warner Bros. двигала релиз «Микки 17»: одно время он стоял в календаре на 18 апреля 2025 года, но затем студия передвинула фильм на 7 марта.",
                "mickey-17 film 2025-03-07")]
    [InlineData("Релиз «Микки 17» значился в графике на 18 апреля, но студия передвинула фильм на 7 марта.", "mickey-17 film 2025-03-07")]
    public void Extract_StoodInTheCalendar_IsThePlan(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2024-12-20", text));

    // From od: "Channel A's "Marry YOU" likewise dropped its Saturday broadcast and will air two episodes back to back on
    // Sunday": a weekday's broadcast dropped is called off, the words that call it off holding the day.
    [Theory]
    [InlineData("Channel A's \"Marry YOU\" likewise dropped its Saturday broadcast and will air two episodes back to back on Sunday.",
                "marry-you episode 2024-12-08")]
    public void Extract_DroppedAWeekdaysBroadcast_CallsItOff(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-12-05", text));

    // From 60i: "will hit theaters on Christmas Eve, one day earlier than the Dec. 25 release date": a holiday on a fixed
    // calendar day, after a day's preposition, is that day.
    [Theory]
    [InlineData("en", "The historical thriller \"Harbin\" will hit theaters on Christmas Eve.", "harbin film 2024-12-24")]
    [InlineData("en", "EXO will release a special single on New Year's Eve.", "exo single 2024-12-31")]
    [InlineData("ru", "Фильм «Харбин» выйдет в прокат в канун Нового года.", "harbin film 2024-12-31")]
    // guards: a holiday that describes a noun, a title, and a holiday the comma after spells out
    [InlineData("en", "The historical thriller \"Harbin\" will hit theaters on Dec. 20, a Christmas Day treat come early.", "harbin film 2024-12-20")]
    [InlineData("en", "EXO will release the single \"Christmas Day\" on Dec. 20.", "exo single 2024-12-20")]
    [InlineData("en", "The historical thriller \"Harbin\" will hit theaters on Christmas Day, Dec. 25.", "harbin film 2024-12-25")]
    [InlineData("en", "The historical thriller \"Harbin\" will hit theaters on Dec. 20, a war story set on Christmas Eve.", "harbin film 2024-12-20")]
    public void Extract_HolidayOnAFixedDay_IsThatDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2024-12-10", text));

    // From the development corpus: «NCT 127 открывают месяц 6-го числа пятым … альбомом» published on 30 September: a day
    // still to come with no month named, earlier in the month than publication, is next month's, not next year's; and
    // «числа» says the ordinal is a day even before a kind word.
    [Theory]
    [InlineData("IVE выпустят 6-го числа пятый альбом «I've Mine».", "ive album 2023-10-06")]
    [InlineData("IVE выпустят альбом «I've Mine» 6-го числа.", "ive album 2023-10-06")]
    // guard: a numbered work after a dated day ("5-й альбом") is no second day
    [InlineData("IVE выпустят 6-го октября 5-й альбом «I've Mine».", "ive album 2023-10-06")]
    public void Extract_DayAheadEarlierInTheMonth_IsNextMonths(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2023-09-30", text));
}
