namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// A name two catalog subjects share is read as the one the release and its sentences point to. Each rule was switched
/// off once and its rows failed; the rows where nothing tells the subjects apart keep the catalog's first.
/// </summary>
public sealed class SharedNamesTests
{
    // The order matters: a shared name belongs to the first subject until something says otherwise.
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("taeyeon", (IReadOnlyList<string>)["Taeyeon", "Тэён", "Ким Тэён", "Тэён из Girls' Generation"]),
        KeyValuePair.Create("taeyong", (IReadOnlyList<string>)["Taeyong", "Тэён", "Тэён из NCT", "Lee Taeyong"]),
        KeyValuePair.Create("punch", (IReadOnlyList<string>)["Punch", "Панч", "Punch (певица)"]),
        KeyValuePair.Create("punch-drama", (IReadOnlyList<string>)["Punch", "Панч", "Удар"]),
        KeyValuePair.Create("dear-judge", (IReadOnlyList<string>)["Dear Judge", "Your Honor (2018)", "Ваша честь"]),
        KeyValuePair.Create("your-honor", (IReadOnlyList<string>)["Your Honor", "Ваша честь"]),
        KeyValuePair.Create("encounter", (IReadOnlyList<string>)["Encounter", "Boyfriend", "«Бойфренд»"]),
        KeyValuePair.Create("boyfriend", (IReadOnlyList<string>)["Бойфренд", "Boyfriend", "BOYFRIEND"]),
        KeyValuePair.Create("crash", (IReadOnlyList<string>)["Crash", "Краш", "Авария"]),
        KeyValuePair.Create("crush", (IReadOnlyList<string>)["Crush", "Краш", "Crush (певец)"]),
        KeyValuePair.Create("mother", (IReadOnlyList<string>)["Mother", "Мать"]),
        KeyValuePair.Create("mother-tvn", (IReadOnlyList<string>)["Mother", "Мать", "Mother (tvN)"]),
        KeyValuePair.Create("stellar-a-magical-ride", (IReadOnlyList<string>)["Stellar: A Magical Ride", "Stellar"]),
        KeyValuePair.Create("stellar", (IReadOnlyList<string>)["Stellar", "STELLAR"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // «Лидер NCT Тэён»: the subject's group in the sentence that names it (a word only its entry has) tells whose «Тэён».
    [Theory]
    [InlineData("Лидер NCT Тэён во вторник, 27 июня, представил первый сольный мини-альбом Shalala.", "taeyong ep 2023-06-27")]
    [InlineData("Солистка Girls' Generation Тэён во вторник, 27 июня, представила мини-альбом Shalala.", "taeyeon ep 2023-06-27")]
    // guard: NCT in another line of a calendar says nothing of this line's Тэён, so the catalog's first stays
    [InlineData("27 июня — Тэён выпускает мини-альбом Shalala.\n28 июня — NCT DREAM выпускают сингл Broken Melodies.", "taeyeon ep 2023-06-27")]
    public void Extract_SharedName_IsTheSubjectItsSentenceNames(string text, string expected) =>
        Assert.Contains(expected, Releases("ru", "2023-06-20", text).Split("; "));

    // "Punch (певица)" against "punch-drama": a note or a slug word of the release's sort wins a name both share.
    [Theory]
    [InlineData("en", "SBS's new Monday-Tuesday drama \"Punch\" premieres tonight at 10 p.m.", "punch-drama drama 2014-12-15")]
    [InlineData("ru", "Певец Краш 15 декабря выпускает новый сингл «Rush Hour».", "crush single 2014-12-15")] // "Crush (певец)" over the drama listed first
    [InlineData("en", "Punch releases her new single \"Oh My Love\" today at 6 p.m. KST.", "punch single 2014-12-15")] // guard: the first stays
    public void Extract_SharedName_TakesTheSubjectOfTheReleasesSort(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2014-12-15", text));

    // "Your Honor (2018)": a year in a note is that subject's; a release six years later is the other's.
    [Theory]
    [InlineData("2024-08-12", "ENA's new thriller \"Your Honor\" premieres tonight at 10 p.m.", "your-honor drama 2024-08-12")]
    [InlineData("2018-07-25", "SBS's new drama \"Your Honor\" premieres tonight at 10 p.m.", "dear-judge drama 2018-07-25")]
    public void Extract_SharedName_WithAYearNote_IsThatYearsSubject(string published, string text, string expected) =>
        Assert.Equal(expected, Releases("en", published, text));

    // «Бойфренд» in quotes is a work's title: a record by "Boyfriend" is the group's, not the drama's.
    [Fact]
    public void Extract_SharedName_ATitleInQuotes_IsNoActOfARecord() =>
        Assert.Equal("boyfriend album 2012-11-13", Releases("en", "2012-11-06", "\"Janus\" will now be released on Nov. 13, Boyfriend's agency said of the album."));

    // "Mother (tvN)": a word of the note stands in the sentence ("Канал tvN … «Мать»").
    [Fact]
    public void Extract_SharedName_NoteWordInTheSentence_TellsTheShow() =>
        Assert.Equal("mother-tvn drama 2018-01-24", Releases("ru", "2018-01-24", "Канал tvN сегодня вечером показывает первую серию драмы «Мать»."));

    // A shared name that is one subject's first name and another's second: the one it is first of, when nothing else tells.
    [Fact]
    public void Extract_SharedName_IsTheSubjectItIsFirstNameOf() =>
        Assert.Equal("stellar ep 2017-06-27", Releases("en", "2017-06-27", "Stellar release the mini album 'Stellar Into the World' at noon today."));
}
