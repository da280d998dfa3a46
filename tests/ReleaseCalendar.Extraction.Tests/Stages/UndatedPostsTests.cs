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
    public void Extract_JustReleasedWithNoDate_OutOnThePublicationDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));
}
