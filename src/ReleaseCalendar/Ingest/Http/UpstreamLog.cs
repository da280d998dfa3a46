namespace ReleaseCalendar.Ingest.Http;

/// <summary>The HTTP layer's log lines (EventIds 801–849). URLs are logged without their query: a feed URL may carry a token.</summary>
static partial class UpstreamLog
{
    [LoggerMessage(EventId = 801, Level = LogLevel.Warning,
        Message = "{Upstream} GET {Url} attempt {Attempt} failed ({Cause}); retrying in {DelayMs} ms")]
    public static partial void Retrying(this ILogger logger, Upstream upstream, string url, int attempt, string cause, long delayMs);

    [LoggerMessage(EventId = 802, Level = LogLevel.Warning,
        Message = "{Upstream} circuit opened for {BreakSeconds} s after repeated failures; requests fail at once meanwhile")]
    public static partial void CircuitOpened(this ILogger logger, Upstream upstream, double breakSeconds);

    [LoggerMessage(EventId = 803, Level = LogLevel.Information, Message = "{Upstream} circuit closed: requests go through again")]
    public static partial void CircuitClosed(this ILogger logger, Upstream upstream);

    [LoggerMessage(EventId = 804, Level = LogLevel.Warning, Message = "{Upstream} GET {Url} failed: {Cause}")]
    public static partial void Failed(this ILogger logger, Upstream upstream, string url, string cause);
}
