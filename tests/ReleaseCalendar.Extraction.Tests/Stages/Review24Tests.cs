namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Review of round 24's rules (diff 8d6b4c2..095fa0f, /work/review24.md): realistic articles where a new rule gave a
/// false release or the wrong show, kind or day. Each row states the correct output (Corpus/README.md, round 24).
/// </summary>
public sealed class Review24Tests
{
    static string Read(string lang, string published, string text, params (string Slug, string[] Aliases)[] catalog) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                    lang == "ru" ? Language.Ru : Language.En),
                new ExtractionCatalog(catalog.Select(c => new KeyValuePair<string, IReadOnlyList<string>>(c.Slug, c.Aliases))))
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}" + (c.Time is { } t ? $" {t:HH\\:mm}" : "")));

    [Theory]
    [InlineData("en", "2021-03-28", "The backlash against SBS's \"Joseon Exorcist\" continues on Monday, March 29, as more sponsors pull their ads.")]
    [InlineData("en", "2024-07-30", "Production on tvN's \"Joseon Exorcist\" will resume on Monday, Aug. 5, after the crew's summer break.")]
    [InlineData("ru", "2024-07-30", "Производство дорамы «Изгоняющий дьявола из Чосона» возобновится 5 августа, после того как актёр восстановится после травмы.")]
    [InlineData("ru", "2024-07-30", "Работа над дорамой «Изгоняющий дьявола из Чосона» продолжится 5 августа, после того как актёр восстановится после травмы.")]
    public void WhatGoesOn_IsNotTheShow_AirsNothing(string lang, string published, string text) =>
        Assert.Equal("", Read(lang, published, text, ("joseon-exorcist", ["Joseon Exorcist", "Изгоняющий дьявола из Чосона"])));

    [Fact]
    public void AShowThatContinuesALineup_IsNoEpisode() =>
        Assert.DoesNotContain("episode",
            Read("en", "2024-08-10", "The new drama \"Love Next Door\" continues tvN's weekend romance lineup starting Saturday, Aug. 17, at 9:20 p.m.",
                ("love-next-door", ["Love Next Door"])));

    [Fact]
    public void HoursAfterAPastRelease_AreNoReleaseToday() =>
        Assert.Equal("bts single 2021-05-21",
            Read("ru", "2021-05-23", "Сингл BTS «Butter» вышел 21 мая, а через несколько часов песня возглавила чарты iTunes в 90 странах.", ("bts", ["BTS"])));

    [Theory]
    [InlineData("Поклонники до сих пор ждут клип на песню Stray Kids «Lose My Breath», вышедшую 10 мая.")]
    public void WhatFansAwait_IsNoReleaseAYearAhead(string text) =>
        Assert.DoesNotContain("2025", Read("ru", "2024-06-20", text, ("stray-kids", ["Stray Kids"])));

    [Theory]
    [InlineData("en", "Byeon Woo-seok picks his next drama\n\nByeon Woo-seok, who rose to stardom with \"Lovely Runner,\" has signed on to lead a new MBC drama. Its first episode is set to air on Friday, April 11.")]
    [InlineData("ru", "Пён У Сок: что дальше\n\nПён У Сок, прославившийся после «Бегущей за любовью», сыграет главную роль в новой дораме MBC. Первая серия выйдет 11 апреля.")]
    public void AStarsNewUntitledShow_IsNotTheirOldHit(string lang, string text) =>
        Assert.Equal("", Read(lang, "2024-06-01", text, ("lovely-runner", ["Lovely Runner", "Бегущая за любовью"])));

    [Theory]
    [InlineData("en", "2020-12-18", "Netflix's \"Sweet Home\" is out today\n\nAll 10 episodes of the Netflix series \"Sweet Home\" premiered on Friday, Dec. 18. The cast thanked fans for waiting.\n\nDirector Lee Eung-bok said a second season depends on the response.")]
    [InlineData("ru", "2019-04-21", "Финал «Огненного священника»\n\nФинальная серия «Огненного священника» вышла вчера, 20 апреля. Актёры поблагодарили зрителей.\n\nКанал SBS пока не подтвердил второй сезон.")]
    public void ASeasonHopedForLater_IsNotTheSeasonAired(string lang, string published, string text) =>
        Assert.DoesNotContain("-2 ", Read(lang, published, text, ("sweet-home-2", ["Sweet Home 2"]), ("the-fiery-priest-2", ["Огненный священник 2"])));

    [Fact]
    public void ARatedLine_IsOfTheShowItNames() =>
        Assert.Equal("queen-of-tears episode 2024-04-28; lovely-runner episode 2024-04-23",
            Read("en", "2024-04-29", "weekday & weekend drama ratings 📊\nqueen of tears ep 16 (sun 4/28): 24.9% 👑\nlovely runner ep 8 (tue 4/23): 5.8%",
                ("queen-of-tears", ["Queen of Tears"]), ("lovely-runner", ["Lovely Runner"])));
}
