using System.Text;
using System.Text.Json;
using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Pages;

/// <summary>The pages' one stylesheet, one script and icon, embedded in the assembly (no build step), each with a content
/// ETag. Pages link them with <c>?v=</c> and that version, so browsers may keep them for a year and still never run
/// an old script against a new page.</summary>
public static class PageAssets
{
    public sealed record Asset(string Name, string ContentType, byte[] Bytes, string ETag)
    {
        /// <summary>Short content version for the <c>?v=</c> the pages link with.</summary>
        public string Version { get; } = ETag.Trim('"')[..12];
        public string Href => $"/pages/{Name}?v={Version}";
    }

    public static readonly Asset Stylesheet = Load("site.css", "text/css; charset=utf-8", s => s);

    // The script names zones as the server does: the one table is ZoneNames, written into the script here.
    public static readonly Asset Script = Load("site.js", "text/javascript; charset=utf-8", s => s.Replace(
        "/*ZONES*/{}", JsonSerializer.Serialize(ZoneNames.Table.ToDictionary(kv => kv.Key, kv => new[] { kv.Value.Ru, kv.Value.En }),
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
        StringComparison.Ordinal));

    // Without an icon link browsers ask for /favicon.ico, which would be a 404 on every page.
    public static readonly Asset Icon = Load("icon.svg", "image/svg+xml", s => s);

    public static Asset? Find(string name) => name switch
    {
        "site.css" => Stylesheet,
        "site.js" => Script,
        "icon.svg" => Icon,
        _ => null,
    };

    static Asset Load(string name, string contentType, Func<string, string> transform)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("Pages." + name)
            ?? throw new InvalidOperationException($"The embedded asset Pages.{name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var bytes = Encoding.UTF8.GetBytes(transform(reader.ReadToEnd()));
        return new Asset(name, contentType, bytes, FeedService.ETagOf(bytes));
    }
}
