namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 52's rules, from reading development misses. Each rule was switched off once and its rows failed; the rows that
/// say what a rule leaves alone guard its reach and pass either way.
/// </summary>
public sealed class Round52Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("hyuna", (IReadOnlyList<string>)["HyunA", "Хёна"]),
        KeyValuePair.Create("dawn", (IReadOnlyList<string>)["Dawn", "Дон"]),
        KeyValuePair.Create("suho", (IReadOnlyList<string>)["Suho"]),
        KeyValuePair.Create("jang-jae-in", (IReadOnlyList<string>)["Jang Jae-in"]),
        KeyValuePair.Create("wayv", (IReadOnlyList<string>)["WayV"]),
        KeyValuePair.Create("nct", (IReadOnlyList<string>)["NCT"]),
        KeyValuePair.Create("shinee", (IReadOnlyList<string>)["SHINee"]),
        KeyValuePair.Create("onew", (IReadOnlyList<string>)["Onew"]),
        KeyValuePair.Create("key", (IReadOnlyList<string>)["Key"]),
        KeyValuePair.Create("minho", (IReadOnlyList<string>)["Minho"]),
        KeyValuePair.Create("taemin", (IReadOnlyList<string>)["Taemin"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "Singers HyunA and Dawn, one of K-pop's most public couples, are releasing …": an apposition between the joined
    // names and their verb keeps them one subject of both names (only the last was kept), and a name inside the
    // apposition ("WayV, NCT's China-based unit, release") describes the one before it.
    [Theory]
    [InlineData("en", "Singers HyunA and Dawn, one of K-pop's most public couples, are releasing their first single album, \"1+1=1,\" on Thursday.", "dawn single 2021-09-09; hyuna single 2021-09-09")]
    [InlineData("en", "Suho and Jang Jae-in, both 27, release the duet \"Dinner\" on Thursday.", "jang-jae-in single 2021-09-09; suho single 2021-09-09")]
    [InlineData("ru", "Хёна и Дон, одна из самых известных пар K-pop, выпустят сингл «1+1=1» в четверг.", "dawn single 2021-09-09; hyuna single 2021-09-09")]
    [InlineData("en", "WayV, NCT's China-based unit, release their third mini album \"Kick Back\" on Thursday.", "wayv ep 2021-09-09")]
    // guard: the rest of a list between commas is no apposition
    [InlineData("en", "The remaining members, Onew, Key, Minho and Taemin, will release the album \"The Story of Light\" on Thursday.", "key album 2021-09-09; minho album 2021-09-09; onew album 2021-09-09; taemin album 2021-09-09")]
    public void Extract_JoinedNamesWithAnAppositionBeforeTheirVerb_AreAllTheSubject(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2021-09-07", text));
}
