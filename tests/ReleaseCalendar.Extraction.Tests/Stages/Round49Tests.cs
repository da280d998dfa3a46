namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 49's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round49Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("lee-hi", (IReadOnlyList<string>)["Lee Hi", "Ли Хай"]),
        KeyValuePair.Create("harbin", (IReadOnlyList<string>)["Harbin", "Харбин"]),
        KeyValuePair.Create("quick", (IReadOnlyList<string>)["Quick", "Квик"]),
        KeyValuePair.Create("the-front-line", (IReadOnlyList<string>)["The Front Line", "Линия фронта"]),
        KeyValuePair.Create("feng-shui", (IReadOnlyList<string>)["Feng Shui"]),
        KeyValuePair.Create("the-great-battle", (IReadOnlyList<string>)["The Great Battle"]),
        KeyValuePair.Create("the-negotiation", (IReadOnlyList<string>)["The Negotiation"]),
        KeyValuePair.Create("taeyeon", (IReadOnlyList<string>)["Taeyeon", "Тэён"]),
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU", "Айю"]),
        KeyValuePair.Create("nct-dream", (IReadOnlyList<string>)["NCT DREAM"]),
        KeyValuePair.Create("mickey-17", (IReadOnlyList<string>)["Mickey 17", "Микки 17"]),
        KeyValuePair.Create("ive", (IReadOnlyList<string>)["IVE", "Айв"]),
        KeyValuePair.Create("treasure", (IReadOnlyList<string>)["TREASURE", "Трежер"]),
        KeyValuePair.Create("sunmi", (IReadOnlyList<string>)["Sunmi", "Сонми"]),
        KeyValuePair.Create("jyp", (IReadOnlyList<string>)["J.Y. Park", "Park Jin-young", "JYP", "Пак Чин Ён"]),
        KeyValuePair.Create("a-thousand-days-promise", (IReadOnlyList<string>)["A Thousand Days' Promise", "Обещание на тысячу дней"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "a music video starring actors Lee Jae-hoon and Won Jin-ah": a cue word that is a Korean surname before a
    // hyphenated given name is part of the name ("Won", not an award won), so the video is still out with the single.
    [Theory]
    [InlineData("Lee Hi's single \"Only\" is coming out tomorrow at 6 p.m. KST, with a music video starring actors Lee Jae-hoon and Won Jin-ah.",
                "lee-hi mv 2021-08-27; lee-hi single 2021-08-27")]
    // guard: an award won is still no release
    [InlineData("Lee Hi's single \"Only\" won first place on Music Bank tomorrow, with a music video that topped the charts.", "")]
    public void Extract_ASurnameBeforeAGivenName_IsNoCue(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2021-08-26", text));

    // "the film, previously slated to open on Dec. 25, will now open on Dec. 24": "previously slated" is the plan left, as
    // "previously set" was.
    [Theory]
    [InlineData("Woo Min-ho's period thriller \"Harbin\" will hit local theaters a day earlier than planned.\n\nDistributor CJ ENM said Monday that the film, previously slated to open on Dec. 25, will now open on Dec. 24.",
                "harbin film 2024-12-24")]
    // guard: a plan due that day before is left either way
    [InlineData("The film \"Harbin,\" previously due on Dec. 25, will now open on Dec. 24.", "harbin film 2024-12-24")]
    public void Extract_PreviouslySlated_IsTheDayLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-12-02", text));

    // ""Quick" opens on Wednesday, the same day as the war drama "The Front Line"": the works after "the same day as" come
    // out that day too, each of them, by the verb before ("opens in theaters": films, when the clause names no kind).
    [Theory]
    [InlineData("en", "\"Quick\" opens in local theaters on Wednesday, the same day as Jang Hoon's Korean War drama \"The Front Line.\"",
                "quick film 2011-07-20; the-front-line film 2011-07-20")]
    [InlineData("en", "Park Hee-gon's period drama \"Feng Shui\" opens in Korean theaters on Wednesday, on the same day as Kim Kwang-sik's siege epic \"The Great Battle\" and the hostage thriller \"The Negotiation,\" ahead of Chuseok.",
                "feng-shui film 2011-07-20; the-great-battle film 2011-07-20; the-negotiation film 2011-07-20")]
    [InlineData("ru", "Альбом Тэён «To. X» выйдет в среду, 20 июля, в тот же день, что и новый сингл IU «Love wins all».",
                "iu single 2011-07-20; taeyeon album 2011-07-20")]
    // guards: "the same day as" with no comma before it is not a clause of its own ("so it would not land on the same day
    // as NCT DREAM"), and "the same day" with no "as" keeps its old reading
    [InlineData("en", "SM moved Taeyeon's album \"To. X\" to Wednesday so it would not land on the same day as NCT DREAM.",
                "taeyeon album 2011-07-20")]
    public void Extract_TheSameDayAs_ReleasesTheWorksAfterIt(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2011-07-18", text));

    // «выйдет в эту пятницу, 28 февраля … Затем фильм отодвинули на 18 апреля, а позже … на 31 января»: a move told later to
    // a day already gone, when the day told first is still ahead, is the release's history, not an update of it.
    [Theory]
    [InlineData("Фильм «Микки 17» выйдет в Южной Корее в эту пятницу, 28 февраля.\n\nПуть картины к зрителю оказался долгим. Из-за забастовок премьеру перенесли на 31 января 2025 года.",
                "mickey-17 film 2025-02-28")]
    // guard: a move to a day still ahead updates the plan told before
    [InlineData("Фильм «Микки 17» выйдет в Южной Корее в эту пятницу, 28 февраля.\n\nUPD: премьеру перенесли на 7 марта.",
                "mickey-17 film 2025-03-07")]
    public void Extract_AMoveToADayGone_IsHistory(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2025-02-26", text));

    // «…выйдет в Южной Корее 28 февраля, а в США — неделей позже, 7 марта», "…, and in North America a week later, on March
    // 7": a clause that is only a place and a day leaves out the verb of the release before it.
    [Theory]
    [InlineData("ru", "Фильм «Микки 17» выйдет в Южной Корее в эту пятницу, 28 февраля, а в США — неделей позже, 7 марта.",
                "mickey-17 film 2025-02-28; mickey-17 film 2025-03-07")]
    [InlineData("en", "The film \"Mickey 17\" opens in Korea on Feb. 28, and in North America a week later, on March 7.",
                "mickey-17 film 2025-02-28; mickey-17 film 2025-03-07")]
    // guard: a clause with a thing of its own before its day is no gapped release («а тур — 7 марта»)
    [InlineData("ru", "Фильм «Микки 17» выйдет 28 февраля, а пресс-тур — 7 марта.", "mickey-17 film 2025-02-28")]
    public void Extract_AGappedPlaceClause_TakesTheVerbBefore(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2025-02-26", text));

    // "previously billed for May 5", "first pegged to arrive on May 5", "once earmarked for May 5", "was May 5, now May 12",
    // "May 5 → May 12", «на неделю позже, чем было объявлено (5 мая)», "has been pushed to May 12": the day left behind.
    [Theory]
    [InlineData("en", "IVE's new album \"Switch,\" previously billed for May 5, will now arrive on May 12.")]
    [InlineData("en", "IVE's new album \"Switch,\" first pegged to arrive on May 5, will now arrive on May 12.")]
    [InlineData("en", "IVE's new album \"Switch,\" once earmarked for May 5, will now arrive on May 12.")]
    [InlineData("en", "Release date change: IVE's new album \"Switch\" May 5 → May 12")]
    [InlineData("ru", "Новый альбом IVE «Switch» перенесли: было 5 мая, стало 12 мая.")]
    [InlineData("ru", "Новый альбом IVE «Switch» выйдет 12 мая — на неделю позже, чем было объявлено (5 мая).")]
    [InlineData("en", "The May 5 release of IVE's new album \"Switch\" has been pushed to May 12.")]
    public void Extract_MorePlanPhrasings_LeaveTheirDay(string lang, string text) =>
        Assert.Equal("ive album 2024-05-12", Releases(lang, "2024-05-01", text));

    // guard: "the first set of" is no plan
    [Fact]
    public void Extract_TheFirstSetOfTeasers_IsNoPlan() =>
        Assert.Equal("ive album 2024-05-05", Releases("en", "2024-05-01", "IVE's new album \"Switch\" arrives on May 5, after the first set of teasers."));

    // «Изначально показ мелодрамы с Су Э и Ким Рэ Воном был назначен на 26 сентября»: a name of several words counts as one
    // word between "originally" and the day it left.
    [Fact]
    public void Extract_NamesBetweenAPlanWordAndItsDay_CountAsOneWord() =>
        Assert.Equal("a-thousand-days-promise drama 2011-10-17", Releases("ru", "2011-09-06",
            "Премьера сериала «Обещание на тысячу дней» на канале SBS состоится 17 октября.\n\nИзначально показ мелодрамы с Су Э и Ким Рэ Воном был назначен на 26 сентября."));

    // "TREASURE's debut, which was set for July 31, will now take place on August 7": "take place" after a release noun says
    // when the release happens, so the plan before it is the day left (a concert's "finale takes place" stays none:
    // ShowsAndFilmsTests).
    [Fact]
    public void Extract_TakesPlace_IsTheNewDay() =>
        Assert.Equal("treasure other 2020-08-07", Releases("en", "2020-07-20",
            "YG Entertainment has announced that TREASURE's debut, which was set for July 31, will now take place on August 7."));

    // «первый релиз после ухода из JYP», "JYP just confirmed": a one-word name that is also an agency's is the agency where
    // it is spoken of as one (after «из» or "from", beside a group noun, before a word of announcing), even where the
    // catalog knows J.Y. Park as "JYP".
    [Theory]
    [InlineData("ru", "Новый сингл Сонми\n\nсегодня в 12:00 по мск вышел сингл «Gashina»!!! первый релиз после ухода из JYP.", "sunmi single 2017-08-22")]
    [InlineData("en", "Sunmi is back!\n\nJYP just confirmed the single \"Gashina\" drops today at 6 p.m. KST.", "sunmi single 2017-08-22")]
    // guard: "JYP drops" is the man himself
    [InlineData("en", "JYP drops his new single \"Fever\" today.", "jyp single 2017-08-22")]
    public void Extract_AnAgencyWord_IsNoAct(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2017-08-22", text));
}
