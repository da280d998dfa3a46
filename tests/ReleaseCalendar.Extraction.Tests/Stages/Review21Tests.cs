namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Review of round 21's rules (diff 1ad2722..4ac97cb): realistic sentences where a new rule dropped a real release or gave
/// it the wrong subject, title, kind or day. Each row states the correct output (Corpus/README.md, round 21).
/// </summary>
public sealed class Review21Tests
{
    static string Read(string lang, string published, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
                lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Subject} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}" + (c.Time is { } t ? $" {t:HH\\:mm}" : "")));

    [Theory]
    // A correction's words: only an article's own correction, and only up to what it says was said.
    [InlineData("en", "2023-05-30", "An earlier version of the song went viral on TikTok, and NewJeans will release the full single \"Super Shy\" on July 7.",
        "NewJeans single Super Shy 2023-07-07")]
    [InlineData("ru", "2023-05-30", "В первой версии песни Джин пел один, а полная версия сингла «The Astronaut» выйдет 5 июня.", "Джин single The Astronaut 2023-06-05")]
    [InlineData("ru", "2023-05-30", "В предыдущей версии материала была указана неверная дата: сериал «Лунная река» стартует 7 ноября.",
        "Лунная река drama Лунная река 2023-11-07")]
    [InlineData("en", "2023-05-30", "An earlier version of this article incorrectly stated that NewJeans would release \"Get Up\" on July 14; the EP will be released on July 21.",
        "NewJeans ep  2023-07-21")]
    [InlineData("en", "2023-05-30", "Some outlets misstated the group's plans, but JYP confirmed TWICE will release a new mini album on June 5.", "TWICE ep  2023-06-05")]
    // An hour's "p.m." goes on with plural weekdays, zones and "… time" before the day.
    [InlineData("en", "2023-05-30", "SBS's new drama \"Taxi Driver 2\" airs at 10 p.m. Fridays and Saturdays starting June 2.",
        "Taxi Driver 2 drama Taxi Driver 2 2023-06-02 22:00")]
    [InlineData("en", "2023-08-01", "BLACKPINK's single \"Pink Venom\" drops at 1 p.m. Thai time on Aug. 19.", "BLACKPINK single Pink Venom 2023-08-19 13:00")]
    [InlineData("en", "2023-08-01", "BLACKPINK's single \"Pink Venom\" drops at 1 p.m. HKT Aug. 19.", "BLACKPINK single Pink Venom 2023-08-19 13:00")]
    [InlineData("ru", "2023-05-30", "5 июня Дж. Ю. Пак выпустит сингл «Changer».", "Пак single Changer 2023-06-05")]
    // Square brackets: a credit, an editor's insertion and a video tag are no titles.
    [InlineData("en", "2023-02-20", "TWICE will release their 12th mini album on March 10 [JYP ENTERTAINMENT]", "TWICE ep  2023-03-10")]
    [InlineData("en", "2023-02-20", "A JYP official said [TWICE] will return with a new mini album on March 10.", "TWICE ep  2023-03-10")]
    [InlineData("en", "2023-05-30", "Watch: TWICE drops MV [Video] for \"Talk That Talk\" on June 5.", "TWICE mv Talk That Talk 2023-06-05")]
    // A reporting verb in an aside after the day leaves the day the release's.
    [InlineData("ru", "2023-05-30", "Сингл BTS выйдет 1 июня, а 5 июня, как сообщило агентство, состоится релиз клипа.", "BTS single  2023-06-01; BTS mv  2023-06-05")]
    [InlineData("en", "2023-05-30", "TWICE will drop a pre-release single on June 1, but on June 9, JYP said, the full album arrives.",
        "TWICE single  2023-06-01; TWICE album  2023-06-09")]
    // "from" a day outside the bracket that names the old one starts on that day.
    [InlineData("ru", "2023-10-01", "После переноса дорама «Лунная река» будет выходить на KBS2 с 7 ноября (а не 31 октября, как планировалось).",
        "Лунная река drama Лунная река 2023-11-07")]
    [InlineData("en", "2023-10-01", "The postponed drama \"Moon River\" will air on KBS2 from Nov. 7 (instead of Oct. 31).", "Moon River drama Moon River 2023-11-07")]
    // Only a channel after an event's word starts the event's name; a pre-order's record keeps its title.
    [InlineData("ru", "2023-07-01", "Stray Kids открыли предзаказ мини-альбома GLOWUP, который выйдет 19 июля.", "Stray Kids ep GLOWUP 2023-07-19")]
    // A show's episode in a clause of its own is no place of the record in a series.
    [InlineData("ru", "2023-05-30", "Мини-альбом Lim Young-woong выйдет в среду, а финальная серия «Королевы слёз» — в воскресенье.",
        "Lim Young-woong ep  2023-05-31; Королевы слёз episode Королевы слёз 2023-06-04")]
    [InlineData("en", "2023-05-30", "IVE's album comes out Wednesday, and episode 16 of \"Queen of Tears\" airs on Sunday.",
        "IVE album  2023-05-31; Queen of Tears episode Queen of Tears 2023-06-04")]
    public void Extract_Review21Regression_GivesTheRelease(string lang, string published, string text, string expected) =>
        Assert.Equal(expected, Read(lang, published, text));

    // Initials are not an hour's "p.m.": "J. Y. Park" stays in its sentence.
    [Theory]
    [InlineData("en", "On June 5, J. Y. Park will release the single \"Changer.\"")]
    [InlineData("en", "On June 5, Y. Park releases the single \"Changer\" at 6 p.m. KST.")]
    public void Scan_InitialsBeforeACapital_DoNotEndTheSentence(string lang, string text) =>
        Assert.Single(Stage.Sentences(lang, text));

    // A place before a name is no syllable of it.
    [Theory]
    [InlineData("На фанмитинге в Пусане Чимин объявил, что его сольный альбом выйдет 5 июня.", "jimin album  2023-06-05")]
    [InlineData("Вчера в Инчхоне Лиса объявила, что её сингл выйдет 5 июня.", "lisa single  2023-06-05")]
    public void Extract_PlaceBeforeACatalogName_LeavesTheName(string text, string expected)
    {
        var catalog = new ExtractionCatalog([
            KeyValuePair.Create("jimin", (IReadOnlyList<string>)["Чимин"]),
            KeyValuePair.Create("lisa", (IReadOnlyList<string>)["Лиса"]),
        ]);
        var found = DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2023, 5, 30), Language.Ru), catalog);
        Assert.Equal(expected, string.Join("; ", found.Select(c => $"{c.ResolvedSubjectSlug} {c.Kind.ToString().ToLowerInvariant()} {c.Title} {c.Date:yyyy-MM-dd}")));
    }

    // A short weekday is a label's only when capitalised: "the video sat 3rd" is a verb.
    [Fact]
    public void Extract_LowerCaseSat_IsNoWeekday() =>
        Assert.StartsWith("NewJeans ep Get Up 2023-06-02", Read("en", "2023-05-30", "NewJeans release the EP \"Get Up\" on Friday and the video sat 3rd at 9 p.m."));
}
