using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Admin;

public sealed record SubjectRequest(
    string? Slug,
    SubjectKind? Kind,
    LocalizedText? Names,
    string? Description,
    IReadOnlyList<string>? Aliases,
    IReadOnlyList<string>? MemberOf);

public sealed record AliasRequest(string? Name);

public sealed record ReleaseRequest(
    IReadOnlyList<string>? Subjects,
    string? Title,
    LocalizedText? Titles,
    ReleaseKind? Kind,
    string? Date,
    string? Time,
    string? TimeZone,
    ReleaseStatus? Status,
    int? Season,
    int? Episode,
    string? Description,
    IReadOnlyList<string>? Links);
