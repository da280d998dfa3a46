using ReleaseCalendar.Extraction.Mentions;
using ReleaseCalendar.Extraction.Sentences;

namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Stages 1–2: body → sentences with their mentions.</summary>
public sealed class SentencesStageTests
{
    [Theory]
    [InlineData("ru", "Альбом BTS выйдет 24 мая. Клип выйдет 25 мая.", 2)]
    [InlineData("en", "Mr. Kim said the album will be out on May 24. The video follows on May 25.", 2)]
    [InlineData("ru", "Альбом выйдет 24 мая 2024 г. в 18:00.", 1)]
    [InlineData("en", "The album will be out on May 24", 1)]
    [InlineData("ru", "Сингл «PLAY» (feat. Чанмо) выходит сегодня. Клип — вечером.", 2)] // Russian news writes "feat." too
    // Round 21 (part aw): an hour's "p.m." ends a sentence before a capitalised word that does not go on with the hour.
    [InlineData("en", "The second episode airs Thursday at 9 p.m. SBS has built its name on romances.", 2)]
    [InlineData("en", "The album drops at 6 p.m. KST on Friday.", 1)]
    [InlineData("en", "The drama airs at 9 p.m. Thursday and Friday.", 1)]
    [InlineData("en", "The drama airs at 9 p.m. on Thursday.", 1)]
    [InlineData("en", "The single drops on Aug. 19 at 1 p.m. HKT and the video follows.", 1)]
    [InlineData("en", "Tonight's slot belonged to a police comedy. tvN swapped the two shows.", 2)] // a name in mixed case opens a sentence
    [InlineData("en", "Fans of aespa. and others.", 1)] // lower case alone does not
    public void Scan_Text_CutsSentencesAtTheirEnds(string lang, string text, int expected) =>
        Assert.Equal(expected, Stage.Sentences(lang, text).Count);

    // Round 21 (part aw): K-pop writes a title in square brackets right after a kind word, mid-sentence; a line's opening
    // tag is no title, nor is an address.
    [Theory]
    [InlineData("en", "BABYMONSTER digital single [HOT SAUCE] drops today.", "HOT SAUCE")]
    [InlineData("ru", "LOONA в среду представили второй мини-альбом [#] и клип.", "#")]
    [InlineData("en", "[Herald Review] 'Believer' is a stylish remake.", "Believer")]
    [InlineData("en", "Out now: [MV] BTS's single.", "")]
    [InlineData("en", "Reporter Yoon Soyeon [yoon.soyeon@joongang.co.kr] wrote the piece.", "")]
    public void Scan_SquareBracketsMidSentence_HoldATitle(string lang, string text, string titles)
    {
        var s = Stage.One(lang, text);
        Assert.Equal(titles, string.Join(",", s.Quotes.Where(q => q.IsTitle).Select(q => s.Text[q.ContentStart..q.ContentEnd])));
    }

    [Theory]
    [InlineData("ru", "Сингл IU выйдет 24 мая в 18:00 по корейскому времени.", 1, 1)]
    [InlineData("en", "IU's single drops on May 24 at 6 p.m. KST.", 1, 1)]
    [InlineData("ru", "Сингл IU выйдет в мае.", 0, 0)]
    [InlineData("en", "IU's single drops in May.", 0, 0)]
    // Round 16 (part ah): «на 30е» after another day's month is that month's 30th; a rank after it is no day.
    [InlineData("ru", "Камбэк перенесли с 23 августа на 30е.", 2, 0)]
    [InlineData("ru", "Клип вышел 23 августа на 30е место чарта не попал.", 1, 0)]
    [InlineData("ru", "Группа поднялась на 30е место.", 0, 0)]
    public void Scan_Sentence_FindsItsDatesAndTimes(string lang, string text, int dates, int times)
    {
        var s = Stage.One(lang, text);
        Assert.Equal(dates, s.Dates.Count);
        Assert.Equal(times, s.Times.Count);
    }

    // Round 16 (part ae): a line typed in capitals capitalises every word; with a catalog, only its acts are names.
    [Theory]
    [InlineData(true, "💜 ЕРИН — СОЛЬНЫЙ ДЕБЮТ СЕГОДНЯ 💜", "ЕРИН")]
    [InlineData(true, "💜 ЕРИН И ЮНА — СОЛЬНЫЙ ДЕБЮТ СЕГОДНЯ 💜", "ЕРИН")]
    [InlineData(true, "💜 Ерин и Юна — сольный дебют сегодня 💜", "Ерин,Юна")]
    [InlineData(true, "Сегодня вышел новый клип группы МАМАМУ.", "МАМАМУ")]
    [InlineData(false, "💜 ЕРИН — СОЛЬНЫЙ ДЕБЮТ СЕГОДНЯ 💜", "ЕРИН,СОЛЬНЫЙ")]
    public void Names_InALineOfCapitals_AreTheCatalogsOnly(bool withCatalog, string text, string names)
    {
        var catalog = new ExtractionCatalog([KeyValuePair.Create("yerin", (IReadOnlyList<string>)["Yerin", "Ерин"])]);
        var s = Assert.Single(Stage.Sentences("ru", text, withCatalog ? catalog : null));
        Assert.Equal(names, string.Join(",", s.Names.Select(n => n.Text)));
    }

    // Round 16 (part ad): three letters glued to a number make a name ("4minute"); "10pm", "21st" keep their number.
    [Theory]
    [InlineData("en", "3RACHA and 88RISING drop singles on May 21st at 10pm KST.", "3RACHA,88RISING", 1, 1)]
    [InlineData("ru", "Новый сингл 4minute выйдет 21 мая в 18:00.", "4minute", 1, 1)]
    // Review 17: Cyrillic glued to a number, and a zone glued to a time, stay apart.
    [InlineData("en", "IVE release the single on May 22 at 18:00KST.", "IVE", 1, 1)]
    [InlineData("ru", "Альбом IVE выйдет 10мая в 18:00мск.", "IVE", 1, 1)]
    public void Scan_NumberGluedToAWord_IsANameOnlyWhenThreeLettersFollow(string lang, string text, string names, int dates, int times)
    {
        var s = Stage.One(lang, text);
        Assert.Equal(names, string.Join(",", s.Names.Select(n => n.Text)));
        Assert.Equal(dates, s.Dates.Count);
        Assert.Equal(times, s.Times.Count);
    }

    // Round 16 (parts ad, ae): English schedulers write Korea's month first ("10.12 (MON)", "Mon 11/29"); a bare "9/10"
    // inside prose rates, and Russian "10.12" is the 10th of December.
    [Theory]
    [InlineData("en", "▶ RELEASE: 10.12 (MON) — 10th Mini Album", "10-12")]
    [InlineData("en", "Mon 11/29, 6 p.m. KST — \"Killing Me\" single + official music video", "11-29")]
    [InlineData("en", "The single is out 11/29 (Mon) at 6 p.m.", "11-29")]
    [InlineData("en", "Critics gave the drama 9/10 on Monday.", "")]
    [InlineData("en", "24.05 — release", "5-24")]
    [InlineData("en", "Tickets cost 19.99 dollars.", "")]
    [InlineData("ru", "10.12 — релиз мини-альбома", "12-10")]
    [InlineData("en", "- 06.24 (D-DAY) 6 p.m. — \"Cosmic\" album + title track MV release", "6-24")]
    // Review 17: a count, a thread's numbering and a fraction are no days.
    [InlineData("en", "The finale airs tonight after the last episode drew 5.27 million viewers.", "")]
    [InlineData("en", "1/4 Seventeen will release their new album soon.", "")]
    [InlineData("en", "(2/4) the title track drops next Friday.", "")]
    [InlineData("en", "3-1 — the score of Sunday's final.", "")]
    // Round 18 (part ak): a weekday's short label right before a day in a sentence ("drops fri 9/8") dates it, as one
    // opening a schedule line does; the label's own word is needed ("drops 9/8" rates nothing).
    [InlineData("en", "LAYOVER (mini album, 6 tracks) drops fri 9/8, 1PM KST.", "9-8")]
    [InlineData("en", "\"Love Me Again\" came out yesterday (thu, 8/10) — song + MV.", "8-10")]
    [InlineData("en", "LAYOVER (mini album, 6 tracks) drops 9/8, 1PM KST.", "")]
    public void Scan_NumericDate_ReadsTheMonthWhereTheLanguageWritesIt(string lang, string text, string monthDay) =>
        Assert.Equal(monthDay, string.Join(",", Stage.One(lang, text).Dates.Where(d => d.Form == DateForm.DayMonth).Select(d => $"{d.Month}-{d.Day}")));

    [Theory]
    [InlineData("ru", "Гроза выпустит альбом 24 мая. Альбом выйдет весной.", "")]
    [InlineData("ru", "Гроза выпустит альбом 24 мая. Об этом рассказала Гроза.", "Гроза")]
    public void DropCommonSentenceStarts_WordCapitalisedOnlyAtSentenceStart_IsNoName(string lang, string text, string expected)
    {
        var sentences = Stage.Sentences(lang, text);
        CommonSentenceStarts.Drop(sentences, Stage.Language(lang));
        Assert.Equal(expected, string.Join(",", sentences[0].Names.Select(n => n.Text)));
    }

    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("stray-kids", (IReadOnlyList<string>)["Stray Kids"]),
        KeyValuePair.Create("rm", (IReadOnlyList<string>)["RM"]),
    ]);

    [Theory]
    [InlineData("ru", true, "Stray Kids выпустили мини-альбом ATE.", "ATE", "Stray Kids")]
    [InlineData("en", true, "Stray Kids released the mini album GOLDEN HOUR today.", "GOLDEN HOUR", "Stray Kids")]
    [InlineData("ru", true, "Вышел альбом RM.", "", "RM")]
    [InlineData("ru", true, "Stray Kids завершают трилогию, начатую мини-альбомами EASY и CRAZY.", "EASY,CRAZY", "Stray Kids")]
    [InlineData("ru", true, "Вышел мини-альбом EASY и RM рад.", "EASY", "RM")]
    [InlineData("en", true, "The album RM made is out.", "", "RM")]
    [InlineData("ru", false, "Вышел альбом Чимина.", "", "Чимина")]
    // Round 21 (part ax): after an event's word the channel's name and what follows name the event.
    [InlineData("ru", true, "В пятницу SBS отдаёт вечер под церемонию SBS Drama Awards.", "", "Drama Awards")]
    public void UnquotedTitles_NameAfterAKindWordOutsideTheCatalog_IsATitle(string lang, bool withCatalog, string text, string titles, string names)
    {
        var s = Assert.Single(Stage.Sentences(lang, text, withCatalog ? Catalog : null));
        Assert.Equal(titles, string.Join(",", s.TitleRuns.Select(r => s.Slice(r.First, r.End))));
        Assert.Equal(names, string.Join(",", s.Names.Select(n => n.Text)));
    }

    [Theory]
    [InlineData("en", "HYBE's newest girl group ILLIT (Yunah, Minju, Moka) debut on March 25.", "ILLIT")]
    [InlineData("en", "The quintet — Minji, Hanni and Hyein — released the single on July 7.", "")]
    // Round 21 (part ar): a member's own bracket inside the dashes' list does not end it.
    [InlineData("ru", "BSS — юнит SEVENTEEN, в который входят Сынгван, Докём (DK) и Хоши, — выпустит сингл-альбом 6 февраля.", "BSS")]
    [InlineData("en", "Jin, the eldest member of BTS, will release his album on May 24.", "Jin")]
    [InlineData("en", "G-Dragon, leader of the K-pop group BIGBANG, released his album on May 24.", "G-Dragon")]
    [InlineData("ru", "Чонгук, участник группы BTS, выпустит альбом 24 мая.", "Чонгук")]
    [InlineData("en", "RM and Jimin will release a single on May 24.", "RM,Jimin")]
    [InlineData("ru", "RM и Чимин выпустят сингл 24 мая.", "RM,Чимин")]
    [InlineData("en", "(G)I-DLE will release a single on May 24.", "(G)I-DLE")]
    [InlineData("en", "Jo Yu-ri, formerly of project girl group IZ*ONE, released her single on May 24.", "Jo Yu-ri")]
    [InlineData("ru", "Кан Даниэль, бывший центр Wanna One, выпускает мини-альбом 24 мая.", "Кан Даниэль")]
    [InlineData("ru", "Бэкхён, главный вокалист южнокорейской группы EXO, выпустил мини-альбом 24 мая.", "Бэкхён")]
    [InlineData("en", "WayV, the China-based unit of K-pop boy band NCT, released its album on May 24.", "WayV")]
    [InlineData("ru", "Певец Вонхо, ранее выступавший в составе группы MONSTA X, выпустил альбом 24 мая.", "Вонхо")]
    [InlineData("ru", "Вонхо выступал в составе группы MONSTA X до 2019 года, а 24 мая выпустил сольный альбом.", "Вонхо")]
    [InlineData("en", "SuperM, featuring members of SHINee, EXO, NCT and WayV, drops its debut EP on May 24.", "SuperM")]
    [InlineData("ru", "Группа TAEMIN, участник SHINee, и EXO выпустят альбомы 24 мая.", "TAEMIN,EXO")]
    [InlineData("en", "On May 24 Taemin, a member of SHINee, IU and Suzy released singles.", "Taemin,IU,Suzy")]
    [InlineData("en", "On May 24 Lin Chi-ling and Zhang Yi-ning released a duet.", "Lin Chi-ling,Zhang Yi-ning")]
    [InlineData("ru", "Дуэт AKMU, брат и сестра Ли Чанхёк и Ли Сухён, выпустил альбом 24 мая.", "AKMU")]
    [InlineData("en", "The duo AKMU, made up of siblings Lee Chan-hyuk and Lee Su-hyun, released an album on May 24.", "AKMU")]
    [InlineData("en", "Soyou, a former member of the disbanded girl group SISTAR, released her EP on May 24.", "Soyou")]
    [InlineData("en", "Taeyeon of K-pop girl group Girls' Generation will release an album on May 24.", "Taeyeon")]
    [InlineData("ru", "Тэён из группы Girls' Generation выпустит альбом 24 мая.", "Тэён")] // «из»: a non-subject already
    [InlineData("en", "Woollim Entertainment, home of boy band INFINITE and Nell, debuts Lovelyz on May 24.", "Lovelyz")]
    [InlineData("en", "WM Entertainment, the agency behind B1A4, debuts OH MY GIRL on May 24.", "OH MY GIRL")]
    [InlineData("ru", "Cube Entertainment — дом (G)I-DLE, CLC и BTOB — 24 мая выпускает LIGHTSUM.", "LIGHTSUM")]
    // Not an apposition of members: a list of acts, a group described without its members, a person described by
    // a single role, a given name with a hyphen.
    [InlineData("ru", "Дуэт AKMU, IU и Ли Сухён выпустили альбом 24 мая.", "AKMU,IU,Ли Сухён")]
    [InlineData("en", "On May 24 WayV, the boy band, and NCT released albums.", "WayV,NCT")]
    [InlineData("en", "On May 24 IU, the singer, and BTS released songs.", "IU,BTS")]
    [InlineData("en", "On May 24 Jo Yu-ri, Kang Seul-gi and IZ*ONE released songs.", "Jo Yu-ri,Kang Seul-gi,IZ*ONE")]
    [InlineData("en", "TWICE and girl group ITZY release albums on May 24.", "TWICE,ITZY")]
    [InlineData("en", "Like TWICE, all five of the members of the girl group ITZY will release new singles on May 24.", "ITZY")]
    [InlineData("en", "The new album of girl group ITZY comes out on May 24.", "ITZY")]
    [InlineData("en", "TWICE came home to ONCE, and ITZY released an album on May 24.", "TWICE,ONCE,ITZY")]
    [InlineData("en", "Woollim Entertainment, home of INFINITE, said Lovelyz and Nell debut on May 24.", "Lovelyz,Nell")]
    [InlineData("ru", "Альбом TWICE выйдет 24 мая, из группы ITZY — 25 мая.", "TWICE,ITZY")]
    public void Appositions_NamesDescribingAnotherName_AreNoSubjects(string lang, string text, string names)
    {
        var s = Stage.One(lang, text);
        Assert.Equal(names, string.Join(",", s.Names.Select(n => n.Text)));
    }

    [Theory]
    [InlineData("en", "Fans in the United States can stream TWICE's album from May 24.", "United States", true)]
    [InlineData("ru", "Альбом TWICE выйдет 24 мая в США и Японии.", "США", true)]
    [InlineData("ru", "Альбом Дженни вышел 7 марта на лейбле ODD ATELIER.", "ODD ATELIER", true)]
    [InlineData("en", "STAY, Stray Kids just dropped their album today!", "STAY", true)]
    [InlineData("en", "Stray Kids, the group from JYP, dropped their album today!", "Stray Kids", false)]
    [InlineData("ru", "Альбом TWICE выйдет 24 мая.", "TWICE", false)]
    [InlineData("en", "The music video for \"ON\" is set to follow on Feb. 28 KST.", "KST", true)]
    [InlineData("ru", "IZ*ONE назвали дату камбэка: Bloom*Iz выйдет 17 февраля.", "Iz", true)]
    [InlineData("en", "• D-DAY (27.11, 18:00 KST) — the album and its video.", "D-DAY", true)]
    [InlineData("ru", "Клип выйдет 28 февраля, МСК тоже считает дни.", "МСК", true)]
    [InlineData("en", "SM's first new girl group since aespa, Hearts2Hearts, debuts today.", "aespa", true)]
    [InlineData("en", "SM's first new girl group since aespa, Hearts2Hearts, debuts today.", "Hearts2Hearts", false)]
    [InlineData("ru", "Альбом продался лучше, чем Stray Kids ожидали.", "Stray Kids", true)]
    // Round 21 (part ar): what a release comes after, right after «после»; not whose debut it comes after.
    [InlineData("ru", "Через неделю после BSS, 13-го, возвращается Ки с переизданием «Killer».", "BSS", true)]
    [InlineData("ru", "Через неделю после BSS, 13-го, возвращается Ки с переизданием «Killer».", "Ки", false)]
    [InlineData("ru", "Через год после дебюта BSS выпускают первый альбом.", "BSS", false)]
    [InlineData("en", "Three films open on consecutive Wednesdays, Stray Kids said.", "Wednesdays", true)]
    public void NonSubjects_PlacesOrganisationsAndGreetings_AreNoNames(string lang, string text, string name, bool dropped)
    {
        var names = Stage.One(lang, text).Names.Select(n => n.Text).ToList();
        Assert.Equal(dropped, !names.Contains(name));
    }

    [Theory]
    [InlineData("en", "It follows their mini album \"Whiplash,\" which came out on October 21.", 1)]
    [InlineData("en", "It follows their mini album \"Whiplash\", which came out on October 21.", 1)]
    [InlineData("en", "It follows their mini album \"Whiplash\" which came out on October 21.", 0)]
    [InlineData("ru", "Это продолжение мини-альбома «Whiplash», который вышел 21 октября.", 1)]
    public void SplitClauses_CommaInsideClosingQuote_StillOpensARelativeClause(string lang, string text, int relativeClauses) =>
        Assert.Equal(relativeClauses, Stage.One(lang, text).RelativeClauses.Count);

    [Theory]
    [InlineData("Вону выпустил сингл 24 мая.", "wonwoo")]
    [InlineData("Сингл с Воном вышел 24 мая.", "wonwoo")]
    [InlineData("Вонхо выпустил сингл 24 мая.", "")]
    [InlineData("Вонён выпустила сингл 24 мая.", "")]
    [InlineData("Цзыюй выпустила сингл 24 мая.", "tzuyu")]
    [InlineData("Альбом Цзыюи вышел 24 мая.", "tzuyu")]
    [InlineData("Сону выпустил сингл 24 мая.", "")]
    [InlineData("Фильм «Сон» вышел 24 мая, а песню Пол Кима слушают все.", "paul-kim")]
    [InlineData("Дуэт брата и сестры Ли Чхан Хёка и Ли Су Хён выпустил альбом 24 мая.", "")]
    [InlineData("Альбом Хёны вышел 24 мая.", "hyuna")]
    public void FindAliases_RussianStem_TakesCaseEndingsOnly(string text, string slug)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("wonwoo", (IReadOnlyList<string>)["Wonwoo", "Вону"]),
            KeyValuePair.Create("tzuyu", (IReadOnlyList<string>)["Tzuyu", "Цзыюй"]),
            KeyValuePair.Create("sleep-film", (IReadOnlyList<string>)["Sleep", "Сон"]),
            KeyValuePair.Create("paul-kim", (IReadOnlyList<string>)["Paul Kim", "Пол Ким"]),
            KeyValuePair.Create("hyuna", (IReadOnlyList<string>)["HyunA", "Хёна"]),
        ]);
        var s = Assert.Single(Stage.Sentences("ru", text, catalog));
        Assert.Equal(slug, s.Names.FirstOrDefault(n => n.Slug is not null)?.Slug ?? "");
    }

    [Theory]
    [InlineData("Милого дома", "sweet-home")]
    [InlineData("Милый дом", "sweet-home")]
    [InlineData("Хорошего мальчика", "good-boy")]
    [InlineData("Хорошим мальчиком", "good-boy")]
    [InlineData("Милая", null)]
    [InlineData("Домовой", null)]
    public void Resolve_RussianTitleInAnyCase_IsTheCatalogsShow(string written, string? slug)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("sweet-home", (IReadOnlyList<string>)["Sweet Home", "Милый дом"]),
            KeyValuePair.Create("good-boy", (IReadOnlyList<string>)["Good Boy", "Хороший мальчик"]),
        ]);
        Assert.Equal(slug, catalog.Resolve(written));
    }

    [Theory]
    [InlineData("Физиогномист", "the-face-reader")]
    [InlineData("Физиогномиста", "the-face-reader")]
    [InlineData("Луна", "the-moon-film")]
    [InlineData("The Moon", "the-moon-film")]
    [InlineData("X1", "x1")]
    [InlineData("Алые сердца", "moon-lovers")]
    [InlineData("(G)I-DLE", "gidle")]
    public void Resolve_AliasTypedInQuotesOrWithANote_IsTheNameItself(string written, string? slug)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("the-face-reader", (IReadOnlyList<string>)["The Face Reader", "«Физиогномист»"]),
            KeyValuePair.Create("the-moon-film", (IReadOnlyList<string>)["\"The Moon\" (film)", "«Луна» (фильм)"]),
            KeyValuePair.Create("x1", (IReadOnlyList<string>)["X1 (Икс-Уан)"]),
            KeyValuePair.Create("moon-lovers", (IReadOnlyList<string>)["«Алые сердца (дорама)»"]),
            KeyValuePair.Create("gidle", (IReadOnlyList<string>)["(G)I-DLE"]),
        ]);
        Assert.Equal(slug, catalog.Resolve(written));
    }

    [Fact]
    public void Extract_ShowWhoseRussianAliasIsTypedInQuotes_IsTheCatalogsShow()
    {
        var catalog = new ExtractionCatalog([KeyValuePair.Create("kairos", (IReadOnlyList<string>)["Kairos", "«Кайрос»"])]);
        var found = DateExtractor.Extract(ArticleInput.FromText(
            "Телеканал MBC сегодня вечером начнёт показ фантастического триллера «Кайрос».", new DateOnly(2020, 10, 26), Language.Ru), catalog);
        var release = Assert.Single(found);
        Assert.Equal(("kairos", ReleaseKind.Drama, new DateOnly(2020, 10, 26)), (release.ResolvedSubjectSlug, release.Kind, release.Date));
    }

    [Theory]
    [InlineData(true, "TOMORROW X TOGETHER are coming back on May 24!", "txt", 1)]
    [InlineData(false, "TOMORROW X TOGETHER are coming back on May 24!", "", 2)]
    public void FindAliases_CatalogNameWithADayWord_OutranksTheDay(bool withCatalog, string text, string slug, int dates)
    {
        var catalog = new ExtractionCatalog([KeyValuePair.Create("txt", (IReadOnlyList<string>)["TOMORROW X TOGETHER", "TXT"])]);
        var s = Assert.Single(Stage.Sentences("en", text, withCatalog ? catalog : null));
        Assert.Equal(slug, s.Names.FirstOrDefault(n => n.Slug is not null)?.Slug ?? "");
        Assert.Equal(dates, s.Dates.Count);
    }

    static readonly ExtractionCatalog WordCatalog = new([
        KeyValuePair.Create("exit-film", (IReadOnlyList<string>)["Exit", "Выход"]),
        KeyValuePair.Create("aespa", (IReadOnlyList<string>)["aespa", "эспы"]),
    ]);

    [Theory]
    [InlineData("Альбом выходит 26 мая, а Выход вышел давно.", "exit-film")]
    [InlineData("Альбом выходит 26 мая.", "")]
    [InlineData("Пятый альбом эспы выходит 26 мая.", "aespa")]
    [InlineData("Альбом ВЫХОДИТ СЕГОДНЯ, а Выход вышел давно.", "exit-film")]
    public void FindNames_RussianCatalogNameThatIsAlsoAWord_MatchesOnlyCapitalised(string text, string slugs) =>
        Assert.Equal(slugs, string.Join(",", Assert.Single(Stage.Sentences("ru", text, WordCatalog)).Names.Select(n => n.Slug)));

    static readonly ExtractionCatalog SyllableCatalog = new([
        KeyValuePair.Create("sleep-film", (IReadOnlyList<string>)["Сон"]),
        KeyValuePair.Create("jin", (IReadOnlyList<string>)["Джин"]),
        KeyValuePair.Create("lee-mujin", (IReadOnlyList<string>)["Ли Му Джин"]),
    ]);

    // Round 21 (part ar): a Korean name written syllable by syllable holds no one-word catalog name; a sentence's
    // capitalised first word beside one is no syllable.
    [Theory]
    [InlineData("Группа выпустила ролик: Сон Джун Хён привязан к стулу, И Джин У за кем-то гонится.", "Сон Джун Хён=,Джин У=")]
    [InlineData("Ли Му Джин выпустил сингл, а Джин снялся в клипе.", "Ли Му Джин=lee-mujin,Джин=jin")]
    [InlineData("Вчера Джин выпустил сингл, а фильм Сон вышел в прокат.", "Джин=jin,Сон=sleep-film")]
    public void FindNames_OneWordAliasInsideASyllableName_IsNoCatalogName(string text, string names) =>
        Assert.Equal(names, string.Join(",", Assert.Single(Stage.Sentences("ru", text, SyllableCatalog)).Names.Select(n => $"{n.Text}={n.Slug}")));

    [Theory]
    [InlineData("Выход нового сингла перенесён на 15 ноября.", "")]
    [InlineData("Выход нового сингла перенесён на 15 ноября. Зато Выход уже в кино.", "exit-film")]
    // a word joined by «и» to another name is one of a list of acts
    [InlineData("Выход и Сон выйдут 15 ноября.", "exit-film")]
    // guard: joined to a word that opens no name it stays a word
    [InlineData("Выход и релиз перенесены на 15 ноября.", "")]
    public void Extract_CapitalisedWordOpeningTheOnlySentence_IsNoCatalogName(string text, string slugs)
    {
        var sentences = Stage.Sentences("ru", text, WordCatalog);
        Mentions.CommonSentenceStarts.Drop(sentences, Stage.Language("ru"));
        Assert.Equal(slugs, sentences[0].Names.FirstOrDefault()?.Slug ?? "");
    }

    static readonly ExtractionCatalog EnglishWordCatalog = new([
        KeyValuePair.Create("agency", (IReadOnlyList<string>)["Agency"]),
        KeyValuePair.Create("winner", (IReadOnlyList<string>)["WINNER"]),
        KeyValuePair.Create("stray-kids", (IReadOnlyList<string>)["Stray Kids"]),
        KeyValuePair.Create("yoon-mi-rae", (IReadOnlyList<string>)["Yoon Mi-rae"]),
        KeyValuePair.Create("crush", (IReadOnlyList<string>)["Crush"]),
        KeyValuePair.Create("live", (IReadOnlyList<string>)["Live", "LIVE"]),
        KeyValuePair.Create("highlight", (IReadOnlyList<string>)["HIGHLIGHT"]),
    ]);

    [Theory]
    [InlineData("The EP was postponed after the crowd crush in Itaewon. Crush sings its title track.", ",crush")]
    [InlineData("Both videos go live tonight. The drama Live airs later.", ",live")]
    [InlineData("Crush returns. The second single by crush is out today.", "crush,")] // prose: lower case after a word is the word
    [InlineData("omg the teaser!!\nso hyped for crush tonight", ",crush")] // a post in lower case
    [InlineData("omg the teaser!!\nthe mv goes live tonight", ",")] // the end of a phrase ("goes live") is the phrase's, in a post too
    [InlineData("The album is the highlight of the year. HIGHLIGHT return today.", ",highlight")] // an all-caps name too
    [InlineData("Girl group crush will release an album today.", "crush")] // after a role noun it is a name however written
    [InlineData("Track list out. HIGHLIGHT return today.\n- Album highlight medley", ",highlight,")] // a line's first word is capitalised as first
    [InlineData("The album is out. WINNER crush the charts today.", ",winner")] // lower case after a name, in prose, is the word too
    [InlineData("The album is out. On June 20, winner return.", ",winner")] // after punctuation, a stylised name
    public void FindNames_CapitalisedCatalogNameInLowerCaseAfterALowerCaseWord_IsAWordInProse(string text, string slugs) =>
        Assert.Equal(slugs, string.Join(",", Stage.Sentences("en", text, EnglishWordCatalog).Select(s => string.Join("+", s.Names.Where(n => n.Slug is not null).Select(n => n.Slug)))));

    [Theory]
    [InlineData("The album came out on Monday, the agency said.", "")]
    [InlineData("The album came out on Monday, according to its agency.", "")]
    [InlineData("JTBC's Agency premieres on Monday.", "agency")]
    [InlineData("stray kids' new single is out now.", "stray-kids")]
    [InlineData("the winner comeback drops today with the album \"Holiday\"!!", "winner")]
    [InlineData("Agency returns on May 11 after a week off.", "agency")]
    [InlineData("The single came out today through small agency Attrakt.", "")]
    [InlineData("Agency Attrakt said the single came out today.", "")]
    public void FindNames_TitleCaseCatalogNameInLowerCaseAfterADeterminer_IsACommonNoun(string text, string slugs) =>
        Assert.Equal(slugs, string.Join(",", Assert.Single(Stage.Sentences("en", text, EnglishWordCatalog)).Names.Select(n => n.Slug)));

    [Theory]
    [InlineData("Yoon Mi-rae's single is out now.")]
    [InlineData("Yoon Mi Rae's single is out now.")]
    [InlineData("Yoon Mirae's single is out now.")]
    public void FindNames_RomanisedNameWithOrWithoutItsHyphen_IsTheSameCatalogName(string text) =>
        Assert.Equal("yoon-mi-rae", Assert.Single(Assert.Single(Stage.Sentences("en", text, EnglishWordCatalog)).Names).Slug);

    static readonly ExtractionCatalog DuoCatalog = new([
        KeyValuePair.Create("irene-seulgi", (IReadOnlyList<string>)["IRENE & SEULGI", "Айрин и Сыльги"]),
    ]);

    [Theory]
    [InlineData("en", "Red Velvet's unit IRENE & SEULGI debuted today.", "irene-seulgi")]
    [InlineData("ru", "Юнит Айрин и Сыльги дебютировал сегодня.", "irene-seulgi")]
    [InlineData("en", "IRENE and SEULGI debuted today.", "")]
    public void FindAliases_DuoNameWithASpacedAmpersand_IsOneName(string lang, string text, string slugs) =>
        Assert.Equal(slugs, string.Join(",", Assert.Single(Stage.Sentences(lang, text, DuoCatalog)).Names.Where(n => n.Slug is not null).Select(n => n.Slug)));

    static readonly ExtractionCatalog UnitCatalog = new([
        KeyValuePair.Create("mamamoo", (IReadOnlyList<string>)["MAMAMOO", "Мамаму"]),
        KeyValuePair.Create("mamamoo-plus", (IReadOnlyList<string>)["MAMAMOO+", "Мамаму+"]),
        // A later subject whose name reads the same as an earlier one's ("G I-DLE", "(G)I-DLE": one phrase, two keys)
        // does not take it over.
        KeyValuePair.Create("gidle", (IReadOnlyList<string>)["(G)I-DLE"]),
        KeyValuePair.Create("gidle-fan-club", (IReadOnlyList<string>)["G I-DLE"]),
    ]);

    [Theory]
    [InlineData("en", "MAMAMOO+ released a single today.", "mamamoo-plus")]
    [InlineData("en", "MAMAMOO released a single today.", "mamamoo")]
    [InlineData("en", "MAMAMOO + BTS released a single today.", "mamamoo")]
    [InlineData("en", "(G)I-DLE released a single today.", "gidle")]
    [InlineData("en", "Unit MAMAMOO+, with Solar and Moonbyul, released a single today.", "mamamoo-plus")]
    [InlineData("ru", "Мамаму+ выпустили сингл сегодня.", "mamamoo-plus")]
    [InlineData("ru", "Мамаму выпустили сингл сегодня.", "mamamoo")]
    [InlineData("ru", "Сингл Мамаму вышел сегодня.", "mamamoo")]
    public void FindAliases_NameWithAGluedPlus_IsAnotherActThanTheName(string lang, string text, string slugs) =>
        Assert.Equal(slugs, string.Join(",", Assert.Single(Stage.Sentences(lang, text, UnitCatalog)).Names.Where(n => n.Slug is not null).Select(n => n.Slug)));

    [Theory]
    [InlineData("\"The Battleship Island,\" starring So Ji-sub and Song Joong-ki, opens today.", "")]
    [InlineData("Jimin's new song \"Who\" is out today.", "Single")]
    [InlineData("The OST Part 2 is out today.", "Ost")]
    [InlineData("BTS Release New Song Today", "Single")] // a title-case headline
    public void FindCues_KindWordInTitleCaseBeforeAName_IsASurname(string text, string kinds) =>
        Assert.Equal(kinds, string.Join(",", Stage.One("en", text).Cues.Where(c => c.Cue.Type == Languages.CueType.Kind).Select(c => c.Cue.Kind)));

    // A statement quoted whole holds titles of its own: 'Supernatural' is the single, not a name.
    [Theory]
    [InlineData("en", "ADOR shared: \"NewJeans' Japan debut single 'Supernatural' will be released on June 21.\"", "NewJeans single Supernatural 2024-06-21")]
    [InlineData("ru", "Как сообщили в Starship: «Пре-релизный сингл IVE 'REBEL HEART' и клип на него выйдут 21 июня»",
        "IVE mv  2024-06-21; IVE single REBEL HEART 2024-06-21")]
    public void Extract_TitleInsideAQuotedStatement_IsATitle(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 6, 10), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}")));
}
