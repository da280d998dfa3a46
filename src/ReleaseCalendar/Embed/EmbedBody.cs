using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Embed;

/// <summary>A rendered widget response (JSON or the iframe's HTML), cached in <see cref="FeedCache"/> with the subjects
/// it shows, so a catalog write drops it exactly as it drops the feeds showing them.</summary>
public sealed record EmbedBody(byte[] Bytes, string ETag, IReadOnlySet<int>? Subjects) : ICachedData
{
    public long EstimatedBytes => 128 + Bytes.Length + 16L * (Subjects?.Count ?? 0);

    public static EmbedBody Of(byte[] bytes, IReadOnlySet<int>? subjects) => new(bytes, FeedService.ETagOf(bytes), subjects);
}

/// <summary>Writes an <see cref="EmbedBody"/> with its ETag, answering If-None-Match with 304 (Feeds/Preconditions.cs).
/// No Last-Modified: the ETag is a content hash, which is all a revalidation needs.</summary>
public sealed class EmbedBodyResult(EmbedBody body, string contentType, string cacheControl) : IResult, IEndpointMetadataProvider
{
    public EmbedBody Body => body;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        response.Headers.ETag = body.ETag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        var status = Preconditions.Evaluate(request.Method, request.Headers.IfMatch, default,
            request.Headers.IfNoneMatch, default, body.ETag, default);
        response.StatusCode = status;
        if (status != StatusCodes.Status200OK) return Task.CompletedTask;
        response.ContentType = contentType;
        response.ContentLength = body.Bytes.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body.Bytes).AsTask();
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[])));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
    }
}
