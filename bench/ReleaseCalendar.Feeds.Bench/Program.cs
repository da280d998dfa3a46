using System.Diagnostics;
using BenchmarkDotNet.Running;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Feeds.Bench;

// `-- write <file> [count] [lang]` saves one rendered feed (for ics-check); anything else goes to BenchmarkDotNet.
if (args is ["write", var path, ..])
{
    var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var lang = args.Length > 3 ? args[3] : "ru";
    var releases = SampleReleases.Create(count);
    // The first call in a fresh process includes JIT and tzdb loading: the coldest render there is.
    var started = Stopwatch.GetTimestamp();
    var bytes = CalendarBuilder.Build(SampleReleases.Header, releases, SampleReleases.Options(lang));
    var first = Stopwatch.GetElapsedTime(started);
    var next = new List<string>();
    for (var i = 0; i < 5; i++)
    {
        started = Stopwatch.GetTimestamp();
        CalendarBuilder.Build(SampleReleases.Header, releases, SampleReleases.Options(lang));
        next.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
    }
    File.WriteAllBytes(path, bytes);
    Console.WriteLine(FormattableString.Invariant(
        $"{path}: {count} releases, lang={lang}, {bytes.Length} bytes; first render {first.TotalMilliseconds:F1} ms, then {string.Join(", ", next)} ms"));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RenderBenchmarks).Assembly).Run(args);
