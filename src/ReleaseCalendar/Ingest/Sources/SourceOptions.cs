using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Ingest.Sources;

/// <summary>Ingest:MusicBrainz. The User-Agent MusicBrainz demands is "ReleaseCalendar/&lt;version&gt; ( &lt;Contact&gt; )".</summary>
public sealed class MusicBrainzOptions
{
    public const string Section = "Ingest:MusicBrainz";
    /// <summary>The server: "https://musicbrainz.org" (requests go to its /ws/2/...); a URL already ending in /ws/2 is taken as is.</summary>
    [Required] public Uri BaseUrl { get; set; } = new("https://musicbrainz.org/");
    /// <summary>An e-mail address or URL where MusicBrainz can reach the operator.</summary>
    [Required, MinLength(3)] public string Contact { get; set; } = "https://github.com/releasecalendar/releasecalendar";
    /// <summary>Release groups per page (MusicBrainz allows up to 100).</summary>
    [Range(1, 100)] public int PageSize { get; set; } = 100;
}

[OptionsValidator] public sealed partial class MusicBrainzOptionsValidator : IValidateOptions<MusicBrainzOptions>;

/// <summary>Ingest:TvMaze.</summary>
public sealed class TvMazeOptions
{
    public const string Section = "Ingest:TvMaze";
    [Required] public Uri BaseUrl { get; set; } = new("https://api.tvmaze.com/");
}

[OptionsValidator] public sealed partial class TvMazeOptionsValidator : IValidateOptions<TvMazeOptions>;

/// <summary>Ingest:ICal: recurring events are expanded inside this window around "now".</summary>
public sealed class ICalOptions
{
    public const string Section = "Ingest:ICal";
    [Range(0, 3660)] public int PastDays { get; set; } = 365;
    [Range(1, 3660)] public int FutureDays { get; set; } = 730;
    /// <summary>Occurrences per recurring event at most, so an endless RRULE can't flood the catalog.</summary>
    [Range(1, 10000)] public int MaxOccurrences { get; set; } = 500;
}

[OptionsValidator] public sealed partial class ICalOptionsValidator : IValidateOptions<ICalOptions>;

/// <summary>Ingest:News.</summary>
public sealed class NewsOptions
{
    public const string Section = "Ingest:News";
    /// <summary>A candidate with a known subject and at least this confidence becomes an announced release;
    /// anything else is kept as a suggestion for an admin.</summary>
    [Range(0.0, 1.0)] public double Threshold { get; set; } = 0.7;
    /// <summary>Fetch the article page when the feed item carries only a summary (shorter than this many characters).</summary>
    [Range(0, 100000)] public int FetchPageBelowChars { get; set; } = 600;
    /// <summary>New items read per run at most; the rest wait for the next run.</summary>
    [Range(1, 1000)] public int MaxItemsPerRun { get; set; } = 50;
}

[OptionsValidator] public sealed partial class NewsOptionsValidator : IValidateOptions<NewsOptions>;
