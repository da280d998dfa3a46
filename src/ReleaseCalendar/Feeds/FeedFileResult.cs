using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ReleaseCalendar.Feeds;

/// <summary>A cached feed as a response: conditional GET and HEAD answered from headers formatted once per
/// rendering, the body written in one call. TypedResults.File re-parses and re-formats them on every request,
/// which was a measurable share of a warm feed's CPU (bench/feeds/RESULTS.md).</summary>
public sealed class FeedFileResult(RenderedFeed feed, string cacheControl) : IResult, IEndpointMetadataProvider
{
    public RenderedFeed Feed => feed;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var headers = request.Headers;
        response.Headers.ETag = feed.ETag;
        response.Headers.LastModified = feed.LastModifiedHeader;
        response.Headers.CacheControl = cacheControl;
        var status = Preconditions.Evaluate(request.Method, headers.IfMatch, headers.IfUnmodifiedSince,
            headers.IfNoneMatch, headers.IfModifiedSince, feed.ETag, feed.LastModified);
        response.StatusCode = status;
        if (status != StatusCodes.Status200OK) return Task.CompletedTask;
        response.ContentType = FeedEndpoints.ContentType;
        response.ContentLength = feed.Bytes.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(feed.Bytes).AsTask();
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), [FeedEndpoints.ContentType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
    }
}
