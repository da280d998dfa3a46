using System.Globalization;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;
using NodaTime;
using NodaTime.TimeZones;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>
/// The proof that every generated VTIMEZONE is right: for every zone of tzdb, a feed with releases from 1970 to 2035
/// is expanded by <see cref="VTimeZoneExpander"/> (written here from RFC 5545, sharing no code with the writer) and
/// its offset compared with tzdb just before and at every transition of the span, and at every release; where the
/// VTIMEZONE carries an open-ended RRULE, through <see cref="VTimeZoneWriter.RuleCheckedThrough"/> too.
/// </summary>
public sealed class VTimeZoneProofTests
{
    static readonly FeedHeader Header = new("Proof", "Every zone");

    // Each canonical id once; links render as their canonical zone (ReleaseTime.StoredZone).
    static readonly string[] AllCanonicalZones =
        [.. TzdbDateTimeZoneSource.Default.CanonicalIdMap.Values.Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Releases at 12:00 local, 1970–2035, on days that move through the year so every season is used.</summary>
    static List<Release> Spread(string zoneId)
    {
        var releases = new List<Release>();
        var id = 1;
        for (var year = 1970; year <= 2035; year++)
        {
            var date = new DateOnly(year, 1 + (year * 5 % 12), 1 + (year * 7 % 28));
            releases.Add(FeedSamples.Make(id++, $"R{year}", ReleaseKind.Single, date, new TimeOnly(12, 0), zoneId));
        }
        return releases;
    }

    [Fact]
    public void Build_EveryTzdbZone_VTimeZoneMatchesTzdbAcrossTheSpan()
    {
        var failures = new List<string>();
        var zones = AllCanonicalZones;
        Assert.True(zones.Length > 300, $"only {zones.Length} zones");
        foreach (var zoneId in zones)
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var releases = Spread(zoneId);
            var bytes = CalendarBuilder.Build(Header, releases, FeedSamples.Options());
            var lines = FeedSamples.Lines(bytes);
            if (zoneId == "Etc/UTC") continue; // UTC goes out in the Z form, without VTIMEZONE (tested below)
            var vtz = VTimeZoneExpander.Parse(lines, zoneId);

            var from = Instant.FromUtc(1969, 12, 31, 0, 0);
            var end = Instant.FromUtc(2037, 1, 2, 0, 0);
            var probes = new List<Instant>();
            foreach (var interval in zone.GetZoneIntervals(Instant.FromUtc(1970, 1, 1, 12, 0), Instant.FromUtc(2036, 1, 1, 0, 0)).Skip(1))
            {
                probes.Add(interval.Start - Duration.FromSeconds(1));
                probes.Add(interval.Start);
            }
            if (vtz.HasOpenRule)
            {
                foreach (var interval in zone.GetZoneIntervals(Instant.FromUtc(2036, 1, 1, 0, 0), Instant.FromUtc(VTimeZoneWriter.RuleCheckedThrough, 12, 1, 0, 0)).Skip(1))
                {
                    probes.Add(interval.Start - Duration.FromSeconds(1));
                    probes.Add(interval.Start);
                }
            }
            foreach (var r in releases)
            {
                probes.Add(ReleaseTime.Resolve(ReleaseTime.Local(r.Date, r.Time!.Value), zone).ToInstant());
            }
            foreach (var probe in probes.Where(p => p >= from && (p < end || vtz.HasOpenRule)))
            {
                var expected = zone.GetUtcOffset(probe);
                var actual = vtz.OffsetAt(probe);
                if (actual != expected)
                {
                    failures.Add($"{zoneId} at {probe}: VTIMEZONE {actual}, tzdb {expected}");
                    break;
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} zones wrong:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Build_EveryTzdbZone_EventsReadBackAtTzdbInstants()
    {
        // DTSTART/DTEND read with only the feed's VTIMEZONE (as ical.js and libical do) and with Ical.Net (by name).
        var failures = new List<string>();
        foreach (var zoneId in AllCanonicalZones)
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var releases = Spread(zoneId);
            var bytes = CalendarBuilder.Build(Header, releases, FeedSamples.Options());
            var lines = FeedSamples.Lines(bytes);
            var vtz = zoneId == "Etc/UTC" ? null : VTimeZoneExpander.Parse(lines, zoneId);
            var calendar = FeedSamples.Parse(bytes);
            foreach (var r in releases)
            {
                var expected = ReleaseTime.Resolve(ReleaseTime.Local(r.Date, r.Time!.Value), zone).ToInstant();
                var evt = FeedSamples.Event(calendar, r);
                var start = Instant.FromDateTimeUtc(evt.DtStart!.AsUtc);
                var end = Instant.FromDateTimeUtc(evt.DtEnd!.AsUtc);
                var ownStart = vtz is null ? start : vtz.InstantOf(LocalDateTime.FromDateTime(evt.DtStart.Value));
                var ownEnd = vtz is null || evt.DtEnd.IsUtc ? end : vtz.InstantOf(LocalDateTime.FromDateTime(evt.DtEnd.Value));
                if (start != expected || ownStart != expected || end != expected + Duration.FromHours(1) || ownEnd != end)
                {
                    failures.Add($"{zoneId} {r.Date:yyyy-MM-dd}: tzdb {expected}, Ical.Net {start}–{end}, VTIMEZONE {ownStart}–{ownEnd}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} events wrong:\n" + string.Join('\n', failures.Take(40)));
    }

    [Theory]
    // The issue's cases: the UK's 1993–95 "fourth Sunday" rule once recurred to 2027; Asuncion; Nuuk from 2029;
    // Russian zones' summers from 2015 when the feed also held a release from before 2011.
    [InlineData("Europe/London", 1990, 2030)]
    [InlineData("America/Asuncion", 2000, 2030)]
    [InlineData("America/Nuuk", 2020, 2035)]
    [InlineData("Asia/Yekaterinburg", 2005, 2020)]
    [InlineData("Asia/Vladivostok", 2005, 2020)]
    [InlineData("Europe/Moscow", 2005, 2020)]
    public void Build_IssueZones_MatchTzdbEveryHour(string zoneId, int firstYear, int lastYear)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var releases = new[]
        {
            FeedSamples.Make(1, "First", ReleaseKind.Single, new DateOnly(firstYear, 6, 1), new TimeOnly(12, 0), zoneId),
            FeedSamples.Make(2, "Last", ReleaseKind.Single, new DateOnly(lastYear, 6, 1), new TimeOnly(12, 0), zoneId),
        };
        var vtz = VTimeZoneExpander.Parse(FeedSamples.Lines(CalendarBuilder.Build(Header, releases, FeedSamples.Options())), zoneId);

        var mismatches = 0;
        string? firstMismatch = null;
        for (var t = Instant.FromUtc(firstYear, 1, 1, 12, 0); t < Instant.FromUtc(lastYear + 1, 1, 1, 0, 0); t += Duration.FromHours(1))
        {
            if (vtz.OffsetAt(t) != zone.GetUtcOffset(t))
            {
                mismatches++;
                firstMismatch ??= $"{t}: VTIMEZONE {vtz.OffsetAt(t)}, tzdb {zone.GetUtcOffset(t)}";
            }
        }
        Assert.True(mismatches == 0, $"{mismatches} hours wrong, first {firstMismatch}");
    }

    [Fact]
    public void Build_ZoneThatStillHasDst_EndsWithOpenYearlyRulesForOutlook()
    {
        var releases = new[]
        {
            FeedSamples.Make(1, "Old", ReleaseKind.Single, new DateOnly(1995, 6, 1), new TimeOnly(12, 0), "Europe/London"),
            FeedSamples.Make(2, "New", ReleaseKind.Single, new DateOnly(2024, 6, 1), new TimeOnly(12, 0), "Europe/London"),
        };

        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, releases, FeedSamples.Options()));

        // Only the last two observances recur, on the EU rule; 1995's "fourth Sunday" (22 October) does not.
        Assert.Equal(["RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"],
            lines.Where(l => l.StartsWith("RRULE", StringComparison.Ordinal)).ToArray());
        Assert.Contains("DTSTART:19951022T020000", lines);
    }

    [Fact]
    public void Build_ZoneThatDroppedDst_HasNoRecurringRule()
    {
        var releases = new[]
        {
            FeedSamples.Make(1, "Old", ReleaseKind.Single, new DateOnly(2005, 6, 1), new TimeOnly(12, 0), "Europe/Moscow"),
            FeedSamples.Make(2, "New", ReleaseKind.Single, new DateOnly(2020, 6, 1), new TimeOnly(12, 0), "Europe/Moscow"),
        };

        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, releases, FeedSamples.Options()));

        Assert.DoesNotContain(lines, l => l.StartsWith("RRULE", StringComparison.Ordinal));
        Assert.Contains("TZOFFSETTO:+0300", lines);
    }

    [Fact]
    public void Build_Utc_UsesTheZFormWithoutVTimeZone()
    {
        var lines = FeedSamples.Lines(CalendarBuilder.Build(Header, Spread("Etc/UTC"), FeedSamples.Options()));

        Assert.DoesNotContain("BEGIN:VTIMEZONE", lines);
        Assert.Contains("DTSTART:19701115T120000Z", lines); // the 1970 release, 12:00 UTC
    }

    [Fact]
    public void Build_SixtyFiveYearsInOneDstZone_StaysSmall()
    {
        var bytes = CalendarBuilder.Build(Header, Spread("America/New_York"), FeedSamples.Options());
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var vtimezone = text[text.IndexOf("BEGIN:VTIMEZONE", StringComparison.Ordinal)..(text.IndexOf("END:VTIMEZONE", StringComparison.Ordinal) + 13)];

        // ~130 transitions of ~105 octets each.
        Assert.InRange(vtimezone.Length, 5_000, 20_000);
    }
}

/// <summary>
/// A VTIMEZONE read straight from content lines and expanded by RFC 5545 §3.6.5 and §3.3.10 (yearly BYDAY/BYMONTH
/// rules, open or with UNTIL, as tz rules are written; anything else fails): the offset in force at an instant is the TZOFFSETTO of the latest onset.
/// </summary>
internal sealed class VTimeZoneExpander
{
    readonly List<(Instant Onset, Offset To)> _onsets = [];
    readonly List<(LocalDateTime Onset, Offset To)> _localOnsets = [];

    public bool HasOpenRule { get; private set; }

    public static VTimeZoneExpander Parse(IReadOnlyList<string> lines, string tzId)
    {
        var begin = Array.FindIndex(lines.ToArray(), l => l == "BEGIN:VTIMEZONE");
        Assert.True(begin >= 0, $"{tzId}: no VTIMEZONE");
        Assert.Equal($"TZID:{tzId}", lines[begin + 1]);
        var result = new VTimeZoneExpander();
        Dictionary<string, string>? props = null;
        for (var i = begin + 2; lines[i] != "END:VTIMEZONE"; i++)
        {
            var line = lines[i];
            if (line is "BEGIN:STANDARD" or "BEGIN:DAYLIGHT") props = [];
            else if (line is "END:STANDARD" or "END:DAYLIGHT") { result.Add(props!); props = null; }
            else
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                Assert.True(props is not null && colon > 0, $"{tzId}: stray line {line}");
                props![line[..colon]] = line[(colon + 1)..];
            }
        }
        result._onsets.Sort((a, b) => a.Onset.CompareTo(b.Onset));
        result._localOnsets.Sort((a, b) => a.Onset.CompareTo(b.Onset));
        return result;
    }

    void Add(Dictionary<string, string> p)
    {
        var start = LocalDateTime.FromDateTime(DateTime.ParseExact(p["DTSTART"], "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
        var from = ParseOffset(p["TZOFFSETFROM"]);
        var to = ParseOffset(p["TZOFFSETTO"]);
        Assert.False(p.ContainsKey("RDATE"));
        var starts = new List<LocalDateTime> { start };
        if (p.TryGetValue("RRULE", out var rule))
        {
            var parts = rule.Split(';').Select(x => x.Split('=')).ToDictionary(x => x[0], x => x[1]);
            Assert.Equal("YEARLY", parts["FREQ"]);
            Assert.Equal(["BYDAY", "BYMONTH", "FREQ"], parts.Keys.Where(k => k != "UNTIL").Order(StringComparer.Ordinal).ToArray());
            // RFC 5545 §3.3.10: in a VTIMEZONE, UNTIL is a UTC date-time, compared with the onset's instant.
            Instant? until = parts.TryGetValue("UNTIL", out var u)
                ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(DateTime.ParseExact(u, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), DateTimeKind.Utc))
                : null;
            HasOpenRule |= until is null;
            var month = int.Parse(parts["BYMONTH"], CultureInfo.InvariantCulture);
            var ordinal = int.Parse(parts["BYDAY"][..^2], CultureInfo.InvariantCulture);
            var weekday = Array.IndexOf(["MO", "TU", "WE", "TH", "FR", "SA", "SU"], parts["BYDAY"][^2..]) + 1;
            for (var year = start.Year + 1; year <= VTimeZoneWriter.RuleCheckedThrough; year++)
            {
                var days = DateTime.DaysInMonth(year, month);
                var candidates = Enumerable.Range(1, days).Select(d => new LocalDate(year, month, d))
                    .Where(d => (int)d.DayOfWeek == weekday).ToList();
                var date = ordinal > 0 ? candidates[ordinal - 1] : candidates[^(-ordinal)];
                var onset = date.At(start.TimeOfDay);
                if (until is { } last && onset.WithOffset(from).ToInstant() > last) break;
                starts.Add(onset);
            }
        }
        foreach (var s in starts)
        {
            _onsets.Add((s.WithOffset(from).ToInstant(), to));
            _localOnsets.Add((s, to));
        }
    }

    /// <summary>TZOFFSETTO of the latest onset at or before the instant.</summary>
    public Offset OffsetAt(Instant instant)
    {
        var i = LastAtOrBefore(_onsets, o => o.Onset <= instant);
        Assert.True(i >= 0, $"no observance covers {instant}");
        return _onsets[i].To;
    }

    /// <summary>A DATE-TIME with this TZID as a client reads it: the offset of the latest onset, in local time.</summary>
    public Instant InstantOf(LocalDateTime local)
    {
        var i = LastAtOrBefore(_localOnsets, o => o.Onset <= local);
        Assert.True(i >= 0, $"no observance covers {local}");
        return local.WithOffset(_localOnsets[i].To).ToInstant();
    }

    /// <summary>Binary search in a sorted list: the last index where the predicate holds, or -1.</summary>
    static int LastAtOrBefore<T>(List<T> sorted, Func<T, bool> atOrBefore)
    {
        var (lo, hi) = (0, sorted.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (atOrBefore(sorted[mid])) lo = mid + 1;
            else hi = mid - 1;
        }
        return hi;
    }

    static Offset ParseOffset(string s)
    {
        var sign = s[0] == '-' ? -1 : 1;
        var h = int.Parse(s[1..3], CultureInfo.InvariantCulture);
        var m = int.Parse(s[3..5], CultureInfo.InvariantCulture);
        var sec = s.Length > 5 ? int.Parse(s[5..7], CultureInfo.InvariantCulture) : 0;
        return Offset.FromSeconds(sign * (h * 3600 + m * 60 + sec));
    }
}
