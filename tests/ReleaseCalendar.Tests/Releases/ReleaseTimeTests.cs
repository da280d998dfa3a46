using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Feeds;

namespace ReleaseCalendar.Tests.Releases;

/// <summary>The one time engine, and the JSON API and feeds agreeing on every instant, old rows included.</summary>
public sealed class ReleaseTimeTests
{
    static readonly FeedHeader Header = new("Time", "Time");

    [Fact]
    public void TzdbVersion_IsARecentRelease()
    {
        // README names this release; NodaTime 3.3.7 embeds it.
        Assert.StartsWith("TZDB: 2026", ReleaseTime.TzdbVersion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Asia/Seoul", "Asia/Seoul")]
    [InlineData("UTC", "Etc/UTC")]
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("asia/seoul", null)]
    [InlineData("posix/Asia/Seoul", null)]
    [InlineData("Factory", null)]
    [InlineData("localtime", null)]
    [InlineData("", null)]
    public void CanonicalZoneId_OnlyExactTzdbIds(string id, string? canonical) =>
        Assert.Equal(canonical, ReleaseTime.CanonicalZoneId(id));

    [Theory]
    // Rows stored before validation used tzdb: a different case or a system folder still names the zone...
    [InlineData("asia/seoul", "2024-05-24T13:00:00+09:00", "DTSTART;TZID=Asia/Seoul:20240524T130000")]
    [InlineData("posix/Asia/Seoul", "2024-05-24T13:00:00+09:00", "DTSTART;TZID=Asia/Seoul:20240524T130000")]
    [InlineData("Asia/Calcutta", "2024-05-24T13:00:00+05:30", "DTSTART;TZID=Asia/Kolkata:20240524T130000")]
    // ...and one with no zone at all is "time TBA" in both places, never a time in one and a day in the other.
    [InlineData("Factory", null, "DTSTART;VALUE=DATE:20240524")]
    [InlineData("localtime", null, "DTSTART;VALUE=DATE:20240524")]
    public void StoredZone_LegacyValue_JsonAndFeedAgree(string stored, string? startsAt, string dtstart)
    {
        var release = FeedSamples.Make(1, "Old", ReleaseKind.Single, new DateOnly(2024, 5, 24), new TimeOnly(13, 0), stored);

        var json = release.ToResponse();
        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, [release], FeedSamples.Options()));

        Assert.Equal(startsAt is null ? null : DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture), json.StartsAt);
        Assert.Contains(dtstart, lines);
    }

    [Fact]
    public void Moment_LegacySkippedTime_MovesForwardInJsonAndFeedAlike()
    {
        // Stored before validation refused it: Moscow skipped 02:00–03:00 on 2011-03-27.
        var release = FeedSamples.Make(1, "Old", ReleaseKind.Single, new DateOnly(2011, 3, 27), new TimeOnly(2, 30), "Europe/Moscow");

        var json = release.ToResponse();
        var calendar = FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options()));

        Assert.Equal(new DateTimeOffset(2011, 3, 27, 3, 30, 0, TimeSpan.FromHours(4)), json.StartsAt);
        Assert.Equal("+04:00", json.UtcOffset);
        Assert.Contains("does not exist", json.TimeNote, StringComparison.Ordinal);
        var start = Assert.Single(calendar.Events).DtStart!;
        Assert.Equal(new DateTime(2011, 3, 27, 3, 30, 0), start.Value); // a local time that exists
        Assert.Equal(json.StartsAt!.Value.UtcDateTime, start.AsUtc);
    }

    [Fact]
    public void Moment_LegacySeconds_KeptInJsonAndFeed()
    {
        var release = FeedSamples.Make(1, "Old", ReleaseKind.Single, new DateOnly(2024, 5, 24), new TimeOnly(13, 0, 59), "Asia/Seoul");

        var json = release.ToResponse();
        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, [release], FeedSamples.Options()));

        Assert.Equal("13:00:59", json.Time);
        Assert.Equal(new DateTimeOffset(2024, 5, 24, 13, 0, 59, TimeSpan.FromHours(9)), json.StartsAt);
        Assert.Contains("DTSTART;TZID=Asia/Seoul:20240524T130059", lines);
    }

    [Fact]
    public void Build_StartJustBeforeSpringForward_EndsAnHourLaterAtAnExistingTime()
    {
        // 01:30 EST + 1 h = 03:30 EDT; the old wall-clock sum wrote 02:30, which doesn't exist, and ical.js and
        // libical read a zero-length event.
        var release = FeedSamples.Make(1, "Gap", ReleaseKind.Single, new DateOnly(2024, 3, 10), new TimeOnly(1, 30), "America/New_York");

        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, [release], FeedSamples.Options()));

        Assert.Contains("DTSTART;TZID=America/New_York:20240310T013000", lines);
        Assert.Contains("DTEND;TZID=America/New_York:20240310T033000", lines);
    }

    [Fact]
    public void Build_EndInTheSecondOfARepeatedHour_GoesOutInUtc()
    {
        // 01:30 EDT (first occurrence) + 1 h = 01:30 EST, which a client reading TZID local time takes as EDT.
        var release = FeedSamples.Make(1, "Overlap", ReleaseKind.Single, new DateOnly(2024, 11, 3), new TimeOnly(1, 30), "America/New_York");

        var json = release.ToResponse();
        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, [release], FeedSamples.Options()));

        Assert.Equal(new DateTimeOffset(2024, 11, 3, 1, 30, 0, TimeSpan.FromHours(-4)), json.StartsAt);
        Assert.Contains("DTSTART;TZID=America/New_York:20241103T013000", lines);
        Assert.Contains("DTEND:20241103T063000Z", lines);
    }

    [Theory]
    [InlineData("Asia/Seoul", "2024-05-24", "13:00", null)]
    [InlineData("Europe/Moscow", "2011-03-27", "02:30", "02:00 (+03:00) straight to 2011-03-27 03:00 (+04:00)")]
    [InlineData("Pacific/Apia", "2011-12-30", "12:00", "2011-12-30 00:00 (-10:00) straight to 2011-12-31 00:00 (+14:00)")]
    [InlineData("Asia/Pyongyang", "2018-05-04", "23:45", "23:30 (+08:30) straight to 2018-05-05 00:00 (+09:00)")]
    public void Skipped_NamesTheGap(string zone, string date, string time, string? gap)
    {
        var message = ReleaseTime.Skipped(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), zone);

        if (gap is null) Assert.Null(message);
        else Assert.Contains(gap, message, StringComparison.Ordinal);
    }
}
