namespace ReleaseCalendar.Hosting;

public static class ClockExtensions
{
    /// <summary>Now in UTC, cut to whole seconds: HTTP dates and iCal DATE-TIMEs carry no fractions,
    /// and a stored stamp must come back exactly as it went into a feed.</summary>
    public static DateTime UtcNowSeconds(this TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }
}
