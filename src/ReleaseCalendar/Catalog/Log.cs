namespace ReleaseCalendar.Catalog;

/// <summary>The audit trail: one line per catalog write, who did what to which entity (EventIds 4xx).</summary>
public static partial class Log
{
    [LoggerMessage(EventId = 401, Level = LogLevel.Information,
        Message = "Catalog write by {Actor}: {Action} {Target}; {Feeds} subject feeds changed")]
    public static partial void CatalogWrite(this ILogger logger, string actor, string action, string target, int feeds);

    [LoggerMessage(EventId = 404, Level = LogLevel.Warning,
        Message = "Feed stamps run {Seconds} s ahead of the clock: more than one feed-changing commit a second; batch the writes")]
    public static partial void FeedStampsAhead(this ILogger logger, long seconds);

    [LoggerMessage(EventId = 403, Level = LogLevel.Debug, Message = "Catalog write by {Actor}: {Action} {Target} changed nothing")]
    public static partial void CatalogWriteUnchanged(this ILogger logger, string actor, string action, string target);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information,
        Message = "Catalog write by {Actor} refused: {Action} {Target}: {Reason} ({Detail})")]
    public static partial void CatalogWriteRefused(this ILogger logger, string actor, string action, string target,
        CatalogErrorKind reason, string detail);

    [LoggerMessage(EventId = 405, Level = LogLevel.Information,
        Message = "Another process changed the feeds of {Subjects} subjects; dropped them from this process's cache")]
    public static partial void ForeignWritesSeen(this ILogger logger, int subjects);

    [LoggerMessage(EventId = 407, Level = LogLevel.Information,
        Message = "{Subjects} subjects were deleted since the last look; dropped every cached feed")]
    public static partial void SubjectDeletionSeen(this ILogger logger, int subjects);

    [LoggerMessage(EventId = 406, Level = LogLevel.Warning, Message = "Could not look for other processes' writes; will try again")]
    public static partial void ForeignWriteCheckFailed(this ILogger logger, Exception e);
}
