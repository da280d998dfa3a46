namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Issue #9 §1.8: a show's finale and a film's opening, in the words news uses for them.</summary>
public sealed class ShowsAndFilmsTests
{
    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 5, 30), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    // With the title: "Subject kind Title date".
    static string ReadTitled(string lang, string text, ExtractionCatalog? catalog = null) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 5, 30), lang == "ru" ? Language.Ru : Language.En), catalog)
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}"));

    // Round 25: an unquoted show the catalog knows, right before the verb that premieres it (or headed by its kind word),
    // is the show; not an act that opens "a three-part series", nor the show of an act's possessive.
    [Theory]
    [InlineData("DOCTOR STRANGER premieres TONIGHT on SBS, 10pm KST (mon-tue slot)", "DOCTOR STRANGER drama DOCTOR STRANGER 2023-05-30")]
    [InlineData("KBS2's blockbuster spy drama IRIS finally premieres tonight.", "IRIS drama IRIS 2023-05-30")]
    [InlineData("hospital playlist season 2 premieres TONIGHT 9pm KST on tvN", "hospital playlist season 2 drama hospital playlist season 2 2023-05-30")]
    [InlineData("TUESDAY — IU opens a planned three-part series with her fifth mini album.", "IU ep  2023-05-30")]
    [InlineData("IU's new drama premieres tonight on tvN.", "")]
    public void Extract_UnquotedCatalogShowBeforeItsPremiere_IsTheShow(string text, string expected) =>
        Assert.Equal(expected, ReadTitled("en", text, new ExtractionCatalog([new("doctor-stranger", ["Doctor Stranger"]), new("iris", ["IRIS"]),
            new("hospital-playlist-2", ["Hospital Playlist season 2"]), new("iu", ["IU"])])));

    // Round 22 (parts ba, bb): an untitled premiere or episode is of the one show the headline quotes, not of a rival the
    // article measured it against.
    [Fact]
    public void Extract_UntitledPremiereUnderAHeadlineThatQuotesOneShow_IsThatShows() =>
        Assert.Equal("Mad Dog drama Mad Dog 2023-05-24", ReadTitled("en", "'Mad Dog' bites into a tough slot\n\n"
            + "KBS 2TV's caper opened with 5.5 percent, up from the 1.9 percent finale of \"Manhole\" in the same slot.\n\n"
            + "The first episode aired on Wednesday, May 24, at 10 p.m."));

    // Round 22 (part au): an episode in a clause of its own is of the one show the sentence named before it, not of a work
    // the sentence names beside another, nor of a word in quotes.
    [Theory]
    [InlineData("\"Itaewon Class\" crosses into its second half this weekend, with episode 9 airing Friday and episode 10 on Saturday.",
        "Itaewon Class episode Itaewon Class 2023-06-02; Itaewon Class episode Itaewon Class 2023-06-03")]
    [InlineData("SBS's weekend drama returns after a break, with episode 9 airing Friday.", "")]
    [InlineData("\"Goblin\" writer Kim Eun-sook, whose latest hit is \"The Glory,\" says the new show, with episode 9 airing Friday, is her last.", "")]
    [InlineData("The remaining \"acts\" follow weekly, with episode 9 airing Friday.", "")]
    public void Extract_EpisodeInAClauseOfItsOwn_IsOfTheShowNamedBefore(string text, string expected) =>
        Assert.Equal(expected, ReadTitled("en", "Weekend TV guide\n\n" + text, new ExtractionCatalog([
            KeyValuePair.Create("itaewon-class", (IReadOnlyList<string>)["Itaewon Class"]),
            KeyValuePair.Create("goblin", (IReadOnlyList<string>)["Goblin"]),
        ])));

    // Round 20 (part at): a show read at its final episode has no later one; the show before it may.
    [Theory]
    [InlineData("final", "Lovely Runner")]
    [InlineData("11th", "Wedding Impossible")]
    public void Extract_EpisodeAfterAShowsFinale_IsOfTheShowBefore(string which, string show)
    {
        var text = "tvN's new series \"Lovely Runner\" premieres Monday at 8:50 p.m., moving into the slot vacated by \"Wedding Impossible,\" " +
                   $"which aired its {which} episode on May 23. The next episode follows on Tuesday at the same hour.";
        Assert.EndsWith($"; {show} episode {show} 2023-05-30", ReadTitled("en", text));
    }

    // Round 20 (part ao): a title an event word stands before («KBS проводит «Гаё Тэчхукчже»») is the event, not a show a
    // later episode is of, whether the channel is before it or after it («…», MBC — …).
    [Theory]
    [InlineData("Дорама «Хваюги» берёт перерыв: у каналов ночь праздничных программ (KBS проводит «Гаё Тэчхукчже», MBC — свою " +
                "церемонию наград). А 14-я серия выйдет 4 июня.", "Хваюги episode Хваюги 2023-06-04")]
    [InlineData("Дорама «Хваюги» берёт перерыв: у каналов ночь праздничных программ (SBS — свой концерт, MBC проводит «Гаё Тэчхукчже», " +
                "KBS — свою церемонию наград). А 14-я серия выйдет 4 июня.", "Хваюги episode Хваюги 2023-06-04")]
    public void Extract_TitleOfAnEvent_IsNoShowOfALaterEpisode(string text, string expected) =>
        Assert.Equal(expected, ReadTitled("ru", text));

    // Round 21 (part ar): a finale or «серия» after a record's word, with no screen work's in the sentence, is where the
    // record stands in its series; a drama's word keeps the episode.
    [Theory]
    [InlineData("ru", "В среду KINGDOM выпустят седьмой мини-альбом «History Of Kingdom : Part VII. JAHAN», завершающий серию «History Of Kingdom».",
        "KINGDOM ep History Of Kingdom : Part VII. JAHAN 2023-05-31")]
    [InlineData("en", "On Wednesday KINGDOM release their seventh mini album \"History Of Kingdom: Part VII. Jahan,\" the finale of the series.",
        "KINGDOM ep History Of Kingdom: Part VII. Jahan 2023-05-31")]
    [InlineData("en", "On Wednesday KINGDOM release their seventh mini album \"History Of Kingdom: Part VII. Jahan,\" the finale of the series, led by \"Coup d'Etat.\"",
        "KINGDOM ep History Of Kingdom: Part VII. Jahan 2023-05-31")]
    [InlineData("ru", "GHOST9 показали тизер. В финале все собираются на свалке машин.\n\nМини-альбом «NOW : Who we are facing» выйдет 25 июня. " +
                "Это заключительная часть серии «NOW», камбэк через пять месяцев после январского «NOW : When we are in Love».",
        "GHOST9 ep NOW : Who we are facing 2023-06-25")]
    [InlineData("ru", "Мини-альбом Lim Young-woong выйдет в среду, а финальная серия дорамы «Королева слёз» — в воскресенье.",
        "Lim Young-woong ep  2023-05-31; Королева слёз episode Королева слёз 2023-06-04")]
    public void Extract_EpisodeWordAfterARecords_IsItsPlaceInASeries(string lang, string text, string expected) =>
        Assert.Equal(expected, ReadTitled(lang, text));

    [Theory]
    [InlineData("ru", "Завтра на tvN стартует «Королева слёз» с Ким Су Хёном.", "Королева слёз drama 2023-05-31")]
    [InlineData("ru", "В пятницу SBS запускает ромком «Любовь по найму».", "Любовь по найму drama 2023-06-02")]
    [InlineData("ru", "В пятницу Netflix покажет дораму «Королева слёз».", "Королева слёз drama 2023-06-02")]
    [InlineData("en", "tvN's \"Queen of Tears\" starts tomorrow at 9:10 p.m.", "Queen of Tears drama 2023-05-31")]
    [InlineData("en", "The rom-com \"Love Scout\" starts tomorrow.", "Love Scout drama 2023-05-31")]
    [InlineData("en", "Crush's \"Love You With All My Heart,\" the OST for tvN's \"Queen of Tears,\" is out today.", "Crush ost 2023-05-30")]
    [InlineData("en", "The fan meeting \"Queen of Tears\" starts tomorrow.", "")]
    [InlineData("ru", "Завтра Netflix выпустит исторический триллер «Дорогой Хонран» с Ли Джэуком.", "Дорогой Хонран drama 2023-05-31")]
    [InlineData("en", "Netflix's legal thriller \"Law School\" starts tomorrow.", "Law School drama 2023-05-31")]
    [InlineData("en", "SBS's new drama \"Taxi Driver\" hits the road tomorrow at 10 p.m.", "Taxi Driver drama 2023-05-31")]
    [InlineData("en", "Taeyeon has a new digital single, \"Weekend,\" lined up for June 6.", "Taeyeon single 2023-06-06")]
    // Round 19 (part al): quoted weekdays name a slot, not a show.
    [InlineData("ru", "АНОНС: 29 июня на tvN стартует триллер «Цветок зла» — новая дорама в слоте «среда — четверг».", "Цветок зла drama 2023-06-29")]
    [InlineData("en", "\"Flower of Evil\" premieres on June 29 in tvN's \"Wednesday-Thursday\" slot.", "Flower of Evil drama 2023-06-29")]
    public void Extract_ChannelOrGenreBesideATitle_NamesAShow(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 13 (part x): the release's own kind word elsewhere in the sentence leaves the title beside another of its
    // words free, so that memory's later film does not take its place.
    [Theory]
    [InlineData("Korean blockbuster \"The Tower\" will open on Dec. 25, giving audiences a disaster movie set on Christmas Eve.\n\nKim's film \"Sector 7\" flopped.",
        "The Tower film The Tower 2023-12-25")]
    [InlineData("After the hit single \"Love poem\", IU releases a new single on June 13.", "IU single  2023-06-13")] // a song's word still claims
    public void Extract_TitleBesideAnotherWordOfTheReleasesKind_IsTheReleases(string text, string expected) =>
        Assert.Equal(expected, ReadTitled("en", text));

    // A bare Cyrillic name after a kind word is its maker or owner in the genitive; a bare Latin one is a title.
    [Theory]
    [InlineData("Сегодня в кинотеатрах Кореи стартует «Сваха: Шестой палец» — новый фильм Чан Джэ Хёна.",
        "Сваха: Шестой палец film Сваха: Шестой палец 2023-05-30")]
    [InlineData("Сегодня TWICE выпустили мини-альбом Ready to Be.", "TWICE ep Ready to Be 2023-05-30")]
    public void Extract_BareNameAfterAKindWordInRussian_IsATitleOnlyInLatin(string text, string expected) =>
        Assert.Equal(expected, ReadTitled("ru", text, new ExtractionCatalog([KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"])])));

    // Round 10 (parts o and p): kind and title phrases news uses.
    [Theory]
    [InlineData("en", "Nov. 7 — MONSTA X follow up the summer single \"Newton\" with their fifth EP \"The Code.\"", "MONSTA X ep The Code 2023-11-07")]
    [InlineData("ru", "9 июня TWICE представят второе специальное издание Summer Nights.", "TWICE album Summer Nights 2023-06-09")]
    [InlineData("ru", "Сегодня Super Junior представили переиздание Replay.", "Super Junior album Replay 2023-05-30")]
    [InlineData("en", "The drama's second soundtrack single \"Everytime,\" sung by Chen, is out today.", "Chen ost Everytime 2023-05-30")]
    [InlineData("ru", "Сегодня вечером телеканал tvN начинает показ дорамы «Ответ 1988».", "Ответ 1988 drama Ответ 1988 2023-05-30")]
    [InlineData("ru", "Сегодня в Корее выходит третий фильм франшизы «Игроки» — «Игроки: Одноглазый Джек».",
        "Игроки: Одноглазый Джек film Игроки: Одноглазый Джек 2023-05-30")]
    [InlineData("en", "The third film in the franchise \"Tazza\", \"Tazza: One Eyed Jack,\" opens today.", "Tazza: One Eyed Jack film Tazza: One Eyed Jack 2023-05-30")]
    [InlineData("en", "JTBC's period drama \"Snowdrop\" follows on June 18.", "Snowdrop drama Snowdrop 2023-06-18")]
    [InlineData("en", "Singer Ha Sung-woon releases the drama's fifth OST today, and Davichi will follow with the sixth, \"Please Don't Cry,\" on June 3.",
        "Ha Sung-woon ost  2023-05-30; Davichi ost Please Don't Cry 2023-06-03")]
    [InlineData("en", "IVE's album is out today. It follows the pre-release single \"REBEL HEART,\" out since May 13.", "IVE album  2023-05-30")]
    [InlineData("en", "Sports drama \"Rebound\" opened in South Korean theaters today.", "Rebound film Rebound 2023-05-30")]
    [InlineData("en", "The thriller \"The Call\" opens in Japanese theaters today.", "The Call film The Call 2023-05-30")]
    [InlineData("ru", "Netflix сегодня выпустит сериал «Суринам» (в международном прокате — Narco-Saints).", "Суринам drama Суринам 2023-05-30")]
    [InlineData("en", "zico dropped \"any song\" today at 6pm KST and the chorus is already living in my head.", "zico single any song 2023-05-30")]
    [InlineData("en", "HyunA comeback TODAY", "HyunA other  2023-05-30")]
    [InlineData("en", "Kim Jee-woon's film \"Cobweb\" stars Song Kang-ho and opens today.", "Cobweb film Cobweb 2023-05-30")]
    [InlineData("ru", "Вслед за синглом «Dream» TWICE 30 мая выпустили мини-альбом «Ready».", "TWICE ep Ready 2023-05-30")]
    [InlineData("en", "tvN's drama \"Signal\" premieres on June 5, the same day the film \"Tazza\" opens in theaters.", "Signal drama Signal 2023-06-05")]
    [InlineData("en", "Jin's photobook \"Happy Days\" is out today.", "Jin other Happy Days 2023-05-30")]
    [InlineData("en", "IU will release the single \"Friday\" on June 6.", "IU single Friday 2023-06-06")] // R19-F5
    [InlineData("ru", "IU выпустит сингл «Пятница» 6 июня.", "IU single Пятница 2023-06-06")] // R19-F5
    [InlineData("en", "The Netflix series \"Wednesday\" returns on June 6.", "Wednesday drama Wednesday 2023-06-06")] // R19-F5
    public void Extract_KindAndTitlePhrasesOfNews_NameTheRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, ReadTitled(lang, text));

    // "Three local films will open on Wednesday": the day is shared by the titles the next sentences name, up to the count.
    [Theory]
    [InlineData("en", "Two local films will open on Thursday, June 1.\n\nLeading the pre-sales is \"Dr. Cheon,\" an occult comedy.\n\n" +
                      "Kim Jee-woon's \"Cobweb\" is a comedy about a director.\n\nBoth follow \"Parasite,\" which won at Cannes.",
        "Dr. Cheon film Dr. Cheon 2023-06-01; Cobweb film Cobweb 2023-06-01")]
    [InlineData("ru", "Сразу две корейские картины выходят в прокат в четверг, 1 июня.\n\nЛидирует «Доктор Чхон» — комедия о мошеннике.\n\n" +
                      "«Паутина» Ким Джи Уна — драма о режиссёре.",
        "Доктор Чхон film Доктор Чхон 2023-06-01; Паутина film Паутина 2023-06-01")]
    [InlineData("en", "Korean films will open on Thursday, June 1.\n\nLeading the pre-sales is \"Dr. Cheon,\" an occult comedy.", "")]
    public void Extract_CountedFilmsOnADay_ShareItWithTheTitlesNamedNext(string lang, string text, string expected) =>
        Assert.Equal(expected, ReadTitled(lang, text));

    [Theory]
    [InlineData("ru", "Завтра на Netflix выйдет шпионский боевик «Якша: Безжалостные операции».\n\nДействие фильма происходит в Шэньяне.",
        "Якша: Безжалостные операции film 2023-05-31")]
    [InlineData("ru", "Завтра на Netflix выйдет шпионский боевик «Якша: Безжалостные операции».\n\nСериал снят по вебтуну.",
        "Якша: Безжалостные операции drama 2023-05-31")]
    [InlineData("en", "Netflix's legal thriller \"Law School\" starts tomorrow.\n\nThe film follows a professor and his students.", "Law School film 2023-05-31")]
    [InlineData("ru", "Завтра Netflix выпускает романтическую комедию «Люблю ненавидеть тебя».\n\nТео Ю знаком зрителям по фильму «Прошлые жизни», " +
                      "который в январе показали на фестивале.\n\nСериал выходит к Дню святого Валентина.", "Люблю ненавидеть тебя drama 2023-05-31")]
    [InlineData("ru", "«Якша»: звёзды в боевике Netflix\n\nЗавтра на Netflix выйдет шпионский боевик «Якша: Безжалостные операции».\n\n" +
                      "Действие фильма происходит в Шэньяне.", "Якша: Безжалостные операции film 2023-05-31")]
    public void Extract_GenreAlone_TakesTheArticlesOwnWordForItsWork(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The month's big premiere comes on May 31, when tvN launches \"Twenty-Five Twenty-One,\" starring Kim Tae-ri.\n\n" +
                      "The following Friday, JTBC premieres \"Thirty-Nine.\"", "Twenty-Five Twenty-One drama 2023-05-31; Thirty-Nine drama 2023-06-02")]
    [InlineData("ru", "Главная премьера — 31 мая, когда tvN запускает «Двадцать пять, двадцать один».\n\nВ пятницу JTBC покажет премьеру «Тридцать девять».",
        "Двадцать пять, двадцать один drama 2023-05-31; Тридцать девять drama 2023-06-02")]
    public void Extract_WhenClauseAfterTheDay_SaysWhatTheDayBrings(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "TWICE's new mini album drops on May 31, when the members sing \"Fancy\" live.", "TWICE ep  2023-05-31")]
    [InlineData("ru", "Новый мини-альбом TWICE выйдет 31 мая, когда участницы споют «Fancy» на шоу.", "TWICE ep  2023-05-31")]
    [InlineData("en", "The big premiere comes on May 31, when tvN launches \"Twenty-Five Twenty-One.\"", "Twenty-Five Twenty-One drama Twenty-Five Twenty-One 2023-05-31")]
    public void Extract_WhenClauseWithoutAReleaseWord_LendsNoTitle(string lang, string text, string expected) =>
        Assert.Equal(expected, ReadTitled(lang, text));

    [Theory]
    [InlineData("en", "JTBC's \"Doctor Cha\" wrapped up on Sunday, May 28, with a rating of 18.5 percent.", "Doctor Cha episode 2023-05-28")]
    [InlineData("ru", "Ромком JTBC «Король Лэнд» завершился в воскресенье, 28 мая.", "Король Лэнд episode 2023-05-28")]
    [InlineData("ru", "Заключительная серия сериала «Аварийная посадка любви», показанная в воскресенье, собрала 21,7%.",
        "Аварийная посадка любви episode 2023-05-28")]
    [InlineData("en", "\"Parasite\" opened in local theaters on Thursday.", "Parasite film 2023-05-25")]
    [InlineData("en", "The 12-city tour wrapped up on Sunday, May 28.", "")]
    [InlineData("en", "Sci-fi drama \"Wonderland\" opened in local theaters on Wednesday, May 24.", "Wonderland film 2023-05-24")]
    [InlineData("en", "The drama \"Wonderland\" premiered on tvN on Wednesday, May 24.", "Wonderland drama 2023-05-24")]
    [InlineData("en", "KBS 2TV's new Monday-Tuesday drama \"Moonshine\" premiered Monday night at 9:30 p.m.", "Moonshine drama 2023-05-29")]
    [InlineData("en", "KBS 2TV's new Monday-Tuesday drama \"Moonshine\" premieres Monday night at 9:30 p.m.", "Moonshine drama 2023-06-05")]
    [InlineData("en", "JTBC's new drama \"Reborn Rich\" got off to a strong start on Friday night.", "Reborn Rich drama 2023-05-26")]
    [InlineData("en", "Comedy \"Extreme Job\" topped the box office. The film, which opened on Wednesday, May 24, follows four detectives.",
        "Extreme Job film 2023-05-24")]
    [InlineData("en", "Comedy \"Extreme Job\" topped the box office, said the Korean Film Council. The film, which opened on Wednesday, May 24, follows four detectives.",
        "Extreme Job film 2023-05-24")]
    [InlineData("en", "Bong Joon-ho's new film \"Mickey 17\" opened in South Korean theaters on Friday, May 26.", "Mickey 17 film 2023-05-26")]
    [InlineData("en", "The film \"Peninsula\" drew 350,000 viewers on its opening day, Wednesday, May 24, according to the Korean Film Council.",
        "Peninsula film 2023-05-24")]
    public void Extract_FinaleOrOpening_IsTheShowsOrFilmsRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("ru", "Сегодня, 30 мая, выйдет первая серия дорамы «Рекорд юности». Сценарий написала автор дорамы «Доктора».",
        "Рекорд юности drama 2023-05-30")]
    [InlineData("en", "From the director of \"Strangers from Hell,\" the series \"A Killer Paradox\" drops all eight episodes on Friday, June 2.",
        "A Killer Paradox episode 2023-06-02")]
    public void Extract_EpisodeBesideAShowWord_TakesThatShowsTitle(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "Horror comedy \"Handsome Guys,\" a Korean remake of the cult Canadian film \"Tucker and Dale vs. Evil,\" opened in local theaters on Wednesday, May 24.",
        "Handsome Guys film 2023-05-24")]
    [InlineData("ru", "В среду, 24 мая, в прокат вышел боевик «Выкуп» режиссёра Ким Сон-хуна, автора «Туннеля» и сериала «Королевство».",
        "Выкуп film 2023-05-24")]
    [InlineData("ru", "Корейская адаптация британского сериала «Доктор Фостер» под названием «Мир женатых» вышла на JTBC в пятницу, 26 мая.",
        "Мир женатых drama 2023-05-26")]
    [InlineData("ru", "Ремейк британского сериала под названием «Мир женатых» вышел на JTBC в пятницу, 26 мая.", "Мир женатых drama 2023-05-26")]
    [InlineData("en", "From the director of \"Extreme Job\" comes the series \"Be Melodramatic,\" which premieres on JTBC on Friday, May 26.",
        "Be Melodramatic drama 2023-05-26")]
    [InlineData("en", "Director Ryoo Seung-wan's \"Escape from Mogadishu\" opens in theaters nationwide on Wednesday, May 24.",
        "Escape from Mogadishu film 2023-05-24")]
    [InlineData("en", "The sequel to \"Sweet Home,\" \"Sweet Home 2,\" premieres on Netflix on Friday, June 2.", "Sweet Home 2 drama 2023-06-02")]
    // Round 21 (part ax): a version is of its source work.
    [InlineData("ru", "Сериальная версия «Мисс Бабули» под названием «Кто она» стартует на KBS2 в среду, 31 мая.", "Кто она drama 2023-05-31")]
    [InlineData("en", "\"Who Is She,\" the TV version of \"Miss Granny,\" premieres on KBS2 on Wednesday, May 31.", "Who Is She drama 2023-05-31")]
    public void Extract_TitleOfTheWorkAShowComesFrom_IsNotItsTitle(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Fact]
    public void Extract_TitleWithAReleaseVerbOfItsOwnAfterBefore_IsTheRelease()
    {
        var found = DateExtractor.Extract(ArticleInput.FromText("Before their album \"Golden Hour\" drops on June 3, ATEEZ will hold a showcase.",
            new DateOnly(2023, 5, 30), Language.En));
        Assert.Equal(("Golden Hour", ReleaseKind.Album), (Assert.Single(found).Title, found[0].Kind));
    }

    [Fact]
    public void Extract_RemadeSong_KeepsItsTitle()
    {
        var found = DateExtractor.Extract(ArticleInput.FromText("SECRET NUMBER released a remake of the song \"Love, Maybe\" on Wednesday, May 24.",
            new DateOnly(2023, 5, 30), Language.En));
        Assert.Equal("Love, Maybe", Assert.Single(found).Title);
    }

    const string PremiereRu = "Вчера, 29 мая, на tvN стартовала дорама «Королева слёз». ";
    const string PremiereEn = "tvN's new drama \"Queen of Tears\" premiered on Monday, May 29. ";

    [Theory]
    [InlineData("ru", PremiereRu + "Вторая серия — сегодня вечером.", "; Королева слёз episode 2023-05-30")]
    [InlineData("ru", PremiereRu + "Следующая серия выйдет в эфир завтра.", "; Королева слёз episode 2023-05-31")]
    [InlineData("ru", PremiereRu + "2-я серия — завтра.", "; Королева слёз episode 2023-05-31")]
    [InlineData("ru", PremiereRu + "Сценарист раньше написал дораму «Гоблин». Вторая серия — сегодня вечером.", "; Королева слёз episode 2023-05-30")]
    [InlineData("ru", PremiereRu + "Вторая серия показана сегодня.", "; Королева слёз episode 2023-05-30")]
    [InlineData("en", PremiereEn + "It is the writer's first drama since JTBC's \"Inspector Koo.\" The second episode airs tonight.",
        "; Queen of Tears episode 2023-05-30")]
    [InlineData("ru", PremiereRu + "Это первая роль актрисы после дорамы «Гоблин». Вторая серия выйдет в эфир завтра.", "; Королева слёз episode 2023-05-31")]
    [InlineData("en", PremiereEn + "The second episode follows on Wednesday night, May 31.", "; Queen of Tears episode 2023-05-31")]
    [InlineData("en", PremiereEn + "The second pair of episodes follows on Wednesday night, May 31.", "; Queen of Tears episode 2023-05-31")]
    [InlineData("en", PremiereEn + "Episode two follows tonight, May 30.", "; Queen of Tears episode 2023-05-30")]
    [InlineData("en", PremiereEn + "The 2nd episode follows tomorrow.", "; Queen of Tears episode 2023-05-31")]
    // A count of episodes that follows is no later episode by its number, but what follows with no object comes out that
    // day (round 24): all of them, tomorrow.
    [InlineData("en", PremiereEn + "All 16 episodes follow tomorrow.", "; Queen of Tears episode 2023-05-31")]
    // Not a later episode: an event about one, no show before it.
    [InlineData("en", PremiereEn + "Its first episode drew 6.3 percent. Next, the cast heads to Jeju on Wednesday, May 31.", "")]
    [InlineData("ru", PremiereRu + "Шоукейс ко второй серии — завтра.", "")]
    [InlineData("ru", "Вторая серия — сегодня вечером.", null)]
    [InlineData("en", PremiereEn + "The second episode of a podcast with its cast follows on Friday, June 2.", "")]
    [InlineData("ru", "Актёр дорамы «Королева слёз» дал интервью 29 мая. Вторая серия — сегодня вечером.", null)]
    public void Extract_LaterEpisodeAfterAPremiere_IsReleasedOnItsDay(string lang, string text, string? expected)
    {
        var premiere = lang == "ru" ? "Королева слёз drama 2023-05-29" : "Queen of Tears drama 2023-05-29";
        Assert.Equal(expected is null ? "" : premiere + expected, Read(lang, text));
    }

    static readonly ExtractionCatalog Goblin = new([
        KeyValuePair.Create("goblin", (IReadOnlyList<string>)["Goblin", "Токкэби"]), KeyValuePair.Create("the-trap", (IReadOnlyList<string>)["Trap", "Ловушка"])]);

    // With no premiere read, the later episode is the catalog's show the article names as a show; an ordinal standing
    // alone after a sentence that says "episode" is the next episode.
    [Theory]
    [InlineData(true, "Дорама «Токкэби» бьёт рекорды tvN.\n\n13-я серия — сегодня в 20:00, 14-я — завтра в то же время.",
        "goblin episode 2023-05-30 20:00; goblin episode 2023-05-31 ")]
    [InlineData(false, "Дорама «Токкэби» бьёт рекорды tvN.\n\n13-я серия — сегодня в 20:00, 14-я — завтра в то же время.", "")]
    [InlineData(true, "Песню для дорамы «Токкэби» спела Чанёль. Песня «Stay» стала хитом.\n\n13-я серия — сегодня в 20:00.", "goblin episode 2023-05-30 20:00")]
    [InlineData(true, "Сегодня вечером на tvN выходит дорама «Токкэби».\n\nВыходит по пятницам и субботам, всего 16 серий. Вторая — уже завтра.",
        "goblin drama 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "Сегодня вечером на tvN выходит дорама «Токкэби».\n\nВсего 16 серий. Вторая половина — уже завтра.", "goblin drama 2023-05-30 ")]
    [InlineData(true, "Сегодня вечером на tvN выходит дорама «Токкэби».\n\nВторая — уже завтра.", "goblin drama 2023-05-30 ")]
    // Review 12: a count of episodes is no episode, an ordinal in prose is none, and two shows named leave the episode's show unknown.
    [InlineData(true, "Дорама «Токкэби» из 16 серий выйдет сегодня на tvN.", "goblin drama 2023-05-30 ")]
    [InlineData(true, "Дорама «Токкэби» стартовала вчера на tvN.\n\nПервая серия собрала 6,3%.\n\nЗавтра она стала второй по рейтингу.", "goblin drama 2023-05-29 ")]
    [InlineData(true, "Звезда дорамы «Токкэби» вернулся в новой дораме «Ловушка».\n\nВторая серия — сегодня в 20:00.", "")]
    [InlineData(true, "Вчера на tvN стартовала дорама «Токкэби», всего 16 серий.\n\nВторая — через неделю; сегодня в 22:00 — спецвыпуск с актёрами.",
        "goblin drama 2023-05-29 ; goblin episode 2023-06-06 ")] // the ordinal's own clause only
    // Round 13 (part w): the one known work among the sentence's titles or the headline's.
    [InlineData(true, "«Токкэби» — сегодня 11-я серия, завтра 12-я.", "goblin episode 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(false, "«Токкэби» — сегодня 11-я серия, завтра 12-я.", "")]
    [InlineData(true, "Расписание недели: «Токкэби»\n\nСерия 9 — среда, 31 мая, 21:00 KST.", "goblin episode 2023-05-31 21:00")]
    [InlineData(true, "«Токкэби» и «Ловушка» — сегодня 11-я серия.", "")]
    // Round 14 (part w): a line may stand between the episode's sentence and the ordinal.
    [InlineData(true, "💼 «Токкэби» — сегодня 9-я серия!\n\ntvN, 20:00 по Сеулу / 14:00 мск\n10-я — завтра в 14:00 мск",
        "goblin episode 2023-05-30 ; goblin episode 2023-05-31 14:00")]
    // Round 15 (part ab): «вторая пара серий», and «— продолжение» alone after a dash, are the show's next episodes;
    // a continuation of something else («— продолжение рассказа об актёрах») is not, nor is one with no show read.
    [InlineData(true, "Сегодня вечером на tvN выходит дорама «Токкэби».\n\n▪️ вторая пара серий — завтра, в то же время",
        "goblin drama 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "Сегодня вечером на tvN выходит дорама «Токкэби».\n\nВторая пара эпизодов — завтра.",
        "goblin drama 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "Сегодня вечером на tvN выходит дорама «Токкэби».\n\nЗавтра, в среду, — продолжение.",
        "goblin drama 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "Сегодня вечером на tvN выходит дорама «Токкэби».\n\nЗавтра, в среду, — продолжение рассказа об актёрах.",
        "goblin drama 2023-05-30 ")]
    [InlineData(true, "Чанёль дал интервью вчера.\n\nЗавтра, в среду, — продолжение.", "")]
    // Review 16: only right after the show's own release, with no other dated sentence between.
    [InlineData(true, "Актёр дорамы «Токкэби» Гон Ю дал интервью 29 мая о съёмках. Завтра, 31 мая, — продолжение.", "")]
    [InlineData(true, "Сегодня вечером на tvN выходит дорама «Токкэби».\n\nФанмитинг актёров прошёл 29 мая в Сеуле. Завтра — продолжение.",
        "goblin drama 2023-05-30 ")]
    // Round 16 (part ae): a bare number before a singular episode word names the episode; «21 серия» may count them.
    [InlineData(true, "💔 «ТОККЭБИ» — ВЫХОДНЫЕ НА ПОДХОДЕ\n\nсегодня вечером 11 серия, завтра — 12-я",
        "goblin episode 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "💔 «ТОККЭБИ» — ВЫХОДНЫЕ НА ПОДХОДЕ\n\nзавтра вечером 21 серия", "")]
    [InlineData(true, "💔 «ТОККЭБИ» — ВЫХОДНЫЕ НА ПОДХОДЕ\n\nзавтра вечером 11 серий", "")]
    // Round 19 (parts al, am): an ordinal with a verb of its own is the episode too; a headline that numbers the show's
    // episodes with no day is what the first dated line dates («Сегодня и завтра на tvN»), a byline's day with its year
    // not counting, and not a line with a kind or an event of its own.
    [InlineData(true, "«Токкэби»: 3 и 4 серии\n\nсегодня и завтра на tvN — новые серии! 3-я выходит сегодня вечером, 4-я — завтра",
        "goblin episode 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nСегодня и завтра на tvN, субтитры к вечеру!", "goblin episode 2023-05-30 ; goblin episode 2023-05-31 ")]
    // A time after days listed with "и" is each day's; after days with entries of their own («3-я серия — сегодня, 4-я — завтра, в 16:00») only the last one's.
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nСегодня и завтра, 16:00 мск!", "goblin episode 2023-05-30 16:00; goblin episode 2023-05-31 16:00")]
    [InlineData(true, "«Токкэби»: 3-я серия — сегодня, 4-я — завтра, в 16:00.", "goblin episode 2023-05-30 ; goblin episode 2023-05-31 16:00")]
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nРедакция · 28 мая 2023\n\nСегодня и завтра на tvN.", "goblin episode 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nРедакция · 30 мая 2023", "")]
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nСегодня фанмитинг, завтра — шоукейс.", "")]
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nСегодня выходит и OST к дораме.", "")]
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nСегодня — OST Чанёля, завтра — клип.", "")]
    [InlineData(true, "💼 «ТОККЭБИ» — новости\n\nСегодня и завтра на tvN.", "")]
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nЗавтра актёры ответят на вопросы фанатов.", "")]
    // A finale is a later episode by its word; ordinals run to the twentieth and take the accusative («12-ю», «восьмую»).
    [InlineData(true, "💪 «Токкэби» — сегодня финал!", "goblin episode 2023-05-30 ")]
    [InlineData(true, "«Токкэби» прощается со зрителями: финал — завтра.", "goblin episode 2023-05-31 ")]
    [InlineData(true, "Сегодня tvN покажет седьмую серию «Токкэби», а завтра — восьмую.", "goblin episode 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "«Токкэби» покажет 11-ю серию сегодня, а 12-ю — завтра.", "goblin episode 2023-05-30 ; goblin episode 2023-05-31 ")]
    [InlineData(true, "«Токкэби»: финал концертного тура — сегодня.", "")]
    // Two days of one clause, an episode between them, are one for each («…, четвёртая — завтра»).
    [InlineData(true, "Дорама «Токкэби» продолжается: пятая серия — сегодня, 30 мая, шестая — в четверг.", "goblin episode 2023-05-30 ; goblin episode 2023-06-01 ")]
    [InlineData(true, "Сегодня tvN показывает 3-ю серию «Токкэби», завтра (31 мая) — 4-ю.", "goblin episode 2023-05-30 ; goblin episode 2023-05-31 ")]
    // A calendar's next entry heading (a known show's title alone, with its channel) is whose episodes follow it.
    [InlineData(true, "Дорамы недели\n\n«Токкэби» (tvN). 9-я серия — в среду, 31 мая.\n\n«Ловушка» (OCN). Ли Со Ён в роли детектива. 3-я серия — в четверг, 1 июня.",
        "goblin episode 2023-05-31 ; the-trap episode 2023-06-01 ")]
    [InlineData(true, "Дорамы недели\n\n«Токкэби» (tvN). 9-я серия — в среду, 31 мая.\n\nВ «Ловушке» играет Ли Со Ён. 10-я серия — в четверг, 1 июня.",
        "goblin episode 2023-05-31 ; goblin episode 2023-06-01 ")]
    // A heading's capitals after its kind word in capitals are no unknown show that leaves the episode's show unsure.
    [InlineData(true, "ДОРАМЫ НЕДЕЛИ: 5–11 июня\n\nСРЕДА, 7-го и ЧЕТВЕРГ, 8-го — «Токкэби» (tvN): 9-я и 10-я серии.",
        "goblin episode 2023-06-07 ; goblin episode 2023-06-08 ")]
    [InlineData(true, "💼 «ТОККЭБИ» — 3 и 4 серии\n\nАктёры дали интервью 28 мая.\n\nСегодня и завтра на tvN.", "")]
    [InlineData(true, "«Токкэби»: вторая серия побила рекорд\n\nЗавтра актёры ответят на вопросы фанатов.", "")] // R19-F3
    [InlineData(true, "«Токкэби»: финал побил рекорд\n\nЗавтра актёры ответят на вопросы фанатов.", "")] // R19-F3
    [InlineData(true, "9-я серия «Токкэби» собрала рекордную аудиторию. Следующий — SHINee, они выпускают «Hard» завтра.", " single 2023-05-31 ")] // R19-F4
    [InlineData(true, "Сегодня фанаты обсуждают финал «Токкэби».", "")] // R19-F6
    [InlineData(true, "Дорамы недели\n\n«Ловушка» (OCN). 3-я серия — в среду, 31 мая.\n\n«Токкэби» (tvN).\n\n«Ловушка»: 4-я серия — в четверг, 1 июня.", "the-trap episode 2023-05-31 ; the-trap episode 2023-06-01 ")] // R19-F7
    [InlineData(true, "«Токкэби»: 3-я серия вышла вчера, сегодня в 21:00 — 4-я.", "goblin episode 2023-05-29 ; goblin episode 2023-05-30 21:00")] // R19-F9
    public void Extract_LaterEpisodeWithNoPremiereRead_IsTheCatalogsShow(bool withCatalog, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 5, 30), Language.Ru), withCatalog ? Goblin : null)
            .Select(c => $"{c.ResolvedSubjectSlug} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd} {c.Time:HH\\:mm}")));

    static readonly ExtractionCatalog ItaewonClass = new([
        KeyValuePair.Create("itaewon-class", (IReadOnlyList<string>)["Itaewon Class"]), KeyValuePair.Create("shinee", (IReadOnlyList<string>)["SHINee"])]);

    // Round 13 (part w): "ep" before a number is an episode, of the known show named right before it or after its "of".
    [Theory]
    [InlineData("itaewon class ep 7 tonight at 10:50pm KST on JTBC\nep 8 tomorrow, same 10:50pm slot",
        "itaewon-class episode 2023-05-30 22:50; itaewon-class episode 2023-05-31 22:50")]
    [InlineData("Episode 12 of Itaewon Class airs tomorrow.", "itaewon-class episode 2023-05-31 ")]
    // The headline's names are one known work: its later episode.
    [InlineData("Itaewon Class update\n\nEpisode 9 airs tonight at 10:50pm KST on JTBC.", "itaewon-class episode 2023-05-30 22:50")]
    [InlineData("Itaewon Class and SHINee update\n\nEpisode 9 airs tonight at 10:50pm KST on JTBC.", "")]
    // Round 16 (part ae): other capitalised words in a shouted headline are no second work, and a post's "@handle" line
    // is its author, not its headline.
    [InlineData("ITAEWON CLASS WEEKEND IS BACK 😭 thread\n\n1/ ep 9 airs tonight at 10:50pm KST on JTBC", "itaewon-class episode 2023-05-30 22:50")]
    [InlineData("@jtbc_fan_jiwoo\n\nitaewon class weekly reminder\n\nep 9 → tonight, 10:50pm KST on JTBC", "itaewon-class episode 2023-05-30 22:50")]
    [InlineData("@jtbc_fan_jiwoo\n\nweekly reminder\n\nep 9 → tonight, 10:50pm KST on JTBC", "")]
    [InlineData("ok so ITAEWON CLASS ep 9 is TONIGHT\n\nairs at 10:50pm KST on JTBC", "itaewon-class episode 2023-05-30 22:50")]
    [InlineData("Itaewon Class and Sweet Home update\n\nEpisode 9 airs tonight at 10:50pm KST.", "")]
    [InlineData("Episode 12 of a podcast with Itaewon Class stars airs tomorrow.", "")]
    [InlineData("Episode 5 of SHINee's travel reality show airs tomorrow.", "")]
    [InlineData("SHINee release The Story of Light EP.1 tomorrow.", "shinee ep 2023-05-31 ")]
    [InlineData("SHINee release their second EP tomorrow.", "shinee ep 2023-05-31 ")]
    [InlineData("SHINee release the mini-album 17 Carat tomorrow.", "shinee ep 2023-05-31 ")]
    [InlineData("SHINee release the album \"EP 2\" tomorrow.", "shinee album 2023-05-31 ")]
    // Round 19 (part am): a headline that opens with the show dates its episodes itself; a hashtag runs a known name of
    // several words together.
    [InlineData("ITAEWON CLASS week 3 👻 ep 5 tonight, ep 6 tomorrow on JTBC", "itaewon-class episode 2023-05-30 ; itaewon-class episode 2023-05-31 ")]
    [InlineData("#ItaewonClass episodes 9 & 10 tonight and tomorrow 🚓", "itaewon-class episode 2023-05-30 ; itaewon-class episode 2023-05-31 ")]
    [InlineData("#Itaewon episodes 9 & 10 tonight and tomorrow 🚓", "")]
    [InlineData("Itaewon Class episode 9 drew a record audience. Next — SHINee drop Hard tomorrow.", "shinee other 2023-05-31 ")]
    [InlineData("last night was a lot 😭 Itaewon Class finale TONIGHT on JTBC", "itaewon-class episode 2023-05-30 ")]
    [InlineData("Itaewon Class airs its eleventh episode tomorrow.", "itaewon-class episode 2023-05-31 ")]
    [InlineData("Itaewon Class second episode breaks ratings record\n\nTomorrow the cast will answer fan questions on Instagram.", "")] // R19-F3
    [InlineData("Itaewon Class episode 9 drew a record audience. Next — SHINee release \"Hard\" tomorrow.", "shinee single 2023-05-31 ")] // R19-F4
    [InlineData("Park Seo Joon opened up about the Itaewon Class finale today.", "")] // R19-F6
    [InlineData("The SHINee finale takes place tonight at Jamsil Stadium.", "")] // R19-F6
    [InlineData("SHINee appear on episode 5 of the travel show tonight", "")] // R19-F8
    public void Extract_EpisodeOfAKnownShowNamedBesideIt_IsThatShows(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 5, 30), Language.En), ItaewonClass)
            .Select(c => $"{c.ResolvedSubjectSlug} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd} {c.Time:HH\\:mm}")));

    [Theory]
    [InlineData("en", "The final episode of \"The Red Sleeve,\" broadcast on Sunday, May 28, recorded 17.4 percent.", "The Red Sleeve episode 2023-05-28")]
    [InlineData("en", "MBC's \"The Red Sleeve\" closed its run on Sunday, May 28.", "The Red Sleeve episode 2023-05-28")]
    [InlineData("en", "The concert was broadcast on Sunday, May 28.", "")]
    public void Extract_BroadcastOrClosedRun_IsTheShowsEpisode(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("ru", "Сегодня Чонгук выложил песню «Still With You».", "Чонгук single 2023-05-30")]
    [InlineData("ru", "Пак Бо Гом 31 мая ушёл служить в военно-морской флот.", "")]
    public void Extract_PostedSongOrServiceDate_IsOrIsNotARelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "tvN's \"It's Okay to Not Be Okay\" came to a warm conclusion on Sunday, May 28, with its 16th and final episode.",
        "It's Okay to Not Be Okay episode 2023-05-28")]
    [InlineData("en", "SEVENTEEN follow on May 30 with their 12th mini album.", "SEVENTEEN ep 2023-05-30")]
    public void Extract_KindAfterWithAndAnOrdinal_IsWhatTheDateReleases(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("ru", "Завтра, 31 мая, стартует дорама «Моё освобождение». В тот же день на tvN стартует «Наши блюзы».",
        "Моё освобождение drama 2023-05-31; Наши блюзы drama 2023-05-31")]
    [InlineData("ru", "Завтра, 31 мая, стартует дорама «Моё освобождение». В тот же день стартует продажа билетов на концерт «Наши блюзы».",
        "Моё освобождение drama 2023-05-31")]
    public void Extract_ShowStartingTheSameDayAsAPremiere_PremieresToo(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("ru", "Дорамы весны.\n\n5 июня tvN покажет первые серии «Королевы слёз».\n\nА 10 июня Netflix выпустит «Куриный наггетс» — комедию Ли Бён Хона (режиссёра «Экстремальной работы»).",
        "Королевы слёз drama 2023-06-05; Куриный наггетс drama 2023-06-10")]
    public void Extract_TitleInParentheses_IsBackgroundNotTheRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The caper film \"Seoul Vibe\" started streaming on Netflix today, May 30.", "Seoul Vibe film 2023-05-30")]
    [InlineData("en", "Netflix's series \"Bloodhounds\" will start streaming on June 9.", "Bloodhounds drama 2023-06-09")]
    public void Extract_StartedStreaming_IsTheShowsOrFilmsRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "tvN's \"Under the Queen's Umbrella\" premieres on Saturday, June 3. The drama runs for 16 episodes and will air every Saturday and Sunday.",
        "Under the Queen's Umbrella drama 2023-06-03")]
    [InlineData("ru", "Дорама «Хорошая пара» стартует 2 июня. Новые серии будут выходить каждую пятницу и субботу.", "Хорошая пара drama 2023-06-02")]
    [InlineData("en", "KBS1's daily drama \"My Merry Marriage\" premieres tonight at 8:30 p.m. and will air every Monday to Friday.",
        "My Merry Marriage drama 2023-05-30")]
    [InlineData("en", "KBS1's daily drama \"My Merry Marriage\" premieres tonight and will air every Monday through Friday.", "My Merry Marriage drama 2023-05-30")]
    public void Extract_WeekdayListedAfterARecurringOne_RecursToo(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("ru", "Канал tvN в пятницу, 26 мая, показал первую серию триллера «Счастье».", "Счастье drama 2023-05-26")]
    [InlineData("ru", "26 мая канал JTBC показал 16-ю, финальную серию дорамы «Беги».", "Беги episode 2023-05-26")]
    [InlineData("ru", "26 мая дорама «Беги» показала рекордный рейтинг.", "")]
    public void Extract_ChannelShowedAnEpisode_IsItsRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "\"Squid Game\" star Lee Jung-jae's first feature as a director, \"Hunt,\" opens in local theaters on Wednesday, May 31.", "Hunt film 2023-05-31")]
    [InlineData("en", "The new film from the creator of the 2016 hit \"Train to Busan,\" \"Peninsula,\" opens in local theaters on Wednesday, May 31.",
        "Peninsula film 2023-05-31")]
    [InlineData("ru", "«Полуостров», продолжение хита «Поезд в Пусан», выходит в прокат в среду, 31 мая.", "Полуостров film 2023-05-31")]
    [InlineData("en", "\"Light Shop,\" the latest webtoon adaptation by the creator of last year's hit \"Moving,\" premiered on Disney+ on Tuesday, May 30.",
        "Light Shop drama 2023-05-30")]
    [InlineData("en", "\"The Roundup: No Way Out,\" the third film in the \"Crime City\" franchise, opened in local theaters on Wednesday, May 31.",
        "The Roundup: No Way Out film 2023-05-31")]
    public void Extract_OtherWorkNamedBesideAFilm_IsNotItsTitle(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The second season of the drama \"Yumi's Cells\" premiered on TVING on Friday, May 26.", "yumis-cells-2 drama 2023-05-26")]
    [InlineData("en", "Season 2 of the drama \"Yumi's Cells\" premiered on TVING on Friday, May 26.", "yumis-cells-2 drama 2023-05-26")]
    [InlineData("en", "Season two of the drama \"Yumi's Cells\" premiered on TVING on Friday, May 26.", "yumis-cells-2 drama 2023-05-26")]
    [InlineData("en", "The second and final season of the drama \"Yumi's Cells\" premiered on TVING on Friday, May 26.", "yumis-cells-2 drama 2023-05-26")]
    [InlineData("ru", "Второй и заключительный сезон дорамы SBS «Образцовый таксист» стартовал в пятницу, 26 мая.", "taxi-driver-2 drama 2023-05-26")]
    [InlineData("ru", "Вчера на SBS вышла первая серия второго сезона экшн-комедии «Горячий священник».", "the-fiery-priest-2 drama 2023-05-29")]
    [InlineData("en", "The drama \"Yumi's Cells\" premiered on TVING on Friday, May 26.", "yumis-cells drama 2023-05-26")]
    [InlineData("en", "The fourth season of the drama \"Yumi's Cells\" premiered on TVING on Friday, May 26.", "yumis-cells drama 2023-05-26")]
    [InlineData("ru", "Второй сезон криминальной дорамы SBS «Образцовый таксист» стартовал в пятницу, 26 мая.", "taxi-driver-2 drama 2023-05-26")]
    [InlineData("en", "The drama \"Yumi's Cells\" premiered on TVING on Friday, May 26, while the second season of another show is still filming.",
        "yumis-cells drama 2023-05-26")]
    public void Extract_LaterSeason_IsTheCatalogsEntryForThatSeason(string lang, string text, string expected)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("yumis-cells", (IReadOnlyList<string>)["Yumi's Cells", "Клетки Юми"]),
            KeyValuePair.Create("yumis-cells-2", (IReadOnlyList<string>)["Yumi's Cells 2", "Клетки Юми 2"]),
            KeyValuePair.Create("the-fiery-priest", (IReadOnlyList<string>)["The Fiery Priest", "Горячий священник"]),
            KeyValuePair.Create("the-fiery-priest-2", (IReadOnlyList<string>)["The Fiery Priest 2", "Горячий священник 2"]),
            KeyValuePair.Create("taxi-driver", (IReadOnlyList<string>)["Taxi Driver", "Таксист"]),
            KeyValuePair.Create("taxi-driver-2", (IReadOnlyList<string>)["Taxi Driver 2", "Образцовый таксист 2"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 5, 30), lang == "ru" ? Language.Ru : Language.En), catalog);
        Assert.Equal(expected, string.Join("; ", found.Select(c => $"{c.ResolvedSubjectSlug} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));
    }

    [Theory]
    [InlineData("en", "\"A Taxi Driver\" opens in South Korean cinemas on Wednesday, Aug. 2.", "A Taxi Driver film A Taxi Driver 2023-08-02")]
    [InlineData("en", "\"Tunnel\" opens in local theaters on Aug. 10.", "Tunnel film Tunnel 2023-08-10")]
    [InlineData("en", "\"Tunnel\" opens on Aug. 10 at the Busan cinema festival.", "")] // cinemas beyond the verb's reach
    [InlineData("ru", "В среду, 9 августа, в корейских кинотеатрах выходит «Туннель» с Ха Джон У.", "Туннель film Туннель 2023-08-09")]
    public void Extract_TitleOpeningInCinemasWithNoKindWord_IsAFilm(string lang, string text, string expected) =>
        Assert.Equal(expected, ReadTitled(lang, text));

    // A weekday with a plural day part is the show's weekly slot, not another day.
    [Theory]
    [InlineData("en", "\"Reply 1997\" premieres on Friday, June 2. The series airs on Friday and Saturday nights.", "Reply 1997 drama 2023-06-02")]
    [InlineData("en", "\"Reply 1997\" premieres on Friday, June 2. The series airs Monday nights.", "Reply 1997 drama 2023-06-02")]
    [InlineData("en", "\"Reply 1997\" premieres on Friday night.", "Reply 1997 drama 2023-06-02")]
    public void Extract_WeekdayWithAPluralDayPart_IsTheWeeklySlot(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // "The quartet of Victoria, Amber, Luna and Krystal": the line-up of the act, not four acts.
    [Theory]
    [InlineData("en", "EXID are back. The quartet of Solji, LE, Hani and Hyelin releases its fourth album \"Eclipse\" on Tuesday, June 6.", "EXID album 2023-06-06")]
    [InlineData("ru", "EXID возвращаются. Квартет из Сольджи, Ели, Хани и Хелин выпустит альбом «Eclipse» 6 июня.", "EXID album 2023-06-06")]
    public void Extract_GroupNounOfMemberNames_IsTheLineupNotTheActs(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // The work a release is timed against is no release of that day.
    [Theory]
    [InlineData("ru", "Премьера пройдёт 10 августа, через неделю после фильма «Поезд в Пусан».", "")]
    [InlineData("ru", "Фильм «Туннель» выйдет 10 августа, через неделю после фильма «Поезд в Пусан».", "Туннель film 2023-08-10")]
    [InlineData("en", "The film opens on Aug. 10, a week after \"Train to Busan.\"", "")]
    [InlineData("en", "The film \"Tunnel\" opens on Aug. 10, a week after \"Train to Busan.\"", "Tunnel film 2023-08-10")]
    [InlineData("ru", "С 5 июня на этом месте выходит дорама вместо «Крысолова».", "")]
    [InlineData("en", "Two weeks after the film \"Exhuma\" opens on June 3, its director will hold a talk.", "Exhuma film 2023-06-03")]
    [InlineData("en", "On June 3, Kim Soo-hyun returns to TV after his film \"Real\" flopped.", "")]
    [InlineData("en", "SBS's new thriller \"Yong-pal\" began on Saturday, June 3, her first TV drama since \"Jang Ok-jung\" in 2013.", "Yong-pal drama 2023-06-03")]
    // Round 35 (part ay): the show a premiere takes the slot from is not its title.
    [InlineData("en", "KBS 2TV's new drama \"Brain Works\" stars Jung Yong-hwa.\n\nThe series premieres on Monday, June 5, taking over the slot from \"Curtain Call.\"",
        "Brain Works drama 2023-06-05")]
    [InlineData("ru", "Новая дорама KBS2 «Работа мозга» с Чон Ён Хва.\n\nСериал стартует в понедельник, 5 июня, на смену дораме «Занавес».", "Работа мозга drama 2023-06-05")]
    public void Extract_TitleTheReleaseIsTimedAgainst_IsNotTheRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // An article about cinemas with no kind word in its release sentences releases films.
    [Theory]
    [InlineData("en", "Korean cinemas head into peak season.\n\n\"The Battleship Island,\" starring So Ji-sub, opens on June 7.", "The Battleship Island film 2023-06-07")]
    [InlineData("en", "Fans head into peak season.\n\n\"The Battleship Island,\" starring So Ji-sub, opens on June 7.", "The Battleship Island drama 2023-06-07")]
    [InlineData("en", "New K-dramas this week\n\nSaturday, June 3: \"Queen of Tears.\" Kim Soo-hyun returns to TV after his film \"Real\" flopped at the box office.\n\nMonday, June 5: \"Wedding Impossible.\" A romantic comedy.",
        "Queen of Tears drama 2023-06-03; Wedding Impossible drama 2023-06-05")]
    public void Extract_TitleOpeningInAnArticleAboutCinemas_IsAFilm(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // "period drama", "legal drama" is a genre of films and shows alike: the article's screen works decide, and episodes
    // say show.
    [Theory]
    [InlineData("en", "Chuseok at the cinemas\n\nOn Oct. 3, Hwang Dong-hyuk's period drama \"The Fortress\" opens.", "The Fortress film 2023-10-03")]
    [InlineData("en", "Chuseok on TV\n\nOn Oct. 3, Hwang Dong-hyuk's period drama \"The Fortress\" begins.", "The Fortress drama 2023-10-03")]
    [InlineData("en", "Box office: \"Madame Aema\" is back in cinemas.\n\nNetflix's period drama \"Aema\" arrives on Oct. 3, with all six episodes at once.",
        "Aema drama 2023-10-03")]
    [InlineData("en", "Box office news\n\nSBS fills the slot with the new legal drama \"Hyena,\" beginning Friday, Oct. 3.", "Hyena drama 2023-10-03")]
    [InlineData("en", "Box office: \"Exhuma\" tops the chart again\n\nMeanwhile, Kim Go-eun returns to TV in the period drama \"Heavenly Idol,\" premiering Oct. 3.",
        "Heavenly Idol drama 2023-10-03")]
    [InlineData("en", "Chuseok lineup\n\nThe film \"Smugglers\" topped the box office last week.\n\n\"Concrete Utopia\" opens on Oct. 3.", "Concrete Utopia film 2023-10-03")]
    // Round 35 (part bk): a drama the clause opens, in an article about films, is a film whatever genre or premiere word
    // chose the drama ("its world premiere", "Comedy-drama … which opens"); not where the sentence says TV.
    [InlineData("en", "Jung Byung-gil's action thriller \"The Villainess\" opens in South Korean theaters on Thursday, June 8, less than three weeks " +
                      "after its world premiere in Cannes.\n\nThe film drew attention on the Croisette.", "The Villainess film 2023-06-08")]
    [InlineData("en", "Comedy-drama \"I Can Speak,\" which opens Thursday, June 8, begins as a story of complaints.\n\nHer reason becomes clear late in the film.",
        "I Can Speak film 2023-06-08")]
    [InlineData("en", "Comedy-drama \"I Can Speak,\" which opens on KBS2 on Thursday, June 8, begins as a story of complaints.\n\nHer reason becomes clear late in the film.",
        "I Can Speak drama 2023-06-08")]
    [InlineData("en", "Box office: \"Exhuma\" tops the chart again.\n\nMeanwhile, Gong Yoo's Netflix series \"The Trunk\" opens on June 9.", "The Trunk drama 2023-06-09")]
    public void Extract_GenreDrama_IsAFilmOnlyInAnArticleAboutFilms(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 35 (part bk): the day of the occasion a release is timed against is no release — named right before the
    // occasion or given by its verb; a day timed "ahead of" it, or with a comma between, is the release's.
    [Theory]
    [InlineData("en", "The film \"26 Years\" opens on Nov. 29. The release comes less than three weeks before the Dec. 19 presidential election.",
        "26 Years film 2023-11-29")]
    [InlineData("ru", "Премьера дорамы «Се си бон» состоится 14 июня. Премьера приурочена к праздникам: Соллаль в этом году приходится на 19 июня.",
        "Се си бон drama 2023-06-14")]
    [InlineData("ru", "Фильм «Мальчик-оборотень» выходит 4 июня. Премьера приурочена к праздникам, 5 июня — День детей.", "Мальчик-оборотень film 2023-06-04")]
    [InlineData("ru", "Фильм «Королева танца» выйдет 18 июня. Причина понятна: 23 июня Корея отмечает Соллаль.", "Королева танца film 2023-06-18")]
    [InlineData("en", "The film \"I, the Executioner\" opens on Friday ahead of Chuseok.", "I, the Executioner film 2023-06-02")]
    [InlineData("ru", "Завтра, 31 мая, накануне праздника Соллаль, в корейский прокат выходит фильм «Золотой сон».", "Золотой сон film 2023-05-31")]
    // Review 35: a release set on the occasion, or named by it, keeps its day.
    [InlineData("en", "KBS will air the two-part drama \"Dear Mom\" on June 16 as a Chuseok special.", "Dear Mom drama 2023-06-16")]
    [InlineData("ru", "Альбом ATEEZ выйдет 10 июня в Соллаль.", "ATEEZ album 2023-06-10")]
    // An occasion word that ends the text (a headline with no stop) is read to its end.
    [InlineData("en", "The film \"26 Years\" opens June 5, before the June 9 election", "26 Years film 2023-06-05")]
    [InlineData("ru", "Фильм «Экзума» выйдет 9 июня в Соллаль", "Экзума film 2023-06-09")]
    // Round 37 (part by): «сегодня у нас праздник:» — what the colon opens is the occasion, and its day the release's.
    [InlineData("ru", "АРМИ, сегодня у нас праздник: лидер BTS RM выпустил второй сольный альбом «Right Place, Wrong Person».", "RM album 2023-05-30")]
    public void Extract_DayOfTheOccasion_IsNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 35 (part ay): «комедия» and «драма» are genres of films and shows alike, so a calendar line that gives one with a
    // title lists the article's kind of work.
    [Theory]
    [InlineData("ru", "Корейский прокат в июне.\nВ июне корейские кинотеатры снова получают новинки каждую неделю.\n6 июня — дорожная комедия «Стеллар» с Сон Хо Джуном.\n" +
                      "27 июня — социальная драма о школьной травле «Я хочу знать твоих родителей».", "Стеллар film 2023-06-06; Я хочу знать твоих родителей film 2023-06-27")]
    [InlineData("ru", "Новые дорамы июня.\n6 июня — романтическая комедия «Стеллар» на tvN.", "Стеллар drama 2023-06-06")]
    public void Extract_CalendarLineWithAGenre_ListsTheArticlesWork(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Russian «прокатчики» deal in films (an English "distributor" also sells records: "through distributor Kakao").
    [Theory]
    [InlineData("ru", "Прокатчики готовят два корейских релиза.\n\nПятница, 2 июня - «Дворец мечты». В главной роли Ким Сон Ён.", "Дворец мечты film 2023-06-02")]
    [InlineData("ru", "Телеканалы готовят два корейских релиза.\n\nПятница, 2 июня - «Дворец мечты». В главной роли Ким Сон Ён.", "")]
    [InlineData("en", "Crush will release \"Rush Hour\" through distributor Kakao Entertainment on June 14.", "Crush single 2023-06-14")]
    public void Extract_ListingUnderFilmDistributors_ListsFilms(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A day heading its own sentence dates the next one's release verb and title, of the kind the article is about.
    [Theory]
    [InlineData("ru", "Неделя в кинотеатрах.\n\nСреда, 31 мая. В кинотеатры выходит «Дворец мечты» Ка Сон Мун.", "Дворец мечты film 2023-05-31")]
    [InlineData("en", "A week at the cinemas.\n\nWednesday, May 31. Out in theaters is \"Dream Palace\" by Ka Sung-moon.", "Dream Palace film 2023-05-31")]
    [InlineData("ru", "Неделя камбэков.\n\nСреда, 31 мая. Выходит «Дворец мечты» группы ITZY.", "")]
    [InlineData("en", "Comebacks this week\n\nJang Won-young, who stars in a new drama, leads a busy week.\n\nFriday, June 2. IVE release \"I AM\".", "")]
    [InlineData("en", "Films and songs this week\n\nThe film \"Smugglers\" tops the box office. Its OST single is a hit.\n\nWednesday, May 31. Out in theaters is \"Dream Palace\".", "")]
    public void Extract_DayHeadingATitledRelease_ReleasesTheArticlesScreenKind(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Release phrasings: a film that "hits local theaters", a work that "lands on" its day (not at No. 1, not in Paris).
    [Theory]
    [InlineData("en", "Crime thriller \"The Negotiation\" will hit local theaters Wednesday.", "The Negotiation film 2023-05-31")]
    [InlineData("en", "LISA's full album \"ALTER EGO\" lands on June 28.", "LISA album 2023-06-28")]
    [InlineData("en", "IVE's single \"Accendio\" lands at No. 1 on Melon on June 14.", "")]
    [InlineData("en", "Jin lands in Paris on Friday ahead of the torch relay for his album \"Happy.\"", "")]
    public void Extract_OtherReleasePhrasings_AreReleases(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A broadcaster airs shows, in an article that also lists films.
    [Fact]
    public void Extract_BroadcasterLaunchInAFilmArticle_IsADrama() =>
        Assert.Equal("Dream Palace film 2023-05-31; Knight Flower drama 2023-06-02",
            Read("en", "This week at the cinemas and on TV.\n\nThe film \"Dream Palace\" opens in theaters on Wednesday, May 31.\n\n" +
                       "On Friday, June 2, MBC launches \"Knight Flower.\""));

    // A show that takes a slot premieres there (round 26): the taker after the verb.
    [Theory]
    [InlineData("en", "tvN's Monday-Tuesday slot will be taken over by \"Lovely Runner,\" starring Byeon Woo-seok, from Monday, June 5.",
        "Lovely Runner drama 2023-06-05")]
    [InlineData("en", "KBS will fill the slot with the historical romance \"The King's Affection\" from June 12.", "The King's Affection drama 2023-06-12")]
    [InlineData("ru", "Уже в эту субботу, 3 июня, слот выходного дня займут «Наши блюзы».", "Наши блюзы drama 2023-06-03")]
    [InlineData("ru", "С 8 июня освободившийся слот займёт триллер «Инсайдер».", "Инсайдер drama 2023-06-08")]
    public void Extract_AShowThatTakesASlot_Premieres(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, text));

    // Without a slot, "take" is no premiere: «заняла первое место», "is taken over by" a new owner.
    [Theory]
    [InlineData("ru", "Песня «Fancy» 3 июня займёт первое место в чарте Melon.")]
    [InlineData("en", "The agency behind \"Fancy\" is taken over by HYBE on June 3.")]
    public void Extract_TakingWithoutASlot_PremieresNothing(string lang, string text) => Assert.Equal("", Read(lang, text));

    // "drama" after a describing word in a sentence where it opens is a genre (round 28): a film in an article about films,
    // unless the sentence says TV.
    [Theory]
    [InlineData("Box office this week\n\nThe film \"Dream Palace\" opens in theaters on Wednesday, May 31.\n\n" +
                "Kang Je-gyu's marathon drama \"1947 Boston\" will open on June 7, ahead of the holiday.",
        "Dream Palace film 2023-05-31; 1947 Boston film 2023-06-07")]
    [InlineData("Box office this week\n\nThe film \"Dream Palace\" opens in theaters on Wednesday, May 31.\n\n" +
                "The big-budget weekend drama \"Twinkling\" premieres on tvN on June 3.",
        "Dream Palace film 2023-05-31; Twinkling drama 2023-06-03")]
    // Review 28: a described drama that streams, premieres or airs is a show.
    [InlineData("Box office this week\n\nThe film \"Dream Palace\" opens in theaters on Wednesday, May 31.\n\n" +
                "A gripping drama \"Twinkling\" starts streaming on June 2, and the romance drama \"Moving\" premieres on June 3.",
        "Dream Palace film 2023-05-31; Twinkling drama 2023-06-02; Moving drama 2023-06-03")]
    public void Extract_ADescribedDramaInAFilmArticle_IsAFilm(string text, string expected) => Assert.Equal(expected, Read("en", text));

    // Round 29 (parts bc, d, y): the cast between a show and the relative clause about it ("…, starring Song Joong-ki, which
    // premieres Saturday"), and a sentence opening with "Its"/«Его» after the one that named the show last.
    [Theory]
    [InlineData("en", "Drama report: 'Mr. Queen' ends\n\n\"Mr. Queen\" will be followed in the weekend slot by \"Vincenzo,\" starring Song Joong-ki, which premieres Saturday.",
        "Vincenzo drama 2023-06-03")]
    // Round 40 (part cl): a few words that say what the show is may stand before its cast.
    [InlineData("en", "Drama report: 'Mr. Queen' ends\n\n\"Mr. Queen\" will be followed in the weekend slot by \"Vincenzo,\" a dark comedy starring Song Joong-ki " +
                      "and Jeon Yeo-been, which premieres Saturday.",
        "Vincenzo drama 2023-06-03")]
    [InlineData("ru", "Триллер «Дар Бога: 14 дней» завершился\n\nМесто сериала в эфирной сетке займёт медицинский триллер «Доктор-чужак». Его премьера состоится 5 июня.",
        "Доктор-чужак drama 2023-06-05")]
    public void Extract_TheShowACastOrAPronounPointsBackTo_Premieres(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, text));

    // Review 29: only a cast ("starring"), not a guest ("featuring"), stands between a title and its relative clause.
    [Fact]
    public void Extract_AGuestBeforeARelativeClause_LeavesTheTitleUnclaimed() =>
        Assert.Equal("BTS' Jin album  2023-06-02", ReadTitled("en",
            "BTS' Jin, whose solo single \"The Astronaut\" featuring Coldplay's Chris Martin, which dropped in 2022, returns with a new album on Friday, June 2."));

    // Round 29 (parts bc, ba): "Both dramas", «обеих дорам» are the two shows the article named last; with one named,
    // "both" finds no pair.
    [Theory]
    [InlineData("en", "Weekend TV\n\nMBC launches the romance drama \"Hotel King\" on Saturday. SBS answers the same night with the medical drama \"Angel Eyes.\"\n\n" +
                      "Both dramas air their second episodes on Sunday, setting up a battle with KBS1's historical drama \"Jeong Do-jeon.\"",
        "Hotel King drama 2023-06-03; Hotel King episode 2023-06-04; Angel Eyes episode 2023-06-04")]
    [InlineData("ru", "Премьеры недели\n\nВ субботу MBC покажет дораму «Король отеля», а SBS — дораму «Ангельские глаза».\n\n" +
                      "Оба сериала выходят по выходным: вторые серии обеих дорам покажут в воскресенье.",
        "Король отеля drama 2023-06-03; Ангельские глаза episode 2023-06-04; Король отеля episode 2023-06-04")]
    // Review 29: "both dramas" only as the verb's subject, right before it.
    [InlineData("en", "Weekend TV\n\nMBC launches the drama \"Hotel King\" on Saturday. SBS answers with the drama \"Angel Eyes.\"\n\n" +
                      "Both dramas, however, pale next to \"Queen of Tears,\" whose finale airs Sunday.",
        "Hotel King drama 2023-06-03; Queen of Tears episode 2023-06-04")]
    [InlineData("en", "Weekend TV\n\nMBC launches the romance drama \"Hotel King\" on Saturday.\n\nBoth dramas air their second episodes on Sunday.",
        "Hotel King drama 2023-06-03; Hotel King episode 2023-06-04")]
    public void Extract_BothDramas_AreTheTwoNamedLast(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, text));

    // Round 33: in an article about films or shows alone, a work the catalog knows, unquoted, right before a schedule word
    // ("arrives", "opens", "launches") is what that day brings, as the article's kind; not in an article that also names
    // records or songs, not a person, not with an event word in the sentence.
    [Theory]
    [InlineData("Summer films at the box office\n\nThe Terror Live arrives on the 31st, with Ha Jung-woo as a news anchor.",
        "The Terror Live film The Terror Live 2023-05-31")]
    [InlineData("Summer films\n\nThe thriller The Terror Live opens on May 31.", "The Terror Live film The Terror Live 2023-05-31")]
    [InlineData("New dramas this week\n\nMoving launches on the 31st.", "Moving drama Moving 2023-05-31")]
    [InlineData("Summer films and new albums\n\nThe Terror Live arrives on the 31st.", "")]
    [InlineData("Summer films\n\nThe Terror Live press screening opens on the 31st.", "")]
    [InlineData("Summer films\n\nHa Jung-woo arrives in Busan on the 31st.", "")]
    // Review 33: only with the verb's own day right after it; a name after "with" is the cast, no title.
    [InlineData("Summer films\n\nThe Terror Live opens first, on Wednesday, May 31.", "The Terror Live film The Terror Live 2023-05-31")]
    [InlineData("New dramas this week\n\nMoving starts its final week on May 31.", "")]
    [InlineData("Summer films abroad\n\nThe Terror Live opens in Japan on May 31.", "")]
    [InlineData("Summer films\n\nThe new thriller with Ha Jung-woo opens on May 31.", "")]
    public void Extract_Round33UnquotedWorkBeforeItsScheduleWord_IsTheWork(string text, string expected) =>
        Assert.Equal(expected, ReadTitled("en", text, new ExtractionCatalog([new("the-terror-live", ["The Terror Live"]), new("moving", ["Moving"]),
            new("ha-jung-woo", ["Ha Jung-woo"])])));

    // Review 33: a catalog show before its verb is the show also when the verb opens a later season ("… premieres its third
    // season"), and a full stop inside its name ("Dr. Romantic") is the name's.
    [Fact]
    public void Extract_AShowsLaterSeason_IsTheCatalogsSeason() =>
        Assert.Equal(["dr-romantic-3"], DateExtractor.Extract(ArticleInput.FromText("SBS drama Dr. Romantic premieres its third season on May 31.",
                new DateOnly(2023, 5, 30), Language.En), new ExtractionCatalog([new("dr-romantic", ["Dr. Romantic"]), new("dr-romantic-3", ["Dr. Romantic 3"])]))
            .Select(c => c.ResolvedSubjectSlug));
}
