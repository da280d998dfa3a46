namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 41's rules, read off development articles and the two blind parts (ct, cu) that moved to development because
/// each emitted an abandoned day. Each row fails with its rule switched off.
/// </summary>
public sealed class Round41Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("itzy", (IReadOnlyList<string>)["ITZY"]),
        KeyValuePair.Create("2pm", (IReadOnlyList<string>)["2PM"]),
        KeyValuePair.Create("taeyong", (IReadOnlyList<string>)["Taeyong", "TAEYONG"]),
        KeyValuePair.Create("live", (IReadOnlyList<string>)["Live", "LIVE"]),
        KeyValuePair.Create("riize", (IReadOnlyList<string>)["RIIZE"]),
        KeyValuePair.Create("love-marriage-divorce-2", (IReadOnlyList<string>)["Love (ft. Marriage and Divorce) 2", "Love (ft. Marriage and Divorce)"]),
        KeyValuePair.Create("legend-of-the-blue-sea", (IReadOnlyList<string>)["Легенда синего моря", "Legend of the Blue Sea"]),
        KeyValuePair.Create("decision-to-leave", (IReadOnlyList<string>)["Decision to Leave"]),
        KeyValuePair.Create("emergency-declaration", (IReadOnlyList<string>)["Emergency Declaration"]),
        KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"]),
        KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"]),
        KeyValuePair.Create("got7", (IReadOnlyList<string>)["GOT7"]),
        KeyValuePair.Create("when-life-gives-you-tangerines", (IReadOnlyList<string>)["When Life Gives You Tangerines"]),
        KeyValuePair.Create("secret", (IReadOnlyList<string>)["Secret"]),
        KeyValuePair.Create("nct-127", (IReadOnlyList<string>)["NCT 127"]),
        KeyValuePair.Create("athena", (IReadOnlyList<string>)["Athena: Goddess of War"]),
        KeyValuePair.Create("queen-of-reversals", (IReadOnlyList<string>)["Queen of Reversals"]),
        KeyValuePair.Create("the-last-empress", (IReadOnlyList<string>)["The Last Empress"]),
        KeyValuePair.Create("mr-queen", (IReadOnlyList<string>)["Мистер Королева", "Mr. Queen"]),
        KeyValuePair.Create("run-on", (IReadOnlyList<string>)["Беги", "Run On"]),
        KeyValuePair.Create("blackpink", (IReadOnlyList<string>)["BLACKPINK"]),
        KeyValuePair.Create("kingdom", (IReadOnlyList<string>)["Королевство", "Kingdom"]),
        KeyValuePair.Create("dear-m", (IReadOnlyList<string>)["Dear.M"]),
        KeyValuePair.Create("xdinary-heroes", (IReadOnlyList<string>)["Xdinary Heroes"]),
        KeyValuePair.Create("jung-eun-ji", (IReadOnlyList<string>)["Jung Eun-ji", "Чон Ынджи"]),
        KeyValuePair.Create("chungha", (IReadOnlyList<string>)["Chungha", "Чонха", "Чонхи"]),
        KeyValuePair.Create("alice", (IReadOnlyList<string>)["ALICE"]),
        KeyValuePair.Create("dreamcatcher", (IReadOnlyList<string>)["Dreamcatcher"]),
        KeyValuePair.Create("irene-seulgi", (IReadOnlyList<string>)["Irene & Seulgi", "Ирэн и Сыльги"]),
        KeyValuePair.Create("the-crowned-clown", (IReadOnlyList<string>)["Коронованный шут", "The Crowned Clown"]),
    ]);

    static string Run(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}{(c.Time is { } t ? $" {t:HH:mm}" : "")}")
            .Order(StringComparer.Ordinal));

    // "so the plan is: 6PM stream the album": a glued hour the catalog does not know as a name is the hour, not an act
    // called "PM"; "2PM", which it knows, stays the band.
    [Theory]
    [InlineData("en", "2022-11-30", "🚨 ITZY UPDATE 🚨\nthe album is NOT delayed btw!! the 6th mini CHESHIRE still hits all streaming platforms today at 6PM KST as planned\nso the plan is: 6PM stream the album ➡️ 8PM mv premiere on youtube ➡️ scream",
                "itzy ep 2022-11-30 18:00; itzy mv 2022-11-30 18:00")]
    [InlineData("en", "2022-11-30", "2PM return today with the mini album \"MUST\" at 6 p.m.", "2pm ep 2022-11-30 18:00")]
    public void Extract_GluedHourTheCatalogDoesNotKnow_IsATime(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Run(lang, published, text));

    // "06.27 (Mon) 7PM: 'SHALALA' Countdown Live": a countdown broadcast is an event, not a release (nor is "Live" the drama).
    [Fact]
    public void Extract_CountdownLive_IsAnEvent() =>
        Assert.Equal("taeyong ep 2022-06-27 18:00; taeyong mv 2022-06-27 18:00",
            Run("en", "2022-06-13", "NCT's TAEYONG — 1st mini album 'SHALALA' schedule\n06.26 (Sun): Album preview\n06.27 (Mon) 6PM: SHALALA mini album & 'SHALALA' MV release\n06.27 (Mon) 7PM: 'SHALALA' Countdown Live"));

    // "Love (ft. Marriage and Divorce) 2" is a title whose brackets are its own: the catalog does not shorten it to "Love",
    // so «сингл Love 119» is RIIZE's single, not the drama.
    [Fact]
    public void Extract_CatalogAliasWithAFeaturingBracket_KeepsIt() =>
        Assert.Equal("riize single 2024-01-05",
            Run("ru", "2023-12-29", "RIIZE откроют 2024 год синглом Love 119\nУ RIIZE — новогодний релиз! SM Entertainment объявило, что 5 января выйдет цифровой сингл Love 119."));

    // «станет «Легенда синего моря» на SBS с Чон Джи Хён и Ли Мин Хо, которая тоже стартует сегодня»: a relative clause
    // starts the title it is about, with its channel and cast between; "which opened on June 29" of a film still in
    // cinemas starts nothing.
    [Theory]
    [InlineData("ru", "2016-11-16", "Дорама выходит по средам и четвергам. Главным конкурентом в том же слоте станет «Легенда синего моря» на SBS с Чон Джи Хён и Ли Мин Хо, которая тоже стартует сегодня.",
                "legend-of-the-blue-sea drama 2016-11-16")]
    [InlineData("en", "2022-07-11", "Summer box office guide\nHan Jae-rim's thriller \"Emergency Declaration\" follows on Aug. 3.\nPark Chan-wook's \"Decision to Leave,\" which opened on June 29, is still holding on to screens as the newcomers arrive.",
                "emergency-declaration film 2022-08-03")]
    public void Extract_RelativeClauseStartingATitle_IsItsRelease(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Run(lang, published, text));

    // "3/10 6PM KST — READY TO BE album + MV release": a month and day in figures open a schedule line with its hour
    // between them and the dash.
    [Theory]
    [InlineData("en", "TWICE comeback schedule\n3/6 — concept photos\n3/10 6PM KST — READY TO BE album + MV release",
                "twice album 2023-03-10 18:00; twice mv 2023-03-10 18:00")]
    [InlineData("ru", "Расписание камбэка TWICE\n06.03 — концепт-фото\n10.03 18:00 — альбом и клип", "twice album 2023-03-10 18:00; twice mv 2023-03-10 18:00")]
    public void Extract_NumericDayWithAnHourOpeningAScheduleLine_DatesIt(string lang, string text, string expected) =>
        Assert.Equal(expected, Run(lang, "2023-03-01", text));

    // "May 2 — The album and the "Fire" music video are released": a present passive, so the coming May 2, not last year's.
    [Fact]
    public void Extract_AreReleased_IsPresentTense() =>
        Assert.Equal("bts album 2016-05-02; bts mv 2016-05-02",
            Run("en", "2016-04-27", "BTS 'Young Forever': the full comeback roadmap\nMay 2 — The album and the \"Fire\" music video are released."));

    // "Sept. 28, 11:30 p.m. — Live comeback countdown": a title-case catalog name that is also a common word ("Live", a
    // drama) counts at a dash's start only when the article names it elsewhere too; the countdown is an event.
    [Theory]
    [InlineData("GOT7 'MAD' comeback schedule\nSept. 28, 11:30 p.m. — Live comeback countdown on Naver's V app.\nSept. 29, midnight KST — \"MAD\" and the \"If You Do\" music video are released online.",
                "got7 mv 2015-09-29 00:00")]
    [InlineData("GOT7 'MAD' schedule\nSept. 29 — Live: \"MAD\" and the \"If You Do\" music video are released.", "got7 mv 2015-09-29")]
    public void Extract_CommonWordAliasAtALinesStart_IsAWord(string text, string expected) =>
        Assert.Equal(expected, Run("en", "2015-09-24", text));

    // "released in four "acts" of four episodes each": one lower-case word in quotes after a count is no title.
    [Fact]
    public void Extract_QuotedWordAfterACount_IsNoTitle() =>
        Assert.Equal("when-life-gives-you-tangerines episode 2025-03-07; when-life-gives-you-tangerines episode 2025-03-14",
            Run("en", "2025-03-01", "Netflix's \"When Life Gives You Tangerines\" arrives this month. The 16 episodes are released in four \"acts\" of four episodes each: the first on the 7th, the second on the 14th."));

    // "mini album 'Madonna', with five songs": songs counted are what the record holds; two may be a single's sides.
    [Theory]
    [InlineData("Secret's second mini album 'Madonna', with five songs, will be released next Thursday, August 12.", "secret ep 2010-08-12")]
    [InlineData("BLACKPINK SQUARE TWO DAY\n1/ reminder: \"SQUARE TWO\" drops tonight at 8PM KST!! two new songs, \"Playing With Fire\" + \"Stay\"", "blackpink single 2010-08-05 20:00")]
    public void Extract_CountedSongs_AreTheRecordsContent(string text, string expected) =>
        Assert.Equal(expected, Run("en", "2010-08-05", text));

    // Part cu's abandoned day: the video "held back" while the EP keeps its Friday, and "which had been set for the same
    // time" of it, leave no video on Friday (nor does the next sentence, with no kind word, release a video).
    [Fact]
    public void Extract_VideoHeldBackBesideItsRecord_IsNotOut() =>
        Assert.Equal("nct-127 ep 2019-05-24 18:00",
            Run("en", "2019-05-23", "NCT 127 to release new EP Friday, but 'Superhuman' video held back\nSEOUL, May 23 (Yonhap) -- K-pop boy band NCT 127 will release its new EP as scheduled this week, but the music video for its lead single has been held back, the group's agency said Thursday.\nSM Entertainment said \"NCT #127 We Are Superhuman\" will be available on local and global music platforms at 6 p.m. Friday. The release of the music video for \"Superhuman,\" which had been set for the same time, \"will be changed in order to improve the final quality,\" the agency said."));

    // Part ct's abandoned day: "because SBS's "Athena: Goddess of War" is also off the air" calls tonight's episode off.
    [Fact]
    public void Extract_ShowAlsoOffTheAir_IsNotOut() =>
        Assert.DoesNotContain("athena",
            Run("en", "2011-01-25", "The schedule change hands the night to MBC's \"Queen of Reversals\", which airs as usual. It is the only Monday-Tuesday drama on the three networks tonight, because SBS's \"Athena: Goddess of War\" is also off the air after injuries to cast members."),
            StringComparison.Ordinal);

    // Under a day's heading, "SBS premieres "The Last Empress" at 10 p.m." (a verb that says its kind) and «„Мистер
    // Королева“ (tvN, 21:00): …» (a title with its channel and hour, no verb) start the show that day.
    [Theory]
    [InlineData("en", "2018-11-19", "K-pop & K-drama calendar: Nov. 21 – Dec. 3\nWednesday, Nov. 21\nSBS premieres \"The Last Empress\" at 10 p.m., with Jang Na-ra and Choi Jin-hyuk.\nFriday, Nov. 23\nTWICE release the mini album \"YES or YES\" at 6 p.m.",
                "the-last-empress drama 2018-11-21 22:00; twice ep 2018-11-23 18:00")]
    [InlineData("ru", "2020-12-01", "Дорамы декабря\n12 декабря, суббота\n«Мистер Королева» (tvN, 21:00): душа шефа из наших дней попадает в тело королевы.\n16 декабря, среда\n«Беги» (Run On) на JTBC в 21:00 — спринтер и переводчица.",
                "mr-queen drama 2020-12-12 21:00; run-on drama 2020-12-16 21:00")]
    public void Extract_ShowUnderADayHeading_StartsThatDay(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Run(lang, published, text));

    // «25 января, пятница» over «„Королевство“ — первый корейский сериал Netflix: …»: a day's heading heads the listing
    // line under it as a timed heading does; a kind word before another title («ремейк фильма «Маскарад»») is that work's.
    [Theory]
    [InlineData("Дорамы января 2019\n25 января, пятница\n«Королевство» — первый корейский сериал Netflix: зомби в эпоху Чосон.", "kingdom drama 2019-01-25")]
    [InlineData("Дорамы января 2019\n7 января, понедельник\n«Коронованный шут» (tvN) — ремейк фильма «Маскарад» и первый сериал с Ё Джин Гу.",
                "the-crowned-clown drama 2019-01-07")]
    public void Extract_ListingLineUnderADayHeading_IsThatDays(string text, string expected) =>
        Assert.Equal(expected, Run("ru", "2019-01-02", text));

    // Part cx's abandoned days (it arrived with six): a sentence that moves or calls a release off leaves the day it was
    // "due to debut" or «запланированный на», «готовился к выходу» on, with no new day said, and its other naming of that
    // day ("its Friday youth romance") too; a clause with no verb after «а» goes on with «должен был выйти»; a song shown
    // on a music show ("The Show", "M Countdown") is performed, not released.
    [Theory]
    [InlineData("en", "2021-02-24", "KBS 2TV has postponed the premiere of its Friday youth romance \"Dear.M,\" which was due to debut this Friday, Feb. 26, in the 11:10 p.m. slot.", "")]
    [InlineData("ru", "2022-10-31", "JYP Entertainment отложила второй мини-альбом рок-группы Xdinary Heroes Overload, запланированный на 4 ноября.", "")]
    [InlineData("ru", "2022-10-31", "Отложен и альбом ремейков log участницы Apink Чон Ынджи, который готовился к выходу 2 ноября.", "")]
    [InlineData("ru", "2020-11-20", "Агентство перенесло релизы Чонхи. Сингл X должен был выйти 10 декабря, а альбом Querencia - 4 января.", "")]
    [InlineData("ru", "2022-05-02", "ALICE переносят камбэк на 4 мая. Чтобы фанаты не грустили, песню покажут раньше на ТВ: сегодня на Simply K-Pop и завтра в The Show на SBS M.",
                "alice other 2022-05-04")]
    [InlineData("en", "2022-10-13", "Dreamcatcher brings 'VISION' to M Countdown tonight after topping iTunes worldwide\nIt's stage day! Dreamcatcher performs \"VISION\" for the first time on Mnet's \"M Countdown,\" which airs at 6 p.m. today.\nThe group released its seventh mini album, \"Apocalypse : Follow us,\" on Tuesday together with the \"VISION\" music video.",
                "dreamcatcher ep 2022-10-11; dreamcatcher mv 2022-10-11")]
    [InlineData("ru", "2020-07-06", "❗️Ирэн и Сыльги (Red Velvet) — клип на Monster ПЕРЕНЕСЛИ 😤\nМини-альбом вышел по расписанию, сегодня в 18:00 по Сеулу (12:00 мск), а видео так и не появилось.\nНапомним: дебют юнита вообще планировался на 15 июня, но в конце мая его сдвинули на июль «ради музыкального совершенства».",
                "irene-seulgi ep 2020-07-06 18:00")]
    public void Extract_PlanLeftOrShownOnTv_IsNotOut(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Run(lang, published, text));

    // «после давки в сеульском районе Итхэвон»: a district of Seoul is a place, not an act.
    [Fact]
    public void Extract_SeoulDistrict_IsAPlace() =>
        Assert.DoesNotContain("Итхэвон",
            Run("ru", "2022-10-31", "Южнокорейские агентства откладывают выход новых альбомов после давки в сеульском районе Итхэвон, где вечером 29 октября погибли люди."),
            StringComparison.Ordinal);

    // "September 16, 2019 · By Comeback Tracker": a day with its year that opens its line before the author's label dates
    // the page ("Comeback" is the site's name).
    [Fact]
    public void Extract_DayBeforeTheAuthorsLabel_IsTheByline() =>
        Assert.Equal("twice ep 2019-09-23 18:00",
            Run("en", "2019-09-16", "TWICE 'Feel Special': the final week of teasers\nSeptember 16, 2019 · By Comeback Tracker\nTWICE's eighth mini album \"Feel Special\" arrives next Monday, Sept. 23, at 6 p.m. KST."));

    // "1. PRE-RELEASE SINGLE 'PINK VENOM' | 2022.08.19 (FRI) 1PM KST | single + official M/V": a verbless line is
    // short by its words, not by its punctuation.
    [Fact]
    public void Extract_VerblessLineWithMuchPunctuation_IsShort() =>
        Assert.Equal("blackpink mv 2022-08-19 13:00; blackpink single 2022-08-19 13:00",
            Run("en", "2022-08-08", "BLACKPINK 'BORN PINK' project schedule\nBLACKPINK — BORN PINK PROJECT\n1. PRE-RELEASE SINGLE 'PINK VENOM' | 2022.08.19 (FRI) 1PM KST | single + official M/V"));
}
