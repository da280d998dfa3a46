namespace ReleaseCalendar.Releases;

public enum ReleaseKind { Album, Ep, Single, Mv, Ost, Drama, Episode, Film, Other }

/// <summary>How much of <see cref="Release.Date"/> is known; month or year only means "date TBA".</summary>
public enum DatePrecision { Day, Month, Year }

public enum ReleaseStatus { Announced, Confirmed, Released, Postponed, Cancelled }

public sealed class Release
{
    public int Id { get; set; }
    /// <summary>Stable public id; the iCal UID is derived from it, never from title or date.</summary>
    public Guid PublicId { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string? TitleRu { get; set; }
    public string? TitleKo { get; set; }
    public ReleaseKind Kind { get; set; }
    /// <summary>With Month precision the day is 1; with Year precision month and day are 1.</summary>
    public DateOnly Date { get; set; }
    public DatePrecision Precision { get; set; }
    /// <summary>Local time in <see cref="TimeZone"/>; null means "time TBA".</summary>
    public TimeOnly? Time { get; set; }
    /// <summary>IANA zone id; set exactly when <see cref="Time"/> is.</summary>
    public string? TimeZone { get; set; }
    public ReleaseStatus Status { get; set; }
    public int? Season { get; set; }
    public int? Episode { get; set; }
    public string? Description { get; set; }
    public List<string> Links { get; set; } = [];
    public List<ReleaseSubject> Subjects { get; set; } = [];

    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string UpdatedBy { get; set; }
    /// <summary>Last change of any kind; feeds use it for DTSTAMP and LAST-MODIFIED.</summary>
    public DateTime UpdatedUtc { get; set; }
    /// <summary>Bumped on every write; the admin API's ETag.</summary>
    public int Revision { get; set; } = 1;
    /// <summary>iCal SEQUENCE: bumped when date, time, title or status changes (RFC 5545 §3.8.7.4).</summary>
    public int Sequence { get; set; }
    /// <summary>Set when the release was deleted: it stays in feeds as CANCELLED until retention ends.</summary>
    public DateTime? DeletedUtc { get; set; }
    /// <summary>When it became cancelled or deleted; the purge job counts retention from here.</summary>
    public DateTime? CancelledUtc { get; set; }
    /// <summary>Set by the housekeeping job once a cancelled or deleted release is past retention:
    /// from then on feeds leave it out. A flag, not a clock comparison, so feed content only changes on writes.</summary>
    public bool RetiredFromFeeds { get; set; }
    /// <summary>Fields an admin set by hand (<see cref="Ingest.ReleaseFields"/>): ingestion never overwrites them.</summary>
    public List<string> Pinned { get; set; } = [];

    public string TitleIn(string lang) => lang switch
    {
        "ru" => TitleRu ?? Title,
        "en" => TitleEn ?? Title,
        "ko" => TitleKo ?? Title,
        _ => Title,
    };
}

/// <summary>A release belongs to one or more subjects (a duet, a group and its member).</summary>
public sealed class ReleaseSubject
{
    public int ReleaseId { get; set; }
    public Release? Release { get; set; }
    public int SubjectId { get; set; }
    public Subject? Subject { get; set; }
    /// <summary>Order of credit, so "RM, BTS" renders the same every time.</summary>
    public int Position { get; set; }
}
