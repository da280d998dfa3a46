using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest;

namespace ReleaseCalendar.Releases;

public sealed record ReleaseListQuery(string? Subjects, string? Kinds, string? From, string? To,
    bool? IncludeMembers, int? Limit, string? Cursor, string? Lang);

public static class ReleaseEndpoints
{
    public const int MaxPage = 200;

    /// <summary>Called by <see cref="ReleasesFeature.MapReleases"/>.</summary>
    internal static RouteGroupBuilder MapReleaseApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/releases").WithTags("Releases").RequirePublicCors();
        group.MapGet("/", List).WithName("ListReleases")
             .WithSummary("Releases filtered by subjects, kinds and dates, in date order, with keyset pagination");
        group.MapGet("/upcoming", Upcoming).WithName("UpcomingReleases")
             .WithSummary("The next releases from today on, for embeds");
        group.MapGet("/{id:guid}", Get).WithName("GetRelease").WithSummary("One release by its public id");
        return group;
    }

    static async Task<Results<Ok<ReleasePage>, ValidationProblem, ProblemHttpResult>> List(
        [AsParameters] ReleaseListQuery query, AppDbContext db, CancellationToken ct)
    {
        var p = new QueryParsing();
        var slugs = QueryParsing.List(query.Subjects);
        var kinds = p.Kinds(query.Kinds);
        var from = p.Date(query.From, "from");
        var to = p.Date(query.To, "to");
        if (from > to) p.Fail("to", "'to' is before 'from'.");
        var limit = p.Int(query.Limit, "limit", 1, MaxPage, 50);
        var lang = p.Lang(query.Lang);
        (DateOnly Date, int Id)? after = null;
        if (!string.IsNullOrEmpty(query.Cursor))
        {
            after = Cursor.Decode(query.Cursor);
            if (after is null) p.Fail("cursor", "The cursor is not one this API handed out.");
        }
        if (!p.Ok) return TypedResults.ValidationProblem(p.Errors);

        IReadOnlySet<int>? ids = null;
        if (slugs.Count > 0)
        {
            var selection = await ReleaseQueries.SelectSubjectsAsync(db, slugs, query.IncludeMembers ?? true, ct);
            if (selection.Unknown.Count > 0)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["subjects"] = [.. selection.Unknown.Select(u => $"No artist or show has the slug '{u}'.")] });
            ids = selection.Ids;
        }

        var q = db.Releases.AsNoTracking().Where(r => r.DeletedUtc == null)
            .ForSubjects(ids).OfKinds(kinds).Between(from, to);
        if (after is { } a) q = q.Where(r => r.Date > a.Date || (r.Date == a.Date && r.Id > a.Id));
        var rows = await q.OrderBy(r => r.Date).ThenBy(r => r.Id).Take(limit + 1).WithSubjects().AsSplitQuery().ToListAsync(ct);
        var next = rows.Count > limit ? Cursor.Encode(rows[limit - 1].Date, rows[limit - 1].Id) : null;
        var page = rows.Take(limit).ToList();
        var sources = await Provenance.PublicAsync(db, [.. page.Select(r => r.Id)], ct);
        return TypedResults.Ok(new ReleasePage([.. page.Select(r => r.ToResponse(lang, sources.GetValueOrDefault(r.Id, [])))], next));
    }

    static async Task<Results<Ok<IReadOnlyList<ReleaseResponse>>, ValidationProblem>> Upcoming(
        int? limit, string? lang, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var p = new QueryParsing();
        var take = p.Int(limit, "limit", 1, 100, 10);
        var language = p.Lang(lang);
        if (!p.Ok) return TypedResults.ValidationProblem(p.Errors);
        var rows = await UpcomingQuery(db, clock.Today()).Take(take)
            .WithSubjects().AsSplitQuery().ToListAsync(ct);
        var sources = await Provenance.PublicAsync(db, [.. rows.Select(r => r.Id)], ct);
        return TypedResults.Ok<IReadOnlyList<ReleaseResponse>>([.. rows.Select(r => r.ToResponse(language, sources.GetValueOrDefault(r.Id, [])))]);
    }

    /// <summary>Not yet out as of <paramref name="today"/>: a "May 2025, day TBA" release counts all of May.</summary>
    public static IQueryable<Release> UpcomingQuery(AppDbContext db, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var year = new DateOnly(today.Year, 1, 1);
        return db.Releases.AsNoTracking()
            .Where(r => r.DeletedUtc == null && r.Status != ReleaseStatus.Cancelled)
            .Where(r => (r.Precision == DatePrecision.Day && r.Date >= today)
                     || (r.Precision == DatePrecision.Month && r.Date >= month)
                     || (r.Precision == DatePrecision.Year && r.Date >= year))
            .OrderBy(r => r.Date).ThenBy(r => r.Id);
    }

    static async Task<Results<Ok<ReleaseResponse>, ProblemHttpResult, ValidationProblem>> Get(
        Guid id, string? lang, AppDbContext db, CancellationToken ct)
    {
        var p = new QueryParsing();
        var language = p.Lang(lang);
        if (!p.Ok) return TypedResults.ValidationProblem(p.Errors);
        var release = await db.Releases.AsNoTracking().Where(r => r.PublicId == id && r.DeletedUtc == null)
            .WithSubjects().FirstOrDefaultAsync(ct);
        if (release is null) return Problems.NotFound("Unknown release", $"No release has the id {id}.");
        var sources = await Provenance.PublicAsync(db, [release.Id], ct);
        return TypedResults.Ok(release.ToResponse(language, sources.GetValueOrDefault(release.Id, [])));
    }
}

/// <summary>Opaque keyset cursor: the (date, id) of the last row of the previous page.</summary>
public static class Cursor
{
    public static string Encode(DateOnly date, int id) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{date:yyyy-MM-dd}|{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (DateOnly Date, int Id)? Decode(string cursor)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var parts = Encoding.ASCII.GetString(Convert.FromBase64String(b64)).Split('|');
            return parts.Length == 2
                && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? (d, id) : null;
        }
        catch (FormatException) { return null; }
    }
}
