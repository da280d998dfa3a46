namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 54's rules, from the abandoned day a fresh blind part emitted (hn) and from reading development misses.
/// Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone guard its reach and
/// pass either way.
/// </summary>
public sealed class Round54Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("mickey-17", (IReadOnlyList<string>)["Mickey 17", "Микки 17"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // «Ещё недавно её выход … планировался на 18 апреля, но студия передвинула релиз ближе»: a plan that a move left behind,
    // the new day said in the sentence before.
    [Theory]
    [InlineData("ru", "Фильм «Микки 17» выйдет в США 7 марта. Ещё недавно его выход планировался на 18 апреля, но студия передвинула релиз ближе.",
        "mickey-17 film 2025-03-07")]
    [InlineData("ru", "Фильм «Микки 17» выйдет в США 7 марта. Премьера планировалась на 18 апреля, но её передвинули.",
        "mickey-17 film 2025-03-07")]
    // guard: a plan kept is still the day
    [InlineData("ru", "Фильм «Микки 17» выйдет в США 7 марта, как и планировалось.", "mickey-17 film 2025-03-07")]
    public void Extract_PlanThatWasMoved_IsLeftBehind(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2025-01-21", text));
}
