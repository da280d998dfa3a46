using System.Globalization;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Http;

namespace ReleaseCalendar.Ingest.Sources.TvMaze;

/// <summary>
/// Reads a show (source.ExternalId = TVmaze show id; the source's first subject is the show): <c>shows/{id}</c> and
/// <c>shows/{id}/episodes</c>, both conditional. Both 304 → <see cref="SourceRead.Unchanged"/>; when only one is 304,
/// the mapping still needs its body, so that one is fetched again without validators. I/O only;
/// <see cref="TvMazeMapper"/> does the mapping.
/// </summary>
public sealed class TvMazeReader(IOptions<TvMazeOptions> options, ILogger<TvMazeReader> logger) : ISourceReader
{
    public SourceType Type => SourceType.TvMaze;

    public async Task<SourceRead> ReadAsync(SourceSpec source, ReadContext context, CancellationToken ct)
    {
        var id = ShowId(source.ExternalId)
            ?? throw new SourceFormatException(
                $"TVmaze source {source.Id}: external id '{source.ExternalId}' is not a TVmaze show id (a positive number).");
        var root = Root(options.Value.BaseUrl);
        var showUrl = new Uri(root, $"shows/{id}");
        // With the specials: TVmaze leaves them out unless asked (https://www.tvmaze.com/api#show-episode-list).
        var episodesUrl = new Uri(root, $"shows/{id}/episodes?specials=1");

        var show = await context.Http.GetAsync(Upstream.TvMaze, showUrl, context.Known(showUrl), ct);
        var episodes = await context.Http.GetAsync(Upstream.TvMaze, episodesUrl, context.Known(episodesUrl), ct);
        if (show.NotModified && episodes.NotModified)
        {
            logger.TvMazeUnchanged(source.Id, id);
            return SourceRead.Unchanged;
        }
        if (show.NotModified) show = await FetchAsync(showUrl, context, ct);
        else context.Remember(showUrl, show.Validators);
        if (episodes.NotModified) episodes = await FetchAsync(episodesUrl, context, ct);
        else context.Remember(episodesUrl, episodes.Validators);

        var parsedShow = TvMazeMapper.ParseShow(show.Body, showUrl.AbsoluteUri);
        var parsedEpisodes = TvMazeMapper.ParseEpisodes(episodes.Body, episodesUrl.AbsoluteUri);
        var mapping = TvMazeMapper.Map(parsedShow, parsedEpisodes, id, source.Subjects, context.Now);
        context.Progress?.Report(mapping.Items.Count);
        logger.TvMazeRead(source.Id, id, parsedShow.TimeZone ?? "none", parsedEpisodes.Count, mapping.Items.Count,
            mapping.WithoutDate, mapping.BadDate, mapping.MinorSpecials, mapping.TimesFromAirstamp);
        return new SourceRead(false, mapping.Items, true, []);
    }

    /// <summary>A show id in its plain decimal form ("043" → "43"), or null when the text is not a positive number.</summary>
    public static string? ShowId(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id.ToString(CultureInfo.InvariantCulture)
            : null;

    /// <summary>The base with a trailing slash, so that "http://host/tvmaze" keeps its path under relative URLs.</summary>
    public static Uri Root(Uri baseUrl) =>
        baseUrl.AbsolutePath.EndsWith('/')
            ? baseUrl
            : new UriBuilder(baseUrl) { Path = baseUrl.AbsolutePath + "/" }.Uri;

    static async Task<UpstreamResponse> FetchAsync(Uri url, ReadContext context, CancellationToken ct)
    {
        var response = await context.Http.GetAsync(Upstream.TvMaze, url, null, ct);
        if (response.NotModified)
            throw new SourceFormatException($"TVmaze answered 304 Not Modified to {url.AbsoluteUri}, which carried no validators.");
        context.Remember(url, response.Validators);
        return response;
    }
}

static partial class TvMazeLog
{
    [LoggerMessage(EventId = 241, Level = LogLevel.Information,
        Message = "TVmaze source {SourceId} (show {ShowId}, zone {Zone}): {Episodes} episodes, {Items} items; {WithoutDate} without "
                  + "an airdate, {BadDate} with a malformed one and {MinorSpecials} insignificant specials left out; {FromAirstamp} times taken from the airstamp")]
    public static partial void TvMazeRead(this ILogger logger, int sourceId, string showId, string zone, int episodes, int items,
        int withoutDate, int badDate, int minorSpecials, int fromAirstamp);

    [LoggerMessage(EventId = 242, Level = LogLevel.Information,
        Message = "TVmaze source {SourceId} (show {ShowId}): both requests answered 304, nothing to read")]
    public static partial void TvMazeUnchanged(this ILogger logger, int sourceId, string showId);
}
