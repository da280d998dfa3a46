using Microsoft.AspNetCore.Http.HttpResults;
using ReleaseCalendar.Catalog;

namespace ReleaseCalendar.Admin;

/// <summary>A refused catalog write as an RFC 9457 problem: 400 naming each field, 404, 409, 412, or 503 when busy.</summary>
public static class CatalogProblems
{
    /// <summary>The error as the handler's own union of results, so each handler reads "ok, or the problem".</summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> ToProblem<TOk>(this CatalogError error, HttpContext http)
        where TOk : IResult
    {
        if (error.Kind == CatalogErrorKind.Invalid && error.Fields is { } fields)
            return TypedResults.ValidationProblem(fields);
        var status = error.Kind switch
        {
            CatalogErrorKind.NotFound => StatusCodes.Status404NotFound,
            CatalogErrorKind.Conflict => StatusCodes.Status409Conflict,
            CatalogErrorKind.Stale => StatusCodes.Status412PreconditionFailed,
            CatalogErrorKind.Busy => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        };
        // SQLite's lock was held past Data:BusyTimeout: nothing was stored, and a retry soon will likely pass.
        if (error.Kind == CatalogErrorKind.Busy) http.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(statusCode: status, title: error.Title, detail: error.Detail);
    }
}
