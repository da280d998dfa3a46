namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// A run told part by part without a release verb of the usual kind (round 24, Corpus/README.md): a show that
/// "continues" airs its next episode; what "follows" with no object comes next; «3 и 4 серии» names two episodes;
/// ordinals set apart by a dash stand for episodes also when listed before it or beside a word that ends the run.
/// </summary>
public sealed class EpisodeRunsTests
{
    static string Read(string lang, string published, string text, params (string Slug, string[] Aliases)[] catalog) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                    lang == "ru" ? Language.Ru : Language.En),
                new ExtractionCatalog(catalog.Select(c => new KeyValuePair<string, IReadOnlyList<string>>(c.Slug, c.Aliases))))
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}" + (c.Time is { } t ? $" {t:HH\\:mm}" : "")));

    [Fact]
    public void AShowThatContinues_AirsItsNextEpisodes() =>
        Assert.Equal("love-next-door episode 2024-08-31 21:20; love-next-door episode 2024-09-01 21:20",
            Read("en", "2024-08-26", "Love Next Door at the halfway mark\n\ntvN's weekend romantic comedy \"Love Next Door\" continues this Saturday and Sunday, Aug. 31 and Sept. 1, at 9:20 p.m.",
                ("love-next-door", ["Love Next Door"])));

    [Fact]
    public void TheSeriesContinues_IsAnEpisode_NotASecondPremiere() =>
        Assert.Equal("dear-hyeri drama 2024-09-23; dear-hyeri episode 2024-09-24 22:00",
            Read("en", "2024-09-24", "ENA's \"Dear Hyeri\" premiered on Monday with 2.2 percent.\n\nThe series continues tonight, Tuesday, at 10 p.m.",
                ("dear-hyeri", ["Dear Hyeri"])));

    [Fact]
    public void RussianShowThatContinues_AirsAnEpisode() =>
        Assert.Equal("my-dearest episode 2023-10-13",
            Read("ru", "2023-10-13", "Историческая мелодрама «Возлюбленный» с Нам Гун Мином после перерыва более чем в месяц продолжится сегодня вечером.",
                ("my-dearest", ["Возлюбленный"])));

    [Theory]
    [InlineData("BLACKPINK opened the \"Born Pink\" tour in Seoul in October. The tour continues in North America, starting in Dallas on Oct. 25.")]
    [InlineData("The two-day ceremony continues Sunday, Oct. 23, with the album categories.")]
    [InlineData("\"Queen of Tears\" continues to top Netflix's chart on Oct. 25.")]
    public void WhatGoesOnIsNoShow_OrGoesOnDoingSomethingElse_AirsNothing(string text) =>
        Assert.Equal("", Read("en", "2022-10-20", text, ("blackpink", ["BLACKPINK"]), ("queen-of-tears", ["Queen of Tears"])));

    [Fact]
    public void WhatContinues_IsNotTheShowBeforeIt_AirsNothing() =>
        Assert.Equal("dear-hyeri drama 2024-09-23",
            Read("en", "2024-09-24", "ENA's \"Dear Hyeri\" premiered on Monday with 2.2 percent.\n\nYoo Hwe-seung's busy week continues tomorrow, Sept. 25.",
                ("dear-hyeri", ["Dear Hyeri"])));

    [Fact]
    public void TheShowsSoundtrackContinues_ReleasesASong_NotAnEpisode() =>
        Assert.Equal("goblin drama 2016-12-02; 10cm ost 2016-12-10",
            Read("en", "2016-12-03", "tvN's \"Goblin\" premiered on Dec. 2.\n\nThe drama's soundtrack continues on Dec. 10 with Part 2, \"Only I Can See\" by 10cm.",
                ("goblin", ["Goblin"]), ("10cm", ["10cm"])));

    [Fact]
    public void ASoundtrackThatContinues_ReleasesItsSong_NotAnEpisode() =>
        Assert.Equal("chanyeol ost 2016-12-03; 10cm ost 2016-12-10",
            Read("en", "2016-12-02", "The \"Goblin\" soundtrack opened with Chanyeol and Punch's \"Stay With Me\" on Dec. 3. The soundtrack continues with Part 2, \"Only I Can See\" by 10cm, which arrives on the 10th.",
                ("chanyeol", ["Chanyeol"]), ("punch", ["Punch"]), ("10cm", ["10cm"]), ("goblin", ["Goblin"])));

    [Fact]
    public void TwoNumbersListedBeforeTheEpisodeWord_NameEpisodes() =>
        Assert.Equal("marry-my-husband episode 2024-01-08 14:50; marry-my-husband episode 2024-01-09 14:50",
            Read("ru", "2024-01-08", "Месть продолжается 🔥 «Выходи замуж за моего мужа» — 3 и 4 серии сегодня и завтра в 14:50 МСК на tvN.",
                ("marry-my-husband", ["Выходи замуж за моего мужа"])));

    [Fact]
    public void AnOrdinalWithARunEndWord_BeforeTheDash_IsTheLastEpisode() =>
        Assert.Equal("extraordinary-attorney-woo episode 2022-08-10; extraordinary-attorney-woo episode 2022-08-11 21:00",
            Read("ru", "2022-08-10", "У Ён У: финальная неделя\n\nДорама «Необычный адвокат У Ён У» выходит по средам и четвергам на ENA.\nСегодня вечером выходит 13-я серия. 14-я, последняя, — завтра, в 21:00.",
                ("extraordinary-attorney-woo", ["Необычный адвокат У Ён У"])));

    [Fact]
    public void OrdinalsListedBeforeTheDash_AreOneForEachDay() =>
        Assert.Equal("now-we-are-breaking-up episode 2022-01-01; now-we-are-breaking-up episode 2022-01-07; now-we-are-breaking-up episode 2022-01-08",
            Read("ru", "2022-01-02", "«Сейчас мы расстаёмся»: расписание\n\nДорама «Сейчас мы расстаёмся» выходит на SBS. 14-я серия выйдет 1 января.\nФинальные 15-я и 16-я — 7 и 8 января, как и планировалось.",
                ("now-we-are-breaking-up", ["Сейчас мы расстаёмся"])));

    [Fact]
    public void OrdinalsListedAfterTheDash_WithARunEndWordBetween() =>
        Assert.Equal("itaewon-class episode 2020-03-20; itaewon-class episode 2020-03-21",
            Read("ru", "2020-03-19", "«Итэвон класс»: финальные серии\n\nДорама «Итэвон класс» выходит по пятницам и субботам на JTBC, 13-я и 14-я серии уже показали.\n20-го и 21-го — 15-я и финальная 16-я.",
                ("itaewon-class", ["Итэвон класс"])));

    [Fact]
    public void WhatFollowsLater_IsReleasedThatDay() =>
        Assert.Equal("gyeongseong-creature episode 2023-12-22; gyeongseong-creature episode 2024-01-05",
            Read("en", "2023-12-20", "Netflix releases the first part of \"Gyeongseong Creature\" on Dec. 22. The remaining episodes follow two weeks later, on January 5.",
                ("gyeongseong-creature", ["Gyeongseong Creature"])));

    [Fact]
    public void ARecordThatFollows_IsReleasedThatDay() =>
        Assert.Equal("jin single 2024-10-25; jin album 2024-11-15",
            Read("en", "2024-10-25", "Jin releases \"I'll Be There,\" the pre-release single from his first solo album, today. The album, \"Happy,\" follows three weeks later, on Nov. 15.",
                ("jin", ["Jin"])));

    [Fact]
    public void FollowsWithAnObject_IsWhatItComesAfter_NotADay() =>
        Assert.Equal("ive ep 2025-02-03",
            Read("en", "2025-01-20", "IVE start things off on Monday, February 3, with their third mini album \"IVE EMPATHY.\" It follows the pre-release \"REBEL HEART\" on Monday.",
                ("ive", ["IVE"])));

    [Theory]
    [InlineData("en", "CLOY ep 5 in a few hours!!! 9PM KST tvN 🪂", "crash-landing-on-you episode 2019-12-28")]
    [InlineData("en", "CLOY ep 5 tonite, 9PM KST on tvN and ep 6 tmrw, same time", "crash-landing-on-you episode 2019-12-28 21:00; crash-landing-on-you episode 2019-12-29")]
    public void APostsCountdown_InHoursOrShorthand_IsItsDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, "2019-12-28", text, ("crash-landing-on-you", ["CLOY", "Crash Landing on You", "Аварийная посадка любви"])));

    static readonly (string, string[])[] Priests = [("the-fiery-priest-2", ["Огненный священник 2", "Горячий священник 2"]), ("the-fiery-priest", ["Горячий священник"]), ("queen-of-tears", ["Королева слёз"])];

    [Fact]
    public void TheOneShowAnArticleQuotes_IsWhatAnUntitledPremiereAndEpisodeAreOf_InTheSeasonItTells() =>
        Assert.Equal("the-fiery-priest-2 drama 2024-11-08; the-fiery-priest-2 episode 2024-11-09",
            Read("ru", "2024-11-09", "Огненный священник вернулся: второй сезон стартовал на SBS\n\nСпустя пять лет после первого сезона на экраны вернулся «Огненный священник». "
                                     + "Первая серия второго сезона вышла на SBS вчера, 8 ноября.\n\nВторая серия выходит сегодня.", Priests));

    [Theory]
    [InlineData("Огненный священник вернулся\n\nСпустя пять лет на экраны вернулся «Огненный священник». Сценарист раньше написал «Королеву слёз». Это сериал о священнике.\n\nПервая серия второго сезона вышла на SBS вчера, 8 ноября.")]
    [InlineData("Огненный священник вернулся\n\nСпустя пять лет на экраны вернулся «Огненный священник», и песня Ким Нам Гиля звучит в финале. Это сериал о священнике.\n\nПервая серия второго сезона вышла на SBS вчера, 8 ноября.")]
    public void TwoTitles_OrMusic_LeaveAnUntitledPremiereUnread(string text) =>
        Assert.Equal("", Read("ru", "2024-11-09", text, Priests));

    [Fact]
    public void AShowTheCatalogKnowsByItsOwnName_KeepsItsSeason() =>
        Assert.Equal("the-fiery-priest episode 2024-11-08",
            Read("ru", "2024-11-09", "Горячий священник: финал\n\nФинальная серия «Горячего священника» вышла вчера, 8 ноября. Канал SBS подтвердил второй сезон.", Priests));

    [Fact]
    public void AnUntitledDrama_MayBeAnotherShow_NotTheArticlesOne() =>
        Assert.Equal("Огненный священник episode 2024-11-09",
            Read("ru", "2024-11-09", "Огненный священник вернулся\n\nНа экраны вернулся «Огненный священник». Это сериал о священнике.\n\n"
                                     + "Вторая серия выходит сегодня. Канал избегает конкуренции с новым сериалом соперников, стартующим 16 ноября.", Priests));

    [Fact]
    public void ARatedEpisode_IsOfTheShowTheHeadlineNames() =>
        Assert.Equal("king-the-land episode 2023-07-08; king-the-land episode 2023-07-09",
            Read("en", "2023-07-10", "king the land weekend ratings 📈👑\nep 7 (sat 7/8): 10.6%\nep 8 (sun 7/9): 12.3% ← new series high!!",
                ("king-the-land", ["King the Land"])));

    [Fact]
    public void ATablesRows_AreScheduleLines_NotNavigation() =>
        Assert.Equal("seventeen ep 2023-10-23 18:00; seventeen mv 2023-10-23 18:00; le-sserafim single 2023-10-27 13:00; strong-girl-nam-soon episode 2023-10-28 22:30",
            Read("en", "2023-10-22", "K-WEEK AHEAD | Oct. 23-29 (all times KST)\nDAY | RELEASE | TIME\n"
                                     + "Mon 23 | SEVENTEEN - 11th mini album \"SEVENTEENTH HEAVEN\" + MV \"God of Music\" | 6 p.m.\n"
                                     + "Fri 27 | LE SSERAFIM - first English digital single \"Perfect Night\" | 1 p.m.\n"
                                     + "Sat 28 | \"Strong Girl Nam-soon\" ep. 7 (JTBC) | 10:30 p.m.",
                ("seventeen", ["SEVENTEEN"]), ("le-sserafim", ["LE SSERAFIM"]), ("strong-girl-nam-soon", ["Strong Girl Nam-soon"])));

    [Fact]
    public void ALowerCaseMonth_WithItsDay_IsAMonth() =>
        Assert.Equal("when-life-gives-you-tangerines episode 2025-03-21; when-life-gives-you-tangerines episode 2025-03-28",
            Read("en", "2025-03-20", "🍊 TOMORROW!!! act 3 of WHEN LIFE GIVES YOU TANGERINES (eps 9–12) drops on netflix friday march 21\nand then the final act (eps 13–16) on march 28 😭😭",
                ("when-life-gives-you-tangerines", ["When Life Gives You Tangerines"])));

    [Fact]
    public void YesterdaysEpisode_AiredYesterday() =>
        Assert.Equal("personal-taste episode 2010-04-22",
            Read("ru", "2010-04-23", "«Личный вкус»: рейтинг\n\nВчерашняя, восьмая серия дорамы MBC «Личный вкус» собрала 13,2% в столичном регионе.",
                ("personal-taste", ["Личный вкус"])));

    [Theory]
    [InlineData("en", "2019-10-13", "🍂 heize 5th mini album \"만추\" — TODAY 6PM KST 🍂\nthe title track features crush and i'm already crying", "heize ep 2019-10-13 18:00")]
    [InlineData("ru", "2021-10-01", "Камбэки октября\n\nОктябрь будет жарким.\n💎 25-го — aespa с первым мини-альбомом «Savage»", "aespa ep 2021-10-25")]
    // An event's day in the line is not the record's; a day counted from another is none.
    [InlineData("en", "2024-09-15", "P1Harmony comeback week\n\nP1Harmony's 'SAD SONG' week: cinema fan event Thursday, mini album Friday.", "p1harmony ep 2024-09-20")]
    [InlineData("en", "2019-10-13", "🍂 heize mini album \"만추\" showcase — TODAY 6PM KST 🍂\nthe title track features crush and i'm already crying", "")]
    [InlineData("ru", "2016-03-02", "Потомки солнца: 5-я серия\n\nНовый альбом фансаба: субтитры к серии выложим через сутки после эфира, следите за обновлениями.", "")]
    public void AShortLineWithARecordAndADay_ListsIt(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text, ("heize", ["heize", "Heize"]), ("aespa", ["aespa"]), ("p1harmony", ["P1Harmony"])));

    // A show that ends airs its last episode that day (round 26): where the show heads the verb's clause, after a wire
    // dateline, a count ("The 24-part series") or, in Russian, right after the verb; a rating after the verb is how it ended.
    [Theory]
    [InlineData("en", "2023-12-04", "SBS's legal drama \"Taxi Driver\" ended on Saturday, Dec. 2, with 12.3 percent, Nielsen Korea said.", "taxi-driver episode 2023-12-02")]
    [InlineData("en", "2017-01-20", "SEOUL, Jan. 20 (Yonhap) -- tvN's \"Goblin\" ends its 16-episode run Saturday.", "goblin episode 2017-01-21")]
    [InlineData("en", "2018-09-20", "The 24-part series \"Mr. Sunshine\" is scheduled to end on Sept. 30.", "mr-sunshine episode 2018-09-30")]
    [InlineData("en", "2017-01-18", "\"Goblin\" wraps up this Saturday, Jan. 21.", "goblin episode 2017-01-21")]
    [InlineData("en", "2022-10-11", "tvN's \"Goblin\" wrapped up its 12-episode run on Sunday with its best numbers.", "goblin episode 2022-10-09")]
    [InlineData("ru", "2019-02-02", "Дорама JTBC «Небесный замок» завершилась в пятницу, 1 февраля, с рейтингом 23,8%.", "sky-castle episode 2019-02-01")]
    [InlineData("ru", "2019-03-12", "Через неделю, 19-го, завершится «Ослепительная» на JTBC.", "the-light-in-your-eyes episode 2019-03-19")]
    // Round 29 (part bc): several describing words before the kind word, each an adjective.
    [InlineData("ru", "2016-08-24", "Южнокорейский медицинский сериал «Доктора» телеканала SBS завершился во вторник 20-й серией.", "doctors episode 2016-08-23")]
    [InlineData("ru", "2016-08-24", "Работа над медицинским сериалом «Доктора» завершилась во вторник.", "")]
    [InlineData("ru", "2019-11-21", "Фэнтези-дорама MBC «Случайно найденный день» (Extraordinary You) завершается сегодня вечером.", "extraordinary-you episode 2019-11-21")]
    public void AShowThatEnds_AirsItsLastEpisode(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text, ("taxi-driver", ["Taxi Driver"]), ("goblin", ["Goblin"]), ("mr-sunshine", ["Mr. Sunshine"]),
            ("sky-castle", ["Небесный замок"]), ("the-light-in-your-eyes", ["Ослепительная"]), ("doctors", ["Доктора"]),
            ("extraordinary-you", ["Случайно найденный день", "Extraordinary You"])));

    // Round 29 (part bc): a post that names its show only by hashtags has the episode of the one the catalog knows.
    [Theory]
    [InlineData("it's the last day 😭 #Encounter #남자친구 final episode (16) airs TONIGHT 9:30PM KST on tvN", "encounter episode 2019-01-24 21:30")]
    [InlineData("#BTS final episode of their travel show airs TONIGHT", "")]
    public void AnEpisodeOfAShowNamedByHashtag_IsThatShows(string text, string expected) =>
        Assert.Equal(expected, Read("en", "2019-01-24", text, ("encounter", ["Encounter", "남자친구"]), ("bts", ["BTS"])));

    // What ends is no show, a film's or a record's run, or "ended" takes another object: nothing airs.
    [Theory]
    [InlineData("en", "Jin's military service ends on June 12.")]
    [InlineData("en", "The tour wrapped up in Seoul on Sunday, June 9.")]
    [InlineData("en", "BTS ended the year with a concert on Dec. 31.")]
    [InlineData("ru", "Служба Джина закончится 12 июня.")]
    [InlineData("ru", "Контракт BLACKPINK с YG завершится 8 августа.")]
    [InlineData("ru", "Перерыв ATEEZ закончится 12 июня.")]
    [InlineData("en", "The album \"Proof\" ended its run at No. 1 on Sunday.")]
    [InlineData("en", "\"Exhuma\" ended its theatrical run on April 30 with 11.9 million admissions.")]
    public void WhatEndsIsNoShow_AirsNothing(string lang, string text) =>
        Assert.Equal("", Read(lang, "2024-05-01", text, ("jin", ["Jin", "Джин"]), ("bts", ["BTS"]), ("blackpink", ["BLACKPINK"]), ("ateez", ["ATEEZ"]),
            ("exhuma", ["Exhuma"]), ("proof", ["Proof"])));

    [Fact]
    public void AQuotedShowAloneBeforeContinues_AirsItsNextEpisode() =>
        Assert.Equal("love-next-door episode 2024-08-31",
            Read("en", "2024-08-26", "\"Love Next Door\" continues this Saturday, Aug. 31.", ("love-next-door", ["Love Next Door"])));

    // Round 33: «в субботу и воскресенье» dates both days (the second weekday shares the first one's preposition); a bare
    // Russian weekday with no weekday before it dates nothing.
    [Theory]
    [InlineData("JTBC в субботу и воскресенье покажет пятую и шестую серии дорамы «Король Ленда».",
        "king-the-land episode 2023-07-01; king-the-land episode 2023-07-02")]
    [InlineData("JTBC в пятницу и субботу покажет пятую и шестую серии дорамы «Король Ленда».",
        "king-the-land episode 2023-06-30; king-the-land episode 2023-07-01")]
    [InlineData("Серии дорамы «Король Ленда» выходят по субботам. Воскресенье свободно.", "")]
    // Review 33: the second day takes the first one's modifier; a show premieres once, and the pair's later day airs its
    // next episode.
    [InlineData("JTBC в следующую субботу и воскресенье покажет 7 и 8 серии дорамы «Король Ленда».",
        "king-the-land episode 2023-07-08; king-the-land episode 2023-07-09")]
    [InlineData("SBS покажет первые две серии дорамы «Король Ленда» в пятницу и субботу.",
        "king-the-land drama 2023-06-30; king-the-land episode 2023-07-01")]
    public void AWeekdayPair_DatesBothDays(string text, string expected) =>
        Assert.Equal(expected, Read("ru", "2023-06-28", text, ("king-the-land", ["Король Ленда"])));
}
