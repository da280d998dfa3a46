namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 23 (part as, development): fan-news, calendar and drama-report pages — a byline's label, a record dated in a
/// relative clause, a song's makers, a subtitle after a colon, an owner in the genitive, a ratings report's show, a
/// channel's slot, teasers. Each row states the correct output (Corpus/README.md, round 23).
/// </summary>
public sealed class FanNewsTests
{
    static string Read(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}" + (c.Time is { } t ? $" {t:HH\\:mm}" : "")));

    [Theory]
    // The site's name says "Comeback"; the byline dates the page.
    [InlineData("en", "2025-10-04", "TWS 'play hard': the title track is 'OVERDRIVE'\n\nComeback Calendar · Published Oct. 4, 2025\n\nPledis Entertainment revealed the tracklist today.",
        "")]
    [InlineData("ru", "2022-11-13", "P1Harmony возвращаются\n\nКалендарь камбэков · Опубликовано 13 ноября 2022\n\nP1Harmony выпустят мини-альбом «HARMONY : ALL IN» 30 ноября.",
        "P1Harmony ep HARMONY : ALL IN 2022-11-30")]
    // "the tracklist of their mini album, "X," which lands on …": the relative clause dates the record, not the tracklist.
    [InlineData("en", "2021-08-30", "PURPLE KISS revealed the tracklist of their second mini album, \"HIDE & SEEK,\" which lands on September 8 at 6pm KST.",
        "PURPLE KISS ep HIDE & SEEK 2021-09-08 18:00")]
    [InlineData("en", "2021-08-30", "PURPLE KISS revealed the first teaser for their second mini album \"HIDE & SEEK\" on September 1.",
        "")]
    // A labelmate who co-wrote the song is one of its makers, not its performer.
    [InlineData("en", "2021-08-30", "PURPLE KISS's second mini album \"HIDE & SEEK\" comes out on September 8.\n\n"
                                    + "The title track \"ZOMBIE\" (with its MV out at the same time) was co-written by Yuki and labelmate CyA of ONEWE.",
        "PURPLE KISS ep HIDE & SEEK 2021-09-08; PURPLE KISS mv ZOMBIE 2021-09-08")]
    // An unquoted title in capitals goes on through a colon to its subtitle in capitals; an act after the colon is no subtitle.
    [InlineData("ru", "2025-03-20", "Бойз-бенд xikers объявил о камбэке: пятый мини-альбом HOUSE OF TRICKY: SPUR выйдет 4 апреля.",
        "xikers ep HOUSE OF TRICKY: SPUR 2025-04-04")]
    [InlineData("en", "2025-03-20", "xikers will release the mini album HOUSE OF TRICKY: SPUR on April 4.",
        "xikers ep HOUSE OF TRICKY: SPUR 2025-04-04")]
    // A ratings report: the relative clause is about the show before it, not the predecessor it quotes; a weekly slot is no day.
    [InlineData("en", "2024-03-19", "'Nothing Uncovered' opens at 2.8% — can Kim Ha-neul lift KBS's Monday slot?\n\n"
                                    + "The first episode of KBS2's \"Nothing Uncovered,\" which premiered Monday, recorded 2.8 percent nationwide, below the 4.3 percent opening of its predecessor \"Love Song for Illusion.\"",
        "Nothing Uncovered drama Nothing Uncovered 2024-03-18")]
    [InlineData("en", "2024-03-19", "\"Nothing Uncovered\" premieres tonight in KBS2's Monday-Tuesday slot.", "Nothing Uncovered drama Nothing Uncovered 2024-03-19")]
    [InlineData("en", "2024-03-19", "\"Nothing Uncovered\" premieres in KBS2's Monday-Tuesday slot.", "")]
    [InlineData("en", "2024-03-19", "\"Nothing Uncovered\" premieres in the Monday/Tuesday slot.", "")]
    // (and since round 26 a show that ended on Sunday aired its last episode then)
    [InlineData("en", "2012-08-13", "\"Dr. Jin\" ended on Sunday. SBS rival \"A Gentleman's Dignity\" aired its finale in the same Sunday slot.",
        "Dr. Jin episode Dr. Jin 2012-08-12; A Gentleman's Dignity episode A Gentleman's Dignity 2012-08-12")]
    // A "prologue film" is a teaser, so the article is not about a film.
    [InlineData("en", "2021-04-01", "P1Harmony map out 'DISHARMONY : BREAK OUT' — comeback set for April 20\n\n"
                                    + "The plan poster lists content every few days until comeback day: jacket posters, a prologue film and a highlight medley.",
        "P1Harmony single DISHARMONY : BREAK OUT 2021-04-20")]
    // A rating an episode drew on a day beside it: the episode aired then, a day already past (a Monday report's Saturday
    // is the one before); the day the data came out is no airing.
    [InlineData("ru", "2024-10-21", "Рейтинги выходных\n\nСамой рейтинговой дорамой недели остаётся «Железная семья» KBS2: 15,3% за седьмую серию в субботу.",
        "Железная семья episode Железная семья 2024-10-19")]
    [InlineData("en", "2022-01-18", "'Show Window: The Queen's House' heads into its finale\n\nEpisode 15 on Monday scored 8.5 percent among paid households.",
        "Show Window: The Queen's House episode Show Window: The Queen's House 2022-01-17")]
    [InlineData("en", "2024-04-29", "SEOUL, April 29 (Yonhap) -- The final episode of tvN's \"Queen of Tears\" recorded 24.85 percent, data showed Monday.", "")]
    // What the verb unveils is an event even with an order or "new" before it.
    [InlineData("en", "2024-04-01", "On April 1, PLEDIS Entertainment unveiled the first teaser for SEVENTEEN's best-of album, \"17 IS RIGHT HERE.\"", "")]
    [InlineData("ru", "2023-08-24", "В полночь 23 августа Woollim выложили первый мувинг-постер сингла Rocket Punch «BOOM».", "")]
    public void Extract_FanNewsPage_TheReleasesItDates(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    // A bare Latin title after its owner in the genitive (the catalog knows the owner) is the title, not the act.
    [Theory]
    [InlineData("Дебютный сольный сингл-альбом участника южнокорейской группы SS501 Пак Чон Мина Not Alone выйдет 20 января.", "park-jung-min")]
    [InlineData("Новый сингл-альбом Пак Чон Мина выйдет 20 января.", "park-jung-min")]
    public void Extract_LatinTitleAfterItsOwner_IsNoAct(string text, string expected)
    {
        var catalog = new ExtractionCatalog([new("park-jung-min", ["Пак Чон Мин", "Park Jung-min"])]);
        var found = Assert.Single(DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2011, 1, 10), Language.Ru), catalog));
        Assert.Equal(expected, found.ResolvedSubjectSlug ?? found.Title);
    }

    // Sentences that open with "aespa" open with a name the catalog writes in lower case, not in lower case: the page is
    // prose, and its "ten songs" are no TEN.
    [Fact]
    public void Extract_ProseOpeningWithALowerCaseName_IsNoLowerCasePost()
    {
        const string text = "aespa light up the night with \"Supernova\"\n\naespa are officially back. The quartet dropped \"Supernova\" this evening.\n\n"
                            + "The song went live at 6 p.m. KST. Within the first hour, the video crossed two million views. Fans will not have to wait long for more.\n\n"
                            + "aespa will hold a showcase later this month. The full album, \"Armageddon,\" arrives on the 27th, with the title track of the same name and ten songs in total.";
        var catalog = new ExtractionCatalog([new("aespa", ["aespa"]), new("ten", ["TEN"])]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 5, 13), Language.En), catalog);
        var album = Assert.Single(found, c => c.Title == "Armageddon");
        Assert.Equal("aespa", album.ResolvedSubjectSlug);
    }
}
