using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ReleaseCalendar.Bench.Feeds;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;

// seed   --db FILE [--releases 10000] [--subjects 500] [--heavy 200] [--anchor 2026-01-01] [--events 1000] [--env FILE]
// seed   --provider postgres --postgres ADMIN-CONNECTION-STRING --database NAME [same options]   (a new database)
// render [--releases 10000] [--subjects 500] [--events 1000] [--samples 200] [--warmup 30]
// miss   --db FILE --days D [--samples 50] [--warmup 10]   (the stages of a cache miss, in process, on a seeded file)
var verb = args.FirstOrDefault() ?? "";
var opts = Options.Parse(args.Skip(1).ToArray());
var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
var shape = new CatalogShape(opts.Int("releases", 10_000), opts.Int("subjects", 500), opts.Int("heavy", 200),
    DateOnly.ParseExact(opts.Get("anchor", "2026-01-01"), "yyyy-MM-dd", CultureInfo.InvariantCulture));

switch (verb)
{
    case "seed" when opts.Get("provider", "sqlite") == "postgres":
        return await SeedPostgresAsync(opts.Get("postgres", ""), opts.Get("database", ""), opts.Get("env", ""), opts.Int("events", 1_000));
    case "seed":
        return await SeedAsync(opts.Get("db", ""), opts.Get("env", ""), opts.Int("events", 1_000));
    case "render":
        return Render(opts.Int("events", 1_000), opts.Int("samples", 200), opts.Int("warmup", 30));
    case "miss":
        return await MissAsync(opts.Get("db", ""), opts.Int("days", 219), opts.Int("samples", 50), opts.Int("warmup", 10));
    default:
        Console.Error.WriteLine("usage: Seeder seed --db FILE [--releases N] [--subjects M] [--heavy H] [--env FILE]");
        Console.Error.WriteLine("       Seeder seed --provider postgres --postgres ADMIN-CONNECTION-STRING --database NAME [...]");
        Console.Error.WriteLine("       Seeder render [--events 1000] [--samples 200] [--warmup 30]");
        return 2;
}

async Task<int> SeedAsync(string dbPath, string envPath, int windowEvents)
{
    if (dbPath.Length == 0) { Console.Error.WriteLine("--db FILE is required"); return 2; }
    var clock = Stopwatch.StartNew();
    var catalog = Catalog.Generate(shape);
    var connection = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(dbPath), Pooling = false }.ToString();
    var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options;

    await using (var db = new AppDbContext(options))
    {
        if (await db.Database.CanConnectAsync() && File.Exists(dbPath) && new FileInfo(dbPath).Length > 0)
        {
            Console.Error.WriteLine($"{dbPath} exists; the seeder only fills a new file.");
            return 1;
        }
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        await db.Database.CloseConnectionAsync();
        await db.Database.MigrateAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Subjects.AddRange(catalog.Subjects);
        db.Memberships.AddRange(catalog.Memberships);
        await db.SaveChangesAsync();
    }

    foreach (var batch in catalog.Releases.Chunk(5_000))
    {
        // A fresh context per batch keeps the change tracker (and the seeder's memory) small at 100,000 releases.
        await using var db = new AppDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Releases.AddRange(batch);
        await db.SaveChangesAsync();
    }

    return await ReportSeedAsync(catalog, dbPath, envPath, windowEvents, clock);
}

// The same catalog into a new PostgreSQL database, through the service's own data layer (AddData): its PostgreSQL
// migrations and model, applied as a replica applies them at start.
async Task<int> SeedPostgresAsync(string adminConnection, string database, string envPath, int windowEvents)
{
    if (adminConnection.Length == 0 || !System.Text.RegularExpressions.Regex.IsMatch(database, "^[a-z][a-z0-9_]{0,62}$"))
    {
        Console.Error.WriteLine("--postgres ADMIN-CONNECTION-STRING and --database NAME ([a-z][a-z0-9_]*) are required");
        return 2;
    }
    var clock = Stopwatch.StartNew();
    var catalog = Catalog.Generate(shape);
    await using (var admin = new NpgsqlConnection(adminConnection))
    {
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
        await create.ExecuteNonQueryAsync();
    }
    var connection = new NpgsqlConnectionStringBuilder(adminConnection) { Database = database }.ToString();
    var builder = Host.CreateApplicationBuilder([]);
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Data:Provider"] = "postgres", ["ConnectionStrings:ReleaseCalendar"] = connection, ["Data:SeedDemo"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
    });
    builder.AddHosting();
    builder.AddData();
    using var host = builder.Build();
    await host.StartAsync(); // the migrations
    var contexts = host.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
    await using (var db = await contexts.CreateDbContextAsync())
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Subjects.AddRange(catalog.Subjects);
        db.Memberships.AddRange(catalog.Memberships);
        await db.SaveChangesAsync();
    }
    foreach (var batch in catalog.Releases.Chunk(5_000))
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Releases.AddRange(batch);
        await db.SaveChangesAsync();
    }
    // Subjects were inserted with their ids: move every identity sequence past the largest id, as SQLite's
    // autoincrement does by itself, so the service's own inserts (admin writes in the bench) do not collide.
    await using (var db = await contexts.CreateDbContextAsync())
        await db.Database.ExecuteSqlRawAsync("""
            DO $$
            DECLARE c record; seq text;
            BEGIN
              FOR c IN SELECT table_schema, table_name, column_name FROM information_schema.columns
                       WHERE table_schema = current_schema() LOOP
                seq := pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name);
                IF seq IS NOT NULL THEN
                  EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM %I.%I), 0) + 1, false)',
                                 seq, c.column_name, c.table_schema, c.table_name);
                END IF;
              END LOOP;
            END $$;
            """);
    await host.StopAsync();
    return await ReportSeedAsync(catalog, $"PostgreSQL database {database}", envPath, windowEvents, clock);
}

async Task<int> ReportSeedAsync(Catalog catalog, string target, string envPath, int windowEvents, Stopwatch clock)
{
    var heavy = catalog.Releases.Count(r => r.Precision == ReleaseCalendar.Releases.DatePrecision.Day
        && r.Subjects.Any(s => s.SubjectId == 1));
    var (days, events) = catalog.WindowFor(today, windowEvents);
    Console.WriteLine($"Seeded {catalog.Releases.Count} releases over {catalog.Subjects.Count} subjects " +
        $"into {target} in {clock.ElapsedMilliseconds} ms; {Catalog.HeavySlug} has {heavy} feed events; " +
        $"pastDays=futureDays={days} holds {events} events (today {today:yyyy-MM-dd}).");
    if (envPath.Length > 0)
    {
        await File.WriteAllLinesAsync(envPath,
        [
            $"HEAVY_SLUG={Catalog.HeavySlug}", $"HEAVY_EVENTS={heavy}",
            $"WINDOW_DAYS={days}", $"WINDOW_EVENTS={events}",
            $"RELEASES={catalog.Releases.Count}", $"SUBJECTS={catalog.Subjects.Count}",
        ]);
    }
    return 0;
}

// The pure render only: 1,000 in-memory releases through CalendarBuilder.Build, as a cache miss does after
// its database read. Stopwatch, not BenchmarkDotNet: one number per call is what "cold render" means here.
int Render(int events, int samples, int warmup)
{
    var catalog = Catalog.Generate(shape);
    catalog.AttachSubjects();
    var (days, _) = catalog.WindowFor(today, events);
    var releases = catalog.InWindow(today, days).OrderBy(r => r.Date).ThenBy(r => r.Id).ToList();
    var header = new FeedHeader("K-pop & K-drama releases", "K-pop and K-drama release calendar. ReleaseCalendar.");
    var render = new FeedRenderOptions("bench.releasecalendar.local", "https://releases.example.org", "ru",
        TimeSpan.FromHours(3), null);

    var first = Stopwatch.StartNew();
    var bytes = CalendarBuilder.Build(header, releases, render);
    var firstMs = first.Elapsed.TotalMilliseconds;
    for (var i = 0; i < warmup; i++) CalendarBuilder.Build(header, releases, render);

    var build = new double[samples];
    var withETag = new double[samples];
    long allocated = 0;
    for (var i = 0; i < samples; i++)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        var b = CalendarBuilder.Build(header, releases, render);
        build[i] = sw.Elapsed.TotalMilliseconds;
        _ = FeedService.ETagOf(b);
        withETag[i] = sw.Elapsed.TotalMilliseconds;
        allocated += GC.GetAllocatedBytesForCurrentThread() - before;
    }
    Array.Sort(build);
    Array.Sort(withETag);
    var inv = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(inv, $"render events={releases.Count} bytes={bytes.Length} samples={samples} " +
        $"first_call_ms={firstMs:F1} median_ms={Pct(build, 50):F2} p95_ms={Pct(build, 95):F2} max_ms={build[^1]:F2} " +
        $"with_etag_median_ms={Pct(withETag, 50):F2} alloc_mb_per_render={allocated / (double)samples / 1e6:F1} " +
        $"gc_server={System.Runtime.GCSettings.IsServerGC}"));
    return 0;
}

// A cache miss of the combined feed split into its stages: FeedRequest.Parse, FeedLoader.LoadAsync (the database:
// every subject read, as on a cold cache, and after a write to one subject, when only that one is read again) and the
// render (CalendarBuilder.Build + ETag), timed one by one on the same seeded file the HTTP bench reads.
async Task<int> MissAsync(string dbPath, int days, int samples, int warmup)
{
    if (dbPath.Length == 0) { Console.Error.WriteLine("--db FILE is required"); return 2; }
    var connection = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(dbPath), Pooling = true }.ToString();
    var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connection).Options;
    var feedOptions = new FeedOptions();
    var cache = new FeedCache(Microsoft.Extensions.Options.Options.Create(feedOptions));
    var loader = new FeedLoader(new Contexts(options), cache);
    var query = new FeedQuery(null, null, days, days, null, null, null);
    var render = new FeedRenderOptions("bench.releasecalendar.local", "https://releases.example.org", "ru", TimeSpan.FromHours(3), null);
    var header = new FeedHeader("K-pop & K-drama releases", "K-pop and K-drama release calendar. ReleaseCalendar.");
    var (parse, load, build, reload) = (new double[samples], new double[samples], new double[samples], new double[samples]);
    var events = 0;
    for (var i = -warmup; i < samples; i++)
    {
        var sw = Stopwatch.StartNew();
        var request = FeedRequest.Parse(null, query, today, feedOptions).Request!;
        var t1 = sw.Elapsed.TotalMilliseconds;
        cache.Clear();
        var (data, _) = await loader.LoadAsync(request, cache.Generation, CancellationToken.None);
        var t2 = sw.Elapsed.TotalMilliseconds;
        var bytes = CalendarBuilder.Build(header, data!.Releases, render);
        _ = FeedService.ETagOf(bytes);
        var t3 = sw.Elapsed.TotalMilliseconds;
        events = data.Releases.Count;
        cache.Invalidate(new HashSet<int> { 3 }); // a write to one artist
        sw.Restart();
        await loader.LoadAsync(request, cache.Generation, CancellationToken.None);
        var t4 = sw.Elapsed.TotalMilliseconds;
        if (i < 0) continue;
        (parse[i], load[i], build[i], reload[i]) = (t1, t2 - t1, t3 - t2, t4);
    }
    Array.Sort(parse); Array.Sort(load); Array.Sort(build); Array.Sort(reload);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"miss events={events} samples={samples} " +
        $"parse_median_ms={Pct(parse, 50):F3} load_median_ms={Pct(load, 50):F2} load_p95_ms={Pct(load, 95):F2} " +
        $"load_after_write_median_ms={Pct(reload, 50):F2} load_after_write_p95_ms={Pct(reload, 95):F2} " +
        $"render_median_ms={Pct(build, 50):F2} render_p95_ms={Pct(build, 95):F2}"));
    return 0;
}

static double Pct(double[] sorted, int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

sealed class Contexts(DbContextOptions<AppDbContext> options) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => new(options);
}

sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected --name, got '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        return new Options(values);
    }

    public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
