using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Tests.Cluster;
using ReleaseCalendar.Tests.Infrastructure;
using ReleaseCalendar.Tests.Ingest.MusicBrainz;
using Xunit.Abstractions;

namespace ReleaseCalendar.Tests.Ingest.EndToEnd;

/// <summary>A web process whose scheduler is off (Ingest:QueueRunsForWorker) and a worker process on the same database
/// (README, "A worker process"): the web one stores sources and queues runs, the worker — a real second process — runs
/// them, and the web one serves what the worker wrote.</summary>
public sealed class WorkerProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    readonly Stopwatch _clock = Stopwatch.StartNew();
    FakeUpstream _upstream = null!;
    AppFactory _web = null!;

    /// <summary>Where the time went, in the test output.</summary>
    void Step(string what) => output.WriteLine($"{_clock.Elapsed.TotalSeconds:0.0} s: {what}");

    public async Task InitializeAsync()
    {
        _upstream = await FakeUpstream.StartAsync();
        // The web process's clock starts at the real time: Quartz stamps the triggers it stores with it, and the worker
        // (on the real clock) would take a trigger stamped years ago as a misfire, noticed only by its next misfire scan.
        _web = new AppFactory(new FakeTimeProvider(TimeProvider.System.GetUtcNow()))
            .With("Ingest:QueueRunsForWorker", "true")
            .With("Catalog:ForeignWritePoll", "00:00:01");
    }

    public async Task DisposeAsync()
    {
        await _web.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    [Fact]
    public async Task RunNow_WebQueuesIt_WorkerProcessRunsIt_WebServesTheEpisodes()
    {
        var admin = _web.Client(admin: true);
        var show = await new Seed(admin).SubjectAsync("worker-show", "show");
        var id = Random.Shared.Next(100_000, 900_000);
        _upstream.MapTvMazeShow(id, "kr-network");
        var created = await admin.PostJsonAsync("/api/admin/sources", new
        {
            type = "tvmaze", externalId = id.ToString(CultureInfo.InvariantCulture), subjects = new[] { show },
            schedule = "0 0 4 1 1 ?", enabled = true, priority = 0,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var source = await created.ReadAsync<SourceResponse>();

        // Queued before any worker exists: the web process accepts it, and nothing runs it yet.
        var queued = await admin.PostAsync($"/api/admin/sources/{source.Id}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        Assert.Equal("running", (await RunAsync(admin, queued.Headers.Location!)).Status);
        Assert.Equal(0, _upstream.Count($"/shows/{id}"));

        var environment = _web.StorageEnvironment();
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["DOTNET_ENVIRONMENT"] = "Production";
        environment["Data__SeedDemo"] = "false";
        environment["Ingest__SchedulerEnabled"] = "true";
        environment["Ingest__SchedulerName"] = _web.Service<IOptions<IngestOptions>>().Value.SchedulerName;
        environment["Ingest__SchedulerIdleWait"] = "00:00:01";
        environment["Ingest__Http__AllowedNetworks__0"] = "127.0.0.1/32";
        environment["Ingest__Http__MaxRetries"] = "0";
        environment["Ingest__TvMaze__BaseUrl"] = _upstream.BaseUrl.ToString();
        environment["Public__BaseUrl"] = "https://releases.example.org";
        environment["Public__UidHost"] = "releases.example.org";
        Step("starting the worker");
        await using var worker = await ClusterReplica.StartAsync("worker", environment);
        Step("worker ready");

        RunResponse finished = null!;
        await Poll.UntilAsync(async () => (finished = await RunAsync(admin, queued.Headers.Location!)).Status != "running",
            "the worker finishes the queued run", TimeSpan.FromSeconds(60));
        Step("first run finished");
        Assert.Equal("succeeded", finished.Status);
        Assert.True(finished.Created > 0, $"created {finished.Created}");
        Assert.Equal(1, _upstream.Count($"/shows/{id}"));

        // The web process serves what the worker wrote: its feed cache learns of the foreign write.
        var anon = _web.Client();
        await Poll.UntilAsync(async () => (await anon.GetStringAsync($"/feeds/{show}.ics")).Contains("BEGIN:VEVENT", StringComparison.Ordinal),
            "the web process's feed shows the worker's episodes", TimeSpan.FromSeconds(30));

        Step("feed shows it");
        // A second run asked for while the worker runs: queued by the web process, taken by the worker.
        var again = await admin.PostAsync($"/api/admin/sources/{source.Id}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        RunResponse second = null!;
        await Poll.UntilAsync(async () => (second = await RunAsync(admin, again.Headers.Location!)).Status != "running",
            "the worker finishes the second run", TimeSpan.FromSeconds(60));
        Step("second run finished");
        Assert.Equal(("succeeded", 0), (second.Status, second.Created));
    }

    [Fact]
    public async Task Start_QueueRunsForWorkerWithSchedulerOn_ExitsNamingTheSetting()
    {
        var environment = ServiceProcess.Defaults();
        environment["Admin__Keys__0__Name"] = "tester";
        environment["Admin__Keys__0__Sha256"] = new string('a', 64);
        environment["Ingest__SchedulerEnabled"] = "true";
        environment["Ingest__QueueRunsForWorker"] = "true";
        using var service = ServiceProcess.Start(environment);

        var (exitCode, _, error) = await service.ExitAsync();

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Configuration error: Ingest:QueueRunsForWorker", line, StringComparison.Ordinal);
        Assert.Contains("Ingest:SchedulerEnabled=false", line, StringComparison.Ordinal);
    }

    static async Task<RunResponse> RunAsync(HttpClient admin, Uri location) =>
        await (await admin.GetAsync(location)).ReadAsync<RunResponse>();
}
