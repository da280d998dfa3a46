using System.Globalization;
using System.Xml;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Feeds;

/// <summary>A feed's query string as bound by the endpoint, before validation.</summary>
public sealed record FeedQuery(
    string? Lang, string? Alarm, int? PastDays, int? FutureDays, bool? IncludeMembers, string? Subjects, string? Kinds,
    string? From = null, string? To = null);

/// <summary>A validated feed request: everything that shapes a feed's bytes, parsed from the query and today's date
/// alone (no I/O), with the two cache keys derived from it.</summary>
public sealed record FeedRequest
{
    public static readonly TimeSpan MinAlarm = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxAlarm = TimeSpan.FromDays(7);

    /// <summary>The combined feed spans at most this many calendar years: from 1980-01-01 the last day is 1999-12-31.</summary>
    public const int MaxCombinedYears = 20;

    /// <summary>The subject of a subject feed; null for the combined feed.</summary>
    public string? Slug { get; init; }
    /// <summary>Slugs asked for: the subject feed's own, or the combined feed's list (empty: every subject).</summary>
    public required IReadOnlyList<string> Slugs { get; init; }
    public bool IncludeMembers { get; init; } = true;
    /// <summary>Null: every kind.</summary>
    public IReadOnlyList<ReleaseKind>? Kinds { get; init; }
    public required string Lang { get; init; }
    public TimeSpan? Alarm { get; init; }
    /// <summary>First and last day shown; null: unbounded on that side.</summary>
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    /// <summary>The window counts from today (pastDays/futureDays), so it slides daily and Last-Modified must follow.</summary>
    public bool Windowed { get; init; }
    public DateOnly Today { get; init; }

    /// <summary>Every input that changes the bytes: the rendered feed's cache key.</summary>
    public string Key => _key ??= string.Create(CultureInfo.InvariantCulture,
        $"F|{Slug ?? "*"}|{SubjectList}|{KindList}|{Lang}|{Alarm?.Ticks}|{IncludeMembers}|{Start:yyyy-MM-dd}|{End:yyyy-MM-dd}|{(Windowed ? (DateOnly?)Today : null):yyyy-MM-dd}");

    /// <summary>Every input that changes which rows are loaded: kinds, language and alarm are applied after loading, so
    /// requests that differ only in those share one load (<see cref="FeedData"/>).</summary>
    public string DataKey => _dataKey ??= string.Create(CultureInfo.InvariantCulture,
        $"D|{SubjectList}|{IncludeMembers}|{Start:yyyy-MM-dd}|{End:yyyy-MM-dd}|{(Windowed ? (DateOnly?)Today : null):yyyy-MM-dd}");

    string SubjectList => Slugs.Count == 1 ? Slugs[0] : string.Join(',', Slugs.Order(StringComparer.Ordinal));
    string KindList => Kinds is null ? "" : string.Join(',', Kinds.Distinct().Order());
    string? _key;
    string? _dataKey;

    /// <summary>Validates one subject's feed (<paramref name="slug"/> set) or the combined feed (null); a bad value is an
    /// error naming its field, and a valid request has both ends of a bounded window resolved against <paramref name="today"/>.</summary>
    public static (FeedRequest? Request, IReadOnlyDictionary<string, string[]> Errors) Parse(
        string? slug, FeedQuery query, DateOnly today, FeedOptions options)
    {
        var p = new QueryParsing();
        var lang = p.Lang(query.Lang, "ru");
        var alarm = ParseAlarm(p, query.Alarm);
        var from = p.Date(query.From, "from");
        var to = p.Date(query.To, "to");
        if (from > to) p.Fail("to", "'to' is before 'from'.");
        // The combined feed is bounded by default; fixed dates (from/to) replace that default window.
        var bounded = slug is null && from is null && to is null;
        var past = p.Int(query.PastDays, "pastDays", 0, options.MaxWindowDays, bounded ? options.CombinedPastDays : -1);
        var future = p.Int(query.FutureDays, "futureDays", 0, options.MaxWindowDays, bounded ? options.CombinedFutureDays : -1);
        var slugs = slug is null ? QueryParsing.List(query.Subjects) : [slug];
        var kinds = p.Kinds(query.Kinds);
        if (!p.Ok) return (null, p.Errors);

        var start = Later(from, past >= 0 ? today.AddDays(-past) : null);
        var end = Earlier(to, future >= 0 ? today.AddDays(future) : null);
        if (slug is null)
        {
            var field = to is not null || from is not null ? "to" : "futureDays";
            if (start is null || end is null)
                p.Fail(field, $"The combined feed needs both ends: from and to, or pastDays and futureDays.");
            else if (end.Value >= start.Value.AddYears(MaxCombinedYears))
                p.Fail(field, $"The combined feed spans at most {MaxCombinedYears} years: from {start:yyyy-MM-dd} the last day is {start.Value.AddYears(MaxCombinedYears).AddDays(-1):yyyy-MM-dd}.");
            if (!p.Ok) return (null, p.Errors);
        }

        return (new FeedRequest
        {
            Slug = slug, Slugs = slugs, IncludeMembers = query.IncludeMembers ?? true, Kinds = kinds, Lang = lang, Alarm = alarm,
            Start = start, End = end, Windowed = past >= 0 || future >= 0, Today = today,
        }, p.Errors);
    }

    /// <summary>An ISO 8601 duration (XML Schema form) of whole seconds, PT1M to P7D: a reminder a second before a
    /// release is noise, and TRIGGER carries no fractions (RFC 5545 §3.3.6).</summary>
    static TimeSpan? ParseAlarm(QueryParsing p, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        try
        {
            var span = XmlConvert.ToTimeSpan(value.Trim());
            if (span >= MinAlarm && span <= MaxAlarm && span.Ticks % TimeSpan.TicksPerSecond == 0) return span;
        }
        catch (FormatException) { }
        catch (OverflowException) { }
        p.Fail("alarm", $"'{value}' is not an ISO 8601 duration in whole seconds between PT1M and P7D, e.g. PT1H or P1D.");
        return null;
    }

    static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
