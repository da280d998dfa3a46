namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Issue #9 §1.9: times and zones, also when the time is in another sentence or its zone is left out.</summary>
public sealed class TimesTests
{
    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 6, 21), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd} {c.Time:HH:mm} {c.TimeZone}"));

    [Theory]
    [InlineData("ru", "Сегодня в 7:00 по МСК у Ви вышел мини-альбом «Layover».", "ep 2024-06-21 07:00 Europe/Moscow")]
    [InlineData("ru", "Сегодня в 18:00 по Корее ZEROBASEONE выпустили мини-альбом «YOUTH».", "ep 2024-06-21 18:00 Asia/Seoul")]
    [InlineData("en", "Jimin's album will be out on July 19 at 1 p.m. Korea time.", "album 2024-07-19 13:00 Asia/Seoul")]
    [InlineData("en", "BTS released the single \"Dynamite\" today at 1 p.m.", "single 2024-06-21 13:00 Asia/Seoul")]
    // Round 20 (part ap): the day before or after, said for another place or zone with its time, is the same moment converted.
    [InlineData("ru", "Мини-альбом ITZY выйдет 21 июля в 00:00 по сеульскому времени — в Москве в этот момент будет 18:00 20 июля.",
        "ep 2024-07-21 00:00 Asia/Seoul")]
    [InlineData("en", "ITZY's mini album is out on July 21 at 1 a.m. KST (July 20, 12 p.m. ET).", "ep 2024-07-21 01:00 Asia/Seoul")]
    [InlineData("ru", "Мини-альбом ITZY выйдет 21 июля в 00:00 по сеульскому времени, а сингл — 22 июля в 18:00 по сеульскому времени.",
        "ep 2024-07-21 00:00 Asia/Seoul; single 2024-07-22 18:00 Asia/Seoul")]
    public void Extract_TimeWithNamedOrOmittedZone_TakesThatZoneOrKoreas(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "IU released her mini album \"The Winning\" today.\n\nBoth went live on streaming services at 6 p.m. KST.",
        "ep 2024-06-21 18:00 Asia/Seoul")]
    [InlineData("ru", "Сегодня IU выпустила сингл «Love Wins All».\n\nПесня стала доступна в 18:00 по сеульскому времени.",
        "single 2024-06-21 18:00 Asia/Seoul")]
    [InlineData("en", "IU released her mini album \"The Winning\" today.\n\nHer showcase starts at 8 p.m. KST.", "ep 2024-06-21  ")]
    [InlineData("en", "IU released her mini album \"The Winning\" today.\n\nShe thanked fans.\n\nIt tops charts.\n\n" +
                      "Tickets went live at 8 p.m. KST.", "ep 2024-06-21  ")]
    public void Extract_TimeInALaterSentence_CompletesTheReleaseBeforeIt(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // "tonight at midnight" is when the next day begins; a past "today at midnight" was this day's start.
    [Theory]
    [InlineData("en", "TaeTiSeo release their debut mini album \"Twinkle\" tonight at midnight KST.", "ep 2024-06-22 00:00 Asia/Seoul")]
    [InlineData("ru", "VIXX LR выпускают дебютный мини-альбом «Beautiful Liar» сегодня в полночь по Сеулу.", "ep 2024-06-22 00:00 Asia/Seoul")]
    [InlineData("en", "TaeTiSeo released their debut mini album \"Twinkle\" today at midnight KST.", "ep 2024-06-21 00:00 Asia/Seoul")]
    [InlineData("en", "TaeTiSeo release their debut mini album \"Twinkle\" tonight at 00:00 KST.", "ep 2024-06-21 00:00 Asia/Seoul")]
    [InlineData("en", "TWICE's mini album \"Strategy\" is out today at midnight KST.", "ep 2024-06-21 00:00 Asia/Seoul")]
    public void Extract_TonightAtMidnight_IsTheNextDaysStart(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));
}
