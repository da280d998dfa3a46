using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Admin;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest;

/// <summary>The admin API of ingestion: sources, runs, suggestions, and each release's history, provenance and pins.</summary>
public static class IngestEndpoints
{
    public const int MaxListed = 200;

    public static RouteGroupBuilder MapIngestAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Ingestion").RequireAuthorization(AdminEndpoints.Policy);
        group.MapPost("/sources", CreateSource).WithSummary("Add a source (musicbrainz, tvmaze, ical or news); it is scheduled at once");
        group.MapGet("/sources", ListSources).WithSummary("Every source, with its next run and its last");
        group.MapGet("/sources/{id:int}", GetSource).WithSummary("A source, with its ETag");
        group.MapPut("/sources/{id:int}", UpdateSource).WithSummary("Replace a source's settings (If-Match: its ETag); rescheduled at once");
        group.MapDelete("/sources/{id:int}", DeleteSource).WithSummary("Delete a source; its releases stay");
        group.MapPost("/sources/{id:int}/run", RunSource).WithSummary("Run a source now: 202 with the run's URL");
        group.MapGet("/sources/{id:int}/runs", SourceRuns).WithSummary("A source's runs, newest first");
        group.MapGet("/runs", ListRuns).WithSummary("All runs, newest first (?status=failed)");
        group.MapGet("/runs/{runId:int}", GetRun).WithSummary("One run: status and counts");
        group.MapGet("/flagged", Flagged).WithSummary("Items their source stopped listing: check them (they are never deleted)");
        group.MapGet("/suggestions", ListSuggestions).WithSummary("News candidates waiting for an admin (?status=pending|accepted|rejected)");
        group.MapPost("/suggestions/{id:int}/accept", AcceptSuggestion).WithSummary("Make a suggestion a release, with corrections");
        group.MapPost("/suggestions/{id:int}/reject", RejectSuggestion).WithSummary("Dismiss a suggestion");
        group.MapGet("/disagreements", Disagreements).WithSummary("Where sources (or a pin and a source) state different values, newest first");
        group.MapGet("/releases/{id:guid}/history", History).WithSummary("A release's old values, sources, pins and disagreements");
        group.MapPut("/releases/{id:guid}/pins/{field}", Pin).WithSummary("Pin a field: ingestion won't change it");
        group.MapDelete("/releases/{id:guid}/pins/{field}", Unpin).WithSummary("Unpin a field: sources may change it again");
        return group;
    }

    static async Task<Results<Created<SourceResponse>, ValidationProblem, ProblemHttpResult>> CreateSource(
        SourceRequest body, SourceChanges sources, SourceScheduler scheduler, HttpContext http, CancellationToken ct)
    {
        var (valid, errors) = await sources.ValidateAsync(body, ct);
        if (valid is null) return TypedResults.ValidationProblem(errors);
        var result = await sources.CreateAsync(valid, ct);
        if (result.Error is { } error) return error.ToProblem<Created<SourceResponse>>(http);
        http.Response.Headers.ETag = AdminEndpoints.ETag(result.Value!.Revision);
        return TypedResults.Created($"/api/admin/sources/{result.Value.Id}", await ResponseAsync(result.Value, null, scheduler, ct));
    }

    static async Task<Ok<List<SourceResponse>>> ListSources(AppDbContext db, SourceScheduler scheduler, CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        var ids = sources.Select(s => s.Id).ToList();
        var last = (await db.Runs.AsNoTracking().Where(r => ids.Contains(r.SourceId)).GroupBy(r => r.SourceId)
            .Select(g => g.Max(r => r.Id)).ToListAsync(ct)).ToHashSet();
        var runs = await db.Runs.AsNoTracking().Where(r => last.Contains(r.Id)).ToDictionaryAsync(r => r.SourceId, ct);
        var list = new List<SourceResponse>();
        foreach (var s in sources) list.Add(await ResponseAsync(s, runs.GetValueOrDefault(s.Id), scheduler, ct));
        return TypedResults.Ok(list);
    }

    static async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> GetSource(int id, AppDbContext db, SourceScheduler scheduler,
        HttpContext http, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return UnknownSource(id);
        var last = await db.Runs.AsNoTracking().Where(r => r.SourceId == id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        http.Response.Headers.ETag = AdminEndpoints.ETag(source.Revision);
        return TypedResults.Ok(await ResponseAsync(source, last, scheduler, ct));
    }

    static async Task<Results<Ok<SourceResponse>, ValidationProblem, ProblemHttpResult>> UpdateSource(
        int id, SourceRequest body, SourceChanges sources, SourceScheduler scheduler, HttpContext http, CancellationToken ct)
    {
        var (valid, errors) = await sources.ValidateAsync(body, ct);
        if (valid is null) return TypedResults.ValidationProblem(errors);
        var result = await sources.UpdateAsync(id, valid, AdminEndpoints.IfMatchOf(http), ct);
        if (result.Error is { } error) return error.ToProblem<Ok<SourceResponse>>(http);
        http.Response.Headers.ETag = AdminEndpoints.ETag(result.Value!.Revision);
        return TypedResults.Ok(await ResponseAsync(result.Value, null, scheduler, ct));
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteSource(int id, SourceChanges sources, HttpContext http,
        CancellationToken ct)
    {
        var result = await sources.DeleteAsync(id, AdminEndpoints.IfMatchOf(http), ct);
        return result.Error is { } error ? error.ToProblem<NoContent>(http) : TypedResults.NoContent();
    }

    static async Task<Results<Accepted<RunResponse>, ProblemHttpResult>> RunSource(int id, AppDbContext db, SourceRunner runner,
        SourceScheduler scheduler, IOptions<IngestOptions> options, CancellationToken ct)
    {
        if (!await db.Sources.AnyAsync(s => s.Id == id, ct)) return UnknownSource(id);
        // Without a scheduler here or a worker to take it, the run would wait for ever; say so instead of accepting it.
        if (!options.Value.SchedulerEnabled && !options.Value.QueueRunsForWorker)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Scheduler off",
                detail: $"This process runs no jobs (Ingest:SchedulerEnabled=false); run the source with the import verb: import --source {id}.");
        var run = await runner.QueueAsync(id, "manual", ct);
        try { await scheduler.TriggerAsync(id, run.Id, ct); }
        catch (Exception e) when (e is Quartz.SchedulerException or Quartz.JobPersistenceException)
        {
            await runner.AbandonAsync(run.Id, $"The scheduler could not take the run: {e.Message}", CancellationToken.None);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Scheduler busy",
                detail: $"The run could not be scheduled ({e.Message}); retry in a moment.");
        }
        return TypedResults.Accepted($"/api/admin/runs/{run.Id}", RunResponse.From(run));
    }

    static async Task<Results<Ok<List<RunResponse>>, ProblemHttpResult>> SourceRuns(int id, int? limit, AppDbContext db, CancellationToken ct)
    {
        if (!await db.Sources.AnyAsync(s => s.Id == id, ct) && !await db.Runs.AnyAsync(r => r.SourceId == id, ct)) return UnknownSource(id);
        return TypedResults.Ok(await RunsAsync(db.Runs.Where(r => r.SourceId == id), limit, ct));
    }

    static async Task<Results<Ok<List<RunResponse>>, ValidationProblem>> ListRuns(string? status, int? limit, AppDbContext db, CancellationToken ct)
    {
        var query = db.Runs.AsQueryable();
        if (status is not null)
        {
            if (!Enum.TryParse<RunStatus>(status, ignoreCase: true, out var s) || int.TryParse(status, out _))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["running, succeeded or failed."] });
            query = query.Where(r => r.Status == s);
        }
        return TypedResults.Ok(await RunsAsync(query, limit, ct));
    }

    static async Task<List<RunResponse>> RunsAsync(IQueryable<IngestRun> runs, int? limit, CancellationToken ct) =>
        (await runs.AsNoTracking().OrderByDescending(r => r.Id).Take(Math.Clamp(limit ?? 50, 1, MaxListed)).ToListAsync(ct))
            .Select(RunResponse.From).ToList();

    static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> GetRun(int runId, AppDbContext db, CancellationToken ct)
    {
        var run = await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct);
        return run is null ? Problems.NotFound("Unknown run", $"No run has the id {runId}.") : TypedResults.Ok(RunResponse.From(run));
    }

    static async Task<Ok<List<FlaggedItemResponse>>> Flagged(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.SourceItems.AsNoTracking().Where(i => i.Flagged && i.Release != null).OrderBy(i => i.SourceId).ThenBy(i => i.Id).Take(MaxListed)
            .Select(i => new FlaggedItemResponse(i.SourceId, i.ExternalId, i.Release!.PublicId, i.Release.Title, i.Misses, i.LastSeenUtc))
            .ToListAsync(ct));

    static async Task<Results<Ok<List<SuggestionResponse>>, ValidationProblem>> ListSuggestions(string? status, int? limit, AppDbContext db,
        CancellationToken ct)
    {
        var wanted = SuggestionStatus.Pending;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: true, out wanted) || int.TryParse(status, out _)))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["pending, accepted or rejected."] });
        var rows = await db.Suggestions.AsNoTracking().Where(s => s.Status == wanted).OrderByDescending(s => s.Id)
            .Take(Math.Clamp(limit ?? 50, 1, MaxListed)).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(Suggestions.Response).ToList());
    }

    static async Task<Results<Created<ReleaseResponse>, ValidationProblem, ProblemHttpResult>> AcceptSuggestion(
        int id, AcceptSuggestionRequest? body, Suggestions suggestions, HttpContext http, CancellationToken ct)
    {
        var result = await suggestions.AcceptAsync(id, body ?? new AcceptSuggestionRequest(null, null, null, null, null, null),
            AdminEndpoints.Actor(http.User), ct);
        if (result.Error is { } error) return error.ToProblem<Created<ReleaseResponse>>(http);
        http.Response.Headers.ETag = AdminEndpoints.ETag(result.Value!.Revision);
        return TypedResults.Created($"/api/admin/releases/{result.Value.PublicId}", result.Value.ToResponse());
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RejectSuggestion(int id, Suggestions suggestions,
        HttpContext http, CancellationToken ct)
    {
        var result = await suggestions.RejectAsync(id, AdminEndpoints.Actor(http.User), ct);
        return result.Error is { } error ? error.ToProblem<NoContent>(http) : TypedResults.NoContent();
    }

    static async Task<Ok<List<DisagreementResponse>>> Disagreements(int? limit, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Disagreements.AsNoTracking().OrderByDescending(d => d.Id).Take(Math.Clamp(limit ?? 50, 1, MaxListed))
            .Select(d => new DisagreementResponse(d.Id, d.Release!.PublicId, d.Field, d.Kept, d.KeptValue, d.SourceId, d.SourceValue, d.RunId, d.RecordedUtc))
            .ToListAsync(ct));

    static async Task<Results<Ok<ReleaseHistoryResponse>, ProblemHttpResult>> History(Guid id, AppDbContext db, CancellationToken ct)
    {
        var release = await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.PublicId == id, ct);
        if (release is null) return Problems.NotFound("Unknown release", $"No release has the id {id}.");
        var changes = await db.ReleaseHistory.AsNoTracking().Where(c => c.ReleaseId == release.Id).OrderBy(c => c.Id)
            .Select(c => new HistoryEntry(c.ChangedUtc, c.Actor, c.SourceId, c.RunId, c.Field, c.OldValue, c.NewValue)).ToListAsync(ct);
        var disagreements = await db.Disagreements.AsNoTracking().Where(d => d.ReleaseId == release.Id).OrderBy(d => d.Id)
            .Select(d => new DisagreementResponse(d.Id, id, d.Field, d.Kept, d.KeptValue, d.SourceId, d.SourceValue, d.RunId, d.RecordedUtc))
            .ToListAsync(ct);
        var sources = await Provenance.ForAsync(db, [release.Id], ct);
        return TypedResults.Ok(new ReleaseHistoryResponse(id, release.Pinned, sources.GetValueOrDefault(release.Id, []), changes, disagreements));
    }

    static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Pin(Guid id, string field, CatalogStore store, HttpContext http,
        CancellationToken ct) => SetPinAsync(id, field, true, store, http, ct);

    static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Unpin(Guid id, string field, CatalogStore store, HttpContext http,
        CancellationToken ct) => SetPinAsync(id, field, false, store, http, ct);

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetPinAsync(Guid id, string field, bool pinned,
        CatalogStore store, HttpContext http, CancellationToken ct)
    {
        if (!ReleaseFields.IsField(field))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { ["field"] = [$"'{field}' is not a field; one of {string.Join(", ", ReleaseFields.All)}."] });
        var ifMatch = AdminEndpoints.IfMatchOf(http);
        var result = await store.WriteAsync<int>(new(AdminEndpoints.Actor(http.User), pinned ? "release.pin" : "release.unpin", $"{id} {field}", ifMatch),
            async (db, now, ct) =>
            {
                var release = await db.Releases.FirstOrDefaultAsync(r => r.PublicId == id, ct);
                if (release is null) return CatalogError.UnknownRelease(id);
                if (!ifMatch.Allows(release.Revision)) return CatalogError.Stale("release", release.Revision);
                if (release.Pinned.Contains(field) == pinned) return release.Revision;
                if (pinned) release.Pinned = [.. release.Pinned, field];
                else
                {
                    release.Pinned = release.Pinned.Where(f => f != field).ToList();
                    // Its sources' next runs merge it afresh, so the unpinned field takes their value without waiting
                    // for the upstream to change.
                    await db.SourceItems.Where(i => i.ReleaseId == release.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.Fingerprint, ""), ct);
                }
                release.Revision++;
                return release.Revision;
            }, ct);
        if (result.Error is { } error) return error.ToProblem<NoContent>(http);
        http.Response.Headers.ETag = AdminEndpoints.ETag(result.Value);
        return TypedResults.NoContent();
    }

    static ProblemHttpResult UnknownSource(int id) => Problems.NotFound("Unknown source", $"No source has the id {id}.");

    static async Task<SourceResponse> ResponseAsync(Source s, IngestRun? last, SourceScheduler scheduler, CancellationToken ct) =>
        new(s.Id, SourceTypes.Name(s.Type), s.ExternalId, s.Url, s.Subjects, s.Schedule, s.Enabled, s.Priority, s.Lang, s.Revision,
            s.CreatedUtc, s.UpdatedUtc, s.Enabled ? await scheduler.NextRunAsync(s.Id, ct) : null, last is null ? null : RunResponse.From(last));
}
