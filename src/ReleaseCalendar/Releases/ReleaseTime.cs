using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace ReleaseCalendar.Releases;

/// <summary>
/// The one time engine: tzdb through NodaTime, for validation, the JSON API and feeds alike, so that a local
/// "date time zone" means the same instant everywhere. Pure; no clock.
/// </summary>
public static class ReleaseTime
{
    static readonly IDateTimeZoneProvider Provider = DateTimeZoneProviders.Tzdb;
    static readonly IDictionary<string, string> Canonical = TzdbDateTimeZoneSource.Default.CanonicalIdMap;

    /// <summary>The embedded tz database, e.g. "TZDB: 2026f (mapping: 49)".</summary>
    public static string TzdbVersion => Provider.VersionId;

    /// <summary>
    /// The canonical tzdb id for an exact tzdb id (canonical or link, case as tzdb spells it), e.g. "Asia/Calcutta"
    /// → "Asia/Kolkata", "UTC" → "Etc/UTC"; null for anything else.
    /// </summary>
    public static string? CanonicalZoneId(string? id) =>
        id is not null && Canonical.TryGetValue(id, out var canonical) ? canonical : null;

    /// <summary>
    /// The closest tzdb id to a refused one, or null: a case-insensitive match first ("asia/seoul"), then the id
    /// under a system folder prefix ("posix/Asia/Seoul"), then a near spelling ("Asia/Seol").
    /// </summary>
    public static string? SuggestZoneId(string id)
    {
        var trimmed = id.Trim();
        if (trimmed.Length == 0) return null;
        foreach (var candidate in new[] { trimmed, StripSystemFolder(trimmed) })
        {
            if (candidate is null) continue;
            if (Canonical.ContainsKey(candidate)) return candidate;
            var caseless = Provider.Ids.FirstOrDefault(z => string.Equals(z, candidate, StringComparison.OrdinalIgnoreCase));
            if (caseless is not null) return caseless;
        }
        // Edit distance over the ids, bounded so that "posixrules" or "Factory" get no far-fetched offer.
        var limit = Math.Max(2, trimmed.Length / 4);
        string? best = null;
        var bestDistance = int.MaxValue;
        var wanted = trimmed.ToUpperInvariant();
        foreach (var z in Provider.Ids)
        {
            var d = Distance(wanted, z.ToUpperInvariant(), limit);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(z, best) < 0))
            {
                (best, bestDistance) = (z, d);
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /// <summary>
    /// The zone of a stored release. Ids stored before tzdb became the only engine may be spelled in another case
    /// or carry a system folder ("posix/…"); they still render, as their zone. Unusable ids give null (time TBA).
    /// </summary>
    public static DateTimeZone? StoredZone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        var exact = CanonicalZoneId(id);
        if (exact is not null) return Provider[exact];
        var suggestion = SuggestZoneId(id);
        // Only the lossless repairs (case, system folder); a near spelling is a guess, not the stored zone.
        return suggestion is not null
               && (string.Equals(suggestion, id.Trim(), StringComparison.OrdinalIgnoreCase)
                   || string.Equals(suggestion, StripSystemFolder(id.Trim()), StringComparison.OrdinalIgnoreCase))
            ? Provider[Canonical[suggestion]]
            : null;
    }

    public static LocalDateTime Local(DateOnly date, TimeOnly time) =>
        new LocalDate(date.Year, date.Month, date.Day).At(new LocalTime(time.Hour, time.Minute, time.Second));

    /// <summary>
    /// RFC 5545 §3.3.5: a time the clocks skip is read with the offset before the gap (moved forward by the gap),
    /// a repeated one as its first occurrence. Validation refuses skipped times, so only old rows are moved.
    /// </summary>
    public static ZonedDateTime Resolve(LocalDateTime local, DateTimeZone zone) =>
        zone.ResolveLocal(local, Resolvers.LenientResolver);

    /// <summary>Where a timed release sits: its instant and how its local time mapped; null without time or zone.</summary>
    public static ReleaseMoment? Moment(DateOnly date, TimeOnly? time, string? zoneId)
    {
        if (time is not { } t || StoredZone(zoneId) is not { } zone) return null;
        var local = Local(date, t);
        var mapping = zone.MapLocal(local);
        var zoned = Resolve(local, zone);
        var note = mapping.Count switch
        {
            2 => $"{FormatTime(t)} happens twice in {zone.Id} on {date:yyyy-MM-dd}; the first occurrence "
                 + $"({FormatOffset(mapping.EarlyInterval.WallOffset)}) is taken, as RFC 5545 §3.3.5 reads it, "
                 + $"not the second ({FormatOffset(mapping.LateInterval.WallOffset)}).",
            0 => $"{FormatTime(t)} does not exist in {zone.Id} on {date:yyyy-MM-dd}; it is read as "
                 + $"{zoned.LocalDateTime.TimeOfDay.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} "
                 + $"({FormatOffset(zoned.Offset)}), as RFC 5545 §3.3.5 reads it.",
            _ => null,
        };
        return new ReleaseMoment(zoned, mapping.Count == 2, note);
    }

    /// <summary>Null when the local time exists in the zone (a tzdb id); otherwise why not, naming the gap.</summary>
    public static string? Skipped(DateOnly date, TimeOnly time, string zoneId)
    {
        var zone = Provider[zoneId];
        var mapping = zone.MapLocal(Local(date, time));
        if (mapping.Count != 0) return null;
        var pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
        var before = mapping.EarlyInterval.IsoLocalEnd;
        var after = mapping.LateInterval.IsoLocalStart;
        return $"{FormatTime(time)} does not exist in {zone.Id} on {date:yyyy-MM-dd}: the clocks go from "
               + $"{pattern.Format(before)} ({FormatOffset(mapping.EarlyInterval.WallOffset)}) straight to "
               + $"{pattern.Format(after)} ({FormatOffset(mapping.LateInterval.WallOffset)}).";
    }

    /// <summary>"13:00", or "13:00:59" when a stored time has seconds (feeds carry them too).</summary>
    public static string FormatTime(TimeOnly time) =>
        time.ToString(time.Second == 0 ? "HH\\:mm" : "HH\\:mm\\:ss", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 offset: "+09:00", "-03:30", "+00:00"; seconds only when tzdb has them.</summary>
    public static string FormatOffset(Offset offset) =>
        OffsetPattern.CreateWithInvariantCulture(offset.Seconds % 60 == 0 ? "+HH:mm" : "+HH:mm:ss").Format(offset);

    static string? StripSystemFolder(string id)
    {
        foreach (var folder in new[] { "posix/", "right/", "zoneinfo/" })
        {
            if (id.StartsWith(folder, StringComparison.OrdinalIgnoreCase)) return id[folder.Length..];
        }
        return null;
    }

    /// <summary>Levenshtein distance, giving up (limit + 1) once every path exceeds the limit.</summary>
    static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

/// <summary>A timed release's instant, whether its local time was ambiguous, and a note when it was not plain.</summary>
public sealed record ReleaseMoment(ZonedDateTime Zoned, bool Ambiguous, string? Note)
{
    /// <summary>The exact instant; in UTC when tzdb's offset has seconds (before 1972), which DateTimeOffset can't hold.</summary>
    public DateTimeOffset StartsAt => Zoned.Offset.Seconds % 60 == 0
        ? Zoned.ToDateTimeOffset()
        : Zoned.ToInstant().ToDateTimeOffset();
    public string UtcOffset => ReleaseTime.FormatOffset(Zoned.Offset);
}
