using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Extraction;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Ingest.Sources;

namespace ReleaseCalendar.Ingest;

/// <summary>Progress of a run, for the `import` verb's display.</summary>
public sealed record RunProgress(string Stage, int Done, int Total);

/// <summary>Runs one source: read the upstream, merge its items in batches, keep suggestions, count misses, record the run.
/// The Quartz job and the `import` verb both call it; whatever the upstream does, the run ends recorded and the catalog
/// consistent (each batch is one transaction; validators are saved only with a finished run, so a crash refetches).</summary>
public sealed class SourceRunner(
    IDbContextFactory<AppDbContext> contexts, IEnumerable<ISourceReader> readers, Func<RunCounters, IUpstream> upstream,
    IngestWriter writer, IOptions<IngestOptions> options, IOptions<NewsOptions> news, IOptions<ICalOptions> ical, TimeProvider clock, IngestMetrics metrics,
    ILogger<SourceRunner> logger)
{
    public const int MaxRejectionsKept = 20;

    /// <summary>Records a run that is about to be handed to the scheduler, so its URL exists before it starts.</summary>
    public async Task<IngestRun> QueueAsync(int sourceId, string trigger, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = new IngestRun { SourceId = sourceId, Status = RunStatus.Running, Trigger = trigger, StartedUtc = clock.UtcNowSeconds() };
        db.Runs.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>Marks a queued run failed when it will never start (the scheduler refused it).</summary>
    public async Task AbandonAsync(int runId, string error, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.UtcNowSeconds();
        await db.Runs.Where(r => r.Id == runId && r.Status == RunStatus.Running).ExecuteUpdateAsync(u => u
            .SetProperty(r => r.Status, RunStatus.Failed).SetProperty(r => r.FinishedUtc, now).SetProperty(r => r.Error, error), ct);
    }

    public async Task<IngestRun> RunAsync(int sourceId, int? queuedRunId, string trigger, IProgress<RunProgress>? progress, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var run = queuedRunId is { } id ? await db.Runs.FindAsync([id], ct) : null;
        if (run is null)
        {
            run = new IngestRun { SourceId = sourceId, Status = RunStatus.Running, Trigger = trigger };
            db.Runs.Add(run);
        }
        run.StartedUtc = clock.UtcNowSeconds();
        await db.SaveChangesAsync(ct);
        var started = Stopwatch.GetTimestamp();
        var counters = new RunCounters();
        Source? source = null;
        var leased = false;
        try
        {
            source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId, ct)
                ?? throw new RunFailure($"Source {sourceId} does not exist (deleted?).");
            leased = await TakeLeaseAsync(db, source, run, ct);
            if (!leased) throw new RunFailure($"Another run of source {sourceId} is in progress; this one did nothing.");
            logger.RunStarted(run.Id, source.Id, source.Actor, trigger);
            using var renewing = new CancellationTokenSource();
            var renewal = KeepLeaseAsync(source.Id, run.Id, renewing.Token);
            try { await ExecuteAsync(db, source, run, counters, progress, ct); }
            finally
            {
                await renewing.CancelAsync();
                await renewal;
            }
            run.Status = RunStatus.Succeeded;
        }
        catch (Exception e) when (Describe(e, ct) is { } error)
        {
            run.Status = RunStatus.Failed;
            run.Error = error.Length > 4000 ? error[..4000] : error;
            if (e is RunFailure or UpstreamException or SourceFormatException) logger.RunFailed(run.Id, sourceId, run.Error);
            else logger.RunCrashed(e, run.Id, sourceId);
        }
        run.FinishedUtc = clock.UtcNowSeconds();
        run.HttpCalls = counters.HttpCalls;
        run.Retries = counters.Retries;
        // Whatever a failed step left tracked (suggestions, read articles, validators) belongs to that step, not to the
        // run's record: only the record is saved now, and the lease goes even if that save fails.
        try
        {
            if (run.Status == RunStatus.Failed)
            {
                db.ChangeTracker.Clear();
                db.Runs.Update(run);
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            if (leased)
                await db.Sources.Where(s => s.Id == sourceId && s.LeaseRunId == run.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.LeaseRunId, (int?)null).SetProperty(s => s.LeaseUntilUtc, (DateTime?)null), CancellationToken.None);
        }
        Record(source, run, Stopwatch.GetElapsedTime(started));
        return run;
    }

    /// <summary>Renews the lease a third of the way through it while the run reads and merges, so a long read (MusicBrainz at
    /// one request a second, many article pages) is not taken for a dead run.</summary>
    async Task KeepLeaseAsync(int sourceId, int runId, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.RunLease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await using var db = await contexts.CreateDbContextAsync(ct);
                    await RenewLeaseAsync(db, sourceId, runId, ct);
                }
                // A busy database now is no reason to stop the run; the next tick tries again, well inside the lease.
                catch (Exception e) when (e is not OperationCanceledException && DbErrors.Classify(e) != DbFailure.None) { }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    async Task ExecuteAsync(AppDbContext db, Source source, IngestRun run, RunCounters counters, IProgress<RunProgress>? progress,
        CancellationToken ct)
    {
        var reader = readers.FirstOrDefault(r => r.Type == source.Type)
            ?? throw new RunFailure($"No reader for sources of type {SourceTypes.Name(source.Type)}.");
        var validators = await db.SourceValidators.AsNoTracking().Where(v => v.SourceId == source.Id).ToListAsync(ct);
        var seen = source.Type == SourceType.News
            ? (await db.SeenArticles.AsNoTracking().Where(a => a.SourceId == source.Id).Select(a => a.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal)
            : [];
        var context = new ReadContext
        {
            Http = upstream(counters),
            Now = clock.GetUtcNow(),
            KnownValidators = validators.ToDictionary(v => v.Url, v => new Validators(v.ETag,
                v.LastModifiedUtc is { } lm ? new DateTimeOffset(lm, TimeSpan.Zero) : null)),
            ArticleSeen = seen.Contains,
            Catalog = source.Type == SourceType.News ? await CatalogAsync(db, ct) : null,
            Progress = progress is null ? null : new Progress<int>(n => progress.Report(new RunProgress("reading", n, 0))),
        };
        var spec = new SourceSpec(source.Id, source.Type, source.ExternalId, source.Url is null ? null : new Uri(source.Url),
            source.Subjects, source.Lang, source.Type == SourceType.ICal ? await NamesAsync(db, source.Subjects, ct) : []);
        var read = await reader.ReadAsync(spec, context, ct);
        if (read.NotModified)
        {
            run.NotModified = true;
            return;
        }
        run.Rejected += read.Unreadable.Count;
        run.Rejections.AddRange(read.Unreadable.Take(MaxRejectionsKept - run.Rejections.Count));
        // One statement per item: an upstream that lists an id twice (it happens) is read as its last statement.
        var items = read.Items.GroupBy(i => i.ExternalId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        run.Seen = items.Count;
        var trusted = items.ToLookup(i => source.Type != SourceType.News || Publishable(i) is null);
        var publishable = trusted[true].ToList();
        var suggestions = trusted[false].ToList();

        // What the source stated before this run, read once: for the fingerprints now, for the misses at the end.
        var known = await db.SourceItems.AsNoTracking().Where(si => si.SourceId == source.Id)
            .Select(si => new KnownItem(si.Id, si.ExternalId, si.Fingerprint, si.Misses, si.Flagged))
            .ToDictionaryAsync(k => k.ExternalId, StringComparer.Ordinal, ct);
        await AdoptFormerKeysAsync(db, source.Id, items, known, ct);
        // An item identical to what the source last stated costs nothing: no transaction, no write.
        var changed = publishable.Where(i => known.GetValueOrDefault(i.ExternalId)?.Fingerprint != IngestWriter.Fingerprint(i)).ToList();
        run.Unchanged = publishable.Count - changed.Count;
        var batchSize = options.Value.BatchSize;
        for (var done = 0; done < changed.Count; done += batchSize)
        {
            var batch = changed.Skip(done).Take(batchSize).ToList();
            var result = await writer.WriteAsync(source, run.Id, batch, ct);
            if (result.Error is { } error) throw new RunFailure($"Could not store items: {error.Detail}");
            var r = result.Value!;
            (run.Created, run.Updated, run.Unchanged, run.Rejected) =
                (run.Created + r.Created, run.Updated + r.Updated, run.Unchanged + r.Unchanged, run.Rejected + r.Rejected);
            run.Rejections.AddRange(r.Rejections.Take(MaxRejectionsKept - run.Rejections.Count));
            // Progress survives a crash: the counts so far are in the run's record, and the lease is renewed.
            await db.SaveChangesAsync(ct);
            await RenewLeaseAsync(db, source.Id, run.Id, ct);
            progress?.Report(new RunProgress("merging", Math.Min(done + batchSize, changed.Count), changed.Count));
        }
        run.Suggested = await SuggestAsync(db, source, run, suggestions, ct);
        await FinishAsync(db, source, run, read, items, known.Values, context, ct);
    }

    /// <summary>
    /// Renames stored ids of a former form to the ids the reader gives now (<see cref="IncomingItem.FormerKeyPrefix"/>),
    /// so the items keep their releases instead of being read as new ones (iCal occurrences went from UID@start to
    /// UID@date). Only an id no item of this read claims is taken; each is taken once.
    /// </summary>
    static async Task AdoptFormerKeysAsync(AppDbContext db, int sourceId, IReadOnlyList<IncomingItem> items, Dictionary<string, KnownItem> known,
        CancellationToken ct)
    {
        var adopting = items.Where(i => i.FormerKeyPrefix is not null && !known.ContainsKey(i.ExternalId)).ToList();
        if (adopting.Count == 0) return;
        var claimed = items.Select(i => i.ExternalId).ToHashSet(StringComparer.Ordinal);
        var free = known.Keys.Where(k => !claimed.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in adopting)
        {
            var prefix = item.FormerKeyPrefix!;
            var at = free.BinarySearch(prefix, StringComparer.Ordinal);
            var former = free.Skip(at < 0 ? ~at : at).TakeWhile(k => k.StartsWith(prefix, StringComparison.Ordinal))
                .FirstOrDefault(k => !taken.Contains(k));
            if (former is null) continue;
            taken.Add(former);
            var stored = known[former];
            await db.SourceItems.Where(si => si.Id == stored.Id && si.SourceId == sourceId)
                .ExecuteUpdateAsync(u => u.SetProperty(si => si.ExternalId, item.ExternalId), ct);
            known.Remove(former);
            known[item.ExternalId] = stored with { ExternalId = item.ExternalId };
        }
    }

    /// <summary>Null when a news candidate may become a release by itself; else why an admin must look first.</summary>
    string? Publishable(IncomingItem i) =>
        i.Subjects.Count == 0 ? $"unknown subject «{i.SubjectHint}»"
        : string.IsNullOrWhiteSpace(i.Title) ? "the article names no title"
        : i.Confidence < news.Value.Threshold ? $"confidence {i.Confidence:0.00} below {news.Value.Threshold:0.00}"
        : ItemCheck.Problem(i);

    async Task<int> SuggestAsync(AppDbContext db, Source source, IngestRun run, IReadOnlyList<IncomingItem> items, CancellationToken ct)
    {
        if (items.Count == 0) return 0;
        var keys = items.Select(i => i.ExternalId).ToList();
        var existing = (await db.Suggestions.Where(s => s.SourceId == source.Id && keys.Contains(s.ExternalId))
            .Select(s => s.ExternalId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = clock.UtcNowSeconds();
        var added = 0;
        foreach (var i in items.Where(i => !existing.Contains(i.ExternalId)))
        {
            db.Suggestions.Add(new Suggestion
            {
                SourceId = source.Id, RunId = run.Id, ExternalId = i.ExternalId, Subject = Clip(i.SubjectHint ?? i.Subjects.FirstOrDefault() ?? "?", 200),
                SubjectSlug = i.Subjects.FirstOrDefault(), Title = Clip(i.Title, 300), Kind = i.Kind, Date = i.Date, Time = i.Time,
                TimeZone = i.TimeZone, Confidence = i.Confidence, Evidence = i.Evidence is null ? null : Clip(i.Evidence, 4000),
                Link = ItemCheck.Links(i).FirstOrDefault(), Reason = Clip(Publishable(i) ?? "kept for review", 200),
                Status = SuggestionStatus.Pending, CreatedUtc = now,
            });
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    static string Clip(string s, int max) => s.Length <= max ? s : s[..max];

    /// <summary>The run's last transaction: misses counted (complete reads only), validators and read articles saved.</summary>
    async Task FinishAsync(AppDbContext db, Source source, IngestRun run, SourceRead read, IReadOnlyList<IncomingItem> items,
        IEnumerable<KnownItem> known, ReadContext context, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var present = items.Select(i => i.ExternalId).ToHashSet(StringComparer.Ordinal);
        if (read.Complete)
        {
            var limit = options.Value.MissesBeforeFlag;
            var tracked = known.ToList();
            var missing = tracked.Where(t => !present.Contains(t.ExternalId)).ToList();
            if (source.Type == SourceType.ICal && missing.Count > 0)
            {
                // An iCal occurrence that fell behind the expansion window is not missing: the reader no longer looks there.
                var horizon = ReleaseCalendar.Releases.ReleaseDate.Format(
                    DateOnly.FromDateTime(context.Now.UtcDateTime.AddDays(-ical.Value.PastDays)), ReleaseCalendar.Releases.DatePrecision.Day);
                var ids = missing.Select(m => m.Id).ToList();
                var dates = await db.SourceItems.Where(si => EF.Parameter(ids).Contains(si.Id)).Select(si => new { si.Id, si.Values }).ToListAsync(ct);
                var behind = dates.Where(d => string.CompareOrdinal(d.Values.Fields.GetValueOrDefault(ReleaseFields.Date) ?? "", horizon) < 0)
                    .Select(d => d.Id).ToHashSet();
                missing = missing.Where(m => !behind.Contains(m.Id)).ToList();
            }
            var back = tracked.Where(t => present.Contains(t.ExternalId) && (t.Misses > 0 || t.Flagged)).Select(t => t.Id).ToList();
            var missingIds = missing.Select(m => m.Id).ToList();
            await db.SourceItems.Where(si => EF.Parameter(missingIds).Contains(si.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(si => si.Misses, si => si.Misses + 1)
                    .SetProperty(si => si.Flagged, si => si.Misses + 1 >= limit), ct);
            await db.SourceItems.Where(si => EF.Parameter(back).Contains(si.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(si => si.Misses, 0).SetProperty(si => si.Flagged, false), ct);
            run.Flagged = missing.Count(m => !m.Flagged && m.Misses + 1 >= limit);
        }
        var now = clock.UtcNowSeconds();
        foreach (var key in read.ProcessedArticles.Distinct(StringComparer.Ordinal))
            if (await db.SeenArticles.FindAsync([source.Id, key], ct) is null)
                db.SeenArticles.Add(new SeenArticle { SourceId = source.Id, Key = key.Length > 2000 ? key[..2000] : key, SeenUtc = now });
        foreach (var (url, v) in context.NewValidators)
        {
            if (url.Length > 2000) continue;
            var row = await db.SourceValidators.FindAsync([source.Id, url], ct);
            if (row is null) db.SourceValidators.Add(row = new SourceValidator { SourceId = source.Id, Url = url });
            row.ETag = v.ETag is { Length: <= 400 } etag ? etag : null;
            row.LastModifiedUtc = v.LastModified?.UtcDateTime;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Every name and alias of the given subjects.</summary>
    static async Task<IReadOnlyList<string>> NamesAsync(AppDbContext db, IReadOnlyList<string> slugs, CancellationToken ct) =>
        [.. (await NamesBySlugAsync(db.Subjects.Where(s => slugs.Contains(s.Slug)), ct)).SelectMany(n => n.Value).Distinct()];

    static async Task<ExtractionCatalog> CatalogAsync(AppDbContext db, CancellationToken ct) =>
        new(await NamesBySlugAsync(db.Subjects, ct));

    // Each subject's names (en, ru, ko) and aliases, by slug.
    static async Task<List<KeyValuePair<string, IReadOnlyList<string>>>> NamesBySlugAsync(IQueryable<Releases.Subject> subjects, CancellationToken ct)
    {
        var rows = await subjects.AsNoTracking()
            .Select(s => new { s.Slug, s.NameEn, s.NameRu, s.NameKo, Aliases = s.Aliases.Select(a => a.Name).ToList() }).ToListAsync(ct);
        return [.. rows.Select(s => new KeyValuePair<string, IReadOnlyList<string>>(s.Slug,
            new[] { s.NameEn, s.NameRu, s.NameKo }.OfType<string>().Concat(s.Aliases).Distinct().ToList()))];
    }

    async Task<bool> TakeLeaseAsync(AppDbContext db, Source source, IngestRun run, CancellationToken ct)
    {
        var now = clock.UtcNowSeconds();
        var until = now + options.Value.RunLease;
        var previous = await db.Sources.AsNoTracking().Where(s => s.Id == source.Id).Select(s => s.LeaseRunId).FirstOrDefaultAsync(ct);
        var taken = await db.Sources.Where(s => s.Id == source.Id && (s.LeaseRunId == null || s.LeaseUntilUtc < now || s.LeaseRunId == run.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseRunId, run.Id).SetProperty(s => s.LeaseUntilUtc, until), ct) == 1;
        // A run whose lease ran out died with its process: say so in its record.
        if (taken && previous is { } dead && dead != run.Id)
            await db.Runs.Where(r => r.Id == dead && r.Status == RunStatus.Running).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Status, RunStatus.Failed).SetProperty(r => r.FinishedUtc, now)
                .SetProperty(r => r.Error, "Interrupted: the process running it stopped; a later run took over."), ct);
        return taken;
    }

    async Task RenewLeaseAsync(AppDbContext db, int sourceId, int runId, CancellationToken ct)
    {
        var until = clock.UtcNowSeconds() + options.Value.RunLease;
        await db.Sources.Where(s => s.Id == sourceId && s.LeaseRunId == runId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseUntilUtc, until), ct);
    }

    void Record(Source? source, IngestRun run, TimeSpan elapsed)
    {
        var type = source is null ? "unknown" : SourceTypes.Name(source.Type);
        var status = run.Status.ToString().ToLowerInvariant();
        metrics.Runs.Add(1, new("source.type", type), new("status", status));
        if (run.Status == RunStatus.Failed) metrics.Failures.Add(1, new KeyValuePair<string, object?>("source.type", type));
        foreach (var (outcome, n) in new[] { ("created", run.Created), ("updated", run.Updated), ("unchanged", run.Unchanged), ("rejected", run.Rejected), ("suggested", run.Suggested) })
            if (n > 0) metrics.Items.Add(n, new("source.type", type), new("outcome", outcome));
        logger.RunFinished(run.Id, run.SourceId, status, run.Seen, run.Created, run.Updated, run.Unchanged, run.Rejected, run.Suggested,
            run.Flagged, run.HttpCalls, run.Retries, run.NotModified, (long)elapsed.TotalMilliseconds);
    }

    static string? Describe(Exception e, CancellationToken ct) => e switch
    {
        OperationCanceledException when ct.IsCancellationRequested => "Cancelled: the service was stopping.",
        RunFailure or UpstreamException or SourceFormatException => e.Message,
        _ => $"Unexpected error: {e.GetType().Name}: {e.Message}",
    };

    sealed class RunFailure(string message) : Exception(message);

    sealed record KnownItem(int Id, string ExternalId, string Fingerprint, int Misses, bool Flagged);
}

public static partial class Log
{
    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Run {RunId} of source {SourceId} ({Actor}) started by {Trigger}")]
    public static partial void RunStarted(this ILogger logger, int runId, int sourceId, string actor, string trigger);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Run {RunId} of source {SourceId} {Status}: seen {Seen}, created {Created}, " +
        "updated {Updated}, unchanged {Unchanged}, rejected {Rejected}, suggested {Suggested}, flagged {Flagged}; {HttpCalls} HTTP calls, " +
        "{Retries} retries, not modified {NotModified}; {ElapsedMs} ms")]
    public static partial void RunFinished(this ILogger logger, int runId, int sourceId, string status, int seen, int created, int updated,
        int unchanged, int rejected, int suggested, int flagged, int httpCalls, int retries, bool notModified, long elapsedMs);

    [LoggerMessage(EventId = 112, Level = LogLevel.Warning, Message = "Run {RunId} of source {SourceId} failed: {Error}")]
    public static partial void RunFailed(this ILogger logger, int runId, int sourceId, string error);

    [LoggerMessage(EventId = 113, Level = LogLevel.Error, Message = "Run {RunId} of source {SourceId} failed unexpectedly")]
    public static partial void RunCrashed(this ILogger logger, Exception e, int runId, int sourceId);
}
