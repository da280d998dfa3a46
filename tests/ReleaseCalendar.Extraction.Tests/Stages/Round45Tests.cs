namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 45's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round45Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("reborn-rich", (IReadOnlyList<string>)["Reborn Rich", "Младший сын семьи чеболя"]),
        KeyValuePair.Create("tempest", (IReadOnlyList<string>)["TEMPEST"]),
        KeyValuePair.Create("super-junior", (IReadOnlyList<string>)["Super Junior", "SJ"]),
        KeyValuePair.Create("time-to-hunt", (IReadOnlyList<string>)["Time to Hunt", "Время охоты"]),
        KeyValuePair.Create("war-of-the-arrows", (IReadOnlyList<string>)["War of the Arrows", "Стрела. Абсолютное оружие"]),
        KeyValuePair.Create("weak-hero-class-2", (IReadOnlyList<string>)["Weak Hero Class 2", "WEAK HERO CLASS 2"]),
        KeyValuePair.Create("rookie-cops", (IReadOnlyList<string>)["Rookie Cops"]),
        KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"]),
        KeyValuePair.Create("got7", (IReadOnlyList<string>)["GOT7"]),
        KeyValuePair.Create("harbin", (IReadOnlyList<string>)["Harbin", "Харбин"]),
        KeyValuePair.Create("the-king-eternal-monarch", (IReadOnlyList<string>)["The King: Eternal Monarch", "TheKingEternalMonarch"]),
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU"]),
        KeyValuePair.Create("chanyeol", (IReadOnlyList<string>)["Chanyeol", "Чанёль"]),
        KeyValuePair.Create("psy", (IReadOnlyList<string>)["PSY"]),
        KeyValuePair.Create("queen-of-tears", (IReadOnlyList<string>)["Queen of Tears", "Королева слёз"]),
    ]);

    static string Days(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")
            .Order(StringComparer.Ordinal));

    // "which unusually airs three nights a week from Friday to Sunday, will not broadcast a new episode on Friday, Dec. 2":
    // the run's last weekday ends a run of days; it is not a day left behind with the Friday, so Sunday's episode stays.
    [Fact]
    public void Extract_WeekdayRunsEnd_IsNotLeftBehindWithTheCalledOffDay() =>
        Assert.Equal("reborn-rich episode 2022-12-03; reborn-rich episode 2022-12-04",
                     Days("en", "2022-11-29", "The drama \"Reborn Rich,\" which unusually airs three nights a week from Friday to Sunday, will not broadcast a new episode on Friday, Dec. 2.\n" +
                                              "Episode 7 now airs Saturday, Dec. 3, and episode 8 follows on Sunday, Dec. 4."));

    // "'Reborn Rich' to skip Friday, air episodes 7 and 8 over the weekend": the day a show is to skip is called off.
    [Theory]
    [InlineData("'Reborn Rich' to skip Friday, air episodes 7 and 8 over the weekend", "")]
    [InlineData("'Reborn Rich' will air episode 7 on Friday", "reborn-rich episode 2022-12-02")] // guard: a Friday aired
    public void Extract_DayAShowIsToSkip_IsCalledOff(string text, string expected) =>
        Assert.Equal(expected, Days("en", "2022-11-29", text));

    // «было: 21 февраля. стало: 2 марта», "was: Feb. 21 / now: March 2": the day after a "was" label is the day changed.
    [Theory]
    [InlineData("ru", "2022-02-14", "TEMPEST переносят дебют, мини-альбом выйдет позже. было: 21 февраля. стало: 2 марта", "tempest ep 2022-03-02")]
    [InlineData("en", "2022-02-14", "TEMPEST push back their debut mini album. was: Feb. 21. now: March 2", "tempest ep 2022-03-02")]
    // guard: «на день раньше — 10 августа» is the new day, not a label of the old one
    [InlineData("ru", "2011-08-01", "Фильм «Стрела. Абсолютное оружие» выйдет на день раньше — 10 августа.", "war-of-the-arrows film 2011-08-10")]
    public void Extract_DayAfterAWasLabel_IsTheDayChanged(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Days(lang, published, text));

    // "the 10th full album is not coming on february 16 anymore": a negated day with "anymore" no longer holds, and the
    // same day told again later in the thread is left too.
    [Theory]
    [InlineData("SJ just confirmed it: the 10th full album THE RENAISSANCE is not coming on february 16 anymore.\nnew date: march 16. the goal was january, then it became feb 16, now this", "super-junior album 2021-03-16")]
    [InlineData("Super Junior just confirmed it: the 10th full album comes out on february 16.", "super-junior album 2021-02-16")] // guard
    public void Extract_NegatedDayWithAnymore_NoLongerHolds(string text, string expected) =>
        Assert.Equal(expected, Days("en", "2021-02-01", text));

    // «премьера была назначена на 26 февраля, …, но из-за коронавируса прокат отменили»: a plan told in the past, in a
    // sentence that calls it off, is left behind; «премьера назначена на 26 февраля» stands.
    [Theory]
    [InlineData("Напомним, премьера фильма «Время охоты» в корейских кинотеатрах была назначена на 26 февраля, но из-за коронавируса прокат отменили.", false)]
    [InlineData("Релиз фильма «Время охоты» был запланирован на 26 февраля, однако его отложили.", false)]
    [InlineData("Премьера фильма «Время охоты» в корейских кинотеатрах назначена на 26 февраля.", true)] // guard
    [InlineData("Премьера фильма «Время охоты» была назначена на 26 февраля, и прокатчик её подтвердил.", true)] // guard: no contrast calls it off
    public void Extract_PlanToldInThePastAndCalledOff_IsLeft(string text, bool stands) =>
        Assert.Equal(stands, Days("ru", "2020-02-10", text).Contains("2020-02-26", StringComparison.Ordinal));

    // The same in English; what a contrast puts off may be another work or an event, which leaves the plan standing.
    [Theory]
    [InlineData("TWICE's new mini album was scheduled for June 20, but the release was postponed because of the tour.", false)]
    [InlineData("TWICE's new mini album was scheduled for June 20, but the music video was postponed.", true)] // guard
    [InlineData("TWICE's new mini album was scheduled for June 20, but the showcase was canceled.", true)] // guard
    public void Extract_PlanToldInThePastAndCalledOff_IsLeft_En(string text, bool stands) =>
        Assert.Equal(stands, Days("en", "2024-06-01", text).Contains("2024-06-20", StringComparison.Ordinal));

    // «Премьера была назначена на 25 декабря, но прокатчик решил выпустить фильм во вторник, 24-го», "had pencilled in June 20
    // …, but … will now arrive on June 13": another day after the contrast replaces the plan told in the past (a past
    // auxiliary and a plan's participle are one); another work's day does not ("but the music video comes out June 27").
    [Theory]
    [InlineData("ru", "2024-12-20", "«Харбин»: премьера была назначена на 25 декабря, но прокатчик CJ ENM решил выпустить фильм во вторник, 24-го.", "harbin film 2024-12-24")]
    [InlineData("en", "2024-06-01", "TWICE's new mini album was scheduled for June 20, but the music video comes out June 27.", "twice ep 2024-06-20; twice mv 2024-06-27")] // guard
    [InlineData("en", "2022-05-16", "GOT7 bring their reunion forward. The seven members had pencilled in May 30 for the release, but a notice posted on the group's official channels on Monday says the mini album \"GOT7\" and its title track \"NANANA\" will now arrive on May 23 instead. The release is set for 6 p.m. KST, and the music video will be revealed at the same hour.", "got7 ep 2022-05-23; got7 mv 2022-05-23")]
    public void Extract_PlanToldInThePastThenAnotherDay_IsLeft(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Days(lang, published, text));

    // "WEAK HERO CLASS 2 hits netflix TOMORROW", ""Rookie Cops" hits Disney+ on Wednesday": arriving on a streamer is a
    // release.
    [Theory]
    [InlineData("reminder: WEAK HERO CLASS 2 hits netflix TOMORROW", "2025-04-24", "weak-hero-class-2 drama 2025-04-25")]
    [InlineData("\"Rookie Cops\" hits Disney+ on Wednesday (jan 26)!", "2022-01-25", "rookie-cops drama 2022-01-26")]
    public void Extract_ShowArrivingOnAStreamer_IsReleased(string text, string published, string expected) =>
        Assert.Equal(expected, Days("en", published, text));

    // "NO #TheKingEternalMonarch tomorrow (fri 29) 😭 SBS is airing the movie Contagion instead": "no", a show and its day —
    // none that day, and nothing else either; "No. 1" is no "no".
    [Theory]
    [InlineData("NO #TheKingEternalMonarch tomorrow (fri 29) 😭 SBS is airing the movie Contagion instead", "")]
    [InlineData("#TheKingEternalMonarch tomorrow (fri 29) on SBS at 10pm, ep 13!", "the-king-eternal-monarch episode 2020-05-29")] // guard
    public void Extract_NoShowThatDay_CallsTheDayOff(string text, string expected) =>
        Assert.Equal(expected, Days("en", "2020-05-28", text));

    // "IU, who was due to drop her mini album "Love Poem" on Nov. 1, has also stopped its pre-release content": the plan
    // is put off.
    [Theory]
    [InlineData("She is not the only one adjusting plans: IU, who was due to drop her mini album \"Love Poem\" on Nov. 1, has also stopped its pre-release content and says a new schedule will follow.", false)]
    public void Extract_PreReleaseStopped_PutsThePlanOff(string text, bool stands) =>
        Assert.Equal(stands, Days("en", "2019-10-25", text).Contains("2019-11-01", StringComparison.Ordinal));

    // «Релиз состоялся на следующий день после досрочных президентских выборов»: a day counted from an event is the
    // event's; beside a day of its own clause it only describes it; counted from a release dated before, it is read.
    [Theory]
    [InlineData("2017-05-12", "Клип PSY «New Face» вышел вчера. Релиз состоялся на следующий день после досрочных президентских выборов.", "psy mv 2017-05-11")]
    [InlineData("2016-12-03", "Чанёль из EXO спел «Stay With Me» — это OST Part 1 к новой дораме tvN. Песня и клип вышли сегодня, на следующий день после премьеры сериала.", "chanyeol mv 2016-12-03; chanyeol single 2016-12-03")]
    [InlineData("2024-03-01", "Премьера «Королевы слёз» — 9 марта. Вторую серию покажут на следующий день после премьеры.", "queen-of-tears drama 2024-03-09; queen-of-tears episode 2024-03-10")] // guard
    public void Extract_DayCountedFromAnEvent_IsNotRead(string published, string text, string expected) =>
        Assert.Equal(expected, Days("ru", published, text));
}
