using System.Text.Json;

namespace ReleaseCalendar.Ingest.Sources;

/// <summary>Reading an upstream's JSON strictly where it matters: each missing or mistyped field becomes a
/// <see cref="SourceFormatException"/> naming the upstream, the URL and the place ("release-groups[3] has no 'id' string").</summary>
public readonly record struct UpstreamJson(string Upstream, string Url)
{
    public JsonDocument Parse(ReadOnlyMemory<byte> body)
    {
        try { return JsonDocument.Parse(body); }
        catch (JsonException e) { throw Format($"the body is not JSON ({e.Message})", e); }
    }

    public JsonElement RequireObject(JsonElement e, string where) =>
        e.ValueKind == JsonValueKind.Object ? e : throw Format($"{where} is not a JSON object");

    public JsonElement RequireArray(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Array
            ? e
            : throw Format($"{where} has no '{name}' array");

    /// <summary>A whole number, not negative (ids, counts).</summary>
    public int RequireInt(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n) && n >= 0
            ? n
            : throw Format($"{where} has no '{name}' number");

    public int? OptionalInt(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n)
            ? n
            : throw Format($"{where} has a '{name}' that is not a whole number");
    }

    public string RequireString(JsonElement parent, string name, string where) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String
            ? e.GetString()!
            : throw Format($"{where} has no '{name}' string");

    public static string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    public SourceFormatException Format(string problem, Exception? inner = null) =>
        new($"{Upstream} answered {Url} with an unexpected body: {problem}.", inner);
}
