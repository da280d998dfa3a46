namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 56's rules: from the abandoned days that the fresh blind parts jk, jj and jx emitted (moved to development and
/// read), from the changed-date sets 54c (its last leak) and 55d (read this round), and from the development corpus. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone guard its
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
        KeyValuePair.Create("red-velvet", (IReadOnlyList<string>)["Red Velvet"]),
        KeyValuePair.Create("gidle", (IReadOnlyList<string>)["(G)I-DLE"]),
        KeyValuePair.Create("j-hope", (IReadOnlyList<string>)["J-Hope"]),
        KeyValuePair.Create("faith", (IReadOnlyList<string>)["Вера"]),
        KeyValuePair.Create("parasite", (IReadOnlyList<string>)["Паразиты"]),
        KeyValuePair.Create("the-handmaiden", (IReadOnlyList<string>)["Служанка", "Служанку"]),
        KeyValuePair.Create("the-roundup", (IReadOnlyList<string>)["The Roundup"]),
        KeyValuePair.Create("my-mister", (IReadOnlyList<string>)["My Mister"]),
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU"]),
        KeyValuePair.Create("a-korean-odyssey", (IReadOnlyList<string>)["A Korean Odyssey"]),
        KeyValuePair.Create("boyfriend", (IReadOnlyList<string>)["Boyfriend"]),
        KeyValuePair.Create("reply-1988", (IReadOnlyList<string>)["Reply 1988"]),
        KeyValuePair.Create("baekhyun", (IReadOnlyList<string>)["Baekhyun", "Бэкхён"]),
        KeyValuePair.Create("suzy", (IReadOnlyList<string>)["Suzy", "Сюзи"]),
        KeyValuePair.Create("exo", (IReadOnlyList<string>)["EXO"]),
        KeyValuePair.Create("miss-a", (IReadOnlyList<string>)["miss A"]),
        KeyValuePair.Create("man-from-the-equator", (IReadOnlyList<string>)["Man from the Equator"]),
        KeyValuePair.Create("lee-hyori", (IReadOnlyList<string>)["Lee Hyori", "Ли Хёри"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // «сначала планировали выпустить 1 сентября»: the first plan's day is the day left, like «изначально»; «сначала»
    // alone orders releases («сначала выйдет сингл»), so only with a verb of planning.
    [Theory]
    [InlineData("Дебютный сольный альбом Ви «Layover» сначала планировали выпустить 1 сентября. Теперь BigHit Music называет другую дату — 8 сентября.", "")]
    // guard: the new day said after it is read
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

    // «Релиз альбома и клипа … был запланирован на полночь 16 марта. Теперь запись и видео появятся в полночь 17 марта»: a
    // past plan of one act's works (if two of them) that the next sentence gives another calendar day, its time before it.
    [Theory]
    [InlineData("Red Velvet перенесла выход мини-альбома The Velvet на сутки. Релиз альбома и клипа на заглавную песню был запланирован на полночь 16 марта по сеульскому времени. Теперь запись и видео появятся в полночь 17 марта.", "")]
    // guard: an hour moved on the plan's own day leaves the plan's day
    [InlineData("Релиз мини-альбома Red Velvet был запланирован на 16 марта. Теперь он состоится в 20:00 16 марта.", "red-velvet ep 2016-03-16")]
    public void Extract_PastPlanThenAnotherDayNow_LeavesThePlan(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2016-03-10", text));

    // "it will move the premiere of its new drama "Man from the Equator," starring Uhm Tae-woong and Lee Bo-young, from March
    // 14 to March 21": past an aside's commas, a move's verb reaches "from" one day "to" another.
    [Theory]
    [InlineData("KBS2 said on Wednesday that it will move the premiere of its new Wednesday-Thursday drama \"Man from the Equator,\" starring Uhm Tae-woong and Lee Bo-young, from March 14 to March 21.", "man-from-the-equator drama 2012-03-21")]
    // guard: a span with no move before it is no move
    [InlineData("KBS2 will air the new drama \"Man from the Equator,\" starring Uhm Tae-woong, from March 14 to March 21 as a special.", "man-from-the-equator drama 2012-03-14")]
    public void Extract_MoveAcrossAnAside_GivesTheNewDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2012-03-07", text));

    // "If we released the album on the 8th, the gap … would be too long", «Если бы альбом вышел 8 апреля, …»: a condition
    // that did not happen is a plan dropped.
    [Theory]
    [InlineData("en", "Lee Hyori's fourth album \"H-Logic\" will be released on April 13, her agency said. \"If we released the album on the 8th, the gap before broadcast activities would be too long.\"", "lee-hyori album 2010-04-13")]
    [InlineData("ru", "Альбом Ли Хёри «H-Logic» выйдет 13 апреля. «Если бы альбом вышел 8 апреля, пауза перед эфирами затянулась бы», — объяснили в агентстве.", "lee-hyori album 2010-04-13")]
    // guard: a condition still to come keeps its day
    [InlineData("en", "Lee Hyori's fourth album comes out on April 8. If it sells well, a repackage will follow.", "lee-hyori album 2010-04-08")]
    public void Extract_ConditionThatDidNotHappen_LeavesItsDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2010-04-07", text));

    // "is no longer coming on March 7": "no longer" with one word, its verb, before the day's preposition.
    [Theory]
    [InlineData("(G)I-DLE's first full-length album is no longer coming on March 7. Cube Entertainment says 'I NEVER DIE' will be out on March 14.", "gidle album 2022-03-14")]
    // guard: "no longer" with more words between says nothing of the day
    [InlineData("(G)I-DLE, no longer a rookie group after four years, releases its first full-length album on March 14.", "gidle album 2022-03-14")]
    public void Extract_NoLongerWithItsVerb_LeavesTheDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2022-03-02", text));

    // Round 55's blind changed-date set 55d, read in round 56 (its six leaks): «прежняя — 8 июля» (a dash gives the plan's
    // day, not after a shift, «позже запланированного — 23 сентября», nor after "remains", «старт остаётся прежним —
    // 13-го»); «раньше изначальной даты, 6 июня»; «перенесли на неделю раньше, с 8 июня» (the shift's comma).
    [Theory]
    [InlineData("2022-07-01", "J-Hope отложил выход альбома «Jack In The Box» на неделю — новая дата 15 июля (пт), прежняя — 8 июля.", "j-hope album 2022-07-15")]
    [InlineData("2012-08-01", "Сериал «Вера» стартует на неделю позже запланированного — 13 августа.", "faith drama 2012-08-13")]
    [InlineData("2012-08-01", "Сериал «Вера» изначально планировали запустить после Игр, так что старт остаётся прежним — в понедельник, 13 августа.", "faith drama 2012-08-13")]
    [InlineData("2019-05-01", "Фильм «Паразиты» выйдет в корейский прокат 30 мая — на неделю раньше изначальной даты, 6 июня.", "parasite film 2019-05-30")]
    [InlineData("2016-05-20", "Фильм «Служанку» покажут в Корее с 1 июня: дату проката перенесли на неделю раньше, с 8 июня.", "the-handmaiden film 2016-06-01")]
    public void Extract_PlanDaysOfRussianReports_AreLeft(string published, string text, string expected) =>
        Assert.Equal(expected, Releases("ru", published, text));

    // "three weeks later than its earlier April 27 release date": a day followed by its release's noun and "date" is named
    // beside the day that happens; "'My Mister' was due to air on March 14. tvN now says the first episode goes out
    // Wednesday, March 21" ("goes out" airs; with "now" a present verb replaces the plan).
    [Theory]
    [InlineData("2022-04-10", "The film \"The Roundup\" will open in Korea on May 18, three weeks later than its earlier April 27 release date.", "the-roundup film 2022-05-18")]
    [InlineData("2018-03-01", "Lee Sun-kyun and IU's drama 'My Mister' was due to air on March 14. tvN now says the first episode goes out Wednesday, March 21.", "my-mister drama 2018-03-21")]
    [InlineData("2018-03-01", "Lee Sun-kyun and IU's 'My Mister' was due to air on March 14. tvN now says the first episode goes out Wednesday, March 21.", "my-mister drama 2018-03-21")]
    public void Extract_PlanDaysOfEnglishReports_AreLeft(string published, string text, string expected) =>
        Assert.Equal(expected, Releases("en", published, text));

    // "Episode 4 had already been moved off Sunday, Dec. 31": "off" after a move's verb is its "from" (part jx, round 56).
    [Theory]
    [InlineData("Episode 4 of \"A Korean Odyssey\" had already been moved off Sunday, Dec. 31 earlier in the week.", "")]
    // guard: "off" with no move before it
    [InlineData("Episode 4 of \"A Korean Odyssey\" airs on Sunday, Dec. 31, capping off the year.", "a-korean-odyssey episode 2017-12-31")]
    public void Extract_MovedOffADay_LeavesIt(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2017-12-29", text));

    // "Boyfriend scraps 30,000 copies of first album, CD release moved to Nov. 13": a record's format is no act (part jx).
    [Theory]
    [InlineData("Boyfriend scraps 30,000 copies of first album \"Janus\", CD release moved to Nov. 13", "boyfriend album 2012-11-13")]
    public void Extract_RecordFormat_IsNoAct(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2012-11-08", text));

    // "Baekhyun of boy band EXO and Suzy of girl group miss A released a duet": the member's span takes in its group (as
    // "RM of BTS" does), so the list goes on past it (part jx).
    [Theory]
    [InlineData("en", "Baekhyun of boy band EXO and Suzy of girl group miss A released a duet titled \"Dream\" on Thursday.", "baekhyun single 2016-01-07; suzy single 2016-01-07")]
    [InlineData("ru", "Бэкхён из группы EXO и Сюзи из группы miss A выпустили совместный сингл «Dream» в четверг, 7 января.", "baekhyun single 2016-01-07; suzy single 2016-01-07")]
    public void Extract_MembersWithTheirGroupsListed_AreBothTheActs(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2016-01-07", text));

    // guard: "kicks off" is no move's "off" ("delayed by a week" in the clause leaves the day it opens on)
    [Theory]
    [InlineData("tvN drama \"Reply 1988\", delayed by a week, kicks off Friday, Nov. 6.", "reply-1988 drama 2015-11-06")]
    public void Extract_KicksOffAfterADelay_KeepsItsDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2015-11-01", text));
}
