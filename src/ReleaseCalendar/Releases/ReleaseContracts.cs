namespace ReleaseCalendar.Releases;

public sealed record LocalizedText(string? En, string? Ru, string? Ko);

public sealed record SubjectRef(string Slug, string Name, SubjectKind Kind);

public sealed record ReleaseResponse(
    Guid Id,
    string Title,
    LocalizedText Titles,
    ReleaseKind Kind,
    string Date,
    DatePrecision Precision,
    string? Time,
    string? TimeZone,
    DateTimeOffset? StartsAt,
    // The offset the local time got ("+09:00"), and a note when it was not plain: a repeated (ambiguous) hour
    // takes its first occurrence (RFC 5545 §3.3.5), and a skipped time stored before validation refused it moves on.
    string? UtcOffset,
    string? TimeNote,
    ReleaseStatus Status,
    int? Season,
    int? Episode,
    string? Description,
    IReadOnlyList<string> Links,
    IReadOnlyList<SubjectRef> Subjects,
    int Revision,
    int Sequence,
    DateTime CreatedAt,
    string CreatedBy,
    DateTime UpdatedAt,
    string UpdatedBy,
    bool Deleted,
    // Where the release came from (musicbrainz, tvmaze, ical, news), with the upstream's page; empty when typed in by hand.
    IReadOnlyList<ReleaseSourceRef>? Sources = null);

public sealed record ReleaseSourceRef(string Type, string? Link, DateTime Since);

public sealed record ReleasePage(IReadOnlyList<ReleaseResponse> Items, string? NextCursor);

public sealed record FeedLinks(string Https, string Webcal, string HttpsRu, string HttpsEn);

public sealed record SubjectResponse(
    string Slug,
    SubjectKind Kind,
    LocalizedText Names,
    string? Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> MemberOf,
    IReadOnlyList<string> Members,
    FeedLinks Feeds,
    int Revision);

public static class ReleaseMapping
{
    public static ReleaseResponse ToResponse(this Release r, string lang = "en", IReadOnlyList<ReleaseSourceRef>? sources = null) =>
        Build(r, r.Precision == DatePrecision.Day ? ReleaseTime.Moment(r.Date, r.Time, r.TimeZone) : null, lang) with { Sources = sources };

    // The moment comes from ReleaseTime, the engine feeds use, so startsAt is the feed's DTSTART instant.
    static ReleaseResponse Build(Release r, ReleaseMoment? moment, string lang) => new(
        r.PublicId,
        r.Title,
        new LocalizedText(r.TitleEn, r.TitleRu, r.TitleKo),
        r.Kind,
        ReleaseDate.Format(r.Date, r.Precision),
        r.Precision,
        r.Time is { } time ? ReleaseTime.FormatTime(time) : null,
        r.TimeZone,
        moment?.StartsAt,
        moment?.UtcOffset,
        moment?.Note,
        r.DeletedUtc is null ? r.Status : ReleaseStatus.Cancelled,
        r.Season,
        r.Episode,
        r.Description,
        r.Links,
        r.Subjects.OrderBy(s => s.Position).Where(s => s.Subject is not null)
            .Select(s => new SubjectRef(s.Subject!.Slug, s.Subject.Name(lang), s.Subject.Kind)).ToList(),
        r.Revision,
        r.Sequence,
        r.CreatedUtc,
        r.CreatedBy,
        r.UpdatedUtc,
        r.UpdatedBy,
        r.DeletedUtc is not null);

    public static SubjectResponse ToResponse(this Subject s, string baseUrl) => new(
        s.Slug,
        s.Kind,
        new LocalizedText(s.NameEn, s.NameRu, s.NameKo),
        s.Description,
        s.Aliases.Select(a => a.Name).OrderBy(a => a, StringComparer.Ordinal).ToList(),
        s.MemberOf.Where(m => m.Group is not null).Select(m => m.Group!.Slug).Order(StringComparer.Ordinal).ToList(),
        s.Members.Where(m => m.Member is not null).Select(m => m.Member!.Slug).Order(StringComparer.Ordinal).ToList(),
        FeedUrls(baseUrl, s.Slug),
        s.Revision);

    public static FeedLinks FeedUrls(string baseUrl, string slug)
    {
        var https = $"{baseUrl.TrimEnd('/')}/feeds/{Uri.EscapeDataString(slug)}.ics";
        var uri = new Uri(https);
        // webcal:// is the same URL with the scheme swapped; Apple and Outlook desktop open it as a subscription.
        var webcal = "webcal://" + uri.Authority + uri.PathAndQuery;
        return new FeedLinks(https, webcal, https + "?lang=ru", https + "?lang=en");
    }
}
