using Microsoft.Net.Http.Headers;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Pages;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Pages;

/// <summary>The pages' pure parts: language choice, zone wording, dates, feed options.</summary>
public sealed class PageCoreTests
{
    [Theory]
    [InlineData(null, null, "ru")]
    [InlineData(null, "en-US,en;q=0.9", "en")]
    [InlineData(null, "de-DE,en;q=0.8,ru;q=0.9", "ru")]
    [InlineData(null, "ko-KR", "ru")]
    [InlineData(null, "en;q=0", "ru")]
    [InlineData("en", "ru", "en")]
    [InlineData("RU", "en", "ru")]
    [InlineData("xx", "en", "en")]
    public void Choose_QueryThenAcceptLanguageThenRussian(string? query, string? accept, string expected)
    {
        var header = accept is null ? null : StringWithQualityHeaderValue.ParseList(accept.Split(','));
        Assert.Equal(expected, PageLanguage.Choose(query, header));
    }

    [Theory]
    [InlineData("Asia/Seoul", "ru", "по Сеулу")]
    [InlineData("Europe/Moscow", "en", "Moscow time")]
    [InlineData("Etc/UTC", "ru", "UTC")]
    [InlineData("America/Argentina/Buenos_Aires", "ru", "по времени Buenos Aires")]
    [InlineData("Asia/Dhaka", "en", "Dhaka time")]
    public void ZonePhrase_TableThenCityFallback(string zone, string lang, string expected) =>
        Assert.Equal(expected, ZoneNames.Phrase(zone, lang));

    [Fact]
    public void ZoneTable_NamesOnlyZonesTzdbKnows()
    {
        foreach (var zone in ZoneNames.Table.Keys)
            Assert.True(NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null, zone);
    }

    static Release At(string date, string? time = null, string? zone = null)
    {
        Assert.True(ReleaseDate.TryParse(date, out var d, out var precision, out _));
        return new Release
        {
            Title = "T", CreatedBy = "t", UpdatedBy = "t", Date = d, Precision = precision,
            Time = time is null ? null : TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), TimeZone = zone,
        };
    }

    [Theory]
    [InlineData("2024-05", null, null, "ru", "май 2024", "2024-05", true)]
    [InlineData("2024-05", null, null, "en", "May 2024", "2024-05", true)]
    [InlineData("2025", null, null, "ru", "2025", "2025", true)]
    [InlineData("2024-05-24", null, null, "ru", "24 мая", "2024-05-24", false)]
    [InlineData("2023-12-31", null, null, "en", "December 31, 2023", "2023-12-31", false)]
    [InlineData("2024-05-24", "13:00", "Asia/Seoul", "ru", "24 мая, 13:00 по Сеулу", "2024-05-24T04:00:00Z", false)]
    [InlineData("2024-05-24", "13:00", "Asia/Seoul", "en", "May 24, 13:00 Seoul time", "2024-05-24T04:00:00Z", false)]
    // A local time the clocks skipped (stored before validation refused it) shows as the instant feeds use: 03:30 CEST.
    [InlineData("2024-03-31", "02:30", "Europe/Berlin", "en", "March 31, 03:30 Berlin time", "2024-03-31T01:30:00Z", false)]
    public void ReleaseWhen_SaysWhatTheCalendarShows(string date, string? time, string? zone, string lang, string text, string machine, bool dayUnknown)
    {
        var when = ReleaseWhen.Of(At(date, time, zone), lang, currentYear: 2024);
        Assert.Equal(text, when.Text);
        Assert.Equal(machine, when.Machine);
        Assert.Equal(dayUnknown, when.DayUnknown);
        Assert.Equal(time is null ? null : zone, when.ZoneId);
    }

    [Fact]
    public void FromForm_AllKindsIsNoFilter_UnknownValuesFallBack_UncheckedMembersIsOff()
    {
        var all = SubscribeOptions.FromForm(SubscribeOptions.AllKinds.Select(ReleaseKinds.WireName), "en", null, "PT1H", submitted: true, "ru");
        Assert.Empty(all.Kinds);
        Assert.False(all.IncludeMembers);
        Assert.Equal("?lang=en&includeMembers=false&alarm=PT1H", all.FeedQuery(hasMembers: true));
        Assert.Equal("?lang=en&alarm=PT1H", all.FeedQuery(hasMembers: false));

        var odd = SubscribeOptions.FromForm(["single,ALBUM", "nonsense", "3"], "xx", null, "PT2S", submitted: false, "en");
        Assert.Equal([ReleaseKind.Album, ReleaseKind.Single], odd.Kinds);
        Assert.True(odd.IncludeMembers);
        Assert.Equal("", odd.Alarm);
        Assert.Equal("?lang=en&kinds=album,single", odd.FeedQuery(hasMembers: true));
    }

    [Fact]
    public void FromFeed_ReadsTheFeedsOwnParameters_SameQueryBack()
    {
        var (request, _) = FeedRequest.Parse("rm", new FeedQuery("en", "P1D", null, null, false, null, "mv,album"), new DateOnly(2024, 5, 20), new FeedOptions());
        var options = SubscribeOptions.FromFeed(request!);
        Assert.Equal("?lang=en&kinds=album,mv&includeMembers=false&alarm=P1D", options.FeedQuery(hasMembers: true));
    }

    [Fact]
    public void Links_EncodeTheHttpsFeedForGoogleAndOutlook_WebcalSwapsTheScheme()
    {
        var links = SubscribeLinks.For("https://cal.example/", "rm", "RM — релизы", SubscribeOptions.Default("ru") with { Alarm = "PT1H" }, hasMembers: false);
        Assert.Equal("https://cal.example/feeds/rm.ics?lang=ru&alarm=PT1H", links.Https);
        Assert.Equal("webcal://cal.example/feeds/rm.ics?lang=ru&alarm=PT1H", links.Webcal);
        Assert.Equal("https://calendar.google.com/calendar/r?cid=https%3A%2F%2Fcal.example%2Ffeeds%2Frm.ics%3Flang%3Dru%26alarm%3DPT1H", links.Google);
        Assert.Equal("https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fcal.example%2Ffeeds%2Frm.ics%3Flang%3Dru%26alarm%3DPT1H"
            + "&name=RM%20%E2%80%94%20%D1%80%D0%B5%D0%BB%D0%B8%D0%B7%D1%8B", links.Outlook);
        Assert.Equal(links.Outlook.Replace("https://outlook.live.com/", "https://outlook.office.com/", StringComparison.Ordinal), links.Outlook365);
        Assert.Equal("/feeds/rm.ics?lang=ru&alarm=PT1H", links.Download);
        Assert.Equal("/subscribe/rm/qr.svg?lang=ru&alarm=PT1H", links.Qr);
    }
}
