using System.Globalization;

namespace ReleaseCalendar.Releases;

/// <summary>The wire form of a release date: "2024-05-24", "2024-05" (month known, day TBA) or "2024" (year only).</summary>
public static class ReleaseDate
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static bool TryParse(string? text, out DateOnly date, out DatePrecision precision, out string? error)
    {
        date = default; precision = DatePrecision.Day; error = null;
        var s = text?.Trim() ?? "";
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", inv, DateTimeStyles.None, out date)) precision = DatePrecision.Day;
        else if (DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out date) && s.Length == 7) precision = DatePrecision.Month;
        else if (s.Length == 4 && int.TryParse(s, NumberStyles.None, inv, out var y) && y >= 1) { date = new DateOnly(y, 1, 1); precision = DatePrecision.Year; }
        else { error = $"'{text}' is not a date; use YYYY-MM-DD, or YYYY-MM / YYYY when the day is not announced."; return false; }
        if (date.Year < MinYear || date.Year > MaxYear)
        {
            error = $"The year {date.Year} is outside {MinYear}–{MaxYear}.";
            return false;
        }
        return true;
    }

    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
