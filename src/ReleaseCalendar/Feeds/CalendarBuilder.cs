using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ReleaseCalendar.Releases;
using Instant = NodaTime.Instant;
using IsoDayOfWeek = NodaTime.IsoDayOfWeek;
using LocalDate = NodaTime.LocalDate;
using LocalDateTime = NodaTime.LocalDateTime;
using LocalTime = NodaTime.LocalTime;
using Offset = NodaTime.Offset;
using Tzdb = NodaTime.DateTimeZoneProviders;
using Zone = NodaTime.DateTimeZone;

namespace ReleaseCalendar.Feeds;

/// <summary>
/// Renders releases as an iCalendar feed (RFC 5545 with RFC 7986 calendar properties). Pure and deterministic:
/// the same releases and options give the same bytes, so ETags hold and clients never see phantom changes.
/// </summary>
public static class CalendarBuilder
{
    public const string ProductId = "-//ReleaseCalendar//Release feeds 1.0//EN";

    /// <summary>Timed releases last this long: we only know when they start (a drop, a premiere).</summary>
    public static readonly TimeSpan TimedDuration = TimeSpan.FromHours(1);

    // RFC 5545 §3.1: content lines are folded at 75 octets, not counting the CRLF.
    const int MaxLineOctets = 75;
    static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Build(FeedHeader header, IReadOnlyList<Release> releases, FeedRenderOptions options)
    {
        var lang = FeedText.Normalize(options.Lang);
        var calendar = new Calendar
        {
            ProductId = ProductId,
            Version = "2.0",
            Scale = "GREGORIAN",
            Method = "PUBLISH",
        };
        var name = FeedText.Clean(header.Name);
        var description = FeedText.Clean(header.Description);
        calendar.AddProperty("NAME", name);
        calendar.AddProperty("DESCRIPTION", description);
        // Google names the calendar from X-WR-CALNAME only (reference §3); RFC 7986 clients read NAME.
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-CALDESC", description);
        // REFRESH-INTERVAL (RFC 7986 §5.7) for Apple/Nextcloud, X-PUBLISHED-TTL (MS-OXCICAL) for Outlook.
        var refresh = new CalendarProperty("REFRESH-INTERVAL", FormatDuration(options.RefreshInterval));
        refresh.Parameters.Set("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", FormatDuration(options.RefreshInterval));

        // Month/year-precision dates are "date TBA": emitting them as a day would invent a date.
        var slots = releases
            .Where(r => r.Precision == DatePrecision.Day)
            .OrderBy(r => r.Date).ThenBy(r => r.Time).ThenBy(r => r.Id).ThenBy(r => r.PublicId)
            .Select(Slot.For)
            .ToList();

        foreach (var zone in slots.Where(s => s.Zone is not null).GroupBy(s => s.TzId!, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            calendar.TimeZones.Add(BuildTimeZone(zone.Key, zone.First().Zone!,
                zone.Min(s => s.Start.Year), zone.Max(s => s.End.Year)));
        }

        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        foreach (var slot in slots)
        {
            calendar.Events.Add(BuildEvent(slot, lang, baseUrl, options));
        }

        var text = new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("Ical.Net returned no text for the calendar.");
        return Utf8NoBom.GetBytes(Refold(text));
    }

    static CalendarEvent BuildEvent(Slot slot, string lang, string baseUrl, FeedRenderOptions options)
    {
        var release = slot.Release;
        var url = $"{baseUrl}/releases/{release.PublicId:N}";
        var cancelled = release.DeletedUtc is not null || release.Status == ReleaseStatus.Cancelled;
        // DTSTAMP = last revision, not "now" (RFC 5545 §3.8.7.2 with METHOD; reference §3): same data, same bytes.
        var changed = Max(release.UpdatedUtc, release.DeletedUtc, release.CancelledUtc);
        var summary = FeedText.Summary(release, lang);

        var evt = new CalendarEvent
        {
            // Set explicitly: UniqueComponent would otherwise invent a Guid UID and a wall-clock DTSTAMP.
            Uid = $"{release.PublicId:N}@{options.UidHost}",
            DtStamp = Utc(changed),
            LastModified = Utc(changed),
            Sequence = Math.Max(0, release.Sequence),
            Summary = summary,
            Description = FeedText.Description(release, lang, url, slot.Zone is not null),
            Status = cancelled ? EventStatus.Cancelled : release.Status switch
            {
                ReleaseStatus.Confirmed or ReleaseStatus.Released => EventStatus.Confirmed,
                _ => EventStatus.Tentative,
            },
            // RFC 5545 §3.8.2.7: a release must not make the fan look busy.
            Transparency = TransparencyType.Transparent,
            Url = new Uri(url),
        };
        if (release.CreatedUtc != default)
        {
            evt.Created = Utc(release.CreatedUtc);
        }
        evt.Categories.Add(FeedText.Category(release.Kind, lang));

        if (slot.Zone is null)
        {
            // All-day: DATE values, DTEND exclusive (RFC 5545 §3.6.1), so no client shifts it by a zone.
            evt.DtStart = new CalDateTime(release.Date);
            evt.DtEnd = new CalDateTime(release.Date.AddDays(1));
        }
        else
        {
            evt.DtStart = Local(slot.Start, slot.TzId!);
            evt.DtEnd = Local(slot.End, slot.TzId!);
        }

        if (options.Alarm is { } alarm && !cancelled)
        {
            // RFC 5545 §3.6.6: a DISPLAY alarm needs a DESCRIPTION; the trigger is relative to DTSTART.
            evt.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = summary,
                Trigger = new Trigger(Ical.Net.DataTypes.Duration.FromTimeSpanExact(-alarm.Duration())),
            });
        }
        return evt;
    }

    /// <summary>Where a release sits in time: all-day (no zone) or a local start/end in a known IANA zone.</summary>
    sealed record Slot(Release Release, string? TzId, Zone? Zone, LocalDateTime Start, LocalDateTime End)
    {
        public static Slot For(Release r)
        {
            var zone = r.Time is null || string.IsNullOrWhiteSpace(r.TimeZone) ? null : Tzdb.Tzdb.GetZoneOrNull(r.TimeZone);
            var day = new LocalDate(r.Date.Year, r.Date.Month, r.Date.Day);
            if (zone is null)
            {
                // A time without a usable zone is not an instant: publish the day as "time TBA" instead of guessing.
                return new Slot(r, null, null, day.AtMidnight(), day.PlusDays(1).AtMidnight());
            }

            var t = r.Time!.Value;
            var start = day.At(new LocalTime(t.Hour, t.Minute, t.Second));
            // DTEND is a wall time too, read like DTSTART (RFC 5545 §3.3.5: a skipped time moves forward by the gap,
            // a repeated one means its first occurrence, as NodaTime's lenient resolver does). Around a DST change
            // the hour can stretch, but DTEND must stay after DTSTART: clients drop or mangle empty events.
            var end = start.Plus(NodaTime.Period.FromTicks(TimedDuration.Ticks));
            while (end.InZoneLeniently(zone).ToInstant() <= start.InZoneLeniently(zone).ToInstant())
            {
                end = end.PlusHours(1);
            }
            return new Slot(r, r.TimeZone, zone, start, end);
        }
    }

    // VTIMEZONE is generated here from tzdb instead of Calendar.AddTimeZone: Ical.Net 5.2's generator reads
    // the clock (output changes every year), keeps only current rules (wrong for older releases) and gives
    // Asia/Seoul a bogus yearly +10:00 -> +09:00 STANDARD rule. Ours covers exactly the years the feed uses.
    static VTimeZone BuildTimeZone(string tzId, Zone zone, int firstYear, int lastYear)
    {
        var vtz = new VTimeZone { TzId = tzId };
        var from = new LocalDate(firstYear, 1, 1).AtStartOfDayInZone(zone).ToInstant();
        var to = new LocalDate(lastYear + 1, 1, 1).AtStartOfDayInZone(zone).ToInstant();
        var intervals = zone.GetZoneIntervals(from, to).ToList();

        // The offset in force when the range opens (RFC 5545 §3.6.5: an observance with FROM = TO).
        var first = intervals[0];
        vtz.AddChild(Observance(first.Savings != Offset.Zero, first.WallOffset, first.WallOffset, first.Name,
            from.WithOffset(first.WallOffset).LocalDateTime));

        // Each later interval starts with a transition; yearly transitions of the same shape collapse into an RRULE.
        var runs = new List<List<Transition>>();
        var open = new Dictionary<TransitionShape, List<Transition>>();
        for (var i = 1; i < intervals.Count; i++)
        {
            var (prev, cur) = (intervals[i - 1], intervals[i]);
            var onset = cur.Start.WithOffset(prev.WallOffset).LocalDateTime; // DTSTART is in TZOFFSETFROM time
            var shape = new TransitionShape(cur.Savings != Offset.Zero, prev.WallOffset, cur.WallOffset, cur.Name,
                onset.Month, onset.DayOfWeek, Ordinal(onset.Date), onset.TimeOfDay);
            var transition = new Transition(shape, onset, cur.Start);
            if (open.TryGetValue(shape, out var run) && run[^1].Onset.Year == onset.Year - 1)
            {
                run.Add(transition);
            }
            else
            {
                open[shape] = run = [transition];
                runs.Add(run);
            }
        }

        foreach (var run in runs)
        {
            var shape = run[0].Shape;
            var info = Observance(shape.Daylight, shape.From, shape.To, shape.Name, run[0].Onset);
            var continues = ContinuesNextYear(zone, shape, run[^1].Onset.Year);
            if (run.Count > 1 || continues)
            {
                var rule = new RecurrencePattern(FrequencyType.Yearly);
                rule.ByMonth.Add(shape.Month);
                rule.ByDay.Add(new WeekDay(ToDayOfWeek(shape.Weekday), shape.Ordinal));
                if (!continues)
                {
                    // RFC 5545 §3.3.10: in STANDARD/DAYLIGHT, UNTIL must be the UTC date-time of the last onset.
                    rule.Until = new CalDateTime(run[^1].Instant.ToDateTimeUtc());
                }
                info.RecurrenceRule = rule;
            }
            vtz.AddChild(info);
        }
        return vtz;
    }

    readonly record struct TransitionShape(bool Daylight, Offset From, Offset To, string Name,
        int Month, IsoDayOfWeek Weekday, int Ordinal, LocalTime Time);

    readonly record struct Transition(TransitionShape Shape, LocalDateTime Onset, Instant Instant);

    static VTimeZoneInfo Observance(bool daylight, Offset from, Offset to, string name, LocalDateTime start) =>
        new(daylight ? Components.Daylight : Components.Standard)
        {
            OffsetFrom = new UtcOffset(from.ToTimeSpan()),
            OffsetTo = new UtcOffset(to.ToTimeSpan()),
            TimeZoneName = name,
            DtStart = new CalDateTime(start.ToDateTimeUnspecified(), hasTime: true),
        };

    /// <summary>BYDAY ordinal: -1 for the last such weekday of the month ("last Sunday"), else 1..4.</summary>
    static int Ordinal(LocalDate date) =>
        date.Day + 7 > date.Calendar.GetDaysInMonth(date.Year, date.Month) ? -1 : (date.Day - 1) / 7 + 1;

    /// <summary>True when tzdb really has the same transition a year later, so the RRULE may stay open-ended.</summary>
    static bool ContinuesNextYear(Zone zone, TransitionShape shape, int year)
    {
        var date = NthWeekday(year + 1, shape.Month, shape.Weekday, shape.Ordinal);
        var instant = date.At(shape.Time).WithOffset(shape.From).ToInstant();
        var after = zone.GetZoneInterval(instant);
        return after.HasStart && after.Start == instant && after.WallOffset == shape.To
            && after.Name == shape.Name
            && zone.GetZoneInterval(instant - NodaTime.Duration.Epsilon).WallOffset == shape.From;
    }

    static LocalDate NthWeekday(int year, int month, IsoDayOfWeek weekday, int ordinal)
    {
        if (ordinal < 0)
        {
            var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
            return last.DayOfWeek == weekday ? last : last.Previous(weekday);
        }
        var first = new LocalDate(year, month, 1);
        first = first.DayOfWeek == weekday ? first : first.Next(weekday);
        return first.PlusWeeks(ordinal - 1);
    }

    static DayOfWeek ToDayOfWeek(IsoDayOfWeek d) => d == IsoDayOfWeek.Sunday ? DayOfWeek.Sunday : (DayOfWeek)(int)d;

    static CalDateTime Local(LocalDateTime t, string tzId) =>
        new(DateOnly.FromDateTime(t.ToDateTimeUnspecified()), new TimeOnly(t.Hour, t.Minute, t.Second), tzId);

    /// <summary>UTC DATE-TIME (RFC 5545 §3.3.5 form 2). EF Core hands SQLite values back as Unspecified: they are UTC.</summary>
    static CalDateTime Utc(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new CalDateTime(new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc));
    }

    static DateTime Max(DateTime a, DateTime? b, DateTime? c)
    {
        var max = a;
        if (b is { } vb && vb > max) max = vb;
        if (c is { } vc && vc > max) max = vc;
        return max;
    }

    /// <summary>RFC 5545 §3.3.6 dur-value, e.g. PT1H, P1D, PT1H30M, -PT15M (whole seconds).</summary>
    public static string FormatDuration(TimeSpan value)
    {
        var sb = new StringBuilder(value < TimeSpan.Zero ? "-P" : "P");
        var t = value.Duration();
        if (t.Days > 0) sb.Append(t.Days).Append('D');
        if (t.Hours > 0 || t.Minutes > 0 || t.Seconds > 0 || t.Days == 0)
        {
            sb.Append('T');
            if (t.Hours > 0) sb.Append(t.Hours).Append('H');
            if (t.Minutes > 0) sb.Append(t.Minutes).Append('M');
            if (t.Seconds > 0 || (t.Hours == 0 && t.Minutes == 0)) sb.Append(t.Seconds).Append('S');
        }
        return sb.ToString();
    }

    // Ical.Net 5.2 folds by UTF-16 units and can cut an emoji's surrogate pair in two (each half then encodes
    // as U+FFFD). Unfold its output (RFC 5545 §3.1) and fold again by UTF-8 octets at code-point boundaries.
    static string Refold(string serialized)
    {
        var unfolded = serialized.Replace("\r\n ", "", StringComparison.Ordinal)
                                 .Replace("\r\n\t", "", StringComparison.Ordinal);
        var sb = new StringBuilder(unfolded.Length + unfolded.Length / 20);
        Span<char> buffer = stackalloc char[2];
        foreach (var line in unfolded.Split("\r\n"))
        {
            if (line.Length == 0) continue;
            var octets = 0;
            foreach (var rune in line.EnumerateRunes())
            {
                if (octets + rune.Utf8SequenceLength > MaxLineOctets)
                {
                    sb.Append("\r\n ");
                    octets = 1;
                }
                sb.Append(buffer[..rune.EncodeToUtf16(buffer)]);
                octets += rune.Utf8SequenceLength;
            }
            sb.Append("\r\n");
        }
        return sb.ToString();
    }
}
