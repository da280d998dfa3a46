namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Schedule lines (round 22, Corpus/README.md): a month's list whose lines open with their days («10-го и 11-го —
/// девятая и десятая.», "9th &amp; 10th: episodes 5 and 6.", "Sat 10 &amp; Sun 11: …"), the show named once above them; weekly
/// slots ("on Wednesdays", «по субботам») that are never a day; the page's headline as the article's first line.
/// </summary>
public sealed class ScheduleLinesTests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("lovely-runner", (IReadOnlyList<string>)["Lovely Runner", "Бегущая за любовью"]),
        KeyValuePair.Create("gidle", (IReadOnlyList<string>)["(G)I-DLE"]),
    ]);

    static string Read(string lang, string published, string text, ExtractionCatalog? catalog = null) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                lang == "ru" ? Language.Ru : Language.En), catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}" + (c.Time is { } t ? $" {t:HH\\:mm}" : "")));

    [Theory]
    // English lines that open with ordinal days, listed with "&".
    [InlineData("en", "2024-04-01", "April with 'Lovely Runner': every Monday and Tuesday\n\ntvN's romance continues this month:\n\n8th & 9th: episodes 3 and 4.\n\n15th: episode 5.",
        "lovely-runner episode Lovely Runner 2024-04-08; lovely-runner episode Lovely Runner 2024-04-09; lovely-runner episode Lovely Runner 2024-04-15")]
    // Short weekdays and bare days listed before the label's end.
    [InlineData("en", "2024-04-01", "April on tvN: a guide to 'Lovely Runner'\n\nHere is where the story stands each week.\n\nMon 8 & Tue 9: Episodes 3 and 4.",
        "lovely-runner episode Lovely Runner 2024-04-08; lovely-runner episode Lovely Runner 2024-04-09")]
    // Round 24: a slash lists the days as "&" does.
    [InlineData("en", "2024-04-01", "April on tvN: a guide to 'Lovely Runner'\n\nHere is where the story stands each week.\n\nMon 8 / Tue 9: Episodes 3 and 4.",
        "lovely-runner episode Lovely Runner 2024-04-08; lovely-runner episode Lovely Runner 2024-04-09")]
    // Round 23 (part as): an hour between the day and the dash.
    [InlineData("en", "2023-09-04", "This week: two girl groups, two single albums\n\nTue 5, 6 p.m. KST — PURPLE KISS, first single album \"FESTA,\" with the \"7HEAVEN\" music video.\n\n"
                                    + "Wed 6, 6 p.m. KST — Rocket Punch, third single \"BOOM.\"",
        "PURPLE KISS single FESTA 2023-09-05 18:00; PURPLE KISS mv 7HEAVEN 2023-09-05 18:00; Rocket Punch single BOOM 2023-09-06 18:00")]
    // An entry ends at the comma after its own title or kind: the showcase after it is another event of the day; an entry
    // that announces the record dates the news.
    [InlineData("en", "2025-10-04", "TWS: the promotion calendar\n\nOct. 8 — highlight medley\n\nOct. 13 — the \"OVERDRIVE\" music video at 6 PM KST, followed by a comeback showcase at 8 PM.",
        "TWS mv OVERDRIVE 2025-10-13 18:00")]
    [InlineData("en", "2021-05-10", "Joy's solo debut: the schedule\n\n• May 17 — album announced, pre-orders open\n\n• May 31 — special album \"Hello\" and the \"Hello\" music video, 6 p.m. KST",
        "Joy album Hello 2021-05-31 18:00; Joy mv Hello 2021-05-31 18:00")]
    // A weekday written whole heads a line when a dash follows its day ("SATURDAY 19" alone heads a list: not read).
    [InlineData("en", "2025-05-09", "Rest of May 2025\n\nHere's what is still to come this month:\n\nMonday 12 — tripleS, second full album \"ASSEMBLE25\" at 6 p.m. KST.\n\n"
                                    + "Wednesday 28 — N.Flying, second full-length album \"Everlasting.\"",
        "tripleS album ASSEMBLE25 2025-05-12 18:00; N.Flying album Everlasting 2025-05-28")]
    // "Same day —" is the line above's day; "w/" is "with", no act called W.
    [InlineData("en", "2025-05-09", "Rest of May 2025\n\nMonday 12 — tripleS, second full album \"ASSEMBLE25\" at 6 p.m. KST.\n\n"
                                    + "Same day — ENA's food rom-com \"Tastefully Yours\" premieres.",
        "tripleS album ASSEMBLE25 2025-05-12 18:00; Tastefully Yours drama Tastefully Yours 2025-05-12")]
    // The comma a title's closing quote takes in ends the entry too.
    [InlineData("en", "2021-10-20", "November preview: ONEUS's 'Blood Moon' weekend\n\nTue 9 — mini album \"BLOOD MOON,\" two days after the last concert.",
        "ONEUS ep BLOOD MOON 2021-11-09")]
    // "led by" its title track is a credit, not the line's news.
    [InlineData("en", "2018-09-01", "September 2018: PENTAGON and WJSN return\n\nThe 19th (Wednesday): WJSN, new mini album \"WJ Please?\" led by \"Save Me, Save You.\"",
        "WJSN ep WJ Please? 2018-09-19")]
    // A "theatrical release" is a film's.
    [InlineData("en", "2025-09-12", "'Boss' road to Chuseok: posters, trailer and opening day\n\nThe action comedy \"Boss\" is the crowd-pleaser of this year's Chuseok holiday.\n\n"
                                    + "• Sept. 12 (today) — new stills\n\n• Friday, Oct. 3 — nationwide theatrical release, a few days before the holiday itself",
        "Boss film Boss 2025-10-03")]
    // Russian lines whose episodes are ordinals by the dash, listed in pairs, four lines on from the episode word.
    [InlineData("ru", "2024-04-01", "Апрель с «Бегущей за любовью»: календарь\n\nРасписание на месяц:\n\n8-го и 9-го — третья и четвёртая серии.\n\n15-го и 16-го — пятая и шестая.\n\n22-го и 23-го — седьмая и восьмая.\n\n29-го и 30-го — девятая и десятая.",
        "lovely-runner episode Бегущей за любовью 2024-04-08; lovely-runner episode Бегущей за любовью 2024-04-09; "
        + "lovely-runner episode Бегущей за любовью 2024-04-15; lovely-runner episode Бегущей за любовью 2024-04-16; "
        + "lovely-runner episode Бегущей за любовью 2024-04-22; lovely-runner episode Бегущей за любовью 2024-04-23; "
        + "lovely-runner episode Бегущей за любовью 2024-04-29; lovely-runner episode Бегущей за любовью 2024-04-30")]
    [InlineData("ru", "2024-04-01", "Апрель с «Бегущей за любовью»\n\n8 и 9 апреля — 3-я и 4-я серии.\n\n15-го и 16-го — 5-я и 6-я.",
        "lovely-runner episode Бегущей за любовью 2024-04-08; lovely-runner episode Бегущей за любовью 2024-04-09; "
        + "lovely-runner episode Бегущей за любовью 2024-04-15; lovely-runner episode Бегущей за любовью 2024-04-16")]
    // A weekday after the day says it is one.
    [InlineData("ru", "2024-04-01", "Календарь апреля\n\n8-е, понедельник. tvN запускает мелодраму «Бегущая за любовью» с Пён У Соком.",
        "lovely-runner drama Бегущая за любовью 2024-04-08")]
    // A weekly slot is no day: not the premiere's, not the byline's above it.
    [InlineData("ru", "2024-04-01", "Первая серия «Бегущей за любовью» выйдет 8 апреля, дальше сериал будет идти по понедельникам и вторникам.",
        "lovely-runner drama Бегущей за любовью 2024-04-08")]
    [InlineData("ru", "2024-04-01", "«Бегущая за любовью»: что смотреть в апреле\n\nРедакция · 1 апреля 2024\n\nДорама выходит по понедельникам и вторникам в 20:50 по Сеулу.", "")]
    [InlineData("en", "2024-04-01", "'Lovely Runner': what to watch in April\n\nBy staff reporter · April 1, 2024\n\nThe drama airs on Mondays and Tuesdays at 8:50 p.m.", "")]
    // "was meant to" leaves its day behind (the new day, told as what the labels announced, is not read).
    [InlineData("en", "2023-08-21", "(G)I-DLE's English EP \"HEAT\" was meant to arrive on September 8. Last week both labels announced it had been postponed to October 6.",
        "")]
    public void Extract_ScheduleLine_GivesItsReleases(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text, Catalog));

    // Round 40 (part cl): a post's day line and time line head the line after them; a line that lists its kinds before a
    // dash gives their time after it; a teaser schedule's "D-Day" line without a day of its own comes out on the day the
    // schedule's record does (at its time when the line gives none; its "album" is that record), not with no record read.
    [Theory]
    [InlineData("ru", "2022-07-14", "ЗАВТРА 🔥 (G)I-DLE — «I NEVER DIE»\n📅 15 июля\n🕖 07:00 мск / 13:00 KST\nальбом и клип на «TOMBOY» выходят одновременно",
        "gidle mv TOMBOY 2022-07-15 07:00; gidle album  2022-07-15 07:00")]
    [InlineData("en", "2022-07-14", "TOMORROW 🔥 (G)I-DLE — \"I NEVER DIE\"\n📅 July 15\n🕖 1 PM KST\nthe album and the music video for \"TOMBOY\" drop together",
        "gidle mv TOMBOY 2022-07-15 13:00; gidle album  2022-07-15 13:00")]
    [InlineData("ru", "2022-03-14", "(G)I-DLE СЕГОДНЯ!!!\nпервый альбом «I NEVER DIE» + клип на «TOMBOY» — в 12:00 мск (18:00 по корее)",
        "gidle album I NEVER DIE 2022-03-14 12:00; gidle mv TOMBOY 2022-03-14 12:00")]
    [InlineData("ru", "2021-11-16", "(G)I-DLE: план промоушена мини-альбома «I burn». Релиз — 30 ноября в 18:00 по Корее.\nD-14 — постер с расписанием\n" +
                                    "D-10 – D-5 — тизер-фото\nD-4 — трек-лист\nD-2, D-1 — тизеры клипа\n" +
                                    "D-Day — альбом и клип на заглавный трек «HANN»",
        "gidle ep I burn 2021-11-30 18:00; gidle mv HANN 2021-11-30 18:00")]
    [InlineData("en", "2021-11-16", "(G)I-DLE map out their comeback: the mini album \"I burn\" arrives on Nov. 30.\nD-14 — schedule poster\n" +
                                    "D-10 to D-5 — concept photos\nD-4 — track list\nD-2 and D-1 — music video teasers\n" +
                                    "D-DAY: album and \"HANN\" music video release",
        "gidle ep I burn 2021-11-30; gidle mv HANN 2021-11-30")]
    [InlineData("en", "2021-11-16", "(G)I-DLE map out their comeback.\nD-14 — schedule poster\nD-DAY: album and \"HANN\" music video release", "")]
    public void Extract_PostsDayAndTimeLines_DateTheLinesUnderThem(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text, Catalog));

    // Part cq: "confirmed for" a day sets the release for it, as "set for" does.
    [Theory]
    [InlineData("en", "2022-11-14", "(G)I-DLE's new mini album \"I burn\" is confirmed for Monday, Nov. 28.", "gidle ep I burn 2022-11-28")]
    [InlineData("en", "2022-11-14", "(G)I-DLE's new mini album \"I burn\" is set for Monday, Nov. 28.", "gidle ep I burn 2022-11-28")]
    public void Extract_ConfirmedForADay_IsTheRelease(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text, Catalog));

    [Fact]
    public void Extract_SameDayLineWithW_IsNoActCalledW()
    {
        var catalog = new ExtractionCatalog([new("aespa", ["aespa"]), new("stray-kids", ["Stray Kids"]), new("w-two-worlds", ["W", "W: Two Worlds"])]);
        Assert.Equal("aespa mv Drama 2023-11-10; stray-kids mv LALALALA 2023-11-10",
            Read("en", "2023-11-09", "this week's drops 🗓️\n\n• nov 10 — aespa 'Drama' MV\n\n• same day — Stray Kids 'ROCK-STAR' w/ 'LALALALA' MV", catalog));
    }

    // A title written in lower case before the names it goes on with is still the title; one of common words alone is not.
    [Theory]
    [InlineData("Август с адвокатом У Ён У: последние недели\n\n3 и 4 августа — 11-я и 12-я серии.",
        "extraordinary-attorney-woo episode адвокатом У Ён У 2022-08-03; extraordinary-attorney-woo episode адвокатом У Ён У 2022-08-04")]
    [InlineData("Август и сто дней моего принца: последние недели\n\n3 и 4 августа — 11-я и 12-я серии.", "")]
    public void Extract_LowerCaseTitleBeforeNames_IsTheTitle(string text, string expected)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("extraordinary-attorney-woo", (IReadOnlyList<string>)["Адвокат У Ён У"]),
            KeyValuePair.Create("100-days-my-prince", (IReadOnlyList<string>)["Сто дней моего принца"]),
        ]);
        Assert.Equal(expected, Read("ru", "2022-08-01", text, catalog));
    }

    // A section label over the headline is the site's: the article's first line is its headline.
    [Fact]
    public void BodyText_SectionLabelBeforeTheHeadline_StartsAtTheHeadline()
    {
        const string html = "<html><body><main><article><p class=\"kicker\">Релизы</p><h1>Август с «Отелем „Дель Луна“»</h1>"
                            + "<p>3-го и 4-го — седьмая и восьмая серии.</p></article></main></body></html>";
        var text = DateExtractor.BodyText(ArticleInput.FromHtml(html, new DateOnly(2019, 8, 1), Language.Ru));
        Assert.StartsWith("Август с «Отелем „Дель Луна“»", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Релизы", text, StringComparison.Ordinal);
    }
}
