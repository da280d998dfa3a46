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
        KeyValuePair.Create("harbin", (IReadOnlyList<string>)["Harbin", "Харбин"]),
        KeyValuePair.Create("the-moon-embracing-the-sun", (IReadOnlyList<string>)["The Moon Embracing the Sun", "Луна, обнимающая солнце"]),
        KeyValuePair.Create("the-moon-film", (IReadOnlyList<string>)["The Moon", "Луна"]),
        KeyValuePair.Create("the-penthouse", (IReadOnlyList<string>)["The Penthouse", "Пентхаус"]),
        KeyValuePair.Create("the-penthouse-3", (IReadOnlyList<string>)["The Penthouse 3", "Пентхаус 3"]),
        KeyValuePair.Create("black", (IReadOnlyList<string>)["Black"]),
        KeyValuePair.Create("black-knight", (IReadOnlyList<string>)["Black Knight"]),
        KeyValuePair.Create("rose", (IReadOnlyList<string>)["Rosé"]),
        KeyValuePair.Create("bruno-mars", (IReadOnlyList<string>)["Bruno Mars"]),
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU"]),
        KeyValuePair.Create("aespa", (IReadOnlyList<string>)["aespa"]),
        KeyValuePair.Create("hotel-del-luna", (IReadOnlyList<string>)["Hotel del Luna"]),
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

    // "The film, previously dated for Dec. 25, will now open in Korean cinemas on Dec. 24": "previously" with any of a
    // plan's participles is the plan left behind.
    [Theory]
    [InlineData("\"Harbin\" moves up a day. The film, previously dated for Dec. 25, will now open in Korean cinemas on Dec. 24.", "harbin film 2024-12-24")]
    [InlineData("\"Harbin\" moves up a day. The film, previously due on Dec. 25, will now open in Korean cinemas on Dec. 24.", "harbin film 2024-12-24")]
    // guard: "previously" about another release does not drop this one's day
    [InlineData("\"Harbin\" opens in theaters on Dec. 24, a month after the previously due trailer.", "harbin film 2024-12-24")]
    public void Extract_PreviouslyDatedPlan_IsLeftBehind(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-11-28", text));

    // Probed by template (the new day first, the plan after it, every plan participle and adverb): "will open on May 12
    // after first being set for May 5", «Фильм выйдет 12 мая. Раньше его выход ожидался 5 мая».
    [Theory]
    [InlineData("en", "The film \"Harbin\" will open on May 12 after first being set for May 5.", "harbin film 2024-05-12")]
    [InlineData("en", "The film \"Harbin\" will open on May 12 after being pencilled in for May 5.", "harbin film 2024-05-12")]
    [InlineData("en", "The film \"Harbin\" will open on May 12 after originally being timed for May 5.", "harbin film 2024-05-12")]
    [InlineData("en", "The film \"Harbin\" will open on May 12. It was earlier expected on May 5.", "harbin film 2024-05-12")]
    [InlineData("ru", "Фильм «Харбин» выйдет 12 мая. Раньше его выход ожидался 5 мая.", "harbin film 2024-05-12")]
    [InlineData("ru", "Фильм «Харбин» выйдет 12 мая. Прежде его выход предполагался на 5 мая.", "harbin film 2024-05-12")]
    [InlineData("ru", "Фильм «Харбин» выйдет 12 мая. Изначально релиз стоял на 5 мая.", "harbin film 2024-05-12")]
    [InlineData("ru", "Фильм «Харбин» выйдет 12 мая. Ещё недавно его выход планировался на 5 мая, но прокатчик отодвинул релиз.", "harbin film 2024-05-12")]
    // guard: a plan after "being" that is the day kept
    [InlineData("en", "The film \"Harbin\" will open on May 12, after being set for that date in March.", "harbin film 2024-05-12")]
    public void Extract_PlanToldAfterTheNewDay_IsLeftBehind(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2024-05-01", text));

    // "Rosé teams up with Bruno Mars for the single "APT.," the first taste of her solo album due in December": after an
    // act, "for" names the record they make, not one it belongs to.
    [Theory]
    [InlineData("On Oct. 18, Rosé teams up with Bruno Mars for the single \"APT.,\" the first taste of her solo album due in December.",
        "bruno-mars single 2024-10-18 APT.; rose single 2024-10-18 APT.")]
    // guard: a song sung for a drama is still the drama's
    [InlineData("An OST sung by IU for the drama \"Hotel del Luna\" is out on Oct. 19.", "iu ost 2024-10-19")]
    // guard: a video for the single is the single's video
    [InlineData("On Oct. 18, Rosé releases the music video for the single \"APT.,\" shot in Seoul.", "rose mv 2024-10-18 APT.")]
    public void Extract_ForTheSingleAfterAnAct_IsTheirRecord(string text, string expected) =>
        Assert.Equal(expected, Stage.ReleasesWithTitles("en", "2024-10-01", text, Catalog));

    // "Three days later, Rosé … her solo album due in December. Finally, the 21st brings …": a month word after a day
    // counted from the last is another release's aside; the calendar stays on its month.
    [Theory]
    [InlineData("October 2024: the dates to know\n\nRosé releases the single \"number one girl\" on the 15th.\n\nThree days later, IU drops the single \"Love wins all,\" the first taste of her album due in December.\n\nFinally, the 21st brings aespa's mini album \"Whiplash.\"",
        "aespa ep 2024-10-21; iu single 2024-10-18; rose single 2024-10-15")]
    // guard: a month word that is the sentence's own page still turns it
    [InlineData("October 2024: the dates to know\n\nRosé releases the single \"number one girl\" on the 15th.\n\nThen, in December, the calendar fills up again.\n\nOn the 21st, aespa release the mini album \"Whiplash.\"",
        "aespa ep 2024-12-21; rose single 2024-10-15")]
    public void Extract_MonthAfterACountedDay_DoesNotTurnThePage(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-09-28", text));

    // «…две заключительные серии «Луны, обнимающей солнце»» … «серии «Луны» выйдут 14 и 15 марта»: a title the article
    // shortens is the work it named in full (with a comma's subtitle or a season's number after the short form).
    [Theory]
    [InlineData("ru", "MBC не показал две заключительные серии «Луны, обнимающей солнце». Финальные серии «Луны» выйдут 14 марта.",
        "the-moon-embracing-the-sun episode 2012-03-14")]
    [InlineData("ru", "Олимпиада отложила новую серию «Пентхауса». SBS переносит восьмую серию сериала «Пентхаус 3»: теперь серию «Пентхауса» покажут 14 марта.",
        "the-penthouse-3 episode 2012-03-14")]
    // guard: another work that starts with the same word is not the short form's ("Black" is not "Black Knight")
    [InlineData("en", "OCN's \"Black\" wraps up on March 14. Still airing: KBS2's \"Black Knight\" continues on Wednesdays.",
        "black episode 2012-03-14")]
    // guard: the short form alone is the work it names
    [InlineData("ru", "Фильм «Луна» выйдет 14 марта.", "the-moon-film film 2012-03-14")]
    public void Extract_AShortenedTitle_IsTheWorkNamedInFull(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2012-03-08", text));

    // "has pushed the album "Switch" back to May 12", "moved the film up to May 12": a move's verb whose particle follows
    // its object is the move, and the day it goes to is the release's.
    [Theory]
    [InlineData("The agency has pushed the film \"Harbin\" back to May 12 from May 5.", "harbin film 2024-05-12")]
    [InlineData("CJ ENM moved the film \"Harbin\" up a week, to May 12, from May 19.", "harbin film 2024-05-12")]
    // guard: "bring back" is a revival, not a move
    [InlineData("The film \"Harbin\" brings the 1909 story back to cinemas on May 12.", "harbin film 2024-05-12")]
    public void Extract_SeparableMove_ReadsTheNewDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-05-01", text));
}
