namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Review of round 22's rules (diff 3dd4a65..1952dcc, /work/review22.md): realistic articles where a new rule dropped a
/// real release or gave it the wrong show, day or hour. Each row states the correct output (Corpus/README.md, round 22).
/// </summary>
public sealed class Review22Tests
{
    static string Read(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}" + (c.Time is { } t ? $" {t:HH\\:mm}" : "")));

    [Theory]
    // A refused release leaves its day only when the day itself is refused: not "until" it, not one platform's or format's.
    [InlineData("en", "2024-10-20", "BTS's Jin will not release his solo album until Nov. 15, Big Hit Music said.\n\nThe album, \"Happy,\" comes out on Nov. 15 at 1 p.m. KST.",
        "Jin album Happy 2024-11-15 13:00")]
    [InlineData("ru", "2024-05-20", "«Необычная семья» не появится на Netflix 1 июня: стриминг добавит сериал только через неделю.\n\n"
                                    + "Премьера «Необычной семьи» на JTBC состоится в субботу, 1 июня, в 22:30 по Сеулу.",
        "Необычной семьи drama Необычной семьи 2024-06-01 22:30")]
    [InlineData("en", "2024-02-10", "\"Exhuma\" will not be released in IMAX on Feb. 22, Showbox said; IMAX screenings start a week later.\n\n\"Exhuma\" opens in 1,500 Korean theaters on Feb. 22.",
        "Exhuma film Exhuma 2024-02-22")]
    [InlineData("ru", "2024-02-10", "Фильм «Экзорцизм» не выйдет в формате IMAX 22 февраля: показы в IMAX начнутся неделей позже.\n\n«Экзорцизм» выходит в прокат 22 февраля.",
        "Экзорцизм film Экзорцизм 2024-02-22")]
    // "was meant to" is a plan only with a release's verb after it.
    [InlineData("en", "2024-01-15", "IU's new single \"Love Wins All\" was meant to comfort fans after a hard year and will be released on Jan. 24 at 6 p.m. KST.",
        "IU single Love Wins All 2024-01-24 18:00")]
    // An episode in a clause of its own is of the show, not of a song or an actor's past drama quoted before it.
    [InlineData("en", "2024-05-28", "\"Lovely Runner\" finale tonight: what to expect\n\nByeon Woo-seok's OST \"Sonagi\" topped the Melon chart this week, with episode 16 airing tonight at 8:50 p.m.",
        "Lovely Runner episode Lovely Runner 2024-05-28 20:50")]
    [InlineData("en", "2024-05-26", "tvN's \"Lovely Runner\": the finale\n\nKim Hye-yoon, who broke out in \"SKY Castle,\" is back on screen this week, with episode 16 airing Tuesday at 8:50 p.m.",
        "Lovely Runner episode Lovely Runner 2024-05-28 20:50")]
    // Lines ranked 1st, 2nd, 3rd… are no days of the month.
    [InlineData("en", "2024-06-06", "The most-streamed K-pop releases of the week\n\n1st: ILLIT's debut single \"Magnetic\", out now.\n\n2nd: NewJeans' new single \"How Sweet\".\n\n3rd: aespa's pre-release single \"Supernova\".",
        "")]
    [InlineData("en", "2024-04-30", "Good Data Corporation's most buzzworthy dramas, fourth week of April\n\n1st – \"Queen of Tears\" (tvN), whose final episode aired Sunday\n\n"
                                    + "2nd – \"Lovely Runner\" (tvN), episode 7 airs Monday\n\n3rd – \"Crash Course in Romance\"",
        "Lovely Runner episode Lovely Runner 2024-05-06")]
    // A weekly slot the day is said to leave keeps its own hour.
    [InlineData("en", "2024-05-01", "\"Beauty and Mr. Romantic\" airs its special episode on Thursday, May 16, instead of its usual slot every Saturday at 7:55 p.m.",
        "Beauty and Mr. Romantic episode Beauty and Mr. Romantic 2024-05-16")]
    [InlineData("ru", "2024-05-01", "Специальный эпизод «Красавицы и мистера Романтика» выйдет в четверг, 16 мая, а не как обычно каждую субботу в 19:55.",
        "Красавицы и мистера Романтика episode Красавицы и мистера Романтика 2024-05-16")]
    // Beyond the two sentences before, only a list line of its own says the list is of episodes.
    [InlineData("ru", "2024-03-10", "Саундтрек «Королевы слёз»: расписание\n\n9 марта вышла третья серия «Королевы слёз», а на следующий день — первая часть саундтрека. "
                                    + "Остальные части будут выходить по пятницам:\n\n15 марта — вторая и третья.\n\n22 марта — четвёртая.\n\n29 марта — пятая.",
        "Королевы слёз episode Королевы слёз 2024-03-09; Королевы слёз episode Королевы слёз 2024-03-15")]
    public void Extract_Review22Regression_GivesTheRelease(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    // What is refused is the work before the verb: the video, not the album it was to come with. (A video on that day is
    // still read from the second sentence, as before the round: the album's companion, not told apart from its refusal.)
    [Fact]
    public void Extract_VideoRefusedOnTheAlbumsDay_LeavesTheAlbum() =>
        Assert.StartsWith("ATEEZ ep Golden Hour: Part.1 2024-05-31 13:00", Read("ru", "2024-05-20",
            "Мини-альбом ATEEZ «Golden Hour: Part.1» выйдет 31 мая в 13:00 по Сеулу.\n\n"
            + "Клип на заглавный трек не выйдет 31 мая вместе с альбомом: агентство опубликует его на следующей неделе."));

    // Round 22 (part ba): «фанвстреча» written as one word is a fan meeting too, no release.
    [Fact]
    public void Extract_FanMeetingWrittenAsOneWord_IsNoRelease() =>
        Assert.Empty(DateExtractor.Extract(ArticleInput.FromText("INFINITE начинают заново: три дня фанвстреч «Begin Again»\n\nИнспириты, сегодня начинается долгожданная фанвстреча "
            + "INFINITE «Begin Again»!\n\nАгентство обещает, что новый альбом группы выйдет уже в январе.",
            new DateOnly(2017, 12, 29), Language.Ru), new ExtractionCatalog([KeyValuePair.Create("infinite", (IReadOnlyList<string>)["INFINITE"])])));

    // An <h1> further down a post heads a section of it: the lead above it stays.
    [Fact]
    public void Extract_SectionHeadingInsideThePost_KeepsTheLead()
    {
        const string html = "<html><body><header class=\"site\"><a href=\"/\">K-Pop Daily</a></header><article>"
                            + "<header class=\"entry-header\"><h1 class=\"entry-title\">BLACKPINK's Jisoo sets her solo debut date</h1></header>"
                            + "<div class=\"entry-content\"><p>BLACKPINK's Jisoo will release her first solo single album \"Me\" on March 31 at 1 p.m. KST, YG Entertainment announced on Monday.</p>"
                            + "<p>The album holds two songs, the title track \"Flower\" and \"All Eyes On Me\".</p><h1>What we know so far</h1>"
                            + "<p>Jisoo shot the music video in January. More teasers will follow through March.</p></div></article></body></html>";
        var found = DateExtractor.Extract(ArticleInput.FromHtml(html, new DateOnly(2023, 3, 6), Language.En));
        Assert.Contains(found, c => c.Date == new DateOnly(2023, 3, 31) && c.Title == "Me");
    }
}
