namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Review of round 23's rules (diff 3a24086..978f5fc, /work/review23.md): realistic articles where a new rule dropped a
/// real release or gave it the wrong act, title or day. Each row states the correct output (Corpus/README.md, round 23).
/// </summary>
public sealed class Review23Tests
{
    static string Read(string lang, string published, string text, params (string Slug, string[] Aliases)[] catalog) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                    lang == "ru" ? Language.Ru : Language.En),
                new ExtractionCatalog(catalog.Select(c => new KeyValuePair<string, IReadOnlyList<string>>(c.Slug, c.Aliases))))
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}" + (c.Time is { } t ? $" {t:HH\\:mm}" : "")));

    [Fact]
    public void Byline_OnlyALabelThatOpensItsLine()
    {
        // A post's "comeback date UPDATED:" and «… опубликован 25 марта» are no bylines.
        Assert.Equal("newjeans single How Sweet 2024-05-24 13:00",
            Read("en", "2024-04-20", "NewJeans comeback date UPDATED: May 24 🐰\n\nthe single \"How Sweet\" drops at 1pm KST", ("newjeans", ["NewJeans"])));
        Assert.Equal("illit mv Magnetic 2024-03-25 18:00",
            Read("ru", "2024-03-26", "Дебютный клип ILLIT на заглавный трек Magnetic опубликован 25 марта в 18:00.", ("illit", ["ILLIT"])));
    }

    [Fact]
    public void Planner_AsTheSourceOfTheDay_KeepsTheRelease() =>
        Assert.Equal("stray-kids album ATE 2024-07-19",
            Read("ru", "2024-07-01", "JYP Entertainment опубликовали промо-планер камбэка Stray Kids. Согласно планеру, альбом «ATE» ожидается 19 июля.",
                ("stray-kids", ["Stray Kids"])));

    [Fact]
    public void ProgressivePostponement_IsActive_ItsObjectMoved() =>
        Assert.Equal("nct-dream ep Candy 2022-12-19",
            Read("en", "2022-12-10", "NCT DREAM's winter mini album \"Candy\" arrives on Dec. 19, but SM is postponing \"The Dream Show 2\" encore concerts.",
                ("nct-dream", ["NCT DREAM"])));

    [Theory]
    [InlineData("Music show promotions for IVE's second mini album, \"IVE SWITCH,\" which start on May 2, will run for three weeks.")]
    [InlineData("The pre-order period for IVE's second mini album \"IVE SWITCH,\" which begins on April 8, runs until April 28.")]
    public void RelativeClause_OfAnEventHeadedSentence_DatesTheEvent(string text) =>
        Assert.Equal("", Read("en", "2024-04-25", text, ("ive", ["IVE"])));

    [Fact]
    public void LowerCasePost_FewOtherOpenings_StaysCasual() =>
        Assert.Equal("tws single Last Bell 2024-11-25",
            Read("en", "2024-11-10", "aespa are back on oct 21 with \"Whiplash\"\n\naespa said no breaks this year\n\nReminder that tws drops \"Last Bell\" on nov 25!!",
                ("aespa", ["aespa"]), ("tws", ["TWS"])));

    [Theory]
    [InlineData("Following \"Any Song,\" which topped charts in 2020, ZICO drops \"SPOT!\" on April 26.")]
    [InlineData("Singer-songwriter ZICO (\"Any Song\"), who drops \"SPOT!\" on April 26, will also hold a concert.")]
    public void RelativeClause_WithATitleOfItsOwn_KeepsIt(string text) =>
        Assert.Equal("zico other SPOT! 2024-04-26", Read("en", "2024-04-20", text, ("zico", ["ZICO"])));

    [Theory]
    [InlineData("tvN aired the finale of \"Queen of Tears\" in the Sunday slot, drawing 24.9 percent.")]
    [InlineData("\"Queen of Tears\" wrapped up in its usual Sunday slot with 24.9 percent, the highest rating in tvN history.")]
    public void Slot_OfAPastAiring_IsItsDay(string text) =>
        Assert.Equal("queen-of-tears episode Queen of Tears 2024-04-28", Read("en", "2024-04-29", text, ("queen-of-tears", ["Queen of Tears"])));

    [Fact]
    public void ListingTags_ConfirmedOrReported_KeepTheEntries() =>
        Assert.Equal("kiss-of-life ep Lose Yourself 2024-10-15; aespa ep Whiplash 2024-10-21",
            Read("en", "2024-10-01", "October comeback calendar\n\nOct. 15 — KISS OF LIFE mini album \"Lose Yourself\" (reported)\n\nOct. 21 — aespa mini album \"Whiplash\" (confirmed by SM)",
                ("aespa", ["aespa"]), ("kiss-of-life", ["KISS OF LIFE"])));

    [Fact]
    public void ListingEntry_EventWordAfterTheComma_IsTheEntrys() =>
        Assert.Equal("ive ep IVE SWITCH 2024-04-29 18:00",
            Read("en", "2024-04-10", "IVE comeback timeline\n\n• April 22 — mini album \"IVE SWITCH\", track list\n\n• April 26 — \"HEYA\" music video, teaser\n\n• April 29 — mini album \"IVE SWITCH\", 6 p.m. KST",
                ("ive", ["IVE"])));

    [Fact]
    public void TheatricalRun_Ending_IsNoRelease() =>
        Assert.Equal("", Read("en", "2024-06-01", "\"Exhuma\" ended its theatrical run on May 31 with 11.9 million admissions.", ("exhuma", ["Exhuma"])));

    [Fact]
    public void GroupOfAProducer_TheLatinNameIsTheGroup() =>
        Assert.Equal("BOYNEXTDOOR single  2023-05-30",
            Read("ru", "2023-05-20", "Дебютный сингл новой группы Зико BOYNEXTDOOR выйдет 30 мая.", ("zico", ["Зико", "ZICO"])));

    // The title stays "ATE" (the unknown nickname "SKZ" still gives a second candidate, as before the round).
    [Fact]
    public void ColonAfterAReleaseVerbsObject_OpensAClause() =>
        Assert.Contains("stray-kids album ATE 2024-07-19",
            Read("en", "2024-07-01", "Stray Kids will release the album ATE: SKZ return on July 19 with \"Chk Chk Boom.\"", ("stray-kids", ["Stray Kids"])).Split("; "));
}
