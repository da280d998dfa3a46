using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Data;

/// <summary>Applies migrations before the server takes requests, then seeds the demo catalog into an empty database.</summary>
sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DataOptions> options, TimeProvider clock,
    IHostEnvironment environment, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets feed readers go on while an admin or ingest job writes.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try { await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken); }
            finally { await db.Database.CloseConnectionAsync(); }
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (options.Value.SeedDemo && !await db.Subjects.AnyAsync(cancellationToken))
        {
            var added = await DemoCatalog.SeedAsync(db, clock.GetUtcNow().UtcDateTime, environment.IsDevelopment(), cancellationToken);
            logger.LogInformation("Seeded the demo catalog: {Releases} releases", added);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
