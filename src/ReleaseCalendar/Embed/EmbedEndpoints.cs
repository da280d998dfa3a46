using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Embed;

/// <summary>The embeddable upcoming list: /embed.js, its JSON, the iframe page and the docs page with a generator.
/// JSON and HTML are cached in <see cref="FeedCache"/> tagged with the subjects they show, so a catalog write
/// invalidates them exactly as it does the feeds.</summary>
public static class EmbedEndpoints
{
    public const string JsonType = "application/json; charset=utf-8";
    public const string HtmlType = "text/html; charset=utf-8";
    /// <summary>Short, because the list follows catalog writes; the ETag makes the revalidation after it a 304.</summary>
    public const string ListCacheControl = "public, max-age=300";

    static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapEmbed(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/embed.js", GetAndHead, Script).WithTags("Embed").ExcludeFromDescription();
        app.MapMethods("/api/embed/upcoming", GetAndHead, Json).WithTags("Embed").WithName("EmbedUpcoming")
           .RequirePublicCors()
           .WithSummary("The upcoming list embed.js shows: releases of the subjects (members included), ready-made words in ru or en");
        app.MapMethods("/embed/upcoming", GetAndHead, Frame).WithTags("Embed").ExcludeFromDescription();
        app.MapMethods("/embed", GetAndHead, Docs).WithTags("Embed").ExcludeFromDescription();
        return app;
    }

    static EmbedBodyResult Script(HttpContext http)
    {
        // A site that isolates itself (Cross-Origin-Embedder-Policy) may still load the script.
        http.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        return new EmbedBodyResult(EmbedScript.Body, EmbedScript.ContentType, EmbedScript.CacheControl);
    }

    static async Task<Results<EmbedBodyResult, ValidationProblem, ProblemHttpResult>> Json([AsParameters] EmbedQuery query,
        AppDbContext db, FeedCache cache, TimeProvider clock, IOptions<PublicOptions> pub, CancellationToken ct)
    {
        var (request, errors) = EmbedRequest.Parse(query, "ru", clock.Today());
        if (request is null) return TypedResults.ValidationProblem(errors);
        var (body, unknown) = await CachedAsync(request.Key("json"), request, db, cache,
            list => EmbedJson.Render(list, request, pub.Value.BaseUrl), ct);
        if (body is null) return UnknownSubjects(unknown);
        return new EmbedBodyResult(body, JsonType, ListCacheControl);
    }

    static async Task<Results<EmbedBodyResult, ContentHttpResult>> Frame([AsParameters] EmbedQuery query, HttpContext http,
        AppDbContext db, FeedCache cache, TimeProvider clock, CancellationToken ct)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = UpcomingPage.Policy;
        headers.Vary = "Accept-Language";
        // No X-Frame-Options: the page exists to be framed by any site (frame-ancestors * in the policy).
        var (request, errors) = EmbedRequest.Parse(query, EmbedRequest.LanguageOf(http.Request), clock.Today());
        var lang = request?.Lang ?? EmbedRequest.LanguageOf(http.Request);
        if (request is null)
            return TypedResults.Content(UpcomingPage.Error(lang, (lang == "ru" ? "Неверные настройки виджета: " : "Bad widget settings: ")
                + string.Join(", ", errors.Keys)), HtmlType, statusCode: StatusCodes.Status400BadRequest);
        var (body, unknown) = await CachedAsync(request.Key("html"), request, db, cache, list => UpcomingPage.Render(list, request), ct);
        if (body is null)
            return TypedResults.Content(UpcomingPage.Error(lang, (lang == "ru" ? "Нет такого артиста или шоу: " : "No such artist or show: ")
                + string.Join(", ", unknown)), HtmlType, statusCode: StatusCodes.Status404NotFound);
        return new EmbedBodyResult(body, HtmlType, ListCacheControl);
    }

    static async Task<Results<EmbedBodyResult, ValidationProblem>> Docs(string? lang, HttpContext http, AppDbContext db,
        FeedCache cache, IOptions<PublicOptions> pub, CancellationToken ct)
    {
        var p = new Releases.QueryParsing();
        var language = p.Lang(lang, EmbedRequest.LanguageOf(http.Request));
        if (!p.Ok) return TypedResults.ValidationProblem(p.Errors);
        http.Response.Headers.Vary = "Accept-Language";
        var key = "E|docs|" + language;
        if (!cache.TryGetData<EmbedBody>(key, out var body))
        {
            var generation = cache.Generation;
            var subjects = await db.Subjects.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.NameEn).ToListAsync(ct);
            // It lists every subject: any write may change it.
            body = EmbedBody.Of(DocsPage.Render(subjects, language, pub.Value.BaseUrl), null);
            cache.StoreData(key, body, generation);
        }
        return new EmbedBodyResult(body, HtmlType, "public, max-age=60");
    }

    /// <summary>The rendered list from the cache, or loaded, rendered and cached; null with the slugs that name no subject.</summary>
    static async Task<(EmbedBody? Body, IReadOnlyList<string> Unknown)> CachedAsync(string key, EmbedRequest request, AppDbContext db,
        FeedCache cache, Func<EmbedList, byte[]> render, CancellationToken ct)
    {
        if (cache.TryGetData<EmbedBody>(key, out var cached)) return (cached, []);
        // Read before loading: a list that raced a write to what it shows is not cached (FeedCache's generation check).
        var generation = cache.Generation;
        var (list, unknown) = await EmbedListLoader.LoadAsync(db, request, ct);
        if (list is null) return (null, unknown);
        var body = EmbedBody.Of(render(list), list.Subjects);
        cache.StoreData(key, body, generation);
        return (body, []);
    }

    static ProblemHttpResult UnknownSubjects(IReadOnlyList<string> unknown) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown artist or show",
            detail: string.Join(" ", unknown.Select(u => $"No artist or show has the slug '{u}'.")),
            extensions: new Dictionary<string, object?> { ["unknown"] = unknown });
}
