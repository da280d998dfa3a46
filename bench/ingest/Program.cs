using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReleaseCalendar.Bench.Ingest;

// IngestBench --app DIR [--work DIR] [--port 5395] [--episodes 10000] [--groups 2000] [--rounds 3] [--wrk-seconds 10]
//             [--connections 16] [--counters PATH-to-dotnet-counters] [--passes 10]
//             [--worker-priority idle|nice10|normal] [--variants artist,show,worker] [--pace-ms 0]
// Starts the real service (ReleaseCalendar.dll in DIR) on a fresh SQLite file, serves a fake MusicBrainz and TVmaze on
// 127.0.0.1, and measures through the admin API: ingestion runs (first, unchanged, changed body with the same items)
// and a feed's p99 under wrk with and without a large ingestion going on. Prints a Markdown report on stdout.
var opts = Args.Parse(args);
// IngestBench --mode merge [--episodes 10000] [--shows 3] [--postgres ADMIN-CONNECTION-STRING]: only the in-process merge
// throughput (MergeThroughput.cs), on a SQLite file or, with --postgres, in a new database on that server.
if (opts.Get("mode", "") == "merge")
{
    var dir = Directory.CreateTempSubdirectory("rc-merge-bench.").FullName;
    var postgres = opts.Get("postgres", "");
    var store = postgres.Length == 0 ? "real SQLite file" : "real PostgreSQL database";
    Console.WriteLine($"| merge (in process, {store}) | items | s | items/s | CPU s | items per CPU s | allocated per item |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var f in await MergeThroughput.MeasureAsync(opts.Int("episodes", 10_000), opts.Int("shows", 3), dir, postgres))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {f.Name} | {f.Items:N0} | {f.Seconds:0.00} | {f.Items / f.Seconds:N0} | {f.CpuSeconds:0.00} | {f.Items / f.CpuSeconds:N0} | {f.AllocatedBytes / (double)f.Items:N0} B |"));
    if (Environment.GetEnvironmentVariable("MERGE_KEEP") is null) Directory.Delete(dir, recursive: true);
    else Console.Error.WriteLine($"kept {dir}");
    return 0;
}
var appDir = opts.Get("app", "");
if (appDir.Length == 0 || !File.Exists(Path.Combine(appDir, "ReleaseCalendar.dll")))
{
    Console.Error.WriteLine("usage: IngestBench --app DIR-with-ReleaseCalendar.dll [--work DIR] [--port 5395] ...");
    return 2;
}
var work = opts.Get("work", Directory.CreateTempSubdirectory("rc-ingest-bench.").FullName);
Directory.CreateDirectory(work);
var port = opts.Int("port", 5395);
var episodes = opts.Int("episodes", 10_000);
var groups = opts.Int("groups", 2_000);
var rounds = opts.Int("rounds", 3);
var wrkSeconds = opts.Int("wrk-seconds", 10);
var connections = opts.Int("connections", 16);
var countersTool = opts.Get("counters", "");
var passes = opts.Int("passes", 10);
// wrk at full speed (0) saturates both cores, where even a busy loop at idle priority costs a request ×1.5 at the p99;
// N > 0 has each connection wait N ms between its requests (a wrk Lua delay()), a load that leaves the cores some slack.
var paceMs = opts.Int("pace-ms", 0);
if (paceMs > 0)
{
    Wrk.Script = Path.Combine(work, "pace.lua");
    File.WriteAllText(Wrk.Script, $"function delay()\n  return {paceMs}\nend\n");
}
// How the worker process yields to the web process: "idle" (SCHED_IDLE by chrt: it runs only when no normal thread wants
// a core, and a woken request thread preempts it at once), "nice10" (nice -n 10) or "normal".
var workerPriority = opts.Get("worker-priority", "idle");
// Which latency variants to run: artist (ingestion in the service), show (the large feed), worker (a second process).
var variants = opts.Get("variants", "artist,show,worker").Split(',');
// Extra environment for the worker process only, "NAME=value;NAME=value" (e.g. DOTNET_gcServer=0 to try its GC).
var workerEnv = opts.Get("worker-env", "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");
// "idle" mirrors deploy/releasecalendar-worker.service: CPU and I/O both in the idle class.
string[] workerPrefix = workerPriority switch
{
    "idle" => ["ionice", "-c", "3", "chrt", "--idle", "0"],
    "nice10" => ["nice", "-n", "10"],
    _ => [],
};
// CPUs the worker may run on (taskset -c LIST, as systemd's CPUAffinity=), empty for all.
var workerCpus = opts.Get("worker-cpus", "");
// A/B in one run: odd rounds with the worker's threads moved to this CPU list (taskset -a -p), even rounds on all CPUs,
// so each pair of rounds shares the web process, the worker and the machine's state of the moment.
var workerCpusAb = opts.Get("worker-cpus-ab", "");
if (workerCpus.Length > 0) workerPrefix = ["taskset", "-c", workerCpus, .. workerPrefix];
var workerLabel = workerPriority switch
{
    "idle" => "ingestion in a worker process at SCHED_IDLE (ionice idle)",
    "nice10" => "ingestion in a worker process at nice 10",
    _ => "ingestion in a worker process at normal priority",
};
if (workerCpus.Length > 0) workerLabel += $", on CPU {workerCpus} only";
// A CPU cap for the worker in percent of one core (a cgroup's CFS quota, as systemd's CPUQuota=), 0 for none: an idle-
// priority worker still fills every idle moment, and a request that wakes must first take a core back from it.
var workerQuota = opts.Int("worker-cpu-quota", 0);
if (workerQuota > 0) workerLabel += $", capped at {workerQuota}% of a core";
if (workerEnv.Count > 0) workerLabel += ", worker with " + string.Join(' ', workerEnv.Select(kv => $"{kv.Key}={kv.Value}"));
var report = new StringBuilder();
void Log(string s) => Console.Error.WriteLine(">> " + s);

// ---- 1. in-process: parse + map allocations ----------------------------------------------------------------
Log($"in-process mapper harness ({passes} passes)");
var mapperFigures = MapperAllocations.Measure(episodes, groups, passes, 2000);

// ---- 2. the fake upstream and the real service -------------------------------------------------------------
await using var fake = await FakeUpstream.StartAsync(episodes, groups);
Log($"fake upstream on {fake.BaseUrl}");
var adminKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
var baseUrl = $"http://127.0.0.1:{port}";
var db = Path.Combine(work, "ingest.db");
foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
var env = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["ConnectionStrings__ReleaseCalendar"] = $"Data Source={db}",
    ["Data__SeedDemo"] = "false",
    ["Ingest__SchedulerEnabled"] = "true",
    ["Ingest__Http__AllowedNetworks__0"] = "127.0.0.1/32",
    ["Ingest__MusicBrainz__BaseUrl"] = new Uri(fake.BaseUrl, "mb/").ToString(),
    ["Ingest__MusicBrainz__Contact"] = "ingest-bench@releasecalendar.invalid",
    ["Ingest__TvMaze__BaseUrl"] = new Uri(fake.BaseUrl, "tvmaze/").ToString(),
    ["Logging__LogLevel__Default"] = "Warning",
    ["Public__BaseUrl"] = baseUrl,
    ["Public__UidHost"] = "bench.releasecalendar.local",
    ["Admin__Keys__0__Name"] = "bench",
    ["Admin__Keys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(adminKey))),
};
var started = new List<BenchProcess>();
// The service under test: with its scheduler (in-service ingestion) or, for the worker variant, as a web process that
// queues runs for a worker process (Ingest:QueueRunsForWorker), each with its own log.
async Task<BenchProcess> StartServiceAsync(string name, string url, string[] prefix, IReadOnlyDictionary<string, string> overrides)
{
    var all = new Dictionary<string, string>(env);
    foreach (var (k, v) in overrides) all[k] = v;
    var process = BenchProcess.Start(appDir, [.. prefix, "dotnet", "ReleaseCalendar.dll", "--urls", url], all, Path.Combine(work, name + ".log"));
    started.Add(process);
    using var probe = new HttpClient { BaseAddress = new Uri(url) };
    for (var i = 0; ; i++)
    {
        if (process.HasExited) throw new InvalidOperationException($"{name} exited; see {work}/{name}.log");
        try { if ((await probe.GetAsync("/health/ready")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
        if (i == 240) throw new InvalidOperationException($"{name} was not ready after 120 s");
        await Task.Delay(500);
    }
    Log($"{name} ready, pid {process.Id}");
    return process;
}
try
{
    using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
    http.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
    var server = await StartServiceAsync("server", baseUrl, [], new Dictionary<string, string>());
    var api = new Api(http);

    // A plain artist with 50 releases (not ingested), the show and the MusicBrainz artist.
    await api.SubjectAsync("bench-artist", "artist", "Bench Artist");
    for (var i = 0; i < 50; i++)
        await api.PostAsync("/api/admin/releases", new
        {
            subjects = new[] { "bench-artist" }, title = $"Bench Single {i + 1:D2}", kind = "single",
            date = new DateOnly(2020, 1, 1).AddDays(i * 30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            time = "18:00", timeZone = "Asia/Seoul", status = "released",
        });
    await api.SubjectAsync("bench-show-1", "show", "Bench Show 1");
    await api.SubjectAsync("bench-mb", "artist", "Bench MB Artist");
    const string mbid = "3f0e1a2b-0000-4000-8000-00000000be0c";
    var tvSource = await api.SourceAsync("tvmaze", "1", "bench-show-1");
    var mbSource = await api.SourceAsync("musicbrainz", mbid, "bench-mb");

    await using var counters = new Counters(countersTool, server.Id, work); // idempotent: also stopped before section 3
    var runRows = new List<(string Row, DateTime From, DateTime To)>();
    async Task<Run> Measure(string label, int source, int expectPages)
    {
        fake.Drain();
        var from = Counters.Now();
        var run = await api.RunAsync(source);
        var to = Counters.Now();
        var requests = fake.Drain();
        var spacing = 0.0;
        if (source == mbSource && requests.Count > 1)
            spacing = Stopwatch.GetElapsedTime(requests[0].Timestamp, requests[^1].Timestamp).TotalSeconds;
        var s200 = requests.Count(r => r.Status == 200);
        var s304 = requests.Count(r => r.Status == 304);
        var items = run.Seen;
        // MusicBrainz: 1 request/s is enforced by the service, so (pages - 1) s of the run are mandatory waiting.
        var mandatory = source == mbSource ? Math.Max(0, requests.Count - 1) * 1.0 : 0;
        var wall = run.WallSeconds;
        var ips = items / wall;
        var ipsEx = items > 0 && mandatory > 0 && wall > mandatory ? items / (wall - mandatory) : double.NaN;
        runRows.Add((string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {items:N0} | {wall:0.00} | {(items == 0 ? "—" : ips.ToString("N0", CultureInfo.InvariantCulture))} | " +
            $"{(double.IsNaN(ipsEx) ? "—" : ipsEx.ToString("N0", CultureInfo.InvariantCulture))} | {run.HttpCalls} ({s200}×200, {s304}×304) | " +
            $"{run.NotModified.ToString().ToLowerInvariant()} | {run.Created} | {run.Updated} | {run.Unchanged} | {run.Rejected} | GC |"), from, to));
        Log($"{label}: {run.Status}, seen {items}, {wall:0.00} s, created {run.Created}, updated {run.Updated}, unchanged {run.Unchanged}, " +
            $"http {run.HttpCalls} ({s200}x200 {s304}x304), notModified {run.NotModified}, upstream span {spacing:0.0} s");
        if (run.Status != "succeeded") throw new InvalidOperationException($"{label}: run {run.Id} {run.Status}: {run.Error}");
        return run;
    }

    // A service that just started compiles its code as it goes (tiered JIT): the first run of anything pays for it.
    // Measured once on its own show, so that the first runs below measure ingestion, not the JIT.
    Log("TVmaze: first run of a show in the freshly started service (cold JIT)");
    await api.SubjectAsync("bench-show-cold", "show", "Bench Show Cold");
    var coldSource = await api.SourceAsync("tvmaze", "98", "bench-show-cold");
    await Measure($"TVmaze, {episodes:N0} episodes: first run, service just started (cold JIT)", coldSource, 2);
    Log("TVmaze: first run, unchanged re-run");
    var tvFirst = await Measure($"TVmaze, {episodes:N0} episodes: first run", tvSource, 2);
    var tvSame = await Measure("TVmaze: unchanged re-run", tvSource, 2);
    Log("MusicBrainz: first run, unchanged re-run (1 request/s)");
    var mbFirst = await Measure($"MusicBrainz, {groups:N0} groups: first run", mbSource, 20);
    var mbSame = await Measure("MusicBrainz: unchanged re-run", mbSource, 20);

    var showFeed = await api.FeedAsync("bench-show-1");
    var mbFeed = await api.FeedAsync("bench-mb");
    fake.Generation = 1; // every body changes, the items do not
    var tvChanged = await Measure("TVmaze: changed 200 bodies, same items", tvSource, 2);
    var mbChanged = await Measure("MusicBrainz: changed 200 bodies, same items", mbSource, 20);
    var showFeedAfter = await api.FeedAsync("bench-show-1");
    var mbFeedAfter = await api.FeedAsync("bench-mb");

    // The service's GC figures per run; the session ends here, as the latency section may restart the service.
    await counters.DisposeAsync(); // the session's file is complete only once it stops
    var summarisedRows = new List<string>();
    foreach (var (row, from, to) in runRows) summarisedRows.Add(row.Replace("| GC |", $"| {await counters.SummariseAsync(from, to)} |", StringComparison.Ordinal));

    // ---- 3. feed latency under ingestion -----------------------------------------------------------------
    var artistFeed = $"{baseUrl}/feeds/bench-artist.ics";
    var showFeedUrl = $"{baseUrl}/feeds/bench-show-1.ics";
    var artistEvents = (await http.GetStringAsync(artistFeed)).Split("BEGIN:VEVENT").Length - 1;
    var showEvents = (await http.GetStringAsync(showFeedUrl)).Split("BEGIN:VEVENT").Length - 1;
    Log("wrk warm-up");
    await Wrk.RunAsync(artistFeed, 5, connections);
    await Wrk.RunAsync(showFeedUrl, 5, connections);
    var nextShow = 100;
    var latencyRows = new List<string>();
    var ratios = new Dictionary<string, List<(double Plain, double Loaded)>>();
    // How often a run is polled through the admin API while wrk measures; the plain window carries the same polls.
    const int LatencyPollMs = 250;
    const int SettleSeconds = 3;
    // worker: null for ingestion in the service, else how the worker process runs (the row's label).
    async Task MeasureLatencyAsync(int round, string name, string url, string? worker)
    {
        // A short unmeasured run first: the window before may have written 80,000 releases, and what the service still
        // pays for them (its collector on a grown heap) belongs to neither window.
        await Wrk.RunAsync(url, SettleSeconds, connections);
        using var watching = new CancellationTokenSource();
        var watch = api.WatchAsync(LatencyPollMs, watching.Token);
        var plain = await Wrk.RunAsync(url, wrkSeconds, connections);
        await watching.CancelAsync();
        await watch;
        // Fresh shows, each a first run of `episodes` episodes, back to back for the whole wrk window.
        var pending = new List<int>();
        for (var k = 0; k < 8; k++)
        {
            var id = nextShow++;
            await api.SubjectAsync($"bench-show-{id}", "show", $"Bench Show {id}");
            pending.Add(await api.SourceAsync("tvmaze", id.ToString(CultureInfo.InvariantCulture), $"bench-show-{id}"));
        }
        using var stop = new CancellationTokenSource();
        var ingested = 0;
        var runs = 0;
        var ingestClock = Stopwatch.StartNew();
        var loop = Task.Run(async () =>
        {
            foreach (var source in pending)
            {
                if (stop.IsCancellationRequested) break;
                ingested += (await api.RunAsync(source, LatencyPollMs)).Created;
                runs++;
            }
            return ingestClock.Elapsed.TotalSeconds;
        });
        await Task.Delay(300); // the first run is reading and merging when wrk starts
        var loaded = await Wrk.RunAsync(url, wrkSeconds, connections);
        stop.Cancel();
        var ingestSeconds = await loop;
        var ratio = loaded.P99Ms / plain.P99Ms;
        var key = worker is null ? name : $"{name} ({worker})";
        if (!ratios.TryGetValue(key, out var pairs)) ratios[key] = pairs = [];
        pairs.Add((plain.P99Ms, loaded.P99Ms));
        latencyRows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {round} | {(name == "artist" ? $"bench-artist ({artistEvents} events)" : $"bench-show-1 ({showEvents:N0} events)")}{(worker is null ? "" : ", " + worker)} | " +
            $"{plain.Rps:N0} | {plain.P99Ms:0.00} | {loaded.Rps:N0} | {loaded.P99Ms:0.00} | **{ratio:0.00}** | " +
            $"{runs} runs, {ingested:N0} releases created in {ingestSeconds:0.0} s | {plain.Errors}/{loaded.Errors} |"));
        Log($"round {round} {name}{(worker is null ? "" : $" ({worker})")}: plain p99 {plain.P99Ms:0.00} ms ({plain.Rps:0} req/s), under ingestion p99 " +
            $"{loaded.P99Ms:0.00} ms ({loaded.Rps:0} req/s), ratio {ratio:0.00}; {runs} runs, {ingested} created in {ingestSeconds:0.0} s");
    }

    // Ingestion in the service: its scheduler runs the jobs on the cores that serve the feeds.
    for (var round = 1; round <= rounds; round++)
        foreach (var (name, url) in new[] { ("artist", artistFeed), ("show", showFeedUrl) }.Where(v => variants.Contains(v.Item1)))
            await MeasureLatencyAsync(round, name, url, worker: null);

    // Ingestion in a worker process (README, "A worker process"): the service restarts as a web process whose scheduler
    // is off and which queues the runs (Ingest:QueueRunsForWorker); a second process on the same database, at idle CPU
    // priority, runs them. The web process learns of the worker's writes by polling (Catalog:ForeignWritePoll).
    if (variants.Contains("worker"))
    {
        await server.DisposeAsync();
        server = await StartServiceAsync("web", baseUrl, [], new Dictionary<string, string>
        {
            ["Ingest__SchedulerEnabled"] = "false", ["Ingest__QueueRunsForWorker"] = "true",
        });
        var workerUrl = $"http://127.0.0.1:{port + 1}";
        var workerOverrides = new Dictionary<string, string>(workerEnv)
        {
            ["Ingest__SchedulerEnabled"] = "true", ["Ingest__SchedulerIdleWait"] = "00:00:01", ["Public__BaseUrl"] = workerUrl,
        };
        var workerProcess = await StartServiceAsync("worker", workerUrl, workerPrefix, workerOverrides);
        if (workerQuota > 0) CpuCap.Apply(workerProcess.Id, workerQuota);
        Log("wrk warm-up of the web process");
        await Wrk.RunAsync(artistFeed, 5, connections);
        for (var round = 1; round <= rounds; round++)
        {
            var label = workerLabel;
            if (workerCpusAb.Length > 0)
            {
                var pinned = round % 2 == 1;
                await Tool.RunAsync("taskset", ["-a", "-p", "-c", pinned ? workerCpusAb : $"0-{Environment.ProcessorCount - 1}", $"{workerProcess.Id}"]);
                label += pinned ? $", on CPU {workerCpusAb} only" : ", on all CPUs";
            }
            await MeasureLatencyAsync(round, "artist", artistFeed, worker: label);
        }
    }

    // ---- report -----------------------------------------------------------------------------------------
    var r = report;
    r.AppendLine(CultureInfo.InvariantCulture, $"## Ingestion benchmark {TimeProvider.System.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ}");
    r.AppendLine();
    r.AppendLine("Runs through the admin API (POST /api/admin/sources/{id}/run, then GET /api/admin/runs/{id} every 20 ms); seconds are");
    r.AppendLine("wall time from the POST to the poll that saw the run finished. GC: the service's own figures from dotnet-counters");
    r.AppendLine("(System.Runtime) over the same span: bytes allocated and collections per generation.");
    r.AppendLine();
    r.AppendLine("| run | items | s | items/s | items/s without the 1 req/s spacing | HTTP calls | notModified | created | updated | unchanged | rejected | service GC |");
    r.AppendLine("| --- | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | --- |");
    foreach (var row in summarisedRows) r.AppendLine(row);
    r.AppendLine();
    r.AppendLine(CultureInfo.InvariantCulture, $"Feeds across the changed-body re-runs: bench-show-1 Last-Modified {showFeed.LastModified} → {showFeedAfter.LastModified}, " +
        $"ETag {(showFeed.ETag == showFeedAfter.ETag ? "unchanged" : "CHANGED")}; bench-mb Last-Modified {mbFeed.LastModified} → {mbFeedAfter.LastModified}, " +
        $"ETag {(mbFeed.ETag == mbFeedAfter.ETag ? "unchanged" : "CHANGED")}.");
    r.AppendLine();
    r.AppendLine(CultureInfo.InvariantCulture, $"Payloads: TVmaze episodes {fake.BodyBytes("episodes:1"):N0} bytes; MusicBrainz 100 groups a page.");
    r.AppendLine();
    r.AppendLine(CultureInfo.InvariantCulture, $"In process, one thread, {passes} passes after 3 warm-up passes (Stopwatch + GC.GetAllocatedBytesForCurrentThread):");
    r.AppendLine();
    r.AppendLine("| pure step | items | body bytes | ms per pass | items/s | allocated bytes per item |");
    r.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
    foreach (var f in mapperFigures)
        r.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {f.Name} | {f.Items:N0} | {f.BodyBytes:N0} | {f.MsPerPass:0.0} | {f.ItemsPerSecond:N0} | {f.BytesPerItem:N0} |"));
    r.AppendLine();
    r.AppendLine(CultureInfo.InvariantCulture, $"Feed p99 under load: wrk -t2 -c{connections} -d{wrkSeconds}s --latency{(paceMs > 0 ? $" with each connection pausing {paceMs} ms between requests" : "")}, plain then while fresh {episodes:N0}-episode shows are");
    r.AppendLine("ingested back to back (each a first run into SQLite), interleaved per round.");
    r.AppendLine();
    r.AppendLine("| round | feed | plain req/s | plain p99 ms | ingesting req/s | ingesting p99 ms | ratio | ingestion during the window | wrk errors (plain/ingesting) |");
    r.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |");
    foreach (var row in latencyRows) r.AppendLine(row);
    r.AppendLine();
    // A 3 ms p99 moves by a millisecond from window to window: the ratio of the medians is read beside the median ratio.
    foreach (var (name, list) in ratios.Where(x => x.Value.Count > 0))
        r.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Median p99 ratio, {name} feed: {Median([.. list.Select(x => x.Loaded / x.Plain)]):0.00} (target ≤ 1.5); median p99 plain " +
            $"{Median([.. list.Select(x => x.Plain)]):0.00} ms, ingesting {Median([.. list.Select(x => x.Loaded)]):0.00} ms " +
            $"(ratio of the medians {Median([.. list.Select(x => x.Loaded)]) / Median([.. list.Select(x => x.Plain)]):0.00}, {list.Count} windows each)."));
    _ = (tvFirst, tvSame, mbFirst, mbSame, tvChanged, mbChanged);
    Console.Out.Write(r.ToString());
    return 0;
}
finally
{
    foreach (var process in started) await process.DisposeAsync();
    if (workerQuota > 0) CpuCap.Remove();
}

static double Median(List<double> xs)
{
    var s = xs.Order().ToList();
    return s.Count == 0 ? double.NaN : s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
}

sealed record Run(int Id, string Status, int Seen, int Created, int Updated, int Unchanged, int Rejected, int HttpCalls, bool NotModified,
    string? Error, double WallSeconds);

sealed record FeedState(string? ETag, string? LastModified);

sealed class Api(HttpClient http)
{
    public async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task SubjectAsync(string slug, string kind, string name) =>
        PostAsync("/api/admin/subjects", new { slug, kind, names = new { en = name } });

    public async Task<int> SourceAsync(string type, string externalId, string subject) =>
        (await PostAsync("/api/admin/sources", new
        {
            type, externalId, subjects = new[] { subject }, schedule = "0 0 4 1 1 ?", enabled = true, priority = 0,
        })).GetProperty("id").GetInt32();

    /// <summary>The last run asked for, for <see cref="WatchAsync"/>.</summary>
    public Uri? LastRun { get; private set; }

    /// <summary>Asks for a run and polls it every <paramref name="pollMs"/> until it ends.</summary>
    public async Task<Run> RunAsync(int source, int pollMs = 20)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync($"/api/admin/sources/{source}/run", null);
        if (response.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"run of source {source}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var location = LastRun = response.Headers.Location!;
        while (true)
        {
            var run = await http.GetFromJsonAsync<JsonElement>(location);
            var status = run.GetProperty("status").GetString()!;
            if (status != "running")
            {
                var wall = clock.Elapsed.TotalSeconds;
                return new Run(run.GetProperty("id").GetInt32(), status, run.GetProperty("seen").GetInt32(), run.GetProperty("created").GetInt32(),
                    run.GetProperty("updated").GetInt32(), run.GetProperty("unchanged").GetInt32(), run.GetProperty("rejected").GetInt32(),
                    run.GetProperty("httpCalls").GetInt32(), run.GetProperty("notModified").GetBoolean(),
                    run.GetProperty("error").ValueKind == JsonValueKind.String ? run.GetProperty("error").GetString() : null, wall);
            }
            await Task.Delay(pollMs);
        }
    }

    /// <summary>The same admin reads as a run's poll, on the last run, until cancelled: a window without ingestion then
    /// carries the same requests as one with it, so that the two differ by the ingestion alone.</summary>
    public async Task WatchAsync(int pollMs, CancellationToken ct)
    {
        if (LastRun is not { } location) return;
        while (!ct.IsCancellationRequested)
        {
            using var response = await http.GetAsync(location, CancellationToken.None);
            response.EnsureSuccessStatusCode();
            try { await Task.Delay(pollMs, ct); } catch (OperationCanceledException) { return; }
        }
    }

    public async Task<FeedState> FeedAsync(string slug)
    {
        using var response = await http.GetAsync($"/feeds/{slug}.ics");
        response.EnsureSuccessStatusCode();
        return new FeedState(response.Headers.ETag?.Tag, response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
    }
}

sealed record WrkResult(double Rps, double P99Ms, string Errors);

static class Tool
{
    /// <summary>Runs a command to its end; a non-zero exit stops the benchmark.</summary>
    public static async Task RunAsync(string file, string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true })!;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}");
    }
}

/// <summary>Puts a process into a cgroup (v1 cpu controller, the one this machine mounts) with a CFS quota.</summary>
static class CpuCap
{
    const string Group = "/sys/fs/cgroup/cpu/rc-ingest-bench-worker";

    public static void Apply(int pid, int percentOfCore)
    {
        Directory.CreateDirectory(Group);
        File.WriteAllText(Path.Combine(Group, "cpu.cfs_period_us"), "100000");
        File.WriteAllText(Path.Combine(Group, "cpu.cfs_quota_us"), (percentOfCore * 1000).ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(Group, "cgroup.procs"), pid.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Removes the group once its processes have ended (the kernel refuses while any is left).</summary>
    public static void Remove()
    {
        try { Directory.Delete(Group); }
        catch (IOException e) { Console.Error.WriteLine($">> {Group} left in place: {e.Message}"); }
    }
}

static class Wrk
{
    /// <summary>A Lua script for every wrk run (--pace-ms), or null for wrk at full speed.</summary>
    public static string? Script { get; set; }

    public static async Task<WrkResult> RunAsync(string url, int seconds, int connections)
    {
        string[] args = ["-t2", $"-c{connections}", $"-d{seconds}s", "--latency", .. Script is null ? [] : new[] { "-s", Script }, url];
        var psi = new ProcessStartInfo("wrk", args) { RedirectStandardOutput = true, UseShellExecute = false };
        using var wrk = Process.Start(psi)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        double rps = 0, p99 = double.NaN;
        var errors = new List<string>();
        foreach (var line in output.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("Requests/sec:", StringComparison.Ordinal))
                rps = double.Parse(line["Requests/sec:".Length..].Trim(), CultureInfo.InvariantCulture);
            else if (line.StartsWith("99%", StringComparison.Ordinal)) p99 = Millis(line[3..].Trim());
            else if (line.StartsWith("Non-2xx", StringComparison.Ordinal) || line.StartsWith("Socket errors", StringComparison.Ordinal))
                errors.Add(line);
        }
        return new WrkResult(rps, p99, errors.Count == 0 ? "none" : string.Join("; ", errors));
    }

    static double Millis(string v)
    {
        var unit = new string(v.SkipWhile(c => char.IsDigit(c) || c == '.').ToArray());
        var n = double.Parse(v[..^unit.Length], CultureInfo.InvariantCulture);
        return unit switch { "us" => n / 1000, "s" => n * 1000, "m" => n * 60_000, _ => n };
    }
}

/// <summary>One dotnet-counters session on the service for the whole benchmark (System.Runtime, 1 s refresh); a run's
/// figures are the rows whose timestamps fall in its span, so spans shorter than a second read as one or two rows.</summary>
sealed class Counters : IAsyncDisposable
{
    readonly Process? _process;
    readonly string _file;
    bool _stopped;

    public Counters(string tool, int pid, string work)
    {
        _file = Path.Combine(work, "counters.csv");
        if (tool.Length == 0) return;
        File.Delete(_file);
        _process = Process.Start(new ProcessStartInfo(tool, ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--counters",
            "System.Runtime", "--format", "csv", "-o", _file, "--refresh-interval", "1"])
        { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false })!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Thread.Sleep(2000); // the session attaches
    }

    public static DateTime Now() => TimeProvider.System.GetUtcNow().UtcDateTime;

    /// <summary>CSV rows: Timestamp,Provider,Counter Name,Counter Type,Mean/Increment. Allocation, GC counts, GC pause and CPU are
    /// per-second rates at a 1 s refresh, so their sum over the rows of a span is the span's total.</summary>
    public async Task<string> SummariseAsync(DateTime from, DateTime to)
    {
        if (_process is null) return "n/a";
        if (!File.Exists(_file)) return "n/a";
        double allocated = 0, pause = 0, cpu = 0, peak = 0;
        var gcs = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var first = from.AddSeconds(-1);
        var last = to.AddSeconds(1);
        using var stream = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
        {
            var cols = SplitCsv(line);
            if (cols.Count < 5 || !double.TryParse(cols[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            if (!DateTime.TryParse(cols[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
                || at < first || at > last) continue;
            var name = cols[2];
            if (name.StartsWith("dotnet.gc.heap.total_allocated", StringComparison.Ordinal)) allocated += value;
            else if (name.StartsWith("dotnet.gc.pause.time", StringComparison.Ordinal)) pause += value;
            else if (name.StartsWith("dotnet.process.cpu.time", StringComparison.Ordinal)) cpu += value;
            else if (name.StartsWith("dotnet.process.memory.working_set", StringComparison.Ordinal)) peak = Math.Max(peak, value);
            else if (name.StartsWith("dotnet.gc.collections", StringComparison.Ordinal))
            {
                var gen = name[(name.LastIndexOf('=') + 1)..].TrimEnd(']');
                gcs[gen] = gcs.GetValueOrDefault(gen) + value;
            }
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{allocated / 1024 / 1024:N0} MB allocated, GCs {string.Join("/", gcs.Values.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))} " +
            $"(gen0/1/2), pause {pause:0.00} s, CPU {cpu:0.0} s, working set ≤ {peak / 1024 / 1024:N0} MB");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null || _stopped) return;
        _stopped = true;
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await _process.WaitForExitAsync(timeout.Token); } catch (OperationCanceledException) { _process.Kill(); }
        _process.Dispose();
    }

    static List<string> SplitCsv(string line)
    {
        var cols = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cols.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        cols.Add(sb.ToString());
        return cols;
    }
}

sealed class Args(Dictionary<string, string> values)
{
    public static Args Parse(string[] args)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) d[args[i].TrimStart('-')] = args[i + 1];
        return new Args(d);
    }

    public string Get(string key, string fallback) => values.GetValueOrDefault(key, fallback);
    public int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>A service process of the benchmark (optionally under chrt/nice), its output kept in a log file.</summary>
sealed class BenchProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly StreamWriter _log;
    bool _disposed;

    BenchProcess(Process process, StreamWriter log) => (_process, _log) = (process, log);

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    public static BenchProcess Start(string directory, string[] command, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        var psi = new ProcessStartInfo(command[0], command[1..])
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        var process = Process.Start(psi)!;
        var log = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BenchProcess(process, log);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited) { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
