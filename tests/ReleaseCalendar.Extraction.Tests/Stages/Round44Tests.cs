namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 44's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round44Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("yadang", (IReadOnlyList<string>)["Yadang", "Яданг"]),
        KeyValuePair.Create("queen-of-tears", (IReadOnlyList<string>)["Queen of Tears", "Королева слёз"]),
        KeyValuePair.Create("oppenheimer", (IReadOnlyList<string>)["Oppenheimer"]),
        KeyValuePair.Create("kingmaker", (IReadOnlyList<string>)["Kingmaker"]),
        KeyValuePair.Create("hagwon", (IReadOnlyList<string>)["The Midnight Romance in Hagwon", "Полуночный роман в хагвоне"]),
    ]);

    static string Days(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")
            .Order(StringComparer.Ordinal));

    // «Прокатчик сдвинул премьеру на неделю раньше: в феврале называли 23 апреля»: the day a plan told as it was («называли»,
    // «обещали», «намечали») gives after a move in its sentence is the day the move left, however the plan is worded, and
    // also where a new day follows.
    [Theory]
    [InlineData("16-го в прокат выходит триллер «Яданг». Прокатчик сдвинул премьеру на неделю раньше: в феврале называли 23 апреля.")]
    [InlineData("16-го в прокат выходит триллер «Яданг». Прокатчик сдвинул премьеру на неделю раньше: в феврале называли не 16-е, а 23 апреля.")]
    [InlineData("16-го в прокат выходит триллер «Яданг». Премьеру сдвинули: в феврале обещали 23 апреля.")]
    [InlineData("Премьеру триллера «Яданг» сдвинули: в феврале обещали 23 апреля, а в прокат он выйдет 16 апреля.")]
    public void Extract_PlanAsItWas_AfterAMove_IsTheDayLeft(string text) =>
        Assert.Equal("yadang film 2025-04-16", Days("ru", "2025-04-01", text));

    // A past event verb after the move is no plan: «прокат стартовал 23 апреля» is the day it opened.
    [Fact]
    public void Extract_PastEventAfterAMove_Stands() =>
        Assert.Equal("yadang film 2025-04-23", Days("ru", "2025-04-30", "Премьеру триллера «Яданг» перенесли, но прокат стартовал 23 апреля."));

    // "tvN's weekend slot now goes to "The Midnight Romance in Hagwon." It premieres May 11.": "it" opening the sentence is
    // the show the sentence before named last, as "its" is, not the show the article is about.
    [Theory]
    [InlineData("tvN's weekend slot now goes to \"The Midnight Romance in Hagwon,\" starring Wi Ha-joon. It premieres May 11.")]
    [InlineData("Next in the slot is the drama \"The Midnight Romance in Hagwon,\" starring Wi Ha-joon. It premieres May 11.")]
    public void Extract_ItOpeningASentence_IsTheShowNamedLastBefore(string next) =>
        Assert.Equal("hagwon drama 2024-05-11", Days("en", "2024-04-29", "\"Queen of Tears\" ended its run with a record rating. " + next));

    // Where the sentence names its own show, "it" stands for nothing else.
    [Fact]
    public void Extract_ItBesideItsOwnTitle_KeepsThatTitle() =>
        Assert.Equal("queen-of-tears drama 2024-05-11",
                     Days("en", "2024-04-29", "Next in the slot is the drama \"The Midnight Romance in Hagwon.\" It follows \"Queen of Tears,\" which premieres May 11."));

    // ""Oppenheimer," opening Aug. 15", "Opening the same day, Wednesday, is "Kingmaker"": "opening" as a participle (after a
    // comma, or opening its sentence) opens the film.
    [Theory]
    [InlineData("Hollywood competition includes the film \"Oppenheimer,\" opening Aug. 15.", "oppenheimer film 2023-08-15")]
    [InlineData("The war film \"Oppenheimer\" opens on Wednesday, July 26. Opening the same day is the film \"Kingmaker.\"", "kingmaker film 2023-07-26; oppenheimer film 2023-07-26")]
    public void Extract_OpeningAsAParticiple_OpensTheFilm(string text, string expected) =>
        Assert.Equal(expected, Days("en", "2023-07-20", text));

    // As a noun ("its opening on the 12th", "the opening track") it opens nothing.
    [Theory]
    [InlineData("The film \"Oppenheimer\" had its opening on Aug. 15.")]
    [InlineData("The album's opening track, \"Kingmaker,\" is the one fans wait for on Aug. 15.")]
    public void Extract_OpeningAsANoun_OpensNothing(string text) =>
        Assert.Equal("", Days("en", "2023-07-20", text));
}
