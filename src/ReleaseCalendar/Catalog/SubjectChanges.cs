using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Catalog;

/// <summary>Creates and changes subjects, their aliases and group memberships through <see cref="CatalogStore"/>.
/// Each returns the subject's slug; read the subject back for a reply.</summary>
public sealed class SubjectChanges(CatalogStore store)
{
    public Task<CatalogResult<string>> CreateAsync(ValidSubject valid, string actor, CancellationToken ct) =>
        store.WriteAsync<string>(new(actor, "subject.create", valid.Slug), async (db, now, ct) =>
        {
            if (await db.Subjects.AnyAsync(s => s.Slug == valid.Slug, ct)) return SlugTaken(valid.Slug);
            var groups = await GroupsAsync(db, valid.MemberOf, ct);
            if (groups.Error is { } error) return error;
            var subject = new Subject { Slug = valid.Slug, NameEn = valid.NameEn, CreatedUtc = now, UpdatedUtc = now, FeedChangedUtc = now };
            Apply(subject, valid, groups.Value!);
            db.Subjects.Add(subject);
            return subject.Slug;
        }, ct);

    public Task<CatalogResult<string>> UpdateAsync(string slug, ValidSubject valid, IfMatch ifMatch, string actor, CancellationToken ct) =>
        store.WriteAsync<string>(new(actor, "subject.update", slug, ifMatch), async (db, now, ct) =>
        {
            // The slug is the feed URL fans subscribed to: it can't change.
            if (valid.Slug != slug)
                return CatalogError.Invalid("slug", $"The slug can't change (it is in subscribers' feed URLs); expected '{slug}'.");
            var subject = await ReleaseQueries.SubjectsWithRelations(db.Subjects).AsSplitQuery().Where(s => s.Slug == slug).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
            if (subject is null) return CatalogError.UnknownSubject(slug);
            if (!ifMatch.Allows(subject.Revision)) return CatalogError.Stale("subject", subject.Revision);
            var groups = await GroupsAsync(db, valid.MemberOf, ct);
            if (groups.Error is { } error) return error;
            if (valid.Kind != SubjectKind.Group && subject.Members.Count > 0)
                return CatalogError.Invalid("kind", "This subject has members; only a group can.");
            Apply(subject, valid, groups.Value!);
            subject.Revision++;
            subject.UpdatedUtc = now;
            return slug;
        }, ct);

    /// <summary>A subject with releases can't go: its releases would lose their credit, and fans their feed.</summary>
    public Task<CatalogResult<Done>> DeleteAsync(string slug, IfMatch ifMatch, string actor, CancellationToken ct) =>
        store.WriteAsync<Done>(new(actor, "subject.delete", slug, ifMatch), async (db, now, ct) =>
        {
            var subject = await db.Subjects.Include(s => s.MemberOf).Include(s => s.Members).FirstOrDefaultAsync(s => s.Slug == slug, ct);
            if (subject is null) return CatalogError.UnknownSubject(slug);
            if (!ifMatch.Allows(subject.Revision)) return CatalogError.Stale("subject", subject.Revision);
            var releases = await db.ReleaseSubjects.CountAsync(rs => rs.SubjectId == subject.Id, ct);
            if (releases > 0)
                return CatalogError.Conflict("Subject has releases",
                    $"'{slug}' has {releases} release(s); delete them or move them to another subject first.");
            db.Subjects.Remove(subject);
            return new Done();
        }, ct);

    public Task<CatalogResult<string>> AddAliasAsync(string slug, string? name, string actor, CancellationToken ct)
    {
        var alias = name?.Trim();
        return store.WriteAsync<string>(new(actor, "subject.alias.add", $"{slug}/{alias}"), async (db, now, ct) =>
        {
            if (string.IsNullOrEmpty(alias) || alias.Length > Limits.Name || alias.Any(char.IsControl))
                return CatalogError.Invalid("name", $"Required: 1–{Limits.Name} characters on one line.");
            var subject = await db.Subjects.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Slug == slug, ct);
            if (subject is null) return CatalogError.UnknownSubject(slug);
            var folded = NameFolding.Fold(alias);
            if (subject.Aliases.Any(a => a.Folded == folded))
                return CatalogError.Conflict("Alias exists", $"'{slug}' already has the alias '{alias}'.");
            if (subject.Aliases.Count >= Limits.Aliases)
                return CatalogError.Invalid("name", $"'{slug}' already has {Limits.Aliases} aliases.");
            subject.Aliases.Add(new SubjectAlias { Name = alias, Folded = folded });
            subject.Revision++;
            subject.UpdatedUtc = now;
            return slug;
        }, ct);
    }

    public Task<CatalogResult<Done>> RemoveAliasAsync(string slug, string alias, string actor, CancellationToken ct) =>
        store.WriteAsync<Done>(new(actor, "subject.alias.remove", $"{slug}/{alias}"), async (db, now, ct) =>
        {
            var subject = await db.Subjects.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Slug == slug, ct);
            if (subject is null) return CatalogError.UnknownSubject(slug);
            var folded = NameFolding.Fold(alias);
            var existing = subject.Aliases.FirstOrDefault(a => a.Folded == folded);
            if (existing is null) return CatalogError.NotFound("Unknown alias", $"'{slug}' has no alias '{alias}'.");
            subject.Aliases.Remove(existing);
            subject.Revision++;
            subject.UpdatedUtc = now;
            return new Done();
        }, ct);

    /// <summary>Idempotent: asking for the membership that already is changes nothing.</summary>
    public Task<CatalogResult<Done>> SetMembershipAsync(string groupSlug, string memberSlug, bool member, string actor, CancellationToken ct) =>
        store.WriteAsync<Done>(new(actor, member ? "subject.member.add" : "subject.member.remove", $"{groupSlug}/{memberSlug}"), async (db, now, ct) =>
        {
            var both = await db.Subjects.Where(s => s.Slug == groupSlug || s.Slug == memberSlug).ToListAsync(ct);
            var group = both.FirstOrDefault(s => s.Slug == groupSlug);
            var person = both.FirstOrDefault(s => s.Slug == memberSlug);
            if (group is null) return CatalogError.UnknownSubject(groupSlug);
            if (person is null) return CatalogError.UnknownSubject(memberSlug);
            if (group.Kind != SubjectKind.Group) return CatalogError.Invalid("group", $"'{groupSlug}' is not a group.");
            if (group.Id == person.Id) return CatalogError.Invalid("member", "A group can't be its own member.");
            var existing = await db.Memberships.FindAsync([group.Id, person.Id], ct);
            if (member == (existing is not null)) return new Done();
            if (member) db.Memberships.Add(new Membership { GroupId = group.Id, MemberId = person.Id });
            else db.Memberships.Remove(existing!);
            return new Done();
        }, ct);

    static CatalogError SlugTaken(string slug) =>
        CatalogError.Conflict("Slug taken", $"A subject with the slug '{slug}' already exists.");

    static void Apply(Subject s, ValidSubject v, IReadOnlyList<Subject> groups)
    {
        s.Kind = v.Kind;
        s.NameEn = v.NameEn;
        s.NameRu = v.NameRu;
        s.NameKo = v.NameKo;
        s.Description = v.Description;
        // Names and the slug are aliases too, so q= finds "Ким Нам Джун" as readily as "rm".
        var wanted = v.Aliases.Append(v.NameEn).Append(v.Slug).Concat(new[] { v.NameRu, v.NameKo }.OfType<string>())
            .GroupBy(NameFolding.Fold).Select(g => (Folded: g.Key, Name: g.First())).ToList();
        s.Aliases.RemoveAll(a => wanted.All(w => w.Folded != a.Folded));
        foreach (var (folded, name) in wanted.Where(w => s.Aliases.All(a => a.Folded != w.Folded)))
            s.Aliases.Add(new SubjectAlias { Name = name, Folded = folded });
        s.MemberOf.RemoveAll(m => groups.All(g => g.Id != m.GroupId));
        foreach (var g in groups.Where(g => s.MemberOf.All(m => m.GroupId != g.Id)))
            s.MemberOf.Add(new Membership { GroupId = g.Id, Member = s });
    }

    static async Task<CatalogResult<IReadOnlyList<Subject>>> GroupsAsync(AppDbContext db, IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var found = await db.Subjects.Where(s => slugs.Contains(s.Slug)).ToListAsync(ct);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < slugs.Count; i++)
        {
            var g = found.FirstOrDefault(f => f.Slug == slugs[i]);
            if (g is null) errors[$"memberOf[{i}]"] = [$"No group has the slug '{slugs[i]}'."];
            else if (g.Kind != SubjectKind.Group) errors[$"memberOf[{i}]"] = [$"'{slugs[i]}' is not a group."];
        }
        if (errors.Count > 0) return CatalogError.Invalid(errors);
        return new(found, null);
    }
}
