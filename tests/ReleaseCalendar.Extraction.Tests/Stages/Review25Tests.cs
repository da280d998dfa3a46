namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Review of round 25's rules (diff ce67a04..9d369f9, /work/review25.md): realistic articles where a new rule gave a
/// false release or the wrong show, kind or day. Each row states the correct output (Corpus/README.md, round 25).
/// </summary>
public sealed class Review25Tests
{
    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 10, 31), lang == "ru" ? Language.Ru : Language.En),
                new ExtractionCatalog([new("blackpink", ["BLACKPINK"]), new("ive", ["IVE"]), new("itzy", ["ITZY"]), new("seventeen", ["SEVENTEEN"]),
                    new("aespa", ["aespa"]), new("zico", ["ZICO"]), new("twice", ["TWICE"]), new("queen-of-tears", ["Queen of Tears", "Королева слёз"]),
                    new("park-bo-gum", ["Park Bo-gum"]), new("running-man", ["Running Man"]), new("signal", ["Signal"]), new("moving", ["Moving"]),
                    new("kingdom", ["Kingdom"])]))
            .Select(c => $"{c.ResolvedSubjectSlug ?? c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    // VideoNamedBefore: a video told with an earlier work is not out with a later, other one the next sentence dates.
    [Theory]
    [InlineData("en", "BLACKPINK released the album \"BORN PINK\" and its music video last year. Their next single comes out on November 8.", "blackpink single 2024-11-08")]
    [InlineData("ru", "IVE выпустили сингл «Accendio» и клип на него. Следующий альбом выйдет 10 ноября.", "ive album 2024-11-10")]
    [InlineData("ru", "ITZY выпустили мини-альбом и клип на заглавную песню. Японский сингл группы выйдет 20 ноября.", "itzy single 2024-11-20")]
    [InlineData("en", "SEVENTEEN released the album and a music video. A Japanese version of the single follows on November 20.", "seventeen single 2024-11-20")]
    [InlineData("ru", "IVE выпустили сингл «Accendio» и клип на него. Песня выйдет в Японии 10 ноября.", "ive single 2024-11-10")]
    public void AVideoToldWithAnotherWork_IsNotOutWithTheNextOne(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // DescribedVideo: a video with a time of its own, said not to be ready, or of an older song is not out with the release.
    [Theory]
    [InlineData("ru", "aespa выпустят сингл 8 ноября. Клип снимали ночью в Бангкоке, но выйдет он только в декабре.", "aespa single 2024-11-08")]
    [InlineData("en", "ZICO will release the single \"SPOT!\" on November 8. The music video isn't ready yet.", "zico single 2024-11-08")]
    [InlineData("en", "TWICE will release their single on November 8. The music video is still being filmed.", "twice single 2024-11-08")]
    [InlineData("en", "ZICO released the single \"SPOT!\" on October 25. The music video for his 2020 single \"Any Song\" was directed by Lumpens.",
        "zico single 2024-10-25")]
    public void AVideoWithItsOwnTimeOrNotReady_IsNotOutWithTheRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // «опубликован»: a post or photos published that day are no work.
    [Theory]
    [InlineData("ru", "IVE выпустят альбом 10 ноября.\nПост опубликован в Weverse 30 октября.", "ive album 2024-11-10")]
    [InlineData("ru", "ITZY выпустят альбом 10 ноября. Первые фото опубликованы 30 октября.", "itzy album 2024-11-10")]
    // A quote further into the sentence (in characters) than the sentence has tokens once threw (round 26).
    [InlineData("ru", "Длинный пост агентства с фотографиями участниц и подписью «Supernova» опубликован 30 октября.", "")]
    public void APostOrPhotosPublished_AreNoRelease(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // GenitiveAfterNoun: after «во время концерта», «вслед за тизером» the next noun is the clause's subject, not what the event is of.
    [Theory]
    [InlineData("ru", "TWICE выпустят альбом 8 ноября. Во время концерта дорама «Королева слёз» выйдет 9 ноября.",
        "twice album 2024-11-08; queen-of-tears drama 2024-11-09")]
    [InlineData("ru", "TWICE выпустят сингл 8 ноября. Накануне концерта песня выйдет на платформах 7 ноября.", "twice single 2024-11-08; twice single 2024-11-07")]
    [InlineData("ru", "IVE выпустят альбом 10 ноября. Вслед за тизером песня выйдет 5 ноября.", "ive album 2024-11-10; ive single 2024-11-05")]
    public void ASubjectAfterAnEventPhrase_IsStillTheWork(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));

    // ShowBeforeItsVerb: a person, or a work another is made from, is not the show that premieres.
    [Theory]
    [InlineData("Park Bo-gum premieres on November 8.", "")]
    [InlineData("A spin-off of Running Man premieres on November 8 on SBS.", "")]
    [InlineData("The Japanese remake of Signal premieres on November 8.", "")]
    [InlineData("The new drama reunites the cast of Moving. Fans who loved Moving premieres November 8 on Disney+.", "")]
    [InlineData("Kingdom premieres tonight on Netflix at 5 p.m.", "kingdom drama 2024-10-31")]
    public void APersonOrAnOriginal_IsNotTheShowThatPremieres(string text, string expected) =>
        Assert.Equal(expected, Read("en", text));
}
