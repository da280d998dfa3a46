using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Admin;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest;

/// <summary>A source request, checked: everything but whether its subjects exist (that needs the database).</summary>
public sealed record ValidSource(SourceType Type, string? ExternalId, string? Url, IReadOnlyList<string> Subjects, string Schedule,
    bool Enabled, int Priority, string? Lang);

/// <summary>Creates, changes and deletes sources, and keeps Quartz in step at once (no restart).</summary>
public sealed class SourceChanges(IDbContextFactory<AppDbContext> contexts, SourceScheduler scheduler, TimeProvider clock, IOptions<IngestOptions> options)
{
    public const int MaxSubjects = 10;
    public const int MaxPriority = 1000;

    /// <summary>Pure checks of a request; each bad field gets its own message in the request's names.</summary>
    public static (ValidSource? Source, Dictionary<string, string[]> Errors) Validate(SourceRequest r, DateTimeOffset now, TimeSpan minInterval)
    {
        var e = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => e[field] = e.TryGetValue(field, out var m) ? [.. m, message] : [message];
        var type = SourceTypes.Parse(r.Type);
        if (type is null) Add("type", "Required: musicbrainz, tvmaze, ical or news.");
        var externalId = string.IsNullOrWhiteSpace(r.ExternalId) ? null : r.ExternalId.Trim();
        var url = string.IsNullOrWhiteSpace(r.Url) ? null : r.Url.Trim();
        switch (type)
        {
            case SourceType.MusicBrainz:
                if (externalId is null || !Guid.TryParseExact(externalId, "D", out _))
                    Add("externalId", "Required for musicbrainz: the artist's MBID, e.g. 0d79fe8e-ba27-4859-bb8c-2f255f346853.");
                else externalId = externalId.ToLowerInvariant();
                if (url is not null) Add("url", "Not used for musicbrainz (Ingest:MusicBrainz:BaseUrl is); leave it out.");
                break;
            case SourceType.TvMaze:
                if (externalId is null || !int.TryParse(externalId, NumberStyles.None, CultureInfo.InvariantCulture, out var show) || show <= 0)
                    Add("externalId", "Required for tvmaze: the show's numeric TVmaze id, e.g. 66010.");
                else externalId = show.ToString(CultureInfo.InvariantCulture);
                if (url is not null) Add("url", "Not used for tvmaze (Ingest:TvMaze:BaseUrl is); leave it out.");
                break;
            case SourceType.ICal or SourceType.News:
                if (url is null) Add("url", $"Required for {r.Type!.Trim().ToLowerInvariant()}: the feed's http(s) URL.");
                else if (AdminValidation.Link(url) is { } problem) Add("url", problem);
                if (externalId is not null) Add("externalId", "Not used for ical and news sources (the URL is); leave it out.");
                break;
        }
        var subjects = SubjectsOf(r);
        if (subjects.Count == 0) Add("subjects", "At least one artist, group or show slug: the subjects this source's releases belong to.");
        else if (subjects.Count > MaxSubjects) Add("subjects", $"At most {MaxSubjects} subjects.");
        for (var i = 0; i < subjects.Count; i++)
            if (!AdminValidation.IsSlug(subjects[i])) Add($"subjects[{i}]", $"'{subjects[i]}' is not a slug.");
        if (SourceScheduler.CronProblem(r.Schedule, now, minInterval) is { } cron) Add("schedule", cron);
        if (r.Priority is < -MaxPriority or > MaxPriority) Add("priority", $"Between -{MaxPriority} and {MaxPriority}; the higher wins when sources disagree.");
        var lang = string.IsNullOrWhiteSpace(r.Lang) ? null : r.Lang.Trim().ToLowerInvariant();
        if (lang is not null and not ("ru" or "en")) Add("lang", "ru, en, or null to detect each article's language.");
        if (e.Count > 0) return (null, e);
        return (new ValidSource(type!.Value, externalId, url, subjects.Distinct().ToList(), r.Schedule!.Trim(), r.Enabled ?? true,
            r.Priority ?? 0, lang), e);
    }

    static List<string> SubjectsOf(SourceRequest r) => (r.Subjects ?? []).Select(s => s?.Trim() ?? "").ToList();

    /// <summary><see cref="Validate"/>, and when it finds something wrong, whether the subjects exist too: one 400 names
    /// every bad field, an unknown subject beside a bad schedule too, so the admin fixes them in one go. A request that
    /// passes is checked for its subjects once, by <see cref="CreateAsync"/> or <see cref="UpdateAsync"/>.</summary>
    public async Task<(ValidSource? Source, Dictionary<string, string[]> Errors)> ValidateAsync(SourceRequest r, CancellationToken ct)
    {
        var (valid, errors) = Validate(r, clock.GetUtcNow(), options.Value.MinScheduleInterval);
        var subjects = SubjectsOf(r);
        if (valid is not null || subjects.Count is 0 or > MaxSubjects) return (valid, errors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        foreach (var (field, messages) in await SubjectErrorsAsync(db, SourceTypes.Parse(r.Type), subjects, ct))
            errors.TryAdd(field, messages);
        return (null, errors);
    }

    public async Task<CatalogResult<Source>> CreateAsync(ValidSource valid, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await CheckAsync(db, valid, null, ct) is { } error) return error;
        var now = clock.UtcNowSeconds();
        var source = new Source { Schedule = valid.Schedule, CreatedUtc = now };
        Apply(source, valid, now);
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        try { await scheduler.SyncAsync(source, ct); }
        catch (Quartz.SchedulerException e)
        {
            // Quartz saw more than the check did (a schedule that can't fire): nothing is kept.
            db.Sources.Remove(source);
            await db.SaveChangesAsync(CancellationToken.None);
            return CatalogError.Invalid("schedule", $"Quartz refused the schedule: {e.Message}");
        }
        return source;
    }

    public async Task<CatalogResult<Source>> UpdateAsync(int id, ValidSource valid, IfMatch ifMatch, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return UnknownSource(id);
        if (!ifMatch.Allows(source.Revision)) return CatalogError.Stale("source", source.Revision);
        if (source.Type != valid.Type) return CatalogError.Invalid("type", "A source's type can't change; create a new source.");
        if (await CheckAsync(db, valid, id, ct) is { } error) return error;
        var subjectsChanged = !source.Subjects.SequenceEqual(valid.Subjects);
        Apply(source, valid, clock.UtcNowSeconds());
        source.Revision++;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return CatalogError.Stale("source", null); }
        // Its items are merged afresh on the next run (the shortcut for unchanged items would skip them).
        if (subjectsChanged)
            await db.SourceItems.Where(i => i.SourceId == id).ExecuteUpdateAsync(u => u.SetProperty(i => i.Fingerprint, ""), ct);
        try { await scheduler.SyncAsync(source, ct); }
        catch (Quartz.SchedulerException e) { return CatalogError.Invalid("schedule", $"Quartz refused the schedule: {e.Message}"); }
        return source;
    }

    public async Task<CatalogResult<Done>> DeleteAsync(int id, IfMatch ifMatch, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return UnknownSource(id);
        if (!ifMatch.Allows(source.Revision)) return CatalogError.Stale("source", source.Revision);
        // Its releases stay (they are the catalog's now); its item keys, validators and read articles go with it.
        db.Sources.Remove(source);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { return CatalogError.Stale("source", null); }
        await scheduler.RemoveAsync(id, ct);
        // Runs asked for but not started go with the job; their records say so instead of "running" for ever.
        await db.Runs.Where(r => r.SourceId == id && r.Status == RunStatus.Running && r.Id != source.LeaseRunId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RunStatus.Failed).SetProperty(r => r.FinishedUtc, clock.UtcNowSeconds())
                .SetProperty(r => r.Error, "The source was deleted before this run started."), ct);
        return new Done();
    }

    public static CatalogError UnknownSource(int id) => CatalogError.NotFound("Unknown source", $"No source has the id {id}.");

    static void Apply(Source s, ValidSource v, DateTime now)
    {
        (s.Type, s.ExternalId, s.Url, s.Subjects, s.Schedule, s.Enabled, s.Priority, s.Lang) =
            (v.Type, v.ExternalId, v.Url, [.. v.Subjects], v.Schedule, v.Enabled, v.Priority, v.Lang);
        s.UpdatedUtc = now;
    }

    /// <summary>Subjects exist (a tvmaze source's first is a show), and no other source reads the same upstream.</summary>
    static async Task<CatalogError?> CheckAsync(AppDbContext db, ValidSource v, int? self, CancellationToken ct)
    {
        // The subjects of a valid request are checked here, in the write's own context (ValidateAsync looks only when
        // another field is wrong, and the import verb calls only Validate).
        var fields = await SubjectErrorsAsync(db, v.Type, v.Subjects, ct);
        if (fields.Count > 0) return CatalogError.Invalid(fields);
        var twin = await db.Sources.AsNoTracking()
            .Where(s => s.Id != self && s.Type == v.Type && s.ExternalId == v.ExternalId && s.Url == v.Url)
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        return twin is { } other
            ? CatalogError.Conflict("Source exists", $"Source {other} already reads this upstream; change that one instead.")
            : null;
    }

    /// <summary>Subjects that are no known slug, by their place in <paramref name="subjects"/>, and a tvmaze source's
    /// first subject when it is no show. A subject that is not a slug at all is <see cref="Validate"/>'s to name.</summary>
    static async Task<Dictionary<string, string[]>> SubjectErrorsAsync(AppDbContext db, SourceType? type, IReadOnlyList<string> subjects,
        CancellationToken ct)
    {
        var slugs = subjects.Where(AdminValidation.IsSlug).Distinct().ToList();
        var found = await db.Subjects.AsNoTracking().Where(s => slugs.Contains(s.Slug)).ToDictionaryAsync(s => s.Slug, s => s.Kind, ct);
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < subjects.Count; i++)
            if (AdminValidation.IsSlug(subjects[i]) && !found.ContainsKey(subjects[i]))
                fields[$"subjects[{i}]"] = [$"No artist, group or show has the slug '{subjects[i]}'."];
        if (type == SourceType.TvMaze && subjects.Count > 0 && found.TryGetValue(subjects[0], out var kind) && kind != SubjectKind.Show)
            fields["subjects[0]"] = [$"A tvmaze source's subject is the show; '{subjects[0]}' is not a show."];
        return fields;
    }
}
