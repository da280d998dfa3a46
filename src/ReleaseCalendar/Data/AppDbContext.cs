using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<SubjectAlias> Aliases => Set<SubjectAlias>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Release> Releases => Set<Release>();
    public DbSet<ReleaseSubject> ReleaseSubjects => Set<ReleaseSubject>();
    public DbSet<FeedClock> FeedClock => Set<FeedClock>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime (SQLite can't order DateTimeOffset); read back as Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
