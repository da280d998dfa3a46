using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Pages;

/// <summary>The feed options a fan picks on the subscribe page, in the feed's own query parameters
/// (<see cref="FeedRequest"/>: lang, kinds, includeMembers, alarm). The page script builds the same query string with
/// the same rules (Pages/Assets/site.js, <c>feedQuery</c>), so links are the same with and without script.</summary>
public sealed record SubscribeOptions(IReadOnlyList<ReleaseKind> Kinds, string FeedLang, bool IncludeMembers, string Alarm)
{
    /// <summary>The reminders offered, as the feed's ISO 8601 durations; "" is none.</summary>
    public static readonly IReadOnlyList<string> Alarms = ["", "PT15M", "PT1H", "PT3H", "P1D", "P7D"];

    /// <summary>Every kind, in the order the page lists them.</summary>
    public static readonly IReadOnlyList<ReleaseKind> AllKinds = Enum.GetValues<ReleaseKind>();

    public static SubscribeOptions Default(string lang) => new([], lang, true, "");

    /// <summary>The page's form (GET): <c>kinds</c> repeated or comma-separated, <c>feedLang</c>, <c>includeMembers</c>
    /// (a checkbox, so absent means off once the form was submitted: <c>o=1</c>), <c>alarm</c>. Unknown values fall back
    /// to the default rather than failing: a fan with an old link still gets a page.</summary>
    public static SubscribeOptions FromForm(IEnumerable<string?> kinds, string? feedLang, string? includeMembers, string? alarm,
        bool submitted, string pageLang)
    {
        var picked = kinds.SelectMany(k => QueryParsing.List(k))
            .Select(k => Enum.TryParse<ReleaseKind>(k, ignoreCase: true, out var kind) && !int.TryParse(k, out _) ? kind : (ReleaseKind?)null)
            .OfType<ReleaseKind>().ToHashSet();
        var members = includeMembers?.Trim().ToLowerInvariant() switch
        {
            "true" or "on" or "1" => true,
            "false" or "off" or "0" => false,
            _ => !submitted,
        };
        var reminder = alarm?.Trim() ?? "";
        return new(Normalize(picked), PageLanguage.Known(feedLang) ?? pageLang, members,
            Alarms.Contains(reminder, StringComparer.Ordinal) ? reminder : "");
    }

    /// <summary>From a validated feed request (the QR code takes the feed's own parameters).</summary>
    public static SubscribeOptions FromFeed(FeedRequest request) =>
        new(Normalize(request.Kinds ?? []), request.Lang, request.IncludeMembers,
            request.Alarm is { } a ? CalendarBuilder.FormatDuration(a) : "");

    /// <summary>No kind or every kind means "all", which the feed spells as no parameter.</summary>
    static IReadOnlyList<ReleaseKind> Normalize(IEnumerable<ReleaseKind> kinds)
    {
        var set = kinds.Distinct().Order().ToList();
        return set.Count == AllKinds.Count ? [] : set;
    }

    /// <summary>"?lang=ru", then only what differs from the feed's defaults, in a fixed order.</summary>
    public string FeedQuery(bool hasMembers)
    {
        var parts = new List<string> { $"lang={FeedLang}" };
        if (Kinds.Count > 0) parts.Add("kinds=" + string.Join(',', Kinds.Select(ReleaseKinds.WireName)));
        if (hasMembers && !IncludeMembers) parts.Add("includeMembers=false");
        if (Alarm.Length > 0) parts.Add("alarm=" + Alarm);
        return "?" + string.Join('&', parts);
    }

    public bool Shows(ReleaseKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);
}

/// <summary>Every way to subscribe to one subject's feed with given options.</summary>
public sealed record SubscribeLinks(string Https, string Webcal, string Google, string Outlook, string Outlook365, string Download, string Qr)
{
    public static SubscribeLinks For(string baseUrl, string slug, string calendarName, SubscribeOptions options, bool hasMembers)
    {
        var query = options.FeedQuery(hasMembers);
        var path = $"/feeds/{Uri.EscapeDataString(slug)}.ics";
        var https = baseUrl.TrimEnd('/') + path + query;
        return new(
            https,
            WebcalOf(https),
            // Google's add-by-URL link; it is undocumented and fails for some, hence the "From URL" steps beside it.
            "https://calendar.google.com/calendar/r?cid=" + Encode(https),
            // Outlook on the web takes only https (webcal is refused), and names the calendar from name=. Personal
            // accounts live on outlook.live.com, work and school (Microsoft 365) ones on outlook.office.com.
            "https://outlook.live.com/calendar/0/addfromweb?url=" + Encode(https) + "&name=" + Encode(calendarName),
            "https://outlook.office.com/calendar/0/addfromweb?url=" + Encode(https) + "&name=" + Encode(calendarName),
            path + query,
            $"/subscribe/{Uri.EscapeDataString(slug)}/qr.svg" + query);
    }

    /// <summary>The feed's own calendar name (X-WR-CALNAME), so Outlook shows what other clients show.</summary>
    public static string CalendarName(Subject subject, string feedLang) =>
        feedLang == "ru" ? $"{subject.Name("ru")} — релизы" : $"{subject.Name("en")} releases";

    /// <summary>The same URL with the scheme swapped: Apple Calendar and Thunderbird subscribe to webcal:// directly.</summary>
    public static string WebcalOf(string url) => "webcal://" + url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];

    /// <summary>RFC 3986 unreserved characters stay; the page script's <c>enc</c> escapes the same set.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);
}
