namespace ReleaseCalendar.Extraction.Tests.Filtering;

/// <summary>Issue #9 §1.5: a past release mentioned as background is not emitted as news.</summary>
public sealed class BackgroundReleasesTests
{
    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 5, 10), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    [Theory]
    [InlineData("en", "Jennie released the single \"Seoul City\" today. Her first album \"Ruby\" came out on March 7.", "single 2024-05-10")]
    [InlineData("ru", "Сегодня Дженни выпустила сингл «Seoul City». Её первый альбом «Ruby» вышел 7 марта.", "single 2024-05-10")]
    [InlineData("en", "TWICE released the single \"Strategy\" on May 3.", "single 2024-05-03")]
    [InlineData("ru", "TWICE выпустили сингл «Strategy» 3 мая.", "single 2024-05-03")]
    public void Extract_ReleaseOlderThanAWeek_IsBackground(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "The film \"Exhuma\" will be released in US theaters on June 7. It was released in Korea on May 6.", "film 2024-06-07")]
    [InlineData("ru", "Фильм «Харбин» выйдет в российский прокат 7 июня. В Корее фильм вышел 6 мая.", "film 2024-06-07")]
    public void Extract_RecentPastReleaseBesideAComingOne_IsBackground(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "NewJeans released the single \"Bubble Gum\" yesterday. Their album \"How Sweet\" will be released on June 7.", "single 2024-05-09; album 2024-06-07")]
    public void Extract_ReleaseYesterdayBesideAComingOne_StaysNews(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "April recap. NMIXX kicked things off on April 11 with the digital single \"Soñar.\" NewJeans followed on April 21 with the EP \"Get Up.\"",
        "single 2024-04-11; ep 2024-04-21")]
    [InlineData("ru", "Итоги апреля. 1 апреля ATEEZ выпустили мини-альбом «Fever». 12 апреля Розэ выпустила сингл-альбом «R».", "ep 2024-04-01; single 2024-04-12")]
    // One act's two past releases are still reminders; so is a release told in a relative clause.
    [InlineData("en", "Jennie released the single \"Seoul City\" today. Her album \"Ruby\" came out on March 7 and the single \"Mantra\" on March 20.", "single 2024-05-10")]
    [InlineData("en", "Jennie released the single \"Seoul City\" today. On April 2, Jimin and Jungkook released the single \"Closer.\"", "single 2024-05-10")]
    [InlineData("ru", "Сингл Джина «Astronaut», который вышел 11 апреля, лидирует в чартах. Мини-альбом Тэмина «Guilty» вышел 2 апреля.", "")]
    public void Extract_MonthRecapOfSeveralActs_KeepsItsPastReleases(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A year's recap with its year in the headline (published 2024-05-10: "September 8" alone is this September), its
    // days opening its lines, three acts and more.
    [Theory]
    [InlineData("en", "Netflix's Korean series of 2023\nSeptember 8 - \"A Killer Paradox.\"\nNovember 2 - \"Doona!\"\nDecember 15 - \"Chicken Nugget.\"",
        "drama 2023-09-08; drama 2023-11-02; drama 2023-12-15")]
    [InlineData("ru", "Сериалы Netflix 2023 года: итоги\n8 сентября - сериал «Парадокс убийцы».\n2 ноября - сериал «Туна!».\n15 декабря - сериал «Куриный наггетс».",
        "drama 2023-09-08; drama 2023-11-02; drama 2023-12-15")]
    [InlineData("en", "Netflix's Korean series\nSeptember 8 - \"A Killer Paradox.\"\nNovember 2 - \"Doona!\"\nDecember 15 - \"Chicken Nugget.\"",
        "drama 2024-09-08; drama 2024-11-02; drama 2024-12-15")]
    // A clause that looks ahead keeps its own year; a headline naming two years frames nothing.
    [InlineData("en", "Netflix's Korean series of 2023\n\"A Killer Paradox\" will premiere on September 8.", "drama 2024-09-08")]
    [InlineData("en", "Looking back from 2024 at 2023: Netflix's Korean series\nSeptember 8 - \"A Killer Paradox.\"\nNovember 2 - \"Doona!\"\nDecember 15 - \"Chicken Nugget.\"",
        "drama 2024-09-08; drama 2024-11-02; drama 2024-12-15")]
    public void Extract_YearRecapUnderItsHeadlineYear_KeepsItsPastReleases(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 18 (part ak): a headline that frames a week («21–27 октября») or a month with its year ("January 2024
    // comebacks") makes the entries inside it news, also those whose day has passed beside ones still to come; an entry
    // outside the frame, and the headline's own range, are not.
    [Theory]
    [InlineData("2024-10-23", "ru", "Релизы недели | 21–27 октября\n21 октября — aespa — мини-альбом «Whiplash»\n25 октября — Джин — сингл «I'll Be There»",
        "ep 2024-10-21; single 2024-10-25")]
    [InlineData("2024-01-10", "ru", "Камбэки января 2024\n5 января — RIIZE — цифровой сингл «Love 119» — уже вышел\n15 января — NMIXX — мини-альбом «Fe3O4: BREAK»",
        "single 2024-01-05; ep 2024-01-15")]
    [InlineData("2024-10-23", "ru", "Релизы недели | 21–27 октября\n14 октября — aespa — мини-альбом «Whiplash»\n25 октября — Джин — сингл «I'll Be There»",
        "single 2024-10-25")]
    [InlineData("2024-10-23", "en", "Releases of the week: October 21–27\nOctober 21 — aespa — mini album \"Whiplash\"\nOctober 25 — Jin — single \"I'll Be There\"",
        "ep 2024-10-21; single 2024-10-25")]
    [InlineData("2024-10-23", "en", "October 21–27: aespa's new mini album\nOctober 25 — Jin — single \"I'll Be There\"", "single 2024-10-25")]
    public void Extract_EntryInsideTheHeadlinesFrame_StaysNews(string published, string lang, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));

    // A year in a headline that is no recap's: a day in prose keeps its own year, two past releases stay background, and
    // a month-year frames its month only.
    [Theory]
    [InlineData("2024-12-10", "2024 MAMA Awards: NewJeans confirmed\nNewJeans release their new single \"Ditto 2\" on Jan. 5.", "single 2025-01-05")]
    [InlineData("2024-10-10", "aespa and ITZY to headline 2024 Waterbomb festival\naespa released the mini album \"Armageddon\" on May 27. " +
                              "ITZY released the mini album \"Born to Be\" on Jan. 8. Both acts top the lineup announced Monday.", "")]
    [InlineData("2023-12-28", "Comeback calendar: Jan. 2024\nDec. 29 - ITZY, single \"Born.\"", "single 2023-12-29")]
    public void Extract_HeadlineYearOfNoRecap_FramesNothing(string published, string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")));
}
