using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Data;
using ReleaseCalendar.Data.Cluster;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Cluster;

/// <summary>The listener against a real PostgreSQL: its channel killed from the server side, or never reachable.</summary>
public sealed class FeedChangeListenerTests : IDisposable
{
    readonly string _database = PostgresServer.CreateDatabase();
    readonly FeedCache _cache = new(Options.Create(new FeedOptions()));

    public void Dispose() => PostgresServer.DropDatabase(_database);

    /// <summary>Only the channel is under test: the watcher it wakes is never started, so no catalog is needed.</summary>
    FeedChangeListener Listener(string connectionString)
    {
        var contexts = new NoCatalog();
        var store = new CatalogStore(contexts, _cache, TimeProvider.System, NullLogger<CatalogStore>.Instance);
        var foreign = new ForeignWrites(contexts, store, _cache, TimeProvider.System, Options.Create(new CatalogOptions()),
            NullLogger<ForeignWrites>.Instance);
        return new FeedChangeListener(new ClusterDatabase(connectionString), _cache, foreign, store,
            Options.Create(new ClusterOptions()), TimeProvider.System, NullLogger<FeedChangeListener>.Instance);
    }

    void Cache(string key, int subject) =>
        Assert.True(_cache.Store(key, new RenderedFeed([1, 2, 3], "\"e\"", DateTimeOffset.UnixEpoch), new HashSet<int> { subject }, _cache.Generation));

    static Task Until(Func<bool> condition, string what, TimeSpan? within = null) => Poll.UntilAsync(condition, what, within);

    [Fact]
    public async Task Listener_ChannelKilledByTheServer_ReconnectsDropsTheWholeCacheAndHearsAgain()
    {
        var listener = Listener(_database);
        await listener.StartAsync(CancellationToken.None);
        try
        {
            // Start-up waits for the first LISTEN: the server takes requests with the channel already open.
            Assert.True(listener.Listening);
            Assert.Equal(1, listener.Connections);
            Cache("feed:a", 1);
            Cache("feed:b", 2);
            await NotifyAsync(FeedAnnouncements.Format(new DateTime(2024, 5, 20, 0, 0, 1, DateTimeKind.Utc)));
            await Until(() => listener.Announcements == 1, "a foreign announcement");
            Assert.Equal(2, _cache.Count); // an announcement only wakes the watcher, which drops exactly what changed

            var backend = listener.BackendProcessId!.Value;
            await using (var admin = new NpgsqlConnection(_database))
            {
                await admin.OpenAsync();
                await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend($1)", admin) { Parameters = { new() { Value = backend } } };
                Assert.Equal(true, await kill.ExecuteScalarAsync());
            }

            await Until(() => listener.Connections == 2, "the LISTEN after the loss");
            Assert.NotEqual(backend, listener.BackendProcessId);
            // Once the channel has been open the replica stays ready through a loss (the drops keep it within the second).
            Assert.Equal(HealthStatus.Healthy, (await new FeedChannelOpened(listener).CheckHealthAsync(new HealthCheckContext())).Status);
            Assert.Equal(0, _cache.Count);
            // Cached after the reconnect: kept, and the new channel carries announcements.
            Cache("feed:c", 3);
            await NotifyAsync("not-a-stamp");
            await Until(() => listener.Announcements == 2, "an announcement on the new channel");
            Assert.Equal(1, _cache.Count);
        }
        finally { await listener.StopAsync(CancellationToken.None); }
    }

    [Fact]
    public async Task Listener_ChannelNeverUp_DropsTheCacheEverySecond()
    {
        var missing = new NpgsqlConnectionStringBuilder(_database) { Database = $"rc_missing_{Guid.NewGuid():N}" }.ConnectionString;
        var listener = Listener(missing);
        await listener.StartAsync(CancellationToken.None);
        try
        {
            for (var round = 0; round < 2; round++)
            {
                Cache($"feed:{round}", round);
                await Until(() => _cache.Count == 0, "the deaf replica's cache drop", FeedChangeListener.DeafCacheLifetime * 3);
            }
            Assert.Equal(0, listener.Connections);
            Assert.False(listener.Listening);
            // Never heard the others: not ready, so no load balancer sends it a request its cache could serve stale.
            Assert.Equal(HealthStatus.Unhealthy, (await new FeedChannelOpened(listener).CheckHealthAsync(new HealthCheckContext())).Status);
        }
        finally { await listener.StopAsync(CancellationToken.None); }
    }

    async Task NotifyAsync(string payload)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var notify = new NpgsqlCommand("SELECT pg_notify($1, $2)", connection)
        { Parameters = { new() { Value = FeedAnnouncements.Channel }, new() { Value = payload } } };
        await notify.ExecuteNonQueryAsync();
    }

    sealed class NoCatalog : IDbContextFactory<AppDbContext>
    {
        public AppDbContext CreateDbContext() => throw new InvalidOperationException("The listener's tests use no catalog.");
    }
}
