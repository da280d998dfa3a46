namespace ReleaseCalendar.Pages;

/// <summary>How a time zone is named next to a time: «13:00 по Сеулу», "13:00 Seoul time". A table for the zones fans
/// and releases are usually in; any other zone falls back to the city of its tzdb id. The page script gets the same
/// table (<see cref="PageAssets"/>), so the visitor's zone is named the same way.</summary>
public static class ZoneNames
{
    /// <summary>tzdb id → (Russian phrase, English phrase). Old spellings browsers still report are listed too.</summary>
    public static readonly IReadOnlyDictionary<string, (string Ru, string En)> Table = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["Asia/Seoul"] = ("по Сеулу", "Seoul time"),
        ["Asia/Pyongyang"] = ("по Пхеньяну", "Pyongyang time"),
        ["Asia/Tokyo"] = ("по Токио", "Tokyo time"),
        ["Asia/Shanghai"] = ("по Пекину", "Beijing time"),
        ["Asia/Hong_Kong"] = ("по Гонконгу", "Hong Kong time"),
        ["Asia/Taipei"] = ("по Тайбэю", "Taipei time"),
        ["Asia/Manila"] = ("по Маниле", "Manila time"),
        ["Asia/Bangkok"] = ("по Бангкоку", "Bangkok time"),
        ["Asia/Jakarta"] = ("по Джакарте", "Jakarta time"),
        ["Asia/Singapore"] = ("по Сингапуру", "Singapore time"),
        ["Asia/Kolkata"] = ("по Индии", "India time"),
        ["Asia/Calcutta"] = ("по Индии", "India time"),
        ["Asia/Dubai"] = ("по Дубаю", "Dubai time"),
        ["Asia/Almaty"] = ("по Алма-Ате", "Almaty time"),
        ["Asia/Tashkent"] = ("по Ташкенту", "Tashkent time"),
        ["Asia/Bishkek"] = ("по Бишкеку", "Bishkek time"),
        ["Asia/Tbilisi"] = ("по Тбилиси", "Tbilisi time"),
        ["Asia/Yerevan"] = ("по Еревану", "Yerevan time"),
        ["Asia/Baku"] = ("по Баку", "Baku time"),
        ["Asia/Yekaterinburg"] = ("по Екатеринбургу", "Yekaterinburg time"),
        ["Asia/Omsk"] = ("по Омску", "Omsk time"),
        ["Asia/Novosibirsk"] = ("по Новосибирску", "Novosibirsk time"),
        ["Asia/Krasnoyarsk"] = ("по Красноярску", "Krasnoyarsk time"),
        ["Asia/Irkutsk"] = ("по Иркутску", "Irkutsk time"),
        ["Asia/Yakutsk"] = ("по Якутску", "Yakutsk time"),
        ["Asia/Vladivostok"] = ("по Владивостоку", "Vladivostok time"),
        ["Asia/Magadan"] = ("по Магадану", "Magadan time"),
        ["Asia/Kamchatka"] = ("по Камчатке", "Kamchatka time"),
        ["Europe/Moscow"] = ("по Москве", "Moscow time"),
        ["Europe/Kaliningrad"] = ("по Калининграду", "Kaliningrad time"),
        ["Europe/Samara"] = ("по Самаре", "Samara time"),
        ["Europe/Minsk"] = ("по Минску", "Minsk time"),
        ["Europe/Kyiv"] = ("по Киеву", "Kyiv time"),
        ["Europe/Kiev"] = ("по Киеву", "Kyiv time"),
        ["Europe/Istanbul"] = ("по Стамбулу", "Istanbul time"),
        ["Europe/London"] = ("по Лондону", "London time"),
        ["Europe/Paris"] = ("по Парижу", "Paris time"),
        ["Europe/Berlin"] = ("по Берлину", "Berlin time"),
        ["America/New_York"] = ("по Нью-Йорку", "New York time"),
        ["America/Chicago"] = ("по Чикаго", "Chicago time"),
        ["America/Denver"] = ("по Денверу", "Denver time"),
        ["America/Los_Angeles"] = ("по Лос-Анджелесу", "Los Angeles time"),
        ["America/Sao_Paulo"] = ("по Сан-Паулу", "São Paulo time"),
        ["Australia/Sydney"] = ("по Сиднею", "Sydney time"),
        ["Etc/UTC"] = ("UTC", "UTC"),
        ["UTC"] = ("UTC", "UTC"),
    };

    /// <summary>The phrase after a time: «по Сеулу» / "Seoul time"; otherwise «по времени Dhaka» / "Dhaka time".</summary>
    public static string Phrase(string zoneId, string lang)
    {
        var ru = lang == "ru";
        if (Table.TryGetValue(zoneId, out var known)) return ru ? known.Ru : known.En;
        var city = zoneId[(zoneId.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return ru ? $"по времени {city}" : $"{city} time";
    }
}
