using System.Diagnostics;

namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>
/// Runs ../shared/tools/ics-check (three real parsers plus RFC 5545 checks) when the checkout has it.
/// A user's clone has no ../shared: tests that need it use <see cref="IcsCheckFactAttribute"/>, which reports them as
/// skipped there and fails them in CI, where the tool must be present.
/// </summary>
internal static class IcsCheck
{
    /// <summary>The folder holding ReleaseCalendar.sln, found by walking up from the test binaries.</summary>
    public static string? RepoRoot { get; } = FindRepoRoot();

    public static string? ToolPath { get; } = RepoRoot is null
        ? null
        : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "tools", "ics-check")) is var tool && File.Exists(tool)
            ? tool
            : null;

    /// <summary>CI sets CI=true; there a missing tool is a broken set-up, not a reason to skip.</summary>
    public static bool Required { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("CI") == "1";

    /// <summary>
    /// Writes the feed to a temp file and checks it; returns the exit code and the report. A failing feed's file is
    /// kept for inspection unless <paramref name="keepOnFailure"/> is false.
    /// </summary>
    public static async Task<(int ExitCode, string Report)> RunAsync(byte[] feed, bool keepOnFailure = true,
        CancellationToken ct = default)
    {
        var tool = ToolPath ?? throw new InvalidOperationException(
            "CI is set but ../shared/tools/ics-check was not found next to the repository: the feed checks cannot run.");
        var file = Path.Combine(Path.GetTempPath(), $"rc-feed-{Guid.NewGuid():N}.ics");
        await File.WriteAllBytesAsync(file, feed, ct);
        var psi = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("-q");
        psi.ArgumentList.Add(file);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        // The first run installs the parsers (apt, npm, a C build), which can take minutes.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        var report = $"{await stdout}{await stderr}";
        if (process.ExitCode == 0 || !keepOnFailure)
        {
            File.Delete(file);
            return (process.ExitCode, report);
        }
        return (process.ExitCode, $"{report}\n(feed kept for inspection: {file})");
    }

    static string? FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReleaseCalendar.sln"))) return dir.FullName;
        }
        return null;
    }
}
