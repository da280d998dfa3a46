using System.Text;
using Ical.Net;
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
/// <remarks>
/// Written with <see cref="IcsWriter"/> rather than Ical.Net's CalendarSerializer, which took 60–130 ms for 1,000
/// events against a 20 ms budget (bench/feeds/RENDER.md). The bytes are those Ical.Net 5.2.4 wrote, re-folded by
/// UTF-8 octets: properties in its (alphabetical) order, VTIMEZONE observances grouped by kind as its child list
/// keeps them. Ical.Net stays the parser that reads feeds back in tests and supplies the RFC 5545 value names.
/// </remarks>
public static class CalendarBuilder
{
    public const string ProductId = "-//ReleaseCalendar//Release feeds 1.0//EN";

    /// <summary>Timed releases last this long: we only know when they start (a drop, a premiere).</summary>
    public static readonly TimeSpan TimedDuration = TimeSpan.FromHours(1);

    public static byte[] Build(FeedHeader header, IReadOnlyList<Release> releases, FeedRenderOptions options)
    {
        var lang = FeedText.Normalize(options.Lang);
        // Month/year-precision dates are "date TBA": emitting them as a day would invent a date.
        var slots = releases
            .Where(r => r.Precision == DatePrecision.Day)
            .OrderBy(r => r.Date).ThenBy(r => r.Time).ThenBy(r => r.Id).ThenBy(r => r.PublicId)
            .Select(Slot.For)
            .ToList();

        // ~700 octets an event with an alarm: one rented buffer, rarely grown.
        using var ics = new IcsWriter(2048 + slots.Count * 768);
        ics.Begin("VCALENDAR");
        // Properties in the order Ical.Net sorted them (by name), so feeds keep their bytes and ETags.
        var name = FeedText.Clean(header.Name);
        var description = FeedText.Clean(header.Description);
        var refresh = FormatDuration(options.RefreshInterval);
        ics.Property("CALSCALE", "GREGORIAN");
        ics.Property("DESCRIPTION", description);
        ics.Property("METHOD", "PUBLISH");
        ics.Property("NAME", name);
        ics.Property("PRODID", ProductId);
        // REFRESH-INTERVAL (RFC 7986 §5.7) for Apple/Nextcloud, X-PUBLISHED-TTL (MS-OXCICAL) for Outlook.
        ics.Name("REFRESH-INTERVAL");
        ics.Param("VALUE", "DURATION");
        ics.Text(refresh);
        ics.EndLine();
        ics.Property("VERSION", "2.0");
        ics.Property("X-PUBLISHED-TTL", refresh);
        ics.Property("X-WR-CALDESC", description);
        // Google names the calendar from X-WR-CALNAME only (reference §3); RFC 7986 clients read NAME.
        ics.Property("X-WR-CALNAME", name);

        foreach (var zone in slots.Where(s => s.Zone is not null).GroupBy(s => s.TzId!, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            WriteTimeZone(ics, zone.Key, zone.First().Zone!, zone.Min(s => s.Start.Year), zone.Max(s => s.End.Year));
        }

        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        foreach (var slot in slots)
        {
            WriteEvent(ics, slot, lang, baseUrl, options);
        }
        ics.End("VCALENDAR");
        return ics.ToArray();
    }

    static void WriteEvent(IcsWriter ics, Slot slot, string lang, string baseUrl, FeedRenderOptions options)
    {
        var release = slot.Release;
        var url = $"{baseUrl}/releases/{release.PublicId:N}";
        var cancelled = release.DeletedUtc is not null || release.Status == ReleaseStatus.Cancelled;
        // DTSTAMP = last revision, not "now" (RFC 5545 §3.8.7.2 with METHOD; reference §3): same data, same bytes.
        var changed = Max(release.UpdatedUtc, release.DeletedUtc, release.CancelledUtc);
        var summary = FeedText.Summary(release, lang);

        ics.Begin("VEVENT");
        ics.Property("CATEGORIES", FeedText.Category(release.Kind, lang));
        if (release.CreatedUtc != default)
        {
            Utc(ics, "CREATED", release.CreatedUtc);
        }
        ics.Property("DESCRIPTION", FeedText.Description(release, lang, url, slot.Zone is not null));
        if (slot.Zone is null)
        {
            // All-day: DATE values, DTEND exclusive (RFC 5545 §3.6.1), so no client shifts it by a zone.
            var next = release.Date.AddDays(1);
            ics.Name("DTEND");
            ics.Param("VALUE", "DATE");
            ics.Date(next.Year, next.Month, next.Day);
            ics.EndLine();
            Utc(ics, "DTSTAMP", changed);
            ics.Name("DTSTART");
            ics.Param("VALUE", "DATE");
            ics.Date(release.Date.Year, release.Date.Month, release.Date.Day);
            ics.EndLine();
        }
        else
        {
            Local(ics, "DTEND", slot.End, slot.TzId!);
            Utc(ics, "DTSTAMP", changed);
            Local(ics, "DTSTART", slot.Start, slot.TzId!);
        }
        Utc(ics, "LAST-MODIFIED", changed);
        ics.Name("SEQUENCE");
        ics.Integer(Math.Max(0, release.Sequence));
        ics.EndLine();
        ics.Property("STATUS", cancelled ? EventStatus.Cancelled : release.Status switch
        {
            ReleaseStatus.Confirmed or ReleaseStatus.Released => EventStatus.Confirmed,
            _ => EventStatus.Tentative,
        });
        ics.Property("SUMMARY", summary);
        // RFC 5545 §3.8.2.7: a release must not make the fan look busy.
        ics.Property("TRANSP", TransparencyType.Transparent);
        // UIDs come from our ids: a new one on re-render makes calendar apps show the release twice.
        ics.Property("UID", $"{release.PublicId:N}@{options.UidHost}");
        ics.Name("URL");
        ics.Raw(url);
        ics.EndLine();

        if (options.Alarm is { } alarm && !cancelled)
        {
            // RFC 5545 §3.6.6: a DISPLAY alarm needs a DESCRIPTION; the trigger is relative to DTSTART.
            ics.Begin("VALARM");
            ics.Property("ACTION", AlarmAction.Display);
            ics.Property("DESCRIPTION", summary);
            ics.Name("TRIGGER");
            ics.Raw(FormatTrigger(alarm));
            ics.EndLine();
            ics.End("VALARM");
        }
        ics.End("VEVENT");
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
    static void WriteTimeZone(IcsWriter ics, string tzId, Zone zone, int firstYear, int lastYear)
    {
        var from = new LocalDate(firstYear, 1, 1).AtStartOfDayInZone(zone).ToInstant();
        var to = new LocalDate(lastYear + 1, 1, 1).AtStartOfDayInZone(zone).ToInstant();
        var intervals = zone.GetZoneIntervals(from, to).ToList();

        // The offset in force when the range opens (RFC 5545 §3.6.5: an observance with FROM = TO).
        var first = intervals[0];
        var observances = new List<Observance>
        {
            new(first.Savings != Offset.Zero, first.WallOffset, first.WallOffset, first.Name,
                from.WithOffset(first.WallOffset).LocalDateTime, Rule: null),
        };

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
            var continues = ContinuesNextYear(zone, shape, run[^1].Onset.Year);
            // RFC 5545 §3.3.10: in STANDARD/DAYLIGHT, UNTIL must be the UTC date-time of the last onset.
            var rule = run.Count > 1 || continues ? new YearlyRule(shape, continues ? null : run[^1].Instant) : null;
            observances.Add(new(shape.Daylight, shape.From, shape.To, shape.Name, run[0].Onset, rule));
        }

        ics.Begin("VTIMEZONE");
        ics.Property("TZID", tzId);
        // Observances of the opening one's kind come first, then the other kind, each in onset order: the
        // order Ical.Net's child list (grouped by component name) wrote them in, which the golden files hold.
        var openingKind = observances[0].Daylight;
        foreach (var observance in observances.Where(o => o.Daylight == openingKind)
                     .Concat(observances.Where(o => o.Daylight != openingKind)))
        {
            WriteObservance(ics, observance);
        }
        ics.End("VTIMEZONE");
    }

    static void WriteObservance(IcsWriter ics, Observance o)
    {
        var component = o.Daylight ? "DAYLIGHT" : "STANDARD";
        ics.Begin(component);
        ics.Name("DTSTART");
        ics.DateTime(o.Start.Year, o.Start.Month, o.Start.Day, o.Start.Hour, o.Start.Minute, o.Start.Second, utc: false);
        ics.EndLine();
        if (o.Rule is { } rule)
        {
            var shape = rule.Shape;
            ics.Name("RRULE");
            var until = "";
            if (rule.Until is { } last)
            {
                var u = last.InUtc().LocalDateTime;
                until = FormattableString.Invariant($"UNTIL={u.Year:D4}{u.Month:D2}{u.Day:D2}T{u.Hour:D2}{u.Minute:D2}{u.Second:D2}Z;");
            }
            ics.Raw(FormattableString.Invariant(
                $"FREQ=YEARLY;{until}BYDAY={shape.Ordinal}{DayCodes[(int)shape.Weekday]};BYMONTH={shape.Month}"));
            ics.EndLine();
        }
        ics.Property("TZNAME", o.Name);
        ics.Name("TZOFFSETFROM");
        ics.Raw(FormatOffset(o.From));
        ics.EndLine();
        ics.Name("TZOFFSETTO");
        ics.Raw(FormatOffset(o.To));
        ics.EndLine();
        ics.End(component);
    }

    readonly record struct TransitionShape(bool Daylight, Offset From, Offset To, string Name,
        int Month, IsoDayOfWeek Weekday, int Ordinal, LocalTime Time);

    readonly record struct Transition(TransitionShape Shape, LocalDateTime Onset, Instant Instant);

    /// <summary>RRULE:FREQ=YEARLY;BYDAY=nDD;BYMONTH=m, open-ended or until the last onset.</summary>
    sealed record YearlyRule(TransitionShape Shape, Instant? Until);

    sealed record Observance(bool Daylight, Offset From, Offset To, string Name, LocalDateTime Start, YearlyRule? Rule);

    /// <summary>RFC 5545 §3.3.10 weekday codes, indexed by <see cref="IsoDayOfWeek"/> (Monday = 1).</summary>
    static readonly string[] DayCodes = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// <summary>RFC 5545 §3.3.14 utc-offset: +HHMM, with seconds only when there are any (tzdb's LMT offsets).</summary>
    static string FormatOffset(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? '-' : '+';
        var t = TimeSpan.FromSeconds(Math.Abs(seconds));
        return t.Seconds == 0
            ? FormattableString.Invariant($"{sign}{t.Hours:D2}{t.Minutes:D2}")
            : FormattableString.Invariant($"{sign}{t.Hours:D2}{t.Minutes:D2}{t.Seconds:D2}");
    }

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

    static void Local(IcsWriter ics, string name, LocalDateTime t, string tzId)
    {
        // tzdb's "UTC" goes out in the Z form (RFC 5545 §3.3.5 form 2), as Ical.Net wrote it; both mean the same.
        var utc = tzId == "UTC";
        ics.Name(name);
        if (!utc) ics.Param("TZID", tzId);
        ics.DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, utc);
        ics.EndLine();
    }

    /// <summary>UTC DATE-TIME (RFC 5545 §3.3.5 form 2). EF Core hands SQLite values back as Unspecified: they are UTC.</summary>
    static void Utc(IcsWriter ics, string name, DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        ics.Name(name);
        ics.DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, utc: true);
        ics.EndLine();
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

    /// <summary>
    /// VALARM TRIGGER before the start, as Ical.Net's Duration.FromTimeSpanExact wrote it: days count as 24 exact
    /// hours (RFC 5545 §3.3.6: D is nominal, H is not), zero parts and fractions of a second are left out.
    /// </summary>
    static string FormatTrigger(TimeSpan before)
    {
        var t = before.Duration();
        var (hours, minutes, seconds) = (t.Days * 24 + t.Hours, t.Minutes, t.Seconds);
        if (hours == 0 && minutes == 0 && seconds == 0) return "P0D";
        var sb = new StringBuilder("-PT");
        if (hours != 0) sb.Append(hours).Append('H');
        if (minutes != 0) sb.Append(minutes).Append('M');
        if (seconds != 0) sb.Append(seconds).Append('S');
        return sb.ToString();
    }
}
