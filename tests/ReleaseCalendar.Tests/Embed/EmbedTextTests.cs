using ReleaseCalendar.Embed;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Embed;

public sealed class EmbedTextTests
{
    [Theory]
    [InlineData("2024-05-24", "13:00", "Asia/Seoul", true, "24 мая 2024, 13:00 по Сеулу")]
    [InlineData("2024-05-24", "13:00", "Asia/Seoul", false, "May 24, 2024, 13:00 Seoul time")]
    [InlineData("2024-01-01", "00:30", "Europe/Moscow", true, "1 января 2024, 00:30 по Москве")]
    [InlineData("2024-12-31", "20:00", "America/Sao_Paulo", false, "December 31, 2024, 20:00 São Paulo time")]
    [InlineData("2024-12-31", "20:00", "Asia/Dhaka", true, "31 декабря 2024, 20:00 по времени Dhaka")] // no name of its own: the city
    [InlineData("2024-03-08", null, null, true, "8 марта 2024")]
    [InlineData("2024-03-08", null, null, false, "March 8, 2024")]
    [InlineData("2024-05", null, null, true, "май 2024")]
    [InlineData("2024-05", null, null, false, "May 2024")]
    [InlineData("2024-11", "13:00", "Asia/Seoul", true, "ноябрь 2024")]   // a time without a day is not shown
    [InlineData("2025", null, null, true, "2025")]
    [InlineData("2025", null, null, false, "2025")]
    public void When_EachPrecision_ReadsAsFansWriteIt(string date, string? time, string? zone, bool ru, string expected)
    {
        Assert.True(ReleaseDate.TryParse(date, out var d, out var precision, out _));
        var t = time is null ? (TimeOnly?)null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, EmbedText.When(d, precision, t, zone, ru));
    }

    [Theory]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.8", "ru")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("de-DE,en;q=0.5,ru;q=0.4", "en")]
    [InlineData("ko-KR", "ru")]
    [InlineData("en;q=0,ru;q=0.1", "ru")]
    [InlineData("", "ru")]
    public void LanguageOf_AcceptLanguage_PicksTheBetterOfRuAndEn(string header, string expected)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        if (header.Length > 0) context.Request.Headers.AcceptLanguage = header;
        Assert.Equal(expected, EmbedRequest.LanguageOf(context.Request));
    }
}
