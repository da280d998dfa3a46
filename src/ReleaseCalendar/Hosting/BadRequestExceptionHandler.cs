using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace ReleaseCalendar.Hosting;

/// <summary>Turns binding failures (malformed JSON, unknown fields, bad route values) into 400 problem details
/// that say what was wrong, instead of the framework's empty 400.</summary>
sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var detail = bad.InnerException is JsonException json
            ? $"The request body is not valid: {json.Message}"
            : bad.Message;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new()
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "Bad request", Detail = detail },
        });
    }
}
