using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Catalog;

/// <summary>A release whose rendering a write changed; <see cref="Significant"/> raises its SEQUENCE.</summary>
public readonly record struct ChangedRelease(int Id, bool Significant);

/// <summary>Which feeds a write changes, from the data, not the writer: releases whose rendered shape differs before and
/// after the save touch their credited subjects and those subjects' groups (both states); see README, "Admin API".</summary>
public sealed class FeedImpact
{
    readonly HashSet<int> _releaseIds;
    readonly List<Release> _addedReleases;
    readonly List<Subject> _addedSubjects;
    readonly HashSet<int> _subjects;
    readonly Dictionary<int, ReleaseShape> _before;
    readonly ILookup<int, int> _groupsBefore;

    FeedImpact(HashSet<int> releaseIds, List<Release> addedReleases, List<Subject> addedSubjects, HashSet<int> subjects,
        Dictionary<int, ReleaseShape> before, ILookup<int, int> groupsBefore)
    {
        (_releaseIds, _addedReleases, _addedSubjects, _subjects, _before, _groupsBefore) =
            (releaseIds, addedReleases, addedSubjects, subjects, before, groupsBefore);
    }

    /// <summary>The releases the write creates, tracked or pending (<see cref="AppDbContext.Inserts"/>): whatever else it
    /// does, it takes a stamp. Their ids are set once they are saved.</summary>
    public IReadOnlyList<Release> AddedReleases => _addedReleases;

    /// <summary>Call after the change is applied to tracked entities and before it is saved.</summary>
    public static async Task<FeedImpact> CaptureAsync(AppDbContext db, CancellationToken ct)
    {
        var releaseIds = new HashSet<int>();
        var renamed = new List<int>();
        var subjects = new HashSet<int>();
        var addedReleases = new List<Release>();
        var addedSubjects = new List<Subject>();
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            switch (entry.Entity)
            {
                case Release r when entry.State == EntityState.Added: addedReleases.Add(r); break;
                case Release r: releaseIds.Add(r.Id); break;
                case ReleaseSubject rs when rs.ReleaseId > 0: releaseIds.Add(rs.ReleaseId); break;
                case Subject s when entry.State == EntityState.Added: addedSubjects.Add(s); break;
                case Subject s when entry.State == EntityState.Deleted:
                    subjects.Add(s.Id);
                    renamed.Add(s.Id);
                    break;
                case Subject s when NameChanged(entry):
                    // Its own feed's title, and every release that credits it (duets: other subjects' feeds too).
                    subjects.Add(s.Id);
                    renamed.Add(s.Id);
                    break;
                case Membership m:
                    subjects.Add(m.GroupId); // the group's feed gains or loses the member's releases
                    break;
            }
        }
        addedReleases.AddRange(db.Inserts.Roots.OfType<Release>());
        if (renamed.Count > 0)
            releaseIds.UnionWith(await db.ReleaseSubjects.Where(rs => renamed.Contains(rs.SubjectId)).Select(rs => rs.ReleaseId).ToListAsync(ct));
        var before = await ShapesAsync(db, releaseIds, ct);
        var groupsBefore = await GroupsAsync(db, before.Values.SelectMany(s => s.SubjectIds), ct);
        return new FeedImpact(releaseIds, addedReleases, addedSubjects, subjects, before, groupsBefore);
    }

    /// <summary>Call after the save, in the same transaction: the subjects whose feeds changed, and the releases.</summary>
    public async Task<(IReadOnlySet<int> Subjects, IReadOnlyList<ChangedRelease> Releases)> ResolveAsync(AppDbContext db, CancellationToken ct)
    {
        var after = await ShapesAsync(db, _releaseIds, ct);
        // A new release is new: its credits are in the tracked rows, and reading thousands back would tell nothing more.
        var added = _addedReleases.Select(r => (r.Id, Subjects: r.Subjects.Select(s => s.SubjectId).ToList())).ToList();
        var groupsAfter = await GroupsAsync(db, after.Values.SelectMany(s => s.SubjectIds).Concat(added.SelectMany(a => a.Subjects)), ct);
        var touched = new HashSet<int>(_subjects);
        touched.UnionWith(_addedSubjects.Select(s => s.Id));
        var changed = new List<ChangedRelease>();
        foreach (var (id, subjects) in added)
        {
            changed.Add(new ChangedRelease(id, false));
            foreach (var subject in subjects) { touched.Add(subject); touched.UnionWith(groupsAfter[subject]); }
        }
        foreach (var id in _releaseIds)
        {
            _before.TryGetValue(id, out var old);
            after.TryGetValue(id, out var now);
            if (old is not null && now is not null && old.RendersLike(now)) continue;
            if (now is not null) changed.Add(new ChangedRelease(id, old is not null && !old.SignificantlyLike(now)));
            foreach (var subject in old?.SubjectIds ?? []) { touched.Add(subject); touched.UnionWith(_groupsBefore[subject]); }
            foreach (var subject in now?.SubjectIds ?? []) { touched.Add(subject); touched.UnionWith(groupsAfter[subject]); }
        }
        return (touched, changed);
    }

    static bool NameChanged(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State == EntityState.Modified && new[] { nameof(Subject.NameEn), nameof(Subject.NameRu), nameof(Subject.NameKo) }
            .Any(p => entry.Property(p).IsModified && !Equals(entry.Property(p).OriginalValue, entry.Property(p).CurrentValue));

    static async Task<Dictionary<int, ReleaseShape>> ShapesAsync(AppDbContext db, HashSet<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Releases.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new ReleaseShape(r.Id, r.Title, r.TitleEn, r.TitleRu, r.TitleKo, r.Kind, r.Date, r.Precision, r.Time,
                r.TimeZone, r.Status, r.Season, r.Episode, r.Description, r.Links, r.DeletedUtc != null, r.RetiredFromFeeds,
                r.Subjects.OrderBy(s => s.Position).ThenBy(s => s.SubjectId)
                    .Select(s => new CreditShape(s.SubjectId, s.Subject!.NameEn, s.Subject.NameRu, s.Subject.NameKo)).ToList()))
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id);
    }

    static async Task<ILookup<int, int>> GroupsAsync(AppDbContext db, IEnumerable<int> subjectIds, CancellationToken ct)
    {
        var ids = subjectIds.ToHashSet();
        if (ids.Count == 0) return Array.Empty<(int, int)>().ToLookup(p => p.Item1, p => p.Item2);
        var rows = await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.MemberId))
            .Select(m => new { m.MemberId, m.GroupId }).ToListAsync(ct);
        return rows.ToLookup(r => r.MemberId, r => r.GroupId);
    }
}
