using Microsoft.Net.Http.Headers;

namespace ReleaseCalendar.Pages;

/// <summary>The pages' language: <c>?lang=</c> first, then Accept-Language, then Russian, as the feeds default to.</summary>
public static class PageLanguage
{
    public const string Default = "ru";

    /// <summary>"ru" or "en"; an unknown <c>?lang=</c> is ignored rather than refused, as a browser can't show a 400 nicely.</summary>
    public static string Choose(string? query, IList<StringWithQualityHeaderValue>? acceptLanguage)
    {
        if (Known(query) is { } explicitLang) return explicitLang;
        if (acceptLanguage is not null)
        {
            // Highest quality first; equal qualities keep the header's order (OrderByDescending is stable).
            foreach (var value in acceptLanguage.Where(v => (v.Quality ?? 1) > 0).OrderByDescending(v => v.Quality ?? 1))
            {
                var tag = value.Value.Value ?? "";
                var primary = tag.Split('-')[0];
                if (Known(primary) is { } lang) return lang;
            }
        }
        return Default;
    }

    /// <summary>The language a <c>?lang=</c> value names, or null.</summary>
    public static string? Known(string? value) =>
        value?.Trim().ToLowerInvariant() switch { "ru" => "ru", "en" => "en", _ => null };
}
