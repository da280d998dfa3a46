using System.Diagnostics;
using BenchmarkDotNet.Running;
using ReleaseCalendar.Extraction;
using ReleaseCalendar.Extraction.Bench;

// "script" (the default): articles/second on one core and memory over 100,000 articles, in a couple of minutes.
// "bdn": the BenchmarkDotNet suite (ExtractorBenchmarks), for per-call time and allocations.
if (args.Length > 0 && args[0] == "bdn")
{
    BenchmarkSwitcher.FromAssembly(typeof(ExtractorBenchmarks).Assembly).Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "slowest")
{
    // The pages that cost most, to tell a slow page from a slow host.
    var all = TypicalArticles.Load();
    foreach (var p in all) DateExtractor.Extract(p);
    var costs = all.Select((p, index) =>
    {
        var w = Stopwatch.StartNew();
        for (var r = 0; r < 20; r++) DateExtractor.Extract(p);
        return (index, micros: w.Elapsed.TotalMicroseconds / 20, p);
    }).OrderByDescending(c => c.micros).ToList();
    Console.WriteLine($"median {costs[costs.Count / 2].micros:F0} µs, mean {costs.Average(c => c.micros):F0} µs");
    foreach (var c in costs.Take(int.Parse(args.ElementAtOrDefault(1) ?? "15")))
    {
        Console.WriteLine($"{c.micros,9:F0} µs  page {c.index}  {c.p.Content.Length} chars  {c.p.Content[..Math.Min(70, c.p.Content.Length)].ReplaceLineEndings(" ")}");
    }
    return;
}

if (args.Length > 0 && args[0] == "allocations")
{
    // Where an article's bytes go, per type (sampled every ~100 KB by the runtime), over 20,000 articles.
    var all = TypicalArticles.Load();
    foreach (var p in all) DateExtractor.Extract(p);
    using var sampler = new ReleaseCalendar.Bench.Ingest.AllocationSampler();
    var before = GC.GetAllocatedBytesForCurrentThread();
    sampler.Start();
    for (var i = 0; i < 20_000; i++) DateExtractor.Extract(all[i % all.Count]);
    sampler.Stop();
    var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
    Console.WriteLine($"{bytes / 20_000.0 / 1024:F0} KB an article");
    foreach (var (type, sampled) in sampler.Top(int.Parse(args.ElementAtOrDefault(1) ?? "25")))
    {
        Console.WriteLine($"{100.0 * sampled / bytes,5:F1}%  {type}");
    }
    return;
}

var total = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100_000;
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1; // one core, as issue #3 §5 asks
}
var pages = TypicalArticles.Load();
Console.WriteLine($"{pages.Count} typical pages, {pages.Average(p => p.Content.Length):F0} chars on average, {Environment.ProcessorCount} cores visible, affinity 1 core");

for (var i = 0; i < 10_000; i++)
{
    DateExtractor.Extract(pages[i % pages.Count]); // warm-up: JIT and tiering
}
GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
var startHeap = GC.GetTotalMemory(forceFullCollection: true);
var startSet = Environment.WorkingSet;
Console.WriteLine($"after warm-up: heap {startHeap / 1024.0 / 1024:F1} MB, working set {startSet / 1024.0 / 1024:F1} MB");

var found = 0L;
var chars = 0L;
var startAllocated = GC.GetAllocatedBytesForCurrentThread();
var startGen0 = GC.CollectionCount(0);
var watch = Stopwatch.StartNew();
var lap = Stopwatch.StartNew();
for (var i = 1; i <= total; i++)
{
    var page = pages[i % pages.Count];
    found += DateExtractor.Extract(page).Count;
    chars += page.Content.Length;
    if (i % (total / 5) == 0)
    {
        Console.WriteLine($"{i,7:N0} articles: {total / 5 / lap.Elapsed.TotalSeconds,7:N0} articles/s in this stretch, " +
                          $"heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024:F1} MB, " +
                          $"working set {Environment.WorkingSet / 1024.0 / 1024:F1} MB");
        lap.Restart();
    }
}
watch.Stop();
var allocated = GC.GetAllocatedBytesForCurrentThread() - startAllocated;
var gen0 = GC.CollectionCount(0) - startGen0;
Console.WriteLine($"total: {total:N0} articles ({chars / 1024.0 / 1024:F0} MB of text) in {watch.Elapsed.TotalSeconds:F1} s = " +
                  $"{total / watch.Elapsed.TotalSeconds:N0} articles/s on one core; {found:N0} releases; " +
                  $"heap after {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024:F1} MB (started {startHeap / 1024.0 / 1024:F1} MB); " +
                  $"allocated {allocated / (double)total / 1024:F0} KB an article, {gen0:N0} gen-0 collections");
