namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 53's rules, from the abandoned days two fresh blind parts emitted (hi, hj) and from reading development misses.
/// Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone guard its reach and
/// pass either way.
/// </summary>
public sealed class Round53Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("seventeen", (IReadOnlyList<string>)["SEVENTEEN", "Севентин"]),
        KeyValuePair.Create("taemin", (IReadOnlyList<string>)["Taemin"]),
        KeyValuePair.Create("jennie", (IReadOnlyList<string>)["Jennie"]),
        KeyValuePair.Create("zico", (IReadOnlyList<string>)["ZICO"]),
        KeyValuePair.Create("april", (IReadOnlyList<string>)["April"]),
        KeyValuePair.Create("punch", (IReadOnlyList<string>)["Punch"]),
        KeyValuePair.Create("itzy", (IReadOnlyList<string>)["ITZY"]),
        KeyValuePair.Create("jung-eun-ji", (IReadOnlyList<string>)["Jung Eun-ji", "Чон Ын Джи"]),
        KeyValuePair.Create("mamamoo", (IReadOnlyList<string>)["MAMAMOO"]),
        KeyValuePair.Create("eclipse", (IReadOnlyList<string>)["ECLIPSE"]),
        KeyValuePair.Create("yoon-jisung", (IReadOnlyList<string>)["Yoon Jisung", "Юн Джисон"]),
        KeyValuePair.Create("wanna-one", (IReadOnlyList<string>)["Wanna One"]),
        KeyValuePair.Create("mickey-17", (IReadOnlyList<string>)["Mickey 17", "Микки 17"]),
        KeyValuePair.Create("phantom", (IReadOnlyList<string>)["Phantom", "Призрак"]),
        KeyValuePair.Create("red-velvet", (IReadOnlyList<string>)["Red Velvet", "Ред Вельвет"]),
        KeyValuePair.Create("kep1er", (IReadOnlyList<string>)["Kep1er"]),
        KeyValuePair.Create("yuqi", (IReadOnlyList<string>)["YUQI"]),
        KeyValuePair.Create("highlight", (IReadOnlyList<string>)["HIGHLIGHT", "Highlight"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "Mon., Oct. 23 — SEVENTEEN, "SEVENTEENTH HEAVEN." The 13 members return … whose music video drops at the same time":
    // a "same time" in the sentence under a calendar line does not keep the line's day from dating it.
    [Theory]
    [InlineData("en", "Mon., Oct. 23 — SEVENTEEN, \"SEVENTEENTH HEAVEN.\" The 13 members return with their 11th mini album at 6 p.m., led by \"God of Music,\" whose music video drops at the same time.",
        "seventeen ep 2023-10-23; seventeen mv 2023-10-23")]
    [InlineData("ru", "23 октября — SEVENTEEN, «SEVENTEENTH HEAVEN». Группа возвращается с одиннадцатым мини-альбомом в 18:00, клип на «God of Music» выйдет в то же время.",
        "seventeen ep 2023-10-23; seventeen mv 2023-10-23")]
    [InlineData("en", "Taemin's tour ends this week.\n\nMon., Oct. 23 — SEVENTEEN, \"SEVENTEENTH HEAVEN.\" The group returns with its 11th mini album at 6 p.m., and its music video drops at the same time.",
        "seventeen ep 2023-10-23; seventeen mv 2023-10-23")]
    // guard: "the next day" counts from the line's day, and is read as it always was
    [InlineData("en", "Mon., Oct. 23 — SEVENTEEN, \"SEVENTEENTH HEAVEN.\" The group's showcase is held the next day.", "")]
    public void Extract_SameTimeUnderACalendarLine_TakesTheLinesDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2023-10-20", text));

    // "FRIDAY, APRIL 26 — ZICO … It is Jennie's first appearance …" over "MONDAY, APRIL 29 — SEVENTEEN, "17 IS RIGHT HERE."
    // The group's first best-of album comes out at 6 p.m.": the act of the calendar line performs what the sentence under it
    // releases, not the act named last before the line (nor a headline's).
    [Theory]
    [InlineData("en", "FRIDAY, APRIL 26 — ZICO, \"SPOT!\" ZICO's new digital single is out at 6 p.m. KST. It is Jennie's first appearance on a new song this year.\n\nMONDAY, APRIL 29 — SEVENTEEN, \"17 IS RIGHT HERE.\" The group's first best-of album comes out at 6 p.m. KST.",
        "seventeen album 2024-04-29; zico single 2024-04-26")]
    [InlineData("en", "Two dates to note before April\n\nSATURDAY, MARCH 19 — Punch, \"I Love You This Much\"\nThe OST queen joins the weekend drama as the voice of its sixth soundtrack part, out at 6 p.m. KST.",
        "punch ost 2024-03-19")]
    [InlineData("ru", "СЕВЕНТИН\n\n29 апреля — ZICO, «SPOT!»\nНовый цифровой сингл рэпера выходит в 18:00.", "zico single 2024-04-29")]
    // guard: a sentence that names its own performer keeps it
    [InlineData("en", "MONDAY, APRIL 29 — SEVENTEEN, \"17 IS RIGHT HERE.\" Taemin's new single comes out at 6 p.m. KST.", "taemin single 2024-04-29")]
    // guard: a wire dateline's agency is no act of an entry
    [InlineData("ru", "СЕУЛ, 29 апреля — СеулИнфо. Новый сингл ZICO выходит в 18:00.", "zico single 2024-04-29")]
    public void Extract_SentenceUnderACalendarLine_IsTheLinesAct(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2024-03-18", text));

    // «Участница Apink Чон Ын Джи выпускает ремейк-альбом log»: a hyphenated word whose last part is a record's, a single's or
    // a show's word names that kind, when no cue names the whole word.
    [Theory]
    [InlineData("ru", "Пятница, 11-е. Чон Ын Джи выпускает ремейк-альбом log.", "jung-eun-ji album 2022-11-11")]
    [InlineData("ru", "11 ноября Чон Ын Джи выпускает кавер-сингл «Hopefully Sky».", "jung-eun-ji single 2022-11-11")]
    [InlineData("en", "Jung Eun-ji releases her remake-album \"log\" on Nov. 11.", "jung-eun-ji album 2022-11-11")]
    // guard: a count before the word says how many ("four-season"), a head of two letters is no work's ("in-drama band")
    [InlineData("en", "MAMAMOO release \"Blue;s,\" the third of their four-season mini albums, on Nov. 11.", "mamamoo ep 2022-11-11")]
    [InlineData("en", "\"Sudden Shower\" by in-drama band ECLIPSE is released on Nov. 11.", "eclipse single 2022-11-11")]
    public void Extract_HyphenatedKindWord_NamesItsLastPartsKind(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2022-11-10", text));

    // guard: "four-season" counts seasons of a project; no show comes of it
    [Fact]
    public void Extract_CountBeforeAHyphenatedSeason_NamesNoShow() =>
        Assert.DoesNotContain("drama", Releases("en", "2022-11-10", "MAMAMOO's four-season project ends with \"Blue;s,\" out on Nov. 11."));

    // "Wednesday, Feb. 20 - Yoon Jisung, "Aside"" over "The former Wanna One leader becomes the first of the 11 to debut
    // solo. The six-track EP … drop at 6 p.m. KST, after a media showcase in the afternoon.": a calendar line of its own with
    // a day and one act heads the paragraph under it until a release is read there, and an event word in another clause
    // than the release's does not unmake it.
    [Theory]
    [InlineData("en", "Solo week\n\nWednesday, Feb. 20 - Yoon Jisung, \"Aside\"\n\nThe former Wanna One leader becomes the first of the 11 to debut solo. The six-track ballad EP drops at 6 p.m. KST, after a media showcase in the afternoon.",
        "yoon-jisung ep 2019-02-20")]
    [InlineData("ru", "Сольная неделя\n\nСреда, 20 февраля — Юн Джисон, «Aside»\n\nБывший лидер Wanna One первым из одиннадцати дебютирует сольно. Мини-альбом из шести баллад выходит в 18:00 по Сеулу, а шоукейс для прессы пройдёт днём.",
        "yoon-jisung ep 2019-02-20")]
    [InlineData("en", "Solo week\n\nWednesday, Feb. 20 - Yoon Jisung, \"Aside\"\n\nThe former Wanna One leader's six-track ballad EP comes out with the music video for \"In the Rain.\" He is the first of the 11 to debut solo.",
        "yoon-jisung ep 2019-02-20; yoon-jisung mv 2019-02-20")]
    // guard: the line after a plain paragraph is not headed by the day of the paragraph before it
    [InlineData("en", "Solo week\n\nOn Feb. 20 Yoon Jisung hosts a fan meeting.\n\nThe former Wanna One leader becomes the first of the 11 to debut solo. The six-track ballad EP will be out soon.",
        "")]
    // guard: an event word in the release's own clause still says no release
    [InlineData("en", "Solo week\n\nWednesday, Feb. 20 - Yoon Jisung, \"Aside\"\n\nThe former Wanna One leader becomes the first of the 11 to debut solo. The EP's media showcase is held at 6 p.m. KST.",
        "")]
    public void Extract_ParagraphUnderAnEntryLine_TakesItsDayAndAct(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2019-02-18", text));

    // "After a series of delays it landed on April 18, 2025, before the studio moved it forward again to March 7" (a blind
    // part's abandoned day): "a series of" names a run of things, not a show, so the film's move is read as one.
    [Theory]
    [InlineData("\"Mickey 17\" will open in Korean theaters on Feb. 28. After a series of delays it landed on April 18, 2025, before the studio moved it forward again to March 7.",
        "mickey-17 film 2025-02-28")]
    // guard: a series that is a show is still one
    [InlineData("The new series \"Phantom\" premieres on Feb. 28.", "phantom drama 2025-02-28")]
    public void Extract_ASeriesOf_IsNoShow(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2025-01-21", text));

    // «Последние две серии были запланированы на 1 и 2 августа, теперь их покажут 8 и 9 августа» (a blind part's abandoned
    // day): a day listed before a day left behind was the same plan, whichever rule read the list's last day.
    [Theory]
    [InlineData("ru", "«Призрак» (SBS) не выйдет на следующей неделе. Последние две серии были запланированы на 1 и 2 августа, теперь их покажут 8 и 9 августа.",
        "phantom episode 2012-08-08; phantom episode 2012-08-09")]
    [InlineData("ru", "«Призрак» (SBS) не выйдет на следующей неделе. Последние две серии были запланированы на 1 и 2 августа, но их перенесли.", "")]
    // guard: a list that is the new plan stays
    [InlineData("ru", "«Призрак» (SBS) не выйдет на следующей неделе. Последние две серии покажут 8 и 9 августа.", "phantom episode 2012-08-08; phantom episode 2012-08-09")]
    public void Extract_DayListedBeforeADayLeftBehind_IsLeftBehindToo(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2012-07-24", text));

    // "Friday, Nov. 30" over "Red Velvet closes its year with the mini album "RBB" and the title track video at 6 p.m.": under
    // a line that is only a day, an act with a titled record's or song's word at an hour releases it, whatever the verb.
    [Theory]
    [InlineData("en", "Calendar\n\nFriday, Nov. 30\n\nRed Velvet closes its year with the mini album \"RBB\" and the title track video at 6 p.m., four days after Key.",
        "red-velvet ep 2018-11-30; red-velvet mv 2018-11-30")]
    [InlineData("ru", "Календарь\n\nПятница, 30 ноября\n\nRed Velvet завершают год мини-альбомом «RBB» и клипом на заглавную песню в 18:00.",
        "red-velvet ep 2018-11-30; red-velvet mv 2018-11-30")]
    // guard: a past told under the day, or an event, releases nothing
    [InlineData("en", "Calendar\n\nFriday, Nov. 30\n\nRed Velvet had closed its year with the mini album \"RBB\" at 6 p.m.", "")]
    [InlineData("en", "Calendar\n\nFriday, Nov. 30\n\nRed Velvet celebrates the mini album \"RBB\" with a showcase at 6 p.m.", "")]
    // guard: no hour, no release without a verb
    [InlineData("en", "Calendar\n\nFriday, Nov. 30\n\nRed Velvet closes its year with the mini album \"RBB\".", "")]
    public void Extract_ActsTitledKindAtAnHourUnderADay_IsReleased(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2018-11-19", text));

    // "Concept photos (three versions), highlight medley and a mood film roll out …; the mood film is set for Oct. 8": an item
    // of a list after a closing bracket and its comma is a word, not the act HIGHLIGHT, and a mood film is a teaser.
    [Theory]
    [InlineData("Kep1er 3rd mini album 'TROUBLESHOOTER' — full promotion schedule\n\nConcept photos (three versions), highlight medley and a mood film roll out through early October; the mood film is set for Oct. 8\n\nOct. 13 (Thu), 6 p.m. KST — the \"We Fresh\" music video release",
        "kep1er mv 2022-10-13")]
    // guard: the act written as the catalog writes it is still the act
    [InlineData("HIGHLIGHT, the former BEAST, release the mini album \"Can You Feel It?\" on Oct. 13.", "highlight ep 2022-10-13")]
    public void Extract_ListedWordAfterABracket_IsNoAct(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2022-09-27", text));

    // "The record arrived on Tuesday (April 23)": a record is an album or an EP (with no word that says which, an album), not
    // a song; a record set, broken or kept by a label is none. (Beside a music video the weak word still gives way.)
    [Theory]
    [InlineData("The record by YUQI arrived on Tuesday (April 23).", "yuqi album 2024-04-23")]
    [InlineData("YUQI's new record is out on Tuesday (April 23).", "yuqi album 2024-04-23")]
    // guard: a stronger word in the sentence still says which
    [InlineData("YUQI's record, the mini album \"YUQ1,\" arrived on Tuesday (April 23).", "yuqi ep 2024-04-23")]
    // a record set is none, also beside another record's title
    [InlineData("YUQI's album \"YUQ1\" set a fresh personal record on Sunday (April 21).", "")]
    // guard: a record set or a record label releases nothing
    [InlineData("YUQI set a record on Tuesday (April 23) with 2 million streams.", "")]
    [InlineData("YUQI signed with a new record label on Tuesday (April 23).", "")]
    public void Extract_ARecord_IsAnAlbum(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2024-04-23", text));
}
