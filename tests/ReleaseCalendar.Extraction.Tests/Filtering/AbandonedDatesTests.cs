namespace ReleaseCalendar.Extraction.Tests.Filtering;

/// <summary>Issue #9 §1.10: a postponement stated across sentences never emits the abandoned date.</summary>
public sealed class AbandonedDatesTests
{
    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 5, 10), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    [Theory]
    [InlineData("en", "TWICE had been set to release the mini album on June 5. The album has been pushed back to June 12.", "album 2024-06-12")]
    [InlineData("ru", "Мини-альбом TWICE должен был выйти 5 июня. Теперь релиз альбома перенесён на 12 июня.", "album 2024-06-12")]
    [InlineData("en", "TWICE released the single today. The mini album has been pushed back to June 12.", "single 2024-05-10; ep 2024-06-12")]
    [InlineData("ru", "Сингл TWICE вышел сегодня. Релиз мини-альбома перенесён на 12 июня.", "single 2024-05-10; ep 2024-06-12")]
    public void Extract_PostponementInALaterSentence_DropsOnlyTheAbandonedDate(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));
}
