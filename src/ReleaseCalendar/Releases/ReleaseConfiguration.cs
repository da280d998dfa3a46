using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReleaseCalendar.Releases;

public sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> b)
    {
        b.HasIndex(s => s.Slug).IsUnique();
        b.Property(s => s.Slug).HasMaxLength(Limits.Slug);
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.NameEn).HasMaxLength(Limits.Name);
        b.Property(s => s.NameRu).HasMaxLength(Limits.Name);
        b.Property(s => s.NameKo).HasMaxLength(Limits.Name);
        b.Property(s => s.Description).HasMaxLength(Limits.Description);
        b.Property(s => s.Revision).IsConcurrencyToken();
        b.HasMany(s => s.Aliases).WithOne().HasForeignKey(a => a.SubjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SubjectAliasConfiguration : IEntityTypeConfiguration<SubjectAlias>
{
    public void Configure(EntityTypeBuilder<SubjectAlias> b)
    {
        b.Property(a => a.Name).HasMaxLength(Limits.Name);
        b.Property(a => a.Folded).HasMaxLength(Limits.Name);
        b.HasIndex(a => a.Folded);
        b.HasIndex(a => new { a.SubjectId, a.Folded }).IsUnique();
    }
}

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.HasKey(m => new { m.GroupId, m.MemberId });
        b.HasOne(m => m.Group).WithMany(s => s.Members).HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(m => m.Member).WithMany(s => s.MemberOf).HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.MemberId);
    }
}

public sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> b)
    {
        b.HasIndex(r => r.PublicId).IsUnique();
        b.HasIndex(r => new { r.Date, r.Id });
        b.HasIndex(r => r.UpdatedUtc);
        b.Property(r => r.Title).HasMaxLength(Limits.Title);
        b.Property(r => r.TitleEn).HasMaxLength(Limits.Title);
        b.Property(r => r.TitleRu).HasMaxLength(Limits.Title);
        b.Property(r => r.TitleKo).HasMaxLength(Limits.Title);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Precision).HasConversion<string>().HasMaxLength(8);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.TimeZone).HasMaxLength(64);
        b.Property(r => r.Description).HasMaxLength(Limits.Description);
        b.Property(r => r.CreatedBy).HasMaxLength(Limits.Name);
        b.Property(r => r.UpdatedBy).HasMaxLength(Limits.Name);
        b.Property(r => r.Revision).IsConcurrencyToken();
        b.PrimitiveCollection(r => r.Links);
        b.PrimitiveCollection(r => r.Pinned);
        b.HasMany(r => r.Subjects).WithOne(s => s.Release).HasForeignKey(s => s.ReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReleaseSubjectConfiguration : IEntityTypeConfiguration<ReleaseSubject>
{
    public void Configure(EntityTypeBuilder<ReleaseSubject> b)
    {
        b.HasKey(rs => new { rs.ReleaseId, rs.SubjectId });
        b.HasOne(rs => rs.Subject).WithMany().HasForeignKey(rs => rs.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(rs => rs.SubjectId);
    }
}

/// <summary>Text limits shared by the schema and the admin API's validation.</summary>
public static class Limits
{
    public const int Slug = 64;
    public const int Name = 200;
    public const int Title = 300;
    public const int Description = 4000;
    public const int Link = 2000;
    public const int Links = 20;
    public const int Aliases = 50;
}
