using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Bench.Feeds;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;

// seed   --db FILE [--releases 10000] [--subjects 500] [--heavy 200] [--anchor 2026-01-01] [--events 1000] [--env FILE]
// render [--releases 10000] [--subjects 500] [--events 1000] [--samples 200] [--warmup 30]
var verb = args.FirstOrDefault() ?? "";
var opts = Options.Parse(args.Skip(1).ToArray());
var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
var shape = new CatalogueShape(opts.Int("releases", 10_000), opts.Int("subjects", 500), opts.Int("heavy", 200),
    DateOnly.ParseExact(opts.Get("anchor", "2026-01-01"), "yyyy-MM-dd", CultureInfo.InvariantCulture));

switch (verb)
{
    case "seed":
        return await SeedAsync(opts.Get("db", ""), opts.Get("env", ""), opts.Int("events", 1_000));
    case "render":
        return Render(opts.Int("events", 1_000), opts.Int("samples", 200), opts.Int("warmup", 30));
    default:
        Console.Error.WriteLine("usage: Seeder seed --db FILE [--releases N] [--subjects M] [--heavy H] [--env FILE]");
        Console.Error.WriteLine("       Seeder render [--events 1000] [--samples 200] [--warmup 30]");
        return 2;
}

async Task<int> SeedAsync(string dbPath, string envPath, int windowEvents)
{
    if (dbPath.Length == 0) { Console.Error.WriteLine("--db FILE is required"); return 2; }
    var clock = Stopwatch.StartNew();
    var catalogue = Catalogue.Generate(shape);
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
        db.Subjects.AddRange(catalogue.Subjects);
        db.Memberships.AddRange(catalogue.Memberships);
        await db.SaveChangesAsync();
    }

    foreach (var batch in catalogue.Releases.Chunk(5_000))
    {
        // A fresh context per batch keeps the change tracker (and the seeder's memory) small at 100,000 releases.
        await using var db = new AppDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Releases.AddRange(batch);
        await db.SaveChangesAsync();
    }

    var heavy = catalogue.Releases.Count(r => r.Precision == ReleaseCalendar.Releases.DatePrecision.Day
        && r.Subjects.Any(s => s.SubjectId == 1));
    var (days, events) = catalogue.WindowFor(today, windowEvents);
    Console.WriteLine($"Seeded {catalogue.Releases.Count} releases over {catalogue.Subjects.Count} subjects " +
        $"into {dbPath} in {clock.ElapsedMilliseconds} ms; {Catalogue.HeavySlug} has {heavy} feed events; " +
        $"pastDays=futureDays={days} holds {events} events (today {today:yyyy-MM-dd}).");
    if (envPath.Length > 0)
    {
        await File.WriteAllLinesAsync(envPath,
        [
            $"HEAVY_SLUG={Catalogue.HeavySlug}", $"HEAVY_EVENTS={heavy}",
            $"WINDOW_DAYS={days}", $"WINDOW_EVENTS={events}",
            $"RELEASES={catalogue.Releases.Count}", $"SUBJECTS={catalogue.Subjects.Count}",
        ]);
    }
    return 0;
}

// The pure render only: 1,000 in-memory releases through CalendarBuilder.Build, as a cache miss does after
// its database read. Stopwatch, not BenchmarkDotNet: one number per call is what "cold render" means here.
int Render(int events, int samples, int warmup)
{
    var catalogue = Catalogue.Generate(shape);
    catalogue.AttachSubjects();
    var (days, _) = catalogue.WindowFor(today, events);
    var releases = catalogue.InWindow(today, days).OrderBy(r => r.Date).ThenBy(r => r.Id).ToList();
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

static double Pct(double[] sorted, int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

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
