namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 43's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round43Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("monsta-x", (IReadOnlyList<string>)["MONSTA X", "Монста Икс"]),
        KeyValuePair.Create("connect", (IReadOnlyList<string>)["CONNECT"]),
        KeyValuePair.Create("stayc", (IReadOnlyList<string>)["STAYC"]),
        KeyValuePair.Create("rm", (IReadOnlyList<string>)["RM"]),
        KeyValuePair.Create("mr-sunshine", (IReadOnlyList<string>)["Mr. Sunshine", "Мистер Саншайн"]),
        KeyValuePair.Create("nine-room", (IReadOnlyList<string>)["Nine Room", "Девятая комната"]),
        KeyValuePair.Create("the-tale-of-lady-ok", (IReadOnlyList<string>)["The Tale of Lady Ok", "Сказание о госпоже Ок"]),
        KeyValuePair.Create("money-flower", (IReadOnlyList<string>)["Money Flower", "Денежный цветок"]),
        KeyValuePair.Create("bravo-my-life", (IReadOnlyList<string>)["Bravo My Life", "Браво, моя жизнь"]),
        KeyValuePair.Create("block-b", (IReadOnlyList<string>)["Block B"]),
        KeyValuePair.Create("exo", (IReadOnlyList<string>)["EXO"]),
        KeyValuePair.Create("jo-yuri", (IReadOnlyList<string>)["Jo Yuri"]),
        KeyValuePair.Create("akmu", (IReadOnlyList<string>)["AKMU"]),
        KeyValuePair.Create("jun", (IReadOnlyList<string>)["Jun"]),
        KeyValuePair.Create("kingdom", (IReadOnlyList<string>)["Kingdom: Ashin of the North"]),
        KeyValuePair.Create("escape-from-mogadishu", (IReadOnlyList<string>)["Escape from Mogadishu"]),
        KeyValuePair.Create("lena-park", (IReadOnlyList<string>)["Lena Park"]),
        KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"]),
        KeyValuePair.Create("nature", (IReadOnlyList<string>)["NATURE"]),
        KeyValuePair.Create("money-flower-2", (IReadOnlyList<string>)["Великий соблазнитель"]),
        KeyValuePair.Create("bigbang", (IReadOnlyList<string>)["BIGBANG"]),
    ]);

    static string RunHtml(string published, string html) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromHtml(html, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd} {c.Title}")
            .Order(StringComparer.Ordinal));

    static string Run(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd} {c.Title}")
            .Order(StringComparer.Ordinal));

    static string Days(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")
            .Order(StringComparer.Ordinal));

    static string Body(string html) => DateExtractor.BodyText(ArticleInput.FromHtml(html, new DateOnly(2024, 5, 1), Language.En));

    static string Page(string paragraphs) =>
        $"<html><body><header><nav>Home | News | Music</nav></header><article><h1>Comeback news</h1>{paragraphs}</article><footer>© Site</footer></body></html>";

    // English news sets a work's title in italics where Russian news quotes it: the italic is the title, so a word of it
    // the catalog knows as an act ("CONNECT") is no performer.
    [Fact]
    public void Extract_ItalicTitle_IsTheReleasesTitle_NotAnAct() =>
        Assert.Equal("monsta-x ep 2018-03-26 THE CONNECT : DEJAVU",
            RunHtml("2018-03-19", Page("<p>MONSTA X are back next Monday, March 26, with their sixth mini album, <em>THE CONNECT : DEJAVU</em>.</p>")));

    [Theory]
    [InlineData("<p>STAYC will release their first full-length album, <i>Metamorphic</i>, next Monday.</p>", "“Metamorphic”")]
    [InlineData("<p>The film is based on <cite>The Little Prince</cite> and opens in May.</p>", "“The Little Prince”")]
    [InlineData("<p>tvN's new drama <em>Queen In Hyun's Man</em> kicks off tomorrow.</p>", "“Queen In Hyun's Man”")]
    public void Body_CapitalisedItalicOfATitlesLength_IsQuoted(string paragraph, string quoted) =>
        Assert.Contains(quoted, Body(Page(paragraph)), StringComparison.Ordinal);

    // Emphasis ("back <em>tomorrow</em>"), an italic the writer quoted already, one longer than a title, and a whole
    // paragraph set in italics (a caption, a lead) stay as they are.
    [Theory]
    [InlineData("<p>NU'EST are back <em>tomorrow</em> with their eighth mini album \"The Nocturne\".</p>", "back tomorrow with")]
    [InlineData("<p>STAYC will release \"<em>Metamorphic</em>\" next Monday.</p>", "release \"Metamorphic\" next")]
    [InlineData("<p>The agency said: <em>We Are Deeply Sorry For The Delay And Thank Every Fan Who Waited So Long For This Album</em>.</p>",
                "said: We Are Deeply")]
    [InlineData("<p>Lead paragraph.</p><p><em>Photo: High Up Entertainment</em></p>", "\nPhoto: High Up Entertainment")]
    public void Body_OtherItalics_StayUnquoted(string paragraph, string kept) =>
        Assert.Contains(kept, Body(Page(paragraph)), StringComparison.Ordinal);

    // "told "Variety"", "in an interview with Rolling Stone", «в интервью Rolling Stone»: the outlet whose words the report
    // gives is neither the release's title nor its performer.
    [Theory]
    [InlineData("en", "In an interview with “Rolling Stone”, RM said his second solo album will be out May 24.")]
    [InlineData("en", "According to “The Korea Herald”, RM's album drops on May 24.")]
    [InlineData("en", "In an interview with Rolling Stone, RM said his second solo album will be out May 24.")]
    [InlineData("ru", "В интервью Rolling Stone RM рассказал, что альбом выйдет 24 мая.")]
    [InlineData("ru", "RM рассказал журналу «Rolling Stone», что новый альбом выйдет 24 мая.")]
    [InlineData("ru", "По данным Sports Seoul, альбом RM выйдет 24 мая.")]
    [InlineData("ru", "По данным «Sports Seoul», RM выпустит альбом 24 мая.")]
    [InlineData("ru", "RM рассказал изданию Rolling Stone, что альбом выйдет 24 мая.")]
    [InlineData("ru", "Альбом RM выйдет 24 мая, сообщает Star News.")]
    [InlineData("ru", "Альбом RM выйдет 24 мая, пишет «Star News».")]
    public void Extract_OutletTheReportQuotes_IsNeitherTitleNorPerformer(string lang, string text) =>
        Assert.Equal("rm album 2024-05-24 ", Run(lang, "2024-05-01", text));

    // The performer quoted is still the performer, and a title after the outlet is still the title.
    [Theory]
    [InlineData("According to RM, the album “Right Place, Wrong Person” arrives May 24.")]
    [InlineData("RM told “Variety” that his album “Right Place, Wrong Person” arrives May 24.")]
    public void Extract_ThePerformerQuoted_KeepsRelease(string text) =>
        Assert.Equal("rm album 2024-05-24 Right Place, Wrong Person", Run("en", "2024-05-01", text));

    // «Сначала о «Мистере Саншайне». … Заключительные серии выйдут 29 и 30 сентября.»: a paragraph that opens on one show is
    // about it; its untitled episodes are that show's, not the headline's.
    [Theory]
    [InlineData("ru", "Премьеру «Девятой комнаты» перенесли\n\nСначала о «Мистере Саншайне». Историческая драма пропустит эфиры 22 и 23 сентября. " +
                      "Заключительные 23-я и 24-я серии выйдут 29 и 30 сентября.")]
    [InlineData("en", "\"Nine Room\" pushed back a week\n\nFirst, \"Mr. Sunshine\". The period drama skips Sept. 22 and 23. " +
                      "The final two episodes air on Sept. 29 and 30.")]
    public void Extract_ParagraphOpeningOnAShow_OwnsItsUntitledEpisodes(string lang, string text) =>
        Assert.Equal("mr-sunshine episode 2018-09-29; mr-sunshine episode 2018-09-30", Days(lang, "2018-09-15", text));

    // «Первую серию обещали 29 сентября, теперь она выйдет 6 октября», "was set for September 29, now it will air on
    // October 6": a promised day is a plan, and "now" after a break contrasts it with the new day as "but" does.
    [Theory]
    [InlineData("ru", "Премьера «Девятой комнаты» перенесена\n\nПремьеру «Девятой комнаты» обещали 29 сентября, теперь она выйдет 6 октября.")]
    [InlineData("ru", "Премьера «Девятой комнаты» перенесена\n\nПремьеру «Девятой комнаты» намечали на 29 сентября, теперь она выйдет 6 октября.")]
    [InlineData("en", "Nine Room delayed\n\nThe premiere of \"Nine Room\" was set for September 29, now it will air on October 6.")]
    public void Extract_PlanThenNow_LeavesThePlannedDay(string lang, string text) =>
        Assert.Equal("nine-room drama 2018-10-06", Days(lang, "2018-09-15", text));

    // A day left behind by a sentence that names no show («Первую серию обещали 29 сентября, теперь …», about «Девятая
    // комната», named the sentence before) is that show's: another show's episode on the same day stays.
    [Fact]
    public void Extract_DayLeftBehindForOneShow_KeepsAnotherShowsEpisodeThatDay() =>
        Assert.Contains("mr-sunshine episode 2018-09-29",
            Days("ru", "2018-09-15", "Премьеру «Девятой комнаты» перенесли\n\nСначала о «Мистере Саншайне». Заключительные 23-я и 24-я серии выйдут 29 и 30 сентября.\n\n" +
                                     "Из-за этого сдвинулась и премьера «Девятой комнаты». Первую серию обещали 29 сентября, теперь она выйдет 6 октября."));

    // «Третьей серии «Сказания о госпоже Ок» сегодня НЕ будет»: the episode and its show before the day, "there will be none"
    // after it, leave the day; the reason the move gives («из-за экстренных новостных выпусков») is not what moves, so the
    // new day stands.
    [Fact]
    public void Extract_EpisodeThatWillNotBeToday_MovesToTheNewDay() =>
        Assert.Equal("the-tale-of-lady-ok episode 2024-12-08",
            Days("ru", "2024-12-07", "❗ Перенос ❗\n\nТретьей серии «Сказания о госпоже Ок» сегодня НЕ будет.\n\n" +
                                     "JTBC сообщил, что из-за экстренных новостных выпусков эпизод переносится на завтра, воскресенье 8 декабря."));

    [Theory]
    [InlineData("ru", "Премьера «Девятой комнаты» перенесена\n\nИз-за трансляции церемонии награждения премьеру «Девятой комнаты» перенесли на 6 октября.")]
    [InlineData("en", "Nine Room delayed\n\nThe premiere of \"Nine Room\" has been pushed back to October 6 due to the awards ceremony broadcast.")]
    [InlineData("en", "Nine Room delayed\n\nThe premiere of \"Nine Room\" has been pushed back to October 6 due to live coverage of the Asian Games.")]
    public void Extract_EventNamedAsTheReason_DoesNotHideTheMove(string lang, string text) =>
        Assert.Equal("nine-room drama 2018-10-06", Days(lang, "2018-09-15", text));

    // "where the releases stand as of Friday evening", «по состоянию на пятницу»: the day a report holds for is no release.
    [Theory]
    [InlineData("en", "Block B's single \"Jackpot\" is postponed\n\nHere is where Block B's single stands as of Friday evening.")]
    [InlineData("ru", "Сингл Block B «Jackpot» отложен\n\nВот что известно о сингле Block B по состоянию на пятницу.")]
    [InlineData("ru", "Релизы недели\n\nПо состоянию на 18 апреля сингл Block B «Jackpot» выходит в эфир музыкальных шоу.")]
    [InlineData("ru", "Релизы недели\n\nСписок релизов на момент 18 апреля: Block B выпускают сингл «Jackpot».")]
    public void Extract_DayAReportHoldsFor_IsNoRelease(string lang, string text) =>
        Assert.Equal("", Days(lang, "2014-04-16", text));

    // «… в субботу выходят сразу по две серии, но в этот раз эфир займут трансляции церемоний»: "but this time", with no day
    // or title of its own, leaves the usual day; "but this time it airs on Sunday" gives the day instead.
    [Fact]
    public void Extract_ButThisTime_LeavesTheUsualDay() =>
        Assert.Equal("",
            Days("ru", "2017-12-30", "Новогодняя пауза\n\n«Денежный цветок» (MBC) и «Браво, моя жизнь» (SBS) в субботу выходят сразу по две серии, " +
                                     "но в этот раз эфир займут прямые трансляции MBC Drama Awards и SBS Entertainment Awards."));

    [Fact]
    public void Extract_ButThisTimeWithADay_KeepsThatDay() =>
        Assert.Contains("bravo-my-life episode 2017-12-31",
            Days("ru", "2017-12-29", "Новогодняя пауза\n\n«Браво, моя жизнь» обычно выходит по субботам, но в этот раз серия выйдет в воскресенье, 31 декабря."));

    // "the single album "GLASSY," originally planned for September 30, will now be released on October 7": "originally"
    // says the plan changed, as it does alone (a bare "planned for" needs "instead").
    [Fact]
    public void Extract_OriginallyPlannedFor_IsLeftBehind() =>
        Assert.Equal("jo-yuri single 2021-10-07",
            Days("en", "2021-09-27", "Jo Yuri's solo debut pushed back a week\n\nWAKEONE Entertainment announced that the single album \"GLASSY,\" " +
                                     "originally planned for September 30, will now be released on October 7 at 6 PM KST."));

    // A calendar's days without a month stay on its month: "Jun" opening "Jun Ji-hyun" names an actress, and "since
    // finishing military service in January" looks back; neither turns the page.
    [Fact]
    public void Extract_MonthWordsInANameOrALookBack_DoNotTurnTheCalendarsPage() =>
        Assert.Equal("akmu album 2021-07-26; escape-from-mogadishu film 2021-07-28",
            Days("en", "2021-07-19", "Your K-entertainment week: July 19–28\n\nFRIDAY (23rd)\n\"Kingdom: Ashin of the North\" — Netflix's special " +
                                     "episode, with Jun Ji-hyun as Ashin.\n\nMONDAY (26th)\nAKMU — collaboration album \"NEXT EPISODE\" at 6 p.m. KST. " +
                                     "It's their first album since finishing their tour in January.\n\nWEDNESDAY (28th)\n\"Escape from Mogadishu\" opens in cinemas."));

    // "whose EP "Syncrofusion" was slated for Friday, said a new date was still under discussion", "was also meant for
    // thursday the 21st -- it's moving one day, to friday the 22nd": a plan told in the past in a sentence that moves it.
    [Theory]
    [InlineData("2014-04-16", "Comebacks postponed\n\nLena Park, whose EP \"Syncrofusion\" was slated for Friday, said a new date was still under discussion.", "")]
    [InlineData("2017-12-19", "schedule updates today, thread:\n\n2) JYP: TWICE's \"Merry & Happy\" music video was also meant for thursday the 21st -- " +
                              "it's moving one day, to friday the 22nd. the repackage album itself already came out last week.", "twice mv 2017-12-22")]
    public void Extract_PastPlanInASentenceThatMovesIt_IsLeftBehind(string published, string text, string expected) =>
        Assert.Equal(expected, Days("en", published, text));

    // A plan kept: "was scheduled for May 5" with nothing moved stays the day.
    [Fact]
    public void Extract_PastPlanWithNoMove_StaysTheDay() =>
        Assert.Equal("twice ep 2017-05-15", Days("en", "2017-05-01", "TWICE return\n\nTWICE's mini album \"Signal\" was scheduled for May 15, the agency said."));

    // «В декабре MBC называла датой возвращения 5 марта, теперь показ возобновится 12 марта»: a day named then is a plan.
    [Fact]
    public void Extract_DayNamedThenAndNow_LeavesTheOldDay() =>
        Assert.Equal("money-flower-2 drama 2018-03-12",
            Days("ru", "2018-02-01", "MBC уходит на паузу\n\nПремьера «Великого соблазнителя»: в декабре MBC называла датой премьеры 5 марта, теперь показ начнётся 12 марта."));

    // "Wed 2 — NATURE, "CODE W": moved to Sunday the 6th": a calendar entry's note after a colon moves it, as one in brackets does.
    [Fact]
    public void Extract_CalendarEntryMovedInANoteAfterAColon_LeavesItsDay() =>
        Assert.Equal("nature album 2022-11-06",
            Days("en", "2022-11-03", "Mourning week: the K-pop releases that were moved\n\nThis is how this week's release calendar looks now.\n\n" +
                                     "Tue 1 — DRIPPIN, album \"Villain: The End\": postponed with its showcase\n\n" +
                                     "Wed 2 — NATURE, \"NATURE WORLD: CODE W\": moved to Sunday the 6th. Apink's Jung Eun-ji, remake album \"Log\": postponed\n\n" +
                                     "Sun 6 — NATURE \"CODE W\" (new date)"));

    // «Все синглы MADE выходили строго 1-го: «M» в мае, «A» в июне, «D» в июле»: a day of several months is no one day.
    [Fact]
    public void Extract_DayOfSeveralMonths_IsNoDay() =>
        Assert.Equal("bigbang single 2015-08-05",
            Days("ru", "2015-07-24", "⚡️ BIGBANG: август без «первого числа»\n\nВсе синглы проекта MADE выходили строго 1-го: «M» в мае, «A» в июне, «D» в июле. " +
                                     "А вот заключительный сингл BIGBANG «E» выйдет 5 августа."));
}
