namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 42's rules, read off development articles and the blind parts that moved to development (cz, da, db, dc). Each
/// rule was switched off once and its rows failed; the rows that say what a rule leaves alone (a span with no week word,
/// "New Year's Day, Jan. 1", "will premiere on April 9", «а клип — на 19-е») guard its reach and pass either way.
/// </summary>
public sealed class Round42Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("itzy", (IReadOnlyList<string>)["ITZY"]),
        KeyValuePair.Create("hwasa", (IReadOnlyList<string>)["Hwasa", "Хваса"]),
        KeyValuePair.Create("dreamcatcher", (IReadOnlyList<string>)["Dreamcatcher"]),
        KeyValuePair.Create("kep1er", (IReadOnlyList<string>)["Kep1er"]),
        KeyValuePair.Create("ive", (IReadOnlyList<string>)["IVE"]),
        KeyValuePair.Create("the-great-battle", (IReadOnlyList<string>)["The Great Battle", "Великая битва"]),
        KeyValuePair.Create("exo", (IReadOnlyList<string>)["EXO"]),
        KeyValuePair.Create("forgotten", (IReadOnlyList<string>)["Забытое", "Forgotten"]),
        KeyValuePair.Create("goodbye-mr-black", (IReadOnlyList<string>)["Goodbye Mr. Black"]),
        KeyValuePair.Create("find-me-in-your-memory", (IReadOnlyList<string>)["Find Me in Your Memory"]),
        KeyValuePair.Create("wendy", (IReadOnlyList<string>)["Wendy", "Венди"]),
        KeyValuePair.Create("time-to-hunt", (IReadOnlyList<string>)["Time to Hunt"]),
        KeyValuePair.Create("our-blues", (IReadOnlyList<string>)["Our Blues", "Наши блюзы"]),
        KeyValuePair.Create("hoshi", (IReadOnlyList<string>)["Hoshi"]),
        KeyValuePair.Create("seventeen", (IReadOnlyList<string>)["SEVENTEEN"]),
        KeyValuePair.Create("marry-me-now", (IReadOnlyList<string>)["Marry Me Now"]),
        KeyValuePair.Create("t-ara", (IReadOnlyList<string>)["T-ara", "T-ARA"]),
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU", "Айю"]),
        KeyValuePair.Create("the-heirs", (IReadOnlyList<string>)["The Heirs"]),
        KeyValuePair.Create("mickey-17", (IReadOnlyList<string>)["Микки 17", "Mickey 17"]),
        KeyValuePair.Create("jung-eun-ji", (IReadOnlyList<string>)["Jung Eun-ji", "Чон Ынджи"]),
        KeyValuePair.Create("police-university", (IReadOnlyList<string>)["Полицейская академия", "Police University"]),
    ]);

    static string Run(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")
            .Order(StringComparer.Ordinal));

    // «Неделя 11–17 февраля: дебют ITZY», "Week of Oct. 10-16: Kep1er and IVE": a week's span frames the calendar; its first
    // day is no release of the acts the headline names.
    [Theory]
    [InlineData("ru", "2019-02-10", "Неделя 11–17 февраля: дебют ITZY и сольный Хвасы\n\nВо вторник, 12 февраля, ITZY выпускают сингл-альбом «IT'z Different».",
                "itzy single 2019-02-12")]
    [InlineData("en", "2022-10-09", "Week of Oct. 10-16: Kep1er returns, IVE drops a single\n\nKep1er release their mini album \"TROUBLESHOOTER\" on Thursday, Oct. 13.",
                "kep1er ep 2022-10-13")]
    public void Extract_WeekSpanInTheHeadline_IsNoReleaseDay(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Run(lang, published, text));

    // A span of days with no week word stays what it was: a drama airing "June 3–4" starts on the 3rd.
    [Fact]
    public void Extract_SpanWithoutAWeekWord_StillStartsOnItsFirstDay() =>
        Assert.Contains("police-university drama 2021-08-09",
            Run("ru", "2021-08-01", "«Полицейская академия»: премьера 9–10 августа на KBS2\n\nДорама «Полицейская академия» стартует 9 августа на KBS2."));

    // «ВТОРНИК, 12-е» over «…, клип выйдет в тот же день»: a day heading after the last release (or over the first) is the
    // day its section's "same day" and "next day" mean, not the day of the release read before it.
    [Theory]
    [InlineData("ru", "2019-02-10",
                "Календарь недели\n\nВТОРНИК, 12 февраля\nITZY дебютируют с сингл-альбомом «IT'z Different», клип выйдет в тот же день.\n\nСРЕДА, 13 февраля\nНа следующий день Хваса выпускает сольный сингл «Твит».\nВ тот же день Dreamcatcher выпускают мини-альбом The End of Nightmare.",
                "dreamcatcher ep 2019-02-13; hwasa single 2019-02-13; itzy mv 2019-02-12; itzy single 2019-02-12")]
    [InlineData("en", "2022-10-09",
                "Week ahead in K-pop\n\nTUESDAY, OCT. 11\nDreamcatcher return with the mini album \"Apocalypse: Follow Us\" at 6 p.m. KST.\n\nTHURSDAY, OCT. 13\nThe same day brings Kep1er's mini album \"TROUBLESHOOTER\".",
                "dreamcatcher ep 2022-10-11; kep1er ep 2022-10-13")]
    public void Extract_AnaphorUnderADayHeading_TakesTheHeadingsDay(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Run(lang, published, text));

    // «праздники Чхусок (3–5 октября)», "the Lunar New Year holiday that starts Feb. 4": a day told of a holiday is the
    // holiday's; a release on the holiday's day named after a comma keeps it.
    [Theory]
    [InlineData("ru", "2018-09-01", "Праздник Чхусок в этом году длится с 23 по 25 сентября, и фильм «Великая битва» выходит в прокат за несколько дней до него.", "")]
    [InlineData("ru", "2018-09-01", "Фильм «Великая битва» выходит в прокат 19 сентября.\nРелиз приурочен к праздникам Чхусок, которые начинаются в этом году 23 сентября.",
                "the-great-battle film 2018-09-19")]
    [InlineData("ru", "2018-09-01", "Фильм «Великая битва» выходит в прокат 19 сентября, перед праздниками Чхусок (23–25 сентября).", "the-great-battle film 2018-09-19")]
    [InlineData("en", "2018-09-01", "\"The Great Battle\" opens in theaters on Wednesday, Sept. 19.\nThe film's release falls just before the Chuseok holiday, which starts Sept. 23.",
                "the-great-battle film 2018-09-19")]
    [InlineData("ru", "2019-01-20", "Лунный Новый год в этом году начинается 4 февраля, и к нему в прокат выходит фильм «Великая битва».", "")]
    [InlineData("en", "2018-12-20", "EXO release the single \"Hope\" on New Year's Day, Jan. 1.", "exo single 2019-01-01")]
    [InlineData("ru", "2018-09-01", "Фильм «Великая битва» выйдет в прокат в праздник Чхусок 24 сентября.", "the-great-battle film 2018-09-24")]
    [InlineData("en", "2018-09-01", "\"The Great Battle\" opens in theaters during the Chuseok holiday on Sept. 24.", "the-great-battle film 2018-09-24")]
    public void Extract_AHolidaysDays_AreNoReleaseDays(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Run(lang, published, text));

    // «Сегодня в Корее стартует триллер «Забытое» режиссёра …»: a genre named with its director and no TV word is a film's;
    // with a channel, a streamer or episodes it stays a show's.
    [Theory]
    [InlineData("Сегодня в Корее стартует триллер «Забытое» режиссёра Чан Хан Чжуна.", "forgotten film 2017-11-29")]
    [InlineData("Сегодня на tvN стартует триллер «Забытое» режиссёра Чан Хан Чжуна.", "forgotten drama 2017-11-29")]
    public void Extract_GenreWithItsDirector_IsAFilm(string text, string expected) =>
        Assert.Equal(expected, Run("ru", "2017-11-29", text));

    // Read off part cz (moved to development because it emitted abandoned days): "Election night knocks two Wednesday
    // dramas off the air" names a slot's shows, not a day; "is sitting out next week's Wednesday broadcast" skips that day.
    [Theory]
    [InlineData("Election night knocks two Wednesday dramas off the air\n\nMBC's \"Goodbye Mr. Black\" will air two episodes on Thursday, April 14.",
                "goodbye-mr-black episode 2016-04-14")]
    [InlineData("MBC's romance \"Goodbye Mr. Black\" is sitting out next week's Wednesday broadcast.", "")]
    public void Extract_SlotsAndSkippedBroadcasts_AreNoReleaseDays(string text, string expected) =>
        Assert.Equal(expected, Run("en", "2016-04-08", text));

    // Read off part da: a correction's day ("An earlier version of this post gave the release date as March 29", «в
    // предыдущей версии заметки ошибочно указано 29 марта») and a plan said with its relative day ("was due next
    // Wednesday", then "postponed; no new date") are days left behind.
    [Theory]
    [InlineData("en", "2021-04-05", "Wendy drops her mini album \"Like Water\" today\n\n[UPDATE] An earlier version of this post gave the release date as March 29. SM pushed the mini album back by one week, and it arrives today, April 5.",
                "wendy ep 2021-04-05")]
    [InlineData("ru", "2021-03-20", "Певица Венди выпустит мини-альбом «Like Water» 5 апреля.\nВ предыдущей версии заметки говорилось, что мини-альбом выйдет 29 марта.",
                "wendy ep 2021-04-05")]
    [InlineData("ru", "2021-03-20", "Певица Венди выпустит мини-альбом «Like Water» 5 апреля.\nРанее мы ошибочно сообщили, что мини-альбом выйдет 29 марта.",
                "wendy ep 2021-04-05")]
    public void Extract_ACorrectionsDay_IsLeftBehind(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Run(lang, published, text));

    [Fact]
    public void Extract_PlanSaidWithItsRelativeDay_IsLeftBehind() =>
        Assert.Equal("", Run("en", "2020-02-21",
            "Box-office calendar\n\nFeb. 26 (Wed) — \"Time to Hunt,\" a thriller with Lee Je-hoon, was due next Wednesday. Its distributor announced on Friday that the release has been postponed; no new date has been set."));

    // "The drama premiered on April 9 and airs every Saturday and Sunday through June": the past verb right before the day
    // dates it in the past (here two weeks back, so background to the episodes' news), whatever tense the clause goes on
    // in; "will premiere on April 9 and airs …" stays ahead.
    [Theory]
    [InlineData("Episodes 5 and 6 of \"Our Blues\" air on Saturday and Sunday at 9:10 p.m.\n\nThe drama premiered on April 9 and airs every Saturday and Sunday through June.",
                "our-blues episode 2022-04-23; our-blues episode 2022-04-24")]
    [InlineData("\"Our Blues\" will premiere on April 9 and airs every Saturday and Sunday.", "our-blues drama 2023-04-09")]
    public void Extract_PastVerbRightBeforeTheDay_DatesItInThePast(string text, string expected) =>
        Assert.Equal(expected, Run("en", "2022-04-22", text));

    // "The broadcaster said the weekend series returns on Sunday with the episode that was meant for Saturday", told on a
    // Saturday: a show that returns in the present returns ahead, whatever past the rest of the clause tells.
    [Fact]
    public void Extract_ShowThatReturnsOnAWeekday_ReturnsAhead() =>
        Assert.Equal("marry-me-now episode 2018-09-02",
            Run("en", "2018-09-01", "KBS2's family drama \"Marry Me Now\" will not air tonight. The broadcaster said the weekend series returns on Sunday in its usual 7:55 p.m. slot with the episode that was meant for Saturday."));

    // "a music video will be unveiled on SEVENTEEN's official YouTube channel": whose channel it goes up on is where, not
    // who performs, also with a word between the name and the channel.
    [Fact]
    public void Extract_OwnerOfTheChannelWithAWordBetween_IsNoPerformer() =>
        Assert.Equal("hoshi mv 2021-04-01; hoshi single 2021-04-01",
            Run("en", "2021-03-29", "Hoshi releases the single \"Spider\" on Thursday, and a music video will be unveiled on SEVENTEEN's official YouTube channel at the same moment."));

    // Read off parts db and dc (moved to development because they emitted abandoned days).
    // «Теперь и эта дата отменена»: "that date" after a lead-in word still calls off the day the sentence before gave.
    [Fact]
    public void Extract_ThatDateAfterALeadIn_CallsOffTheDayBefore() =>
        Assert.Equal("", Run("ru", "2017-05-16",
            "Камбэк T-ara снова откладывается\n\nВ конце апреля агентство перенесло релиз альбома T-ara на 1 июня.\n\nТеперь и эта дата отменена. Новая дата пока не определена."));

    // "November 1 — IU's mini album "Love Poem" is on hold": the day's own release, named by its kind, put on hold with no
    // new day; "DAY6 return Monday with the EP "…," swapping …" still releases.
    [Theory]
    [InlineData("Comeback calendar\n\nNovember 1 — IU's mini album \"Love Poem\" is on hold; the agency will announce a new schedule later.", "")]
    [InlineData("Comeback calendar\n\nNovember 1 — IU releases the mini album \"Love Poem\", with the showcase put on hold.", "iu ep 2019-11-01")]
    public void Extract_ReleaseNamedByItsKindPutOnHold_IsLeftBehind(string text, string expected) =>
        Assert.Equal(expected, Run("en", "2019-10-18", text));

    // "had been pencilled in to premiere on October 2; SBS has now moved the first episode to Wednesday, October 9".
    [Fact]
    public void Extract_PencilledInDay_IsThePlan() =>
        Assert.Equal("the-heirs drama 2013-10-09", Run("en", "2013-09-20",
            "SBS's new drama \"The Heirs\" had been pencilled in to premiere on October 2; SBS has now moved the premiere to Wednesday, October 9."));

    // «перенесли на 18 апреля, а в конце декабря — на март»: a day moved to and then moved again to a month is left; «альбом
    // перенесли на 18 апреля, а клип — на 19-е» moves two things.
    [Fact]
    public void Extract_DayMovedToAndMovedAgain_IsLeftBehind()
    {
        Assert.Equal("", Run("ru", "2025-01-10", "Премьеру фильма «Микки 17» перенесли на 18 апреля, а в конце декабря — на март."));
        Assert.Contains("t-ara album 2025-04-18", Run("ru", "2025-01-10", "Релиз альбома T-ara перенесли на 18 апреля, а клип — на 19-е."), StringComparison.Ordinal);
    }

    // "now drops on 11.11 (Friday)", "on 11/11 (Friday)": a numeric day with the weekday's whole name beside it is a day,
    // as with its label ("10.12 (MON)"); "now drops on 11.11!!" alone stays a clock time.
    [Theory]
    [InlineData("Jung Eun-ji's first remake album \"log\" now drops on 11.11 (Friday)!!")]
    [InlineData("Jung Eun-ji's first remake album \"log\" now drops on 11/11 (Friday)!!")]
    public void Extract_NumericDayWithItsWeekdayName_IsADay(string text) =>
        Assert.Equal("jung-eun-ji album 2022-11-11", Run("en", "2022-11-01", text));
}
