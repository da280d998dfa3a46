namespace ReleaseCalendar.Feeds;

/// <summary>Calendar-level name and description (X-WR-CALNAME/X-WR-CALDESC and RFC 7986 NAME/DESCRIPTION).</summary>
public sealed record FeedHeader(string Name, string Description);

/// <summary>How <see cref="CalendarBuilder"/> renders a feed; everything that varies by request or host.</summary>
/// <param name="UidHost">UID = <c>{PublicId:N}@{UidHost}</c>; never change it for a running deployment.</param>
/// <param name="PublicBaseUrl">Base of the release page, e.g. <c>https://releases.example.org</c>.</param>
/// <param name="Lang"><c>ru</c> or <c>en</c> (anything else renders as <c>en</c>).</param>
/// <param name="RefreshInterval">REFRESH-INTERVAL (RFC 7986 §5.7) and X-PUBLISHED-TTL (Outlook).</param>
/// <param name="Alarm">How long before the start a VALARM fires; null for none.</param>
public sealed record FeedRenderOptions(
    string UidHost,
    string PublicBaseUrl,
    string Lang,
    TimeSpan RefreshInterval,
    TimeSpan? Alarm);
