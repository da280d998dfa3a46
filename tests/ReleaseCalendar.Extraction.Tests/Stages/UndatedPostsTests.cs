namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Issue #9 §1.1: a post that says "just dropped" and gives no date is about the day it went out.</summary>
public sealed class UndatedPostsTests
{
    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 11, 10), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    [Theory]
    [InlineData("en", "STAY, it's out!!! Stray Kids just dropped their eighth mini album \"ROCK-STAR\" along with the MV for the title track \"LALALALA\".",
        "Stray Kids ep 2023-11-10; Stray Kids mv 2023-11-10")]
    [InlineData("ru", "Ура, Хосок наконец выпустил специальный сингл «on the street».", "Хосок single 2023-11-10")]
    // No "just": a past release told without its day is background, not today's news.
    [InlineData("en", "Stray Kids dropped their eighth mini album \"ROCK-STAR\" along with the MV for the title track \"LALALALA\".", "")]
    [InlineData("en", "Stray Kids will finally drop their eighth mini album \"ROCK-STAR\".", "")]
    [InlineData("ru", "В 2019 году Хосок наконец выпустил свой первый микстейп «Hope World».", "")]
    // A date earlier in the article says when things happen; "just" after it is no new day.
    [InlineData("en", "On November 1, Stray Kids announced a new album. They just dropped the track list for their eighth mini album \"ROCK-STAR\".", "")]
    // "now" by the release word: out as of the post; a "now" or «уже» elsewhere is no news of the day.
    [InlineData("en", "Stray Kids' eighth mini album \"ROCK-STAR\" is out now!", "Stray Kids ep 2023-11-10")]
    [InlineData("ru", "Восьмой мини-альбом Stray Kids «ROCK-STAR» наконец на всех площадках!", "Stray Kids ep 2023-11-10")]
    [InlineData("ru", "Восьмой мини-альбом Stray Kids «ROCK-STAR» наконец вышел в 2023 году.", "")]
    [InlineData("en", "NewJeans released \"Ditto\" and \"OMG\" last winter, and now they are preparing a summer comeback.", "")]
    [InlineData("en", "Now that NewJeans have released \"How Sweet,\" fans are asking what comes next.", "")]
    [InlineData("ru", "NewJeans уже выпустили «Ditto» и «OMG», а теперь готовят летний камбэк.", "")]
    // A title with no kind word at all takes the article's kind; a title beside a kind word that is not its own does not.
    [InlineData("en", "Stray Kids' mini album era begins.\n\n\"ROCK-STAR\" by Stray Kids is out now, and it is loud.", "Stray Kids ep 2023-11-10")]
    [InlineData("en", "Baek Yerin's track from \"Crash Landing on You\" is finally out!", "")]
    // Round 29 (part az): "is out", "is here" say now by themselves, with no "now" or "just" beside them; a perfect
    // ("have released") does not — a paper's next-day report says it of the day before.
    [InlineData("en", "1/ TWICE'S 'MORE & MORE' MV IS OUT 😭💙 one-take video, black & white", "TWICE mv 2023-11-10")]
    [InlineData("en", "Red Velvet's summer mini album \"The Red Summer\" is here!", "Red Velvet ep 2023-11-10")]
    [InlineData("en", "NCT has released its fourth full-length album \"Golden Age,\" the first project with all 20 members.", "")]
    [InlineData("en", "Red Velvet's mini album \"The Red Summer\" is out on Friday.", "Red Velvet ep 2023-11-10")]
    // Review 29: "out of stock", "here in Los Angeles" are not out now.
    [InlineData("en", "aespa's first full album \"Armageddon\" is out of stock at most stores.", "")]
    [InlineData("en", "Red Velvet are here in Los Angeles with their mini album \"The Red Summer\".", "")]
    // Round 40 (part cq): a release told in the past at an hour is that day's; a fan's "mini" is a mini album.
    [InlineData("en", "ONCEs, the wait is over! TWICE returned at midnight KST with their third mini album \"TWICEcoaster : LANE 1.\"", "TWICE ep 2023-11-10")]
    [InlineData("en", "ONCEs, the wait is over! TWICE returned with their third mini album \"TWICEcoaster : LANE 1.\"", "")]
    [InlineData("en", "BTOB dropped their 10th mini \"Feel'eM\" at midnight!!", "BTOB ep 2023-11-10")]
    [InlineData("ru", "Ура, у Stray Kids наконец вышел новый мини «ATE»!", "Stray Kids ep 2023-11-10")]
    [InlineData("en", "KARA will hold a mini live at Studio Coast in Tokyo on Aug. 14.", "")]
    public void Extract_JustReleasedWithNoDate_OutOnThePublicationDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("ru", "🌿 MORE & MORE СЕГОДНЯ 🌿\n\nONCE, напоминаем: в 12:00 по МСК выходит 9-й мини-альбом TWICE «MORE & MORE»!",
        "TWICE ep 2023-11-10")]
    [InlineData("ru", "🌿 MORE & MORE ЗАВТРА 🌿\n\nONCE, напоминаем: в 12:00 по МСК выходит 9-й мини-альбом TWICE «MORE & MORE»!",
        "TWICE ep 2023-11-11")]
    [InlineData("en", "🌿 MORE & MORE TOMORROW 🌿\n\nONCEs, reminder: TWICE's ninth mini album \"MORE & MORE\" drops at 6 PM KST!",
        "TWICE ep 2023-11-11")]
    [InlineData("ru", "ENHYPEN возвращаются с мини-альбомом «BORDER : CARNIVAL».\n\n⏰ 13 ноября, понедельник\n⏰ 12:00 по МСК — альбом и клип\n⏰ 14:00 по МСК — шоукейс",
        "ENHYPEN ep 2023-11-13; ENHYPEN mv 2023-11-13")]
    [InlineData("en", "ENHYPEN return with the mini album \"BORDER : CARNIVAL.\"\n\n⏰ Monday, November 13\n⏰ 6 PM KST – album and MV\n⏰ 8 PM KST – showcase",
        "ENHYPEN ep 2023-11-13; ENHYPEN mv 2023-11-13")]
    // The heading's day reaches only a timed line right under it, and only when the heading itself releases nothing. Since
    // round 57 a headline that names the work and a day dates the kind told under it when the article yields nothing else.
    [InlineData("ru", "🌿 MORE & MORE ЗАВТРА 🌿\n\nTWICE выпускают 9-й мини-альбом «MORE & MORE».", "TWICE ep 2023-11-11")]
    [InlineData("en", "Yesterday the agency said little. TWICE drop the mini album \"MORE & MORE\" at 6 PM KST.", "")]
    [InlineData("ru", "Вчера агентство промолчало. В 12:00 по МСК TWICE выпустят мини-альбом «MORE & MORE».", "")]
    [InlineData("ru", "ENHYPEN возвращаются с мини-альбомом «BORDER : CARNIVAL».\n\n⏰ 13 ноября, понедельник\n⏰ 12:00 по МСК / 18:00 KST — альбом и клип",
        "ENHYPEN ep 2023-11-13; ENHYPEN mv 2023-11-13")]
    [InlineData("en", "TWICE return with the mini album \"MORE & MORE.\"\n\n⏰ Monday, November 13\n⏰ 8 PM KST: a live talk with TWICE about the album", "")]
    public void Extract_TimedLineUnderADayHeading_IsOutThatDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("ru", "DIVE, сегодня выходит первый мини-альбом IVE «I'VE MINE»!", "IVE ep 2023-11-10")]
    [InlineData("en", "ONCE, TWICE's new mini album \"MORE & MORE\" is out today!", "TWICE ep 2023-11-10")]
    // A wire dateline's calendar day is when the story was filed, not a release.
    [InlineData("en", "SEOUL, Nov. 9 (Yonhap) -- TWICE released its new mini album \"MORE & MORE\" on Friday.", "TWICE ep 2023-11-10")]
    public void Extract_FansGreetedInCapitals_IsNoDateline(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));
}
