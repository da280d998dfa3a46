using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Feeds;

public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>REFRESH-INTERVAL and X-PUBLISHED-TTL: how often we ask clients to poll (Apple, Outlook, Nextcloud honour it).</summary>
    [Range(typeof(TimeSpan), "00:15:00", "7.00:00:00")] public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Cache-Control max-age for feeds; revalidation with ETag is cheap after that.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")] public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(15);

    internal string CacheControl => _cacheControl ??= $"public, max-age={(int)MaxAge.TotalSeconds}";
    string? _cacheControl;

    /// <summary>The combined feed's window when pastDays/futureDays are not given: it must stay bounded.</summary>
    [Range(0, 3650)] public int CombinedPastDays { get; set; } = 90;
    [Range(0, 3650)] public int CombinedFutureDays { get; set; } = 365;

    /// <summary>Memory for rendered feeds and the data they were loaded from; past it the least recently used go first.</summary>
    [Range(1, 4096)] public int CacheMegabytes { get; set; } = 64;

    /// <summary>Largest window a request may ask for, in each direction.</summary>
    [Range(1, 36500)] public int MaxWindowDays { get; set; } = 3650;
}

[OptionsValidator]
public sealed partial class FeedOptionsValidator : IValidateOptions<FeedOptions>;
