using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest;

/// <summary>An upstream the service reads on a schedule: one Quartz job each (see <see cref="SourceScheduler"/>).</summary>
public sealed class Source
{
    public int Id { get; set; }
    public SourceType Type { get; set; }
    public string? ExternalId { get; set; }
    public string? Url { get; set; }
    /// <summary>Slugs the source feeds, in order; the first is the main one.</summary>
    public List<string> Subjects { get; set; } = [];
    /// <summary>A Quartz cron expression ("0 0 */6 * * ?"), in UTC.</summary>
    public required string Schedule { get; set; }
    public bool Enabled { get; set; }
    /// <summary>When two sources state different values for a release, the higher number wins.</summary>
    public int Priority { get; set; }
    public string? Lang { get; set; }
    public int Revision { get; set; } = 1;
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>The run that holds the source now, and until when: one run at a time per source, also across processes
    /// (the service's scheduler and an `import` in a terminal). A crashed run's lease simply runs out.</summary>
    public int? LeaseRunId { get; set; }
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>"musicbrainz:3" — how the source signs its writes in the audit log and in history.</summary>
    public string Actor => $"{SourceTypes.Name(Type)}:{Id}";
}

public static class SourceTypes
{
    public static string Name(SourceType type) => type switch
    {
        SourceType.MusicBrainz => "musicbrainz",
        SourceType.TvMaze => "tvmaze",
        SourceType.ICal => "ical",
        SourceType.News => "news",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static SourceType? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "musicbrainz" => SourceType.MusicBrainz,
        "tvmaze" => SourceType.TvMaze,
        "ical" => SourceType.ICal,
        "news" => SourceType.News,
        _ => null,
    };
}

/// <summary>ETag / Last-Modified of one URL a source reads, saved with the run's last batch (so a crashed run refetches).</summary>
public sealed class SourceValidator
{
    public int SourceId { get; set; }
    public required string Url { get; set; }
    public string? ETag { get; set; }
    public DateTime? LastModifiedUtc { get; set; }
}

public enum RunStatus { Running, Succeeded, Failed }

public sealed class IngestRun
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public RunStatus Status { get; set; }
    /// <summary>"schedule", "manual" (the admin API) or "cli".</summary>
    public required string Trigger { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public int Seen { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    /// <summary>News candidates kept for an admin (unknown subject, low confidence, no title).</summary>
    public int Suggested { get; set; }
    /// <summary>Items this run found missing for the configured number of runs in a row.</summary>
    public int Flagged { get; set; }
    public int HttpCalls { get; set; }
    public int Retries { get; set; }
    public bool NotModified { get; set; }
    public string? Error { get; set; }
    /// <summary>Why items were rejected, the first few: enough for an admin to see the pattern.</summary>
    public List<string> Rejections { get; set; } = [];
}

/// <summary>An item of a source, by its key (source + external id): what makes re-runs idempotent, and the release's
/// provenance. <see cref="Values"/> is what the source last stated, so a disagreement with another source can be seen.</summary>
public sealed class SourceItem
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public required string ExternalId { get; set; }
    /// <summary>Null once the release is gone for good (an admin deleted it and retention ended): the key stays as a
    /// tombstone, so the source never brings the release back.</summary>
    public int? ReleaseId { get; set; }
    public Release? Release { get; set; }
    /// <summary>Hash of the item as last seen: an identical item costs nothing.</summary>
    public required string Fingerprint { get; set; }
    public required StatedValues Values { get; set; }
    public string? Evidence { get; set; }
    public string? Link { get; set; }
    public int Misses { get; set; }
    public bool Flagged { get; set; }
    public DateTime FirstSeenUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
    public int FirstRunId { get; set; }
    public int LastRunId { get; set; }
}

/// <summary>The values a source states for a release, by field name (see <see cref="ReleaseFields"/>), as text.</summary>
public sealed class StatedValues
{
    public Dictionary<string, string?> Fields { get; set; } = [];
}

/// <summary>One old value kept when a field changed: who changed it (admin or source and run), when, from what to what.</summary>
public sealed class ReleaseChange
{
    public long Id { get; set; }
    public int ReleaseId { get; set; }
    public Release? Release { get; set; }
    public DateTime ChangedUtc { get; set; }
    public required string Actor { get; set; }
    public int? SourceId { get; set; }
    public int? RunId { get; set; }
    public required string Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

/// <summary>Two sources (or a source and an admin's pinned value) state different values for one field of a release.</summary>
public sealed class Disagreement
{
    public long Id { get; set; }
    public int ReleaseId { get; set; }
    public Release? Release { get; set; }
    public required string Field { get; set; }
    /// <summary>"admin (pinned)" or a source actor such as "musicbrainz:3".</summary>
    public required string Kept { get; set; }
    public string? KeptValue { get; set; }
    public int SourceId { get; set; }
    public string? SourceValue { get; set; }
    public int RunId { get; set; }
    public DateTime RecordedUtc { get; set; }
}

public enum SuggestionStatus { Pending, Accepted, Rejected }

/// <summary>A news candidate the service did not trust enough to publish: an admin accepts or rejects it.</summary>
public sealed class Suggestion
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public int RunId { get; set; }
    public required string ExternalId { get; set; }
    /// <summary>The subject as the article wrote it; <see cref="SubjectSlug"/> when it is a known one.</summary>
    public required string Subject { get; set; }
    public string? SubjectSlug { get; set; }
    public required string Title { get; set; }
    public ReleaseKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly? Time { get; set; }
    public string? TimeZone { get; set; }
    public double Confidence { get; set; }
    public string? Evidence { get; set; }
    public string? Link { get; set; }
    /// <summary>Why it is a suggestion and not a release.</summary>
    public required string Reason { get; set; }
    public SuggestionStatus Status { get; set; }
    public Guid? ReleasePublicId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? DecidedUtc { get; set; }
    public string? DecidedBy { get; set; }
    public int Revision { get; set; } = 1;
}

/// <summary>A news article a source has read, by GUID or link: read once, even when the feed shows it again.</summary>
public sealed class SeenArticle
{
    public int SourceId { get; set; }
    public required string Key { get; set; }
    public DateTime SeenUtc { get; set; }
}

sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.Property(s => s.Type).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.ExternalId).HasMaxLength(100);
        b.Property(s => s.Url).HasMaxLength(Limits.Link);
        b.Property(s => s.Schedule).HasMaxLength(120);
        b.Property(s => s.Lang).HasMaxLength(8);
        b.Property(s => s.Revision).IsConcurrencyToken();
        b.PrimitiveCollection(s => s.Subjects);
        b.Ignore(s => s.Actor);
    }
}

sealed class SourceValidatorConfiguration : IEntityTypeConfiguration<SourceValidator>
{
    public void Configure(EntityTypeBuilder<SourceValidator> b)
    {
        b.HasKey(v => new { v.SourceId, v.Url });
        b.Property(v => v.Url).HasMaxLength(Limits.Link);
        b.Property(v => v.ETag).HasMaxLength(400);
        b.HasOne<Source>().WithMany().HasForeignKey(v => v.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class IngestRunConfiguration : IEntityTypeConfiguration<IngestRun>
{
    public void Configure(EntityTypeBuilder<IngestRun> b)
    {
        b.ToTable("Runs");
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Trigger).HasMaxLength(16);
        b.Property(r => r.Error).HasMaxLength(Limits.Description);
        b.PrimitiveCollection(r => r.Rejections);
        b.HasIndex(r => new { r.SourceId, r.Id });
        // Runs outlive a deleted source: they are its history.
    }
}

sealed class SourceItemConfiguration : IEntityTypeConfiguration<SourceItem>
{
    public void Configure(EntityTypeBuilder<SourceItem> b)
    {
        b.Property(i => i.ExternalId).HasMaxLength(Limits.Link);
        b.Property(i => i.Fingerprint).HasMaxLength(64);
        b.Property(i => i.Link).HasMaxLength(Limits.Link);
        b.Property(i => i.Evidence).HasMaxLength(Limits.Description);
        b.HasIndex(i => new { i.SourceId, i.ExternalId }).IsUnique();
        // "Does this source already state this release?" is asked per candidate release: with the source alone SQLite
        // scanned every item of the source for each (quadratic in a first run); both columns make it one lookup.
        b.HasIndex(i => new { i.ReleaseId, i.SourceId });
        // A small JSON object in one column: read whole, written whole, never queried by field.
        b.Property(i => i.Values).HasConversion(
            v => JsonSerializer.Serialize(v.Fields, (JsonSerializerOptions?)null),
            s => new StatedValues { Fields = JsonSerializer.Deserialize<Dictionary<string, string?>>(s, (JsonSerializerOptions?)null) ?? new() },
            new ValueComparer<StatedValues>((a, b) => JsonSerializer.Serialize(a!.Fields, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b!.Fields, (JsonSerializerOptions?)null),
                v => JsonSerializer.Serialize(v.Fields, (JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal),
                v => new StatedValues { Fields = new Dictionary<string, string?>(v.Fields) }));
        b.HasOne<Source>().WithMany().HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.Release).WithMany().HasForeignKey(i => i.ReleaseId).OnDelete(DeleteBehavior.SetNull);
    }
}

sealed class ReleaseChangeConfiguration : IEntityTypeConfiguration<ReleaseChange>
{
    public void Configure(EntityTypeBuilder<ReleaseChange> b)
    {
        b.ToTable("ReleaseHistory");
        b.Property(c => c.Actor).HasMaxLength(Limits.Name);
        b.Property(c => c.Field).HasMaxLength(32);
        b.HasIndex(c => new { c.ReleaseId, c.Id });
        b.HasOne(c => c.Release).WithMany().HasForeignKey(c => c.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class DisagreementConfiguration : IEntityTypeConfiguration<Disagreement>
{
    public void Configure(EntityTypeBuilder<Disagreement> b)
    {
        b.Property(d => d.Field).HasMaxLength(32);
        b.Property(d => d.Kept).HasMaxLength(Limits.Name);
        b.HasIndex(d => new { d.ReleaseId, d.Id });
        b.HasOne(d => d.Release).WithMany().HasForeignKey(d => d.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.Property(s => s.ExternalId).HasMaxLength(Limits.Link);
        b.Property(s => s.Subject).HasMaxLength(Limits.Name);
        b.Property(s => s.SubjectSlug).HasMaxLength(Limits.Slug);
        b.Property(s => s.Title).HasMaxLength(Limits.Title);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.TimeZone).HasMaxLength(64);
        b.Property(s => s.Evidence).HasMaxLength(Limits.Description);
        b.Property(s => s.Link).HasMaxLength(Limits.Link);
        b.Property(s => s.Reason).HasMaxLength(Limits.Name);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.DecidedBy).HasMaxLength(Limits.Name);
        b.Property(s => s.Revision).IsConcurrencyToken();
        b.HasIndex(s => new { s.SourceId, s.ExternalId }).IsUnique();
        b.HasIndex(s => new { s.Status, s.Id });
    }
}

sealed class SeenArticleConfiguration : IEntityTypeConfiguration<SeenArticle>
{
    public void Configure(EntityTypeBuilder<SeenArticle> b)
    {
        b.HasKey(a => new { a.SourceId, a.Key });
        b.Property(a => a.Key).HasMaxLength(Limits.Link);
        b.HasOne<Source>().WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
