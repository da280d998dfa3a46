namespace ReleaseCalendar.Extraction.Tests;

/// <summary>
/// One table per phrase family of issue #3 §2, Russian and English rows side by side, and a row that must not
/// yield a release for every row that must. Rows read "kind date [time zone]" for each release found.
/// </summary>
public sealed class PhraseFamilyTests
{
    static string Read(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}{(c.Time is { } t ? $" {t:HH:mm} {c.TimeZone}" : "")}"));

    [Theory]
    [InlineData("ru", "Альбом BTS выйдет 24 мая.", "album 2024-05-24")]
    [InlineData("en", "BTS will release the album on May 24.", "album 2024-05-24")]
    [InlineData("ru", "Сингл IU выйдет 24-го мая 2025 г.", "single 2025-05-24")]
    [InlineData("en", "IU will release the single on the 24th of May.", "single 2024-05-24")]
    [InlineData("en", "IU will release the single on May 24th, 2025.", "single 2025-05-24")]
    [InlineData("ru", "Альбом BTS выйдет в мае.", "")]
    [InlineData("en", "BTS will release the album in May.", "")]
    [InlineData("en", "The single may 2 be out soon.", "")]
    public void Extract_MonthNames(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("ru", "Клип TWICE выйдет 24.05.", "mv 2024-05-24")]
    [InlineData("en", "TWICE will release the music video on 24.05.2024.", "mv 2024-05-24")]
    [InlineData("ru", "Клип TWICE выйдет 2024-05-24.", "mv 2024-05-24")]
    [InlineData("en", "TWICE will release the music video on 05/24/2024.", "mv 2024-05-24")]
    [InlineData("ru", "Просмотры клипа TWICE выросли в 1.5 раза.", "")]
    [InlineData("en", "TWICE released version 2.4.05.1 of the music video app.", "")]
    public void Extract_NumericDates(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("en", "SEVENTEEN's single \"HIT\" out today.", "single 2024-05-10")]
    [InlineData("en", "SEVENTEEN DIGITAL SINGLE \"HIT\" OUT TODAY", "single 2024-05-10")]
    [InlineData("en", "TWICE's EP \"With YOU-th\" is set to come out on May 24.", "ep 2024-05-24")]
    [InlineData("en", "TWICE's EP \"With YOU-th\" is set to come out on May 1.", "ep 2025-05-01")]
    [InlineData("en", "Fans found out today that TWICE's single is finished.", "")]
    [InlineData("en", "Check out TWICE's new single today.", "")]
    [InlineData("en", "TWICE's teasers start rolling out today.", "")]
    public void Extract_BareOutAndComeOut(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("en", "Stray Kids get the festive season started tomorrow with their special single \"Christmas EveL.\"", "single 2024-05-11")]
    [InlineData("en", "The second season of \"Sweet Home\" premieres tomorrow.", "drama 2024-05-11")]
    public void Extract_SeasonOfTheYear_IsNoShow(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("ru", "Дорама «Сеул» выйдет в пятницу, 24 мая.", "drama 2024-05-24")]
    [InlineData("en", "The drama \"Seoul\" premieres on Friday, May 24.", "drama 2024-05-24")]
    [InlineData("ru", "Новые серии дорамы «Сеул» выходят каждую пятницу.", "")]
    [InlineData("en", "New episodes of \"Seoul\" air every Friday.", "")]
    public void Extract_WeekdayWithDate(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("ru", "Первые серии дорамы «Сеул» покажут с 1 по 3 июня.", "drama 2024-06-01")]
    [InlineData("en", "The first episodes of \"Seoul\" will be released from June 1 to 3.", "drama 2024-06-01")]
    [InlineData("ru", "Концерты BTS пройдут с 1 по 3 июня.", "")]
    [InlineData("en", "BTS concerts will take place June 1-3.", "")]
    public void Extract_Ranges_GiveTheFirstDay(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("ru", "Сегодня IVE выпустили клип.", "mv 2024-05-10")]
    [InlineData("en", "IVE released the music video today.", "mv 2024-05-10")]
    [InlineData("ru", "Завтра IVE выпустят сингл.", "single 2024-05-11")]
    [InlineData("en", "IVE will release the single tomorrow.", "single 2024-05-11")]
    [InlineData("ru", "Послезавтра IVE выпустят сингл.", "single 2024-05-12")]
    [InlineData("en", "IVE will release the single the day after tomorrow.", "single 2024-05-12")]
    [InlineData("ru", "Альбом IVE выйдет через две недели.", "album 2024-05-24")]
    [InlineData("en", "IVE will release the album in two weeks.", "album 2024-05-24")]
    [InlineData("ru", "Альбом IVE выйдет в эту пятницу.", "album 2024-05-10")]
    [InlineData("en", "IVE will release the album this Friday.", "album 2024-05-10")]
    [InlineData("ru", "Альбом IVE выйдет в следующий понедельник.", "album 2024-05-13")]
    [InlineData("en", "IVE will release the album next Monday.", "album 2024-05-13")]
    [InlineData("ru", "Альбом IVE выйдет через месяц.", "")]
    [InlineData("en", "IVE will release the album in a few weeks.", "")]
    [InlineData("ru", "Альбом IVE выйдет на следующей неделе.", "")]
    [InlineData("en", "IVE will release the album next week.", "")]
    [InlineData("ru", "Через две недели выйдет второй мини-альбом IVE — 26 мая.", "ep 2024-05-26")] // R19-F2
    [InlineData("en", "In two weeks IVE will release their second mini album, on May 26.", "ep 2024-05-26")] // R19-F2
    [InlineData("en", "In two weeks IVE will drop their next single, on May 26.", "single 2024-05-26")] // R19-F2
    [InlineData("ru", "Через две недели выйдет 2-й мини-альбом IVE — 26 мая.", "ep 2024-05-26")] // R19-F2
    public void Extract_RelativeDates(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("ru", "Альбом IVE выйдет в конце мая.")]
    [InlineData("en", "IVE will release the album in late May.")]
    [InlineData("ru", "Альбом IVE выйдет летом.")]
    [InlineData("en", "IVE will release the album this summer.")]
    [InlineData("ru", "Альбом IVE выйдет в середине месяца.")]
    [InlineData("en", "IVE will release the album later this month.")]
    public void Extract_VaguePeriods_AreNotDays(string lang, string text) => Assert.Equal("", Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("ru", "Клип ATEEZ выйдет 24 мая в 18:00 по корейскому времени.", "mv 2024-05-24 18:00 Asia/Seoul")]
    [InlineData("en", "ATEEZ will release the music video on May 24 at 6 PM KST.", "mv 2024-05-24 18:00 Asia/Seoul")]
    [InlineData("ru", "Клип ATEEZ выйдет 24 мая в 13:00 (KST).", "mv 2024-05-24 13:00 Asia/Seoul")]
    [InlineData("en", "ATEEZ will release the music video on May 24 at 1 PM KST (9:30 AM IST).", "mv 2024-05-24 13:00 Asia/Seoul")]
    [InlineData("ru", "Клип ATEEZ выйдет 24 мая в 7 вечера по Москве.", "mv 2024-05-24 19:00 Europe/Moscow")]
    [InlineData("en", "ATEEZ will release the music video on May 24 at 7 p.m. ET.", "mv 2024-05-24 19:00 America/New_York")]
    [InlineData("ru", "Клип ATEEZ выйдет 24 мая в полночь по Сеулу.", "mv 2024-05-24 00:00 Asia/Seoul")]
    [InlineData("en", "ATEEZ will release the music video at midnight KST on May 24.", "mv 2024-05-24 00:00 Asia/Seoul")]
    [InlineData("ru", "Клип ATEEZ выйдет 24 мая в 9:30 по московскому времени.", "mv 2024-05-24 09:30 Europe/Moscow")]
    [InlineData("en", "ATEEZ will release the music video on May 24 at 10 a.m. PT.", "mv 2024-05-24 10:00 America/Los_Angeles")]
    [InlineData("ru", "Клип ATEEZ выйдет 24 мая. Шоукейс начнётся в 18:00 по корейскому времени, а в 20:00 будет трансляция.", "mv 2024-05-24")]
    [InlineData("en", "Uyeon of 2PM released a single on May 4.", "single 2024-05-04")]
    public void Extract_TimesAndZones(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("ru", "2024-12-20", "Дорама «Сеул» выйдет 15 января.", "drama 2025-01-15")]
    [InlineData("en", "2024-12-20", "The drama \"Seoul\" will premiere on January 15.", "drama 2025-01-15")]
    [InlineData("ru", "2025-01-03", "Альбом IVE вышел 30 декабря.", "album 2024-12-30")]
    [InlineData("en", "2025-01-03", "IVE released the album on December 30.", "album 2024-12-30")]
    [InlineData("ru", "2024-12-20", "Альбом IVE выйдет 2 января 2026 года.", "album 2026-01-02")]
    [InlineData("en", "2024-12-20", "IVE will release the album on January 2, 2026.", "album 2026-01-02")]
    public void Extract_YearInference(string lang, string published, string text, string expected) => Assert.Equal(expected, Read(lang, published, text));

    [Theory]
    [InlineData("ru", "Релиз альбома SEVENTEEN перенесён с 5 на 12 июня.", "2024-06-12", "2024-06-05")]
    [InlineData("en", "SEVENTEEN's album has been postponed from June 5 to June 12.", "2024-06-12", "2024-06-05")]
    [InlineData("ru", "Альбом SEVENTEEN выйдет 12 июня вместо 5 июня.", "2024-06-12", "2024-06-05")]
    [InlineData("en", "SEVENTEEN's album, originally scheduled for June 5, will now be released on June 12.", "2024-06-12", "2024-06-05")]
    public void Extract_Postponement_GivesOnlyTheNewDate(string lang, string text, string date, string movedFrom)
    {
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 5, 10), lang == "ru" ? Language.Ru : Language.En));
        var release = Assert.Single(found);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), release.Date);
        Assert.Equal(DateOnly.Parse(movedFrom, System.Globalization.CultureInfo.InvariantCulture), release.PostponedFrom);
    }

    [Theory]
    [InlineData("ru", "10 мая RM выпустил клип.", "mv 2024-05-10")]
    [InlineData("en", "RM released the music video on May 10.", "mv 2024-05-10")]
    [InlineData("ru", "10 мая RM исполнил песню на концерте.", "")]
    [InlineData("en", "RM performed the song at a concert on May 10.", "")]
    public void Extract_PastTense_Counts(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-05-12", text));

    [Theory]
    [InlineData("ru", "Мини-альбом ENHYPEN выйдет 24 мая.", "ep")]
    [InlineData("en", "ENHYPEN's EP drops on May 24.", "ep")]
    [InlineData("ru", "Полноформатный альбом ENHYPEN выйдет 24 мая.", "album")]
    [InlineData("en", "ENHYPEN's mini album drops on May 24.", "ep")]
    [InlineData("ru", "Видеоклип ENHYPEN выйдет 24 мая.", "mv")]
    [InlineData("en", "ENHYPEN's MV drops on May 24.", "mv")]
    [InlineData("ru", "OST в исполнении ENHYPEN выйдет 24 мая.", "ost")]
    [InlineData("en", "ENHYPEN's soundtrack drops on May 24.", "ost")]
    [InlineData("ru", "Сериал «Сеул» выйдет 24 мая.", "drama")]
    [InlineData("en", "The series \"Seoul\" premieres on May 24.", "drama")]
    [InlineData("ru", "Финальная серия дорамы «Сеул» выйдет 24 мая.", "episode")]
    [InlineData("en", "The finale of \"Seoul\" airs on May 24.", "episode")]
    [InlineData("ru", "Фильм «Сеул» выйдет 24 мая.", "film")]
    [InlineData("en", "The film \"Seoul\" will be released on May 24.", "film")]
    [InlineData("ru", "Сингл ENHYPEN выйдет 24 мая.", "single")]
    [InlineData("en", "ENHYPEN's single drops on May 24.", "single")]
    public void Extract_KindCues(string lang, string text, string kind) =>
        Assert.Equal($"{kind} 2024-05-24", Read(lang, "2024-05-10", text));

    [Theory]
    [InlineData("ru", "Сингл «Supernova» выйдет 24 мая.", "Supernova")]
    [InlineData("ru", "Сингл „Supernova“ выйдет 24 мая.", "Supernova")]
    [InlineData("en", "aespa will release the single \"Supernova\" on May 24.", "Supernova")]
    [InlineData("en", "aespa will release the single 'Supernova' on May 24.", "Supernova")]
    [InlineData("en", "aespa will release the single “Supernova” on May 24.", "Supernova")]
    public void Extract_Titles(string lang, string text, string title)
    {
        var catalog = new ExtractionCatalog([KeyValuePair.Create("aespa", (IReadOnlyList<string>)["aespa"])]);
        var found = DateExtractor.Extract(ArticleInput.FromText("aespa. " + text, new DateOnly(2024, 5, 10), lang == "ru" ? Language.Ru : Language.En), catalog);
        Assert.Equal(title, Assert.Single(found).Title);
    }

    [Theory]
    [InlineData("ru", "10 мая RM из BTS выпустил клип.", "RM", "rm")]
    [InlineData("en", "BTS's RM released the music video on May 10.", "RM", "rm")]
    [InlineData("ru", "10 мая NewJeans выпустили клип.", "NewJeans", "newjeans")]
    [InlineData("en", "NewJeans' music video came out on May 10.", "NewJeans", "newjeans")]
    [InlineData("ru", "Премьера дорамы «Королева слёз» состоялась 10 мая.", "Королева слёз", "queen-of-tears")]
    [InlineData("en", "\"Queen of Tears\" premiered on May 10.", "Queen of Tears", "queen-of-tears")]
    public void Extract_Subjects_AsWrittenAndResolved(string lang, string text, string subject, string slug)
    {
        var catalog = new ExtractionCatalog(new Dictionary<string, IReadOnlyList<string>>
        {
            ["rm"] = ["RM"], ["bts"] = ["BTS"], ["newjeans"] = ["NewJeans"], ["queen-of-tears"] = ["Queen of Tears", "Королева слёз"],
        });
        var release = Assert.Single(DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 5, 12), lang == "ru" ? Language.Ru : Language.En), catalog));
        Assert.Equal(subject, release.Subject);
        Assert.Equal(slug, release.ResolvedSubjectSlug);
    }

    [Theory]
    [InlineData("ru", "ENHYPEN вернутся 3 сентября с новым мини-альбомом.", "ep 2024-09-03")]
    [InlineData("en", "ENHYPEN are set to return on September 3 with their fifth mini album.", "ep 2024-09-03")]
    [InlineData("ru", "Джин вернулся из армии 3 сентября.", "")]
    [InlineData("en", "Jin returned from the military on September 3.", "")]
    [InlineData("ru", "IVE сделают камбэк 3 сентября с синглом.", "single 2024-09-03")]
    [InlineData("en", "IVE will make a comeback on September 3 with a new single.", "single 2024-09-03")]
    [InlineData("ru", "ENHYPEN вернутся в Сеул 3 сентября с концертом.", "")]
    [InlineData("en", "ENHYPEN will come back to Seoul on September 3 for a concert.", "")]
    [InlineData("ru", "Певица Тэён порадует фанатов новым синглом 3 сентября.", "single 2024-09-03")]
    [InlineData("en", "The new single by IVE hits shelves on September 3.", "single 2024-09-03")]
    [InlineData("ru", "Певица Тэён порадует фанатов концертом 3 сентября.", "")]
    [InlineData("en", "IVE's tickets hit shelves on September 3.", "")]
    public void Extract_ComebackVerbs(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-08-30", text));

    [Theory]
    [InlineData("ru", "IVE выпустят второй полноформатный альбом 3 сентября.", "album 2024-09-03")]
    [InlineData("en", "IVE will release their second studio album on September 3.", "album 2024-09-03")]
    [InlineData("ru", "IVE выпустят шестой мини-альбом 3 сентября.", "ep 2024-09-03")]
    [InlineData("en", "IVE will release their sixth mini album on September 3.", "ep 2024-09-03")]
    [InlineData("ru", "IVE выпустят первый полноформатник 3 сентября.", "album 2024-09-03")]
    [InlineData("en", "IVE will release their first full-length album on September 3.", "album 2024-09-03")]
    [InlineData("ru", "IVE вернулись с четвёртым мини-альбомом «Switch». 3 сентября группа выпустила альбом.", "ep 2024-09-03")]
    [InlineData("en", "IVE returned with their fourth mini album \"Switch\". On September 3, the group released the album.", "ep 2024-09-03")]
    [InlineData("ru", "Второй полноформатный альбом IVE возглавил чарт 3 сентября.", "")]
    [InlineData("en", "IVE's second studio album topped the chart on September 3.", "")]
    public void Extract_KindPhrasesWithOrdinals(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-09-05", text));

    [Theory]
    [InlineData("ru", "29 августа агентство Starship сообщило, что IVE выпустят мини-альбом 3 сентября.", "ep 2024-09-03")]
    [InlineData("en", "On August 29, Starship confirmed that IVE will release a mini album on September 3.", "ep 2024-09-03")]
    [InlineData("ru", "Мини-альбом IVE выйдет 3 сентября, сообщило агентство.", "ep 2024-09-03")]
    [InlineData("en", "IVE will release a mini album on September 3, Starship said.", "ep 2024-09-03")]
    [InlineData("ru", "Агентство Starship 29 августа объявило, что IVE проведут тур.", "")]
    [InlineData("en", "Starship revealed on August 29 that IVE will go on tour.", "")]
    public void Extract_ReportingDates_AreNotReleases(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-08-30", text));

    [Theory]
    [InlineData("ru", "Сингл IVE выйдет 15 ноября. Клип будет опубликован в тот же день в 13:00 (KST).", "single 2024-11-15; mv 2024-11-15 13:00 Asia/Seoul")]
    [InlineData("en", "IVE will release the single on November 15. The music video will be out on the same day at 1 p.m. KST.", "single 2024-11-15; mv 2024-11-15 13:00 Asia/Seoul")]
    [InlineData("ru", "Сингл IVE выйдет 15 ноября. Шоукейс пройдёт в тот же день.", "single 2024-11-15")]
    [InlineData("en", "IVE will release the single on November 15. A showcase will take place the same day.", "single 2024-11-15")]
    [InlineData("ru", "Сингл IVE выйдет 15 ноября в 18:00 по корейскому времени. Одновременно с синглом выйдет клип.", "single 2024-11-15 18:00 Asia/Seoul; mv 2024-11-15 18:00 Asia/Seoul")]
    [InlineData("en", "IVE will release the single on November 15 at 6 PM KST, with the music video following at the same time.", "single 2024-11-15 18:00 Asia/Seoul; mv 2024-11-15 18:00 Asia/Seoul")]
    [InlineData("ru", "Клип IVE выйдет в тот же день.", "")]
    [InlineData("en", "The music video by IVE will be out on the same day.", "")]
    public void Extract_SameDay_RefersToTheLastRelease(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-11-01", text));

    [Theory]
    [InlineData("ru", "ILLIT дебютировали с мини-альбомом 13 июня.", "ep 2024-06-13")]
    [InlineData("en", "ILLIT debuted with the mini album on June 13.", "ep 2024-06-13")]
    [InlineData("ru", "BTS отметили годовщину дебюта 13 июня.", "")]
    [InlineData("en", "BTS celebrated the anniversary of their debut on June 13.", "")]
    [InlineData("ru", "Шоукейс в честь камбэка TWS пройдёт 24 июня.", "")]
    [InlineData("en", "TWS will hold a comeback showcase on June 24.", "")]
    public void Extract_ReleaseNounsNamingAnEvent_AreThatEvent(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-06-20", text));

    [Theory]
    [InlineData("ru", "Фильм «Харбин» выйдет в прокат 24 дек. Премьера пройдёт в Сеуле.", "film 2024-12-24")]
    [InlineData("en", "The film \"Harbin\" will hit theaters on Dec. 24, CJ ENM said.", "film 2024-12-24")]
    [InlineData("ru", "Билеты на «Харбин» поступят в продажу 20 дек.", "")]
    [InlineData("en", "Tickets for \"Harbin\" go on sale on Dec. 20.", "")]
    public void Extract_AbbreviatedMonths_DoNotEndTheSentence(string lang, string text, string expected) => Assert.Equal(expected, Read(lang, "2024-12-02", text));

    [Theory]
    [InlineData("ru", "Бой-группа TWS выпустит мини-альбом 24 июня.", "TWS")]
    [InlineData("en", "Boy group TWS will release a mini album on June 24.", "TWS")]
    [InlineData("ru", "Участница BLACKPINK Джису выпустит сингл 24 июня.", "Джису")]
    [InlineData("en", "BLACKPINK member Jisoo will release a single on June 24.", "Jisoo")]
    [InlineData("ru", "Солистка BLACKPINK Джису выпустит сингл 24 июня.", "Джису")]
    [InlineData("en", "BLACKPINK's Jennie will release a single on June 24.", "Jennie")]
    [InlineData("ru", "Ча Ын У из ASTRO выпустит сингл 24 июня.", "Ча Ын У")]
    [InlineData("en", "Natty of KISS OF LIFE will release a single on June 24.", "Natty")]
    [InlineData("ru", "Группа KISS OF LIFE выпустит сингл 24 июня.", "KISS OF LIFE")]
    [InlineData("en", "KISS OF LIFE will release a single on June 24.", "KISS OF LIFE")]
    [InlineData("ru", "Певица IU выпустит сингл 24 июня.", "IU")]
    [InlineData("en", "aespa will release the single \"Whiplash\" on June 24.", "aespa")]
    [InlineData("en", "The title track \"Strategy\" features American rapper Megan Thee Stallion. TWICE will release it on June 24.", "TWICE")]
    [InlineData("en", "The drama \"Queen of Tears\" will premiere on June 24.", "Queen of Tears")]
    public void Extract_Subjects_WithoutRolesOrGroups(string lang, string text, string subject)
    {
        var release = Assert.Single(DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 6, 10), lang == "ru" ? Language.Ru : Language.En)));
        Assert.Equal(subject, release.Subject);
    }

    [Theory]
    [InlineData("ru", "Сингл «Rich Man» выйдет 5 сентября.")]
    [InlineData("en", "The single \"Rich Man\" will be released on September 5.")]
    public void Extract_MusicWithoutANamedArtist_IsNotTitledAsItsOwnArtist(string lang, string text) =>
        Assert.Equal("", Read(lang, "2024-08-30", text));

    [Theory]
    [InlineData("ru", "Чонгук отметит день рождения 1 сентября, в этот день выйдет фотокнига.")]
    [InlineData("en", "Jungkook celebrates his birthday on September 1.")]
    [InlineData("ru", "Концерт Stray Kids пройдёт 27 июля.")]
    [InlineData("en", "Stray Kids will hold a concert on July 27.")]
    [InlineData("ru", "Билеты на шоу IVE поступят в продажу 15 июля.")]
    [InlineData("en", "Tickets for IVE's show go on sale on July 15.")]
    [InlineData("ru", "Фанмитинг Пак Бо Гома состоится 31 августа.")]
    [InlineData("en", "Park Bo Gum will hold a fan meeting on August 31.")]
    [InlineData("ru", "Альбом ENHYPEN возглавил чарт Billboard 8 июня.")]
    [InlineData("en", "ENHYPEN's album topped the Billboard chart on June 8.")]
    [InlineData("ru", "aespa получили премию «Альбом года» 23 ноября.")]
    [InlineData("en", "aespa won the Album of the Year award on November 23.")]
    [InlineData("ru", "Джин уйдёт в армию 13 декабря.")]
    [InlineData("en", "Jin will enlist in the military on December 13.")]
    [InlineData("ru", "Джин демобилизуется 12 июня.")]
    [InlineData("en", "Jin will be discharged on June 12.")]
    public void Extract_NonReleaseEvents_EmitNothing(string lang, string text) => Assert.Equal("", Read(lang, "2024-05-10", text));

    [Fact]
    public void Extract_SeedArticle_GivesExactlyTheFixtureReleases()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "ru-000-seed-rm-come-back-to-me.txt"));
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 5, 10)));
        Assert.Equal(
            ["Mv 2024-05-10 Come Back to Me", "Single 2024-05-10 Come Back to Me", "Album 2024-05-24 Right Place, Wrong Person"],
            found.Select(c => $"{c.Kind} {c.Date:yyyy-MM-dd} {c.Title}"));
        Assert.All(found, c => Assert.StartsWith("RM", c.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_Html_IgnoresNavigationSidebarsReadAlsoAndFooter()
    {
        const string html = """
            <html><body><nav>Альбом NCT выйдет 1 июня</nav>
            <article><h1>Новости</h1><p>Альбом IVE выйдет 24 мая.</p>
            <div class="read-also"><h3>Читать также</h3><p>Клип TWICE выйдет 2 июня.</p></div></article>
            <aside><p>Сингл IU выйдет 3 июня.</p></aside><footer>Фильм «X» выйдет 4 июня.</footer></body></html>
            """;
        Assert.Equal(["2024-05-24"], DateExtractor.Extract(ArticleInput.FromHtml(html, new DateOnly(2024, 5, 10))).Select(c => c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Extract_PlainText_StopsAtReadAlso()
    {
        const string text = "Альбом IVE выйдет 24 мая, сообщило агентство Starship в своём официальном заявлении.\n\nЧитать также\n\nКлип TWICE выйдет 2 июня.";
        Assert.Single(DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 5, 10))));
    }

    // A calendar's table: the cells of a row are one listing line, read as "day — act — title — details".
    [Fact]
    public void Extract_HtmlTableRows_AreListingLines()
    {
        const string html = """
            <html><body><article><h1>April 2023 K-pop calendar</h1>
            <p>Here are the confirmed dates for the weeks ahead.</p>
            <table><tr><th>Date</th><th>Artist</th><th>Release</th><th>Details</th></tr>
            <tr><td>April 10 (Mon), 6 p.m.</td><td>IVE</td><td>"I've IVE"</td><td>First full album; "I AM" music video</td></tr>
            <tr><td>April 24 (Mon), 6 p.m.</td><td>SEVENTEEN</td><td>"FML"</td><td>10th mini album; "Super" music video</td></tr>
            </table></article></body></html>
            """;
        var found = DateExtractor.Extract(ArticleInput.FromHtml(html, new DateOnly(2023, 4, 3)));
        Assert.Contains(found, c => c.Subject == "IVE" && c.Kind == ReleaseKind.Album && c.Date == new DateOnly(2023, 4, 10));
        Assert.Contains(found, c => c.Subject == "SEVENTEEN" && c.Kind == ReleaseKind.Ep && c.Date == new DateOnly(2023, 4, 24));
        Assert.Contains("April 10 (Mon), 6 p.m. — IVE — \"I've IVE\"", DateExtractor.BodyText(ArticleInput.FromHtml(html, new DateOnly(2023, 4, 3))), StringComparison.Ordinal);
    }
}
