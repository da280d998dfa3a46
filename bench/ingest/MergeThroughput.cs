using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.TvMaze;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Bench.Ingest;

/// <summary>In process: the service's own write path (CatalogStore + IngestWriter, the real DI registrations) on a fresh
/// SQLite file or a fresh PostgreSQL database, fed the TVmaze payload's items in the runner's batches. Isolates the merge
/// from HTTP and from the other process's scheduling, so a change to the write path shows in seconds rather than in a
/// 10-minute run.</summary>
public static class MergeThroughput
{
    public sealed record Figure(string Name, int Items, double Seconds, long AllocatedBytes, double CpuSeconds);

    // postgresAdmin: empty for SQLite; else an admin connection string, and the merge runs in a new database made on
    // that server and dropped afterwards.
    public static async Task<IReadOnlyList<Figure>> MeasureAsync(int episodes, int shows, string work, string postgresAdmin = "")
    {
        var settings = new Dictionary<string, string?>
        {
            ["Data:SeedDemo"] = "false", ["Ingest:SchedulerEnabled"] = "false", ["Logging:LogLevel:Default"] = "Warning",
        };
        var database = $"rc_merge_{Guid.NewGuid():N}";
        if (postgresAdmin.Length == 0)
        {
            var db = Path.Combine(work, "merge.db");
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
            settings["ConnectionStrings:ReleaseCalendar"] = $"Data Source={db}";
        }
        else
        {
            await AdminAsync(postgresAdmin, $"CREATE DATABASE {database}");
            settings["Data:Provider"] = "postgres";
            settings["ConnectionStrings:ReleaseCalendar"] = new Npgsql.NpgsqlConnectionStringBuilder(postgresAdmin) { Database = database }.ToString();
        }
        try { return await MeasureAsync(episodes, shows, settings); }
        finally
        {
            if (postgresAdmin.Length > 0)
            {
                Npgsql.NpgsqlConnection.ClearAllPools();
                await AdminAsync(postgresAdmin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }
        }
    }

    static async Task AdminAsync(string connection, string sql)
    {
        await using var admin = new Npgsql.NpgsqlConnection(connection);
        await admin.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    static async Task<IReadOnlyList<Figure>> MeasureAsync(int episodes, int shows, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddHosting();
        builder.AddData();
        builder.AddFeeds();
        builder.AddCatalog();
        builder.AddIngest();
        await using var app = builder.Build();
        await app.StartAsync();
        var writer = app.Services.GetRequiredService<IngestWriter>();
        var contexts = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var batchSize = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestOptions>>().Value.BatchSize;

        var figures = new List<Figure>();
        for (var n = 1; n <= shows; n++)
        {
            var slug = $"merge-show-{n}";
            Source source;
            int runId;
            await using (var ctx = await contexts.CreateDbContextAsync())
            {
                ctx.Subjects.Add(new Subject { Slug = slug, NameEn = $"Merge Show {n}", Kind = SubjectKind.Show });
                source = new Source { Type = SourceType.TvMaze, ExternalId = $"{n}", Subjects = [slug], Schedule = "0 0 * * * ?" };
                ctx.Sources.Add(source);
                await ctx.SaveChangesAsync();
                var run = new IngestRun { SourceId = source.Id, Trigger = "cli", Status = RunStatus.Running };
                ctx.Runs.Add(run);
                await ctx.SaveChangesAsync();
                runId = run.Id;
            }
            var now = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
            var items = TvMazeMapper.Map(TvMazeMapper.ParseShow(FakeUpstream.ShowJson(n, 0), "s"),
                TvMazeMapper.ParseEpisodes(FakeUpstream.EpisodesJson(n, episodes, 0), "e"), $"{n}", [slug], now).Items;
            using var sampler = Environment.GetEnvironmentVariable("MERGE_ALLOC_TYPES") is null ? null : new AllocationSampler();
            sampler?.Start();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (var done = 0; done < items.Count; done += batchSize)
            {
                var lap = watch.Elapsed;
                var result = await writer.WriteAsync(source, runId, items.Skip(done).Take(batchSize).ToList(), CancellationToken.None);
                if (result.Error is { } e) throw new InvalidOperationException(e.Detail);
                if (Environment.GetEnvironmentVariable("MERGE_LAPS") is not null)
                    Console.Error.WriteLine($"  batch at {done}: {(watch.Elapsed - lap).TotalMilliseconds:0} ms");
            }
            watch.Stop();
            sampler?.Stop();
            if (sampler is not null)
                foreach (var (type, bytes) in sampler.Top(40))
                    Console.Error.WriteLine($"  {bytes / (double)items.Count,10:N0} B/item  {type}");
            figures.Add(new Figure($"first merge of show {n} ({n - 1:N0} × {items.Count:N0} releases already stored)", items.Count,
                watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated,
                (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds));
        }
        await app.StopAsync();
        return figures;
    }
}
