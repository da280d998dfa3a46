using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;
using Instant = NodaTime.Instant;
using LocalDateTime = NodaTime.LocalDateTime;
using Tzdb = NodaTime.DateTimeZoneProviders;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>
/// Instants are computed from the feed's own VTIMEZONE (as ical.js, libical and Outlook do), not from the TZID's
/// name, so a wrong VTIMEZONE fails here even though .NET's tz database would give the right answer.
/// </summary>
public sealed class CalendarTimeZoneTests
{
    static readonly FeedHeader Header = new("Time zones", "Time zone tests");

    [Theory]
    // 18:00 KST = 09:00 UTC: Berlin is +1 in winter, +2 in summer; Los Angeles is -8/-7, still the same day.
    [InlineData("2024-01-15T18:00", "Asia/Seoul", "Europe/Berlin", "2024-01-15T10:00")]
    [InlineData("2024-07-15T18:00", "Asia/Seoul", "Europe/Berlin", "2024-07-15T11:00")]
    [InlineData("2024-01-15T18:00", "Asia/Seoul", "America/Los_Angeles", "2024-01-15T01:00")]
    [InlineData("2024-07-15T18:00", "Asia/Seoul", "America/Los_Angeles", "2024-07-15T02:00")]
    // Issue 2's example: 13:00 KST is 07:00 in Moscow and 21:00 the day before in Los Angeles.
    [InlineData("2024-05-24T13:00", "Asia/Seoul", "Europe/Moscow", "2024-05-24T07:00")]
    [InlineData("2024-05-24T13:00", "Asia/Seoul", "America/Los_Angeles", "2024-05-23T21:00")]
    [InlineData("2024-01-15T08:00", "Asia/Seoul", "America/Los_Angeles", "2024-01-14T15:00")]
    // A release in a DST zone: the feed's own Europe/Berlin rules decide the UTC instant.
    [InlineData("2024-01-15T20:00", "Europe/Berlin", "Asia/Seoul", "2024-01-16T04:00")]
    [InlineData("2024-07-15T20:00", "Europe/Berlin", "Asia/Seoul", "2024-07-16T03:00")]
    [InlineData("2024-03-31T01:30", "Europe/Berlin", "UTC", "2024-03-31T00:30")]
    [InlineData("2024-03-31T03:30", "Europe/Berlin", "UTC", "2024-03-31T01:30")]
    [InlineData("2024-10-27T04:00", "Europe/Berlin", "UTC", "2024-10-27T03:00")]
    public void Build_TimedRelease_ShowsAtTheRightTimeForAViewerElsewhere(
        string releaseLocal, string releaseZone, string viewerZone, string expectedViewerLocal)
    {
        var local = DateTime.Parse(releaseLocal, System.Globalization.CultureInfo.InvariantCulture);
        var release = FeedSamples.Make(1, "Title", ReleaseKind.Single, DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local),
            releaseZone, subjects: FeedSamples.Rm());
        // A second release in the same zone widens the VTIMEZONE to several years of rules.
        var older = FeedSamples.Make(2, "Older", ReleaseKind.Single, new DateOnly(2019, 8, 1), new TimeOnly(12, 0), releaseZone,
            subjects: FeedSamples.Rm());

        var calendar = FeedSamples.Parse(CalendarBuilder.Build(Header, [release, older], FeedSamples.Options()));

        var start = FeedSamples.Event(calendar, release).DtStart!;
        Assert.Equal(releaseZone, start.TzId);
        var utc = UtcFromFeed(calendar, start);
        var seen = Instant.FromDateTimeUtc(utc).InZone(Tzdb.Tzdb[viewerZone]).LocalDateTime;
        Assert.Equal(DateTime.Parse(expectedViewerLocal, System.Globalization.CultureInfo.InvariantCulture),
            seen.ToDateTimeUnspecified());
        Assert.Equal(start.AsUtc, utc); // and Ical.Net, which goes by the zone's name, agrees
    }

    public static TheoryData<string> Zones => new()
    {
        "Asia/Seoul", "Asia/Tokyo", "Asia/Kolkata", "Europe/Berlin", "Europe/London", "Europe/Moscow",
        "America/Los_Angeles", "America/New_York", "America/Sao_Paulo", "Australia/Sydney", "Pacific/Auckland",
    };

    [Theory]
    [MemberData(nameof(Zones))]
    public void Build_VTimeZone_MatchesTzdbForEveryMonthOfTheYearsUsed(string zoneId)
    {
        // 2009..2026 spans Moscow's 2011 and 2014 changes and Sao Paulo's 2019 end of DST.
        var first = FeedSamples.Make(1, "First", ReleaseKind.Single, new DateOnly(2009, 2, 1), new TimeOnly(12, 0), zoneId);
        var last = FeedSamples.Make(2, "Last", ReleaseKind.Single, new DateOnly(2026, 11, 30), new TimeOnly(12, 0), zoneId);
        var calendar = FeedSamples.Parse(CalendarBuilder.Build(Header, [first, last], FeedSamples.Options()));
        var vtz = Assert.Single(calendar.TimeZones);
        var zone = Tzdb.Tzdb[zoneId];

        var mismatches = new List<string>();
        for (var month = new DateTime(2009, 1, 1); month.Year <= 2026; month = month.AddMonths(1))
        {
            foreach (var day in new[] { 1, 15 })
            {
                var local = new DateTime(month.Year, month.Month, day, 12, 0, 0);
                var expected = zone.AtLeniently(LocalDateTime.FromDateTime(local)).Offset.ToTimeSpan();
                var actual = OffsetFromFeed(vtz, local);
                if (actual != expected) mismatches.Add($"{local:yyyy-MM-dd HH:mm}: feed {actual}, tzdb {expected}");
            }
        }
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void Build_SeoulVTimeZone_IsOneStandardObservanceAtPlusNine()
    {
        var calendar = FeedSamples.Parse(CalendarBuilder.Build(Header, [FeedSamples.RmAlbum()], FeedSamples.Options()));

        var vtz = Assert.Single(calendar.TimeZones);
        var info = Assert.Single(vtz.TimeZoneInfos);
        Assert.Equal(Components.Standard, info.Name);
        Assert.Equal(TimeSpan.FromHours(9), info.OffsetFrom!.Offset);
        Assert.Equal(TimeSpan.FromHours(9), info.OffsetTo!.Offset);
        Assert.Null(info.RecurrenceRule);
    }

    [Fact]
    public void Build_BerlinVTimeZone_HasRecurringStandardAndDaylightRulesForOutlook()
    {
        var release = FeedSamples.Make(9, "Berlin", ReleaseKind.Other, new DateOnly(2024, 1, 15), new TimeOnly(20, 0), "Europe/Berlin");

        var bytes = CalendarBuilder.Build(Header, [release], FeedSamples.Options());

        var text = string.Join("\n", FeedSamples.Lines(bytes));
        Assert.Contains("BEGIN:DAYLIGHT\nDTSTART:20240331T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
                        + "TZNAME:CEST\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:STANDARD\nDTSTART:20241027T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
                        + "TZNAME:CET\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RuleThatEnded_IsNotLeftRecurring()
    {
        // Sao Paulo dropped DST in 2019: no rule of its may recur past that (once an RRULE with UNTIL; now none).
        var old = FeedSamples.Make(1, "Old", ReleaseKind.Single, new DateOnly(2017, 3, 1), new TimeOnly(12, 0), "America/Sao_Paulo");
        var recent = FeedSamples.Make(2, "Recent", ReleaseKind.Single, new DateOnly(2024, 3, 1), new TimeOnly(12, 0), "America/Sao_Paulo");

        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, [old, recent], FeedSamples.Options()));

        Assert.DoesNotContain(lines, l => l.StartsWith("RRULE:", StringComparison.Ordinal));
        Assert.Equal("TZOFFSETTO:-0300", lines.Last(l => l.StartsWith("TZOFFSETTO:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_OneVTimeZonePerTzidUsed()
    {
        var releases = new List<Release>
        {
            FeedSamples.RmAlbum(),
            FeedSamples.Episode(1, 5),
            FeedSamples.RmSingle(),
            FeedSamples.Make(9, "Berlin", ReleaseKind.Other, new DateOnly(2024, 1, 15), new TimeOnly(20, 0), "Europe/Berlin"),
        };

        var calendar = FeedSamples.Parse(CalendarBuilder.Build(Header, releases, FeedSamples.Options()));

        Assert.Equal(["Asia/Seoul", "Europe/Berlin"], calendar.TimeZones.Select(z => z.TzId ?? "").ToArray());
        Assert.All(calendar.Events.Where(e => e.DtStart!.TzId is not null),
            e => Assert.Contains(calendar.TimeZones, z => z.TzId == e.DtStart!.TzId));
    }

    [Fact]
    public void Build_ReleaseInTheRepeatedHour_EndsAfterItStarts()
    {
        // 01:30 happens twice in Los Angeles on 2024-11-03; RFC 5545 reads it as the first (PDT) one.
        var release = FeedSamples.Make(11, "Live", ReleaseKind.Film, new DateOnly(2024, 11, 3), new TimeOnly(1, 30), "America/Los_Angeles");

        var calendar = FeedSamples.Parse(CalendarBuilder.Build(Header, [release], FeedSamples.Options()));

        var evt = Assert.Single(calendar.Events);
        var start = UtcFromFeed(calendar, evt.DtStart!);
        var end = UtcFromFeed(calendar, evt.DtEnd!);
        Assert.Equal(new DateTime(2024, 11, 3, 8, 30, 0), start);
        Assert.True(end > start, $"DTEND {end:u} is not after DTSTART {start:u}");
    }

    /// <summary>The UTC instant of a TZID date-time, using only the calendar's VTIMEZONE for that TZID.</summary>
    static DateTime UtcFromFeed(Calendar calendar, CalDateTime value)
    {
        if (value.IsUtc) return value.AsUtc;
        var vtz = calendar.TimeZones.Single(z => z.TzId == value.TzId);
        var local = value.Value;
        return DateTime.SpecifyKind(local - OffsetFromFeed(vtz, local), DateTimeKind.Utc);
    }

    /// <summary>
    /// RFC 5545 §3.6.5: the observance in force is the one with the latest onset (its DTSTART or an RRULE
    /// occurrence) not after the local time.
    /// </summary>
    static TimeSpan OffsetFromFeed(VTimeZone vtz, DateTime local)
    {
        DateTime? latest = null;
        var offset = TimeSpan.Zero;
        foreach (var info in vtz.TimeZoneInfos)
        {
            foreach (var onset in Onsets(info).TakeWhile(t => t <= local))
            {
                if (latest is null || onset > latest)
                {
                    (latest, offset) = (onset, info.OffsetTo!.Offset);
                }
            }
        }
        Assert.True(latest is not null, $"{vtz.TzId}: no observance covers {local:yyyy-MM-dd HH:mm}");
        return offset;
    }

    /// <summary>
    /// Onsets of one observance as local times. Expanded here rather than by Ical.Net 5.2, whose evaluator drops
    /// the last occurrence before a UTC UNTIL; only the yearly "nth weekday of a month" shape tz rules use is
    /// accepted, anything else fails the test.
    /// </summary>
    static IEnumerable<DateTime> Onsets(VTimeZoneInfo info)
    {
        var start = info.DtStart!.Value;
        yield return start;
        if (info.RecurrenceRule is not { } rule) yield break;

        Assert.Equal(FrequencyType.Yearly, rule.Frequency);
        Assert.Equal(1, rule.Interval);
        Assert.Null(rule.Count);
        var month = Assert.Single(rule.ByMonth);
        var day = Assert.Single(rule.ByDay);
        Assert.True(day.Offset is >= 1 and <= 4 or -1, $"BYDAY ordinal {day.Offset}");
        Assert.True(rule.Until is null || rule.Until.IsUtc, "UNTIL in a VTIMEZONE must be UTC (RFC 5545 §3.3.10)");
        var from = info.OffsetFrom!.Offset;
        for (var year = start.Year + 1; year <= 2200; year++)
        {
            var date = day.Offset == -1
                ? LastWeekday(year, month, day.DayOfWeek)
                : FirstWeekday(year, month, day.DayOfWeek).AddDays(7 * (day.Offset!.Value - 1));
            var onset = date + start.TimeOfDay;
            if (rule.Until is not null && onset - from > rule.Until.Value) yield break;
            yield return onset;
        }
    }

    static DateTime FirstWeekday(int year, int month, DayOfWeek weekday)
    {
        var d = new DateTime(year, month, 1);
        return d.AddDays(((int)weekday - (int)d.DayOfWeek + 7) % 7);
    }

    static DateTime LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var d = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return d.AddDays(-(((int)d.DayOfWeek - (int)weekday + 7) % 7));
    }
}
