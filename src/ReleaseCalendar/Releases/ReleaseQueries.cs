using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;

namespace ReleaseCalendar.Releases;

/// <summary>Which subjects a request means: the slugs asked for, plus the members of any group among them.</summary>
public sealed record SubjectSelection(IReadOnlyList<Subject> Requested, IReadOnlySet<int> Ids, IReadOnlyList<string> Unknown);

public static class ReleaseQueries
{
    public static async Task<SubjectSelection> SelectSubjectsAsync(
        AppDbContext db, IReadOnlyCollection<string> slugs, bool includeMembers, CancellationToken ct)
    {
        var requested = await db.Subjects.AsNoTracking().Where(s => slugs.Contains(s.Slug)).ToListAsync(ct);
        var ids = requested.Select(s => s.Id).ToHashSet();
        if (includeMembers && ids.Count > 0)
        {
            // Members only one level down: a group's members are people, not further groups.
            var members = await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.GroupId)).Select(m => m.MemberId).ToListAsync(ct);
            ids.UnionWith(members);
        }
        var unknown = slugs.Except(requested.Select(s => s.Slug), StringComparer.Ordinal).ToList();
        return new SubjectSelection(requested, ids, unknown);
    }

    /// <summary>A subject with what its JSON shows: aliases, groups and members.</summary>
    public static IQueryable<Subject> SubjectsWithRelations(IQueryable<Subject> q) =>
        q.Include(s => s.Aliases).Include(s => s.MemberOf).ThenInclude(m => m.Group)
         .Include(s => s.Members).ThenInclude(m => m.Member);

    public static IQueryable<Release> WithSubjects(this IQueryable<Release> q) =>
        q.Include(r => r.Subjects.OrderBy(s => s.Position)).ThenInclude(s => s.Subject);

    public static IQueryable<Release> ForSubjects(this IQueryable<Release> q, IReadOnlySet<int>? ids) =>
        ids is null ? q : q.Where(r => r.Subjects.Any(s => ids.Contains(s.SubjectId)));

    public static IQueryable<Release> OfKinds(this IQueryable<Release> q, IReadOnlyCollection<ReleaseKind>? kinds) =>
        kinds is null || kinds.Count == 0 ? q : q.Where(r => kinds.Contains(r.Kind));

    public static IQueryable<Release> Between(this IQueryable<Release> q, DateOnly? from, DateOnly? to)
    {
        if (from is { } f) q = q.Where(r => r.Date >= f);
        if (to is { } t) q = q.Where(r => r.Date <= t);
        return q;
    }
}
