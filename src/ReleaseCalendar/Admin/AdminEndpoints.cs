using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Admin;

/// <summary>The HTTP surface for people: key check, validation, and calls into the catalog's one write path.</summary>
public static class AdminEndpoints
{
    public const string Policy = "Admin";

    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<AdminOptions, AdminOptionsValidator>(AdminOptions.Section);
        // No default scheme: only the Admin policy, which names the scheme, authenticates, so public reads
        // (feeds at tens of thousands of requests/s) skip the API-key handler entirely.
        builder.Services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p =>
            p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        // The /docs page can send X-Api-Key only if the document declares it.
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o =>
        {
            o.AddDocumentTransformer<ApiKeyOpenApiTransformer>();
            o.AddOperationTransformer<ApiKeyOpenApiTransformer>();
        });
        return builder;
    }

    public static RouteGroupBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(Policy);
        group.MapPost("/subjects", CreateSubject).WithSummary("Create an artist, group or show");
        group.MapPut("/subjects/{slug}", UpdateSubject).WithSummary("Replace a subject's names, aliases and groups (If-Match: its ETag)");
        group.MapDelete("/subjects/{slug}", DeleteSubject).WithSummary("Delete a subject that has no releases");
        group.MapPost("/subjects/{slug}/aliases", AddAlias).WithSummary("Add an alias (RM, Ким Нам Джун, 알엠)");
        group.MapDelete("/subjects/{slug}/aliases/{alias}", RemoveAlias).WithSummary("Remove an alias");
        group.MapPut("/subjects/{group}/members/{member}", AddMember).WithSummary("Make a subject a member of a group");
        group.MapDelete("/subjects/{group}/members/{member}", RemoveMember).WithSummary("Remove a group membership");
        group.MapPost("/releases", CreateRelease).WithSummary("Create a release");
        group.MapGet("/releases/{id:guid}", GetRelease).WithSummary("A release, deleted ones included, with its ETag");
        group.MapPut("/releases/{id:guid}", UpdateRelease).WithSummary("Replace a release (If-Match: its ETag)");
        group.MapDelete("/releases/{id:guid}", DeleteRelease)
             .WithSummary("Delete a release; feeds keep it as CANCELLED for the configured retention");
        return group;
    }

    public static string ETag(int revision) => $"\"{revision}\"";

    public static string Actor(ClaimsPrincipal user) => "admin:" + (user.Identity?.Name ?? "unknown");

    static async Task<Results<Created<SubjectResponse>, ValidationProblem, ProblemHttpResult>> CreateSubject(
        SubjectRequest body, SubjectChanges subjects, AppDbContext db, IOptions<PublicOptions> pub, HttpContext http, CancellationToken ct)
    {
        var (valid, errors) = AdminValidation.Subject(body);
        if (valid is null) return TypedResults.ValidationProblem(errors);
        var result = await subjects.CreateAsync(valid, Actor(http.User), ct);
        if (result.Error is { } error) return error.ToProblem<Created<SubjectResponse>>(http);
        var subject = await LoadSubjectAsync(db, result.Value!, http, ct);
        if (subject is null) return DeletedMeanwhile(result.Value!);
        return TypedResults.Created($"/api/subjects/{subject.Slug}", subject.ToResponse(pub.Value.BaseUrl));
    }

    static async Task<Results<Ok<SubjectResponse>, ValidationProblem, ProblemHttpResult>> UpdateSubject(
        string slug, SubjectRequest body, SubjectChanges subjects, AppDbContext db, IOptions<PublicOptions> pub, HttpContext http,
        CancellationToken ct)
    {
        // The body may omit the slug: it is in the URL, and can't change.
        var (valid, errors) = AdminValidation.Subject(body with { Slug = body.Slug ?? slug });
        if (valid is null) return TypedResults.ValidationProblem(errors);
        var result = await subjects.UpdateAsync(slug, valid, IfMatchOf(http), Actor(http.User), ct);
        if (result.Error is { } error) return error.ToProblem<Ok<SubjectResponse>>(http);
        var subject = await LoadSubjectAsync(db, slug, http, ct);
        if (subject is null) return DeletedMeanwhile(slug);
        return TypedResults.Ok(subject.ToResponse(pub.Value.BaseUrl));
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteSubject(
        string slug, SubjectChanges subjects, HttpContext http, CancellationToken ct) =>
        NoContentOr(await subjects.DeleteAsync(slug, IfMatchOf(http), Actor(http.User), ct), http);

    static async Task<Results<Created<SubjectResponse>, ValidationProblem, ProblemHttpResult>> AddAlias(
        string slug, AliasRequest body, SubjectChanges subjects, AppDbContext db, IOptions<PublicOptions> pub, HttpContext http,
        CancellationToken ct)
    {
        var result = await subjects.AddAliasAsync(slug, body.Name, Actor(http.User), ct);
        if (result.Error is { } error) return error.ToProblem<Created<SubjectResponse>>(http);
        var subject = await LoadSubjectAsync(db, slug, http, ct);
        if (subject is null) return DeletedMeanwhile(slug);
        return TypedResults.Created($"/api/subjects/{subject.Slug}", subject.ToResponse(pub.Value.BaseUrl));
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAlias(
        string slug, string alias, SubjectChanges subjects, HttpContext http, CancellationToken ct) =>
        NoContentOr(await subjects.RemoveAliasAsync(slug, alias, Actor(http.User), ct), http);

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AddMember(
        string group, string member, SubjectChanges subjects, HttpContext http, CancellationToken ct) =>
        NoContentOr(await subjects.SetMembershipAsync(group, member, true, Actor(http.User), ct), http);

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveMember(
        string group, string member, SubjectChanges subjects, HttpContext http, CancellationToken ct) =>
        NoContentOr(await subjects.SetMembershipAsync(group, member, false, Actor(http.User), ct), http);

    static async Task<Results<Created<ReleaseResponse>, ValidationProblem, ProblemHttpResult>> CreateRelease(
        ReleaseRequest body, ReleaseChanges releases, HttpContext http, CancellationToken ct)
    {
        var (valid, errors) = AdminValidation.Release(body);
        if (valid is null) return TypedResults.ValidationProblem(errors);
        var result = await releases.CreateAsync(valid, Actor(http.User), ct);
        if (result.Error is { } error) return error.ToProblem<Created<ReleaseResponse>>(http);
        http.Response.Headers.ETag = ETag(result.Value!.Revision);
        return TypedResults.Created($"/api/admin/releases/{result.Value.PublicId}", result.Value.ToResponse());
    }

    static async Task<Results<Ok<ReleaseResponse>, ProblemHttpResult>> GetRelease(
        Guid id, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        var release = await db.Releases.AsNoTracking().WithSubjects().FirstOrDefaultAsync(r => r.PublicId == id, ct);
        if (release is null) return Problems.NotFound("Unknown release", $"No release has the id {id}.");
        http.Response.Headers.ETag = ETag(release.Revision);
        return TypedResults.Ok(release.ToResponse());
    }

    static async Task<Results<Ok<ReleaseResponse>, ValidationProblem, ProblemHttpResult>> UpdateRelease(
        Guid id, ReleaseRequest body, ReleaseChanges releases, HttpContext http, CancellationToken ct)
    {
        var (valid, errors) = AdminValidation.Release(body);
        if (valid is null) return TypedResults.ValidationProblem(errors);
        var result = await releases.UpdateAsync(id, valid, IfMatchOf(http), Actor(http.User), ct);
        if (result.Error is { } error) return error.ToProblem<Ok<ReleaseResponse>>(http);
        http.Response.Headers.ETag = ETag(result.Value!.Revision);
        return TypedResults.Ok(result.Value.ToResponse());
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteRelease(
        Guid id, ReleaseChanges releases, HttpContext http, CancellationToken ct) =>
        NoContentOr(await releases.DeleteAsync(id, IfMatchOf(http), Actor(http.User), ct), http);

    /// <summary>The subject as it is after the write, with the ETag of its revision; null if a delete came in between.</summary>
    static async Task<Subject?> LoadSubjectAsync(AppDbContext db, string slug, HttpContext http, CancellationToken ct)
    {
        var subject = await ReleaseQueries.SubjectsWithRelations(db.Subjects.AsNoTracking()).AsSplitQuery()
            .Where(s => s.Slug == slug).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (subject is not null) http.Response.Headers.ETag = ETag(subject.Revision);
        return subject;
    }

    static ProblemHttpResult DeletedMeanwhile(string slug) => Problems.Conflict("Conflicting write",
        $"'{slug}' was saved, then deleted by another request before this reply; fetch it again.");

    /// <summary>The revisions an If-Match header names; "*" or no header means "any". A header naming no revision
    /// we issued matches nothing, so the write is refused with 412 rather than applied blindly.</summary>
    public static IfMatch IfMatchOf(HttpContext http)
    {
        var raw = http.Request.Headers.IfMatch.ToString().Trim();
        if (raw.Length == 0 || raw == "*") return IfMatch.Any;
        return new IfMatch(raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t)
            .Select(t => t.Trim('"'))
            .Select(t => int.TryParse(t, out var n) ? n : -1).Where(n => n >= 0).ToList());
    }

    static Results<NoContent, ValidationProblem, ProblemHttpResult> NoContentOr<T>(CatalogResult<T> result, HttpContext http) =>
        result.Error is { } error ? error.ToProblem<NoContent>(http) : TypedResults.NoContent();
}
