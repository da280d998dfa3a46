namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Review of round 20's rules (diff 17163cb..HEAD): realistic sentences where a new rule drops a real release, emits a
/// wrong one, or gives it the wrong subject, kind or date. Each row states the correct output (Corpus/README.md, round 20).
/// </summary>
public sealed class Review20Tests
{
    static string Read(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}" + (c.Time is { } t ? $" {t:HH\\:mm}" : "")));

    [Theory]
    // «запланированный на» as a moved-from word beside another day: the other day is a second release or an event, not a new day.
    [InlineData("ru", "2024-06-10", "Сингл TWICE, запланированный на 19 июня, выйдет в 18:00, а клип — 20 июня.",
        "TWICE single  2024-06-19 18:00; TWICE mv  2024-06-20")]
    [InlineData("ru", "2024-06-10", "10 июня агентство подтвердило: мини-альбом TWICE, назначенный на 19 июня, выйдет без изменений.",
        "TWICE ep  2024-06-19")]
    // RetoldPlan: a past release after the postponement is the new day, not a day left behind.
    [InlineData("en", "2024-03-01", "TWICE's mini album \"With YOU-th\" was originally due on Feb. 16, but JYP pushed it back and released it on Feb. 23.",
        "TWICE ep With YOU-th 2024-02-23")]
    // "push" as a postponement word: "push their sound further" moves nothing.
    [InlineData("en", "2023-11-01", "Friday, Nov. 10. Stray Kids push their sound further with the mini album \"ROCK-STAR,\" out at 1 p.m.",
        "Stray Kids ep ROCK-STAR 2023-11-10 13:00")]
    // ConvertedDay: a next-day release of another act after "in Seoul" is no conversion of the first moment.
    [InlineData("en", "2024-05-01", "ITZY release their mini album on July 21 at 6 p.m. KST after a media showcase in Seoul, and Stray Kids drop their single on July 22 at 1 p.m.",
        "ITZY ep  2024-07-21 18:00; Stray Kids single  2024-07-22 13:00")]
    // ItScheduled: "It"/«Он» is the event the sentence before named (showcase, tour), not the titled work.
    [InlineData("en", "2024-11-01", "TWICE will hold a showcase for the mini album \"Strategy.\" It is scheduled for Dec. 6 at Olympic Hall.", "")]
    [InlineData("ru", "2024-11-01", "TWICE объявили о мировом туре в поддержку мини-альбома «Strategy». Он стартует 6 декабря в Сеуле.", "")]
    // KindChooser's «Он» rule: a masculine pronoun for a person is not the drama (feminine) the sentence before named.
    [InlineData("ru", "2024-11-01", "Джин спел саундтрек «Yours» к дораме «Джирисан». Он вернётся с сольным шоу 6 декабря.", "")]
    // DescribedLater: the act's later line about a past record gives no kind or title to today's release.
    [InlineData("ru", "2023-11-01", "СЕГОДНЯ aespa возвращаются в 18:00.\n\naespa — самая успешная группа SM: мини-альбом «Armageddon» стал дважды миллионником.",
        "aespa other  2023-11-01 18:00")]
    [InlineData("ru", "2023-11-01", "СЕГОДНЯ — камбэк-дуэль: aespa и ILLIT выходят в одну минуту\n\n🖤 aespa — прошлый мини-альбом «Drama» разошёлся тиражом 1,5 млн копий.",
        "aespa other  2023-11-01; ILLIT other  2023-11-01")]
    // TimedHeading + ListingItem: an article's byline timestamp over a verbless headline is no listing.
    [InlineData("en", "2023-11-01", "Nov. 10, 2023 · 1:00 PM KST\n\nAlbum \"Golden\" by Jungkook: a track-by-track review", "")]
    // A day heading that now heads its whole paragraph: a past release told in passing is not on that day.
    [InlineData("ru", "2023-11-01", "ВТОРНИК, 4 НОЯБРЯ. Концерт TWICE в Токио. Напомним, что группа недавно выпустила мини-альбом «Strategy».", "")]
    [InlineData("en", "2023-11-01", "Friday, Nov. 10. Stray Kids hold a fan meeting in Seoul. The group released the single \"LALALALA\" last week.", "")]
    // The finale rule in EpisodeShow: "last" of "last Sunday" / "its last special" is no final episode.
    [InlineData("en", "2024-05-01", "tvN's \"Lovely Runner\" premiered on Monday. Meanwhile, \"Queen of Tears\" aired episode 8 last Sunday. Episode 9 follows on Saturday.",
        "Queen of Tears episode Queen of Tears 2024-05-04")]
    [InlineData("en", "2024-05-01", "\"Lovely Runner\" premieres Monday on tvN. \"Queen of Tears\" airs episode 15 on Saturday, a week after its last special. Episode 16 follows on Sunday.",
        "Lovely Runner drama Lovely Runner 2024-05-06; Queen of Tears episode Queen of Tears 2024-05-04; Queen of Tears episode Queen of Tears 2024-05-05")]
    // MakerVerbs: «написала» is also "posted" («написала в Instagram»), not "composed".
    [InlineData("ru", "2025-02-01", "Об этом написала Дженни в своём Instagram: её сольный альбом «Ruby» выйдет 7 марта.", "Дженни album Ruby 2025-03-07")]
    // «проводят/проведут» as an event word: «провести камбэк» is the comeback itself.
    [InlineData("ru", "2024-05-01", "Сегодня IVE проводят камбэк с мини-альбомом «Switch».", "IVE ep Switch 2024-05-01")]
    [InlineData("ru", "2024-05-01", "Сегодня в 18:00 ATEEZ проведут свой долгожданный камбэк: выходит мини-альбом «Golden Hour».",
        "ATEEZ ep Golden Hour 2024-05-01 18:00")]
    // OwnsTheOutlet: "IU's agency" names the performer whose agency it is.
    [InlineData("en", "2024-02-01", "IU's agency EDAM Entertainment announced on Monday that the singer will release her album \"The Winning\" on Feb. 20.",
        "IU album The Winning 2024-02-20")]
    // JustNowWords in NameFinder: "JUST" is part of the boy group JUST B.
    [InlineData("en", "2024-05-01", "JUST B drop their mini album \"= (Equal)\" on June 30.", "JUST B ep = (Equal) 2024-06-30")]
    // KindChooser's possessive skip: a name's possessive ("Karina's", "NCT's") is another act's or a teaser, not the release's video.
    [InlineData("en", "2024-05-01", "aespa drop the single \"Supernova\" today, along with Karina's solo music video teaser.", "aespa single Supernova 2024-05-01")]
    [InlineData("en", "2024-05-01", "aespa drop the single \"Supernova\" today with NCT's music video for \"Walk\" due next week.", "aespa single Supernova 2024-05-01")]
    public void Extract_Round20Rules_KeepRealReleases(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    // DescribedLater: a video the act's line says there will not be is not released with the record.
    [Theory]
    [InlineData("ru", "2023-11-01", "СЕГОДНЯ — камбэк-дуэль: aespa и ILLIT выходят в одну минуту\n\n🖤 aespa — пятый мини-альбом «Whiplash», но клипа на заглавный трек не будет.")]
    public void Extract_VideoSaidNotToCome_IsNotReleased(string lang, string published, string text) =>
        Assert.DoesNotContain(" mv ", Read(lang, published, text), StringComparison.Ordinal);
}
