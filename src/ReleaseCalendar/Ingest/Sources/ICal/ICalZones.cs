using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using NodaTime.TimeZones;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest.Sources.ICal;

/// <summary>How one calendar's TZIDs become tzdb zones. Pure: the calendar text is its only input.</summary>
internal sealed class ICalZones
{
    static readonly IDictionary<string, string> Windows = TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping;
    readonly Dictionary<string, VTimeZone> _vtimezones = new(StringComparer.Ordinal);

    public ICalZones(Calendar calendar)
    {
        foreach (var vtz in calendar.TimeZones)
        {
            if (vtz.TzId is { } id) _vtimezones.TryAdd(id, vtz);
        }
        // Google and Apple name the calendar's own zone here; floating and UTC times are read in it.
        var declared = calendar.Properties.FirstOrDefault(p => p.Name == "X-WR-TIMEZONE")?.Value as string;
        CalendarZone = TzdbId(declared);
    }

    /// <summary>The calendar's X-WR-TIMEZONE as a canonical tzdb id, or null.</summary>
    public string? CalendarZone { get; }

    readonly Dictionary<string, string?> _resolved = new(StringComparer.Ordinal);

    /// <summary><see cref="TzdbId"/>, remembered per calendar: a TZID repeats on every occurrence, and an unknown one
    /// costs a search over every tzdb id.</summary>
    public string? Resolve(string? tzid)
    {
        if (tzid is null) return null;
        if (!_resolved.TryGetValue(tzid, out var id)) _resolved[tzid] = id = TzdbId(tzid);
        return id;
    }

    /// <summary>
    /// The canonical tzdb id a TZID names: a tzdb id or link ("Asia/Calcutta" → "Asia/Kolkata"), a Windows name
    /// ("Korea Standard Time", as Outlook and Exchange write), a tzdb id in another case or under a system folder
    /// ("posix/Asia/Seoul"), or one behind a vendor prefix ("/mozilla.org/20050126_1/Asia/Seoul", old Lightning).
    /// </summary>
    public static string? TzdbId(string? tzid)
    {
        if (string.IsNullOrWhiteSpace(tzid)) return null;
        var id = tzid.Trim().Trim('"');
        if (ReleaseTime.CanonicalZoneId(id) is { } exact) return exact;
        if (Windows.TryGetValue(id, out var fromWindows)) return ReleaseTime.CanonicalZoneId(fromWindows) ?? fromWindows;
        if (ReleaseTime.StoredZone(id) is { } repaired) return repaired.Id;
        // Vendor prefixes: try ever shorter tails, "a/b/Asia/Seoul" → "b/Asia/Seoul" → "Asia/Seoul".
        for (var slash = id.IndexOf('/', 1); slash > 0 && slash < id.Length - 1; slash = id.IndexOf('/', slash + 1))
        {
            if (ReleaseTime.CanonicalZoneId(id[(slash + 1)..]) is { } tail) return tail;
        }
        return null;
    }

    /// <summary>
    /// The UTC offset of a local time under a TZID that is no tzdb or Windows zone, read from the calendar's own
    /// VTIMEZONE: the offset after the latest observance onset at or before that time (RFC 5545 §3.6.5). Null when the
    /// calendar carries no usable VTIMEZONE for it.
    /// </summary>
    public Offset? OffsetFromVTimeZone(string tzid, LocalDateTime local)
    {
        if (!_vtimezones.TryGetValue(tzid, out var vtz)) return null;
        var next = local.PlusSeconds(1);
        var until = new CalDateTime(ToDateOnly(next.Date), ToTimeOnly(next.TimeOfDay), null);
        (CalDateTime Onset, UtcOffset To)? latest = null;
        (CalDateTime Onset, UtcOffset From)? earliest = null;
        foreach (var observance in vtz.TimeZoneInfos)
        {
            if (observance.DtStart is not { } start || observance.OffsetTo is not { } to) continue;
            if (earliest is null || start.CompareTo(earliest.Value.Onset) < 0)
                earliest = (start, observance.OffsetFrom ?? to);
            // Onsets are floating local times, so Ical.Net expands them without resolving any zone.
            var onset = observance.GetOccurrences(start, null).TakeWhileBefore(until).LastOrDefault()?.Period.StartTime;
            if (onset is not null && (latest is null || onset.CompareTo(latest.Value.Onset) > 0)) latest = (onset, to);
        }
        var offset = latest?.To ?? earliest?.From;
        return offset is null ? null : Offset.FromTimeSpan(offset.Offset);
    }

    static DateOnly ToDateOnly(LocalDate d) => new(d.Year, d.Month, d.Day);
    static TimeOnly ToTimeOnly(LocalTime t) => new(t.Hour, t.Minute, t.Second);
}
