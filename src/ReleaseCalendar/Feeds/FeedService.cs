using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Feeds;

public abstract record FeedResult
{
    public sealed record Found(RenderedFeed Feed) : FeedResult;
    public sealed record Missing(string Slug) : FeedResult;
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : FeedResult;
}

/// <summary>A feed request's stages: <see cref="FeedRequest.Parse"/>, then the rendered bytes from the cache, or the
/// data from the cache or <see cref="FeedLoader"/>, rendered by <see cref="CalendarBuilder"/> and cached. Every cached
/// stage is tagged with the subjects it shows, so a write drops them together.</summary>
public sealed class FeedService(FeedLoader loader, FeedCache cache, TimeProvider clock,
    IOptions<FeedOptions> feedOptions, IOptions<PublicOptions> publicOptions)
{
    /// <summary>One subject's feed (slug set) or the combined feed (slug null).</summary>
    public async Task<FeedResult> RenderAsync(string? slug, FeedQuery query, CancellationToken ct)
    {
        var (request, errors) = FeedRequest.Parse(slug, query, clock.Today(), feedOptions.Value);
        if (request is null) return new FeedResult.Invalid(errors);
        // A warm feed is a dictionary lookup; only a miss goes further (bench/README.md).
        if (cache.TryGet(request.Key, out var cached)) return new FeedResult.Found(cached);

        var generation = cache.Generation;
        if (!cache.TryGetData<FeedData>(request.DataKey, out var data))
        {
            var (loaded, unknown) = await loader.LoadAsync(request, generation, ct);
            if (loaded is null)
                return slug is not null
                    ? new FeedResult.Missing(slug)
                    : new FeedResult.Invalid(new Dictionary<string, string[]>
                    { ["subjects"] = [.. unknown.Select(u => $"No artist or show has the slug '{u}'.")] });
            data = loaded;
            cache.StoreData(request.DataKey, data, generation);
        }

        var feed = Render(request, data);
        cache.Store(request.Key, feed, data.Subjects, generation);
        return new FeedResult.Found(feed);
    }

    RenderedFeed Render(FeedRequest request, FeedData data)
    {
        var releases = request.Kinds is { } kinds ? [.. data.Releases.Where(r => kinds.Contains(r.Kind))] : data.Releases;
        var bytes = CalendarBuilder.Build(Header(data.Requested, request.Slug is not null, request.Lang), releases,
            new FeedRenderOptions(publicOptions.Value.UidHost, publicOptions.Value.BaseUrl.TrimEnd('/'), request.Lang,
                feedOptions.Value.RefreshInterval, request.Alarm));
        var lastModified = data.ChangedUtc;
        // A window slides every day even without writes; Last-Modified must move with it or
        // If-Modified-Since clients (Apple) would keep a stale window.
        if (request.Windowed) lastModified = Max(lastModified, request.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return new RenderedFeed(bytes, ETagOf(bytes), new DateTimeOffset(lastModified.WholeSeconds()));
    }

    static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    public static string ETagOf(byte[] bytes) =>
        "\"" + Convert.ToBase64String(SHA256.HashData(bytes), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";

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
