using System.Text.Json;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest.Sources.MusicBrainz;

/// <summary>One release group as the web service lists it (ws/2 browse, JSON).</summary>
public sealed record MusicBrainzReleaseGroup(
    string Id, string Title, string? PrimaryType, IReadOnlyList<string> SecondaryTypes, string? FirstReleaseDate);

/// <summary>One page of <c>ws/2/release-group?artist=…</c>: the artist's total and this page's groups.</summary>
public sealed record MusicBrainzReleaseGroupPage(int Count, int Offset, IReadOnlyList<MusicBrainzReleaseGroup> Groups);

/// <summary>One release of a group (<c>ws/2/release?release-group=…</c>): only what dates need.</summary>
public sealed record MusicBrainzRelease(string? Date, string? Status);

/// <summary>A partial date as MusicBrainz writes it: "2024", "2024-05" or "2024-05-24".</summary>
public sealed record PartialDate(DateOnly Date, DatePrecision Precision)
{
    /// <summary>The last day the date can mean: the day itself, the month's last day or 31 December.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Date.Year, 12, 31),
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        _ => Date,
    };

    public bool Contains(DateOnly day) => day >= Date && day <= LastDay;
}

/// <summary>What mapping a discography gave: the items and what was left out (not release dates, so not items).</summary>
public sealed record MusicBrainzMapping(IReadOnlyList<IncomingItem> Items, int WithoutDate, int BadDate);

/// <summary>Pure: MusicBrainz web service JSON → <see cref="IncomingItem"/>. No I/O, no clock ("today" is an argument).</summary>
public static class MusicBrainzMapper
{
    const string Upstream = "MusicBrainz";

    public static MusicBrainzReleaseGroupPage ParseReleaseGroupPage(ReadOnlyMemory<byte> body, string url)
    {
        var json = new UpstreamJson(Upstream, url);
        using var doc = json.Parse(body);
        var root = json.RequireObject(doc.RootElement, "the body");
        var count = json.RequireInt(root, "release-group-count", "the body");
        var offset = root.TryGetProperty("release-group-offset", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : 0;
        var list = json.RequireArray(root, "release-groups", "the body");
        var groups = new List<MusicBrainzReleaseGroup>(list.GetArrayLength());
        var index = 0;
        foreach (var g in list.EnumerateArray())
        {
            var where = $"release-groups[{index++}]";
            json.RequireObject(g, where);
            var id = json.RequireString(g, "id", where);
            if (!Guid.TryParseExact(id, "D", out _)) throw json.Format($"{where}.id '{id}' is not an MBID");
            var secondary = new List<string>();
            if (g.TryGetProperty("secondary-types", out var st) && st.ValueKind == JsonValueKind.Array)
            {
                foreach (var s in st.EnumerateArray())
                {
                    if (s.ValueKind == JsonValueKind.String && s.GetString() is { Length: > 0 } name) secondary.Add(name);
                }
            }
            groups.Add(new MusicBrainzReleaseGroup(
                id.ToLowerInvariant(), json.RequireString(g, "title", where), UpstreamJson.OptionalString(g, "primary-type"),
                secondary, UpstreamJson.OptionalString(g, "first-release-date")));
        }
        return new MusicBrainzReleaseGroupPage(count, offset, groups);
    }

    public static IReadOnlyList<MusicBrainzRelease> ParseReleases(ReadOnlyMemory<byte> body, string url)
    {
        var json = new UpstreamJson(Upstream, url);
        using var doc = json.Parse(body);
        var root = json.RequireObject(doc.RootElement, "the body");
        var list = json.RequireArray(root, "releases", "the body");
        var releases = new List<MusicBrainzRelease>(list.GetArrayLength());
        var index = 0;
        foreach (var r in list.EnumerateArray())
        {
            json.RequireObject(r, $"releases[{index++}]");
            releases.Add(new MusicBrainzRelease(UpstreamJson.OptionalString(r, "date"), UpstreamJson.OptionalString(r, "status")));
        }
        return releases;
    }

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD" with its precision; null for empty or malformed text (or a year the
    /// catalog refuses). The day and month of a partial date are 1, never a guess.</summary>
    public static PartialDate? ParseDate(string? text) =>
        !string.IsNullOrWhiteSpace(text) && ReleaseDate.TryParse(text, out var date, out var precision, out _)
            ? new PartialDate(date, precision)
            : null;

    /// <summary>
    /// Primary and secondary types → our kind. MusicBrainz: primary Album, Single, EP, Broadcast, Other; any number of
    /// secondary types (https://musicbrainz.org/doc/Release_Group/Type). The rule, first match wins:
    /// <list type="number">
    /// <item>Soundtrack → ost (a K-drama OST part is a Single + Soundtrack; the OST album an Album + Soundtrack).</item>
    /// <item>A secondary type that says it is not new music (<see cref="NotNewMusic"/>: Live, Remix, DJ-mix, Interview,
    /// Audiobook, Audio drama, Spokenword, Field recording) → other.</item>
    /// <item>Otherwise the primary type: Album → album, EP → ep, Single → single; Broadcast, Other or none → other.
    /// Compilation, Mixtape/Street and Demo keep the primary type: an anthology such as BTS's «Proof» or a mixtape such
    /// as RM's «mono.» is announced and awaited like an album. A secondary type MusicBrainz adds later also keeps it.</item>
    /// </list>
    /// </summary>
    public static ReleaseKind Kind(string? primaryType, IReadOnlyList<string> secondaryTypes)
    {
        if (secondaryTypes.Any(s => s.Equals("Soundtrack", StringComparison.OrdinalIgnoreCase))) return ReleaseKind.Ost;
        if (secondaryTypes.Any(NotNewMusic.Contains)) return ReleaseKind.Other;
        return primaryType?.ToUpperInvariant() switch
        {
            "ALBUM" => ReleaseKind.Album,
            "EP" => ReleaseKind.Ep,
            "SINGLE" => ReleaseKind.Single,
            _ => ReleaseKind.Other,
        };
    }

    /// <summary>Secondary types that make a group "other" whatever its primary type.</summary>
    public static readonly IReadOnlySet<string> NotNewMusic = new HashSet<string>(
        ["Live", "Remix", "DJ-mix", "Interview", "Audiobook", "Audio drama", "Spokenword", "Field recording"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Releases MusicBrainz keeps that are not a release by the artist: their dates say nothing of it.</summary>
    static readonly HashSet<string> IgnoredStatuses = new(["Bootleg", "Pseudo-Release"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The earliest day-precise release date inside the group's partial date ("2024-05" → a day of May 2024),
    /// from releases that are the artist's own (not bootlegs or pseudo-releases); null when none gives a day.</summary>
    public static DateOnly? DayPreciseDate(PartialDate groupDate, IEnumerable<MusicBrainzRelease> releases)
    {
        if (groupDate.Precision == DatePrecision.Day) return groupDate.Date;
        DateOnly? best = null;
        foreach (var r in releases)
        {
            if (r.Status is not null && IgnoredStatuses.Contains(r.Status)) continue;
            if (ParseDate(r.Date) is not { Precision: DatePrecision.Day } d || !groupDate.Contains(d.Date)) continue;
            if (best is null || d.Date < best) best = d.Date;
        }
        return best;
    }

    /// <summary>Released once the whole period the date names is over (a date known to the month counts as released only
    /// after that month), Confirmed before: MusicBrainz lists what labels published or announced.</summary>
    public static ReleaseStatus Status(PartialDate date, DateOnly today) =>
        date.LastDay < today ? ReleaseStatus.Released : ReleaseStatus.Confirmed;

    /// <summary>
    /// Release groups → items. A group without a first-release-date has no release date, so no item (counted in
    /// <see cref="MusicBrainzMapping.WithoutDate"/>); a malformed one is counted in <see cref="MusicBrainzMapping.BadDate"/>.
    /// <paramref name="dayDates"/> holds day-precise dates found in the groups' releases, by group id.
    /// </summary>
    public static MusicBrainzMapping Map(IEnumerable<MusicBrainzReleaseGroup> groups, IReadOnlyList<string> subjects,
        DateOnly today, IReadOnlyDictionary<string, DateOnly>? dayDates = null)
    {
        var items = new List<IncomingItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int withoutDate = 0, badDate = 0;
        foreach (var g in groups)
        {
            // Offset paging over a list that changes between requests can repeat a group: the first copy wins.
            if (!seen.Add(g.Id)) continue;
            if (string.IsNullOrWhiteSpace(g.FirstReleaseDate)) { withoutDate++; continue; }
            if (ParseDate(g.FirstReleaseDate) is not { } date) { badDate++; continue; }
            if (dayDates is not null && dayDates.TryGetValue(g.Id, out var day) && date.Contains(day))
                date = new PartialDate(day, DatePrecision.Day);
            items.Add(new IncomingItem
            {
                ExternalId = g.Id,
                Subjects = subjects,
                Title = g.Title,
                Kind = Kind(g.PrimaryType, g.SecondaryTypes),
                Date = date.Date,
                Precision = date.Precision,
                Status = Status(date, today),
                Links = [$"https://musicbrainz.org/release-group/{g.Id}"],
            });
        }
        return new MusicBrainzMapping(items, withoutDate, badDate);
    }
}
