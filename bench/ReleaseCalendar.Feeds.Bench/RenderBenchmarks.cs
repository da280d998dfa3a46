using BenchmarkDotNet.Attributes;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Feeds.Bench;

/// <summary>
/// One cache miss: render N releases to bytes, as FeedService does. The releases are built once in memory, so the
/// figure is CalendarBuilder alone (no SQLite, no HTTP).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RenderBenchmarks
{
    List<Release> _releases = [];
    FeedRenderOptions _options = SampleReleases.Options("en");

    [Params(200, 1000)]
    public int Events { get; set; }

    [Params("en", "ru")]
    public string Lang { get; set; } = "en";

    [GlobalSetup]
    public void Setup()
    {
        _releases = SampleReleases.Create(Events);
        _options = SampleReleases.Options(Lang);
    }

    [Benchmark]
    public byte[] Build() => CalendarBuilder.Build(SampleReleases.Header, _releases, _options);
}
