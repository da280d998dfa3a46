namespace ReleaseCalendar.Embed;

/// <summary>embed.js, read once from the assembly (an embedded resource, so it ships inside the one executable).</summary>
public static class EmbedScript
{
    public const string ContentType = "text/javascript; charset=utf-8";

    /// <summary>Fan sites paste one unversioned URL, so the script can't be immutable: an hour, then a cheap revalidation.</summary>
    public const string CacheControl = "public, max-age=3600";

    public static EmbedBody Body { get; } = Load();

    static EmbedBody Load()
    {
        using var stream = typeof(EmbedScript).Assembly.GetManifestResourceStream("ReleaseCalendar.Embed.embed.js")
            ?? throw new InvalidOperationException("embed.js is not embedded in the assembly (ReleaseCalendar.csproj).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return EmbedBody.Of(copy.ToArray(), null);
    }
}
