using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ReleaseCalendar.Data.Cluster;

/// <summary>A catalog write tells the other replicas which stamp it took, so they drop the feeds it changed
/// (<see cref="FeedChangeListener"/>). On PostgreSQL a NOTIFY inside the write's transaction: delivered on commit,
/// never for a write rolled back. On SQLite nothing: one process serves, and the import verb is seen by the poll.</summary>
public static class FeedAnnouncements
{
    /// <summary>The LISTEN/NOTIFY channel; notifications stay inside one database.</summary>
    public const string Channel = "releasecalendar_feeds";

    public static async Task AnnounceFeedsChangedAsync(this AppDbContext db, DateTime stamp, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {Format(stamp)})", ct);
    }

    /// <summary>The payload: the write's stamp (UTC ticks), by which a replica knows its own writes.</summary>
    public static string Format(DateTime stamp) => stamp.Ticks.ToString(CultureInfo.InvariantCulture);

    public static DateTime? Parse(string payload) =>
        long.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime(ticks, DateTimeKind.Utc) : null;
}
