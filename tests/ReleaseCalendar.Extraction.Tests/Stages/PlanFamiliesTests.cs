namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// A plan left behind, told in every word a family allows: each plan participle after each adverb, each Russian verb of a
/// past plan, each verb of a move. Two fresh blind parts of round 54 leaked a day through one missing word of such a family
/// («передвинула», "previously dated"); these rows hold the whole family, not the one word.
/// </summary>
public sealed class PlanFamiliesTests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("harbin", (IReadOnlyList<string>)["Harbin", "Харбин"]),
    ]);

    static readonly string[] Adverbs = ["previously", "originally", "initially", "first", "once", "earlier"];

    static readonly string[] Participles =
    [
        "set", "slated", "scheduled", "planned", "due", "expected", "dated", "penciled in", "pencilled in", "lined up", "billed",
        "listed", "targeted", "pegged", "earmarked", "booked", "timed",
    ];

    public static TheoryData<string, string> English()
    {
        var rows = new TheoryData<string, string>();
        foreach (var adverb in Adverbs)
        {
            foreach (var participle in Participles)
            {
                rows.Add("en", $"The film \"Harbin\" will now open on May 12. It was {adverb} {participle} for May 5.");
                rows.Add("en", $"The film \"Harbin\" will now open on May 12. The film, {adverb} {participle} for May 5, was delayed by a week.");
                rows.Add("en", $"The film \"Harbin\" will open on May 12 after {adverb} being {participle} for May 5.");
            }
        }
        return rows;
    }

    public static TheoryData<string, string> Russian()
    {
        var rows = new TheoryData<string, string>();
        foreach (var verb in new[] { "передвинул", "перенёс", "сдвинул", "отодвинул", "отложил" })
        {
            rows.Add("ru", $"Фильм «Харбин» выйдет 12 мая. Ещё недавно его выход планировался на 5 мая, но прокатчик {verb} релиз.");
        }
        foreach (var plan in new[] { "планировался на", "намечался на", "ожидался", "был запланирован на", "был назначен на", "стоял на", "предполагался на" })
        {
            rows.Add("ru", $"Фильм «Харбин» выйдет 12 мая. Раньше его выход {plan} 5 мая.");
            rows.Add("ru", $"Фильм «Харбин» выйдет 12 мая, хотя прежде его выход {plan} 5 мая.");
        }
        return rows;
    }

    // «(ранее — 5 мая)», "(originally May 5)": a day in brackets after a label of what was.
    public static TheoryData<string, string> Bracketed()
    {
        var rows = new TheoryData<string, string>();
        foreach (var label in new[] { "ранее", "ранее —", "прежде:", "было", "изначально —", "первоначально" })
        {
            rows.Add("ru", $"Фильм «Харбин» ({label} 5 мая) выйдет 12 мая.");
        }
        foreach (var label in new[] { "originally", "previously", "initially —", "was" })
        {
            rows.Add("en", $"The film \"Harbin\" ({label} May 5) opens on May 12.");
        }
        return rows;
    }

    // The plan told in an aside before a move or "instead", or set apart by a dash.
    public static TheoryData<string, string> Asides() => new()
    {
        { "en", "The release of the film \"Harbin\", planned for May 5, has been pushed back a week to May 12." },
        { "en", "The film \"Harbin\", whose release was set for May 5, opens May 12 instead." },
        { "en", "The film \"Harbin\", which was slated for May 5, will now open on May 12." },
        { "en", "The film \"Harbin\" opens on May 12, a week after its original date: May 5." },
        { "ru", "Фильм «Харбин» выйдет 12 мая, спустя неделю после первоначальной даты — 5 мая." },
    };

    // Families a blind set of 160 postponement snippets (round 54, written by a helper who saw no code) leaked through,
    // each in other words than the snippet's.
    public static TheoryData<string, string> FromTheBlindSnippets() => new()
    {
        { "en", "The film \"Harbin\" will open on May 12, moving forward from its earlier May 5 slot." },
        { "en", "The film \"Harbin\" opens on May 12, a week after the original May 5 date." },
        { "en", "The film \"Harbin\" will be out 12 May — it was due 5 May." },
        { "en", "The film \"Harbin\" — new release: May 12 / previous: May 5." },
        { "en", "The film \"Harbin\" was rescheduled — the release, earlier set for May 5, is now May 12." },
        { "en", "CJ ENM said the film \"Harbin\" will open May 12, having earlier promised a May 5 release." },
        { "en", "CJ ENM will open the film \"Harbin\" on May 12, moving the Hyun Bin thriller back from May 5." },
        { "en", "CJ ENM changed the release of the film \"Harbin\" from May 5 to May 12." },
        { "en", "The film \"Harbin\" will open on May 12 rather than on Children's Day, May 5." },
        { "ru", "Фильм «Харбин» выйдет 12 мая, на неделю позже запланированного 5 мая." },
        { "ru", "Фильм «Харбин» выйдет 12 мая — прокатчик передвинул дату с 5 мая." },
        { "ru", "Премьера фильма «Харбин» отложена до 12 мая — ранее её ожидали 5 мая." },
        // and from a second blind set of 160, scored at 052f6fc (8 leaked)
        { "en", "The film \"Harbin\" has been pulled from its May 5 opening and will now open on May 12." },
        { "en", "The film \"Harbin\" opens on May 12, a week after the May 5 slot CJ ENM had first picked." },
        { "en", "The film \"Harbin\" will open on May 12, CJ ENM said on Monday, pushing it back from May 5." },
        { "ru", "Фильм «Харбин» выйдет 12 мая — на неделю позже заявленного ранее 5 мая." },
        { "ru", "Прокатчик перенёс фильм «Харбин» на 12 мая — на неделю позже первоначальной даты, 5 мая." },
        { "ru", "Фильм «Харбин» выйдет 12 мая, на неделю позже объявленной ранее даты 5 мая." },
        { "ru", "Выход фильма «Харбин», ожидавшийся 5 мая, откладывается до 12 мая." },
    };

    [Theory]
    [MemberData(nameof(English))]
    [MemberData(nameof(Russian))]
    [MemberData(nameof(Bracketed))]
    [MemberData(nameof(Asides))]
    [MemberData(nameof(FromTheBlindSnippets))]
    public void Extract_APlanLeftBehind_KeepsOnlyTheNewDay(string lang, string text) =>
        Assert.Equal("harbin film 2024-05-12", Stage.Releases(lang, "2024-05-01", text, Catalog));

    // guard: an aside's plan with no move after it is the day
    [Fact]
    public void Extract_PlanAsideWithoutAMove_IsTheDay() =>
        Assert.Equal("harbin film 2024-05-05", Stage.Releases("en", "2024-05-01", "The film \"Harbin\", whose release was set for May 5, stars Hyun Bin.", Catalog));

    // guard: "a moving ballad" is no move, and a run "from May 5 to May 12" is no change of date
    [Theory]
    [InlineData("en", "The film \"Harbin\", a moving story of An Jung-geun, opens on May 5.", "harbin film 2024-05-05")]
    [InlineData("en", "The film \"Harbin\" opens on May 5 rather than on a weekend.", "harbin film 2024-05-05")]
    public void Extract_NoMoveWords_KeepTheDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Stage.Releases(lang, "2024-05-01", text, Catalog));

    // guard: «раньше» outside brackets may tell the new day itself
    [Fact]
    public void Extract_EarlierWithoutBrackets_IsTheNewDay() =>
        Assert.Equal("harbin film 2024-05-04", Stage.Releases("ru", "2024-05-01", "Фильм «Харбин» выйдет на день раньше — 4 мая.", Catalog));
}
