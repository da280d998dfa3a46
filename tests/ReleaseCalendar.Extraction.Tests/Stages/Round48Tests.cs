namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 48's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round48Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("taemin", (IReadOnlyList<string>)["Taemin", "Тэмин"]),
        KeyValuePair.Create("mamamoo", (IReadOnlyList<string>)["MAMAMOO", "Мамаму"]),
        KeyValuePair.Create("winner", (IReadOnlyList<string>)["WINNER", "Виннер"]),
        KeyValuePair.Create("sunmi", (IReadOnlyList<string>)["Sunmi", "Сонми"]),
        KeyValuePair.Create("maroon-5", (IReadOnlyList<string>)["Maroon 5"]),
        KeyValuePair.Create("jin", (IReadOnlyList<string>)["Jin", "Джин"]),
        KeyValuePair.Create("jirisan", (IReadOnlyList<string>)["Jirisan", "Чирисан"]),
        KeyValuePair.Create("the-outlaws", (IReadOnlyList<string>)["The Outlaws"]),
        KeyValuePair.Create("brown-eyed-soul", (IReadOnlyList<string>)["Brown Eyed Soul"]),
        KeyValuePair.Create("untouchable", (IReadOnlyList<string>)["Untouchable"]),
        KeyValuePair.Create("quick", (IReadOnlyList<string>)["Quick", "Квик"]),
        KeyValuePair.Create("park-jung-min", (IReadOnlyList<string>)["Park Jung-min", "park jung min"]),
        KeyValuePair.Create("beethoven-virus", (IReadOnlyList<string>)["Beethoven Virus"]),
        KeyValuePair.Create("painter-of-the-wind", (IReadOnlyList<string>)["The Painter of the Wind"]),
        KeyValuePair.Create("haeundae", (IReadOnlyList<string>)["Haeundae", "Хэундэ"]),
        KeyValuePair.Create("viviz", (IReadOnlyList<string>)["VIVIZ"]),
        KeyValuePair.Create("sinb", (IReadOnlyList<string>)["SinB", "СинБи"]),
        KeyValuePair.Create("umji", (IReadOnlyList<string>)["Umji", "Умджи"]),
        KeyValuePair.Create("gfriend", (IReadOnlyList<string>)["GFRIEND"]),
        KeyValuePair.Create("the-moon-embracing-the-sun", (IReadOnlyList<string>)["The Moon Embracing the Sun", "Луна в объятиях солнца"]),
        KeyValuePair.Create("wild-romance", (IReadOnlyList<string>)["Wild Romance", "Дикий роман"]),
        KeyValuePair.Create("take-care-of-us-captain", (IReadOnlyList<string>)["Take Care of Us, Captain", "Позаботься о нас, капитан"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "… is back with his third EP "Guilty"" over "📅 TONIGHT, Oct 30": a line that is only a day dates the release above
    // it, which gave none.
    [Theory]
    [InlineData("TAEMIN RETURNS 🖤\n\nTaemin is back with his fourth mini album \"Guilty\" and its title track\n\n📅 TONIGHT, Oct 30\n⏰ 6PM KST\n\nshawols we are so ready",
                "taemin ep 2023-10-30")]
    [InlineData("WINNER 컴백 ✨\n\nWINNER drop their new single \"Holiday\"\n\n📅 tomorrow, Jul 5\n\ninner circle get ready",
                "winner single 2023-07-05")]
    // guards: a thread's counter ("7/9") is no day, and a page stamp with its year is no card
    [InlineData("WINNER drop their new single \"Holiday\"\n\n7/9\n\nmore soon", "")]
    [InlineData("WINNER release new single \"Holiday\"\n\nJuly 5, 2023\n\nThe group's agency confirmed the plan.", "")]
    public void Extract_ADayCardUnderARelease_DatesIt(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-07-04", text));

    // "Sunmi is back with the single "Heart Burn" today": back with a work is its release; a bare "back" is not.
    [Theory]
    [InlineData("Sunmi is back with the digital single \"Heart Burn\" today, with its music video at 6 p.m. KST.",
                "sunmi mv 2023-07-04; sunmi single 2023-07-04")]
    // guard: back in Seoul with a single still to come is no release today
    [InlineData("Sunmi is back in Seoul today after her tour; her single \"Heart Burn\" is still being recorded.", "")]
    public void Extract_BackWithAWork_IsItsRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-07-04", text));

    // "WINNER are back with "Holiday" - single and video out now!": when the first release word says no moment, the one
    // that says now does.
    [Theory]
    [InlineData("WINNER are back with \"Holiday\" - single and music video out now!\n\nInner Circle, stream it!",
                "winner mv 2023-07-04; winner single 2023-07-04")]
    // guard: a ranked line lists what is out, it does not release it today
    [InlineData("The most-played singles of the week\n\n1st: WINNER's debut single \"Holiday\", out now.\n\n2nd: Sunmi's \"Heart Burn\".", "")]
    public void Extract_OutNowAfterAnotherVerb_IsToday(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-07-04", text));

    // «Мумуs, сегодня праздник! MAMAMOO выпускают мини-альбом — песня и клип выходят в 18:00», "Taemin makes his solo
    // return Monday. He will release the EP at 6 p.m.": a dateless release at an hour right after a sentence whose one day
    // gave no release comes out that day.
    [Theory]
    [InlineData("ru", "Мумуs, сегодня праздник! MAMAMOO выпускают новый мини-альбом «White Wind» — альбом выходит в 18:00 по Корее.",
                "mamamoo ep 2023-07-04")]
    [InlineData("en", "Taemin makes his long-awaited solo return on Tuesday.\n\nThe singer will release his fourth EP, \"Guilty,\" at 6 p.m.",
                "taemin ep 2023-07-04")]
    // guards: the day a plan was told and a day gone by date no later release
    [InlineData("en", "The agency updated the schedule on Monday. Taemin's fourth EP, \"Guilty,\" arrives at 6 p.m.", "")]
    [InlineData("en", "The mourning period ended on Saturday. Taemin's fourth EP, \"Guilty,\" will be available at 6 p.m.", "")]
    public void Extract_ATimedReleaseAfterADay_TakesThatDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2023-07-04", text));

    // "K-pop quintet TOMORROW X TOGETHER (TXT) and U.S. band Jonas Brothers released their joint single": a name's short
    // form in brackets, and a role noun with its abbreviation before the next name, keep the two acts joined.
    [Theory]
    [InlineData("K-pop quintet WINNER (YG) and U.S. band Maroon 5 released their joint single \"Memories\" on Friday.",
                "maroon-5 single 2023-06-30; winner single 2023-06-30")]
    [InlineData("K-pop quintet WINNER and U.S. band Maroon 5 released their joint single \"Memories\" on Friday.",
                "maroon-5 single 2023-06-30; winner single 2023-06-30")]
    public void Extract_JoinedActsWithWordsBetween_BothPerform(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-07-04", text));

    // «выходит Yours — главная тема дорамы «Чирисан» в исполнении Джина», "the main theme song of the drama": a show's
    // theme song is an OST; a main topic of talk is not.
    [Theory]
    [InlineData("ru", "Сегодня в 18:00 по Сеулу выходит Yours — главная тема дорамы «Чирисан» в исполнении Джина из BTS!", "jin ost 2021-11-07")]
    [InlineData("en", "Jin will release \"Yours,\" the main theme song of the drama \"Jirisan,\" today at 6 p.m.", "jin ost 2021-11-07")]
    // guard: «главной темой обсуждений» is a topic
    [InlineData("ru", "Дорама «Чирисан» вышла в эфир вчера, в субботу, 6 ноября, и сразу стала главной темой обсуждений.", "jirisan drama 2021-11-06")]
    public void Extract_AShowsThemeSong_IsAnOst(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2021-11-07", text));

    // "The Outlaws," the crime thriller starring Ma Dong-seok, hit local cinemas Wednesday": every verb of a film's opening
    // goes with every name of the cinemas (local, Korean, domestic; theaters, theatres, cinemas).
    [Theory]
    [InlineData("\"The Outlaws,\" the crime thriller starring Ma Dong-seok, hit local cinemas Wednesday.", "the-outlaws film 2017-10-04")]
    [InlineData("\"The Outlaws,\" the crime thriller starring Ma Dong-seok, opened in Korean theatres on Wednesday.", "the-outlaws film 2017-10-04")]
    public void Extract_AFilmHittingCinemas_OpensThatDay(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2017-10-05", text));

    // "• Nov. 19 — Mini album Our Days released": a schedule line opening with its day and a dash names that day's event
    // with a bare participle; it is no past (which would push the day a year back, into the background).
    [Theory]
    [InlineData("en", "WINNER comeback schedule\n\n• July 18 — Teaser photos\n• July 20 — New single \"Holiday\" released", "winner single 2023-07-20")]
    // guard: a Russian past verb after such a line's day still ahead (a concert's) tells a past
    [InlineData("ru", "WINNER: тур\n\n• 16 июля — стадион в Токио, клип на «Holiday» уже вышел, а сингл совсем скоро", "")]
    public void Extract_AScheduleLinesParticiple_IsThatDaysEvent(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2023-07-04", text));

    // «Группа Brown Eyed Soul должна была представить альбом сегодня, дуэт Untouchable — второй альбом в четверг»: a clause
    // that leaves the verb out after another act and a dash goes on with the plan that was.
    [Theory]
    [InlineData("Группа Brown Eyed Soul должна была представить третий альбом сегодня, дуэт Untouchable — второй альбом в четверг. Новые даты не названы.", "")]
    // guard: «теперь» after a dash, with no act, is the new day
    [InlineData("Новый альбом Untouchable должен был выйти сегодня в 18:00. теперь - в четверг, 25 ноября, в 12:00.", "untouchable album 2010-11-25")]
    public void Extract_AGappedClauseAfterAPlan_IsThePlan(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2010-11-24", text));

    // «4 января стартуют три сериала:» over «— «Луна в объятиях солнца» (MBC)», «— «Дикий роман» (KBS2)»: every title listed
    // under a counted plural shares its day, also when the first was read with the day; not a title deep in a sentence
    // about a person.
    [Theory]
    [InlineData("4 января стартуют три сериала:\n— «Луна в объятиях солнца» (MBC): исторический фэнтези;\n— «Позаботься о нас, капитан» (SBS) — драма о пилотах;\n— «Дикий роман» (KBS2): бейсболист.",
                "take-care-of-us-captain drama 2012-01-04; the-moon-embracing-the-sun drama 2012-01-04; wild-romance drama 2012-01-04")]
    [InlineData("4 января стартуют два сериала:\n— «Луна в объятиях солнца» (MBC): исторический фэнтези.\nСценарий написала Чин Су Ван, известная по многим работам, автор «Дикого романа».",
                "the-moon-embracing-the-sun drama 2012-01-04")]
    public void Extract_TitlesListedUnderACountedPlural_ShareItsDay(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2011-12-30", text));

    // "… the digital single "No Other" on Friday, and the physical album will reach stores three days later": days later
    // than a release dated in an earlier clause of the sentence count from it; a heading's day still says its own.
    [Theory]
    [InlineData("WINNER will release the digital single \"Holiday\" on Friday, and the physical album will reach stores three days later.",
                "winner album 2023-07-10; winner single 2023-07-07")]
    [InlineData("FRIDAY: Three days later, WINNER's physical album reaches stores.", "winner album 2023-07-07")]
    public void Extract_DaysLaterInALaterClause_CountFromTheSentencesRelease(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-07-04", text));

    // "🌕 TODAY 6PM KST 🌕" over "EXID 4th mini album FULL MOON + "DDD" MV": under a timed heading a listing line may open
    // with its act, the kind word right after; under a page's dated stamp it stays a headline.
    [Theory]
    [InlineData("🌕 TODAY 6PM KST 🌕\nWINNER 4th mini album HOLIDAY + \"Summer\" MV\n\nwe are so ready", "winner ep 2023-07-04; winner mv 2023-07-04")]
    [InlineData("WINNER 'HOLIDAY' comeback schedule\nJuly 4, 2023\nWINNER 4th mini album \"HOLIDAY\" — timeline\nD-14: trailer", "")]
    public void Extract_AnActOpeningAListingUnderATimedHeading_IsListed(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2023-07-04", text));

    // «выходит «Квик» — летний экшен …, спродюсированный командой блокбастера «Хэундэ»»: the team's earlier work is a source,
    // not the release.
    [Fact]
    public void Extract_ATeamsEarlierWork_IsNotTheRelease() =>
        Assert.Equal("quick film 2011-07-20", Releases("ru", "2011-07-20",
            "Сегодня в корейский прокат выходит «Квик» — летний экшен режиссёра Чо Бом Гу, спродюсированный командой блокбастера «Хэундэ»."));

    // "⚡️ VIVIZ — ЗАВТРА" over "📀 мини-альбом Beam Of Prism" and "🎬 клип на Bop Bop!": a headline that is an act, a dash and
    // a day dates the post's listing lines, which its act performs (not a member named between).
    [Theory]
    [InlineData("⚡️ VIVIZ — ЗАВТРА\n\nЫнха, СинБи и Умджи из GFRIEND возвращаются уже как трио 🦋\n\n📀 мини-альбом Beam Of Prism\n🎬 клип на Bop Bop!\n\nстримим 🙏",
                "viviz ep 2022-02-09; viviz mv 2022-02-09")]
    // guard: a headline with more than the act and its day heads nothing
    [InlineData("⚡️ VIVIZ — ЗАВТРА шоукейс\n\n📀 мини-альбом Beam Of Prism\n🎬 клип на Bop Bop!", "")]
    public void Extract_AnActAndADayHeadline_DatesItsListing(string text, string expected) =>
        Assert.Equal(expected, Releases("ru", "2022-02-08", text));

    // Read off part fg (postponements after the Yeonpyeong shelling and a World Cup qualifier): "is also on hold" puts
    // off; "pulled his solo single (also set for the 25th)" calls off the day its participle names; "SBS will air specials
    // tonight" airs no episode; "No 'Beethoven Virus' tonight" — none that day.
    [Theory]
    [InlineData("@kmusic_daily · Nov 24, 2010\n1/ sad update: park jung min's single was supposed to come out TODAY (the 24th) but it's been postponed 🙏\n\n2/ untouchable's 2nd album (due tomorrow, nov 25) is also on hold. both agencies say the records will come out \"once the tension clears\" — no new dates yet", "")]
    [InlineData("park jung min (SS501) already pulled his solo single (also set for the 25th) last night", "")]
    [InlineData("Fans of \"The Painter of the Wind\" will have to wait. SBS will air specials tonight and tomorrow.", "")]
    [InlineData("No 'Beethoven Virus' tonight — episode 11 moves to Thursday", "beethoven-virus episode 2010-11-25")]
    public void Extract_Round48PartFg_LeavesTheDaysBehind(string text, string expected) =>
        Assert.Equal(expected, Releases("en", "2010-11-24", text));
}
