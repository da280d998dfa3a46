using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
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
        Assert.True(File.Exists(app.DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory;";
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);
    }

    [Theory]
    [InlineData("Public:BaseUrl", "not a url", "BaseUrl")]
    [InlineData("Feeds:RefreshInterval", "00:00:01", "RefreshInterval")]
    [InlineData("Admin:Keys:0:Sha256", "abc", "Sha256")]
    public async Task Start_WithBadOption_FailsNamingIt(string key, string value, string named)
    {
        await using var bad = new AppFactory().With(key, value);
        var error = Assert.ThrowsAny<OptionsValidationException>(() => bad.Client());
        Assert.Contains(named, error.Message);
    }
}
