using System.Globalization;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Embed;

/// <summary>The widget's server-side wording in Russian and English: dates in the release's own zone, the zone named.
/// Own month tables rather than CultureInfo, so the text does not depend on the machine's ICU data.</summary>
public static class EmbedText
{
    static readonly string[] RuGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    static readonly string[] RuNominative =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
    static readonly string[] En =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // The zones K-pop and K-drama releases are announced in, named as fans say them; others keep their tzdb id.
    static readonly Dictionary<string, (string Ru, string En)> Zones = new(StringComparer.Ordinal)
    {
        ["Asia/Seoul"] = ("по Сеулу", "Seoul time"),
        ["Asia/Tokyo"] = ("по Токио", "Tokyo time"),
        ["Asia/Shanghai"] = ("по Пекину", "Beijing time"),
        ["Europe/Moscow"] = ("по Москве", "Moscow time"),
        ["Europe/London"] = ("по Лондону", "London time"),
        ["America/New_York"] = ("по Нью-Йорку", "New York time"),
        ["America/Los_Angeles"] = ("по Лос-Анджелесу", "Los Angeles time"),
        ["Etc/UTC"] = ("UTC", "UTC"),
    };

    /// <summary>«24 мая, 13:00 по Сеулу» / "May 24, 13:00 Seoul time"; «май 2024» / "May 2024" and «2024» without a day;
    /// a day without a time is just the day.</summary>
    public static string When(DateOnly date, DatePrecision precision, TimeOnly? time, string? zone, bool ru)
    {
        if (precision == DatePrecision.Year) return date.Year.ToString(CultureInfo.InvariantCulture);
        if (precision == DatePrecision.Month)
            return (ru ? RuNominative : En)[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);
        var day = Day(date, ru);
        if (time is not { } t || ReleaseTime.StoredZone(zone) is not { } z) return day;
        return $"{day}, {ReleaseTime.FormatTime(t)} {ZoneName(z.Id, ru)}";
    }

    /// <summary>«24 мая 2024» / "May 24, 2024".</summary>
    public static string Day(DateOnly date, bool ru) => ru
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} {RuGenitive[date.Month - 1]} {date.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{En[date.Month - 1]} {date.Day}, {date.Year}");

    public static string ZoneName(string zoneId, bool ru) =>
        Zones.TryGetValue(zoneId, out var n) ? ru ? n.Ru : n.En : $"({zoneId})";

    public static string Heading(bool ru) => ru ? "Ближайшие релизы" : "Upcoming releases";

    public static string Empty(bool ru) => ru ? "Ближайших релизов нет" : "No upcoming releases";
}
