using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Data;

/// <summary>Applies migrations before the server takes requests, then seeds the demo catalog into an empty database.</summary>
sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DataOptions> options, TimeProvider clock,
    IHostEnvironment environment, ILoggerFactory logging, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsNpgsql())
        {
            await StartPostgresAsync(db, cancellationToken);
            return;
        }
        // WAL lets feed readers go on while an admin or ingest job writes.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try { await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken); }
        finally { await db.Database.CloseConnectionAsync(); }
        await db.Database.MigrateAsync(cancellationToken);
        await SeedAsync(db, cancellationToken);
    }

    /// <summary>Replicas starting together: the first to take the start-up lock migrates and seeds, the others wait for
    /// it and then find nothing left to do (a session-level advisory lock, released with the connection if the holder dies).</summary>
    async Task StartPostgresAsync(AppDbContext db, CancellationToken ct)
    {
        var connectionString = db.Database.GetConnectionString()!;
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLocks.Startup})", connection))
            await take.ExecuteNonQueryAsync(ct);
        try
        {
            await using (var migrations = new PostgresMigrations(DataExtensions.PostgresMigrationOptions(connectionString, logging)))
                await migrations.Database.MigrateAsync(ct);
            await SeedAsync(db, ct);
        }
        finally
        {
            await using var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLocks.Startup})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        if (options.Value.SeedDemo && !await db.Subjects.AnyAsync(ct))
        {
            var added = await DemoCatalog.SeedAsync(db, clock.GetUtcNow().UtcDateTime, environment.IsDevelopment(), ct);
            logger.LogInformation("Seeded the demo catalog: {Releases} releases", added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
