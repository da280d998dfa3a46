using System.Collections.Concurrent;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Feeds;

/// <summary>Which cached feed answered a request target (path and query, as sent) on which day. The feed endpoint
/// records every answer; <see cref="FeedHitMiddleware"/> replays it for the next request with the same target, the
/// same day, while the cache still holds it. So the fast path never decides anything itself: parsing, validation and
/// the cache key stay in <see cref="FeedService"/>, and a write's invalidation reaches both paths at once.</summary>
public sealed class FeedHits(FeedCache cache, TimeProvider clock)
{
    /// <summary>Unknown query parameters make new targets for the same feed; past this many the map starts over.</summary>
    public const int MaxTargets = 4096;

    sealed record Target(string Key, DateOnly Day);

    readonly ConcurrentDictionary<string, Target> _targets = new(StringComparer.Ordinal);

    public int Count => _targets.Count;

    public void Remember(string target, string key, DateOnly day)
    {
        if (_targets.Count >= MaxTargets) _targets.Clear();
        _targets[target] = new Target(key, day);
    }

    /// <summary>The feed the endpoint would answer with, if it is cached and was keyed for today: windowed feeds'
    /// keys carry dates counted from today, so yesterday's answer may be the wrong window.</summary>
    public bool TryGet(string target, out RenderedFeed feed)
    {
        if (_targets.TryGetValue(target, out var t) && t.Day == clock.Today() && cache.TryGet(t.Key, out feed)) return true;
        feed = null!;
        return false;
    }

    /// <summary>The request target as the client sent it, undecoded: the same string on both paths.</summary>
    public static string TargetOf(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw ? raw : context.Request.Path + context.Request.QueryString;
}

/// <summary>First in the pipeline: a GET or HEAD of a feed that is cached is answered here, before routing, CORS
/// middleware and model binding run. Anything else goes on unchanged.</summary>
public sealed class FeedHitMiddleware(RequestDelegate next, FeedHits hits, IOptions<FeedOptions> options,
    ICorsService cors, IOptions<CorsOptions> corsOptions)
{
    readonly string _cacheControl = options.Value.CacheControl;
    // The feed endpoints' own policy, evaluated by the CORS service, so both paths answer an Origin alike.
    readonly CorsPolicy _cors = corsOptions.Value.GetPolicy(HostingExtensions.PublicCors)
        ?? throw new InvalidOperationException($"CORS policy '{HostingExtensions.PublicCors}' is not registered.");

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(FeedEndpoints.Prefix)
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && hits.TryGet(FeedHits.TargetOf(context), out var feed))
        {
            if (request.Headers.Origin.Count > 0) cors.ApplyResult(cors.EvaluatePolicy(context, _cors), context.Response);
            return new FeedFileResult(feed, _cacheControl).ExecuteAsync(context);
        }
        return next(context);
    }
}
