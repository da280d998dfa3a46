using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Catalog;

/// <summary>A release as a writer wants it, already checked (the admin API's validation, or an ingestion mapper):
/// the date parsed with its precision, the time in a canonical tzdb zone.</summary>
public sealed record ValidRelease(
    IReadOnlyList<string> Subjects, string Title, LocalizedText Titles, ReleaseKind Kind,
    DateOnly Date, DatePrecision Precision, TimeOnly? Time, string? TimeZone, ReleaseStatus Status,
    int? Season, int? Episode, string? Description, IReadOnlyList<string> Links);

/// <summary>A subject as a writer wants it, already checked.</summary>
public sealed record ValidSubject(
    string Slug, SubjectKind Kind, string NameEn, string? NameRu, string? NameKo, string? Description,
    IReadOnlyList<string> Aliases, IReadOnlyList<string> MemberOf);
