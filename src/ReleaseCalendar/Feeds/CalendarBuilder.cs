using System.Text;
using Ical.Net;
using ReleaseCalendar.Releases;
using Duration = NodaTime.Duration;
using Instant = NodaTime.Instant;
using LocalDateTime = NodaTime.LocalDateTime;
using Zone = NodaTime.DateTimeZone;

namespace ReleaseCalendar.Feeds;

/// <summary>
/// Renders releases as an iCalendar feed (RFC 5545 with RFC 7986 calendar properties). Pure and deterministic:
/// the same releases and options give the same bytes, so ETags hold and clients never see phantom changes.
/// </summary>
/// <remarks>
/// Written with <see cref="IcsWriter"/> rather than Ical.Net's CalendarSerializer, which took 60–130 ms for 1,000
/// events against a 20 ms budget (bench/feeds/RENDER.md). The bytes are those Ical.Net 5.2.4 wrote, re-folded by
/// UTF-8 octets: properties in its (alphabetical) order. VTIMEZONEs come from <see cref="VTimeZoneWriter"/>. Ical.Net
/// stays the parser that reads feeds back in tests and supplies the RFC 5545 value names.
/// </remarks>
public static class CalendarBuilder
{
    public const string ProductId = "-//ReleaseCalendar//Release feeds 1.0//EN";

    /// <summary>Timed releases last this long: we only know when they start (a drop, a premiere).</summary>
    public static readonly TimeSpan TimedDuration = TimeSpan.FromHours(1);

    /// <param name="header">The calendar's name and description; null for a file of events to import, not a calendar to
    /// subscribe to (no name or refresh hints, so that Outlook adds the event instead of opening a new calendar).</param>
    /// <param name="releases">The releases, in any order: day-precise ones become events, sorted here.</param>
    /// <param name="options">Host, language and refresh interval of the rendering.</param>
    public static byte[] Build(FeedHeader? header, IReadOnlyList<Release> releases, FeedRenderOptions options)
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
        var name = header is null ? null : FeedText.Clean(header.Name);
        var description = header is null ? null : FeedText.Clean(header.Description);
        var refresh = FormatDuration(options.RefreshInterval);
        ics.Property("CALSCALE", "GREGORIAN");
        if (description is not null) ics.Property("DESCRIPTION", description);
        ics.Property("METHOD", "PUBLISH");
        if (name is not null) ics.Property("NAME", name);
        ics.Property("PRODID", ProductId);
        if (header is not null)
        {
            // REFRESH-INTERVAL (RFC 7986 §5.7) for Apple/Nextcloud, X-PUBLISHED-TTL (MS-OXCICAL) for Outlook.
            ics.Name("REFRESH-INTERVAL");
            ics.Param("VALUE", "DURATION");
            ics.Text(refresh);
            ics.EndLine();
        }
        ics.Property("VERSION", "2.0");
        if (header is not null)
        {
            ics.Property("X-PUBLISHED-TTL", refresh);
            ics.Property("X-WR-CALDESC", description!);
            // Google names the calendar from X-WR-CALNAME only (reference §3); RFC 7986 clients read NAME.
            ics.Property("X-WR-CALNAME", name!);
        }

        // UTC times go out in the Z form and need no VTIMEZONE.
        foreach (var zone in slots.Where(s => s.Zone is not null && !s.IsUtc).GroupBy(s => s.TzId!, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            VTimeZoneWriter.Write(ics, zone.Key, zone.First().Zone!, zone.Min(s => s.Start.Year),
                zone.Max(s => s.EndInstant.InZone(s.Zone!).Year));
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
            if (slot.EndAsLocal) Local(ics, "DTEND", slot.EndInstant.InZone(slot.Zone).LocalDateTime, slot);
            else Utc(ics, "DTEND", slot.EndInstant.ToDateTimeUtc());
            Utc(ics, "DTSTAMP", changed);
            Local(ics, "DTSTART", slot.Start, slot);
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

    /// <summary>Where a release sits in time: all-day (no zone) or a start and end instant in a tzdb zone.</summary>
    sealed record Slot(Release Release, string? TzId, Zone? Zone, LocalDateTime Start, Instant EndInstant, bool EndAsLocal)
    {
        /// <summary>tzdb's UTC ("UTC", "Etc/UTC", "Zulu"… all canonicalise to Etc/UTC).</summary>
        public bool IsUtc => TzId == "Etc/UTC";

        public static Slot For(Release r)
        {
            // ReleaseTime is the engine the JSON API uses too: same zone, same instant for startsAt and DTSTART.
            var zone = r.Time is null ? null : ReleaseTime.StoredZone(r.TimeZone);
            if (zone is null)
            {
                // A time without a usable zone is not an instant: publish the day as "time TBA" instead of guessing.
                return new Slot(r, null, null, default, default, EndAsLocal: false);
            }

            // RFC 5545 §3.3.5 as clients read DTSTART: a repeated time is its first occurrence, and a skipped one
            // (only in rows stored before validation refused them) is written as the time it becomes, which exists.
            var start = ReleaseTime.Resolve(ReleaseTime.Local(r.Date, r.Time!.Value), zone);
            // The end is an instant, not a wall time plus an hour: one that fell into a gap made clients read a
            // zero-length event. Its local time exists; when it is the second of a repeated hour, a client would
            // read the first, so that end goes out in UTC (RFC 5545 §3.3.5 form 2) instead.
            var end = start.ToInstant() + Duration.FromTimeSpan(TimedDuration);
            var endAsLocal = ReleaseTime.Resolve(end.InZone(zone).LocalDateTime, zone).ToInstant() == end;
            return new Slot(r, zone.Id, zone, start.LocalDateTime, end, endAsLocal);
        }
    }

    static void Local(IcsWriter ics, string name, LocalDateTime t, Slot slot)
    {
        // tzdb's UTC goes out in the Z form (RFC 5545 §3.3.5 form 2), as Ical.Net wrote it; both mean the same.
        var utc = slot.IsUtc;
        ics.Name(name);
        if (!utc) ics.Param("TZID", slot.TzId!);
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
