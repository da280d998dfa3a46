using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Data;

/// <summary>The catalog, the same on every provider; only <see cref="ConfigureConventions"/> knows one from the other.</summary>
public class AppDbContext : DbContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }

    /// <summary>For <see cref="PostgresMigrations"/>, which differs in type only (EF finds migrations by context type).</summary>
    protected AppDbContext(DbContextOptions options) : base(options) { }

    /// <summary>New rows of this write that skip the change tracker (see <see cref="PendingInserts"/>).</summary>
    public PendingInserts Inserts { get; } = new();

    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<SubjectAlias> Aliases => Set<SubjectAlias>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Release> Releases => Set<Release>();
    public DbSet<ReleaseSubject> ReleaseSubjects => Set<ReleaseSubject>();
    public DbSet<FeedClock> FeedClock => Set<FeedClock>();
    public DbSet<Ingest.Source> Sources => Set<Ingest.Source>();
    public DbSet<Ingest.SourceValidator> SourceValidators => Set<Ingest.SourceValidator>();
    public DbSet<Ingest.IngestRun> Runs => Set<Ingest.IngestRun>();
    public DbSet<Ingest.SourceItem> SourceItems => Set<Ingest.SourceItem>();
    public DbSet<Ingest.ReleaseChange> ReleaseHistory => Set<Ingest.ReleaseChange>();
    public DbSet<Ingest.Disagreement> Disagreements => Set<Ingest.Disagreement>();
    public DbSet<Ingest.Suggestion> Suggestions => Set<Ingest.Suggestion>();
    public DbSet<Ingest.SeenArticle> SeenArticles => Set<Ingest.SeenArticle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime (SQLite can't order DateTimeOffset); read back as Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Text compares and sorts by code point on SQLite (BINARY); the "C" collation does the same on PostgreSQL,
        // whatever locale its cluster was created with, so names in Cyrillic and Hangul order alike on both.
        if (Database.IsNpgsql()) configurationBuilder.Properties<string>().UseCollation("C");
    }
}

sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
