using System.Text.Json.Serialization;

namespace ReleaseCalendar.Ingest;

/// <summary>POST/PUT /api/admin/sources. Keep these names: an outside check relies on them.</summary>
public sealed record SourceRequest(
    string? Type, string? ExternalId, string? Url, IReadOnlyList<string?>? Subjects, string? Schedule, bool? Enabled, int? Priority, string? Lang);

public sealed record SourceResponse(
    int Id, string Type, string? ExternalId, string? Url, IReadOnlyList<string> Subjects, string Schedule, bool Enabled, int Priority,
    string? Lang, int Revision, DateTime CreatedAt, DateTime UpdatedAt, DateTimeOffset? NextRunAt, RunResponse? LastRun);

/// <summary>GET /api/admin/runs/{id}. Keep these names: an outside check relies on them.</summary>
public sealed record RunResponse(
    int Id, int SourceId, string Status, string Trigger, DateTime StartedAt,
    // Present as null while running: clients poll until it is set.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? FinishedAt,
    int Seen, int Created, int Updated, int Unchanged, int Rejected, int Suggested, int Flagged, int HttpCalls, int Retries, bool NotModified,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Error,
    IReadOnlyList<string> Rejections)
{
    public static RunResponse From(IngestRun r) => new(r.Id, r.SourceId, r.Status.ToString().ToLowerInvariant(), r.Trigger, r.StartedUtc,
        r.FinishedUtc, r.Seen, r.Created, r.Updated, r.Unchanged, r.Rejected, r.Suggested, r.Flagged, r.HttpCalls, r.Retries,
        r.NotModified, r.Error, r.Rejections);
}

public sealed record SuggestionResponse(
    int Id, int SourceId, int RunId, string Subject, string? SubjectSlug, string Title, string Kind, string Date, string? Time,
    string? TimeZone, double Confidence, string? Evidence, string? Link, string Reason, string Status, Guid? ReleaseId, DateTime CreatedAt,
    DateTime? DecidedAt, string? DecidedBy);

/// <summary>POST /api/admin/suggestions/{id}/accept: what the admin corrects before the suggestion becomes a release.</summary>
public sealed record AcceptSuggestionRequest(IReadOnlyList<string>? Subjects, string? Title, Releases.ReleaseKind? Kind, string? Date,
    string? Time, string? TimeZone);

public sealed record HistoryEntry(DateTime At, string Actor, int? SourceId, int? RunId, string Field, string? From, string? To);

public sealed record DisagreementResponse(long Id, Guid ReleaseId, string Field, string Kept, string? KeptValue, int SourceId,
    string? SourceValue, int RunId, DateTime At);

/// <summary>Where a release came from: each source that states it, with what it states.</summary>
public sealed record ProvenanceEntry(int SourceId, string Type, string? ExternalId, string? Link, DateTime FirstSeenAt,
    DateTime LastSeenAt, int LastRunId, bool Missing, IReadOnlyDictionary<string, string?> States);

public sealed record ReleaseHistoryResponse(Guid ReleaseId, IReadOnlyList<string> Pinned, IReadOnlyList<ProvenanceEntry> Sources,
    IReadOnlyList<HistoryEntry> Changes, IReadOnlyList<DisagreementResponse> Disagreements);

public sealed record FlaggedItemResponse(int SourceId, string ExternalId, Guid ReleaseId, string Title, int Misses, DateTime LastSeenAt);
