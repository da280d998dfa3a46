namespace ReleaseCalendar.Hosting;

public static class ClockExtensions
{
    /// <summary>Now in UTC, cut to whole seconds: HTTP dates and iCal DATE-TIMEs carry no fractions,
    /// and a stored stamp must come back exactly as it went into a feed.</summary>
    public static DateTime UtcNowSeconds(this TimeProvider clock) => clock.GetUtcNow().UtcDateTime.WholeSeconds();

    /// <summary>Today's date in UTC: the day windows ("pastDays", "upcoming") count from.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The same UTC instant without its fraction of a second.</summary>
    public static DateTime WholeSeconds(this DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
