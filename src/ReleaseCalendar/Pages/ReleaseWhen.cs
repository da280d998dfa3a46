using System.Globalization;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Pages;

/// <summary>When a release is, as the server renders it: the original zone named («24 мая, 13:00 по Сеулу»), a
/// date-only release as its calendar date, a month- or year-precision one as «май 2024» / "2024", never a day.
/// <see cref="Machine"/> goes into <c>&lt;time datetime&gt;</c>; for timed releases it is the UTC instant, from which
/// the page script adds the visitor's own time.</summary>
public sealed record ReleaseWhen(string Text, string Machine, string? ZoneId, bool DayUnknown)
{
    static readonly string[] RuGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
    static readonly string[] RuNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
    static readonly string[] En = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Pure: the release's date fields, the page language and today's year (the year is said only when it differs).</summary>
    public static ReleaseWhen Of(Release r, string lang, int currentYear)
    {
        var ru = lang == "ru";
        var inv = CultureInfo.InvariantCulture;
        switch (r.Precision)
        {
            case DatePrecision.Year:
                return new(r.Date.Year.ToString("D4", inv), r.Date.Year.ToString("D4", inv), null, true);
            case DatePrecision.Month:
                return new(MonthYear(r.Date, ru), r.Date.ToString("yyyy-MM", inv), null, true);
        }
        // ReleaseTime is the engine feeds and the JSON API use: the page shows the instant a calendar shows.
        if (ReleaseTime.Moment(r.Date, r.Time, r.TimeZone) is { } moment)
        {
            var local = moment.Zoned.LocalDateTime;
            var day = Day(DateOnly.FromDateTime(local.ToDateTimeUnspecified()), ru, currentYear);
            var time = local.ToDateTimeUnspecified().ToString(local.Second == 0 ? "HH:mm" : "HH:mm:ss", inv);
            var zone = moment.Zoned.Zone.Id;
            var instant = moment.Zoned.ToInstant().ToDateTimeUtc().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", inv);
            return new($"{day}, {time} {ZoneNames.Phrase(zone, lang)}", instant, zone, false);
        }
        return new(Day(r.Date, ru, currentYear), r.Date.ToString("yyyy-MM-dd", inv), null, false);
    }

    /// <summary>«май 2024» / "May 2024": a month-precision date, never a day.</summary>
    public static string MonthYear(DateOnly date, bool ru) =>
        ru ? $"{RuNominative[date.Month - 1]} {date.Year:D4}" : $"{En[date.Month - 1]} {date.Year:D4}";

    /// <summary>«24 мая», «24 мая 2023»; "May 24", "May 24, 2023".</summary>
    public static string Day(DateOnly date, bool ru, int currentYear)
    {
        var sameYear = date.Year == currentYear;
        return ru
            ? sameYear ? $"{date.Day} {RuGenitive[date.Month - 1]}" : $"{date.Day} {RuGenitive[date.Month - 1]} {date.Year}"
            : sameYear ? $"{En[date.Month - 1]} {date.Day}" : $"{En[date.Month - 1]} {date.Day}, {date.Year}";
    }
}
