using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using ReleaseCalendar.Ingest.Http;

namespace ReleaseCalendar.Data.Cluster;

/// <summary>An upstream's limit for the whole cluster (MusicBrainz: one request a second, whatever the number of
/// replicas), in PostgreSQL advisory locks, so without a table of its own: a limit of N starts per window is N locks,
/// and a request starts only holding one of them, which it keeps for the window after its start, on a session of its
/// own. N holders at most, each for a window: never more than N starts in any window. A replica that dies mid-window
/// frees its lock with its sessions. Tried in order, then waited for in turn, so waiters spread over the locks.</summary>
public sealed class PostgresRequestSpacing(ClusterDatabase database, TimeProvider clock, ILogger<PostgresRequestSpacing> logger)
    : ISharedSpacing, IAsyncDisposable
{
    /// <summary>The first half of every key (two-int advisory locks): "RC", apart from other users' keys.</summary>
    const int KeySpace = 0x5243;

    /// <summary>A lock is granted before the request leaves: a fresh TCP connection can take tens of milliseconds more
    /// than a pooled one, so holding this much longer keeps the arrivals at the upstream a window apart as well.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromMilliseconds(50);

    readonly NpgsqlDataSource _sessions = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(database.ConnectionString)
    {
        ApplicationName = "releasecalendar-rate-limit",
        // A lock ends with its session: closing an unpooled connection releases it for sure.
        Pooling = false,
        // Waiting for a lock is bounded by the request's own total timeout (its cancellation), not by the command's.
        CommandTimeout = 0,
    }.ConnectionString).Build();
    readonly CancellationTokenSource _disposed = new();
    int _turn;

    public async Task<Action> WaitAsync(string key, int permits, TimeSpan window, CancellationToken ct)
    {
        var connection = await _sessions.OpenConnectionAsync(ct);
        try
        {
            var slot = await TakeAsync(connection, key, permits, ct);
            var held = 0;
            return () => { if (Interlocked.Exchange(ref held, 1) == 0) _ = HoldAsync(connection, key, slot, window + Guard); };
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    async Task<int> TakeAsync(NpgsqlConnection connection, string key, int permits, CancellationToken ct)
    {
        for (var slot = 0; slot < permits; slot++)
            if (await LockAsync(connection, "pg_try_advisory_lock", Key(key, slot), ct) is true) return slot;
        var wait = (int)((uint)Interlocked.Increment(ref _turn) % (uint)permits);
        await LockAsync(connection, "pg_advisory_lock", Key(key, wait), ct);
        return wait;
    }

    static async Task<object?> LockAsync(NpgsqlConnection connection, string function, int key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}($1, $2)", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = KeySpace });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = key });
        return await command.ExecuteScalarAsync(ct);
    }

    async Task HoldAsync(NpgsqlConnection connection, string key, int slot, TimeSpan hold)
    {
        try { await Task.Delay(hold, clock, _disposed.Token); }
        catch (OperationCanceledException) { }
        try { await connection.DisposeAsync(); }
        catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
        {
            // The session is gone either way, and its lock with it.
            logger.RateLimitReleaseFailed(e, key, slot);
        }
    }

    /// <summary>Stable across processes and versions (string.GetHashCode is not).</summary>
    static int Key(string key, int slot) =>
        BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}#{slot}")));

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        await _sessions.DisposeAsync();
    }
}

public static partial class Log
{
    [LoggerMessage(EventId = 904, Level = LogLevel.Debug, Message = "Closing the rate-limit session of {Key} slot {Slot} failed")]
    public static partial void RateLimitReleaseFailed(this ILogger logger, Exception e, string key, int slot);
}
