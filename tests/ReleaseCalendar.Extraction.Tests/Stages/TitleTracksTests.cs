namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>A video for a record's title track comes out with the record, even from a sentence with no day.</summary>
public sealed class TitleTracksTests
{
    static string Read(string lang, string text) =>
        string.Join("; ", DateExtractor.Extract(ArticleInput.FromText(text, new DateOnly(2024, 8, 30), lang == "ru" ? Language.Ru : Language.En))
            .Select(c => $"{c.Kind.ToString().ToLowerInvariant()} {c.Date:yyyy-MM-dd}"));

    [Theory]
    [InlineData("ru", "Сегодня LE SSERAFIM вернулись с мини-альбомом «CRAZY» и одноименным заглавным треком. Клип уже на YouTube!", "ep 2024-08-30; mv 2024-08-30")]
    [InlineData("en", "NCT 127 released the album \"Walk\" today. The title track is a hip-hop song, and its music video was released together with the album.", "album 2024-08-30; mv 2024-08-30")]
    [InlineData("ru", "Альбом SEVENTEEN вышел сегодня. Агентство хочет улучшить качество клипа на заглавный трек.", "album 2024-08-30")]
    [InlineData("en", "SEVENTEEN released the album today. The agency wants to reshoot the music video for the title track.", "album 2024-08-30")]
    [InlineData("ru", "Новая группа Velvet Comet выпустит мини-альбом «Paper Moon» 3 сентября. Группа дебютировала весной, а клип на заглавную песню снимали в Японии.", "ep 2024-09-03")]
    public void Extract_TitleTrackVideo_OnTheRecordsDay(string lang, string text, string expected) =>
        Assert.Equal(expected, Read(lang, text));
}
