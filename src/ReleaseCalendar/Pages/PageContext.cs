namespace ReleaseCalendar.Pages;

/// <summary>What every page needs besides its own data: the words, where it is, and "today" (the year a date omits).</summary>
/// <remarks><c>Query</c> is the request's query, so the language links keep the page and its options.</remarks>
public sealed record PageContext(PageText T, string BaseUrl, string Path, IReadOnlyList<KeyValuePair<string, string>> Query,
    DateOnly Today, string StylesheetHref, string ScriptHref)
{
    public string Lang => T.Lang;

    /// <summary>This page in another language, with its other query parameters kept.</summary>
    public string LanguageHref(string lang)
    {
        var kept = Query.Where(p => !string.Equals(p.Key, "lang", StringComparison.OrdinalIgnoreCase))
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))
            .Prepend("lang=" + lang);
        return Path + "?" + string.Join('&', kept);
    }

    /// <summary>og:url: the page on the public address, in its language (Russian needs no parameter).</summary>
    public string PublicUrl => BaseUrl.TrimEnd('/') + Path + (Lang == PageLanguage.Default ? "" : "?lang=" + Lang);

    public static string ReleaseHref(Guid id) => $"/releases/{id:N}";

    public static string SubscribeHref(string slug) => "/subscribe/" + Uri.EscapeDataString(slug);

    /// <summary>Links inside the site carry the language only when it is not the default, so Russian URLs stay short.</summary>
    public string Localized(string href) => Lang == PageLanguage.Default ? href : href + (href.Contains('?') ? "&" : "?") + "lang=" + Lang;
}
