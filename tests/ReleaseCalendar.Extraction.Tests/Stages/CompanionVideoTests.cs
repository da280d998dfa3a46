namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Issue #9 §1.11: a music video that comes out with a record or song, said in a clause or sentence of its own.</summary>
public sealed class CompanionVideoTests
{
    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}"));

    [Fact]
    public void Extract_VideoOutAtTheSameTimeAsTheAlbum_IsNoSecondAlbum()
    {
        // «одновременно с альбомом»: the album it names is the one already out, not a release of the video's song.
        var found = DateExtractor.Extract(ArticleInput.FromText("Сегодня TWICE выпустили альбом «Merry & Happy». Клип на Heart Shaker вышел одновременно с альбомом.",
            new DateOnly(2024, 10, 31), Language.Ru));
        Assert.Single(found, c => c.Kind == ReleaseKind.Album);
        Assert.Single(found, c => c.Kind == ReleaseKind.Mv);
    }

    [Theory]
    [InlineData("ru", "Сегодня у Ви вышел мини-альбом «Layover» — и сразу клип на заглавную «Slow Dancing» 🕺",
        "Ви ep Layover 2024-10-31; Ви mv Slow Dancing 2024-10-31")]
    // Round 24: «с» governs the pronoun before the video («вместе с ним клип»), and «одновременно» alone says when the video
    // comes (not «одновременно с альбомом»: the album is the earlier release).
    [InlineData("ru", "Сегодня выйдет дебютный мини-альбом GWSN — «THE PARK IN THE NIGHT part one», а вместе с ним клип на заглавную песню «Puzzle Moon».",
        "GWSN ep THE PARK IN THE NIGHT part one 2024-10-31; GWSN mv Puzzle Moon 2024-10-31")]
    [InlineData("ru", "Сегодня Oh My Girl выпустили третий мини-альбом «Pink Ocean» — и одновременно клип на заглавную «Liar Liar»!",
        "Oh My Girl ep Pink Ocean 2024-10-31; Oh My Girl mv Liar Liar 2024-10-31")]
    [InlineData("ru", "Сегодня TWICE выпустили альбом «Merry & Happy». Клип на песню «Heart Shaker» вышел одновременно с альбомом.",
        "TWICE album Merry & Happy 2024-10-31; TWICE mv Heart Shaker 2024-10-31")]
    [InlineData("ru", "G-Dragon сегодня выпустил цифровой сингл «POWER» 😭🔥 клип тоже вышел",
        "G-Dragon single POWER 2024-10-31; G-Dragon mv POWER 2024-10-31")]
    [InlineData("en", "(G)I-DLE are back with their album \"2,\" out today. The title track \"Super Lady\" is accompanied by a music video.",
        "(G)I-DLE album 2 2024-10-31; (G)I-DLE mv Super Lady 2024-10-31")]
    [InlineData("en", "(G)I-DLE are back with their album \"2,\" out today. The title track \"Super Lady\" is accompanied by a glossy, warrior-themed music video.",
        "(G)I-DLE album 2 2024-10-31; (G)I-DLE mv Super Lady 2024-10-31")]
    [InlineData("en", "Stray Kids' second full album \"NOEASY\" is OUT today and the \"Thunderous\" mv is insane.",
        "Stray Kids album NOEASY 2024-10-31; Stray Kids mv Thunderous 2024-10-31")]
    [InlineData("en", "IU released the digital single \"Love Wins All\" today. Her agency EDAM Entertainment announced the news. The song and its music video went live at 6 p.m.",
        "IU single Love Wins All 2024-10-31; IU mv Love Wins All 2024-10-31")]
    [InlineData("en", "wjsn's new mini album UNNATURAL + the title track MV are OUT NOW, released today at 6PM KST",
        "wjsn mv  2024-10-31; wjsn ep UNNATURAL 2024-10-31")]
    [InlineData("ru", "сегодня в 12:00 по МСК выходит зимний спецальбом NCT DREAM «Candy» + клип на одноимённую заглавку!!",
        "NCT DREAM album Candy 2024-10-31; NCT DREAM mv Candy 2024-10-31")]
    [InlineData("en", "TWICE are back with their mini album \"READY TO BE,\" which dropped today together with the music video for \"SET ME FREE.\"",
        "TWICE ep READY TO BE 2024-10-31; TWICE mv SET ME FREE 2024-10-31")]
    [InlineData("en", "TWICE, half a year after the mini album \"Ready,\" are back with \"Dream,\" which dropped today together with the music video.",
        "TWICE mv Dream 2024-10-31")]
    [InlineData("en", "IVE released the EP \"I'VE MINE\" today, and the music video teaser drew five million views last week.", "IVE ep I'VE MINE 2024-10-31")]
    [InlineData("en", "IU released the digital single \"Love Wins All\" today. Her agency EDAM Entertainment announced the news. Fans still love the music video of her 2020 single.",
        "IU single Love Wins All 2024-10-31")]
    [InlineData("ru", "Сегодня Чонгук выпустил сингл «Seven». В клипе снялась актриса Хан Со Хи.", "Чонгук single Seven 2024-10-31")]
    [InlineData("en", "Jungkook released the single \"Seven\" today. The music video shoot was a tour of Seoul.", "Jungkook single Seven 2024-10-31")]
    // Round 20 (part at): a video "with the song's music video" is added by "with" across whose it is.
    [InlineData("en", "DAY6 released the EP \"Gravity\" today. The EP hit music sites at 6 p.m. together with the song's music video.",
        "DAY6 ep Gravity 2024-10-31; DAY6 mv  2024-10-31")]
    // Round 20 (part at): "will first unveil" is a release ("unveil" with a word between "will" and it).
    [InlineData("en", "TWICE will first unveil the single \"Alcohol-Free\" together with its music video on Nov. 9.",
        "TWICE single Alcohol-Free 2024-11-09; TWICE mv  2024-11-09")]
    // Round 25: a song and its video told together in a dateless sentence, dated in the next («Песня появилась … 27 января»);
    // a video «опубликован» (a short participle) comes out too.
    [InlineData("ru", "Певица IU выпустила сингл «Celebrity» и клип на него. Песня появилась на стриминговых платформах в четверг, 31 октября.",
        "IU single Celebrity 2024-10-31; IU mv Celebrity 2024-10-31")]
    [InlineData("en", "j-hope has released the single \"MORE\" alongside a music video. The song arrived today, October 31, at 1 p.m. KST.",
        "j-hope single MORE 2024-10-31; j-hope mv MORE 2024-10-31")]
    [InlineData("ru", "Сегодня Джин выпустил сингл «I'll Be There». Это песня в жанре поп-рок. Клип на композицию опубликован на YouTube-канале HYBE.",
        "Джин single I'll Be There 2024-10-31; Джин mv I'll Be There 2024-10-31")]
    public void Extract_VideoJoinedToARelease_ComesOutThatDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A video may come three sentences after its release, once background is told; not one counted in views or told with
    // a month of its own.
    [Theory]
    [InlineData("en", "BTS released the Japanese single \"Film Out\" today. The track was co-written by Jungkook and Iyori Shimizu. " +
                      "It will be included in the group's Japanese compilation album, due out later. A music video for the song was also unveiled on the group's YouTube channel.",
        "BTS single Film Out 2024-10-31; BTS mv Film Out 2024-10-31")]
    [InlineData("ru", "Сегодня Ли Муджин выпустил сингл «Traffic Light». Песню он написал сам. Это лёгкий акустический поп о молодом человеке. " +
                      "Сингл доступен на всех площадках, а клип вышел на официальном канале лейбла.",
        "Ли Муджин single Traffic Light 2024-10-31; Ли Муджин mv Traffic Light 2024-10-31")]
    [InlineData("ru", "Чон Соми выпустит альбом «XOXO» 31 октября.\nЗаглавный трек носит то же название.\n" +
                      "Это будет первый релиз певицы после летнего сингла «DUMB DUMB», клип на который набрал десятки миллионов просмотров.",
        "Чон Соми album XOXO 2024-10-31")]
    [InlineData("ru", "Сегодня Тэён выпустит физическое издание альбома «INVU».\nПесню и клип певица представила ещё в феврале, теперь очередь диска.",
        "Тэён album INVU 2024-10-31")]
    [InlineData("en", "(G)I-DLE released the album \"2\" today. The record has eight songs. The music video for the earlier single \"Wife\" was also released on YouTube and has passed 30 million views.",
        "(G)I-DLE album 2 2024-10-31")]
    [InlineData("en", "NCT 127 will release the repackage \"Regulate\" at 6 p.m. today, SM Entertainment said. The repackage adds three new songs. " +
                      "The group's music video for the lead single, featuring members in masks, has already been released.",
        "NCT 127 album Regulate 2024-10-31")]
    // Round 25: a video in the sentence before a dated song is its companion only when joined to a song or record there,
    // with a release word and no month of its own.
    [InlineData("ru", "Клип на песню «Celebrity» IU выпустила ещё в январе. Песня появилась на стриминговых платформах в четверг, 31 октября.",
        "IU single Celebrity 2024-10-31")]
    [InlineData("en", "The music video shows IU on a rooftop. The single \"Celebrity\" arrived today, October 31.", "IU single Celebrity 2024-10-31")]
    [InlineData("ru", "Певица IU выпустила сингл «Celebrity» и клип на него. Сериал «Мой мистер» выйдет в четверг, 31 октября.",
        "Мой мистер drama Мой мистер 2024-10-31")]
    // Round 25: a video that opens its clause, told of as there to watch, is out with the release; not one a relative clause
    // gives to another song, one said not to be out, nor the earlier single's video (named by its title).
    [InlineData("en", "zico dropped \"any song\" today at 6pm KST. it's a digital single, super light beat. the mv is him just vibing at a party in a bright suit.",
        "zico single any song 2024-10-31; zico mv any song 2024-10-31")]
    [InlineData("en", "aespa released \"Dreams Come True\" today at 6 p.m. KST. The accompanying music video shows the members in white, dreamy outfits.",
        "aespa single Dreams Come True 2024-10-31; aespa mv Dreams Come True 2024-10-31")]
    [InlineData("ru", "Сегодня Лиса выпустила сингл «Rockstar». Клип снимали ночью в Бангкоке, в китайском квартале.",
        "Лиса single Rockstar 2024-10-31; Лиса mv Rockstar 2024-10-31")]
    [InlineData("ru", "LE SSERAFIM выпустят альбом «Easy» 31 октября. В него войдет и январский сингл «Perfect Night», клип на который снял О Джэ Хун.",
        "LE SSERAFIM album Easy 2024-10-31")]
    [InlineData("ru", "Сегодня Чонгук выпустил сингл «Too Much».\n🔹 клип пока не анонсировали", "Чонгук single Too Much 2024-10-31")]
    [InlineData("ru", "RM выпустил сингл «Come Back to Me» 10 мая. Альбом «Right Place, Wrong Person» вышел 31 октября. Музыкальное видео на «Come Back to Me» снял режиссер Ли Сон Джин.",
        "RM album Right Place, Wrong Person 2024-10-31")]
    public void Extract_VideoAFewSentencesAfterItsRelease_ComesOutThatDayUnlessItsOwnTimeIsTold(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "ITZY released its fifth EP, \"CHECKMATE,\" and the music video for title track \"SNEAKERS\" on Thursday, October 31.",
        "ITZY mv SNEAKERS 2024-10-31; ITZY ep CHECKMATE 2024-10-31")]
    [InlineData("en", "ITZY released its fifth EP, \"CHECKMATE,\" on Monday, October 28, and the music video for \"SNEAKERS\" on Thursday, October 31.",
        "ITZY ep CHECKMATE 2024-10-28; ITZY mv SNEAKERS 2024-10-31")]
    public void Extract_RecordBeforeAndVideoWithTheDate_BothComeOutThatDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    [Theory]
    [InlineData("en", "BLACKPINK's new song \"Ice Cream\" arrived today at 1pm KST alongside a candy-coloured music video.",
        "BLACKPINK single Ice Cream 2024-10-31; BLACKPINK mv Ice Cream 2024-10-31")]
    [InlineData("en", "\"THE ALBUM\" by BLACKPINK arrived today at 1 p.m. KST, together with the music video for the new title track \"Lovesick Girls.\"",
        "BLACKPINK album THE ALBUM 2024-10-31; BLACKPINK mv Lovesick Girls 2024-10-31")]
    // The EP named in the sentence is what the video accompanies: no song is added.
    [InlineData("en", "SEVENTEEN released its 10th EP \"FML\" today. The EP was released on streaming platforms at 6 p.m., and the music video for \"Super\" went up on the group's YouTube channel at the same time.",
        "SEVENTEEN ep FML 2024-10-31; SEVENTEEN mv Super 2024-10-31")]
    public void Extract_VideoThatAccompaniesAnUnnamedKind_BringsTheSongOrRecord(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // Round 18 (part ak): a song word listed with its video ("song + MV") is a single too; a record's title track with
    // its video is the record's, and a song word far from the video adds nothing.
    [Theory]
    [InlineData("en", "V's \"Love Me Again\" came out today — song + MV, the karaoke-in-a-cave one.",
        "V mv Love Me Again 2024-10-31; V single Love Me Again 2024-10-31")]
    [InlineData("en", "Red Velvet released their mini album \"Secret Garden\" today, with its title track and music video.",
        "Red Velvet ep Secret Garden 2024-10-31; Red Velvet mv  2024-10-31")]
    [InlineData("en", "V's music video for \"Love Me Again\" came out today; the song was written last year.", "V mv Love Me Again 2024-10-31")]
    public void Extract_SongListedWithItsVideo_IsASingleToo(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // A follow-up clause with no tense of its own takes the day and time, past words elsewhere in its sentence aside.
    [Fact]
    public void Extract_FollowUpClauseAfterAPastOne_TakesTheDayAndTime() =>
        Assert.Equal("ep 2024-11-04 18:00; mv 2024-11-04 18:00",
            string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(
                    "SEVENTEEN release their 12th mini album \"SPILL THE FEELS\" on Monday, Nov. 4. The title track was written by Woozi, and its music video drops at 6 p.m.",
                    new DateOnly(2024, 10, 31), Language.En))
                .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd} {c.Time:HH:mm}")));

    // What a follow-up sentence says is already out did not come out on the day still ahead that it follows.
    [Fact]
    public void Extract_AlreadyOutAfterAComingDay_IsNotThatDays() =>
        Assert.Equal("NMIXX single A Midsummer NMIXX's Dream 2024-11-05",
            Read("en", "Tuesday, Nov. 5. NMIXX return with the single album \"A Midsummer NMIXX's Dream\" and its J.Y. Park-produced title song " +
                       "\"Party O'Clock,\" also at 6 p.m. The pre-release \"Roller Coaster\" is already out."));
}
