using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest;

/// <summary>The catalog's rules for a release, applied to an upstream's item before it is merged: what the admin API
/// refuses with a 400, ingestion rejects with a reason in the run record.</summary>
public static class ItemCheck
{
    /// <summary>Null when the item can be stored; else why not.</summary>
    public static string? Problem(IncomingItem item)
    {
        if (string.IsNullOrWhiteSpace(item.Title)) return $"{item.ExternalId}: no title";
        if (item.Title.Length > Limits.Title) return $"{item.ExternalId}: title longer than {Limits.Title} characters";
        if (item.ExternalId.Length > Limits.Link) return $"external id longer than {Limits.Link} characters";
        if (item.Subjects.Count == 0) return $"{item.ExternalId}: no subject";
        if (item.Season is < 0 or > 10_000 || item.Episode is < 0 or > 10_000) return $"{item.ExternalId}: season or episode out of range";
        if (item.Description is { Length: > Limits.Description }) return $"{item.ExternalId}: description too long";
        if (item.Time is not null != (item.TimeZone is not null)) return $"{item.ExternalId}: a time needs its zone";
        if (item.Time is { } time)
        {
            if (time.Second != 0 || time.Millisecond != 0) return $"{item.ExternalId}: time has seconds";
            if (ReleaseTime.CanonicalZoneId(item.TimeZone) != item.TimeZone) return $"{item.ExternalId}: '{item.TimeZone}' is not a canonical tz database zone";
            if (item.Precision != DatePrecision.Day) return $"{item.ExternalId}: a time needs a day";
            if (ReleaseTime.Skipped(item.Date, time, item.TimeZone!) is { } skipped) return $"{item.ExternalId}: {skipped}";
        }
        return null;
    }

    /// <summary>Links an item may add to a release: http(s) only, within the catalog's limits.</summary>
    public static IEnumerable<string> Links(IncomingItem item) =>
        item.Links.Where(l => l.Length <= Limits.Link && Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme is "http" or "https");
}
