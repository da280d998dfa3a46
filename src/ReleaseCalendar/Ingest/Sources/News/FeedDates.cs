using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;

namespace ReleaseCalendar.Ingest.Sources.News;

/// <summary>
/// Feed dates read leniently. Syndication's own parser throws on the first pubDate that is not strict RFC 822 and so
/// loses the whole feed; real feeds write "+0300", "MSK", two-digit years or ISO 8601 in RSS. A date that still can't
/// be read counts as absent (<see cref="DateTimeOffset.MinValue"/>), and the item falls back to its other date or now.
/// </summary>
public static partial class FeedDates
{
    static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["KST"] = 9, ["JST"] = 9, ["MSK"] = 3,
    };

    static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(XmlDateTimeData data, out DateTimeOffset value)
    {
        value = Parse(data.DateTimeString) ?? DateTimeOffset.MinValue;
        return true;
    }

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Rfc822().Match(text.Trim());
        if (m.Success)
        {
            var month = Array.IndexOf(Months, m.Groups["mon"].Value.ToLowerInvariant()[..3]) + 1;
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year < 100) year += year < 70 ? 2000 : 1900;
            var offset = Offset(m.Groups["zone"].Value);
            if (month > 0 && offset is { } o)
            {
                try
                {
                    return new DateTimeOffset(year, month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture),
                        int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture),
                        m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0, o);
                }
                catch (ArgumentOutOfRangeException)
                {
                    return null;
                }
            }
        }
        // ISO 8601 (Atom's RFC 3339, and RSS feeds that write it too); a value without an offset is read as UTC.
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var iso) ? iso : null;
    }

    static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 0) return TimeSpan.Zero;
        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length != 4 || !int.TryParse(digits, CultureInfo.InvariantCulture, out var hhmm)) return null;
            var span = new TimeSpan(hhmm / 100, hhmm % 100, 0);
            return zone[0] == '-' ? -span : span;
        }
        return ZoneHours.TryGetValue(zone, out var hours) ? TimeSpan.FromHours(hours) : null;
    }

    // RFC 822 §5 as amended by RFC 1123: "Fri, 10 May 2024 12:00:00 +0300", day name optional, seconds optional.
    [GeneratedRegex("""^(?:[A-Za-z]{3,9},?\s*)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>\d{2,4})\s+(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2}))?\s*(?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$""")]
    private static partial Regex Rfc822();
}
