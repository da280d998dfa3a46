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
}
