using System.Diagnostics;
using Npgsql;

namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>A real PostgreSQL for the tests: the one RC_TEST_POSTGRES names (CI starts it with tests/pg/start.sh), or
/// else one this test process starts with the same script and stops when it exits. Each caller gets a database of its
/// own, so tests never share data.</summary>
public static class PostgresServer
{
    /// <summary>Set to `postgres` to run every AppFactory-based test on PostgreSQL instead of SQLite.</summary>
    public const string ProviderVariable = "RC_TEST_PROVIDER";
    public const string ServerVariable = "RC_TEST_POSTGRES";

    public static bool IsSelected =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    static readonly Lazy<string> Admin = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string of a new, empty database.</summary>
    public static string CreateDatabase()
    {
        var admin = Admin.Value;
        var name = $"rc_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            // A linguistic default collation (ICU's root locale), as most production clusters have, not the test
            // cluster's C: so the schema's own "C" columns are what makes order and equality match SQLite's.
            using var create = new NpgsqlCommand(
                $"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C.UTF-8'", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    /// <summary>Drops a database <see cref="CreateDatabase"/> made, closing whatever still uses it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Admin.Value);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    static string Start()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } given) return given;
        var script = Path.Combine(RepoRoot(), "tests", "pg", "start.sh");
        var (code, output, error) = Run(script, new Dictionary<string, string>());
        if (code != 0)
            throw new InvalidOperationException($"No PostgreSQL for the tests: {script} failed ({error.Trim()}). " +
                "Install Debian's postgresql package (apt-get install -y postgresql) or set RC_TEST_POSTGRES to a server's admin connection string.");
        var exports = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim()).Where(l => l.StartsWith("export ", StringComparison.Ordinal))
            .Select(l => l["export ".Length..].Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim('\''));
        // Stopped when this test process ends, however the run went.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(Path.Combine(RepoRoot(), "tests", "pg", "stop.sh"), exports);
        return exports[ServerVariable];
    }

    static (int Code, string Output, string Error) Run(string script, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (k, v) in environment) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReleaseCalendar.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReleaseCalendar.sln not found above " + AppContext.BaseDirectory);
    }
}
