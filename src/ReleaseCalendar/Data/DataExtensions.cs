using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Data;

public static class DataExtensions
{
    public const string ConnectionStringName = "ReleaseCalendar";

    public static IHostApplicationBuilder AddData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DataOptions, DataOptionsValidator>(DataOptions.Section);
        builder.Services.AddSingleton<SqlitePragmas>();
        // Options built once (singleton), not per request; the factory lets feed cache hits skip creating a context.
        builder.Services.AddDbContextFactory<AppDbContext>((sp, o) => Configure(o, Storage(sp), sp));
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    /// <summary>The provider, its connection string, and the configuration key that string came from (for errors).</summary>
    public sealed record StorageSettings(DataProvider Provider, string ConnectionString, string Key);

    static void Configure(DbContextOptionsBuilder o, StorageSettings storage, IServiceProvider sp)
    {
        if (storage.Provider == DataProvider.Postgres)
        {
            o.UseNpgsql(storage.ConnectionString);
            return;
        }
        o.UseSqlite(storage.ConnectionString, s => s.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName));
        o.AddInterceptors(sp.GetRequiredService<SqlitePragmas>());
    }

    /// <summary>Options for <see cref="PostgresMigrations"/>, the context that carries PostgreSQL's migrations.</summary>
    internal static DbContextOptions<PostgresMigrations> PostgresMigrationOptions(string connectionString, ILoggerFactory? logging = null)
    {
        var options = new DbContextOptionsBuilder<PostgresMigrations>().UseNpgsql(connectionString);
        // The service's logging, so "Applying migration …" reaches its log as on SQLite.
        if (logging is not null) options.UseLoggerFactory(logging);
        return options.Options;
    }

    static StorageSettings Storage(IServiceProvider sp) =>
        Storage(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>());

    /// <summary>The store's settings, for the other users of the same database (Quartz's job store).</summary>
    public static StorageSettings Storage(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ProviderOf(configuration);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return new(provider, configured, ConnectionStringKey);
        if (provider == DataProvider.Postgres)
            throw new ConfigurationException(ConnectionStringKey, "required when Data:Provider is postgres (e.g. \"Host=db;Database=releasecalendar;Username=releasecalendar;Password=…\")");
        var path = configuration.GetSection(DataOptions.Section)[nameof(DataOptions.Path)] ?? new DataOptions().Path;
        path = System.IO.Path.GetFullPath(path, environment.ContentRootPath);
        return new(provider, new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString(),
            DataOptions.Section + ":" + nameof(DataOptions.Path));
    }

    const string ProviderKey = DataOptions.Section + ":" + nameof(DataOptions.Provider);

    static DataProvider ProviderOf(IConfiguration configuration) => configuration[ProviderKey] switch
    {
        null or "" => DataProvider.Sqlite,
        var v when Enum.TryParse<DataProvider>(v, ignoreCase: true, out var p) && Enum.IsDefined(p) && !char.IsDigit(v[0]) => p,
        _ => throw new ConfigurationException(ProviderKey, "must be sqlite or postgres"),
    };

    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>Checks before start that the connection string parses (and for SQLite that the database file's folder
    /// can be created and written), so a bad setting stops start-up with one line naming its key
    /// (Hosting/ConfigurationErrors.cs) instead of a provider error deep in the migrations.</summary>
    public static void CheckStorage(this IHost app)
    {
        var (provider, connectionString, key) = Storage(app.Services);
        if (provider == DataProvider.Postgres)
        {
            try
            {
                var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
                if (string.IsNullOrWhiteSpace(b.Host)) throw new ConfigurationException(key, "names no Host");
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new ConfigurationException(key, $"not a PostgreSQL connection string ({e.Message})", e);
            }
            return;
        }
        string source;
        try { source = new SqliteConnectionStringBuilder(connectionString).DataSource; }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new ConfigurationException(key, $"not a SQLite connection string ({e.Message})", e);
        }
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return;
        var file = System.IO.Path.GetFullPath(source, app.Services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var folder = System.IO.Path.GetDirectoryName(file)!;
        try { Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ConfigurationException(key, $"cannot create folder '{folder}' ({e.Message})", e);
        }
        // SQLite also writes -wal and -shm files beside the database, so the folder itself must be writable.
        var probe = System.IO.Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            if (File.Exists(file)) using (File.Open(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(key, $"cannot write the database in '{folder}' ({e.Message})", e);
        }
    }

    /// <summary>Several reads that must see one state of the catalog (a feed's releases and the stamps that make its
    /// Last-Modified): a read transaction. On SQLite a deferred one — a WAL reader's snapshot that takes no write lock
    /// (EF's own BeginTransaction is IMMEDIATE there, which would queue feed reads behind writers); on PostgreSQL a
    /// REPEATABLE READ snapshot, which never blocks nor is blocked by writers.</summary>
    public static async Task<IAsyncDisposable> BeginReadSnapshotAsync(this AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
            return await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await db.Database.OpenConnectionAsync(ct);
        var tx = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(tx, ct);
        return tx;
    }

    /// <summary>A catalog write's transaction. Writes are serialised, one at a time across every process: on SQLite by
    /// BEGIN IMMEDIATE (EF's default there), on PostgreSQL by a transaction-scoped advisory lock taken first. The feed
    /// clock, the subjects' stamps and If-Match checks rely on that single-writer order on both.</summary>
    public static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginWriteAsync(this AppDbContext db, CancellationToken ct)
    {
        var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLocks.CatalogWrite})", ct);
        return tx;
    }
}

/// <summary>PostgreSQL advisory lock keys (one 64-bit space per database); arbitrary, but fixed forever.</summary>
static class AdvisoryLocks
{
    /// <summary>Held by every catalog write's transaction.</summary>
    public const long CatalogWrite = 0x52430001;
    /// <summary>Held while one replica migrates and seeds at start.</summary>
    public const long Startup = 0x52430002;
}

/// <summary>Per-connection SQLite settings: wait for the write lock instead of failing at once,
/// and enforce foreign keys. WAL itself is persistent and set once at start.</summary>
sealed class SqlitePragmas(IOptions<DataOptions> options) : DbConnectionInterceptor
{
    readonly string _sql = $"PRAGMA busy_timeout = {(int)options.Value.BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection) return;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = _sql;
        cmd.ExecuteNonQuery();
    }
}
