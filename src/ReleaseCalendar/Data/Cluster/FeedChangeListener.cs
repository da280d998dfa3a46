using Microsoft.Extensions.Options;
using Npgsql;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Data.Cluster;

/// <summary>Keeps this replica's feed cache in step with writes on the others (issue #11): LISTENs on a connection of its
/// own, and on an announcement (<see cref="FeedAnnouncements"/>) that is not this process's asks
/// <see cref="ForeignWrites"/> to look at once, which drops exactly the feeds changed since its last look. While the
/// channel is down nothing can be trusted to announce a write: the cache is dropped when the loss is noticed, every
/// second until the channel is back, and once more when it is, so no cached feed outlives a missed write by more than a
/// second. The poll of <see cref="ForeignWrites"/> stays as the fallback.</summary>
public sealed class FeedChangeListener(ClusterDatabase database, FeedCache cache, ForeignWrites foreign, CatalogStore store,
    IOptions<ClusterOptions> options, TimeProvider clock, ILogger<FeedChangeListener> logger) : BackgroundService
{
    /// <summary>While the channel is down, the cache lives no longer than this (the one second).</summary>
    public static readonly TimeSpan DeafCacheLifetime = TimeSpan.FromSeconds(1);

    static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(100);

    volatile bool _listening;
    // The first LISTEN, or the first failure to open the channel: start-up waits for it (StartAsync).
    readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _connections;
    int _announcements;

    /// <summary>How many times the channel was opened (1 after start, 2 after one reconnect).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Announcements from other processes heard so far.</summary>
    public int Announcements => Volatile.Read(ref _announcements);

    public bool Listening => _listening;

    /// <summary>The PostgreSQL backend serving the channel (pg_stat_activity.pid), while listening.</summary>
    public int? BackendProcessId { get; private set; }

    /// <summary>Returns once the channel is open, or its first attempt failed (the retries and the deaf drops go on):
    /// the server takes requests after hosted services have started, so a replica does not begin by caching feeds that
    /// the deaf timer drops a moment later, or serve before it can hear the others.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        await _firstAttempt.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var deaf = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, deaf.Token);
        var dropping = DropWhileDeafAsync(linked.Token);
        try { await ListenAsync(stoppingToken); }
        finally
        {
            _firstAttempt.TrySetResult();
            await deaf.CancelAsync();
            await dropping;
        }
    }

    async Task ListenAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetry;
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            ApplicationName = "releasecalendar-feed-listener",
            // Its own session, never handed back to a pool (a pooled connection is reset, which ends LISTEN).
            Pooling = false,
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += OnNotification;
                await using (var listen = new NpgsqlCommand($"LISTEN {FeedAnnouncements.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                // From here on every commit is announced. What was committed while the channel was lost may be cached
                // stale: drop it all. Before the first LISTEN the cache is young (the deaf timer has kept it so) and
                // the look below finds what other processes wrote meanwhile.
                var count = Interlocked.Increment(ref _connections);
                if (count > 1) cache.Clear();
                _listening = true;
                BackendProcessId = connection.ProcessID;
                if (count > 1) logger.ChannelRestored(count - 1);
                foreign.LookSoon();
                _firstAttempt.TrySetResult();
                delay = FirstRetry;
                while (true)
                {
                    if (await connection.WaitAsync(options.Value.Heartbeat, stoppingToken)) continue;
                    await using var ping = new NpgsqlCommand("SELECT 1", connection);
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    timeout.CancelAfter(options.Value.PingTimeout);
                    await ping.ExecuteScalarAsync(timeout.Token);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                if (_listening)
                {
                    _listening = false;
                    BackendProcessId = null;
                    cache.Clear();
                    logger.ChannelLost(e);
                }
                else logger.ChannelUnavailable(e.Message, (long)delay.TotalMilliseconds);
                _firstAttempt.TrySetResult();
                await Task.Delay(delay, clock, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.Value.ReconnectMaxDelay.Ticks));
            }
        }
    }

    void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel != FeedAnnouncements.Channel) return;
        // Own writes dropped their feeds already; an unreadable payload is treated as another's.
        if (FeedAnnouncements.Parse(e.Payload) is { } stamp && store.IsOwnStamp(stamp)) return;
        Interlocked.Increment(ref _announcements);
        foreign.LookSoon();
    }

    async Task DropWhileDeafAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(DeafCacheLifetime, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                if (!_listening) cache.Clear();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }
}

/// <summary>The PostgreSQL database the replicas share (registered only when Data:Provider is postgres).</summary>
public sealed record ClusterDatabase(string ConnectionString);

public static partial class Log
{
    [LoggerMessage(EventId = 901, Level = LogLevel.Warning,
        Message = "Lost the feed-change channel: other replicas' writes go unheard; this replica's feed cache is dropped until it is back")]
    public static partial void ChannelLost(this ILogger logger, Exception e);

    [LoggerMessage(EventId = 902, Level = LogLevel.Information,
        Message = "Feed-change channel back after {Losses} losses; dropped the whole feed cache, as writes may have been missed")]
    public static partial void ChannelRestored(this ILogger logger, int losses);

    [LoggerMessage(EventId = 903, Level = LogLevel.Warning,
        Message = "Cannot listen for feed changes ({Reason}); retrying in {DelayMs} ms")]
    public static partial void ChannelUnavailable(this ILogger logger, string reason, long delayMs);
}
