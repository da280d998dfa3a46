using System.Globalization;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest;

/// <summary>The fields of a release that sources state and admins pin, by their API names, each as text: what history,
/// disagreements and pins show, and what the merge compares.</summary>
public static class ReleaseFields
{
    public const string Title = "title", Kind = "kind", Date = "date", Time = "time", Status = "status",
        Season = "season", Episode = "episode", Description = "description";

    /// <summary>In the order history lists them.</summary>
    public static readonly IReadOnlyList<string> All = [Title, Kind, Date, Time, Status, Season, Episode, Description];

    public static bool IsField(string name) => All.Contains(name);

    public static string? Read(Release r, string field) => field switch
    {
        Title => r.Title,
        Kind => ReleaseKinds.WireName(r.Kind),
        Date => ReleaseDate.Format(r.Date, r.Precision),
        Time => r.Time is { } t ? $"{ReleaseTime.FormatTime(t)} {r.TimeZone}" : null,
        Status => Wire(r.Status),
        Season => r.Season?.ToString(CultureInfo.InvariantCulture),
        Episode => r.Episode?.ToString(CultureInfo.InvariantCulture),
        Description => r.Description,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>What the item states for the field; null means it states nothing (an upstream without a time
    /// says nothing about the time, it does not say "no time").</summary>
    public static string? Stated(IncomingItem i, string field) => field switch
    {
        Title => i.Title,
        // "other" is what a reader says when it can't tell: it states no kind, and never replaces one.
        Kind => i.Kind == ReleaseKind.Other ? null : ReleaseKinds.WireName(i.Kind),
        Date => ReleaseDate.Format(i.Date, i.Precision),
        Time => i.Time is { } t && i.TimeZone is { } z ? $"{ReleaseTime.FormatTime(t)} {z}" : null,
        Status => Wire(i.Status),
        Season => i.Season?.ToString(CultureInfo.InvariantCulture),
        Episode => i.Episode?.ToString(CultureInfo.InvariantCulture),
        Description => i.Description,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public static Dictionary<string, string?> StatedAll(IncomingItem i) => All.ToDictionary(f => f, f => Stated(i, f));

    /// <summary>Copies the item's value of one field onto the release.</summary>
    public static void Apply(Release r, IncomingItem i, string field, DateTime now)
    {
        switch (field)
        {
            case Title: r.Title = i.Title; break;
            case Kind: r.Kind = i.Kind; break;
            case Date: (r.Date, r.Precision) = (i.Date, i.Precision); break;
            case Time: (r.Time, r.TimeZone) = (i.Time, i.TimeZone); break;
            case Status:
                if (i.Status == ReleaseStatus.Cancelled) r.CancelledUtc ??= now;
                else r.CancelledUtc = null;
                r.Status = i.Status;
                break;
            case Season: r.Season = i.Season; break;
            case Episode: r.Episode = i.Episode; break;
            case Description: r.Description = i.Description; break;
        }
    }

    /// <summary>True when <paramref name="stated"/> adds nothing to <paramref name="current"/>: equal, or a coarser date
    /// ("2024-05") that the current one ("2024-05-24") lies in. A coarser date never replaces a finer one.</summary>
    public static bool Agrees(string field, string? stated, string? current) =>
        stated is null || stated == current || (field == Date && current is not null && stated.Length < current.Length
            && current.StartsWith(stated + "-", StringComparison.Ordinal));

    static string Wire(ReleaseStatus s) => s.ToString().ToLowerInvariant();
}
