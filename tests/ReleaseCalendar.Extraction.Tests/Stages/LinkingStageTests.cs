using ReleaseCalendar.Extraction.Linking;

namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Stage: pass 1 memory and the linkers of pass 2.</summary>
public sealed class LinkingStageTests
{
    [Theory]
    [InlineData("ru", "Вышел мини-альбом «Armageddon». В него вошли 10 песен.", "Ep Armageddon")]
    [InlineData("en", "The mini album \"Armageddon\" is out. It has 10 songs.", "Ep Armageddon")]
    [InlineData("ru", "Вышел альбом. В него вошли 10 песен.", "")]
    [InlineData("en", "The album is out. It has 10 songs.", "")]
    public void Memory_KindWithAQuote_RemembersTheTitle(string lang, string text, string expected)
    {
        var sentences = Stage.Sentences(lang, text);
        var memory = ArticleMemory.Build(sentences, new SubjectLinker(Stage.Language(lang), null), Stage.Language(lang));
        Assert.Equal(expected, string.Join(";", memory.Titles.Select(t => $"{t.Kind} {t.Title}")));
    }

    [Theory]
    [InlineData("ru", "Новый альбом RM выйдет 24 мая.", "RM")]
    [InlineData("en", "RM will release his new album on May 24.", "RM")]
    [InlineData("en", "RM will release a single featuring Loco on May 24.", "RM")]
    [InlineData("en", "The single will be out on May 24.", "")]
    public void BestSubjects_DatedClause_ThePerformer(string lang, string text, string expected)
    {
        var s = Stage.One(lang, text);
        var date = s.Dates[0];
        var verb = s.Cues.First(c => c.Cue.Type is Languages.CueType.Release or Languages.CueType.Schedule);
        var found = new SubjectLinker(Stage.Language(lang), null).BestSubjects(s, s.Clause[date.First], verb.First, date.First, null, out _);
        Assert.Equal(expected, string.Join(",", found.Select(n => n.Text)));
    }

    [Theory]
    [InlineData("ru", "Альбом и клип выйдут 24 мая.", "Album,Mv")]
    [InlineData("en", "The album and the music video will be out on May 24.", "Album,Mv")]
    [InlineData("ru", "Клип на песню из нового альбома выйдет 24 мая.", "Mv,Single")]
    [InlineData("en", "The music video for a song from the album will be out on May 24.", "Mv")]
    [InlineData("ru", "Пятый студийник «HAPPY BURSTDAY» выходит 26 мая.", "Album")]
    [InlineData("en", "Their hiptape \"HOP\" is out on May 24.", "Album")]
    [InlineData("ru", "28 июня стартует тур RUNSEOKJIN_EP.TOUR.", "")]
    public void KindCues_Clause_ContainersAreNotReleased(string lang, string text, string expected)
    {
        var s = Stage.One(lang, text);
        var kinds = KindCueReader.KindCues(s, s.Clause[s.Dates[0].First]).Where(k => !k.Container).Select(k => k.Kind.ToString());
        Assert.Equal(expected, string.Join(",", kinds));
    }

    [Theory]
    [InlineData(true, "newjeans")]
    [InlineData(false, "Baltimore club")]
    public void SubjectsFor_UnnamedAct_TheActTheCatalogKnowsBeforeAGenre(bool withCatalog, string expected)
    {
        const string text = "NewJeans выпустили клип «Ditto» 19 декабря.\n\nЗвучание в стиле Baltimore club выпустили все.\n\n" +
                            "2 января группа выпустит сингл-альбом «OMG».";
        var catalog = withCatalog
            ? new ExtractionCatalog([new KeyValuePair<string, IReadOnlyList<string>>("newjeans", ["NewJeans"])])
            : null;
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2022, 12, 20), Language.Ru), catalog);
        var omg = Assert.Single(found, c => c.Title == "OMG");
        Assert.Equal(expected, omg.ResolvedSubjectSlug ?? omg.Subject);
    }

    // Round 18 (part ak): an agency's English announcement quoted in a Russian post names the kind in two English words;
    // a lone "Single" stays part of a title.
    [Theory]
    [InlineData("🔔 ПЛИДИС ВЫЛОЖИЛИ: «SEVENTEEN 12th Mini Album 'SPILL THE FEELS' — 2024.10.14 6PM (KST)»", "Ep 2024-10-14")]
    [InlineData("Фильм «Single in Seoul» выйдет в прокат 29 ноября.", "Film 2023-11-29")]
    public void Extract_EnglishKindNameInARussianPost_GivesTheKind(string text, string expected) =>
        Assert.Equal(expected, string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 11, 1), Language.Ru))
            .Select(c => $"{c.Kind} {c.Date:yyyy-MM-dd}")));

    // Review 29: without a catalog a self-titled record keeps its act.
    [Fact]
    public void Extract_SelfTitledRecordWithoutACatalog_KeepsItsAct() =>
        Assert.Equal("BoA album", string.Join("; ", DateExtractor.Extract(ArticleInput.FromText("BoA releases her self-titled album \"BoA\" on Friday.",
            new DateOnly(2023, 5, 30), Language.En)).Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()}")));

    // Round 29 (part az): a title in capitals is read as a name too, but a record's title is never its artist: the act
    // is the one the catalog knows, or none; without a catalog the name stays.
    [Theory]
    [InlineData(true, "stray-kids mv; stray-kids single")]
    [InlineData(false, "DOUBLE KNOT mv; DOUBLE KNOT single")]
    public void Extract_TitleInCapitals_IsNotTheArtist(bool withCatalog, string expected)
    {
        var catalog = withCatalog ? new ExtractionCatalog([KeyValuePair.Create("stray-kids", (IReadOnlyList<string>)["Stray Kids"])]) : null;
        var found = DateExtractor.Extract(ArticleInput.FromText(
            "DOUBLE KNOT IS HERE 🔥🔥 stray kids' new digital single \"Double Knot\" + MV out NOW (6PM KST, oct 9)", new DateOnly(2019, 10, 9), Language.En), catalog);
        Assert.Equal(expected, string.Join("; ", found.Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()}").Order()));
    }

    // Round 29 (parts az, bc): a one-word name of the catalog beside another capitalised word that is no name, no
    // organisation and no cue is a word of a longer name ("Yes24 Live Hall", "LDN Noise"); not after a hyphenated
    // describer, nor in a headline in title case.
    [Theory]
    [InlineData("The album came out after a showcase at Yes24 Live Hall.", "")]
    [InlineData("The track was produced by British team LDN Noise.", "")]
    [InlineData("On Friday, Live returns to tvN.", "live")]
    [InlineData("SEOUL, Jan. 13 (Yonhap) -- Rapper-producer Zico released a new single.", "zico")]
    [InlineData("TWICE's Chaeyoung Finally Drops Her Solo Debut Album", "chaeyoung")]
    [InlineData("BLACKPINK Jennie is back.", "blackpink,chaeyoung")]
    [InlineData("On Friday, Kim Jennie releases her new mini album.", "chaeyoung")] // review 29: a surname is the same person's name
    public void Names_OneWordAliasInsideALongerName_IsNoName(string text, string expected)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("live", (IReadOnlyList<string>)["Live"]), KeyValuePair.Create("noise", (IReadOnlyList<string>)["Noise"]),
            KeyValuePair.Create("zico", (IReadOnlyList<string>)["Zico"]), KeyValuePair.Create("twice", (IReadOnlyList<string>)["TWICE"]),
            KeyValuePair.Create("chaeyoung", (IReadOnlyList<string>)["Chaeyoung", "Jennie"]), KeyValuePair.Create("blackpink", (IReadOnlyList<string>)["BLACKPINK"]),
        ]);
        var s = Assert.Single(Stage.Sentences("en", text, catalog));
        Assert.Equal(expected, string.Join(",", s.Names.Where(n => n.Slug is not null).Select(n => n.Slug)));
    }
}
