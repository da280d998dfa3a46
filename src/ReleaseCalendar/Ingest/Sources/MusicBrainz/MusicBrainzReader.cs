using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest.Sources.MusicBrainz;

/// <summary>
/// Reads an artist's release groups (source.ExternalId = artist MBID) from the MusicBrainz web service: I/O only;
/// <see cref="MusicBrainzMapper"/> does the mapping.
/// </summary>
/// <remarks>
/// Conditional GET over pages: the groups are browsed with offset/limit, and every page body carries the artist's
/// release-group-count, so when the first page answers 304 the count, hence the set of pages, is the last run's. The
/// reader then probes the next pages the last run stored validators for; all 304 → <see cref="SourceRead.Unchanged"/>.
/// The first page that answers 200 means something changed, and the whole list is needed: the pages that answered 304
/// are fetched again without validators (a 304 has no body), and the remaining pages are fetched without validators too,
/// since a conditional request that comes back 304 would only cost a second one. An unchanged artist costs one 304 per
/// page; a changed one costs the probes plus one 200 per page.
/// </remarks>
public sealed class MusicBrainzReader(IOptions<MusicBrainzOptions> options, ILogger<MusicBrainzReader> logger) : ISourceReader
{
    /// <summary>Release lookups per run for groups dated only to the month or year. At one request a second across
    /// MusicBrainz this bounds a run to about half a minute more; the most recent groups go first (upcoming releases
    /// matter most), the rest keep their partial date until a later run.</summary>
    public const int DefaultReleaseLookupsPerRun = 25;

    /// <summary>Pages per run at most: 1,000 × 100 groups, far beyond any artist, so a bogus count cannot loop for ever.</summary>
    const int MaxPages = 1000;

    internal int ReleaseLookupsPerRun { get; init; } = DefaultReleaseLookupsPerRun;

    public SourceType Type => SourceType.MusicBrainz;

    public async Task<SourceRead> ReadAsync(SourceSpec source, ReadContext context, CancellationToken ct)
    {
        var mbid = MusicBrainzUrls.ArtistId(source.ExternalId)
            ?? throw new SourceFormatException(
                $"MusicBrainz source {source.Id}: external id '{source.ExternalId}' is not an artist MBID (a UUID).");
        var root = MusicBrainzUrls.ApiRoot(options.Value.BaseUrl);
        var pageSize = options.Value.PageSize;

        var groups = await ReadGroupsAsync(root, mbid, pageSize, context, ct);
        if (groups is null)
        {
            logger.MusicBrainzUnchanged(source.Id, mbid);
            return SourceRead.Unchanged;
        }

        var dayDates = await LookUpDaysAsync(root, groups, context, ct);
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var mapping = MusicBrainzMapper.Map(groups, source.Subjects, today, dayDates);
        context.Progress?.Report(mapping.Items.Count);
        logger.MusicBrainzRead(source.Id, mbid, groups.Count, mapping.Items.Count, mapping.WithoutDate, mapping.BadDate, dayDates.Count);
        return new SourceRead(false, mapping.Items, true, []);
    }

    /// <summary>Every release group of the artist, or null when every page answered 304.</summary>
    async Task<List<MusicBrainzReleaseGroup>?> ReadGroupsAsync(Uri root, string mbid, int pageSize, ReadContext context,
        CancellationToken ct)
    {
        Uri Page(int index) => MusicBrainzUrls.ReleaseGroups(root, mbid, pageSize, index * pageSize);

        // Probe while the pages are the last run's.
        var notModified = 0;
        MusicBrainzReleaseGroupPage? changed = null;
        while (context.Known(Page(notModified)) is { } known)
        {
            var url = Page(notModified);
            var response = await context.Http.GetAsync(Upstream.MusicBrainz, url, known, ct);
            if (!response.NotModified)
            {
                context.Remember(url, response.Validators);
                changed = MusicBrainzMapper.ParseReleaseGroupPage(response.Body, url.AbsoluteUri);
                break;
            }
            notModified++;
            if (notModified >= MaxPages) break;
        }
        if (changed is null && notModified > 0) return null;

        var groups = new List<MusicBrainzReleaseGroup>();
        for (var i = 0; i < notModified; i++)
            groups.AddRange((await FetchPageAsync(Page(i), context, ct)).Groups);
        var next = notModified;
        var count = int.MaxValue;
        if (changed is not null)
        {
            groups.AddRange(changed.Groups);
            count = changed.Count;
            next++;
        }
        while ((long)next * pageSize < count && next < MaxPages)
        {
            var page = await FetchPageAsync(Page(next), context, ct);
            groups.AddRange(page.Groups);
            count = page.Count;
            next++;
            context.Progress?.Report(groups.Count);
            // A short page before the count is reached: the list shrank while we paged; the next run sees it whole.
            if (page.Groups.Count == 0) break;
        }
        return groups;
    }

    static async Task<MusicBrainzReleaseGroupPage> FetchPageAsync(Uri url, ReadContext context, CancellationToken ct)
    {
        var body = await FetchAsync(url, context, remember: true, ct);
        return MusicBrainzMapper.ParseReleaseGroupPage(body, url.AbsoluteUri);
    }

    static async Task<ReadOnlyMemory<byte>> FetchAsync(Uri url, ReadContext context, bool remember, CancellationToken ct)
    {
        var response = await context.Http.GetAsync(Upstream.MusicBrainz, url, null, ct);
        if (response.NotModified)
            throw new SourceFormatException($"MusicBrainz answered 304 Not Modified to {url.AbsoluteUri}, which carried no validators.");
        if (remember) context.Remember(url, response.Validators);
        return response.Body;
    }

    /// <summary>Day-precise dates from the releases of groups dated only to the month or year, newest groups first,
    /// at most <see cref="ReleaseLookupsPerRun"/> lookups. Sent without validators: a 304 would leave no body to read.</summary>
    async Task<Dictionary<string, DateOnly>> LookUpDaysAsync(Uri root, List<MusicBrainzReleaseGroup> groups,
        ReadContext context, CancellationToken ct)
    {
        var found = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var partial = groups
            .Select(g => (Group: g, Date: MusicBrainzMapper.ParseDate(g.FirstReleaseDate)))
            .Where(x => x.Date is { Precision: not DatePrecision.Day })
            .DistinctBy(x => x.Group.Id)
            .OrderByDescending(x => x.Date!.Date).ThenBy(x => x.Group.Id, StringComparer.Ordinal)
            .Take(ReleaseLookupsPerRun);
        foreach (var (group, date) in partial)
        {
            var url = MusicBrainzUrls.Releases(root, group.Id);
            var releases = MusicBrainzMapper.ParseReleases(await FetchAsync(url, context, remember: false, ct), url.AbsoluteUri);
            if (MusicBrainzMapper.DayPreciseDate(date!, releases) is { } day) found[group.Id] = day;
        }
        return found;
    }
}

static partial class MusicBrainzLog
{
    [LoggerMessage(EventId = 231, Level = LogLevel.Information,
        Message = "MusicBrainz source {SourceId} (artist {Mbid}): {Groups} release groups, {Items} items; {WithoutDate} without a date "
                  + "and {BadDate} with a malformed one left out; {DayDates} dates made day-precise from releases")]
    public static partial void MusicBrainzRead(this ILogger logger, int sourceId, string mbid, int groups, int items,
        int withoutDate, int badDate, int dayDates);

    [LoggerMessage(EventId = 232, Level = LogLevel.Information,
        Message = "MusicBrainz source {SourceId} (artist {Mbid}): every page answered 304, nothing to read")]
    public static partial void MusicBrainzUnchanged(this ILogger logger, int sourceId, string mbid);
}
