using Microsoft.Playwright;

namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>A viewport: <see cref="Desktop"/> 1280x800 or <see cref="Phone"/> 390x844 (touch, mobile meta viewport).</summary>
public sealed record Screen(int Width, int Height, bool IsMobile)
{
    public static readonly Screen Desktop = new(1280, 800, false);
    public static readonly Screen Phone = new(390, 844, true);
}

/// <summary>
/// Who opens the page: a time zone (IANA id), a locale, a screen, and what the browser clock says.
/// The presets are the three visitors the pages are written for; vary them with <c>with</c>:
/// <c>Visitor.Seoul with { Screen = Screen.Phone, Locale = "en-US" }</c>.
/// </summary>
public sealed record Visitor(string TimeZone, string Locale)
{
    /// <summary>The server's fake now (AppFactory's clock): every browser clock is pinned to it unless a test says otherwise.</summary>
    public static readonly DateTimeOffset ServerNow = new(2024, 5, 20, 0, 0, 0, TimeSpan.Zero);

    public static readonly Visitor Moscow = new("Europe/Moscow", "ru-RU");
    public static readonly Visitor Seoul = new("Asia/Seoul", "ko-KR");
    public static readonly Visitor LosAngeles = new("America/Los_Angeles", "en-US");

    public Screen Screen { get; init; } = Screen.Desktop;
    public DateTimeOffset Now { get; init; } = ServerNow;
    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;
}
