using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReleaseCalendar.Data;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Tests.Infrastructure;
using ReleaseCalendar.Tests.Ingest.Http;

namespace ReleaseCalendar.Tests.Ingest.EndToEnd;

/// <summary>The real service (Kestrel on 127.0.0.1, its own SQLite file, Quartz on it) with the upstreams replaced by a
/// fake on 127.0.0.1 (the only address Ingest:Http:AllowedNetworks lets through), and a clock that moves forward to
/// whatever the ingestion waits for (rate-limit slots, back-offs) without sleeping.</summary>
public class IngestHost : IAsyncLifetime
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(10);
    public const string Contact = "e2e@example.org";

    public WaitingClock Clock { get; } = new(new DateTimeOffset(2024, 5, 20, 9, 0, 0, TimeSpan.Zero), AttemptTimeout, TotalTimeout);
    public FakeUpstream Upstream { get; private set; } = null!;
    public AppFactory App { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Anon { get; private set; } = null!;
    /// <summary>Ingestion's log lines (runs, retries), whatever the configured level.</summary>
    public LogCollector Log { get; } = new("ReleaseCalendar.Ingest");
    public Seed Catalog => new(Admin);

    /// <summary>Quartz's job store keeps its own timers on the host's clock (its misfire scan): with the scheduler on, this
    /// clock must not be driven forward, or those timers run it past every timeout. Runs in the foreground need no scheduler.</summary>
    protected virtual bool Scheduler => false;

    /// <summary>Services a test class's host adds to the application's.</summary>
    protected virtual void Services(IServiceCollection services) { }

    public async Task InitializeAsync()
    {
        Upstream = await FakeUpstream.StartAsync(Clock);
        App = new AppFactory(Clock)
            .With("Ingest:SchedulerEnabled", Scheduler ? "true" : "false")
            .With("Ingest:Http:AllowedNetworks:0", "127.0.0.1/32")
            .With("Ingest:Http:AttemptTimeout", AttemptTimeout.ToString())
            .With("Ingest:Http:TotalTimeout", TotalTimeout.ToString())
            .With("Ingest:Http:MaxRetries", "2")
            .With("Ingest:Http:RetryBaseDelay", "00:00:00")
            .With("Ingest:MusicBrainz:BaseUrl", Upstream.BaseUrl.ToString())
            .With("Ingest:MusicBrainz:Contact", Contact)
            .With("Ingest:MusicBrainz:PageSize", "2")
            .With("Ingest:TvMaze:BaseUrl", Upstream.BaseUrl.ToString())
            .With("Ingest:MissesBeforeFlag", "2")
            .With("Ingest:BatchSize", "2")
            .WithServices(s => s.AddLogging(l => l.AddProvider(Log).AddFilter<LogCollector>("ReleaseCalendar.Ingest", LogLevel.Debug)))
            .WithServices(Services);
        Admin = App.Client(admin: true);
        Anon = App.Client();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Upstream.DisposeAsync();
    }

    public async Task<SourceResponse> SourceAsync(string type, string subject, string? externalId = null, string? url = null, int priority = 0)
    {
        var response = await Admin.PostJsonAsync("/api/admin/sources", new
        { type, externalId, url, subjects = new[] { subject }, schedule = "0 0 4 * * ?", enabled = false, priority });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<SourceResponse>();
    }

    /// <summary>One run in the foreground (as the import verb runs it), time driven forward while it waits.</summary>
    public Task<IngestRun> RunAsync(int sourceId, CancellationToken ct = default, IProgress<RunProgress>? progress = null) =>
        Clock.RunAsync(App.Service<SourceRunner>().RunAsync(sourceId, null, "cli", progress, ct));

    public async Task<AppDbContext> DbAsync() => await App.Service<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
}

/// <summary>The host with Quartz running, for runs asked for through the admin API.</summary>
public sealed class SchedulerHost : IngestHost
{
    protected override bool Scheduler => true;
}
