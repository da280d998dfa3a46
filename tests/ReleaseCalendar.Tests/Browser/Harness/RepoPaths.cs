namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>Folders of the source tree, found from the test assembly (artifacts/bin/… under the repository).</summary>
public static class RepoPaths
{
    static readonly Lazy<string> _root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReleaseCalendar.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No ReleaseCalendar.sln above {AppContext.BaseDirectory}.");
    });

    /// <summary>The repository root (where ReleaseCalendar.sln is).</summary>
    public static string Root => _root.Value;

    /// <summary>tests/ReleaseCalendar.Tests/Browser: package.json and node_modules for axe-core.</summary>
    public static string BrowserTests => Path.Combine(Root, "tests", "ReleaseCalendar.Tests", "Browser");

    /// <summary>TestResults/screenshots under the repository root (ignored by git; .ci/run prints it).</summary>
    public static string Screenshots => Path.Combine(Root, "TestResults", "screenshots");
}
