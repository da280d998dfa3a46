using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest;

namespace ReleaseCalendar.Cli;

/// <summary>
/// The <c>import</c> verb (issue #8 §5): runs one source in the foreground, for backfills, with the service's own
/// database, readers and merge (the scheduler stays off in this process). A source holds one run at a time: a run the
/// service starts meanwhile fails at once saying another is in progress, and this one fails the same way if the
/// service's run came first. A running service drops the feeds this run changed from its cache within
/// Catalog:ForeignWritePoll.
/// <code>
/// import --source ID
/// import --type musicbrainz|tvmaze --id EXTERNAL-ID --subject SLUG[,SLUG...]
/// import --type ical|news --url URL --subject SLUG[,SLUG...] [--lang ru|en]
/// </code>
/// The second form uses the source that reads that upstream (its subjects stay as they are), or adds one (disabled, so
/// it only runs when asked; enable it through the admin API to schedule it). Exit codes: 0 succeeded, 1 the run failed (its error printed), 2 usage.
/// </summary>
public static class ImportCommand
{
    public const string DefaultSchedule = "0 0 4 * * ?";

    const string Usage =
        "usage: import --source ID\n" +
        "       import --type musicbrainz|tvmaze --id EXTERNAL-ID --subject SLUG[,SLUG...]\n" +
        "       import --type ical|news --url URL --subject SLUG[,SLUG...] [--lang ru|en]";

    public static async Task<int> RunAsync(string[] args, Func<string[], WebApplicationBuilder> createBuilder, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            await stderr.WriteLineAsync($"import: {problem}\n{Usage}");
            return 2;
        }
        var builder = createBuilder(["--Ingest:SchedulerEnabled=false", "--Data:SeedDemo=false"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await using var app = builder.Build();
        app.CheckOptions();
        app.CheckStorage();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        // Migrations, as the service applies them at start; nothing else of the host runs.
        foreach (var init in app.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>())
            await init.StartAsync(stop.Token);

        int sourceId;
        if (options.SourceId is { } id) sourceId = id;
        else
        {
            var (found, error) = await FindOrAddAsync(app.Services, options, stop.Token);
            if (found is null)
            {
                await stderr.WriteLineAsync($"import: {error}");
                return 2;
            }
            sourceId = found.Value;
        }
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(stop.Token))
        {
            var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sourceId, stop.Token);
            if (source is null)
            {
                await stderr.WriteLineAsync($"import: no source has the id {sourceId} (GET /api/admin/sources lists them).");
                return 2;
            }
            await stdout.WriteLineAsync($"Importing source {source.Id} ({source.Actor}: {source.ExternalId ?? source.Url}) into {string.Join(", ", source.Subjects)}");
        }
        var display = new ProgressDisplay(stdout, interactive: !Console.IsOutputRedirected);
        var started = Stopwatch.GetTimestamp();
        var run = await app.Services.GetRequiredService<SourceRunner>().RunAsync(sourceId, null, "cli", display, stop.Token);
        display.Done();
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Run {run.Id} {run.Status.ToString().ToLowerInvariant()} in {elapsed.TotalSeconds:0.0} s: seen {run.Seen}, created {run.Created}, " +
            $"updated {run.Updated}, unchanged {run.Unchanged}, rejected {run.Rejected}, suggested {run.Suggested}, flagged {run.Flagged}; " +
            $"{run.HttpCalls} HTTP calls, {run.Retries} retries{(run.NotModified ? "; upstream not modified" : "")}."));
        foreach (var rejection in run.Rejections) await stdout.WriteLineAsync($"  rejected: {rejection}");
        if (run.Status == RunStatus.Failed) await stderr.WriteLineAsync($"import: run {run.Id} failed: {run.Error}");
        return run.Status == RunStatus.Succeeded ? 0 : 1;
    }

    static async Task<(int? Id, string? Error)> FindOrAddAsync(IServiceProvider services, ImportOptions o, CancellationToken ct)
    {
        var request = new SourceRequest(o.Type, o.ExternalId, o.Url, o.Subjects, DefaultSchedule, false, 0, o.Lang);
        var (valid, errors) = SourceChanges.Validate(request, services.GetRequiredService<TimeProvider>().GetUtcNow(),
            services.GetRequiredService<IOptions<IngestOptions>>().Value.MinScheduleInterval);
        if (valid is null) return (null, Describe(errors));
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        var existing = await db.Sources.AsNoTracking().Where(s => s.Type == valid.Type && s.ExternalId == valid.ExternalId && s.Url == valid.Url)
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (existing is not null) return (existing, null);
        var created = await services.GetRequiredService<SourceChanges>().CreateAsync(valid, ct);
        if (created.Error is { } error) return (null, error.Fields is { } f ? Describe(f) : error.Detail);
        return (created.Value!.Id, null);
    }

    static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        string.Join("; ", errors.Select(e => $"{Flag(e.Key)}: {string.Join(" ", e.Value)}"));

    /// <summary>The request's field names as the flags the user typed.</summary>
    static string Flag(string field) => field switch
    {
        "externalId" => "--id",
        var f when f.StartsWith("subjects", StringComparison.Ordinal) => "--subject",
        var f => "--" + f,
    };

    sealed record ImportOptions(int? SourceId, string? Type, string? ExternalId, string? Url, List<string> Subjects, string? Lang);

    static bool TryParse(string[] args, out ImportOptions options, out string problem)
    {
        options = new ImportOptions(null, null, null, null, [], null);
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            if (i + 1 >= args.Length) { problem = $"{flag} needs a value"; return false; }
            var value = args[++i];
            switch (flag)
            {
                case "--source":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                    { problem = $"--source takes a source id (a positive number), not '{value}'"; return false; }
                    options = options with { SourceId = id };
                    break;
                case "--type": options = options with { Type = value }; break;
                case "--id": options = options with { ExternalId = value }; break;
                case "--url": options = options with { Url = value }; break;
                case "--lang": options = options with { Lang = value }; break;
                case "--subject":
                    options.Subjects.AddRange(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                    break;
                default: problem = $"unknown option '{flag}'"; return false;
            }
        }
        if (options.SourceId is not null && (options.Type ?? options.ExternalId ?? options.Url) is not null)
        { problem = "--source runs an existing source; leave out --type, --id and --url"; return false; }
        if (options.SourceId is null && options.Type is null) { problem = "give --source ID, or --type with --id or --url"; return false; }
        if (options.Type is not null && options.Subjects.Count == 0) { problem = "--type needs --subject SLUG (the subject its releases belong to)"; return false; }
        return true;
    }

    /// <summary>One line that rewrites itself on a terminal; nothing but the summary when the output is a file or a pipe.</summary>
    sealed class ProgressDisplay(TextWriter output, bool interactive) : IProgress<RunProgress>
    {
        bool _shown;

        public void Report(RunProgress value)
        {
            if (!interactive) return;
            var text = value.Total > 0 ? $"{value.Stage} {value.Done}/{value.Total}" : $"{value.Stage} {value.Done} items";
            output.Write($"\r{text,-40}");
            _shown = true;
        }

        public void Done()
        {
            if (_shown) output.WriteLine();
        }
    }
}
