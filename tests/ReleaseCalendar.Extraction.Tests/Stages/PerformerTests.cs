namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Issue #9 §1.2 and §1.4: a release belongs to its performer, not to a name compared with, a guest or a maker; "they came back from" releases nothing.</summary>
public sealed class PerformerTests
{
    static string Read(string lang, string text, ExtractionCatalog? catalog = null) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), lang == "ru" ? Language.Ru : Language.En), catalog)
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}"));

    [Theory]
    [InlineData("ru", "Сегодня выходит первая часть саундтрека — песня «Another Day» в исполнении Панч и Monday Kiz.",
        "Панч ost Another Day 2024-10-31; Monday Kiz ost Another Day 2024-10-31")]
    [InlineData("ru", "Сегодня выходит новый саундтрек — дуэт Чанёля из EXO и певицы Панч «Go Away Go Away».",
        "Чанёля ost Go Away Go Away 2024-10-31; Панч ost Go Away Go Away 2024-10-31")]
    [InlineData("en", "The OST \"Another Day\" by Punch and Davichi is out today.",
        "Punch ost Another Day 2024-10-31; Davichi ost Another Day 2024-10-31")]
    [InlineData("en", "The OST \"Another Day\" is out today, and Punch and Monday Kiz sang at the showcase.", "Punch ost Another Day 2024-10-31")]
    [InlineData("en", "The OST \"Everytime,\" sung by Chen and rookie singer Punch, is out today.",
        "Chen ost Everytime 2024-10-31; Punch ost Everytime 2024-10-31")]
    [InlineData("en", "The OST \"Everytime\" by Chen is out today and sold well, a hit for rookie singer Punch.", "Chen ost Everytime 2024-10-31")]
    public void Extract_NamesJoinedAfterByOrADuetWord_AllPerform(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    static readonly ExtractionCatalog AgencyFounder = new([
        KeyValuePair.Create("jyp", (IReadOnlyList<string>)["J.Y. Park", "JYP", "Пак Чин Ён"]),
        KeyValuePair.Create("itzy", (IReadOnlyList<string>)["ITZY", "Итзи"]),
    ]);

    [Theory]
    [InlineData("en", "On Feb. 12, JYP Entertainment debuts ITZY with the single \"IT'z Different.\"", "itzy single 2024-02-12")]
    [InlineData("en", "JYP Entertainment said on Feb. 12 that the single \"Swing\" is out.", "")]
    [InlineData("ru", "Новички JYP Entertainment, группа ITZY, выпустят сингл 12 февраля.", "itzy single 2024-02-12")]
    [InlineData("en", "JYP returns with the single \"Changed Man\" on Feb. 12.", "jyp single 2024-02-12")]
    [InlineData("en", "Good JYP music is back: his single \"Changed Man\" is out on Feb. 12.", "jyp single 2024-02-12")]
    [InlineData("en", "ITZY Music Video \"Swing\" Out On Feb. 12", "itzy mv 2024-02-12")]
    [InlineData("en", "On Feb. 12, the ITZY Music video for \"Swing\" drops.", "itzy mv 2024-02-12")]
    [InlineData("en", "ITZY Records Fastest Sellout; New Single \"Swing\" Out Feb. 12", "itzy single 2024-02-12")]
    [InlineData("en", "ITZY Media Showcase Set; Single \"Swing\" Drops Feb. 12", "itzy single 2024-02-12")]
    // Round 13 (part x): a capitalised organisation noun starts the organisation's name.
    [InlineData("en", "The new group from its Chinese label Label ITZY made their debut on Feb. 12 with the single \"Swing.\"", "")]
    // Opening the sentence too, for a label (round 34, part bn: "Label SJ has updated the release schedule for … Yesung's …"):
    // "Label X" is a label's name there; «Агентство ITZY» is ITZY's agency (review 34).
    [InlineData("en", "Label ITZY made their debut on Feb. 12 with the single \"Swing.\"", "")]
    [InlineData("ru", "Агентство ITZY объявило, что группа выпустит сингл «Swing» 12 февраля.", "itzy single 2024-02-12")]
    // Round 20 (part at): whose channel a video is posted on tells where, not who performs.
    [InlineData("en", "ITZY are back!\n\nthe mini album + \"Swing\" MV just dropped — 1PM KST on JYP's channel", "itzy mv 2024-02-01; itzy ep 2024-02-01")]
    [InlineData("en", "JYP is back!\n\nthe single + \"Swing\" MV just dropped — 1PM KST on his channel", "jyp mv 2024-02-01; jyp single 2024-02-01")]
    public void Extract_CatalogNameBeforeACompanyWord_IsTheAgency(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(
                ArticleInput.FromText(text, new DateOnly(2024, 2, 1), lang == "ru" ? Language.Ru : Language.En), AgencyFounder)
            .Select(c => $"{c.ResolvedSubjectSlug} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    [Theory]
    [InlineData("en", "SM's first new girl group since aespa, Hearts2Hearts, makes its debut today with the single \"The Chase.\"",
        "Hearts2Hearts single The Chase 2024-10-31")]
    [InlineData("en", "ZICO's new single \"SPOT!\" featuring BLACKPINK's JENNIE is out today.", "ZICO single SPOT! 2024-10-31")]
    [InlineData("en", "LIGHTSUM, the first girl group from Cube Entertainment, the agency behind BTOB, debuted today with an EP.", "LIGHTSUM ep  2024-10-31")]
    [InlineData("en", "The story behind NewJeans' new single \"How Sweet,\" out today.", "NewJeans single How Sweet 2024-10-31")]
    [InlineData("en", "A look at the label behind NewJeans' new single \"How Sweet,\" out today.", "NewJeans single How Sweet 2024-10-31")]
    [InlineData("en", "Jennie's single \"Home,\" written by Teddy Park, is out today.", "Jennie single Home 2024-10-31")]
    [InlineData("en", "Jennie's single \"Home,\" written by Teddy Park and Kush, is out today.", "Jennie single Home 2024-10-31")]
    [InlineData("en", "Jennie's single \"Home,\" written by Teddy Park, Kush and 24, is out today.", "Jennie single Home 2024-10-31")]
    [InlineData("en", "Hyuna's single \"Ping Pong\" is out today through P Nation, the label founded by PSY.", "Hyuna single Ping Pong 2024-10-31")]
    // Round 30: an occasion that names the day ("the day of their anniversary", «в день годовщины») vetoes nothing; a fan
    // song («фан-песня») is a single; an anniversary celebrated releases nothing.
    [InlineData("en", "On Oct. 31, the day of their anniversary, Apink released the fan song \"The Miracle\".", "Apink single The Miracle 2024-10-31")]
    [InlineData("ru", "Сегодня, 31 октября, в день годовщины Apink выпустили фан-песню «The Miracle».", "Apink single The Miracle 2024-10-31")]
    [InlineData("en", "Apink celebrate their 100-day anniversary with fans today.", "")]
    // Round 30: "KBS 2TV's": the "TV" glued to the channel's number is the channel's, not an act.
    [InlineData("en", "The soundtrack album of KBS 2TV's hit drama \"Sungkyunkwan Scandal\" is out today.", "")]
    [InlineData("en", "Kim Jun-su's OST \"Found\" for KBS 2TV's drama \"Sungkyunkwan Scandal\" is out today.", "Kim Jun-su ost Found 2024-10-31")]
    public void Extract_ComparedFeaturedOrMakerName_IsNotThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "Super Junior's Kyuhyun released \"Love Beyond Words,\" the drama's first OST, today.", "Kyuhyun ost Love Beyond Words 2024-10-31")]
    [InlineData("en", "Jo Jung Suk has released the drama's OST Part 3, \"Aloha,\" today.", "Jo Jung Suk ost Aloha 2024-10-31")]
    [InlineData("en", "The drama's second season \"Hospital Playlist 2\" premiered today.", "Hospital Playlist 2 drama Hospital Playlist 2 2024-10-31")]
    public void Extract_KindOwnedByAShow_IsWhatIsReleased(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    static readonly ExtractionCatalog Singers = new([
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU", "Айю"]),
        KeyValuePair.Create("punch", (IReadOnlyList<string>)["Punch", "Панч"]),
        KeyValuePair.Create("monday-kiz", (IReadOnlyList<string>)["Monday Kiz"]),
        KeyValuePair.Create("lee-jae-wook", (IReadOnlyList<string>)["Lee Jae-wook", "Ли Джэ-ук"]),
        KeyValuePair.Create("paul-kim", (IReadOnlyList<string>)["Paul Kim", "Пол Ким"]),
    ]);

    [Theory]
    [InlineData("Сегодня вышел саундтрек к дораме «Последнее лето» с Ли Джэ-уком — песня Пол Кима «Хоть бы пошёл дождь».", "paul-kim")]
    [InlineData("Сегодня вышел саундтрек к дораме KBS «Последнее лето» с Ли Джэ-уком — песня Пол Кима «Хоть бы пошёл дождь».", "paul-kim")]
    [InlineData("Сегодня выходит первая часть саундтрека к новой дораме с Айю — песня «Another Day» в исполнении Панч и Monday Kiz.", "punch,monday-kiz")]
    // "с" after a song, not a show: who sings with the performer.
    [InlineData("Сегодня вышла песня «Love Wins All» с Айю.", "iu")]
    public void Extract_ShowsCastOrSingerAfterASingingWord_IsWhoSings(string text, string slug)
    {
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), Language.Ru), Singers);
        Assert.Equal(slug, string.Join(",", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }

    static readonly ExtractionCatalog Band = new([
        KeyValuePair.Create("cnblue", (IReadOnlyList<string>)["CNBLUE"]),
        KeyValuePair.Create("jung-yong-hwa", (IReadOnlyList<string>)["Jung Yong-hwa", "Yong-hwa", "Чон Ёнхва"]),
    ]);

    // Round 20 (part ao): a maker named with a role noun ("written by leader Jung Yong-hwa") is not the act a later line means.
    [Theory]
    [InlineData("ru", "CNBLUE объявили расписание.\n\nАльбом называется «Can't Stop», заглавную песню написал лидер группы Чон Ёнхва.\n\n" +
                "24 ноября — выход мини-альбома «Can't Stop».", "cnblue")]
    [InlineData("ru", "CNBLUE объявили расписание.\n\nАльбом называется «Can't Stop», заглавную песню исполнил лидер группы Чон Ёнхва.\n\n" +
                "24 ноября — выход мини-альбома «Can't Stop».", "jung-yong-hwa")]
    [InlineData("en", "CNBLUE has announced a roadmap.\n\nFNC confirmed that the mini album will be called \"Can't Stop,\" after a title track written by " +
                "leader Jung Yong-hwa.\n\nNov. 24 — mini album \"Can't Stop\"", "cnblue")]
    [InlineData("en", "CNBLUE has announced a roadmap.\n\nFNC confirmed that the mini album will be called \"Can't Stop,\" after a title track by " +
                "leader Jung Yong-hwa.\n\nNov. 24 — mini album \"Can't Stop\"", "jung-yong-hwa")]
    [InlineData("en", "The solo single \"Mileage\" by CNBLUE leader Jung Yong-hwa is out on Nov. 24.", "jung-yong-hwa")]
    public void Extract_MakerWithARoleNoun_IsNotTheAct(string lang, string text, string slug)
    {
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), lang == "ru" ? Language.Ru : Language.En), Band);
        Assert.Equal(slug, string.Join(",", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }

    [Theory]
    [InlineData("en", "BLACKPINK played Coachella. They will return for the second weekend on November 8.", "")]
    [InlineData("ru", "Сегодня Чимин и Чонгук завершили службу: утром они вышли из ворот части.", "")]
    [InlineData("en", "BLACKPINK will return with a new album on November 8.", "BLACKPINK album  2024-11-08")]
    public void Extract_VerbOfMotionWithoutKindOrTitle_IsNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData(true, "BTS are back. Kissy fam, our boys drop their album \"Proof\" today!", "BTS")]
    // A name the text presents as the performer keeps its release: a role noun, a possessive, "by", the verb right after.
    [InlineData(true, "BTS are back. Lauv released his single \"Who\" today.", "Lauv")]
    [InlineData(true, "BTS are back. Singer Lauv has a new single, \"Who,\" out today.", "Lauv")]
    [InlineData(true, "BTS are back. Lauv's new single \"Who\" is out today.", "Lauv")]
    [InlineData(true, "BTS are back. The new single \"Who\" by Lauv is out today.", "Lauv")]
    public void Extract_NameTheCatalogDoesNotKnow_YieldsToTheArticlesAct(bool withCatalog, string text, string subject)
    {
        var catalog = new ExtractionCatalog([KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"])]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), Language.En), withCatalog ? catalog : null);
        Assert.Equal(subject, string.Join(",", found.Select(c => c.Subject).Distinct()));
    }

    [Theory]
    [InlineData("en", true, "Jeonghan and Wonwoo released their single album \"THIS MAN\" today.", "jeonghan-x-wonwoo")]
    [InlineData("ru", true, "Чонхан и Вону сегодня выпустили сингл-альбом «THIS MAN».", "jeonghan-x-wonwoo")]
    [InlineData("en", false, "Jeonghan and Wonwoo released their single album \"THIS MAN\" today.", "jeonghan,wonwoo")]
    public void Extract_MembersTheCatalogKnowsAsAUnit_AreTheUnit(string lang, bool unitInCatalog, string text, string slugs)
    {
        List<KeyValuePair<string, IReadOnlyList<string>>> acts =
        [
            KeyValuePair.Create("jeonghan", (IReadOnlyList<string>)["Jeonghan", "Чонхан"]),
            KeyValuePair.Create("wonwoo", (IReadOnlyList<string>)["Wonwoo", "Вону"]),
        ];
        if (unitInCatalog)
        {
            acts.Add(KeyValuePair.Create("jeonghan-x-wonwoo", (IReadOnlyList<string>)["Jeonghan X Wonwoo", "Чонхан и Вону"]));
        }
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), lang == "ru" ? Language.Ru : Language.En),
            new ExtractionCatalog(acts));
        Assert.Equal(slugs, string.Join(",", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }

    // A weekday that begins a name is the name's; in a title-case headline, where every word is capitalised, a weekday is a day.
    [Theory]
    [InlineData("The OST \"Another Day\" by Punch and Monday Kiz is out today.", "punch ost 2024-10-31; monday-kiz ost 2024-10-31")]
    [InlineData("The OST \"Another Day\" by Punch is out on Monday.", "punch ost 2024-11-04")]
    [InlineData("The OST \"Another Day\" by Punch and Monday Kiz is out Friday.", "punch ost 2024-11-01; monday-kiz ost 2024-11-01")]
    [InlineData("Punch And Monday Kiz Release The OST \"Another Day\" Tomorrow", "punch ost 2024-11-01; monday-kiz ost 2024-11-01")]
    [InlineData("TWICE Drop New Album \"Ready\" Friday With Lead Single \"Strategy\"", "twice album 2024-11-01")]
    public void Extract_WeekdayStartingAName_IsTheNamesNotADay(string text, string expected)
    {
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), Language.En),
            new ExtractionCatalog([KeyValuePair.Create("punch", (IReadOnlyList<string>)["Punch"]), KeyValuePair.Create("monday-kiz", (IReadOnlyList<string>)["Monday Kiz"]),
                KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"])]));
        Assert.Equal(expected, string.Join("; ", found.Select(c => $"{c.ResolvedSubjectSlug} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));
    }

    [Theory]
    [InlineData("ru", "TWICE, которые впервые исполнят новую песню «Cry for Me» на церемонии 6 декабря, выпустят её в цифровом формате 18 декабря.",
        "TWICE single Cry for Me 2024-12-18")]
    public void Extract_SongSungOnAStageFirst_IsReleasedOnlyOnItsReleaseDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "Jungkook is back. BTS's golden maknae released his single \"3D\" today.", "Jungkook single 3D 2024-10-31")]
    [InlineData("en", "Taeyeon is back. Girls' Generation's leader releases her album \"INVU\" today.", "Taeyeon album INVU 2024-10-31")]
    [InlineData("en", "BTS's Jungkook released his single \"3D\" today.", "Jungkook single 3D 2024-10-31")]
    public void Extract_GroupBeforeAMemberNoun_IsNotThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 13 (part w): "12-member" counts the group's members, "16-episode" and "10-track" describe the release: the group
    // after the count performs (its agency does not), and the drama and the album stay what they are.
    [Theory]
    [InlineData("en", "Yuehua's 12-member girl group Cosmic Girls follows on Nov. 5 with the mini album \"Would You Like?\"",
        "Cosmic Girls ep Would You Like? 2024-11-05")]
    [InlineData("en", "tvN's 16-episode drama \"Queen of Tears\" premieres tomorrow.", "Queen of Tears drama Queen of Tears 2024-11-01")]
    [InlineData("en", "IU's 10-track album \"The Winning\" is out tomorrow.", "IU album The Winning 2024-11-01")]
    public void Extract_CountGluedToANoun_IsNoMemberOrKindNoun(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The GOT7 member's song \"Melting\" was released today for SBS's hit Monday-Tuesday drama.")]
    [InlineData("en", "The song \"Melting\" was released today for KBS2's new Wednesday-Thursday series.")]
    public void Extract_BroadcastSlotOfWeekdays_IsNotThePerformer(string lang, string text) =>
        Assert.DoesNotContain(DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), lang == "ru" ? Language.Ru : Language.En)),
            c => c.Subject.Contains("day", StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("en", "Newcomers get their turn on November 12, when STAYC debut with the single album \"Star To A Young Culture.\"",
        "STAYC single Star To A Young Culture 2024-11-12")]
    [InlineData("en", "Updated: Taeyeon's album \"Purpose\" is out on November 28.", "Taeyeon album Purpose 2024-11-28")]
    [InlineData("en", "Jimin releases the single \"Who\" on November 12.", "Jimin single Who 2024-11-12")]
    public void Extract_WordCapitalisedOnlyAtSentenceStart_IsNotThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The new girl group LE SSERAFIM, featuring former IZ*ONE members Sakura and Kim Chae-won, debut today with their first EP, \"FEARLESS.\"",
        "LE SSERAFIM ep FEARLESS 2024-10-31")]
    [InlineData("en", "The new girl group LE SSERAFIM, featuring Sakura and Kim Chae-won, debut today with their first EP, \"FEARLESS.\"",
        "LE SSERAFIM ep FEARLESS 2024-10-31")]
    public void Extract_MemberListAfterAFeaturingWord_IsNotThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "TWICE are back. IT'S OUT 🍓 their new single \"Strategy\" is here today", "TWICE single Strategy 2024-10-31")]
    public void Extract_ContractionInCapitals_IsNoName(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "BTS team up with producer Benny Blanco and Snoop Dogg on the single \"Bad Decisions,\" out today.",
        "BTS single Bad Decisions 2024-10-31; Benny Blanco single Bad Decisions 2024-10-31; Snoop Dogg single Bad Decisions 2024-10-31")]
    [InlineData("en", "Charlie Puth and BTS member Jungkook released their collaboration single \"Left and Right\" today.",
        "Charlie Puth single Left and Right 2024-10-31; Jungkook single Left and Right 2024-10-31")]
    [InlineData("en", "Wendy and ZICO have joined forces for the drama's soundtrack. Their duet single \"My Day\" was released today.",
        "Wendy single My Day 2024-10-31; ZICO single My Day 2024-10-31")]
    [InlineData("ru", "Сегодня вышел «Too Much» — совместный сингл Кида Лароя и Central Cee.",
        "Кида Лароя single Too Much 2024-10-31; Central Cee single Too Much 2024-10-31")]
    [InlineData("en", "ZICO's single \"SPOT!\" with JENNIE is out today.", "ZICO single SPOT! 2024-10-31")]
    [InlineData("en", "ZICO's duet single \"SPOT!\" featuring JENNIE is out today.", "ZICO single SPOT! 2024-10-31")]
    public void Extract_Collaboration_BelongsToEveryActPerformingIt(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("ru", "В пятницу, 25 октября, на сцену вышли ATEEZ.", "")]
    [InlineData("ru", "В пятницу, 25 октября, вышел альбом ATEEZ «Golden Hour».", "ATEEZ album Golden Hour 2024-10-25")]
    public void Extract_GoingOnStage_IsNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "NCT DOJAEJUNG, made up of Doyoung, Jaehyun and Jungwoo, released its first EP \"Perfume\" on Tuesday.",
        "NCT DOJAEJUNG ep Perfume 2024-10-29")]
    [InlineData("ru", "Дуэт EXO-SC в составе Сехуна и Чанёля во вторник выпустил мини-альбом «What a Life».", "EXO-SC ep What a Life 2024-10-29")]
    [InlineData("en", "MAMAMOO+, the unit of Solar and Moonbyul, have released their first single album \"ACT 1, SCENE 1\" today.",
        "MAMAMOO single ACT 1, SCENE 1 2024-10-31")] // not Solar (the catalog keeps the "+", see MAMAMOO+ rows)
    public void Extract_LineUpAfterMadeUpOf_IsNotThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "ENHYPEN, the first boy band launched by Belift since global sensation BTS, released the EP \"Border: Day One\" on Tuesday.",
        "ENHYPEN ep Border: Day One 2024-10-29")]
    public void Extract_NameAfterAComparisonWordAndItsAdjectives_IsNotThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "VIVIZ are here. The trio, who were members of GFRIEND until last year, debuted on Tuesday with the EP \"Beam Of Prism.\"",
        "VIVIZ ep Beam Of Prism 2024-10-29")]
    [InlineData("en", "VIVIZ are here. The trio, former members of girl group GFRIEND, debuted on Tuesday with the EP \"Beam Of Prism.\"",
        "VIVIZ ep Beam Of Prism 2024-10-29")]
    [InlineData("en", "D.O. of boy band EXO released his first solo EP \"Empathy\" on Tuesday.", "D.O ep Empathy 2024-10-29")]
    [InlineData("ru", "Исполнитель B.I, бывший лидер группы iKON, во вторник представил первый полноформатный альбом «Waterfall».", "B.I album Waterfall 2024-10-29")]
    [InlineData("ru", "Бывшие участницы группы GFRIEND во вторник дебютировали как VIVIZ с мини-альбомом «Beam Of Prism».", "VIVIZ ep Beam Of Prism 2024-10-29")]
    // Round 20 (part at): "It" opening a sentence with a schedule word is the titled work the sentence before named.
    [InlineData("en", "TWICE announced the mini album \"Strategy\". It arrives on Nov. 28 at 1 p.m.", "TWICE ep Strategy 2024-11-28")]
    [InlineData("ru", "TWICE анонсировали мини-альбом «Strategy». Он выйдет 28 ноября.", "TWICE ep Strategy 2024-11-28")]
    [InlineData("en", "TWICE announced the mini album \"Strategy\". The showcase is great. It arrives on Nov. 28.", "")]
    // Round 20 (part at): a determiner opening a sentence is no act.
    [InlineData("en", "Your release calendar for Nov. 4: ITZY drop the mini album \"Gold.\"", "ITZY ep Gold 2024-11-04")]
    [InlineData("en", "This week: ITZY drop the mini album \"Gold\" on Nov. 4.", "ITZY ep Gold 2024-11-04")]
    // Round 20 (part ap): a word of the moment shouted or capitalised with the name ("JUST", "Finally") is not part of it.
    [InlineData("en", "ITZY JUST DEBUTED with the single album \"IT'z Different\" today", "ITZY single IT'z Different 2024-10-31")]
    [InlineData("en", "TWICE's Chaeyoung Finally Drops Her Solo Debut Album \"LIL FANTASY\" Today", "Chaeyoung album LIL FANTASY 2024-10-31")]
    // Round 20 (part ao): a vocalist named with the group is its member, as "main vocalist" is.
    [InlineData("ru", "Сегодня выходит первый сольный мини-альбом главного вокалиста B1A4 Сандыля — «Stay As You Are».", "Сандыля ep Stay As You Are 2024-10-31")]
    [InlineData("ru", "Сегодня выходит сольный мини-альбом вокалистки MAMAMOO Хвиин — «Redd».", "Хвиин ep Redd 2024-10-31")]
    [InlineData("ru", "Во вторник вышел сингл «Fly» в исполнении солистки группы Davichi.", "Davichi single Fly 2024-10-29")]
    // Round 13 (part x): a group noun and "of" before a group, after another name, say whose unit that name is.
    [InlineData("en", "NCT U - the rotating unit of NCT - released \"The 7th Sense\" on Tuesday.", "NCT U single The 7th Sense 2024-10-29")]
    [InlineData("en", "The new unit of NCT released \"The 7th Sense\" on Tuesday.", "NCT single The 7th Sense 2024-10-29")]
    public void Extract_GroupAfterMembersOf_IsTheAffiliation(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "Singer Baekhyun of boy band EXO released his third solo EP \"Bambi\" on Tuesday.", "Baekhyun ep Bambi 2024-10-29")]
    [InlineData("en", "Seulgi of girl group Red Velvet made her solo debut on Tuesday, October 29, releasing her first EP \"28 Reasons\".", "Seulgi ep 28 Reasons 2024-10-29")]
    [InlineData("en", "The EP \"Bambi\" by the band EXO arrived on Tuesday.", "EXO ep Bambi 2024-10-29")]
    public void Extract_GroupAfterOfAndAGroupNoun_IsTheMembersAffiliation(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "NCT WISH teaser schedule\nD-15: Oct. 31 — Pre-release single \"Dunk Shot\"", "NCT WISH single Dunk Shot 2024-10-31")]
    public void Extract_CountdownLabel_IsNotThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "On Tuesday, October 29, Stray Kids kick off the season with the special single \"Christmas EveL,\" their first-ever Christmas release.",
        "Stray Kids single Christmas EveL 2024-10-29")]
    [InlineData("ru", "А вот Тэён уже назначила дату: 14 ноября, в день святого Валентина, она выпустит альбом «INVU».", "Тэён album INVU 2024-11-14")]
    public void Extract_NameAnAttributeWordDescribes_IsNotThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "TWICE are back. The music video for \"Feel Special\" by director Kim Young-jo is out today.", "TWICE mv")]
    [InlineData("en", "The music video for \"Feel Special\" by director Kim Young-jo is out today.", "")]
    [InlineData("ru", "Сегодня вышел клип на песню «Feel Special» режиссёра Ли Хана.", "")]
    [InlineData("ru", "TWICE вернулись. Сегодня вышел клип на песню «Feel Special» режиссёра Ли Хана.", "TWICE mv")]
    [InlineData("en", "SM creative director Kangta returns with a new single, \"Eyes on You,\" today.", "Kangta single")] // the maker releases
    public void Extract_NameAfterAMakersTitle_IsNeverThePerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2019, 9, 23), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()}")));

    // Round 33: the names a video, a show or a film "stars" («в клипе снялись …») are its cast, not who performs; the act
    // named before stays the subject. Without a work's word before it, a name after "stars" may still perform.
    [Theory]
    [InlineData("en", "BoA released the single \"Who Are You\" today. Its music video, unveiled at the same time, stars Sehun of EXO and actress Kim Hyun-ji.",
        "BoA single Who Are You 2024-10-31; BoA mv Who Are You 2024-10-31")]
    [InlineData("ru", "Сегодня BoA выпустила сингл «Who Are You». В клипе, вышедшем одновременно с песней, снялись Сехун из EXO и актриса Ким Хён Джи.",
        "BoA single Who Are You 2024-10-31; BoA mv Who Are You 2024-10-31")]
    [InlineData("en", "Rising stars Sehun and BoA released the single \"Who Are You\" today.", "Sehun single Who Are You 2024-10-31; BoA single Who Are You 2024-10-31")]
    // Review 33: "stars" is a verb only right after its work and determiner; the cast ends at a comma.
    [InlineData("en", "The OST \"Love Wins\" for the drama, sung by K-pop stars Taeyeon and IU, drops today.", "Taeyeon ost Love Wins 2024-10-31; IU ost Love Wins 2024-10-31")]
    [InlineData("en", "Drama stars IU and Lee Min-ho release a duet OST, \"Us\", today.", "IU ost Us 2024-10-31; Lee Min-ho ost Us 2024-10-31")]
    [InlineData("en", "In a new music video that stars Sehun, EXO release the single \"Cream Soda\" today.", "EXO single Cream Soda 2024-10-31; EXO mv Cream Soda 2024-10-31")]
    [InlineData("ru", "Сегодня ASTRO выпустили сингл «Us». В клипе, вышедшем одновременно с песней, снимается Ча Ын У.", "ASTRO single Us 2024-10-31; ASTRO mv Us 2024-10-31")]
    public void Extract_TheCastOfAVideo_IsNoPerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 33: the label a group's apposition names after "from"/«от», and a singer a company's "home of" apposition
    // lists, are not the act that releases.
    [Theory]
    [InlineData("en", "Billlie, the first girl group from Mystic Story, debuted today with the mini album \"the Billage of perception.\"",
        "Billlie ep the Billage of perception 2024-10-31")]
    [InlineData("ru", "Billlie, первая женская группа от Mystic Story, дебютировала сегодня с мини-альбомом «the Billage of perception».",
        "Billlie ep the Billage of perception 2024-10-31")]
    [InlineData("en", "MNH Entertainment, home of singer Chungha, debuts its first boy group 8TURN today with the mini album \"8TURNRISE.\"",
        "8TURN ep 8TURNRISE 2024-10-31")]
    [InlineData("en", "Singer Chungha, from MNH Entertainment, released the mini album \"Bare&Rare\" today.", "Chungha ep Bare&Rare 2024-10-31")]
    // Review 33: a singer in the "home of" list is background only when another act is named after it.
    [InlineData("en", "MNH Entertainment, home of singer Chungha, said the singer releases her mini album \"Bare&Rare\" today.", "Chungha ep Bare&Rare 2024-10-31")]
    public void Extract_ALabelInAGroupsApposition_IsNoPerformer(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 33: a possessive group before its unit's or new group's noun and name ("NCT's new unit NCT DOJAEJUNG") names
    // whose act performs, as it does before a member noun; a group noun with no name after it leaves the possessor.
    [Theory]
    [InlineData("Today NCT's new unit NCT DOJAEJUNG — Doyoung, Jaehyun and Jungwoo — debut with the mini album \"Perfume.\"", "NCT DOJAEJUNG ep Perfume 2024-10-31")]
    [InlineData("HYBE's new girl group ILLIT debuts today with the mini album \"SUPER REAL ME.\"", "ILLIT ep SUPER REAL ME 2024-10-31")]
    [InlineData("TWICE's group activities resume today with the mini album \"With YOU-th.\"", "TWICE ep With YOU-th 2024-10-31")]
    // Review 33b: only a new group or unit, or one named after the owner; a person's own group leaves the release hers.
    [InlineData("Today JENNIE's group BLACKPINK, on hiatus since 2023, watches as she releases the single \"Mantra.\"", "JENNIE single Mantra 2024-10-31")]
    [InlineData("Out today: the single \"Fighting\" from SEVENTEEN's fan-favorite unit BSS.", "BSS single Fighting 2024-10-31")]
    public void Extract_AGroupsNewUnit_Performs(string text, string expected) =>
        Assert.Equal(expected, Read("en", text, new ExtractionCatalog([new("nct", ["NCT"]), new("nct-dojaejung", ["NCT DOJAEJUNG"]), new("hybe", ["HYBE"]),
            new("illit", ["ILLIT"]), new("twice", ["TWICE"]), new("jennie", ["JENNIE"]), new("blackpink", ["BLACKPINK"]), new("seventeen", ["SEVENTEEN"]),
            new("bss", ["BSS"])])));

    // Round 33: the capitalised name right after "debut as"/«дебютируют как» is the act that releases, not the group its
    // members came from; "as" after another word, or before a lower-case word ("debuts as twelve"), changes nothing.
    [Theory]
    [InlineData("en", "Former GFRIEND members SinB, Eunha and Umji debut as VIVIZ today with the mini album \"Beam of Prism.\"", "VIVIZ ep Beam of Prism 2024-10-31")]
    [InlineData("ru", "Бывшие участницы GFRIEND сегодня дебютируют как VIVIZ с мини-альбомом «Beam of Prism».", "VIVIZ ep Beam of Prism 2024-10-31")]
    [InlineData("en", "GFRIEND released the album \"Season of Memories\" today as a farewell, as Buddy had hoped.", "GFRIEND album Season of Memories 2024-10-31")]
    // Review 33b: not a possessive name ("as SM's newest boy group"), nor one a verb follows ("as SEVENTEEN wraps up").
    [InlineData("en", "NCT WISH debut as SM's newest boy group with the single \"WISH\" today.", "NCT WISH single WISH 2024-10-31")]
    [InlineData("en", "BSS returns as SEVENTEEN wraps up its tour, with the single \"Fighting\" today.", "BSS single Fighting 2024-10-31")]
    public void Extract_ANameAfterDebutAs_IsTheAct(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));
    // Round 36 (part bv): a lower-case word after the dash that closes an aside goes on with the clause the aside
    // interrupted, though a catalog show is called that; a stylised lower-case act after a single dash or a comma stays a name.
    [Theory]
    [InlineData("IVE — Yujin, Gaeul, Rei, Wonyoung, Liz and Leeseo — return today with their second single album \"LOVE DIVE.\"",
        "IVE single LOVE DIVE 2024-10-31")]
    [InlineData("Today — return of the year: the single album \"LOVE DIVE\" by IVE is out.", "IVE single LOVE DIVE 2024-10-31")]
    [InlineData("On Oct. 31, xikers return with the single \"Wave\".", "xikers single Wave 2024-10-31")]
    [InlineData("Today — D-day — xikers return with the single \"Wave\".", "xikers single Wave 2024-10-31")]
    public void Extract_LowerWordAfterADashedAside_IsNoCatalogName(string text, string expected)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("ive", (IReadOnlyList<string>)["IVE"]),
            KeyValuePair.Create("return", (IReadOnlyList<string>)["Return"]),
            KeyValuePair.Create("xikers", (IReadOnlyList<string>)["xikers"]),
        ]);
        Assert.Equal(expected, Read("en", text, catalog));
    }

    // Round 37 (part by): in a post typed in lower case, a name the catalog capitalises is that name before "из"/"of" and
    // another catalog name («наён из twice»); a lower-case word alone stays a word («сон» is sleep).
    [Theory]
    [InlineData("ru", "🐰 наён из twice возвращается ЗАВТРА\nвторой сольный мини-альбом «NA» — 1 ноября 💗", "наён ep NA 2024-11-01")]
    [InlineData("ru", "🐰 наён возвращается ЗАВТРА\nвторой сольный мини-альбом «NA» — 1 ноября 💗", "")]
    [InlineData("ru", "🐰 сон из детства снова с нами\nвторой сольный мини-альбом «NA» — 1 ноября 💗", "")]
    public void Extract_LowerCaseMemberOfAGroupInAPost_IsTheMember(string lang, string text, string expected)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("nayeon", (IReadOnlyList<string>)["Nayeon", "Наён"]),
            KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"]),
            KeyValuePair.Create("son", (IReadOnlyList<string>)["Сон"]),
        ]);
        Assert.Equal(expected, Read(lang, text, catalog));
    }

    // Round 37 (part cb): in Russian prose a one-word catalog name beside another Latin word, in any case, is a word of that
    // foreign name («песня Love poem» is no show "Love"); alone it is the name.
    [Theory]
    [InlineData("IU отложила выход альбома. При этом песня Love poem выйдет 1 ноября как пре-релиз.", "IU single Love poem 2024-11-01")]
    [InlineData("1 ноября на tvN стартует «Love».", "Love drama Love 2024-11-01")]
    public void Extract_OneWordNameInsideALatinTitleInRussian_IsNoName(string text, string expected)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU", "Айю"]),
            KeyValuePair.Create("love-drama", (IReadOnlyList<string>)["Love"]),
        ]);
        Assert.Equal(expected, Read("ru", text, catalog));
    }

    // Round 38 (part cf): also in capitals, when the catalog writes the name in title case («клипа LOVE DIVE» is no show
    // "Love"); an act it writes in capitals stays the act before a title in capitals.
    [Theory]
    [InlineData("Расписание камбэка IVE\n\n01.11 (пт) 18:00 KST (12:00 мск) — релиз сингл-альбома и клипа LOVE DIVE", "ive; ive")]
    [InlineData("Ноябрьские камбэки\n\n• 1-го — первый сингл-альбом ILLIT NOT CUTE ANYMORE, в 12:00 по Москве.", "illit")]
    [InlineData("Сегодня выходит первый сингл-альбом ILLIT NOT CUTE ANYMORE.", "illit")]
    [InlineData("Камбэк IVE\n\nСегодня выходит первый сингл-альбом IVE LOVE.", "ive")]
    public void Extract_CapitalisedWordInsideALatinTitleInRussian_IsNoName(string text, string expectedSlugs)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("ive", (IReadOnlyList<string>)["IVE", "Айв"]),
            KeyValuePair.Create("illit", (IReadOnlyList<string>)["ILLIT", "Illit", "Иллит"]),
            KeyValuePair.Create("love-drama", (IReadOnlyList<string>)["Love"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 11, 1), Language.Ru), catalog);
        Assert.Equal(expectedSlugs, string.Join("; ", found.Select(c => c.ResolvedSubjectSlug)));
    }

    // Round 38 (part cf): the name a relative clause describes before the verb is the performer, not a group named inside
    // that clause; after the verb the clause's antecedent gains nothing (the producer of a single is no performer).
    [Theory]
    [InlineData("en", "Kwon Eun-bi, who led the project girl group IZ*ONE until its run ended this spring, makes her solo debut Tuesday with the EP \"Open.\"", "kwon-eunbi")]
    [InlineData("ru", "Квон Ынби, которая была лидером IZ*ONE, во вторник выпускает мини-альбом «Open».", "kwon-eunbi")]
    [InlineData("ru", "Певица IU (Айю) во вторник выпустила новый цифровой сингл «eight», спродюсированный участником BTS Шугой, который также исполнил в песне рэп-партию.", "iu")]
    [InlineData("ru", "TWICE, которые впервые исполнят новую песню «Cry for Me» на церемонии MAMA 6 декабря, выпустят её в цифровом формате 18-го.", "twice")]
    // "frontman of rock band CNBLUE" places the group as a member noun does.
    [InlineData("en", "Jung Yong-hwa, frontman of rock band CNBLUE, will release his first solo album, \"One Fine Day,\" on Jan. 20.", "jung-yong-hwa")]
    public void Extract_NameARelativeClauseDescribes_IsThePerformer(string lang, string text, string expectedSlugs)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("kwon-eunbi", (IReadOnlyList<string>)["Kwon Eun-bi", "Квон Ынби"]),
            KeyValuePair.Create("iz-one", (IReadOnlyList<string>)["IZ*ONE"]),
            KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU"]),
            KeyValuePair.Create("suga", (IReadOnlyList<string>)["Шуга", "SUGA"]),
            KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"]),
            KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"]),
            KeyValuePair.Create("mama-awards", (IReadOnlyList<string>)["MAMA"]),
            KeyValuePair.Create("jung-yong-hwa", (IReadOnlyList<string>)["Jung Yong-hwa"]),
            KeyValuePair.Create("cnblue", (IReadOnlyList<string>)["CNBLUE"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2021, 8, 23), lang == "ru" ? Language.Ru : Language.En), catalog);
        Assert.Equal(expectedSlugs, string.Join("; ", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }

    // Round 39 (parts cj, cm): four names or more that release one record together are the line-up of the group the article
    // is about, in the sentence or as the sentence before's acts; two or three stay a collaboration, each credited.
    [Theory]
    [InlineData("en", "NCT DREAM are back.\n\nMark, Renjun, Jeno, Haechan, Jaemin, Chenle and Jisung release their third full-length album \"ISTJ\" today at 6 p.m. KST.", "nct-dream")]
    [InlineData("en", "MAMAMOO go \"Dingga\" today.\n\nSolar, Moonbyul, Wheein and Hwasa released their pre-release single \"Dingga\" today at 6 p.m. KST.", "mamamoo")]
    [InlineData("en", "MAMAMOO are back.\n\nSolar, Moonbyul, Wheein and Hwasa released the single \"Dingga\" today.\n\nThe music video, out today as well, swaps the colourful sets for a monochrome look.", "mamamoo")]
    [InlineData("en", "MAMAMOO news.\n\nSolar, Moonbyul and Hwasa released their single \"Dingga\" today.", "solar; moonbyul; hwasa")]
    public void Extract_FourNamesReleasingOneRecord_AreTheGroupsLineup(string lang, string text, string expectedSlugs)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("nct-dream", (IReadOnlyList<string>)["NCT DREAM"]),
            KeyValuePair.Create("mark", (IReadOnlyList<string>)["Mark"]),
            KeyValuePair.Create("haechan", (IReadOnlyList<string>)["Haechan"]),
            KeyValuePair.Create("jaemin", (IReadOnlyList<string>)["Jaemin"]),
            KeyValuePair.Create("mamamoo", (IReadOnlyList<string>)["MAMAMOO"]),
            KeyValuePair.Create("solar", (IReadOnlyList<string>)["Solar"]),
            KeyValuePair.Create("moonbyul", (IReadOnlyList<string>)["Moonbyul"]),
            KeyValuePair.Create("wheein", (IReadOnlyList<string>)["Wheein"]),
            KeyValuePair.Create("hwasa", (IReadOnlyList<string>)["Hwasa"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2020, 10, 20), lang == "ru" ? Language.Ru : Language.En), catalog);
        Assert.Equal(expectedSlugs, string.Join("; ", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }

    // Round 39 (part cm): in prose that capitalises its names, an all-caps catalog name written in lower case as the next
    // item of a list ("track list, highlight medley") is that word, not the group HIGHLIGHT.
    [Theory]
    [InlineData("TOMORROW X TOGETHER are back in two weeks with the album \"minisode 3: TOMORROW.\"\n\n" +
                "• D-14 to D-2 — Concept photos, concept trailer, track list, highlight medley and two music video teasers\n" +
                "• D-DAY, Monday, April 1, 6 p.m. KST — Album and \"Deja Vu\" music video", "txt")]
    [InlineData("TOMORROW X TOGETHER are back in two weeks.\n\nOn Monday, April 1, HIGHLIGHT release their album \"After Sunset\" too.", "highlight")]
    // Round 40 (part cl): an item after a schedule line's dash or colon too; an act's verb after the dash keeps the act.
    [InlineData("TOMORROW X TOGETHER: the comeback timetable\n\nD-5 — highlight medley of the album\n\nMonday, April 1 — the album \"minisode 3: TOMORROW\" and the " +
                "\"Deja Vu\" music video go live at 6 p.m. KST", "txt")]
    [InlineData("TOMORROW X TOGETHER: the comeback timetable\n\nD-3: highlight medley\n\nMonday, April 1 — the album \"minisode 3: TOMORROW\" goes live at 6 p.m. KST",
                "txt")]
    [InlineData("April's comebacks\n\nMON 1: highlight returns with the album \"After Sunset\"", "highlight")]
    public void Extract_AllCapsNameInLowerCaseInAList_IsAWord(string text, string expectedSlugs)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("txt", (IReadOnlyList<string>)["TOMORROW X TOGETHER", "TXT"]),
            KeyValuePair.Create("highlight", (IReadOnlyList<string>)["HIGHLIGHT"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 3, 18), Language.En), catalog);
        Assert.Equal(expectedSlugs, string.Join("; ", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }

    // Round 39 (part cm): a Latin name the catalog knows, right after a record's kind word with another known act before
    // it, is the record's title (the drama "Monster" is not meant); with no act before it, it is the owner.
    [Theory]
    [InlineData("IRENE & SEULGI выпустят мини-альбом Monster 6 июля.", "irene-seulgi")]
    [InlineData("6 июля выйдет новый альбом BTS.", "bts")]
    public void Extract_KnownNameAfterAKindWordWithAnActBefore_IsTheTitle(string text, string expectedSlugs)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("irene-seulgi", (IReadOnlyList<string>)["IRENE & SEULGI", "Айрин и Сыльги"]),
            KeyValuePair.Create("beyond-evil", (IReadOnlyList<string>)["Beyond Evil", "Monster"]),
            KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2020, 7, 1), Language.Ru), catalog);
        Assert.Equal(expectedSlugs, string.Join("; ", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }

    // Round 40 (part cl): «клип на TOMBOY», "the video for TOMBOY": after a video's kind word and its preposition, a name
    // the catalog does not know is the song, not the act.
    [Theory]
    [InlineData("ru", "(G)I-DLE СЕГОДНЯ!!!\nальбом I NEVER DIE + клип на TOMBOY — в 12:00 мск\nTOMBOY — дерзкий поп-панк с гитарами\n#GIDLE #TOMBOY",
                "gidle album; gidle mv")]
    [InlineData("en", "(G)I-DLE TODAY!!!\nalbum I NEVER DIE + music video for TOMBOY — 6 PM KST\nTOMBOY is a pop-punk anthem\n#GIDLE #TOMBOY",
                "gidle album; gidle mv")]
    public void Extract_NameAfterAVideosPreposition_IsTheSong(string lang, string text, string expected)
    {
        var catalog = new ExtractionCatalog([KeyValuePair.Create("gidle", (IReadOnlyList<string>)["(G)I-DLE"])]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2022, 3, 14), lang == "ru" ? Language.Ru : Language.En), catalog);
        Assert.Equal(expected, string.Join("; ", found.Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()}")));
    }

    // Part cq: the label that owns a group in an apposition ("SM Entertainment's boy band NCT") does not stop the group
    // from being the apposition's, not the sentence's act.
    [Theory]
    [InlineData("en", "NCT 127, the Seoul-based unit of SM Entertainment's boy band NCT, will return on Friday with its second EP, \"Limitless.\"", "nct-127")]
    [InlineData("en", "NCT 127, the Seoul-based unit of boy band NCT, will return on Friday with its second EP, \"Limitless.\"", "nct-127")]
    public void Extract_GroupOfAnAppositionAfterItsLabel_IsNotTheAct(string lang, string text, string expectedSlugs)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("nct-127", (IReadOnlyList<string>)["NCT 127"]),
            KeyValuePair.Create("nct", (IReadOnlyList<string>)["NCT"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2017, 1, 2), lang == "ru" ? Language.Ru : Language.En), catalog);
        Assert.Equal(expectedSlugs, string.Join("; ", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }

    // Round 40 (part cl): a line that sets two acts the catalog knows against each other with "×" names a collaboration:
    // the release after it with no act of its own, or in it, is both of theirs; an act set against its song is not.
    [Theory]
    [InlineData("ru", "Тэян из BIGBANG × Чимин из BTS 🤝\n«VIBE» выходит завтра, 13 января.", "taeyang; jimin")]
    [InlineData("en", "🚨 IT'S REAL 🚨 TAEYANG x JIMIN\n\"VIBE\" drops tomorrow, Jan. 13, with the music video.", "taeyang; jimin")]
    [InlineData("en", "TAEYANG x VIBE 💥\nThe new single \"VIBE\" drops tomorrow, Jan. 13. Jimin of BTS is not on it.", "taeyang")]
    // Part cq: the pair in the release's own sentence, and over the line under it.
    [InlineData("en", "TAEYANG x JIMIN \"VIBE\" IS OUT TOMORROW 🔥\n⏰ 2PM KST — digital single + MV", "taeyang; jimin")]
    public void Extract_TwoActsSetAgainstEachOther_ShareTheRelease(string lang, string text, string expectedSlugs)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("taeyang", (IReadOnlyList<string>)["TAEYANG", "Тэян"]),
            KeyValuePair.Create("jimin", (IReadOnlyList<string>)["JIMIN", "Чимин"]),
            KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"]),
            KeyValuePair.Create("bigbang", (IReadOnlyList<string>)["BIGBANG"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 1, 12), lang == "ru" ? Language.Ru : Language.En), catalog);
        Assert.Equal(expectedSlugs, string.Join("; ", found.Select(c => c.ResolvedSubjectSlug).Distinct()));
    }
}
