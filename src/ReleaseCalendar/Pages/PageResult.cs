using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Primitives;
using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Pages;

/// <summary>An HTML page (or a page asset) with a content ETag: If-None-Match answered with 304 by the feeds' own
/// <see cref="Preconditions"/>. Pages carry no Last-Modified, so date preconditions don't apply.</summary>
public sealed class PageResult(byte[] bytes, string contentType, int statusCode, string cacheControl) : IResult, IEndpointMetadataProvider
{
    public const string HtmlType = "text/html; charset=utf-8";

    // Only our own stylesheet, script and images: a title that slipped past encoding still could not run.
    const string Policy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public string ETag { get; } = FeedService.ETagOf(bytes);
    public int StatusCode => statusCode;
    public byte[] Bytes => bytes;

    public static PageResult Html(string html, int statusCode = StatusCodes.Status200OK) =>
        new(Encoding.UTF8.GetBytes(html), HtmlType, statusCode, "no-cache");

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = cacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        if (contentType == HtmlType)
        {
            // The language comes from Accept-Language unless ?lang= says it; a 404 is HTML or a problem by Accept.
            response.Headers.Vary = statusCode == StatusCodes.Status404NotFound ? "Accept, Accept-Language" : "Accept-Language";
            response.Headers.ContentSecurityPolicy = Policy;
            response.Headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        }
        var status = statusCode;
        if (statusCode == StatusCodes.Status200OK)
            status = Preconditions.Evaluate(request.Method, request.Headers.IfMatch, StringValues.Empty,
                request.Headers.IfNoneMatch, StringValues.Empty, ETag, default);
        response.StatusCode = status;
        if (status is not (StatusCodes.Status200OK or StatusCodes.Status404NotFound)) return Task.CompletedTask;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes).AsTask();
    }

    static void IEndpointMetadataProvider.PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/html"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
    }
}
