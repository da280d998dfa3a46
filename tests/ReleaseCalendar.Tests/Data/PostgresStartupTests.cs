using System.Text.RegularExpressions;
using Npgsql;
using ReleaseCalendar.Tests.Cluster;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Data;

/// <summary>Replicas started together on one empty PostgreSQL database: exactly one migrates and seeds, the other waits
/// for it and finds nothing left to do (DatabaseInitializer's start-up advisory lock). Two real service processes.</summary>
public sealed partial class PostgresStartupTests : IDisposable
{
    readonly string _database = PostgresServer.CreateDatabase();

    public void Dispose() => PostgresServer.DropDatabase(_database);

    [Fact]
    public async Task TwoReplicas_OnAnEmptyDatabase_MigrateAndSeedExactlyOnce()
    {
        var environment = ServiceProcess.Defaults();
        environment["Data__Provider"] = "postgres";
        environment["ConnectionStrings__ReleaseCalendar"] = _database;
        environment["Data__SeedDemo"] = "true";
        environment["Logging__LogLevel__Default"] = "Information";
        using var a = ServiceProcess.Start(environment);
        using var b = ServiceProcess.Start(environment);
        var logs = await Task.WhenAll(UntilListeningAsync(a), UntilListeningAsync(b));

        // Both serve; the seed's log line appears in exactly one of them.
        using var http = new HttpClient();
        // Ready once each has also opened its change channel (Data/Cluster), which follows Kestrel's start.
        foreach (var log in logs)
            await Poll.UntilAsync(async () => (await http.GetAsync(Listening().Match(log).Groups["url"].Value + "/health/ready")).StatusCode == System.Net.HttpStatusCode.OK,
                "replica ready", TimeSpan.FromSeconds(30));
        Assert.Equal(1, logs.Count(l => l.Contains("Seeded the demo catalog", StringComparison.Ordinal)));
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT COUNT(*) FROM \"Subjects\" WHERE \"Slug\" = 'rm'", connection);
        Assert.Equal(1L, await query.ExecuteScalarAsync());
        query.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
        Assert.Equal((long)typeof(ReleaseCalendar.Data.PostgresMigrations).Assembly.GetTypes()
            .Count(t => t.Namespace == "ReleaseCalendar.Data.Migrations.Postgres" && t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration))),
            await query.ExecuteScalarAsync());
    }

    /// <summary>The process's log up to Kestrel's "Now listening on" line (after every hosted service has started).</summary>
    static async Task<string> UntilListeningAsync(ServiceProcess process)
    {
        var log = new System.Text.StringBuilder();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a guard against hangs, not a timing
        while (await process.Output.ReadLineAsync(deadline.Token) is { } line)
        {
            log.AppendLine(line);
            if (Listening().IsMatch(line)) return log.ToString();
        }
        var text = log.ToString();
        throw new InvalidOperationException("The service ended before listening:\n" + text[Math.Max(0, text.Length - 3000)..]);
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
