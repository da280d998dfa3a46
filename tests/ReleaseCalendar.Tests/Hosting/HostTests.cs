using System.Net;
using Microsoft.Data.Sqlite;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Hosting;

public sealed class HostTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Health_LiveAndReady_AreHealthy()
    {
        var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_DescribesFeedsAndAdmin()
    {
        var doc = await app.Client().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/feeds/{slug}.ics", doc);
        Assert.Contains("/api/admin/releases", doc);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/docs")).StatusCode);
    }

    [Fact]
    public async Task Database_IsARealSqliteFile_InWalMode_WithMigrationsApplied()
    {
        app.Client();
        if (app.PostgresConnectionString is { } postgres)
        {
            // The same promise on PostgreSQL: its own migrations applied, Quartz's tables with them.
            await using var pg = new Npgsql.NpgsqlConnection(postgres);
            await pg.OpenAsync();
            await using var query = new Npgsql.NpgsqlCommand(
                "SELECT string_agg(\"MigrationId\", ',') FROM \"__EFMigrationsHistory\"", pg);
            Assert.Contains("_InitialPostgres", (string?)await query.ExecuteScalarAsync());
            query.CommandText = "SELECT to_regclass('qrtz_job_details') IS NOT NULL AND to_regclass('qrtz_locks') IS NOT NULL";
            Assert.True((bool)(await query.ExecuteScalarAsync())!);
            return;
        }
        Assert.True(File.Exists(app.DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory;";
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);
    }

    /// <summary>The real process with a bad setting: one line on stderr naming the key, exit code 2, no stack trace
    /// (it used to abort with 134 and a trace, and an unwritable Data:Path or a bad connection string named no key).</summary>
    [Theory]
    [InlineData("Public__BaseUrl", "not a url", "Public:BaseUrl")]
    [InlineData("Feeds__RefreshInterval", "00:00:01", "Feeds:RefreshInterval")]
    [InlineData("Feeds__MaxAge", "soon", "Feeds:MaxAge")]
    [InlineData("Admin__Keys__0__Sha256", "abc", "Admin:Keys:0:Sha256")]
    [InlineData("Data__Path", "/proc/rc-no-such/releasecalendar.db", "Data:Path")]
    [InlineData("Data__Path", "/etc/hostname/releasecalendar.db", "Data:Path")]
    [InlineData("ConnectionStrings__ReleaseCalendar", "Data Sourc=/tmp/x.db", "ConnectionStrings:ReleaseCalendar")]
    [InlineData("Data__Provider", "mysql", "Data:Provider")]
    [InlineData("Data__Provider", "postgres", "ConnectionStrings:ReleaseCalendar")] // and no connection string
    [InlineData("Data__Provider", "postgres", "ConnectionStrings:ReleaseCalendar", "Host=;Database=x")]
    [InlineData("Data__Provider", "postgres", "ConnectionStrings:ReleaseCalendar", "Hots=db;Database=x")]
    public async Task Start_WithBadSetting_ExitsWithOneLineNamingIt(string variable, string value, string key, string connection = "")
    {
        var environment = ServiceProcess.Defaults();
        environment["Admin__Keys__0__Name"] = "tester";
        environment["Admin__Keys__0__Sha256"] = new string('a', 64);
        if (variable is "Data__Path" or "Data__Provider") environment["ConnectionStrings__ReleaseCalendar"] = connection;
        environment[variable] = value;
        using var service = ServiceProcess.Start(environment);

        var (exitCode, output, error) = await service.ExitAsync();

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"Configuration error: {key}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DeclaresApiKeyScheme_RequiredByAdminOperationsOnly()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));
        var root = doc.RootElement;

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        var paths = root.GetProperty("paths");
        var admin = paths.EnumerateObject().Where(p => p.Name.StartsWith("/api/admin/", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()).ToList();
        Assert.NotEmpty(admin);
        Assert.All(admin, op => Assert.True(op.Value.GetProperty("security")[0].TryGetProperty("ApiKey", out _), op.Name));
        Assert.False(paths.GetProperty("/api/releases/upcoming").GetProperty("get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task ConsoleLog_Json_CarriesUtcIso8601Timestamp()
    {
        using var service = ServiceProcess.Start(ServiceProcess.Defaults());

        // The first JSON line (e.g. "Now listening on"), read as it comes; the guard is for a hang, not speed.
        string? line;
        do line = await service.Output.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
        while (line is not null && !line.StartsWith('{'));

        Assert.NotNull(line);
        using var entry = System.Text.Json.JsonDocument.Parse(line);
        var timestamp = entry.RootElement.GetProperty("Timestamp").GetString();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", timestamp);
    }
}
