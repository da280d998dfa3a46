using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest;

/// <summary>Which sources state a release: the admin view (with what each states) and the public one (type and link).</summary>
public static class Provenance
{
    public static async Task<Dictionary<int, List<ProvenanceEntry>>> ForAsync(AppDbContext db, IReadOnlyCollection<int> releaseIds,
        CancellationToken ct)
    {
        if (releaseIds.Count == 0) return [];
        var ids = releaseIds.ToList();
        var rows = await db.SourceItems.AsNoTracking().Where(i => i.ReleaseId != null && ids.Contains(i.ReleaseId.Value))
            .Join(db.Sources, i => i.SourceId, s => s.Id, (i, s) => new { Item = i, s.Type }).OrderBy(x => x.Item.Id).ToListAsync(ct);
        return rows.GroupBy(r => r.Item.ReleaseId!.Value).ToDictionary(g => g.Key, g => g.Select(r => new ProvenanceEntry(r.Item.SourceId,
            SourceTypes.Name(r.Type), r.Item.ExternalId, r.Item.Link, r.Item.FirstSeenUtc, r.Item.LastSeenUtc, r.Item.LastRunId, r.Item.Flagged,
            r.Item.Values.Fields)).ToList());
    }

    /// <summary>For the public API and the release page: one entry per source, in the order they came.</summary>
    public static async Task<Dictionary<int, List<ReleaseSourceRef>>> PublicAsync(AppDbContext db, IReadOnlyCollection<int> releaseIds,
        CancellationToken ct)
    {
        if (releaseIds.Count == 0) return [];
        var ids = releaseIds.ToList();
        var rows = await db.SourceItems.AsNoTracking().Where(i => i.ReleaseId != null && ids.Contains(i.ReleaseId.Value))
            .Join(db.Sources, i => i.SourceId, s => s.Id, (i, s) => new { i.ReleaseId, i.Id, s.Type, i.Link, i.FirstSeenUtc })
            .OrderBy(x => x.Id).ToListAsync(ct);
        return rows.GroupBy(r => r.ReleaseId!.Value).ToDictionary(g => g.Key,
            g => g.Select(r => new ReleaseSourceRef(SourceTypes.Name(r.Type), r.Link, r.FirstSeenUtc)).ToList());
    }
}
