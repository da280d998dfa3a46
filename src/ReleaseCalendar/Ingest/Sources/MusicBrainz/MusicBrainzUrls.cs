using System.Globalization;

namespace ReleaseCalendar.Ingest.Sources.MusicBrainz;

/// <summary>The web service's URLs. Pure.</summary>
public static class MusicBrainzUrls
{
    /// <summary>"https://musicbrainz.org/" → "https://musicbrainz.org/ws/2/"; a base already ending in /ws/2 is kept
    /// (so a mirror or fake configured either way works).</summary>
    public static Uri ApiRoot(Uri baseUrl)
    {
        var path = baseUrl.AbsolutePath.TrimEnd('/');
        path = path.EndsWith("/ws/2", StringComparison.OrdinalIgnoreCase) ? path + "/" : path + "/ws/2/";
        return new UriBuilder(baseUrl) { Path = path, Query = "", Fragment = "" }.Uri;
    }

    public static Uri ReleaseGroups(Uri apiRoot, string artistMbid, int limit, int offset) =>
        new(apiRoot, string.Create(CultureInfo.InvariantCulture,
            $"release-group?artist={artistMbid}&fmt=json&limit={limit}&offset={offset}"));

    /// <summary>The releases of one group; 100 (the most a browse gives) so that one request sees them all but for the
    /// rare group with more editions than that.</summary>
    public static Uri Releases(Uri apiRoot, string releaseGroupId) =>
        new(apiRoot, $"release?release-group={releaseGroupId}&fmt=json&limit=100");

    /// <summary>An artist MBID in the lower-case form MusicBrainz uses, or null when the text is not a UUID.</summary>
    public static string? ArtistId(string? text) =>
        Guid.TryParseExact(text?.Trim(), "D", out var id) ? id.ToString("D") : null;
}
