using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>The real host over Kestrel on 127.0.0.1 with its own SQLite file — or, with RC_TEST_PROVIDER=postgres, its own
/// PostgreSQL database (<see cref="PostgresServer"/>); one per test class.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key-9f2c71";
    public static readonly JsonSerializerOptions Json = CreateJson();

    readonly string _db = Path.Combine(Path.GetTempPath(), $"rc-{Guid.NewGuid():N}.db");
    readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public FakeTimeProvider Clock { get; }

    /// <summary>The catalog's audit lines (ReleaseCalendar.Catalog.*), whatever the configured log level.</summary>
    public LogCollector CatalogLog { get; } = new("ReleaseCalendar.Catalog");
    public string DatabasePath => _db;

    /// <summary>Environment variables that point another process (the import verb, a second replica) at this host's database.</summary>
    public Dictionary<string, string> StorageEnvironment() => PostgresConnectionString is { } postgres
        ? new() { ["Data__Provider"] = "postgres", ["ConnectionStrings__ReleaseCalendar"] = postgres }
        : new() { ["Data__Provider"] = "sqlite", ["ConnectionStrings__ReleaseCalendar"] = $"Data Source={_db}" };

    /// <summary>The PostgreSQL database of this host when the tests run on PostgreSQL, else null.</summary>
    public string? PostgresConnectionString { get; } = PostgresServer.IsSelected ? PostgresServer.CreateDatabase() : null;

    public AppFactory() : this(new FakeTimeProvider(new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero))) { }

    /// <summary>With a clock of the test's own (one that drives time forward while ingestion waits, say).</summary>
    internal AppFactory(FakeTimeProvider clock)
    {
        Clock = clock;
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
    }

    readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>Extra services for one test (a test-only EF interceptor); call before the first request.</summary>
    public AppFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Extra configuration for one test class; call before the first request.</summary>
    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (PostgresConnectionString is { } postgres)
        {
            builder.UseSetting("Data:Provider", "postgres");
            builder.UseSetting("ConnectionStrings:ReleaseCalendar", postgres);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:ReleaseCalendar", $"Data Source={_db}");
        }
        builder.UseSetting("Data:SeedDemo", "false");
        builder.UseSetting("Ingest:SchedulerEnabled", "false"); // tests run jobs explicitly
        // Quartz keeps schedulers by name process-wide: each test host has its own, on its own database.
        builder.UseSetting("Ingest:SchedulerName", $"rc-test-{Guid.NewGuid():N}");
        builder.UseSetting("Public:BaseUrl", "https://releases.example.org");
        builder.UseSetting("Public:UidHost", "releases.example.org");
        builder.UseSetting("Admin:Keys:0:Name", "tester");
        builder.UseSetting("Admin:Keys:0:Sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AdminKey))));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureServices(s => { s.RemoveAll<TimeProvider>(); s.AddSingleton<TimeProvider>(Clock); });
        foreach (var configure in _services) builder.ConfigureServices(configure);
        builder.ConfigureLogging(l => l.AddProvider(CatalogLog).AddFilter<LogCollector>("ReleaseCalendar.Catalog", LogLevel.Information));
    }

    /// <summary>A client on the Kestrel address, with or without the admin key.</summary>
    public HttpClient Client(bool admin = false)
    {
        StartServer();
        var client = CreateClient();
        if (admin) client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return client;
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (PostgresConnectionString is { } postgres) PostgresServer.DropDatabase(postgres);
        SqliteConnection.ClearAllPools(); // pools hold the file open
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_db + suffix);
    }

    static JsonSerializerOptions CreateJson()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        HostingExtensions.ConfigureJson(o);
        o.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return o;
    }
}

public static class HttpExtensions
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var value = await response.Content.ReadFromJsonAsync<T>(AppFactory.Json);
        return value ?? throw new InvalidOperationException("Empty body");
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, AppFactory.Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: AppFactory.Json) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
}
