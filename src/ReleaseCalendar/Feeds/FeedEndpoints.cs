using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Feeds;

public static class FeedEndpoints
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<FeedOptions, FeedOptionsValidator>(FeedOptions.Section);
        builder.Services.AddSingleton<FeedCache>();
        builder.Services.AddSingleton<FeedStamps>();
        builder.Services.AddScoped<FeedService>();
        return builder;
    }

    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/feeds").WithTags("Feeds").RequireCors(HostingExtensions.PublicCors);
        // Literal route first: "releases" is the combined feed, not a subject slug.
        group.MapGet("/releases.ics", GetCombinedFeed).WithName("GetCombinedFeed")
             .WithSummary("iCalendar feed of many subjects, filtered like /api/releases, in a bounded window");
        group.MapGet("/{slug}.ics", GetSubjectFeed).WithName("GetSubjectFeed")
             .WithSummary("iCalendar feed for one artist, group or show (a group includes its members' releases)");
        return group;
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> GetSubjectFeed(
        string slug, [AsParameters] SubjectFeedQuery query, FeedService feeds, HttpContext http, IOptions<FeedOptions> options, CancellationToken ct) =>
        Respond(await feeds.RenderAsync(slug, query.ToFeedQuery(), ct), http, options.Value);

    static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> GetCombinedFeed(
        [AsParameters] FeedQuery query, FeedService feeds, HttpContext http, IOptions<FeedOptions> options, CancellationToken ct) =>
        Respond(await feeds.RenderAsync(null, query, ct), http, options.Value);

    static Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem> Respond(FeedResult result, HttpContext http, FeedOptions options)
    {
        switch (result)
        {
            case FeedResult.Found found:
                http.Response.Headers.CacheControl = options.CacheControl;
                // FileContentHttpResult evaluates If-None-Match / If-Modified-Since and answers 304 itself.
                return TypedResults.File(found.Feed.Bytes, ContentType, lastModified: found.Feed.LastModified,
                    entityTag: found.Feed.EntityTag);
            case FeedResult.Missing missing:
                return Problems.NotFound("Unknown artist or show", $"Nothing is published under '{missing.Slug}'.");
            case FeedResult.Invalid invalid:
                return TypedResults.ValidationProblem(invalid.Errors);
            default:
                throw new InvalidOperationException(result.GetType().Name);
        }
    }
}

/// <summary>A subject feed takes the window and presentation options, not the combined feed's filters.</summary>
public sealed record SubjectFeedQuery(string? Lang, string? Alarm, int? PastDays, int? FutureDays, bool? IncludeMembers, string? Kinds)
{
    public FeedQuery ToFeedQuery() => new(Lang, Alarm, PastDays, FutureDays, IncludeMembers, null, Kinds);
}
