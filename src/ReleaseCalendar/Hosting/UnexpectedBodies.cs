using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace ReleaseCalendar.Hosting;

/// <summary>Refuses a request body sent to an endpoint that declares none (every public read, DELETEs), before a byte
/// of it is read: slow clients must not get to hold memory or a connection with bodies nobody asked for. Minimal APIs
/// declare a body through <see cref="IAcceptsMetadata"/>; an endpoint without it never reads one.</summary>
public sealed class UnexpectedBodies(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HasBody(context) || context.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        DontDrain(context);
        await problems.WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge, Title = "Request body not accepted",
                Detail = $"{context.Request.Method} {context.Request.Path} takes no request body; send it without one.",
            },
        });
    }

    /// <summary>True when the request carries a body (Content-Length above zero, or chunked).</summary>
    public static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0);

    /// <summary>Answering before the body is read: closing the connection after the response spares the server from
    /// reading (draining) the rest of the body to keep the connection alive.</summary>
    public static void DontDrain(HttpContext context)
    {
        if (HasBody(context) && !context.Response.HasStarted) context.Response.Headers.Connection = "close";
    }
}
