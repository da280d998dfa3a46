namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 44's rules. Each rule was switched off once and its rows failed; the rows that say what a rule leaves alone
/// guard its reach and pass either way.
/// </summary>
public sealed class Round44Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("yadang", (IReadOnlyList<string>)["Yadang", "Яданг"]),
        KeyValuePair.Create("queen-of-tears", (IReadOnlyList<string>)["Queen of Tears", "Королева слёз"]),
        KeyValuePair.Create("oppenheimer", (IReadOnlyList<string>)["Oppenheimer"]),
        KeyValuePair.Create("kingmaker", (IReadOnlyList<string>)["Kingmaker"]),
        KeyValuePair.Create("somi", (IReadOnlyList<string>)["Jeon Somi", "Чон Сомин"]),
        KeyValuePair.Create("wendy", (IReadOnlyList<string>)["Wendy"]),
        KeyValuePair.Create("fated-to-love-you", (IReadOnlyList<string>)["Fated to Love You"]),
        KeyValuePair.Create("time-to-hunt", (IReadOnlyList<string>)["Time to Hunt", "Время охоты"]),
        KeyValuePair.Create("move-the-grave", (IReadOnlyList<string>)["Move the Grave", "Перенос могилы"]),
        KeyValuePair.Create("partners-for-justice", (IReadOnlyList<string>)["Partners for Justice"]),
        KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"]),
        KeyValuePair.Create("v", (IReadOnlyList<string>)["V", "Ви"]),
        KeyValuePair.Create("bing-crosby", (IReadOnlyList<string>)["Bing Crosby", "Бинг Кросби"]),
        KeyValuePair.Create("kathryn-crosby", (IReadOnlyList<string>)["Kathryn Crosby"]),
        KeyValuePair.Create("park-bo-young", (IReadOnlyList<string>)["Park Bo-young", "Пак Бо Ён"]),
        KeyValuePair.Create("park-seo-joon", (IReadOnlyList<string>)["Park Seo-joon"]),
        KeyValuePair.Create("rose", (IReadOnlyList<string>)["ROSÉ", "Rosé"]),
        KeyValuePair.Create("bruno-mars", (IReadOnlyList<string>)["Bruno Mars"]),
        KeyValuePair.Create("nmixx", (IReadOnlyList<string>)["NMIXX"]),
        KeyValuePair.Create("crush", (IReadOnlyList<string>)["Crush", "Краш", "crush"]),
        KeyValuePair.Create("xdinary-heroes", (IReadOnlyList<string>)["Xdinary Heroes"]),
        KeyValuePair.Create("aespa", (IReadOnlyList<string>)["aespa", "AESPA", "Аэспа"]),
        KeyValuePair.Create("jonghyun", (IReadOnlyList<string>)["Jonghyun", "Джонхён"]),
        KeyValuePair.Create("chen", (IReadOnlyList<string>)["Chen"]),
        KeyValuePair.Create("vanishing-time", (IReadOnlyList<string>)["Vanishing Time", "Исчезнувшее время"]),
        KeyValuePair.Create("tempest", (IReadOnlyList<string>)["TEMPEST"]),
        KeyValuePair.Create("are-you-human", (IReadOnlyList<string>)["Are You Human?"]),
        KeyValuePair.Create("marry-you", (IReadOnlyList<string>)["Marry YOU"]),
        KeyValuePair.Create("whisper", (IReadOnlyList<string>)["Whisper"]),
        KeyValuePair.Create("good-partner", (IReadOnlyList<string>)["Good Partner", "GOOD PARTNER"]),
        KeyValuePair.Create("yong-junhyung", (IReadOnlyList<string>)["Yong Jun-hyung"]),
        KeyValuePair.Create("red-velvet", (IReadOnlyList<string>)["Red Velvet", "Ред Вельвет"]),
        KeyValuePair.Create("irene-seulgi", (IReadOnlyList<string>)["IRENE & SEULGI", "Айрин и Сыльги", "Red Velvet - IRENE & SEULGI"]),
        KeyValuePair.Create("hagwon", (IReadOnlyList<string>)["The Midnight Romance in Hagwon", "Полуночный роман в хагвоне"]),
    ]);

    static string Days(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}")
            .Order(StringComparer.Ordinal));

    static string DatesOnly(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                                                                      lang == "ru" ? Language.Ru : Language.En), Catalog)
            .Select(c => $"{c.Date:yyyy-MM-dd}").Distinct().Order(StringComparer.Ordinal));

    // «Прокатчик сдвинул премьеру на неделю раньше: в феврале называли 23 апреля»: the day a plan told as it was («называли»,
    // «обещали», «намечали») gives after a move in its sentence is the day the move left, however the plan is worded, and
    // also where a new day follows.
    [Theory]
    [InlineData("16-го в прокат выходит триллер «Яданг». Прокатчик сдвинул премьеру на неделю раньше: в феврале называли 23 апреля.")]
    [InlineData("16-го в прокат выходит триллер «Яданг». Прокатчик сдвинул премьеру на неделю раньше: в феврале называли не 16-е, а 23 апреля.")]
    [InlineData("16-го в прокат выходит триллер «Яданг». Премьеру сдвинули: в феврале обещали 23 апреля.")]
    [InlineData("Премьеру триллера «Яданг» сдвинули: в феврале обещали 23 апреля, а в прокат он выйдет 16 апреля.")]
    public void Extract_PlanAsItWas_AfterAMove_IsTheDayLeft(string text) =>
        Assert.Equal("yadang film 2025-04-16", Days("ru", "2025-04-01", text));

    // A past event verb after the move is no plan: «прокат стартовал 23 апреля» is the day it opened.
    [Fact]
    public void Extract_PastEventAfterAMove_Stands() =>
        Assert.Equal("yadang film 2025-04-23", Days("ru", "2025-04-30", "Премьеру триллера «Яданг» перенесли, но прокат стартовал 23 апреля."));

    // "tvN's weekend slot now goes to "The Midnight Romance in Hagwon." It premieres May 11.": "it" opening the sentence is
    // the show the sentence before named last, as "its" is, not the show the article is about.
    [Theory]
    [InlineData("tvN's weekend slot now goes to \"The Midnight Romance in Hagwon,\" starring Wi Ha-joon. It premieres May 11.")]
    [InlineData("Next in the slot is the drama \"The Midnight Romance in Hagwon,\" starring Wi Ha-joon. It premieres May 11.")]
    public void Extract_ItOpeningASentence_IsTheShowNamedLastBefore(string next) =>
        Assert.Equal("hagwon drama 2024-05-11", Days("en", "2024-04-29", "\"Queen of Tears\" ended its run with a record rating. " + next));

    // Where the sentence names its own show, "it" stands for nothing else.
    [Fact]
    public void Extract_ItBesideItsOwnTitle_KeepsThatTitle() =>
        Assert.Equal("queen-of-tears drama 2024-05-11",
                     Days("en", "2024-04-29", "Next in the slot is the drama \"The Midnight Romance in Hagwon.\" It follows \"Queen of Tears,\" which premieres May 11."));

    // ""Oppenheimer," opening Aug. 15", "Opening the same day, Wednesday, is "Kingmaker"": "opening" as a participle (after a
    // comma, or opening its sentence) opens the film.
    [Theory]
    [InlineData("Hollywood competition includes the film \"Oppenheimer,\" opening Aug. 15.", "oppenheimer film 2023-08-15")]
    [InlineData("The war film \"Oppenheimer\" opens on Wednesday, July 26. Opening the same day is the film \"Kingmaker.\"", "kingmaker film 2023-07-26; oppenheimer film 2023-07-26")]
    public void Extract_OpeningAsAParticiple_OpensTheFilm(string text, string expected) =>
        Assert.Equal(expected, Days("en", "2023-07-20", text));

    // As a noun ("its opening on the 12th", "the opening track") it opens nothing.
    [Theory]
    [InlineData("The film \"Oppenheimer\" had its opening on Aug. 15.")]
    [InlineData("The album's opening track, \"Kingmaker,\" is the one fans wait for on Aug. 15.")]
    public void Extract_OpeningAsANoun_OpensNothing(string text) =>
        Assert.Equal("", Days("en", "2023-07-20", text));

    // «сольный дебют Чон Сомин 1 мая НЕ состоится», "the debut on May 1 will not take place": a negated verb after the
    // release word refuses it, and the day is left behind where a later sentence names it again.
    [Theory]
    [InlineData("ru", "По данным СМИ, сольный дебют Чон Сомин 1 мая НЕ состоится. Напомним, лейбл сам объявлял 1 мая в феврале.")]
    [InlineData("ru", "Дебюта Чон Сомин 1 мая не будет.")]
    [InlineData("en", "Jeon Somi's solo debut on May 1 will not take place, the label said.")]
    [InlineData("en", "The release of Jeon Somi's album on May 1 will not happen.")]
    public void Extract_NegatedVerbAfterTheReleaseWord_RefusesIt(string lang, string text) =>
        Assert.Equal("", Days(lang, "2019-04-29", text));

    // Not negated, the debut stands, and «СМИ» (the media) the report cites is no performer.
    [Theory]
    [InlineData("По данным корейских СМИ, дебют Чон Сомин состоится 1 мая.")]
    [InlineData("Дебют Чон Сомин 1 мая состоится, несмотря ни на что.")]
    public void Extract_DebutNotNegated_Stands(string text) =>
        Assert.Equal("somi other 2019-05-01", Days("ru", "2019-04-29", text));

    // New ways of telling the day a move left: "was first listed on", "had been lined up for", «с графика ушло», and a
    // broadcaster that "has also dropped" an episode for a match.
    [Theory]
    [InlineData("en", "2024-03-01", "MUSIC\n• Tue 19 — Red Velvet's Wendy releases her second EP \"Wish You Hell\" with a title-track video. ⚠ Date change: the EP was first listed on the 12th and was pushed back a week. Release time: 6 p.m. KST.", "wendy ep 2024-03-19; wendy mv 2024-03-19")]
    [InlineData("en", "2014-06-27", "The knock-on effect: MBC's drama \"Fated to Love You\" moves up. The drama had been lined up for July 9 and will premiere a week earlier, on Wednesday, July 2.", "fated-to-love-you drama 2014-07-02")]
    [InlineData("ru", "2020-02-28", "Раньше всех с графика ушло «Время охоты» Юн Сон Хёна: триллер планировали выпустить 26 февраля.", "")]
    [InlineData("en", "2018-06-18", "MBC, which carries the Sweden match from 7:40 p.m., has also dropped tonight's episode of \"Partners for Justice.\"", "")]
    public void Extract_MoveToldInNewWords_LeavesTheDay(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Days(lang, published, text));

    // "has dropped" with no broadcast or broadcaster in its sentence is a release.
    [Fact]
    public void Extract_ActHasDroppedAVideo_Releases() =>
        Assert.Equal("bts mv 2018-06-18", Days("en", "2018-06-18", "BTS has dropped the music video for \"FAKE LOVE\" tonight."));

    // «…дуэт White Christmas с Бингом Кросби. Ви записал вокал к записи Кросби»: a surname alone is the person the article
    // named in full (in any case form), so it resolves to the catalog's entry.
    [Fact]
    public void Extract_SurnameAlone_IsThePersonNamedInFull() =>
        Assert.Equal("bing-crosby single 2024-12-06",
                     Days("ru", "2024-12-02", "Участник BTS Ви — праздничный дуэт White Christmas с Бингом Кросби. Ви записал вокал к классической записи Кросби; песня выходит в тот же день, 6 декабря."));

    // Two people of that surname in the article: the surname alone says neither.
    [Fact]
    public void Extract_SurnameOfTwoPeople_ResolvesToNeither() =>
        Assert.Equal("Crosby single 2024-12-06",
                     Days("en", "2024-12-02", "The duet pairs Bing Crosby and Kathryn Crosby. Crosby releases the single on Dec. 6."));

    // "Park Bo-young … sung by Park", «Пак Бо Ён … Пак исполнила»: a Korean name puts the surname first.
    [Theory]
    [InlineData("en", "Actress Park Bo-young sings for her drama. The song \"Leaving,\" sung by Park, will be released on July 31.")]
    [InlineData("ru", "Актриса Пак Бо Ён спела для своей дорамы. Песню «Leaving» в исполнении Пак выпустят 31 июля.")]
    public void Extract_KoreanSurnameAlone_IsThePersonNamedInFull(string lang, string text) =>
        Assert.Equal("park-bo-young single 2015-07-31", Days(lang, "2015-07-29", text));

    // One Park the catalog knows and one it does not: "Park" alone is neither.
    [Fact]
    public void Extract_KoreanSurnameOfTwoPeople_ResolvesToNeither() =>
        Assert.Equal("Park single 2015-07-31",
                     Days("en", "2015-07-29", "Park Bo-young and Park Hae-il star in the drama. The song \"Leaving,\" sung by Park, will be released on July 31."));

    // "ROSÉ and Bruno Mars release their duet "APT."": a duet is a song.
    [Fact]
    public void Extract_Duet_IsASingle() =>
        Assert.Equal("bruno-mars single 2024-10-18; rose single 2024-10-18",
                     Days("en", "2024-10-14", "FRI 18: ROSÉ and Bruno Mars release their duet \"APT.,\" built around a Korean drinking game."));

    // «03.17 (пн), 18:00 KST — релиз»: on a Russian schedule line, a number pair whose second part cannot be a month is the
    // Korean month and day; «17.03» stays day and month, and a count in millions is no day.
    [Theory]
    [InlineData("Расписание камбэка NMIXX\n03.17 (пн), 18:00 KST (12:00 МСК) — релиз альбома", "nmixx album 2025-03-17")]
    [InlineData("Расписание камбэка NMIXX\n17.03 (пн), 18:00 KST (12:00 МСК) — релиз альбома", "nmixx album 2025-03-17")]
    [InlineData("Альбом NMIXX выйдет 17 марта, тизер набрал 3.17 млн просмотров.", "nmixx album 2025-03-17")]
    public void Extract_MonthDayOnARussianScheduleLine_IsRead(string text, string expected) =>
        Assert.Equal(expected, Days("ru", "2025-03-01", text));

    // A schedule's day of photos is no release: "Sept 10 - comeback photos", «10 марта — групповые фото».
    [Theory]
    [InlineData("en", "NMIXX comeback schedule\nMarch 10 — comeback photos\nMarch 17 — album release")]
    [InlineData("ru", "Расписание камбэка NMIXX\n10 марта — групповые фото\n17 марта — релиз альбома")]
    public void Extract_ScheduleDayOfPhotos_IsNoRelease(string lang, string text) =>
        Assert.Equal("nmixx album 2025-03-17", Days(lang, "2025-03-01", text));

    // A typed "crush" among the aliases of "Crush" does not make "the crowd crush in Itaewon" the singer: only a name styled
    // in lower case first ("aespa") is a name in lower case in edited prose.
    [Fact]
    public void Extract_CommonWordTypedInLowerCase_IsNoName()
    {
        var days = Days("en", "2022-11-07",
            "Rock band Xdinary Heroes will release its second EP, \"Overload,\" this Friday, a week later than first planned.\n" +
            "The six-piece band had been due to put out the record on Nov. 4. The agency halted the rollout on Oct. 30, the day the government " +
            "declared a national mourning period following the crowd crush in Itaewon, and left the new date open until the mourning ended.\n" +
            "The EP and the music video for lead track \"Hair Cut\" will be released together on Friday.");
        Assert.Contains("xdinary-heroes mv 2022-11-11", days, StringComparison.Ordinal);
        Assert.DoesNotContain("crush", days, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NameStyledInLowerCase_IsANameInProse() =>
        Assert.Equal("aespa album 2022-11-14", Days("en", "2022-11-01", "Girl group aespa releases the album \"Girls\" on Nov. 14."));

    // A funeral is no release day («прощание с Джонхёном», "Jonghyun's funeral"), so the video held back from it is not
    // credited to it.
    [Theory]
    [InlineData("ru", "JYP сдвинула клип TWICE на «Merry & Happy» на сутки, теперь его покажут 22 декабря. 21 декабря проходит прощание с Джонхёном из SHINee, и агентство решило не выпускать клип в этот день.")]
    [InlineData("en", "JYP moved TWICE's \"Merry & Happy\" video by a day, to Dec. 22. Jonghyun's funeral is held on Dec. 21, and the agency decided not to release the video that day.")]
    public void Extract_FuneralDay_IsNoRelease(string lang, string text) =>
        Assert.Equal("2017-12-22", DatesOnly(lang, "2017-12-20", text));

    // "SM pulled his album hours before its planned Oct. 31 release": the planned day of a release pulled is left behind;
    // with nothing pulled, "its planned Oct. 31 release" is the release.
    [Theory]
    [InlineData("EXO's Chen — SM Entertainment pulled his third mini album, \"Last Scene,\" hours before its planned Oct. 31 release at 6 p.m. No new date yet.", "")]
    [InlineData("EXO's Chen says his album \"Last Scene\" is on track for its planned Oct. 31 release.", "chen album 2022-10-31")]
    public void Extract_PlannedDayOfAPulledRelease_IsLeft(string text, string expected) =>
        Assert.Equal(expected, Days("en", "2022-10-25", text));

    // «которую Showbox ставил на 10 ноября, выйдет 16-го»: a relative clause's plan told as it was is the day left.
    [Fact]
    public void Extract_RelativePlanAsItWas_IsTheDayLeft() =>
        Assert.Equal("2016-11-16", DatesOnly("ru", "2016-10-28", "Фэнтези-драма «Исчезнувшее время» с Кан Донвоном, которую Showbox ставил на 10 ноября, выйдет 16 ноября."));

    // "will not air the drama next Monday to broadcast the opening match": the slot is cleared for the match, so the
    // broadcast verb dates no release; "is set to broadcast" still does.
    [Theory]
    [InlineData("KBS 2TV will not air its Monday-Tuesday drama \"Are You Human?\" next Monday to broadcast South Korea's opening match.", "")]
    [InlineData("KBS 2TV's drama \"Are You Human?\" is set to broadcast on June 19.", "are-you-human drama 2018-06-19")]
    public void Extract_BroadcastOfAMatch_DatesNoRelease(string text, string expected) =>
        Assert.Equal(expected, Days("en", "2018-06-12", text));

    // «Первый мини-альбом группы It's ME, It's WE планировалось выпустить 21 февраля. Теперь релиз состоится 2 марта в 18:00
    // по корейскому времени.»: words after "It's" name no act, and a new day with its hour (a zone's «времени» is no move
    // of the hour) replaces the plan.
    [Theory]
    [InlineData("Группа TEMPEST перенесла дебют. Первый мини-альбом группы It's ME, It's WE планировалось выпустить 21 февраля. Теперь релиз состоится 2 марта в 18:00 по корейскому времени.")]
    [InlineData("Первый мини-альбом TEMPEST планировалось выпустить 21 февраля. Теперь релиз состоится 2 марта в 18:00 по корейскому времени.")]
    public void Extract_PlanReplacedByANewDayWithItsHour_IsLeft(string text) =>
        Assert.Equal("tempest ep 2022-03-02", Days("ru", "2022-02-14", text));

    // «— сегодня пропуск, завтра сразу 7 и 8 серии»: the skip calls off today only.
    [Fact]
    public void Extract_SkipToday_LeavesTomorrowsEpisodes() =>
        Assert.Equal("marry-you episode 2024-12-08", Days("ru", "2024-12-07", "📌 «Marry YOU» (Channel A) — сегодня пропуск, завтра в 19:50 KST сразу 7 и 8 серии"));

    // "It's ME, It's WE": a word after "it's" says what something is; it names no act, so the group named before is the
    // record's performer.
    [Theory]
    [InlineData("ru", "Группа TEMPEST готовит дебют. Первый мини-альбом группы It's ME, It's WE выйдет 21 февраля.")]
    [InlineData("en", "TEMPEST prepare their debut. The group's first mini album It's ME, It's WE comes out on February 21.")]
    public void Extract_WordAfterItIs_NamesNoAct(string lang, string text) =>
        Assert.Equal("tempest ep 2022-02-21", Days(lang, "2022-02-14", text));

    // Days called off in new words: "will also be off on May 9", "so no ep 6 on saturday", "shelved EP "Loner," planned for
    // the same day".
    [Theory]
    [InlineData("2017-05-01", "SBS's drama \"Whisper,\" which airs in the same slot, will also be off on May 9.", "2017-05-09")]
    [InlineData("2024-07-26", "GOOD PARTNER ep 5 airs TONIGHT on SBS. the drama takes a break for the olympics, so no ep 6 on saturday :(", "2024-07-27")]
    [InlineData("2022-10-31", "Mon., Oct. 31 — Chen releases his album today. Yong Jun-hyung shelved EP \"Loner,\" planned for the same day.", "yong-junhyung")]
    public void Extract_DayCalledOffInNewWords_IsLeft(string published, string text, string notThere) =>
        Assert.DoesNotContain(notThere, Days("en", published, text), StringComparison.Ordinal);

    // «айрин и сыльги: …» typed in lower case is the unit, and «дебют первого саб-юнита Red Velvet» names the unit's group,
    // not the performer.
    [Fact]
    public void Extract_UnitNamedInLowerCase_AndItsGroupAfterAUnitWord() =>
        Assert.Equal("irene-seulgi ep 2020-07-06",
                     Days("ru", "2020-07-07", "айрин и сыльги: что происходит с «Monster»\n— дебют первого саб-юнита Red Velvet изначально стоял на 15 июня\n— SM перенесла его на начало июля\n— вчера, 6 июля, в 18:00 по Корее мини-альбом «Monster» наконец вышел на всех площадках"));
}
