namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 56's rules, from the changed-date report set 54c read in round 55 (its one leak) and from the development
/// corpus. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone guard its
/// reach and pass either way.
/// </summary>
public sealed class Round56Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("v", (IReadOnlyList<string>)["V", "Ви"]),
        KeyValuePair.Create("ten", (IReadOnlyList<string>)["TEN"]),
        KeyValuePair.Create("nct", (IReadOnlyList<string>)["NCT"]),
        KeyValuePair.Create("wayv", (IReadOnlyList<string>)["WayV"]),
        KeyValuePair.Create("jimin", (IReadOnlyList<string>)["Jimin"]),
        KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // «сначала планировали выпустить 1 сентября»: the first plan's day is the day left, like «изначально»; «сначала»
    // alone orders releases («сначала выйдет сингл»), so only with a verb of planning.
    [Theory]
    [InlineData("Дебютный сольный альбом Ви «Layover» сначала планировали выпустить 1 сентября. Теперь BigHit Music называет другую дату — 8 сентября.", "")]
    [InlineData("Альбом Ви «Layover» сначала собирались выпустить 1 сентября. Новая дата релиза — 8 сентября, сообщили в агентстве.", "v album 2023-09-08")]
    // guard: «сначала» ordering two releases keeps both days
    [InlineData("Сначала, 1 сентября, выйдет сингл Ви «Slow Dancing», а 8 сентября — альбом «Layover».", "v album 2023-09-08; v single 2023-09-01")]
    public void Extract_FirstPlannedDay_IsLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2023-08-20", text));

    // "The NCT and WayV member released his first mini album": groups listed before a member noun that names nobody after
    // it are that member's groups, not who releases (the member is who the article speaks of).
    [Theory]
    [InlineData("NCTzens, TEN's moment has come! The NCT and WayV member released his first mini album \"TEN\" today at 6 p.m. KST.", "ten ep 2024-02-13")]
    // guard: a member noun followed by the member's name keeps the names listed before it
    [InlineData("Jimin and BTS member V released a duet single \"Friends\" today.", "jimin single 2024-02-13; v single 2024-02-13")]
    public void Extract_GroupsListedBeforeAMemberNoun_AreTheMembers(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-02-13", text));
}
