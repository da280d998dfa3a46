using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Cluster;

/// <summary>One replica of a cluster: the built service as a process of its own (like <see cref="ServiceProcess"/>) on
/// PostgreSQL, on a port of its own, with its scheduler on; its JSON log is kept line by line for the test to read.
/// <see cref="KillAsync"/> is kill -9: no shutdown, no goodbye to Quartz or PostgreSQL.</summary>
internal sealed class ClusterReplica : IAsyncDisposable
{
    public const string AdminKey = AppFactory.AdminKey;

    readonly Process _process;
    readonly ConcurrentQueue<string> _lines = new();
    readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    ClusterReplica(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }
    public Uri BaseUrl { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Anon { get; private set; } = null!;
    public int ProcessId => _process.Id;

    /// <summary>Settings the replicas of one cluster share: one database, one scheduler name (Quartz clusters nodes by
    /// it), the fake upstream, and no foreign-write poll to speak of, so only the channel can make a feed fresh fast.</summary>
    public static Dictionary<string, string> Settings(string database, Uri upstream, string scheduler) => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["Data__Provider"] = "postgres",
        ["ConnectionStrings__ReleaseCalendar"] = database,
        ["Data__SeedDemo"] = "false",
        ["Ingest__SchedulerEnabled"] = "true",
        ["Ingest__SchedulerName"] = scheduler,
        ["Public__BaseUrl"] = "https://releases.example.org",
        ["Public__UidHost"] = "releases.example.org",
        ["Admin__Keys__0__Name"] = "tester",
        ["Admin__Keys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AdminKey))),
        ["Catalog__ForeignWritePoll"] = "00:10:00",
        ["Ingest__Http__AllowedNetworks__0"] = "127.0.0.1/32",
        ["Ingest__MusicBrainz__BaseUrl"] = upstream.ToString(),
        ["Ingest__MusicBrainz__Contact"] = "cluster-test@example.org",
        ["Ingest__Http__MaxRetries"] = "0",
        // ReplicaTests schedules a source every 2 s to see that no slot runs on both nodes.
        ["Ingest__MinScheduleInterval"] = "00:00:01",
        ["Logging__LogLevel__Quartz"] = "Information",
    };

    public static async Task<ClusterReplica> StartAsync(string name, IReadOnlyDictionary<string, string> environment)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReleaseCalendar.dll"));
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var replica = new ClusterReplica(name, process);
        process.OutputDataReceived += (_, e) => replica.Received(e.Data);
        process.ErrorDataReceived += (_, e) => replica.Received(e.Data);
        process.Exited += (_, _) => replica._listening.TrySetException(
            new InvalidOperationException($"Replica {name} exited before listening:\n{replica.Log}"));
        if (!process.Start()) throw new InvalidOperationException("dotnet did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            replica.BaseUrl = await replica._listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
        catch
        {
            await replica.DisposeAsync();
            throw;
        }
        replica.Anon = new HttpClient { BaseAddress = replica.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        replica.Admin = new HttpClient { BaseAddress = replica.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        replica.Admin.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        await Poll.UntilAsync(async () =>
        {
            try { return (await replica.Anon.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK; }
            catch (HttpRequestException) { return false; }
        }, $"replica {name} ready", TimeSpan.FromMinutes(2));
        return replica;
    }

    void Received(string? line)
    {
        if (line is null) return;
        _lines.Enqueue(line);
        if (!line.StartsWith('{')) return;
        const string Listening = "Now listening on: ";
        try
        {
            using var entry = JsonDocument.Parse(line);
            if (entry.RootElement.TryGetProperty("Message", out var message) && message.GetString() is { } text
                && text.StartsWith(Listening, StringComparison.Ordinal))
                _listening.TrySetResult(new Uri(text[Listening.Length..].Trim()));
        }
        catch (JsonException) { }
    }

    /// <summary>Everything the process wrote so far, for failure messages.</summary>
    public string Log => string.Join('\n', _lines);

    /// <summary>The State (the template's values) of each log entry with this EventId, in order.</summary>
    public IReadOnlyList<JsonElement> Events(int eventId)
    {
        var found = new List<JsonElement>();
        foreach (var line in _lines)
        {
            if (!line.StartsWith('{')) continue;
            try
            {
                using var entry = JsonDocument.Parse(line);
                if (entry.RootElement.TryGetProperty("EventId", out var id) && id.ValueKind == JsonValueKind.Number && id.GetInt32() == eventId
                    && entry.RootElement.TryGetProperty("State", out var state))
                    found.Add(state.Clone());
            }
            catch (JsonException) { }
        }
        return found;
    }

    /// <summary>Run ids this replica started (Ingest's RunStarted, EventId 110).</summary>
    public IReadOnlyList<int> RunsStarted() =>
        [.. Events(110).Select(s => int.Parse(s.GetProperty("RunId").ToString(), System.Globalization.CultureInfo.InvariantCulture))];

    public bool HasExited => _process.HasExited;

    /// <summary>kill -9 (Process.Kill sends SIGKILL on Unix), and waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        Admin?.Dispose();
        Anon?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        _process.Dispose();
    }
}

/// <summary>Two replicas (A and B) on one fresh PostgreSQL database, with one fake MusicBrainz.</summary>
public sealed class TwoReplicas : IAsyncLifetime
{
    internal ClusterReplica A { get; private set; } = null!;
    internal ClusterReplica B { get; private set; } = null!;
    public FakeUpstream Upstream { get; private set; } = null!;
    public string Database { get; } = PostgresServer.CreateDatabase();
    public string SchedulerName { get; } = $"rc-cluster-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        Upstream = await FakeUpstream.StartAsync();
        var settings = ClusterReplica.Settings(Database, Upstream.BaseUrl, SchedulerName);
        // Started together, as a deployment does: one migrates under the start-up lock, the other waits for it.
        var a = ClusterReplica.StartAsync("A", settings);
        var b = ClusterReplica.StartAsync("B", settings);
        try { await Task.WhenAll(a, b); }
        catch
        {
            if (a.IsCompletedSuccessfully) await a.Result.DisposeAsync();
            if (b.IsCompletedSuccessfully) await b.Result.DisposeAsync();
            throw;
        }
        (A, B) = (a.Result, b.Result);
    }

    internal IEnumerable<ClusterReplica> Both => [A, B];

    public async Task DisposeAsync()
    {
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        await Upstream.DisposeAsync();
        PostgresServer.DropDatabase(Database);
    }
}
