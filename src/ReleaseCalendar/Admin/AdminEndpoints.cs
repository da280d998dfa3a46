using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Admin;

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
        builder.Services.AddScoped<ReleaseWriter>();
        builder.Services.AddScoped<SubjectWriter>();
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

    static string Actor(ClaimsPrincipal user) => "admin:" + (user.Identity?.Name ?? "unknown");

    static async Task<Results<Created<SubjectResponse>, ValidationProblem, ProblemHttpResult>> CreateSubject(
        SubjectRequest body, SubjectWriter writer, IOptions<PublicOptions> pub, HttpContext http, CancellationToken ct)
    {
        var result = await writer.CreateAsync(body, ct);
        if (result.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        if (result.Subject is null) return result.Error!;
        http.Response.Headers.ETag = ETag(result.Subject.Revision);
        return TypedResults.Created($"/api/subjects/{result.Subject.Slug}", result.Subject.ToResponse(pub.Value.BaseUrl));
    }

    static async Task<Results<Ok<SubjectResponse>, ValidationProblem, ProblemHttpResult>> UpdateSubject(
        string slug, SubjectRequest body, SubjectWriter writer, IOptions<PublicOptions> pub, HttpContext http, CancellationToken ct)
    {
        var result = await writer.UpdateAsync(slug, body, IfMatch(http), ct);
        if (result.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        if (result.Subject is null) return result.Error!;
        http.Response.Headers.ETag = ETag(result.Subject.Revision);
        return TypedResults.Ok(result.Subject.ToResponse(pub.Value.BaseUrl));
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteSubject(
        string slug, SubjectWriter writer, HttpContext http, CancellationToken ct) =>
        NoContentOr(await writer.DeleteAsync(slug, IfMatch(http), ct));

    static async Task<Results<Created<SubjectResponse>, ValidationProblem, ProblemHttpResult>> AddAlias(
        string slug, AliasRequest body, SubjectWriter writer, IOptions<PublicOptions> pub, CancellationToken ct)
    {
        var result = await writer.AddAliasAsync(slug, body.Name, ct);
        if (result.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        if (result.Subject is null) return result.Error!;
        return TypedResults.Created($"/api/subjects/{result.Subject.Slug}", result.Subject.ToResponse(pub.Value.BaseUrl));
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAlias(
        string slug, string alias, SubjectWriter writer, CancellationToken ct) =>
        NoContentOr(await writer.RemoveAliasAsync(slug, alias, ct));

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AddMember(
        string group, string member, SubjectWriter writer, CancellationToken ct) =>
        NoContentOr(await writer.SetMembershipAsync(group, member, true, ct));

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveMember(
        string group, string member, SubjectWriter writer, CancellationToken ct) =>
        NoContentOr(await writer.SetMembershipAsync(group, member, false, ct));

    static async Task<Results<Created<ReleaseResponse>, ValidationProblem, ProblemHttpResult>> CreateRelease(
        ReleaseRequest body, ReleaseWriter writer, HttpContext http, CancellationToken ct)
    {
        var result = await writer.CreateAsync(body, Actor(http.User), ct);
        if (result.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        if (result.Release is null) return result.Error!;
        http.Response.Headers.ETag = ETag(result.Release.Revision);
        return TypedResults.Created($"/api/admin/releases/{result.Release.PublicId}", result.Release.ToResponse());
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
        Guid id, ReleaseRequest body, ReleaseWriter writer, HttpContext http, CancellationToken ct)
    {
        var result = await writer.UpdateAsync(id, body, IfMatch(http), Actor(http.User), ct);
        if (result.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        if (result.Release is null) return result.Error!;
        http.Response.Headers.ETag = ETag(result.Release.Revision);
        return TypedResults.Ok(result.Release.ToResponse());
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteRelease(
        Guid id, ReleaseWriter writer, HttpContext http, CancellationToken ct) =>
        NoContentOr(await writer.DeleteAsync(id, IfMatch(http), Actor(http.User), ct));

    /// <summary>The revision an If-Match header names; "*" or no header means "any".</summary>
    static IfMatch IfMatch(HttpContext http)
    {
        var raw = http.Request.Headers.IfMatch.ToString().Trim();
        if (raw.Length == 0 || raw == "*") return new IfMatch(null, true);
        var tags = raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.StartsWith("W/", StringComparison.Ordinal) ? t[2..] : t)
            .Select(t => t.Trim('"'))
            .Select(t => int.TryParse(t, out var n) ? n : -1).Where(n => n >= 0).ToList();
        return new IfMatch(tags, tags.Count > 0);
    }

    static Results<NoContent, ValidationProblem, ProblemHttpResult> NoContentOr(WriteResult result)
    {
        if (result.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        return result.Error is { } error ? error : TypedResults.NoContent();
    }
}

public sealed record IfMatch(IReadOnlyList<int>? Revisions, bool Present)
{
    public bool Allows(int revision) => Revisions is null || Revisions.Contains(revision);
}

/// <summary>Outcome of a write: the saved entity, field errors (400) or another problem (404, 409, 412).</summary>
public record WriteResult(Dictionary<string, string[]>? Errors = null, ProblemHttpResult? Error = null)
{
    public static WriteResult Ok { get; } = new();
}

public sealed record SubjectWriteResult(Subject? Subject, Dictionary<string, string[]>? Errors = null, ProblemHttpResult? Error = null)
    : WriteResult(Errors, Error);

public sealed record ReleaseWriteResult(Release? Release, Dictionary<string, string[]>? Errors = null, ProblemHttpResult? Error = null)
    : WriteResult(Errors, Error);
