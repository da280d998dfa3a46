namespace ReleaseCalendar.Releases;

public enum SubjectKind { Artist, Group, Show }

/// <summary>An artist, a group or a show/drama: what a fan subscribes to.</summary>
public sealed class Subject
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public SubjectKind Kind { get; set; }
    public required string NameEn { get; set; }
    public string? NameRu { get; set; }
    public string? NameKo { get; set; }
    public string? Description { get; set; }
    public List<SubjectAlias> Aliases { get; set; } = [];
    /// <summary>Groups this subject belongs to (RM is a member of BTS).</summary>
    public List<Membership> MemberOf { get; set; } = [];
    /// <summary>Members of this group.</summary>
    public List<Membership> Members { get; set; } = [];
    public int Revision { get; set; } = 1;
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>Last write that changed any feed this subject is in (its releases, names, members).
    /// Feeds take Last-Modified from it, so it never moves backwards, even after a purge.</summary>
    public DateTime FeedChangedUtc { get; set; }

    public string Name(string lang) => lang switch
    {
        "ru" => NameRu ?? NameEn,
        "ko" => NameKo ?? NameEn,
        _ => NameEn,
    };
}

public sealed class SubjectAlias
{
    public int Id { get; set; }
    public int SubjectId { get; set; }
    public required string Name { get; set; }
    /// <summary>Folded for lookups: lower case, ё→е, spaces collapsed (see <see cref="NameFolding"/>).</summary>
    public required string Folded { get; set; }
}

public sealed class Membership
{
    public int GroupId { get; set; }
    public Subject? Group { get; set; }
    public int MemberId { get; set; }
    public Subject? Member { get; set; }
}
