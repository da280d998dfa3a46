using System.Diagnostics;

namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>Runs the built service as a real process (`dotnet ReleaseCalendar.dll`), for what only a process shows:
/// its exit code, its stderr, its console log format.</summary>
internal sealed class ServiceProcess : IDisposable
{
    const string DatabasePrefix = "rc-proc-";
    readonly Process _process;
    readonly string? _ownDatabase;

    ServiceProcess(Process process, string? ownDatabase) => (_process, _ownDatabase) = (process, ownDatabase);

    /// <summary>Settings every run gets unless overridden: its own database file (deleted with the process), no jobs,
    /// Production logging.</summary>
    public static Dictionary<string, string> Defaults() => new(StringComparer.Ordinal)
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__ReleaseCalendar"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"{DatabasePrefix}{Guid.NewGuid():N}.db")}",
        ["Data__SeedDemo"] = "false",
        ["Ingest__SchedulerEnabled"] = "false",
    };

    public static ServiceProcess Start(IReadOnlyDictionary<string, string> environment) =>
        Run(environment, "--urls", "http://127.0.0.1:0");

    /// <summary>The executable with a verb and its arguments (`import --source 3`).</summary>
    public static ServiceProcess Run(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        // The test output holds the service's dll, runtimeconfig, deps and appsettings; it is the content root.
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReleaseCalendar.dll"));
        foreach (var argument in arguments) psi.ArgumentList.Add(argument);
        foreach (var (k, v) in environment) psi.Environment[k] = v;
        return new ServiceProcess(Process.Start(psi) ?? throw new InvalidOperationException("dotnet did not start"), OwnDatabase(environment));
    }

    /// <summary>The file <see cref="Defaults"/> named, when the run still uses it: one per call, so no other process has it.</summary>
    static string? OwnDatabase(IReadOnlyDictionary<string, string> environment)
    {
        if (!environment.TryGetValue("ConnectionStrings__ReleaseCalendar", out var connection)) return null;
        var path = connection.StartsWith("Data Source=", StringComparison.Ordinal) ? connection["Data Source=".Length..] : null;
        return path is not null && Path.GetDirectoryName(path) == Path.TrimEndingDirectorySeparator(Path.GetTempPath())
            && Path.GetFileName(path).StartsWith(DatabasePrefix, StringComparison.Ordinal) ? path : null;
    }

    public StreamReader Output => _process.StandardOutput;

    /// <summary>Waits for the process to end by itself (a start-up failure); the guard is for hangs, not speed.</summary>
    public async Task<(int ExitCode, string Output, string Error)> ExitAsync()
    {
        var output = _process.StandardOutput.ReadToEndAsync();
        var error = _process.StandardError.ReadToEndAsync();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (_process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        if (_ownDatabase is null) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_ownDatabase + suffix);
    }
}
