using System.Globalization;
using System.Security.Cryptography;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Feeds;

public sealed record FeedQuery(
    string? Lang, string? Alarm, int? PastDays, int? FutureDays, bool? IncludeMembers, string? Subjects, string? Kinds,
    string? From = null, string? To = null);

public abstract record FeedResult
{
    /// <summary>The feed, with the cache key it is stored under and the day that key was computed on (see <see cref="FeedHits"/>).</summary>
    public sealed record Found(RenderedFeed Feed, string Key, DateOnly Day) : FeedResult;
    public sealed record Missing(string Slug) : FeedResult;
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : FeedResult;
}

/// <summary>Loads the releases a feed shows, renders them with <see cref="CalendarBuilder"/> and caches the bytes.</summary>
public sealed class FeedService(IDbContextFactory<AppDbContext> contexts, FeedCache cache, TimeProvider clock,
    IOptions<FeedOptions> feedOptions, IOptions<PublicOptions> publicOptions)
{
    public static readonly TimeSpan MaxAlarm = TimeSpan.FromDays(7);

    /// <summary>One subject's feed (slug set) or the combined feed (slug null).</summary>
    public async Task<FeedResult> RenderAsync(string? slug, FeedQuery query, CancellationToken ct)
    {
        var options = feedOptions.Value;
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
        var includeMembers = query.IncludeMembers ?? true;
        var slugs = slug is null ? QueryParsing.List(query.Subjects) : [slug];
        var kinds = p.Kinds(query.Kinds);
        if (!p.Ok) return new FeedResult.Invalid(p.Errors);

        var today = clock.Today();
        var windowed = past >= 0 || future >= 0;
        var start = Later(from, past >= 0 ? today.AddDays(-past) : null);
        var end = Earlier(to, future >= 0 ? today.AddDays(future) : null);
        if (slug is null && (start is null || end is null || end.Value.DayNumber - start.Value.DayNumber > 2 * options.MaxWindowDays))
            return new FeedResult.Invalid(new Dictionary<string, string[]>
            { ["to"] = [$"The combined feed spans at most {2 * options.MaxWindowDays} days; give both ends (from/to or pastDays/futureDays)."] });
        var key = CacheKey(slug, slugs, kinds, lang, alarm, includeMembers, start, end);
        if (cache.TryGet(key, out var cached)) return new FeedResult.Found(cached, key, today);

        // Only a miss opens a database context: a warm feed is a dictionary lookup (bench/README.md).
        await using var db = await contexts.CreateDbContextAsync(ct);
        var generation = cache.Generation;
        IReadOnlySet<int>? ids = null;
        IReadOnlyList<Subject> requested = [];
        if (slugs.Count > 0)
        {
            var selection = await ReleaseQueries.SelectSubjectsAsync(db, slugs, includeMembers, ct);
            if (slug is not null && selection.Unknown.Count > 0) return new FeedResult.Missing(slug);
            if (selection.Unknown.Count > 0)
                return new FeedResult.Invalid(new Dictionary<string, string[]>
                { ["subjects"] = [.. selection.Unknown.Select(u => $"No artist or show has the slug '{u}'.")] });
            ids = selection.Ids;
            requested = selection.Requested;
        }

        var q = db.Releases.AsNoTracking().Where(r => !r.RetiredFromFeeds && r.Precision == DatePrecision.Day)
            .ForSubjects(ids).OfKinds(kinds)
            .Between(start, end);
        var releases = await q.OrderBy(r => r.Date).ThenBy(r => r.Id).WithSubjects().AsSplitQuery().ToListAsync(ct);

        var changed = ids is null
            ? await db.Subjects.MaxAsync(s => (DateTime?)s.FeedChangedUtc, ct)
            : await db.Subjects.Where(s => ids.Contains(s.Id)).MaxAsync(s => (DateTime?)s.FeedChangedUtc, ct);
        var lastModified = changed ?? DateTime.UnixEpoch;
        // A window slides every day even without writes; Last-Modified must move with it or
        // If-Modified-Since clients (Apple) would keep a stale window.
        if (windowed) lastModified = Max(lastModified, today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        lastModified = lastModified.WholeSeconds();

        var header = Header(requested, slug is not null, lang);
        var bytes = CalendarBuilder.Build(header, releases, new FeedRenderOptions(
            publicOptions.Value.UidHost, publicOptions.Value.BaseUrl.TrimEnd('/'), lang, options.RefreshInterval, alarm));
        var feed = new RenderedFeed(bytes, ETagOf(bytes), new DateTimeOffset(lastModified));
        cache.Store(key, feed, ids, generation);
        return new FeedResult.Found(feed, key, today);
    }

    /// <summary>Every input that changes the bytes, in one string; built with a single allocation, as it runs on every hit.</summary>
    static string CacheKey(string? slug, IReadOnlyList<string> slugs, IReadOnlyCollection<ReleaseKind>? kinds, string lang,
        TimeSpan? alarm, bool includeMembers, DateOnly? start, DateOnly? end)
    {
        var subjects = slugs.Count == 1 ? slugs[0] : string.Join(',', slugs.Order(StringComparer.Ordinal));
        var kindList = kinds is null ? "" : string.Join(',', kinds.Order());
        return string.Create(CultureInfo.InvariantCulture,
            $"{slug ?? "*"}|{subjects}|{kindList}|{lang}|{alarm}|{includeMembers}|{start:yyyy-MM-dd}|{end:yyyy-MM-dd}");
    }

    static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    public static string ETagOf(byte[] bytes) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(bytes), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";

    static TimeSpan? ParseAlarm(QueryParsing p, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        try
        {
            var span = XmlConvert.ToTimeSpan(value.Trim());
            if (span > TimeSpan.Zero && span <= MaxAlarm) return span;
        }
        catch (FormatException) { }
        p.Fail("alarm", $"'{value}' is not an ISO 8601 duration between PT1M and P7D, e.g. PT1H or P1D.");
        return null;
    }

    static FeedHeader Header(IReadOnlyList<Subject> subjects, bool single, string lang)
    {
        var names = string.Join(", ", subjects.Select(s => s.Name(lang)));
        if (single)
            return lang == "ru"
                ? new FeedHeader($"{names} — релизы", $"Альбомы, синглы, клипы и эпизоды: {names}. ReleaseCalendar.")
                : new FeedHeader($"{names} releases", $"Albums, singles, music videos and episodes: {names}. ReleaseCalendar.");
        return lang == "ru"
            ? new FeedHeader(names.Length > 0 ? $"Релизы: {names}" : "Релизы K-pop и дорам", "Календарь релизов K-pop и K-drama. ReleaseCalendar.")
            : new FeedHeader(names.Length > 0 ? $"Releases: {names}" : "K-pop & K-drama releases", "K-pop and K-drama release calendar. ReleaseCalendar.");
    }
}
