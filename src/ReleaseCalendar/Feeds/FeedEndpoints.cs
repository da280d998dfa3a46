using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Feeds;

public static class FeedEndpoints
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string Prefix = "/feeds";

    // Calendar clients and link checkers probe feeds with HEAD.
    static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<FeedOptions, FeedOptionsValidator>(FeedOptions.Section);
        builder.Services.AddSingleton<FeedCache>();
        builder.Services.AddSingleton<FeedLoader>();
        builder.Services.AddSingleton<FeedService>();
        return builder;
    }

    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Feeds").RequirePublicCors();
        // Literal route first: "releases" is the combined feed, not a subject slug.
        group.MapMethods("/releases.ics", GetAndHead, GetCombinedFeed).WithName("GetCombinedFeed")
             .WithSummary("iCalendar feed of many subjects, filtered like /api/releases, in a bounded window");
        group.MapMethods("/{slug}.ics", GetAndHead, GetSubjectFeed).WithName("GetSubjectFeed")
             .WithSummary("iCalendar feed for one artist, group or show (a group includes its members' releases)");
        return group;
    }

    static async Task<Results<FeedFileResult, ProblemHttpResult, ValidationProblem>> GetSubjectFeed(
        string slug, [AsParameters] SubjectFeedQuery query, FeedService feeds, IOptions<FeedOptions> options, CancellationToken ct) =>
        Respond(await feeds.RenderAsync(slug, query.ToFeedQuery(), ct), options.Value);

    static async Task<Results<FeedFileResult, ProblemHttpResult, ValidationProblem>> GetCombinedFeed(
        [AsParameters] FeedQuery query, FeedService feeds, IOptions<FeedOptions> options, CancellationToken ct) =>
        Respond(await feeds.RenderAsync(null, query, ct), options.Value);

    static Results<FeedFileResult, ProblemHttpResult, ValidationProblem> Respond(FeedResult result, FeedOptions options) =>
        result switch
        {
            // FeedFileResult evaluates If-None-Match / If-Modified-Since and answers 304 itself.
            FeedResult.Found found => new FeedFileResult(found.Feed, options.CacheControl),
            FeedResult.Missing missing => Problems.NotFound("Unknown artist or show", $"Nothing is published under '{missing.Slug}'."),
            FeedResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => throw new InvalidOperationException(result.GetType().Name),
        };
}

/// <summary>A subject feed takes the window and presentation options, not the combined feed's filters.</summary>
public sealed record SubjectFeedQuery(string? Lang, string? Alarm, int? PastDays, int? FutureDays, bool? IncludeMembers, string? Kinds)
{
    public FeedQuery ToFeedQuery() => new(Lang, Alarm, PastDays, FutureDays, IncludeMembers, null, Kinds);
}
