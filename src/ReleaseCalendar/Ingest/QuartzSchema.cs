namespace ReleaseCalendar.Ingest;

/// <summary>Quartz's own schema script for its ADO.NET job store, shipped inside the Quartz assembly, rendered for our
/// table prefix: the migrations run it, so the job store's tables come and go with the rest of the schema, and
/// PostgreSQL later takes Quartz's postgres script the same way.</summary>
public static class QuartzSchema
{
    public const string TablePrefix = "QRTZ_";

    /// <summary>The statements of the script for <paramref name="dialect"/> ("sqlite", "postgres"), each run on its own.</summary>
    public static IReadOnlyList<string> Statements(string dialect)
    {
        var name = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Quartz assembly carries no schema script '{name}'.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        // Statements are separated by a line reading exactly "--;;"; the first piece is the file's comment header.
        return script.Split("\n--;;\n")
            .Select(s => string.Join('\n', s.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0).ToList();
    }
}
