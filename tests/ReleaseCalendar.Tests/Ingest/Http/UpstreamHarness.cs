using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest.Http;

/// <summary>The HTTP layer alone: ServiceCollection + AddUpstreamHttp, a <see cref="WaitingClock"/> as the
/// TimeProvider, a fake upstream on 127.0.0.1 (allowed through Ingest:Http:AllowedNetworks).</summary>
public sealed class UpstreamHarness : IAsyncDisposable
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(10);
    public const string Contact = "ingest-tests@example.org";

    public WaitingClock Clock { get; } = new(new DateTimeOffset(2024, 5, 20, 9, 0, 0, TimeSpan.Zero), AttemptTimeout, TotalTimeout);
    public LogCollector Log { get; } = new("ReleaseCalendar.Ingest.Http");
    public ServiceProvider Services { get; }
    public UpstreamHttp Http => Services.GetRequiredService<UpstreamHttp>();
    public RunCounters Counters { get; } = new();
    public FakeUpstream Fake { get; private set; } = null!;

    UpstreamHarness(IReadOnlyDictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ingest:Http:AllowedNetworks:0"] = "127.0.0.1/32",
            ["Ingest:Http:AttemptTimeout"] = AttemptTimeout.ToString(),
            ["Ingest:Http:TotalTimeout"] = TotalTimeout.ToString(),
            ["Ingest:MusicBrainz:Contact"] = Contact,
        };
        foreach (var (key, value) in overrides)
        {
            if (value is null) settings.Remove(key);   // null: leave the key unset
            else settings[key] = value;
        }
        Services = Build(settings, Clock, Log);
    }

    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings, TimeProvider clock, ILoggerProvider? log = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton(clock);
        services.AddLogging(b => { if (log is not null) b.AddProvider(log); });
        services.AddUpstreamHttp();
        return services.BuildServiceProvider();
    }

    public static async Task<UpstreamHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var harness = new UpstreamHarness(settings ?? new Dictionary<string, string?>());
        harness.Fake = await FakeUpstream.StartAsync(harness.Clock);
        return harness;
    }

    /// <summary>A GET through the run's IUpstream, with time driven forward while it waits.</summary>
    public Task<UpstreamResponse> GetAsync(Uri url, Validators? known = null, Upstream upstream = Upstream.ICal) =>
        Clock.RunAsync(Http.ForRun(Counters).GetAsync(upstream, url, known, CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        await Fake.DisposeAsync();
        await Services.DisposeAsync();
    }
}
