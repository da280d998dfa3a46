using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Catalog;

/// <summary>A credited subject as a feed shows it: the names that go into SUMMARY, in credit order.</summary>
public sealed record CreditShape(int SubjectId, string NameEn, string? NameRu, string? NameKo);

/// <summary>Everything about a release that a feed renders, read from the database before and after a write. Comparing
/// the two is how the catalog learns which releases a write changed, whichever code made the change.</summary>
public sealed record ReleaseShape(
    int Id, string Title, string? TitleEn, string? TitleRu, string? TitleKo, ReleaseKind Kind,
    DateOnly Date, DatePrecision Precision, TimeOnly? Time, string? TimeZone, ReleaseStatus Status,
    int? Season, int? Episode, string? Description, IReadOnlyList<string> Links,
    bool Deleted, bool Retired, IReadOnlyList<CreditShape> Credits)
{
    /// <summary>Any rendered difference: the feeds showing the release must be re-rendered and re-stamped.</summary>
    public bool RendersLike(ReleaseShape other) => (Retired && other.Retired) || (SignificantlyLike(other)
        && Description == other.Description && Links.SequenceEqual(other.Links) && Retired == other.Retired);

    /// <summary>The SEQUENCE rule (RFC 5545 §3.8.7.4), in one place: a change a calendar must not ignore — when, what,
    /// whose, and whether it still happens. Descriptions and links are not: clients may keep their copy.</summary>
    public bool SignificantlyLike(ReleaseShape other) =>
        Title == other.Title && TitleEn == other.TitleEn && TitleRu == other.TitleRu && TitleKo == other.TitleKo
        && Kind == other.Kind && Date == other.Date && Precision == other.Precision && Time == other.Time
        && TimeZone == other.TimeZone && Status == other.Status && Season == other.Season && Episode == other.Episode
        && Deleted == other.Deleted && Credits.SequenceEqual(other.Credits);

    /// <summary>Subjects whose own feed shows this release (their groups' feeds show it too; see <see cref="FeedImpact"/>).</summary>
    public IEnumerable<int> SubjectIds => Credits.Select(c => c.SubjectId);
}
