using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReleaseCalendar.Catalog;

/// <summary>The catalog's one clock for feed stamps: the last Last-Modified value any write handed out.</summary>
/// <remarks>A feed's Last-Modified is the latest stamp of the subjects it shows, and a combined feed may show any set
/// of subjects. HTTP dates have whole seconds, so two writes in one second need different stamps: every write takes
/// one stamp later than every stamp before it, and so every feed it touches moves forward, whichever subjects it shows.
/// A per-subject counter would not do: a feed of X and Y could keep Y's later stamp while X changed under it.</remarks>
public sealed class FeedClock
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public DateTime LastStampUtc { get; set; }

    /// <summary>Now, or one second past the last stamp when the clock has not moved on since (whole seconds).</summary>
    public static DateTime NextStamp(DateTime nowUtcSeconds, DateTime? lastUtc) =>
        lastUtc is { } last && nowUtcSeconds <= last ? last.AddSeconds(1) : nowUtcSeconds;
}

public sealed class FeedClockConfiguration : IEntityTypeConfiguration<FeedClock>
{
    public void Configure(EntityTypeBuilder<FeedClock> b)
    {
        b.ToTable("FeedClock");
        b.Property(c => c.Id).ValueGeneratedNever();
    }
}
