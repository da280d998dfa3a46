namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 51's rules: from the abandoned days that fresh blind parts emitted (gj, gl, gu) and from reading development
/// misses. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone guard its reach
/// and pass either way.
/// </summary>
public sealed class Round51Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("crushology-101", (IReadOnlyList<string>)["Crushology 101", "Краш-логия 101"]),
        KeyValuePair.Create("marry-you", (IReadOnlyList<string>)["Marry YOU"]),
        KeyValuePair.Create("king-2-hearts", (IReadOnlyList<string>)["The King 2 Hearts", "Король двух сердец"]),
        KeyValuePair.Create("rooftop-prince", (IReadOnlyList<string>)["Rooftop Prince"]),
        KeyValuePair.Create("ive", (IReadOnlyList<string>)["IVE"]),
        KeyValuePair.Create("seventeen", (IReadOnlyList<string>)["SEVENTEEN"]),
        KeyValuePair.Create("super-junior", (IReadOnlyList<string>)["Super Junior"]),
        KeyValuePair.Create("wanna-one", (IReadOnlyList<string>)["Wanna One"]),
        KeyValuePair.Create("exo", (IReadOnlyList<string>)["EXO"]),
        KeyValuePair.Create("le-sserafim", (IReadOnlyList<string>)["LE SSERAFIM"]),
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU"]),
        KeyValuePair.Create("jimin", (IReadOnlyList<string>)["Jimin", "Чимин"]),
        KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"]),
        KeyValuePair.Create("blackpink", (IReadOnlyList<string>)["BLACKPINK"]),
        KeyValuePair.Create("ghost", (IReadOnlyList<string>)["Ghost", "Призрак"]),
        KeyValuePair.Create("jugglers", (IReadOnlyList<string>)["Jugglers", "Жонглёры", "Жонглёров"]),
        KeyValuePair.Create("im-not-a-robot", (IReadOnlyList<string>)["I'm Not a Robot", "Я не робот"]),
        KeyValuePair.Create("do-kyungsoo", (IReadOnlyList<string>)["D.O.", "D.O", "Д.О.", "Д.О"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "With the broadcaster devoting its schedule to special news coverage, the premiere was moved back by a week": the
    // phrase that opens a sentence with the move's cause, up to its comma, names why the plan before it moved, not what
    // moved (gl's abandoned April 4).
    [Theory]
    [InlineData("en", "MBC's \"Crushology 101\" was set to air its first episode at 9:50 p.m. KST on April 4. With the broadcaster devoting its schedule to special news coverage, the premiere was moved back by a week.", "")]
    [InlineData("ru", "Премьера дорамы «Краш-логия 101» была назначена на 4 апреля. Ввиду специального выпуска новостей, премьеру перенесли на неделю.", "")]
    // guard: a phrase with a day of its own is a release's, not a cause
    [InlineData("en", "With its album out on May 5, IVE postponed the Seoul concert.", "ive album 2025-05-05")]
    public void Extract_APlanWhoseNextSentenceOpensWithTheMovesCause_IsLeft(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2025-04-01", text));

    // "will also skip Saturday and instead air episodes 7 and 8 back-to-back on Sunday": "also" between the modal and
    // "skip" still calls the day off (gl's abandoned December 7).
    [Fact]
    public void Extract_AShowThatWillAlsoSkipADay_AirsOnlyOnTheNewDay() =>
        Assert.Equal("marry-you episode 2024-12-08",
            Releases("en", "2024-12-06", "Channel A's weekend drama \"Marry YOU\" will also skip Saturday and instead air episodes 7 and 8 back-to-back on Sunday."));

    // "was set to broadcast its seventh episode tonight. … will instead air episodes 7 and 8 back-to-back on Thursday": a
    // numbered episode in the sentence that moves a plan is the plan's own when the plan names an episode it does not
    // number, or numbers the same one (gj's abandoned April 11); an episode the plan numbers otherwise is another one.
    [Theory]
    [InlineData("MBC's \"The King 2 Hearts\" was set to broadcast its seventh episode tonight. The network said it will instead air episodes 7 and 8 back-to-back on Thursday, April 12, beginning at 9:55 p.m.", "king-2-hearts episode 2012-04-12")]
    [InlineData("\"Rooftop Prince\" was set to air episode 7 on Wednesday, April 11. SBS will instead air episodes 7 and 8 on Thursday, April 12.", "rooftop-prince episode 2012-04-12")]
    // guard: another episode's move leaves the plan's episode on its day
    [InlineData("\"Rooftop Prince\" was set to air episode 5 on Friday, April 13. Episode 6 has been postponed to April 20.", "rooftop-prince episode 2012-04-13; rooftop-prince episode 2012-04-20")]
    public void Extract_APlanWhoseEpisodeTheNextSentenceMoves_IsLeft(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2012-04-11", text));

    // "MUSIC • 6th — SEVENTEEN release … The same day Super Junior return … • 13th — Wanna One follow up …": a line of prose
    // (a sentence ends inside it) is no menu for its bullets, and a bullet before a day starts an item as a line would.
    [Theory]
    [InlineData("November 2017 calendar\n\nMUSIC • 6th — SEVENTEEN release their second full album \"Teen, Age.\" The same day Super Junior return with their eighth studio album \"Play.\" • 13th — Wanna One follow up their debut with the repackage \"1-1=0 (Nothing Without You).\"",
        "seventeen album 2017-11-06; super-junior album 2017-11-06; wanna-one album 2017-11-13")]
    // guard: a menu of short links stays out of the body
    [InlineData("November 2017 calendar\n\nHome • SEVENTEEN album 2017-11-06 • Music • News\n\nA crowded month ahead.", "")]
    public void Extract_ACalendarLineOfBulletedDays_ReadsEachDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2017-11-01", text));

    // «D.O. из EXO выпускает …»: a name's own closing period before "из" still joins the member to the group.
    [Theory]
    [InlineData("Новые релизы\n\nD.O. из EXO выпускает 29 июля сольный сингл «That's Okay».", "do-kyungsoo single 2019-07-29")]
    [InlineData("Новые релизы\n\nД.О. из EXO выпускает 29 июля сольный сингл «That's Okay».", "do-kyungsoo single 2019-07-29")]
    public void Extract_AMemberWhoseNameEndsInAPeriod_JoinsTheGroup(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2019-07-01", text));

    // "The very next day, IU returns", «На следующий же день»: the stressed day after is still the day after.
    [Theory]
    [InlineData("en", "Two big days\n\nLE SSERAFIM open it on Monday the 19th with their third mini album \"EASY.\" The very next day, IU returns with her sixth mini album \"The Winning.\"")]
    [InlineData("ru", "Релизы недели\n\nLE SSERAFIM выпускают мини-альбом «EASY» в понедельник, 19 февраля. На следующий же день IU выпускает мини-альбом «The Winning».")]
    public void Extract_TheVeryNextDay_IsTheDayAfter(string lang, string text) =>
        Assert.Equal("iu ep 2024-02-20; le-sserafim ep 2024-02-19", Releases(lang, "2024-02-14", text));

    // "released his second solo album, "MUSE," on Friday while serving in the military", «пока проходит службу в армии»:
    // the event after "while" is the circumstance of the release, not what the day dates.
    [Theory]
    [InlineData("en", "Jimin's album\n\nJimin of BTS released his second solo album, \"MUSE,\" on Friday while serving in the military, his agency said.", "jimin album 2024-07-19")]
    [InlineData("ru", "Новости\n\nЧимин из BTS выпустил второй сольный альбом «MUSE» в пятницу пока проходит военную службу.", "jimin album 2024-07-19")]
    // guard: an event the day dates, with "while" only after it, still vetoes
    [InlineData("en", "Jimin's album\n\nJimin will be discharged from the military on Friday while his album \"MUSE\" keeps charting.", "")]
    public void Extract_AnEventAfterWhile_IsTheReleasesCircumstance(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2024-07-19", text));

    // "Three days later, on Monday", «Через три дня, в понедельник»: a weekday right after a span restates the span's day,
    // counted from the release stated last when that day is the weekday (a calendar's next entry), from publication when
    // that one is; else the weekday is read alone, as before.
    [Theory]
    [InlineData("en", "2022-08-10", "Calendar\n\nOn the 19th BLACKPINK release the single \"Pink Venom.\"\n\nThree days later, on Monday, IVE return with the single album \"After Like.\"",
        "blackpink single 2022-08-19; ive single 2022-08-22")]
    [InlineData("ru", "2022-08-10", "Календарь\n\n19-го BLACKPINK выпускают предрелизный сингл «Pink Venom».\n\nЧерез три дня, в понедельник, IVE возвращаются с сингл-альбомом «After Like».",
        "blackpink single 2022-08-19; ive single 2022-08-22")]
    // guard: counted from publication (Friday, August 12) when that is the weekday
    [InlineData("ru", "2022-08-12", "Новости\n\nЧерез три дня, в понедельник, IVE выпустят сингл-альбом «After Like».", "ive single 2022-08-15")]
    public void Extract_AWeekdayAfterASpan_IsTheSpansDay(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, published, text));

    // «покажут 8 и 9 августа, а не 1 и 2-го, как планировалось»: bare day numbers listed between the word that leaves a day
    // and that day are left with it (gu's abandoned August 2).
    [Theory]
    [InlineData("ru", "Олимпиада\n\nДетектив «Призрак» берёт паузу: две заключительные серии покажут 8 и 9 августа, а не 1 и 2-го, как планировалось.")]
    // guard: days that each carry their month were left already
    [InlineData("ru", "Олимпиада\n\nДетектив «Призрак» берёт паузу: две заключительные серии покажут 8 и 9 августа, а не 1 и 2 августа, как планировалось.")]
    [InlineData("en", "Olympics\n\n\"Ghost\" takes a break: its last two episodes will air on August 8 and 9, not on August 1 and 2 as planned.")]
    public void Extract_DaysListedAfterNot_AreAllLeft(string lang, string text) =>
        Assert.Equal("ghost episode 2012-08-08; ghost episode 2012-08-09", Releases(lang, "2012-07-24", text));

    // «в тот же час стартуют …», «MBC в тот же час запускает …»: the hour (and day) of the release stated last.
    [Fact]
    public void Extract_InTheSameHour_IsTheLastReleasesMoment()
    {
        var found = DateExtractor.Extract(ArticleInput.FromText(
            "Дорамы декабря\n\n4 декабря KBS2 показывает первую серию «Жонглёров» в 22:00 по корейскому времени. В тот же час MBC запускает «Я не робот».",
            new DateOnly(2017, 12, 1), Language.Ru), Catalog);
        var robot = Assert.Single(found, c => c.ResolvedSubjectSlug == "im-not-a-robot");
        Assert.Equal((new DateOnly(2017, 12, 4), new TimeOnly(22, 0)), (robot.Date, robot.Time));
    }
}
