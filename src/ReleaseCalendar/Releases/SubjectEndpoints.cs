using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Releases;

public static class SubjectEndpoints
{
    /// <summary>Called by <see cref="ReleasesFeature.MapReleases"/>.</summary>
    internal static RouteGroupBuilder MapSubjectApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/subjects").WithTags("Subjects").RequirePublicCors();
        group.MapGet("/", Find).WithName("FindSubjects")
             .WithSummary("Artists, groups and shows; q= matches any alias, ignoring case, ё/е, spaces and hyphens");
        group.MapGet("/{slug}", Get).WithName("GetSubject").WithSummary("One artist, group or show, with its feed URLs");
        return group;
    }

    static async Task<Results<Ok<IReadOnlyList<SubjectResponse>>, ValidationProblem>> Find(
        string? q, int? limit, AppDbContext db, IOptions<PublicOptions> pub, CancellationToken ct)
    {
        var p = new QueryParsing();
        var take = p.Int(limit, "limit", 1, 200, 50);
        if (q is { Length: > Limits.Name }) p.Fail("q", $"The search text is longer than {Limits.Name} characters.");
        if (!p.Ok) return TypedResults.ValidationProblem(p.Errors);

        var query = ReleaseQueries.SubjectsWithRelations(db.Subjects.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(q))
        {
            // Spaces and hyphens inside names are spelt every which way («Нам Джун», «Намджун», "j-hope", "jhope"):
            // both sides are compared without them. The stored Folded column keeps them (no schema change);
            // REPLACE is evaluated by the database, on SQLite and PostgreSQL alike.
            var compact = NameFolding.Compact(NameFolding.Fold(q));
            if (compact.Length == 0) return TypedResults.Ok<IReadOnlyList<SubjectResponse>>([]);
            var escaped = compact.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
            var prefix = escaped + "%";
            var contains = "%" + escaped + "%";
            // Exact alias first, then prefix, then substring: "RM" must find RM before "Stormy".
            query = query.Where(s => s.Aliases.Any(a => EF.Functions.Like(a.Folded.Replace(" ", "").Replace("-", ""), contains, "\\")))
                .OrderBy(s => s.Aliases.Any(a => a.Folded.Replace(" ", "").Replace("-", "") == compact) ? 0
                    : s.Aliases.Any(a => EF.Functions.Like(a.Folded.Replace(" ", "").Replace("-", ""), prefix, "\\")) ? 1 : 2)
                .ThenBy(s => s.Slug);
        }
        else query = query.OrderBy(s => s.Slug);
        var rows = await query.Take(take).AsSplitQuery().ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<SubjectResponse>>([.. rows.Select(s => s.ToResponse(pub.Value.BaseUrl))]);
    }

    static async Task<Results<Ok<SubjectResponse>, ProblemHttpResult>> Get(
        string slug, AppDbContext db, IOptions<PublicOptions> pub, CancellationToken ct)
    {
        var subject = await ReleaseQueries.SubjectsWithRelations(db.Subjects.AsNoTracking()).AsSplitQuery().Where(s => s.Slug == slug).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        return subject is null
            ? Problems.NotFound("Unknown artist or show", $"Nothing is published under '{slug}'.")
            : TypedResults.Ok(subject.ToResponse(pub.Value.BaseUrl));
    }
}
