using System.Globalization;
using ReleaseCalendar.Pages;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Embed;

/// <summary>The widget's server-side wording in Russian and English: dates in the release's own zone, the zone named.
/// Months and zone names are the pages' (<see cref="ReleaseWhen"/>, <see cref="ZoneNames"/>), so the widget and the
/// subscribe page say a date the same way; unlike a page, the widget always says the year.</summary>
public static class EmbedText
{
    /// <summary>«24 мая 2024, 13:00 по Сеулу» / "May 24, 2024, 13:00 Seoul time"; «май 2024» / "May 2024" and «2024»
    /// without a day; a day without a time is just the day.</summary>
    public static string When(DateOnly date, DatePrecision precision, TimeOnly? time, string? zone, bool ru)
    {
        if (precision == DatePrecision.Year) return date.Year.ToString(CultureInfo.InvariantCulture);
        if (precision == DatePrecision.Month) return ReleaseWhen.MonthYear(date, ru);
        var day = Day(date, ru);
        if (time is not { } t || ReleaseTime.StoredZone(zone) is not { } z) return day;
        return $"{day}, {ReleaseTime.FormatTime(t)} {ZoneNames.Phrase(z.Id, ru ? "ru" : "en")}";
    }

    /// <summary>«24 мая 2024» / "May 24, 2024".</summary>
    public static string Day(DateOnly date, bool ru) => ReleaseWhen.Day(date, ru, currentYear: 0);

    public static string Heading(bool ru) => ru ? "Ближайшие релизы" : "Upcoming releases";

    public static string Empty(bool ru) => ru ? "Ближайших релизов нет" : "No upcoming releases";
}
