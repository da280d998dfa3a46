using System.Text.Json.Serialization;
using ReleaseCalendar.Extraction;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest.Sources;

/// <summary>Where a source reads from. The names are the admin API's ("musicbrainz", "tvmaze", "ical", "news").</summary>
public enum SourceType { MusicBrainz, TvMaze, ICal, News }

/// <summary>What a reader needs to know about the source it reads: the admin's settings, nothing of the database.</summary>
public sealed record SourceSpec(
    int Id,
    SourceType Type,
    // MusicBrainz artist MBID or TVmaze show id; null for ical and news.
    string? ExternalId,
    // Feed URL for ical and news; null for musicbrainz and tvmaze (their base URLs are configured).
    Uri? Url,
    // Slugs the source feeds; the first is the main one (a tvmaze source's show, a musicbrainz artist).
    IReadOnlyList<string> Subjects,
    // "ru", "en" or null (detect): the language of a news feed's articles.
    string? Lang,
    // The subjects' names and aliases, for an iCal source (its titles often open with the act); empty otherwise.
    IReadOnlyList<string>? SubjectNames = null);

/// <summary>One release as an upstream states it, in our terms. Pure data: the merge decides what it means for the catalog.</summary>
public sealed record IncomingItem
{
    /// <summary>Stable id of the item within its source: MusicBrainz release-group id, TVmaze episode id ("ep:123") or
    /// "show:1" for the premiere, the iCal UID (with "@" and the original date for an expanded occurrence), news "articleKey#n".</summary>
    public required string ExternalId { get; init; }
    /// <summary>Slugs credited, in order; a reader that knows no better uses the source's subjects.</summary>
    public required IReadOnlyList<string> Subjects { get; init; }
    public required string Title { get; init; }
    public LocalizedText Titles { get; init; } = new(null, null, null);
    public required ReleaseCalendar.Releases.ReleaseKind Kind { get; init; }
    /// <summary>With Month precision the day is 1; with Year precision month and day are 1 (as <see cref="Release.Date"/>).</summary>
    public required DateOnly Date { get; init; }
    public DatePrecision Precision { get; init; } = DatePrecision.Day;
    /// <summary>Local time in <see cref="TimeZone"/> (a tzdb id); both null when the upstream gives no time.</summary>
    public TimeOnly? Time { get; init; }
    public string? TimeZone { get; init; }
    public ReleaseStatus Status { get; init; } = ReleaseStatus.Announced;
    public int? Season { get; init; }
    public int? Episode { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Links { get; init; } = [];
    /// <summary>1 for structured upstreams; the extractor's confidence for news.</summary>
    public double Confidence { get; init; } = 1.0;
    /// <summary>News: the sentence the date was read from.</summary>
    public string? Evidence { get; init; }
    /// <summary>News: the subject as the article wrote it, when it resolved to no known slug (then <see cref="Subjects"/> is empty).</summary>
    public string? SubjectHint { get; init; }
    /// <summary>How ids of this item began before its reader changed their form: when <see cref="ExternalId"/> is not
    /// stored yet, the run takes over a stored id with this prefix that no item of the read claims (the earliest, by
    /// ordinal order) and renames it. Not a stated value, so not in the fingerprint.</summary>
    [JsonIgnore] public string? FormerKeyPrefix { get; init; }
}

/// <summary>What one read of a source brought.</summary>
public sealed record SourceRead(
    // Every request answered 304: nothing to merge, and no item counts as missing.
    bool NotModified,
    IReadOnlyList<IncomingItem> Items,
    // True when Items is the upstream's whole list (musicbrainz, tvmaze, ical), so an item absent
    // from it counts as a miss; false for news, whose feed only shows recent articles.
    bool Complete,
    // News: keys (GUID, else link) of the articles read in this run, so later runs skip them.
    IReadOnlyList<string> ProcessedArticles)
{
    /// <summary>Articles the reader read but could not turn into items, each with why (news: an extractor failure);
    /// they count as the run's rejections.</summary>
    public IReadOnlyList<string> Unreadable { get; init; } = [];

    public static SourceRead Unchanged { get; } = new(true, [], false, []);
}

/// <summary>Everything a reader may use besides the network: conditional-GET state, what was already read, the catalog.</summary>
public sealed class ReadContext
{
    public required IUpstream Http { get; init; }
    /// <summary>ETag/Last-Modified stored from earlier successful runs, by URL.</summary>
    public IReadOnlyDictionary<string, Validators> KnownValidators { get; init; } = new Dictionary<string, Validators>();
    /// <summary>Validators of this run's responses; stored only when the run's items are committed.</summary>
    public Dictionary<string, Validators> NewValidators { get; } = [];
    /// <summary>News: true when an article (by GUID, else link) was processed by an earlier run of this source.</summary>
    public Func<string, bool> ArticleSeen { get; init; } = _ => false;
    /// <summary>News: subjects and aliases, for <see cref="DateExtractor.Extract"/>.</summary>
    public ExtractionCatalog? Catalog { get; init; }
    /// <summary>"Now" for the run (iCal expansion window, news without a pubDate).</summary>
    public required DateTimeOffset Now { get; init; }
    /// <summary>Items read so far, for a progress display.</summary>
    public IProgress<int>? Progress { get; init; }

    public Validators? Known(Uri url) => KnownValidators.GetValueOrDefault(url.AbsoluteUri);
    public void Remember(Uri url, Validators? validators)
    {
        if (validators is not null && (validators.ETag is not null || validators.LastModified is not null))
            NewValidators[url.AbsoluteUri] = validators;
    }
}

/// <summary>Reads one type of source. Throws <see cref="UpstreamException"/> (network, HTTP, size) or
/// <see cref="SourceFormatException"/> (a body that is not the shape it should be) with a message naming the problem.</summary>
public interface ISourceReader
{
    SourceType Type { get; }
    Task<SourceRead> ReadAsync(SourceSpec source, ReadContext context, CancellationToken ct);
}

/// <summary>The upstream answered, but not with what the source type promises (invalid JSON or XML, a missing field).</summary>
public sealed class SourceFormatException(string message, Exception? inner = null) : Exception(message, inner);
