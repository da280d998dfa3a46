namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Issue #9 §1.6: calendars and roadmaps, clause by clause.</summary>
public sealed class ListingsTests
{
    static string Read(string lang, string text, ExtractionCatalog? catalog = null) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 11, 1), lang == "ru" ? Language.Ru : Language.En), catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    // A listing line names a show by its channel or streaming service as well as by a kind word.
    [Theory]
    [InlineData("en", "New K-dramas this week\n\n• Nov. 4 (Sat) — \"Light Shop,\" Disney+.\n• Nov. 6 (Mon) — \"Love Scout,\" SBS.",
        "Light Shop drama 2023-11-04; Love Scout drama 2023-11-06")]
    [InlineData("en", "New films this week\n\n• Nov. 4 (Sat) — \"Carter,\" Netflix. The film follows an agent with no memory.", "Carter film 2023-11-04")]
    [InlineData("en", "New K-dramas this week\n\n• Nov. 4 (Sat) — Jimin, Netflix.", "")]
    [InlineData("en", "K-pop comebacks this week\n\n• Nov. 6 (Mon) — NewJeans, \"Bubble Gum,\" 6 p.m. KST on YouTube.", "")]
    // Round 25: the channel or service between the day and the dash, and a time with its preposition, stay in the line's
    // opening; a word of another kind there (a place) still ends it.
    [InlineData("ru", "💍 Сегодня на tvN — «Без выгоды нет любви»\n\nНовый ромком с Шин Мин А.", "Без выгоды нет любви drama 2023-11-01")]
    [InlineData("ru", "Премьера\n\nсегодня в 15:20 мск на tvN и Netflix — «Полуночный роман в хагвоне» (졸업)", "Полуночный роман в хагвоне drama 2023-11-01")]
    [InlineData("en", "Tonight on JTBC and Netflix — \"Light Shop\"", "Light Shop drama 2023-11-01")]
    [InlineData("ru", "Сегодня в Сеуле — «Без выгоды нет любви»", "")]
    // Round 16 (part ae): the weekday's own words ("The following Monday") open the line as well.
    [InlineData("en", "Drama week ahead\n\nMonday (Nov. 6) — \"Love Scout,\" SBS, 10 p.m.\n\nThe following Monday (Nov. 13) — \"Light Shop,\" JTBC, 11 p.m.",
        "Love Scout drama 2023-11-06; Light Shop drama 2023-11-13")]
    [InlineData("en", "Drama week ahead\n\nMonday (Nov. 6) — \"Love Scout,\" SBS, 10 p.m.\n\nFans of the cast said the following Monday (Nov. 13) — \"Light Shop,\" JTBC.",
        "Love Scout drama 2023-11-06")]
    // Round 19 (part am): the weekday after the day may come with its preposition («18-го, в среду — …»).
    [InlineData("ru", "Премьеры ноября\n\n• 8-го, в среду — «Любовь по соседству» на KBS2.\n\n• 10-го, в пятницу — «Бродяга» на SBS в 22:00.",
        "Любовь по соседству drama 2023-11-08; Бродяга drama 2023-11-10")]
    [InlineData("ru", "Премьеры ноября\n\n• 8-го, в среду будет фанмитинг — «Любовь по соседству» на KBS2.", "")]
    public void Extract_ListingLineWithAChannelOrService_ListsAShow(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "ZEROBASEONE follow on November 6 with their second mini album \"MELTING POINT.\"", "ZEROBASEONE ep 2023-11-06")]
    [InlineData("ru", "16 ноября со вторым сольным мини-альбомом «Echo» вернется Джин.", "Джин ep 2023-11-16")]
    [InlineData("en", "ZEROBASEONE held a concert on November 6 with their fans.", "")]
    [InlineData("en", "The 10th is a big day. Stray Kids drop their eighth mini album \"ROCK-STAR.\"", "Stray Kids ep 2023-11-10")]
    [InlineData("en", "The 10th is a big day. Stray Kids hold a fan meeting.", "")]
    [InlineData("en", "The 10th is a big day. Stray Kids drop their mini album \"ROCK-STAR,\" while ITZY return with their mini album \"Drama.\"",
        "Stray Kids ep 2023-11-10; ITZY ep 2023-11-10")]
    // Round 20 (part at): a release read with no kind takes the kind and title of its act's own later line («aespa — …»).
    [InlineData("ru", "СЕГОДНЯ — камбэк-дуэль: aespa и ILLIT выходят в одну минуту\n\n🖤 aespa — пятый мини-альбом «Whiplash», клип на заглавный.\n\n" +
                      "🩷 ILLIT — второй мини-альбом «I'LL LIKE YOU», тоже с клипом.", "aespa ep 2023-11-01; aespa mv 2023-11-01; ILLIT ep 2023-11-01; ILLIT mv 2023-11-01")]
    [InlineData("ru", "СЕГОДНЯ — камбэк-дуэль: aespa и ILLIT выходят в одну минуту\n\n🖤 aespa — шоукейс мини-альбома «Whiplash» в Olympic Hall.", "aespa other 2023-11-01; ILLIT other 2023-11-01")]
    [InlineData("ru", "СЕГОДНЯ — камбэк-дуэль: aespa и ILLIT выходят в одну минуту\n\n🖤 aespa — фан-шоукейс мини-альбома «Whiplash» в Olympic Hall.", "aespa other 2023-11-01; ILLIT other 2023-11-01")]
    // Round 20 (part at): under a line of a day and a time, a verbless line opening with a title or a kind is that day's item.
    [InlineData("en", "SUGA's roll-out\n\n▶ Fri, Nov. 10 · 1PM KST\n  \"People Pt.2\" — pre-release single, with music video\n▶ Wed, Nov. 15\n  " +
                      "\"SUGA TOUR\" opens at UBS Arena", "SUGA single 2023-11-10; SUGA mv 2023-11-10")]
    [InlineData("en", "SUGA's roll-out\n\n▶ Fri, Nov. 10 · 1PM KST\n  Album \"D-DAY\" (10 tracks), title track \"Haegeum\"", "SUGA album 2023-11-10")]
    [InlineData("en", "SUGA's roll-out\n\n▶ Fri, Nov. 10 · 1PM KST\n  Album \"D-DAY\" was well received by critics.", "")]
    [InlineData("en", "SUGA's roll-out\n\n▶ Fri, Nov. 10 · 1PM KST in Seoul\n  Album \"D-DAY\" (10 tracks)", "")]
    // Round 20 (part ao): a sentence that is only its day heads its paragraph until a release is read; not the next one.
    [InlineData("ru", "ВТОРНИК, 4 НОЯБРЯ. Самый насыщенный день недели. В полночь выходит мини-альбом Сандыля «Stay As You Are».",
        "Сандыля ep 2023-11-04")]
    [InlineData("en", "Friday, the 10th. The busiest day of the week. At midnight Stray Kids drop their mini album \"ROCK-STAR.\"",
        "Stray Kids ep 2023-11-10")]
    [InlineData("ru", "ВТОРНИК, 4 НОЯБРЯ. Самый насыщенный день недели.\n\nВ полночь выходит мини-альбом Сандыля «Stay As You Are».", "")]
    [InlineData("en", "The 10th is a big day. The busiest day of the week. At midnight Stray Kids drop their mini album \"ROCK-STAR.\"", "")]
    [InlineData("ru", "16-го числа сразу два события. BLACKPINK выпускают альбом BORN PINK, а NCT 127 — альбом «2 Baddies».",
        "BLACKPINK album 2023-11-16; NCT 127 album 2023-11-16")]
    [InlineData("ru", "16-го числа сразу два события. BLACKPINK выпускают альбом BORN PINK, а NCT 127 — в отпуске до весны.",
        "BLACKPINK album 2023-11-16")]
    [InlineData("ru", "19 ноября RIIZE представят альбом «ODYSSEY», а IVE выпустят мини-альбом «We are».", "RIIZE album 2023-11-19; IVE ep 2023-11-19")]
    [InlineData("ru", "19 ноября RIIZE представят альбом «ODYSSEY», а IVE проведут концерт.", "RIIZE album 2023-11-19")]
    [InlineData("ru", "🔹 8 ноября — ITZY, мини-альбом BORN TO BE.", "ITZY ep 2023-11-08")]
    [InlineData("en", "• November 8 — ITZY, mini album \"BORN TO BE\"", "ITZY ep 2023-11-08")]
    [InlineData("ru", "🏆 6 ноября — церемония Golden Disc Awards, где ITZY покажут номер с альбома.", "")]
    // A short line with a record and a day and no verb lists it (round 24), wherever the day stands.
    [InlineData("en", "ITZY: November 8 — mini album \"BORN TO BE\"", "ITZY ep 2023-11-08")]
    [InlineData("ru", "🔹 22 ноября — дебют TWS! Новички (младшие братья SEVENTEEN) выпускают первый мини-альбом.", "TWS ep 2023-11-22")]
    [InlineData("en", "On November 21, SUGA releases the album \"D-DAY\". Three days later SEVENTEEN return with their mini album \"FML.\"",
        "SUGA album 2023-11-21; SEVENTEEN ep 2023-11-24")]
    [InlineData("ru", "21 ноября Шуга выпустит альбом «D-DAY». Спустя неделю SEVENTEEN вернутся с мини-альбомом «FML».",
        "Шуга album 2023-11-21; SEVENTEEN ep 2023-11-28")]
    [InlineData("en", "On November 21, SUGA releases the album \"D-DAY\". Three days later SEVENTEEN hold a fan meeting.", "SUGA album 2023-11-21")]
    public void Extract_Listing_EachClauseItsRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The month ends with a double header on Monday the 27th: NCT DREAM release their album \"Glitch Mode\" and OH MY GIRL return with their album \"Real Love.\"",
        "NCT DREAM album 2023-11-27; OH MY GIRL album 2023-11-27")]
    [InlineData("en", "On Monday the 27th NCT DREAM release their album \"Glitch Mode\" and OH MY GIRL hold a fan meeting.", "NCT DREAM album 2023-11-27")]
    [InlineData("ru", "27-го дебютируют aespa — новая женская группа SM, первая со времён Red Velvet: дебютный сингл «Black Mamba» выходит вместе с клипом.",
        "aespa single 2023-11-27; aespa mv 2023-11-27")]
    [InlineData("en", "On Monday the 27th NCT DREAM release the album \"Glitch Mode,\" the first since the group released the single \"Beatbox.\"",
        "NCT DREAM album 2023-11-27")]
    [InlineData("en", "TWICE release their album \"Ready\" and ITZY drop their single \"Cake\" on Monday the 27th.", "ITZY single 2023-11-27; TWICE album 2023-11-27")]
    [InlineData("ru", "21-го STAYC вернулись с мини-альбомом «YOUNG-LUV.COM», а уже на следующий день, 22-го, дебютировали NMIXX — новая группа JYP " +
                      "представила сингл-альбом «AD MARE».", "STAYC ep 2022-11-21; NMIXX single 2022-11-22")]
    public void Extract_SecondVerbWithItsOwnActInTheDatesClause_SharesTheDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Fact]
    public void Extract_VerbBeforeALaterDatesClause_DoesNotTakeThatDay() =>
        Assert.DoesNotContain("SEVENTEEN album 2023-11-27",
            Read("ru", "26-го числа альбом «HAPPY BURSTDAY» выпустят SEVENTEEN, а уже на следующий день, 27-го, IU представит мини-альбом «A flower bookmark 3»."),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "ENHYPEN unveiled the track list of their fifth mini album \"ORANGE BLOOD.\" The group close out the month with \"ORANGE BLOOD\" on the 17th.",
        "ENHYPEN ep 2023-11-17")]
    [InlineData("en", "ENHYPEN close out the month with \"ORANGE BLOOD\" on the 17th.", "")]
    [InlineData("en", "ENHYPEN unveiled the track list of their fifth mini album \"ORANGE BLOOD.\" The group celebrate with an \"ORANGE BLOOD\" concert on the 17th.", "")]
    [InlineData("en", "On the 16th, ATEEZ are back with \"THE WORLD EP.2 : OUTLAW,\" featuring the title track \"Bouncy.\"", "ATEEZ album 2023-11-16")]
    [InlineData("en", "Three new dramas arrive this month. On Saturday the 18th, tvN launches \"See You in My 19th Life.\"", "See You in My 19th Life drama 2023-11-18")]
    [InlineData("en", "On Saturday the 18th, tvN launches \"See You in My 19th Life.\"", "See You in My 19th Life drama 2023-11-18")]
    [InlineData("en", "On Saturday the 18th, Hybe launches \"See You in My 19th Life.\"", "")]
    [InlineData("en", "Three new dramas arrive this month. \"See You in My 19th Life\" star Shin Hye-sun starts a fan meeting tour on the 17th.", "")]
    public void Extract_TitleWithoutReleaseWord_ReleasedWhenTheArticleGivesItAKind(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The very next day, February 15, TREASURE return with \"THE SECOND STEP : CHAPTER ONE,\" led by the title track \"JIKJIN.\"",
        "album")]
    [InlineData("en", "TREASURE return on February 15 with the title track \"JIKJIN.\"", "single")]
    // Round 21 (part ar): a single or title track that leads or fronts a release makes it a record.
    [InlineData("en", "FTISLAND's new record will be released on February 15, led by the single 'Unthinkable'.", "album")]
    [InlineData("en", "Monsta X open the month on February 15 with \"Fatal Love,\" fronted by the single \"Love Killa.\"", "album")]
    // Round 29 (parts c, bc): "led by the track", "led by the new single".
    [InlineData("en", "j-hope's \"Jack In The Box\" follows two weeks later, on February 15, led by the track \"Arson.\"", "album")]
    [InlineData("en", "BTS release \"Young Forever\" on February 15 at midnight KST, led by the new single \"Fire.\"", "album")]
    // Round 37 (part by): «пластинка» is the record, an album unless a more specific word says otherwise.
    [InlineData("ru", "Розэ из BLACKPINK выпустит сольный альбом «rosie». Пластинка выйдет 15 февраля, в неё войдут 12 композиций.", "album")]
    [InlineData("ru", "Певица Розэ выпустит мини-альбом «rosie». Пластинка выйдет 15 февраля.", "ep")]
    public void Extract_ReleaseLedByATitleTrack_IsARecord(string lang, string text, string expectedKind) =>
        Assert.Equal(expectedKind, DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2022, 2, 1), lang == "ru" ? Language.Ru : Language.En))
            .Single().Kind.ToString().ToLowerInvariant());

    [Theory]
    [InlineData("en", "RM is back. The full album, titled \"Right Place, Wrong Person,\" is set for November 24.", "RM album 2023-11-24")]
    [InlineData("en", "\"Kitsch\" opens for IVE's first studio album \"I've IVE,\" which arrives two weeks later on November 10.", "IVE album 2023-11-10")]
    [InlineData("en", "RM is back. The full album's showcase, titled \"Right Place,\" is set for November 24.", "")]
    [InlineData("en", "Kep1er schedule\nMon, Nov. 20 — \"DOUBLAST\" + \"UP!\" music video, 6 p.m. KST", "Kep1er mv 2023-11-20")]
    [InlineData("en", "Kep1er schedule\nNov. 20 (D-DAY) — \"DOUBLAST\" + \"UP!\" music video", "Kep1er mv 2023-11-20")]
    [InlineData("en", "Kep1er schedule\nMon, Nov. 20 (D-DAY) — \"DOUBLAST\" + \"UP!\" music video", "Kep1er mv 2023-11-20")]
    [InlineData("en", "Kep1er schedule\nD-DAY / November 3, 6 p.m. KST — \"DUMDi DUMDi\" digital single + music video", "Kep1er single 2023-11-03; Kep1er mv 2023-11-03")]
    [InlineData("en", "Kep1er schedule\nD-8: Nov. 3 — pre-release single \"DUMDi DUMDi\"", "Kep1er single 2023-11-03")]
    [InlineData("en", "Kep1er schedule\nMon, Nov. 20 — showcase for the mini album", "")]
    [InlineData("en", "Kep1er fans gathered on Nov. 20 — the mini album had sold out", "")]
    // Round 16: a calendar's "comes", "brings", "kicks things off" schedule the release of the kind beside them.
    [InlineData("en", "Then on the 13th comes the one everyone is talking about: \"Hotel Del Luna,\" the new fantasy drama.", "Hotel Del Luna drama 2023-11-13")]
    [InlineData("en", "The following Wednesday, Nov. 8, brings the film \"A Taxi Driver.\"", "A Taxi Driver film 2023-11-08")]
    [InlineData("en", "On Nov. 8 the TWICE mini album comes with a photobook.", "")]
    [InlineData("ru", "Календарь ноября\n\n17-го Stray Kids представляют первый полноформатный альбом «GO LIVE».", "Stray Kids album 2023-11-17")]
    public void Extract_ScheduleWordOrListingDate_DatesTheRecordTheLineNames(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 11, 1), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    // A calendar line whose date heads a title lists the title, as the article's kind: films where it speaks of cinemas
    // or the box office (their "drama" is a genre), shows where it speaks of dramas.
    [Theory]
    [InlineData("en", "Year-end box office: two Korean releases\n\nWednesday, Dec. 20: \"Along with the Gods.\" Kim Yong-hwa's fantasy.\n\nDec. 27: \"1987.\" Jang Joon-hwan's drama recreates the events of 1987.",
        "Along with the Gods film 2023-12-20; 1987 film 2023-12-27")]
    [InlineData("en", "K-drama calendar: what premieres in November\n\nMonday, Nov. 6: \"Love Scout.\" A romantic comedy about a secretary.\n\nFriday, Nov. 10: \"Light Shop.\" The drama airs Fridays.",
        "Love Scout drama 2023-11-06; Light Shop drama 2023-11-10")]
    [InlineData("en", "K-pop this month\n\nNov. 6: the group held its first fan meeting, \"Hello.\"", "")]
    [InlineData("en", "K-pop this month\n\nNov. 6: TWICE celebrated their anniversary with fans.", "")]
    [InlineData("en", "Jungkook milestones\n\nNov. 6: \"Seven\" passes 1 billion streams on Spotify.\n\nNov. 20: \"Standing Next to You\" tops the chart.", "")]
    [InlineData("ru", "Рекорды Чонгука\n\n6 ноября: «Seven» набирает миллиард прослушиваний.", "")]
    [InlineData("en", "Summer at the box office\n\nNov. 27: \u201cOperation Chromite,\u201d the Korean War film about the Incheon landing.", "Operation Chromite film 2023-11-27")]
    [InlineData("ru", "Летние фильмы в кинотеатрах: календарь\n\nСреда, 22 ноября — «Остров Хасима» Рю Сын Вана.\n\n29-го — «Хансан» Ким Хан Мина.",
        "Остров Хасима film 2023-11-22; Хансан film 2023-11-29")]
    [InlineData("en", "Box office calendar\n\nWednesday, Nov. 22 — Ryoo Seung-wan's \"Smugglers\" with Kim Hye-soo.", "Smugglers film 2023-11-22")]
    [InlineData("en", "SEVENTEEN comeback schedule\n\nNov. 7 – Official photo \"Other Side\"\n\nNov. 8 – Official photo \"Beside\"", "")]
    [InlineData("en", "ARTMS lay out their road to a first full album\n\n- Nov. 30: 1st full-length album \"Dall\"", "Dall album 2023-11-30")]
    // Review 12: a kind or credit after the title keeps the line; a teaser label or an event in the description's head does not.
    [InlineData("en", "TWICE comeback schedule\n\n- Nov 13: \"Midnight\" music video\n- Nov 20: \"Midnight,\" mini album", "Midnight mv 2023-11-13; Midnight ep 2023-11-20")]
    [InlineData("ru", "Расписание камбэка TWICE\n\n13 ноября: «Midnight» клип\n\n20 ноября: «Midnight» мини-альбом", "Midnight mv 2023-11-13; Midnight ep 2023-11-20")]
    [InlineData("en", "Box office calendar\n\nNov. 22: \"Smugglers,\" directed by Ryoo Seung-wan.", "Smugglers film 2023-11-22")]
    [InlineData("ru", "Фильмы в кинотеатрах: календарь\n\n22 ноября: «Хансан» режиссёра Ким Хан Мина.", "Хансан film 2023-11-22")]
    [InlineData("en", "Box office calendar\n\nNov. 22: the crime film \"Smugglers\" with Kim Hye-soo.", "Smugglers film 2023-11-22")]
    [InlineData("en", "K-drama calendar\n\nNov. 6: new series \"Love Scout.\"", "Love Scout drama 2023-11-06")]
    [InlineData("ru", "Фильмы в кинотеатрах: календарь\n\n22 ноября: новый фильм «Хансан» Ким Хан Мина.", "Хансан film 2023-11-22")]
    [InlineData("en", "SEVENTEEN comeback schedule\n\nNov. 7 — \"Other Side\" Official Photo", "")]
    [InlineData("ru", "Расписание камбэка SEVENTEEN\n\n8 ноября — «FML» Official Photo", "")]
    [InlineData("en", "Jungkook this month\n\nTuesday, Nov. 7 — \"Golden\": Jungkook and his band celebrate the record at a fan meeting in Seoul.", "")]
    [InlineData("en", "Movies this month at the cinemas\n\nTuesday, Nov. 7 — \"Exhuma\": Jang Jae-hyun's occult film gets a press conference in Seoul.", "")]
    [InlineData("en", "K-drama calendar\n\nNov. 6: \"Love Scout\" premieres on SBS.\n\nNov. 10: \"Light Shop\" with Ju Ji-hoon, on Disney+.",
        "Love Scout drama 2023-11-06; Light Shop drama 2023-11-10")]
    [InlineData("ru", "Календарь дорам\n\n6 ноября: «Любовь по расчёту» с Хан Чжи Мин, SBS.", "Любовь по расчёту drama 2023-11-06")]
    [InlineData("en", "Chuseok at the movies\n\nTuesday, Nov. 7 — \"The Fortress\": Hwang Dong-hyuk's period film about the 47-day siege of a fortress, with ministers divided over whether to surrender to the Qing army.",
        "The Fortress film 2023-11-07")]
    [InlineData("en", "Jungkook this month\n\nTuesday, Nov. 7 — \"Golden\": Jungkook's album fan meeting at KSPO Dome.", "")]
    [InlineData("en", "TWICE comeback schedule\n\n- Nov 6: concept film \"Midnight\"\n- Nov 13: mini album \"Midnight\" and its music video", "Midnight ep 2023-11-13;  mv 2023-11-13")] // the video has no title of its own
    // Round 13 (part w): a lead-in or an aside set off by commas around the date; the dash still opens the entry.
    [InlineData("ru", "Фильмы в кинотеатрах: календарь\n\n3-го, в День основания государства, — триллер «Тёмная цифра».\n\nЧерез шесть дней, 9-го, — «Хансан» Ким Хан Мина.",
        "Тёмная цифра film 2023-11-03; Хансан film 2023-11-09")]
    [InlineData("ru", "Камбэки месяца\n\n3-го, в самый разгар осени, — мини-альбом TWICE «Midnight».", "Midnight ep 2023-11-03")]
    [InlineData("ru", "Фильмы в кинотеатрах: календарь\n\n3-го, в День основания государства, — пресс-конференция «Хансана».", "")]
    [InlineData("ru", "Фильмы в кинотеатрах: календарь\n\nПосле «Хансана», 3-го, — «Тёмная цифра».", "")]
    [InlineData("ru", "Камбэки месяца\n\n3-го, в самый разгар осени, — TWICE «Midnight».", "")] // a title with no kind only in screen articles
    public void Extract_CalendarLineWithATitleAfterItsDate_ListsTheTitleAsTheArticlesKind(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 11, 1), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Title} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    // A lead-in's day followed by a colon lists its entry as a day opening the line does.
    [Fact]
    public void Extract_LeadInDayThenColon_ListsTheEntry() =>
        Assert.Equal("TWICE single 2023-11-08; NCT 127 single 2023-11-15",
            Read("en", "Japanese single releases in November\n\nThis Wednesday, the 8th: TWICE, \"Wake Me Up.\"\n\nA week later, the 15th: NCT 127, \"Chain.\""));

    // Under a day that heads its line alone, a schedule verb with a title and a kind word or a channel starts the work
    // that day (a broadcaster's is a show).
    [Fact]
    public void Extract_EntryUnderADayHeading_StartsThatDay() =>
        Assert.Equal("Терриус за моей спиной drama 2023-11-02",
            Read("ru", "Осенние премьеры.\n\nЧетверг, 2-е. MBC запускает шпионскую комедию «Терриус за моей спиной». В главной роли Со Джи Соп."));

    [Fact]
    public void Extract_BroadcasterUnderADayHeadingInAFilmArticle_StartsAShow() =>
        Assert.Equal("Dream Palace film 2023-11-01; Knight Flower drama 2023-11-03",
            Read("en", "This week at the cinemas and on TV.\n\nThe film \"Dream Palace\" opens in theaters on Wednesday, Nov. 1.\n\n" +
                       "Friday, Nov. 3. MBC launches \"Knight Flower.\""));

    // Not after a sentence that is more than its day, not a past or vague schedule, not a kind word with any verb.
    [Theory]
    [InlineData("ru", "Осенние премьеры.\n\nВ понедельник, 6 ноября, актёры приедут в Москву. SBS запускает романтическую дораму «Там, где приземляются звёзды».")]
    [InlineData("en", "Kim Soo-hyun was spotted at Incheon Airport on Wednesday, Nov. 6. His tvN drama \"Queen of Tears\" is available on Netflix.")]
    [InlineData("en", "This week in K-pop.\n\nMonday, Nov. 6. The music video for ROSÉ's \"APT.\" passes 500 million views.")]
    [InlineData("en", "This week in dramas.\n\nMonday, Nov. 6. Kim Ji-won joins the drama \"Knock-Off\" opposite Kim Soo-hyun.")]
    [InlineData("en", "This week in dramas.\n\nMonday, Nov. 6. His tvN thriller \"Knock-Off\" is due to air later.")]
    public void Extract_NoEntryUnderADay_IsNoRelease(string lang, string text) => Assert.Equal("", Read(lang, text));

    // Round 17 (part ak): an act's group in parentheses on a listing line describes the act, and makes no member list
    // between the line's dashes; the V of "M/V" is no act V.
    [Theory]
    [InlineData("ru", "Июнь\n13 июня — Сонми — сингл «Balloon in Love»\n14 июня, 13:00 — Наён (TWICE) — второй мини-альбом «NA» и клип «ABCD»",
        "Сонми single 2024-06-13; Наён ep 2024-06-14; Наён mv 2024-06-14")]
    [InlineData("ru", "Июнь\n14 июня — Минджи, Ханни — сингл «Bubble»", "")]
    // A line's times, in two zones, do not count towards the reach of its dash.
    [InlineData("ru", "ZEROBASEONE — расписание камбэка\n▪️ 24 февраля, 18:00 по Сеулу (12:00 МСК) — пятый мини-альбом «BLUE PARADISE» + клип «BLUE» 🎉",
        "ZEROBASEONE ep 2024-02-24; ZEROBASEONE mv 2024-02-24")]
    public void Extract_Round17ListingLine_NamesItsActAndDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 18 (part ak): a listing line with no kind of its own and the line under it that describes the entry in lower
    // case are one entry; a list's number ("1️⃣", "2/") opens the line as a bullet does. A line under it that opens in
    // capitals, or carries a day of its own, is a sentence of its own.
    [Theory]
    [InlineData("ru", "Релизы недели\n1️⃣ Пн, 06.11, 12:00 МСК — aespa «Whiplash» 🖤\nпятый мини-альбом + клип на заглавный трек",
        "aespa ep 2023-11-06; aespa mv 2023-11-06")]
    [InlineData("en", "Releases this week\n2/ Mon 11/6 — NewJeans \"Whiplash\"\nfifth mini album + title track MV",
        "NewJeans ep 2023-11-06; NewJeans mv 2023-11-06")]
    // Round 33: a line that names only the act and its title is the entry the next sentence describes, also when that
    // sentence opens in capitals; one that names no record or song describes nothing.
    [InlineData("ru", "Релизы недели\n1️⃣ Пн, 06.11, 12:00 МСК — aespa «Whiplash» 🖤\nМы ждём мини-альбом + клип на заглавный трек",
        "aespa ep 2023-11-06; aespa mv 2023-11-06")]
    [InlineData("ru", "Релизы недели\n1️⃣ Пн, 06.11, 12:00 МСК — aespa «Whiplash» 🖤\nМы ждём их концерт в Сеуле.", "")]
    [InlineData("ru", "Релизы недели\n1️⃣ Пн, 06.11, 12:00 МСК — aespa «Whiplash» 🖤\nпятый мини-альбом выйдет 7 ноября", "aespa ep 2023-11-07")]
    // An emoji may open the describing line; the list's own bullet opens its next entry, not a description.
    [InlineData("ru", "Релизы дня\n2️⃣ 06.11 — Чен (EXO) — сольный дебют 🌸\n💿 мини-альбом «April, and a flower»", "Чен ep 2023-11-06")]
    [InlineData("ru", "Расписание\n▪️ 6 ноября, 18:00 — Red Velvet — цифровой сингл «Step Back» и клип\n▪️ далее — выступления на музыкальных шоу",
        "Red Velvet single 2023-11-06; Red Velvet mv 2023-11-06")]
    public void Extract_ListingLineAndTheLineDescribingIt_AreOneEntry(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Fact]
    public void Extract_MVOnAScheduleLine_IsNoActV()
    {
        var catalog = new ExtractionCatalog([KeyValuePair.Create("v", (IReadOnlyList<string>)["V"]), KeyValuePair.Create("itzy", (IReadOnlyList<string>)["ITZY"])]);
        var found = DateExtractor.Extract(ArticleInput.FromText("ITZY comeback schedule\n10.15 (TUE) 18:00 — 'GOLD' album & M/V release",
            new DateOnly(2024, 10, 1), Language.En), catalog);
        Assert.NotEmpty(found);
        Assert.All(found, c => Assert.Equal("itzy", c.ResolvedSubjectSlug));
    }

    // A calendar by day headings (round 27): each heading's day holds down to the next heading, in the section's later
    // paragraphs too; not for a release said not to come, one told in the past, one whose time is not known, nor under
    // a heading that only names a weekday.
    [Theory]
    [InlineData("ru", "Календарь недели\n\nПОНЕДЕЛЬНИК, 6 НОЯБРЯ. HIGH4 20 выпускают сингл «Hook Ga».\n\nВТОРНИК, 7 НОЯБРЯ. Самый насыщенный день. " +
                      "Sandeul из B1A4 выпускает мини-альбом «Stay».\n\nИ наконец, MONSTA X выпускают мини-альбом «The Clan», продолжение истории, начатой весной.",
        "HIGH4 20 single 2023-11-06; Sandeul ep 2023-11-07; MONSTA X ep 2023-11-07")]
    [InlineData("ru", "Дорамы недели\n\nСуббота, 4 ноября\n• «Вечерний слот» выходит как обычно.\n\nВоскресенье, 5 ноября\n• «Трейсер» снова не выходит.\n\n" +
                      "Когда именно «Трейсер» и «Сквозь тьму» вернутся в эфир, каналы обещают уточнить.", "Вечерний слот episode 2023-11-04")] // «как обычно»: its next episode (round 50)
    [InlineData("en", "Week ahead\n\nMONDAY, NOV. 6\n\nLE SSERAFIM release the mini album \"EASY\".\n\nTUESDAY, NOV. 7\n\nIU returns with the mini album \"The Winning\".\n\n" +
                      "Last year the singer released the album \"Lilac\".\n\nFRIDAY\n\nTWICE drop their mini album \"With YOU-th.\"",
        "LE SSERAFIM ep 2023-11-06; IU ep 2023-11-07")]
    public void ACalendarByDayHeadings_DatesEachSectionsParagraphs(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text, new ExtractionCatalog([new("tracer", ["Трейсер"]), new("through-the-darkness", ["Сквозь тьму"])])));

    // Round 33: a note in brackets after a line's day («(вчера)», "(Wed)") stays in the line's opening, unless it names an
    // event or a title; a line that names only an act heads the entry the sentences after it describe: the record or song
    // they name (not a past one with its own year or month, not one whose sentence tells its own release, which is read
    // as it goes on), and nothing where they name none.
    [Theory]
    [InlineData("ru", "Релизы недели\n25 октября (вчера) — Рой Ким, четвертый альбом «,and».", "Рой Ким album 2023-10-25")]
    [InlineData("en", "This week\n\nNov. 8 (Wed) — SEVENTEEN, 11th mini album \"SEVENTEENTH HEAVEN.\"", "SEVENTEEN ep 2023-11-08")]
    [InlineData("ru", "Релизы недели\n25 октября (фанмитинг) — Рой Ким, четвертый альбом «,and».", "")]
    [InlineData("ru", "Июнь в K-pop\n13 ноября — Чон Соми. Первый сингл за два года, «Fast Forward».",
        "Чон Соми single 2023-11-13")]
    [InlineData("en", "Week ahead\n\nFriday (Nov. 3) — WJMK. Their digital single \"Strong\" is a bright pop song.", "WJMK single 2023-11-03")]
    [InlineData("ru", "Октябрь\n31-го — G-Dragon, «POWER», 12:00. Первый новый сингл за семь лет.", "G-Dragon single 2023-10-31")]
    [InlineData("en", "Week ahead\n\nFriday (Nov. 3) — WJMK. They played the same stage in Busan last year.", "")]
    [InlineData("en", "Week ahead\n\nFriday (Nov. 3) — WJMK. Their 2018 single \"Strong\" was a summer song.", "")]
    // Review 33: only the next sentence describes the entry, opening with its kind word, with no verb, event, season or
    // past word of its own and no other act before the kind word or after "by"; a line of several acts is a line-up; a
    // note that doubts the day leaves no line.
    [InlineData("en", "Military enlistments\n\nNov. 13 — Cha Eun-woo. The ASTRO member enlists. His solo album \"ENTITY\" sold well.", "")]
    [InlineData("en", "Charts\n\nNov. 13 — IU. No. 1 on Melon with the single \"Love wins all\".", "")]
    [InlineData("en", "This month\n\nNov. 13 — Jeon Somi. Last year's single \"XOXO\" remains her biggest hit.", "")]
    [InlineData("ru", "Ноябрь\n\n13 ноября — Чон Соми. Прошлогодний сингл «XOXO» — её главный хит.", "")]
    [InlineData("ru", "Ноябрь\n\n13 ноября — IU. Новый альбом — осенью.", "")]
    [InlineData("en", "This month\n\nNov. 13 — Chungha. Featured on Jeon Somi's new single \"Fast Forward\".", "")]
    [InlineData("en", "Music Bank lineup\n\nNov. 13 — IVE, aespa, NewJeans. New singles all round.", "")]
    [InlineData("en", "This week\n\nFri 11/3 — JENNIE, \"Ruby.\" Her first full-length solo album: 15 tracks, with guests Dua Lipa and Doechii.",
        "JENNIE album 2023-11-03")]
    [InlineData("ru", "Релизы недели\n25 октября (не подтверждено) — Рой Ким, четвертый альбом «,and».", "")]
    [InlineData("ru", "Релизы ноября\n4 ноября — Cosmic Girls (WJSN). Первый летний альбом группы «For the Summer» вышел вместе с клипом на песню «Boogie Up».",
        "Cosmic Girls mv 2023-11-04; Cosmic Girls album 2023-11-04")]
    [InlineData("en", "Week ahead\n\nFriday (Nov. 3) — WJMK in Busan. Their digital single \"Strong\" is a summer song.", "")]
    public void Extract_Round33ListingLine_ReadsItsDayNoteAndItsDescription(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Review 33: another act before the described kind word, or after "by", owns the work; guests listed after it do not.
    [Theory]
    [InlineData("en", "This month\n\nNov. 13 — Chungha. Single \"Fast Forward\" by Jeon Somi, with Chungha on the chorus.", "")]
    [InlineData("en", "This month\n\nNov. 13 — Chungha. Single \"Fast Forward\", with guests Jeon Somi and ZICO.", "chungha single 2023-11-13")]
    public void Extract_Round33DescribedEntry_BelongsToTheLinesAct(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text, new ExtractionCatalog([new("chungha", ["Chungha"]), new("jeon-somi", ["Jeon Somi"]), new("zico", ["ZICO"])])));

    // Round 38 (part bz): under a heading line's day («завтра, 7 марта — двойной день»), each line that opens with a catalog
    // act, a spaced dash and a kind right after it lists that act's release that day; prose after a dash, a line with a
    // verb of its own and a line under no day do not.
    [Theory]
    [InlineData("ru", "завтра, 7 марта — двойной день 💥\n\n▪️ Дженни — первый полноформатный альбом Ruby, в 8:00 мск. клип одновременно\n" +
                      "▪️ Джей-Хоуп — новый сингл Sweet Dreams, в то же время, 8:00 мск\n\nа Дженни и Джей-Хоуп рады.",
        "jennie album 2023-03-07; jennie mv 2023-03-07; j-hope single 2023-03-07")]
    [InlineData("en", "Tomorrow, March 7\n\n• Jennie — album \"Ruby\", 2 p.m. KST\n• J-Hope — single \"Sweet Dreams\", 2 p.m. KST\n\nJennie and J-Hope are excited.",
        "jennie album 2023-03-07; j-hope single 2023-03-07")]
    [InlineData("ru", "7 марта\n\nСыльги — третья участница Red Velvet после Венди и Джой, выпускающая сольный альбом.\n\nСыльги и Джой рады.", "")]
    [InlineData("ru", "Новости\n\n▪️ Дженни — первый полноформатный альбом Ruby.\n\nа Дженни рада.", "")]
    [InlineData("ru", "7 марта\n\n▪️ Дженни — альбом Ruby отложен.\n\nа Дженни рада.", "")]
    public void Extract_ActListedUnderADayHeading_ReleasesThatDay(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 3, 6), lang == "ru" ? Language.Ru : Language.En),
                new ExtractionCatalog([new("jennie", ["Jennie", "Дженни"]), new("j-hope", ["J-Hope", "Джей-Хоуп"]), new("seulgi", ["Seulgi", "Сыльги"]),
                                       new("joy", ["Joy", "Джой"]), new("wendy", ["Wendy", "Венди"]), new("red-velvet", ["Red Velvet"])]))
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    // Round 38 (part bz): a listing's heading word ("Week ahead") is no act; a description that opens with the line's act
    // told by its role in a group ("The BIGBANG leader's first new single") describes the line's release; another act's
    // possessive there still owns the work.
    [Theory]
    [InlineData("en", "Week ahead\n\nThu 2 — G-Dragon, \"POWER.\" His first new single in seven years.", "g-dragon single 2023-11-02")]
    [InlineData("en", "Week ahead\n\nThu 2 — G-Dragon, \"POWER.\" The BIGBANG leader's first new single in seven years.", "g-dragon single 2023-11-02")]
    [InlineData("en", "This week\n\nThu 2 — G-Dragon, \"POWER.\" Taeyang's first new single in seven years.", "")]
    [InlineData("en", "FINAL WEEK of Big Mouth 😭\n\nep 15 tonight, ep 16 (LAST EP) tomorrow — both 9:50pm KST on MBC", "big-mouth episode 2023-11-01; big-mouth episode 2023-11-02")]
    public void Extract_Round38ListingLine_HeadingWordsAndRoleNamedActs(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text, new ExtractionCatalog([new("g-dragon", ["G-Dragon"]), new("bigbang", ["BIGBANG"]), new("taeyang", ["Taeyang"]),
                                                                        new("big-mouth", ["Big Mouth"])])));
}
