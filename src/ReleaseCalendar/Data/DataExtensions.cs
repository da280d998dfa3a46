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
        builder.Services.AddDbContextFactory<AppDbContext>((sp, o) =>
        {
            o.UseSqlite(ConnectionString(sp), s => s.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName));
            o.AddInterceptors(sp.GetRequiredService<SqlitePragmas>());
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    static string ConnectionString(IServiceProvider sp) => Storage(sp).ConnectionString;

    static (string ConnectionString, string Key) Storage(IServiceProvider sp) =>
        Storage(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>());

    /// <summary>The SQLite connection string, for the other users of the same file (Quartz's job store).</summary>
    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment) =>
        Storage(configuration, environment).ConnectionString;

    /// <summary>The SQLite connection string and the configuration key it came from, so errors can name it.</summary>
    static (string ConnectionString, string Key) Storage(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return (configured, ConnectionStringKey);
        var options = configuration.GetSection(DataOptions.Section).Get<DataOptions>() ?? new DataOptions();
        var path = System.IO.Path.GetFullPath(options.Path, environment.ContentRootPath);
        return (new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString(), DataOptions.Section + ":" + nameof(DataOptions.Path));
    }

    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    /// <summary>Checks before start that the connection string parses and the database file's folder can be created
    /// and written, so a bad setting stops start-up with one line naming its key (Hosting/ConfigurationErrors.cs)
    /// instead of a SQLite error deep in the migrations.</summary>
    public static void CheckStorage(this IHost app)
    {
        var (connectionString, key) = Storage(app.Services);
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
    /// (EF's own BeginTransaction is IMMEDIATE there, which would queue feed reads behind writers).</summary>
    public static async Task<IAsyncDisposable> BeginReadSnapshotAsync(this AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
            return await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await db.Database.OpenConnectionAsync(ct);
        var tx = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(tx, ct);
        return tx;
    }
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
