using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Http;

namespace ReleaseCalendar.Ingest.Sources.ICal;

/// <summary>An ical source: one conditional GET of the .ics URL, then <see cref="ICalMapper"/>.</summary>
public sealed class ICalReader(IOptions<ICalOptions> options, ILogger<ICalReader> logger) : ISourceReader
{
    public SourceType Type => SourceType.ICal;

    public async Task<SourceRead> ReadAsync(SourceSpec source, ReadContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        var url = source.Url ?? throw new SourceFormatException($"The ical source {source.Id} has no URL.");
        var response = await context.Http.GetAsync(Upstream.ICal, url, context.Known(url), ct);
        if (response.NotModified) return SourceRead.Unchanged;
        context.Remember(url, response.Validators);

        var mapping = ICalMapper.Map(ICalBody.Decode(response.Body.Span), source.Subjects, ICalWindow.Around(context.Now, options.Value),
            source.SubjectNames);
        foreach (var reason in mapping.Skipped) logger.ICalEventSkipped(source.Id, reason);
        if (mapping.Skipped.Count > 0) logger.ICalSkippedSummary(source.Id, mapping.Skipped.Count, mapping.Items.Count);
        context.Progress?.Report(mapping.Items.Count);
        return new SourceRead(false, mapping.Items, Complete: true, ProcessedArticles: []);
    }
}

public static partial class Log
{
    [LoggerMessage(EventId = 231, Level = LogLevel.Debug, Message = "iCal source {SourceId}: skipped {Reason}")]
    public static partial void ICalEventSkipped(this ILogger logger, int sourceId, string reason);

    [LoggerMessage(EventId = 232, Level = LogLevel.Warning,
        Message = "iCal source {SourceId}: {Skipped} events skipped (see Debug for why), {Items} items read")]
    public static partial void ICalSkippedSummary(this ILogger logger, int sourceId, int skipped, int items);
}
