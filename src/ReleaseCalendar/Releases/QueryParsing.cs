using System.Globalization;

namespace ReleaseCalendar.Releases;

/// <summary>Parses the comma lists and dates of public query strings, collecting one error per bad field.</summary>
public sealed class QueryParsing
{
    readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors => _errors;
    public bool Ok => _errors.Count == 0;

    public void Fail(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public static IReadOnlyList<string> List(string? csv) =>
        string.IsNullOrWhiteSpace(csv) ? [] : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<ReleaseKind>? Kinds(string? csv, string field = "kinds")
    {
        var items = List(csv);
        if (items.Count == 0) return null;
        var kinds = new List<ReleaseKind>();
        foreach (var item in items)
        {
            if (Enum.TryParse<ReleaseKind>(item, ignoreCase: true, out var k) && !int.TryParse(item, out _)) kinds.Add(k);
            else Fail(field, $"'{item}' is not a kind; use {string.Join(", ", Enum.GetNames<ReleaseKind>().Select(n => n.ToLowerInvariant()))}.");
        }
        return kinds;
    }

    public DateOnly? Date(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year >= ReleaseDate.MinYear && d.Year <= ReleaseDate.MaxYear) return d;
        Fail(field, $"'{value}' is not a date between {ReleaseDate.MinYear} and {ReleaseDate.MaxYear} in the form YYYY-MM-DD.");
        return null;
    }

    public int Int(int? value, string field, int min, int max, int fallback)
    {
        if (value is null) return fallback;
        if (value >= min && value <= max) return value.Value;
        Fail(field, $"{value} is outside {min}–{max}.");
        return fallback;
    }

    public string Lang(string? value, string fallback = "en")
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        var v = value.Trim().ToLowerInvariant();
        if (v is "ru" or "en") return v;
        Fail("lang", $"'{value}' is not a supported language; use ru or en.");
        return fallback;
    }
}
