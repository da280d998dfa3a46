using System.Globalization;
using System.Text.Json;
using NodaTime;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest.Sources.TvMaze;

/// <summary>A show as <c>/shows/{id}</c> gives it: its zone is its network's, else its web channel's, country zone.</summary>
public sealed record TvMazeShow(int Id, string Name, string? Url, string? TimeZone);

/// <summary>One entry of <c>/shows/{id}/episodes?specials=1</c>, its fields as TVmaze wrote them (<c>type</c>: "regular",
/// "significant_special" or "insignificant_special"; a special has no number).</summary>
public sealed record TvMazeEpisode(
    int Id, string? Url, string? Name, int? Season, int? Number, string? Airdate, string? Airtime, string? Airstamp, string? Type = null);

/// <summary>When an episode airs in our terms: a date, and a local time in a tzdb zone when one is known.</summary>
public sealed record TvMazeAiring(DateOnly Date, TimeOnly? Time, string? TimeZone, bool FromAirstamp);

/// <summary>What mapping a show gave: the items, the episodes left out, and how many times came from the airstamp.</summary>
public sealed record TvMazeMapping(IReadOnlyList<IncomingItem> Items, int WithoutDate, int BadDate, int TimesFromAirstamp, int MinorSpecials);

/// <summary>Pure: TVmaze JSON → <see cref="IncomingItem"/>. No I/O, no clock ("now" is an argument).</summary>
public static class TvMazeMapper
{
    const string Upstream = "TVmaze";
    const string Utc = "Etc/UTC";

    public static TvMazeShow ParseShow(ReadOnlyMemory<byte> body, string url)
    {
        var json = new UpstreamJson(Upstream, url);
        using var doc = json.Parse(body);
        var show = json.RequireObject(doc.RootElement, "the body");
        var zone = CountryZone(show, "network") ?? CountryZone(show, "webChannel");
        return new TvMazeShow(json.RequireInt(show, "id", "the show"), json.RequireString(show, "name", "the show"),
            UpstreamJson.OptionalString(show, "url"), zone);
    }

    public static IReadOnlyList<TvMazeEpisode> ParseEpisodes(ReadOnlyMemory<byte> body, string url)
    {
        var json = new UpstreamJson(Upstream, url);
        using var doc = json.Parse(body);
        if (doc.RootElement.ValueKind != JsonValueKind.Array) throw json.Format("the body is not a JSON array of episodes");
        var episodes = new List<TvMazeEpisode>(doc.RootElement.GetArrayLength());
        var index = 0;
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var where = $"episode [{index++}]";
            json.RequireObject(e, where);
            episodes.Add(new TvMazeEpisode(
                json.RequireInt(e, "id", where), UpstreamJson.OptionalString(e, "url"), UpstreamJson.OptionalString(e, "name"),
                json.OptionalInt(e, "season", where), json.OptionalInt(e, "number", where),
                UpstreamJson.OptionalString(e, "airdate"), UpstreamJson.OptionalString(e, "airtime"), UpstreamJson.OptionalString(e, "airstamp"),
                UpstreamJson.OptionalString(e, "type")));
        }
        return episodes;
    }

    /// <summary>
    /// airdate + airtime in the show's zone, cross-checked with airstamp (the instant TVmaze computed from them):
    /// <list type="bullet">
    /// <item>No airtime ("" — streaming drops; TVmaze then stamps a placeholder hour): the date alone, no invented time.</item>
    /// <item>Zone known, airstamp agrees (or is absent): the airtime in that zone. A local time the zone skips and no
    /// airstamp to settle it: the date alone (the catalog refuses skipped times).</item>
    /// <item>Zone known, airstamp disagrees: the airstamp wins, as that zone's local date and time, so the instant is
    /// TVmaze's and the event still reads in the broadcaster's clock (the date may move, e.g. an airtime past midnight).</item>
    /// <item>No zone (a web channel without a country, such as Netflix) but an airtime: the airstamp as UTC, since a
    /// local time in no place means nothing; without an airstamp, the date alone.</item>
    /// </list>
    /// An airstamp the zone can only name as the second pass of a repeated hour is given in UTC (the catalog reads a
    /// repeated local time as its first pass).
    /// </summary>
    public static TvMazeAiring Airing(DateOnly airdate, TimeOnly? airtime, DateTimeOffset? airstamp, string? zoneId)
    {
        if (airtime is not { } time) return new(airdate, null, null, false);
        var zoneKey = ReleaseTime.CanonicalZoneId(zoneId);
        var zone = zoneKey is null ? null : DateTimeZoneProviders.Tzdb[zoneKey];
        Instant? instant = airstamp is { } s ? Instant.FromDateTimeOffset(s) : null;
        if (zone is null)
            return instant is { } i ? InZone(i, DateTimeZone.Utc, Utc) : new(airdate, null, null, false);

        var mapping = zone.MapLocal(ReleaseTime.Local(airdate, time));
        if (instant is not { } at)
            return mapping.Count == 0 ? new(airdate, null, null, false) : new(airdate, time, zoneKey, false);
        if (mapping.Count > 0 && mapping.First().ToInstant() == at) return new(airdate, time, zoneKey, false);
        return InZone(at, zone, zoneKey!);
    }

    static TvMazeAiring InZone(Instant instant, DateTimeZone zone, string zoneKey)
    {
        var local = instant.InZone(zone).LocalDateTime;
        if (ReleaseTime.Resolve(local, zone).ToInstant() != instant) return InZone(instant, DateTimeZone.Utc, Utc);
        return new(new DateOnly(local.Year, local.Month, local.Day), new TimeOnly(local.Hour, local.Minute, local.Second),
            zoneKey, true);
    }

    /// <summary>
    /// A show's episodes → items: each dated episode an <see cref="ReleaseKind.Episode"/> ("ep:{id}"), and its first
    /// episode (season 1 episode 1, else the earliest numbered one, else the earliest) once more as the show's premiere,
    /// a <see cref="ReleaseKind.Drama"/> ("show:{showId}") at the same date and time. An episode without an airdate is
    /// left out (<see cref="TvMazeMapping.WithoutDate"/>), one with a malformed airdate too (<see cref="TvMazeMapping.BadDate"/>).
    /// A special TVmaze calls significant (a finale special, a special episode) is an episode without a number, titled by
    /// its name; one it calls insignificant (recaps, behind-the-scenes) is left out (<see cref="TvMazeMapping.MinorSpecials"/>).
    /// </summary>
    public static TvMazeMapping Map(TvMazeShow show, IReadOnlyList<TvMazeEpisode> episodes, string showId,
        IReadOnlyList<string> subjects, DateTimeOffset now)
    {
        var items = new List<IncomingItem>(episodes.Count + 1);
        var dated = new List<(TvMazeEpisode Episode, IncomingItem Item)>(episodes.Count);
        var seen = new HashSet<int>();
        int withoutDate = 0, badDate = 0, fromAirstamp = 0, minorSpecials = 0;
        foreach (var e in episodes)
        {
            if (!seen.Add(e.Id)) continue;
            if (string.Equals(e.Type, "insignificant_special", StringComparison.OrdinalIgnoreCase)) { minorSpecials++; continue; }
            if (string.IsNullOrWhiteSpace(e.Airdate)) { withoutDate++; continue; }
            if (!DateOnly.TryParseExact(e.Airdate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var airdate))
            {
                badDate++;
                continue;
            }
            var airing = Airing(airdate, ParseTime(e.Airtime), ParseInstant(e.Airstamp), show.TimeZone);
            if (airing.FromAirstamp) fromAirstamp++;
            var item = new IncomingItem
            {
                ExternalId = $"ep:{e.Id.ToString(CultureInfo.InvariantCulture)}",
                Subjects = subjects,
                Title = Title(e),
                Kind = ReleaseKind.Episode,
                Date = airing.Date,
                Time = airing.Time,
                TimeZone = airing.TimeZone,
                Status = Status(airing, now),
                Season = e.Season,
                Episode = e.Number,
                Links = string.IsNullOrWhiteSpace(e.Url) ? [] : [e.Url],
            };
            items.Add(item);
            dated.Add((e, item));
        }

        if (Premiere(dated) is { } first)
        {
            items.Add(first with
            {
                ExternalId = $"show:{showId}",
                Title = show.Name,
                Kind = ReleaseKind.Drama,
                Season = null,
                Episode = null,
                Links = string.IsNullOrWhiteSpace(show.Url) ? [] : [show.Url],
            });
        }
        return new TvMazeMapping(items, withoutDate, badDate, fromAirstamp, minorSpecials);
    }

    static IncomingItem? Premiere(List<(TvMazeEpisode Episode, IncomingItem Item)> dated)
    {
        if (dated.Count == 0) return null;
        var pilot = dated.Where(x => x.Episode is { Season: 1, Number: 1 }).Select(x => x.Item).FirstOrDefault();
        if (pilot is not null) return pilot;
        var numbered = dated.Where(x => x.Episode.Number is not null).ToList();
        var pool = numbered.Count > 0 ? numbered : dated;
        return pool
            .OrderBy(x => x.Item.Date)
            .ThenBy(x => x.Episode.Season ?? int.MaxValue).ThenBy(x => x.Episode.Number ?? int.MaxValue).ThenBy(x => x.Episode.Id)
            .First().Item;
    }

    /// <summary>The episode's name; TVmaze writes "TBA" for one not yet named, and that, like an empty name, becomes
    /// "Episode N" ("Special" for an unnumbered special).</summary>
    public static string Title(TvMazeEpisode e) =>
        string.IsNullOrWhiteSpace(e.Name) || e.Name.Trim().Equals("TBA", StringComparison.OrdinalIgnoreCase)
            ? e.Number is { } n ? $"Episode {n.ToString(CultureInfo.InvariantCulture)}" : "Special"
            : e.Name.Trim();

    /// <summary>Released once aired: at its instant when the time is known, else once its date is before today (UTC).</summary>
    public static ReleaseStatus Status(TvMazeAiring airing, DateTimeOffset now)
    {
        if (ReleaseTime.Moment(airing.Date, airing.Time, airing.TimeZone) is { } moment)
            return moment.StartsAt <= now ? ReleaseStatus.Released : ReleaseStatus.Confirmed;
        return airing.Date < DateOnly.FromDateTime(now.UtcDateTime) ? ReleaseStatus.Released : ReleaseStatus.Confirmed;
    }

    static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    static DateTimeOffset? ParseInstant(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    static string? CountryZone(JsonElement show, string channel) =>
        show.TryGetProperty(channel, out var c) && c.ValueKind == JsonValueKind.Object
        && c.TryGetProperty("country", out var country) && country.ValueKind == JsonValueKind.Object
            ? UpstreamJson.OptionalString(country, "timezone")
            : null;
}
