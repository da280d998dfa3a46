namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 59's rules, from the changed-date set 58g (read this round) and the fresh blind parts mg, mi, mj, mk and ms (moved to
/// development with abandoned days and read). Each rule was switched off once and its rows failed; the rows that say what
/// a rule leaves alone guard its reach and pass either way.
/// </summary>
public sealed class Round59Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("doctor-slump", (IReadOnlyList<string>)["Doctor Slump"]),
        KeyValuePair.Create("thirty-nine", (IReadOnlyList<string>)["Thirty-Nine"]),
        KeyValuePair.Create("ive", (IReadOnlyList<string>)["IVE"]),
        KeyValuePair.Create("zerobaseone", (IReadOnlyList<string>)["ZEROBASEONE"]),
        KeyValuePair.Create("smugglers", (IReadOnlyList<string>)["Smugglers", "Контрабандисты"]),
        KeyValuePair.Create("aespa", (IReadOnlyList<string>)["aespa"]),
        KeyValuePair.Create("stray-kids", (IReadOnlyList<string>)["Stray Kids"]),
        KeyValuePair.Create("resident-playbook", (IReadOnlyList<string>)["Resident Playbook"]),
        KeyValuePair.Create("mr-sunshine", (IReadOnlyList<string>)["Mr. Sunshine"]),
        KeyValuePair.Create("marry-my-husband", (IReadOnlyList<string>)["Marry My Husband"]),
        KeyValuePair.Create("beasts-clawing-at-straws", (IReadOnlyList<string>)["Beasts Clawing at Straws"]),
        KeyValuePair.Create("super-junior", (IReadOnlyList<string>)["Super Junior"]),
        KeyValuePair.Create("sistar", (IReadOnlyList<string>)["Sistar"]),
        KeyValuePair.Create("untouchable", (IReadOnlyList<string>)["Untouchable"]),
        KeyValuePair.Create("ateez", (IReadOnlyList<string>)["ATEEZ"]),
        KeyValuePair.Create("moon-embracing-the-sun", (IReadOnlyList<string>)["The Moon Embracing the Sun"]),
        KeyValuePair.Create("a-good-day", (IReadOnlyList<string>)["A Good Day"]),
        KeyValuePair.Create("hospital-playlist-2", (IReadOnlyList<string>)["Hospital Playlist 2"]),
        KeyValuePair.Create("highlight", (IReadOnlyList<string>)["Highlight", "HIGHLIGHT"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // From 58g: "…a schedule change for 'Doctor Slump.' The comedy…": a full stop inside a closing single quote ends the
    // sentence as one inside a double quote does.
    [Theory]
    [InlineData("JTBC has announced a schedule change for 'Doctor Slump.' The comedy will premiere on Saturday, Jan. 27.", "doctor-slump drama 2024-01-27")]
    // guard: the double quote the splitter already read so
    [InlineData("JTBC has announced a schedule change for \"Doctor Slump.\" The comedy will premiere on Saturday, Jan. 27.", "doctor-slump drama 2024-01-27")]
    public void Extract_FullStopInsideASingleQuote_EndsTheSentence(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-01-17", text));

    // From 58g: "which was scheduled to premiere this Saturday, Jan. 20, will instead debut on Saturday, Jan. 27": a relative
    // clause's "was" and a future of plans ("scheduled to") tell a past plan as "was scheduled for" does.
    [Theory]
    [InlineData("\"Doctor Slump,\" which was scheduled to premiere this Saturday, Jan. 20, will instead debut on Saturday, Jan. 27.", "doctor-slump drama 2024-01-27")]
    [InlineData("\"Doctor Slump,\" which was scheduled to premiere on Jan. 20, will debut on Jan. 27.", "doctor-slump drama 2024-01-27")]
    // guards: a plan in a main clause may still stand; a relative clause in the future is no past plan
    [InlineData("\"Doctor Slump\" was scheduled to premiere on Jan. 20.", "doctor-slump drama 2024-01-20")]
    [InlineData("\"Doctor Slump,\" which is scheduled to premiere on Jan. 20, will stream on Netflix from Jan. 27.", "doctor-slump drama 2024-01-20; doctor-slump episode 2024-01-27")]
    public void Extract_RelativeClausesPastScheduleTo_IsThePlanLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-01-17", text));

    // From 58g: "Episode 7, which was scheduled for that night, will instead air on Thursday, March 10": the plan's words
    // name no day of their own, so the day after "instead" is the new one.
    [Fact]
    public void Extract_PastScheduleOfNoDay_LeavesTheNewDay() =>
        Assert.Equal("thirty-nine episode 2022-03-10",
            Releases("en", "2022-03-07", "JTBC will not broadcast 'Thirty-Nine' on Wednesday, March 9. Episode 7, which was scheduled for that night, will instead air on Thursday, March 10."));

    // From 58g: «Пн, 29.04 — IVE, …; Чт, 02.05 — ZEROBASEONE, … — перенесли на 13 мая»: a semicolon ends one entry of a
    // run-on calendar, and the next opens as a line does, so its day is the one the move leaves.
    [Theory]
    [InlineData("ru", "Камбэки: Пн, 29.04 — IVE, мини-альбом «IVE SWITCH»; Чт, 02.05 — ZEROBASEONE, мини-альбом «You had me at HELLO» — перенесли на 13 мая.",
                "ive ep 2024-04-29; zerobaseone ep 2024-05-13")]
    [InlineData("en", "Comebacks: Mon 4/29 — IVE, mini album 'IVE SWITCH'; Thu 5/2 — ZEROBASEONE, mini album 'You had me at HELLO' — moved to May 13.",
                "ive ep 2024-04-29; zerobaseone ep 2024-05-13")]
    public void Extract_EntryAfterASemicolon_IsAListedLine(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2024-04-28", text));

    // From 58g: «Боевик «Контрабандисты» выйдет в прокат 26 июля … Ранее премьера была назначена на 2 августа»: one titled
    // work read once as a film and once, from «премьера» alone, as a show, is one release whose past plan is superseded.
    [Fact]
    public void Extract_PastPlanOfTheSameTitledScreenWork_IsSuperseded() =>
        Assert.Equal("smugglers film 2023-07-26",
            Releases("ru", "2023-06-20", "Боевик «Контрабандисты» выйдет в прокат 26 июля. Ранее премьера была назначена на 2 августа."));

    // From 58g: «сингл «Supernova» так и не вышел вчера»: it never came that day; the day is called off, not moved to.
    [Theory]
    [InlineData("Сингл aespa «Supernova» так и не вышел вчера, как обещали.", "")]
    [InlineData("Сингл aespa «Supernova» так и не вышел вчера, его перенесли на 13 мая.", "aespa single 2024-05-13")]
    public void Extract_NeverCameThatDay_IsNoRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2024-05-11", text));

    // From 58g: «выпустят мини-альбом «ATE» не 12 июля, как планировалось, а 19 июля» under a «ПЕРЕНОС» heading: the verb
    // before the denied day gives the day after «а».
    [Theory]
    [InlineData("ru", "ПЕРЕНОС | Stray Kids выпустят мини-альбом «ATE» не 12 июля, как планировалось, а 19 июля.")]
    [InlineData("en", "POSTPONED | Stray Kids will release the mini album 'ATE' not on July 12, as planned, but on July 19.")]
    public void Extract_NotTheDayPlannedButAnother_KeepsTheOther(string lang, string text) =>
        Assert.Equal("stray-kids ep 2024-07-19", Releases(lang, "2024-06-10", text));

    // From 58g: "will push back the premiere … to April 12 as broadcasters prepare extended news coverage": an event after
    // "as" is the circumstance of the move, not what comes out that day ("amid" needs no entry: the sentence scanner already
    // drops an event named as the reason, "amid" among its words).
    [Fact]
    public void Extract_EventAfterAs_IsTheCircumstance() =>
        Assert.Equal("resident-playbook drama 2025-04-12",
            Releases("en", "2025-04-03", "tvN will push back the premiere of 'Resident Playbook' by one week to April 12 as broadcasters prepare extended news coverage."));

    // From 58g: "The period epic starring Lee Byung-hun … will begin on Saturday, July 7": a period or historical epic is a
    // show's genre, so the sentence goes on about the show the one before named.
    [Fact]
    public void Extract_PeriodEpic_IsTheShowNamedBefore() =>
        Assert.Equal("mr-sunshine drama 2018-07-07",
            Releases("en", "2018-06-20", "tvN has delayed the premiere of 'Mr. Sunshine' by one week. The period epic starring Lee Byung-hun and Kim Tae-ri will begin on Saturday, July 7."));

    // From 58g: "will move episode 12 … from Tuesday, Feb. 6, to Wednesday, Feb. 7": a move's verb reaches "from" a day told
    // with its weekday "to" another, as it does without the weekdays.
    [Theory]
    [InlineData("tvN will move episode 12 of 'Marry My Husband' from Tuesday, Feb. 6, to Wednesday, Feb. 7, at 8:50 p.m.")]
    [InlineData("tvN will move episode 12 of 'Marry My Husband' from Tuesday, Feb. 6 to Feb. 7.")]
    // guard: without the weekdays, as before
    [InlineData("tvN will move episode 12 of 'Marry My Husband' from Feb. 6 to Feb. 7.")]
    public void Extract_MoveFromADayWithItsWeekday_LeavesIt(string text) =>
        Assert.StartsWith("marry-my-husband episode 2024-02-07", Releases("en", "2024-02-05", text));

    // From mj: "had set the release for Feb. 12, but pushed it back to Feb. 19": a move's verb with its object and particle
    // before "to" gives the contrast clause the day moved to, so the plan before the contrast is left.
    [Fact]
    public void Extract_PlanThenPushedItBackTo_LeavesThePlan() =>
        Assert.Equal("beasts-clawing-at-straws film 2020-02-19",
            Releases("en", "2020-02-19", "The thriller \"Beasts Clawing at Straws\" opens in theaters on Wednesday, a week later than planned. The distributor had set the release for Feb. 12, but pushed it back to Feb. 19."));

    // From mg: "The record, which Label SJ had announced last month for release on Feb. 16, will instead come out on March 16":
    // what a relative clause says had been announced is a past plan.
    [Theory]
    [InlineData("Super Junior's album, which the label had announced for release on Feb. 16, will instead come out on March 16.", "super-junior album 2021-03-16")]
    // guard: what a relative clause says was announced (no "had") may be the release itself
    [InlineData("Super Junior's album, which the label announced for release on Feb. 16, will be followed by a tour.", "super-junior album 2021-02-16")]
    public void Extract_RelativeClausesPluperfectAnnouncement_IsThePlanLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2021-02-10", text));

    // From mi: "Sistar … has shelved the launch. … Untouchable, whose second album was also due Thursday, said it would decide
    // on timing": a past plan with "also" shares the fate of what the sentence before put off with no new day.
    [Theory]
    [InlineData("en", "Sistar, which was to release its single on Thursday, said it had shelved the launch. Untouchable, whose second album was also due Thursday, said it would decide on timing later.", "")]
    [InlineData("ru", "Sistar отложили выход сингла. Альбом Untouchable тоже был назначен на четверг, дуэт решит позже.", "")]
    // guard: after a sentence that moves its release to a day, an "also" plan is not called off
    [InlineData("en", "Sistar moved its single to Friday. Untouchable, whose second album was also due Thursday, will keep the date.", "sistar single 2010-11-26; untouchable album 2010-11-25")]
    public void Extract_AlsoPlannedAfterACallOff_SharesItsFate(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2010-11-24", text));

    // From mj: "- Track list + highlight medley: the last week before release": a catalog name written in lower case after
    // a list's "+" is an item, a word.
    [Fact]
    public void Extract_LowerCaseNameAfterAPlus_IsAWord() =>
        Assert.Equal("ateez ep 2022-07-29",
            Releases("en", "2022-07-20", "ATEEZ's eighth mini album, THE WORLD EP.1 : MOVEMENT: the schedule.\n- Track list + highlight medley: the last week before release\n- RELEASE: Friday, July 29 — mini album"));

    // From mk: "Episodes 19 and 20 were scheduled for Wednesday and Thursday. They will instead be broadcast on March 14 and
    // 15 …, with specials about the making of the drama filling this week's airtime": an event after the new days fills
    // the slot; the next sentence still calls the plan off.
    [Theory]
    [InlineData("2012-03-06", "\"The Moon Embracing the Sun\" will not air this week. Episodes 19 and 20 were scheduled for Wednesday and Thursday. They will instead be broadcast on March 14 and 15, with specials filling this week's airtime.", "")]
    // guard: an event before the next sentence's day is what that sentence calls off, not the release before it
    [InlineData("2014-04-18", "The drama \"A Good Day,\" which had been scheduled to begin on Saturday, will now debut on April 26. Broadcasters have cancelled music shows since Wednesday.", "a-good-day drama 2014-04-26")]
    public void Extract_EventAfterTheNewDays_FillsTheSlot(string published, string text, string expected) =>
        Assert.Equal(expected, Releases("en", published, text));

    // From ms: "episode 11, scheduled for Sept. 2, will not air that night": a plan's participle set off by a comma says what
    // the day was set for as a relative clause does, so a negated airing after it leaves the day.
    [Theory]
    [InlineData("Episode 11, scheduled for Sept. 2, will not air that night.", "")]
    [InlineData("Episode 11, which was scheduled for Sept. 2, will not air that night.", "")]
    // guard: the same plan kept
    [InlineData("Episode 11, scheduled for Sept. 2, will air as planned.", "hospital-playlist-2 episode 2021-09-02")]
    public void Extract_AppositivePlanNotAired_LeavesTheDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2021-08-27", "\"Hospital Playlist 2\" will skip its broadcast next week. " + text));

    // From 58g: «Чт, 02.05 — ZEROBASEONE, «You had me at HELLO» — ❌ перенесли! Новая дата — 13 мая (пн).»: a calendar line
    // that ends on a bare move word leaves its day when the next sentence opens with "new date"; that day is the line's act's.
    [Theory]
    [InlineData("ru", "Камбэки недели: Пн, 29.04 — IVE, мини-альбом «IVE SWITCH»; Чт, 02.05 — ZEROBASEONE, мини-альбом «You had me at HELLO» — ❌ перенесли! Новая дата — 13 мая (пн).",
                "ive ep 2024-04-29; zerobaseone ep 2024-05-13")]
    [InlineData("en", "Comebacks this week: Mon 4/29 — IVE, mini album 'IVE SWITCH'; Thu 5/2 — ZEROBASEONE, mini album 'You had me at HELLO' — postponed! New date: May 13 (Mon).",
                "ive ep 2024-04-29; zerobaseone ep 2024-05-13")]
    // guard: a line whose next sentence gives no new date keeps its day (a bare "(rescheduled)" marks the listed day as new)
    [InlineData("en", "Comebacks this week: Mon 4/29 — IVE, mini album 'IVE SWITCH'; Thu 5/2 — ZEROBASEONE, mini album 'You had me at HELLO' — rescheduled! Save the post.",
                "ive ep 2024-04-29; zerobaseone ep 2024-05-02")]
    public void Extract_LineEndingOnAMoveThenNewDate_LeavesTheLinesDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2024-04-28", text));
}
