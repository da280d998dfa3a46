using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using CalDateTime = Ical.Net.DataTypes.CalDateTime;
using NodaTime;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>
/// Issue #7 §5: random releases (any tzdb zone, times at and around every kind of transition, any text) → feed →
/// parsed back with Ical.Net → every field and instant equals what was stored and what the JSON API says.
/// </summary>
public sealed class FeedRoundTripProperties
{
    static readonly string[] ZoneIds = [.. DateTimeZoneProviders.Tzdb.Ids];
    static readonly ConcurrentDictionary<string, Instant[]> Transitions = new();

    static readonly string[] TextPieces =
    [
        "RM", "Right Place, Wrong Person", "Королева слёз", "눈물의 여왕", "😀", "🎤🎶", ";", ",", "\\", ":", "\"", "'", "\\n",
        "\r\n", "\n", "\t", "\u0007", "END:VEVENT", "BEGIN:VEVENT", "ё", "\u0301", "  ", " ", new string('x', 80), "«", "»",
    ];

    static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.ListOf(Gen.Elements(TextPieces)).Select(p => string.Concat(p))),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    /// <summary>Local times on the minute: anywhere in 1900–2100, or within 90 minutes of one of the zone's transitions.</summary>
    static Gen<(DateOnly Date, TimeOnly Time)> LocalTimeIn(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var transitions = Transitions.GetOrAdd(zoneId, _ => [.. zone
            .GetZoneIntervals(Instant.FromUtc(1900, 1, 2, 0, 0), Instant.FromUtc(2100, 12, 30, 0, 0)).Skip(1).Select(i => i.Start)]);
        var anywhere = from day in Gen.Choose(0, 73_000)
                       from minute in Gen.Choose(0, 24 * 60 - 1)
                       select (DateOnly.FromDayNumber(new DateOnly(1900, 1, 1).DayNumber + day), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute)));
        if (transitions.Length == 0) return anywhere;
        var edge = from index in Gen.Choose(0, transitions.Length - 1)
                   from shift in Gen.Choose(-90, 90)
                   from before in ArbMap.Default.GeneratorFor<bool>()
                   select Near(zone, transitions[index], shift, before);
        return Gen.Frequency((1, anywhere), (3, edge));
    }

    static (DateOnly, TimeOnly) Near(DateTimeZone zone, Instant transition, int shiftMinutes, bool beforeOffset)
    {
        // Read the transition in the offset before or after it, so both ends of gaps and overlaps are hit.
        var offset = beforeOffset ? zone.GetUtcOffset(transition - Duration.Epsilon) : zone.GetUtcOffset(transition);
        var local = transition.WithOffset(offset).LocalDateTime.PlusMinutes(shiftMinutes);
        local = local.PlusSeconds(-local.Second); // to the minute, as the admin API takes them
        return (new DateOnly(local.Year, local.Month, local.Day), new TimeOnly(local.Hour, local.Minute));
    }

    static readonly Gen<Release> AnyRelease =
        from id in Gen.Choose(1, 9999)
        from timed in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from zoneId in Gen.Elements(ZoneIds)
        from when in LocalTimeIn(zoneId)
        from title in Text
        from description in Text
        from kind in Gen.Elements(Enum.GetValues<ReleaseKind>())
        from status in Gen.Elements(Enum.GetValues<ReleaseStatus>())
        from sequence in Gen.Choose(0, 5)
        select Make(id, timed, zoneId, when, title, description, kind, status, sequence);

    static Release Make(int id, bool timed, string zoneId, (DateOnly Date, TimeOnly Time) when, string title, string description,
        ReleaseKind kind, ReleaseStatus status, int sequence)
    {
        var r = FeedSamples.Make(id, title, kind, when.Date, timed ? when.Time : null, timed ? zoneId : null, status, FeedSamples.Rm());
        r.Description = description;
        r.Sequence = sequence;
        if (kind == ReleaseKind.Episode) (r.Season, r.Episode) = (1, id % 20 + 1);
        return r;
    }

    public static Arbitrary<Release[]> Releases() =>
        (from count in Gen.Choose(1, 6)
         from releases in Gen.ArrayOf(AnyRelease)
         select releases.DistinctBy(r => r.Id).Take(count).ToArray()).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Build_RandomReleases_ReadBackExactlyByIcalNet() =>
        Prop.ForAll(Releases(), releases =>
        {
            var options = FeedSamples.Options("ru");
            var calendar = FeedSamples.Parse(CalendarBuilder.Build(new FeedHeader("P", "P"), releases, options));

            Assert.Equal(releases.Length, calendar.Events.Count);
            foreach (var r in releases)
            {
                var evt = FeedSamples.Event(calendar, r);
                var url = $"{options.PublicBaseUrl}/releases/{r.PublicId:N}";
                var json = r.ToResponse();
                Assert.Equal($"{r.PublicId:N}@{options.UidHost}", evt.Uid);
                Assert.Equal(FeedText.Summary(r, "ru"), evt.Summary);
                Assert.Equal(FeedText.Description(r, "ru", url, json.StartsAt is not null), evt.Description);
                Assert.Equal(r.Sequence, evt.Sequence);
                Assert.Equal(url, evt.Url!.ToString());
                Assert.Equal(FeedText.Category(r.Kind, "ru"), Assert.Single(evt.Categories));
                if (json.StartsAt is not { } startsAt)
                {
                    Assert.False(evt.DtStart!.HasTime);
                    Assert.Equal(r.Date, evt.DtStart.Date);
                    Assert.Equal(r.Date.AddDays(1), evt.DtEnd!.Date);
                    continue;
                }
                // The instant JSON says is the instant the feed says, as Ical.Net reads it (tzdb by TZID).
                var start = Instant.FromDateTimeUtc(Utc(evt.DtStart!));
                var end = Instant.FromDateTimeUtc(Utc(evt.DtEnd!));
                Assert.Equal(Instant.FromDateTimeOffset(startsAt), start);
                Assert.Equal(start + Duration.FromHours(1), end);
                var canonical = ReleaseTime.CanonicalZoneId(r.TimeZone)!;
                if (canonical != "Etc/UTC") Assert.Equal(canonical, evt.DtStart!.TzId);
                // A time that exists (every time validation takes) goes out as stored: the local time is kept.
                if (json.TimeNote is null || json.TimeNote.Contains("twice", StringComparison.Ordinal))
                {
                    Assert.Equal(r.Date.ToDateTime(r.Time!.Value), evt.DtStart!.Value);
                }
            }
        });

    static DateTime Utc(CalDateTime value) => value.AsUtc;
}
