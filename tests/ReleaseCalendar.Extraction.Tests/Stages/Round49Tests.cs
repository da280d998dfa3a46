namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 49's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round49Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("lee-hi", (IReadOnlyList<string>)["Lee Hi", "Ли Хай"]),
        KeyValuePair.Create("harbin", (IReadOnlyList<string>)["Harbin", "Харбин"]),
        KeyValuePair.Create("quick", (IReadOnlyList<string>)["Quick", "Квик"]),
        KeyValuePair.Create("the-front-line", (IReadOnlyList<string>)["The Front Line", "Линия фронта"]),
        KeyValuePair.Create("feng-shui", (IReadOnlyList<string>)["Feng Shui"]),
        KeyValuePair.Create("the-great-battle", (IReadOnlyList<string>)["The Great Battle"]),
        KeyValuePair.Create("the-negotiation", (IReadOnlyList<string>)["The Negotiation"]),
        KeyValuePair.Create("taeyeon", (IReadOnlyList<string>)["Taeyeon", "Тэён"]),
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU", "Айю"]),
        KeyValuePair.Create("nct-dream", (IReadOnlyList<string>)["NCT DREAM"]),
    ]);

    static string Releases(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")
            .Order(StringComparer.Ordinal));

    // "a music video starring actors Lee Jae-hoon and Won Jin-ah": a cue word that is a Korean surname before a
    // hyphenated given name is part of the name ("Won", not an award won), so the video is still out with the single.
    [Theory]
    [InlineData("Lee Hi's single \"Only\" is coming out tomorrow at 6 p.m. KST, with a music video starring actors Lee Jae-hoon and Won Jin-ah.",
                "lee-hi mv 2021-08-27; lee-hi single 2021-08-27")]
    // guard: an award won is still no release
    [InlineData("Lee Hi's single \"Only\" won first place on Music Bank tomorrow, with a music video that topped the charts.", "")]
    public void Extract_ASurnameBeforeAGivenName_IsNoCue(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2021-08-26", text));

    // "the film, previously slated to open on Dec. 25, will now open on Dec. 24": "previously slated" is the plan left, as
    // "previously set" was.
    [Theory]
    [InlineData("Woo Min-ho's period thriller \"Harbin\" will hit local theaters a day earlier than planned.\n\nDistributor CJ ENM said Monday that the film, previously slated to open on Dec. 25, will now open on Dec. 24.",
                "harbin film 2024-12-24")]
    // guard: a plan due that day before is left either way
    [InlineData("The film \"Harbin,\" previously due on Dec. 25, will now open on Dec. 24.", "harbin film 2024-12-24")]
    public void Extract_PreviouslySlated_IsTheDayLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-12-02", text));

    // ""Quick" opens on Wednesday, the same day as the war drama "The Front Line"": the works after "the same day as" come
    // out that day too, each of them, by the verb before ("opens in theaters": films, when the clause names no kind).
    [Theory]
    [InlineData("en", "\"Quick\" opens in local theaters on Wednesday, the same day as Jang Hoon's Korean War drama \"The Front Line.\"",
                "quick film 2011-07-20; the-front-line film 2011-07-20")]
    [InlineData("en", "Park Hee-gon's period drama \"Feng Shui\" opens in Korean theaters on Wednesday, on the same day as Kim Kwang-sik's siege epic \"The Great Battle\" and the hostage thriller \"The Negotiation,\" ahead of Chuseok.",
                "feng-shui film 2011-07-20; the-great-battle film 2011-07-20; the-negotiation film 2011-07-20")]
    [InlineData("ru", "Альбом Тэён «To. X» выйдет в среду, 20 июля, в тот же день, что и новый сингл IU «Love wins all».",
                "iu single 2011-07-20; taeyeon album 2011-07-20")]
    // guards: "the same day as" with no comma before it is not a clause of its own ("so it would not land on the same day
    // as NCT DREAM"), and "the same day" with no "as" keeps its old reading
    [InlineData("en", "SM moved Taeyeon's album \"To. X\" to Wednesday so it would not land on the same day as NCT DREAM.",
                "taeyeon album 2011-07-20")]
    public void Extract_TheSameDayAs_ReleasesTheWorksAfterIt(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2011-07-18", text));
}
