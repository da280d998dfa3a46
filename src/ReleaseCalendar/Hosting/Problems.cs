using Microsoft.AspNetCore.Http.HttpResults;

namespace ReleaseCalendar.Hosting;

/// <summary>The RFC 9457 problem responses the API returns, so each kind reads the same everywhere.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    /// <summary>412 for a write whose If-Match names an old revision, or that lost a race (current unknown).</summary>
    public static ProblemHttpResult Stale(string what, int? current) =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale write", detail: current is null
            ? $"The {what} was changed by someone else meanwhile; fetch it again and retry."
            : $"If-Match does not name the current revision \"{current}\"; fetch the {what} again and retry.");
}
