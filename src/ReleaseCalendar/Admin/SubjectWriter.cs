using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Admin;

/// <summary>Creates and changes subjects, their aliases and group memberships.</summary>
public sealed class SubjectWriter(AppDbContext db, FeedStamps stamps, TimeProvider clock)
{
    public async Task<SubjectWriteResult> CreateAsync(SubjectRequest request, CancellationToken ct)
    {
        var (valid, errors) = AdminValidation.Subject(request);
        if (valid is null) return new(null, errors);
        if (await db.Subjects.AnyAsync(s => s.Slug == valid.Slug, ct))
            return new(null, Error: Problems.Conflict("Slug taken", $"A subject with the slug '{valid.Slug}' already exists."));
        var groups = await GroupsAsync(valid.MemberOf, ct);
        if (groups.Errors is not null) return new(null, groups.Errors);

        var now = clock.UtcNowSeconds();
        var subject = new Subject { Slug = valid.Slug, NameEn = valid.NameEn, CreatedUtc = now, UpdatedUtc = now, FeedChangedUtc = now };
        Apply(subject, valid, groups.List!);
        db.Subjects.Add(subject);
        try { await stamps.SaveAsync(db, () => [subject.Id], now, ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Lost a race with another create of the same slug; the unique index caught it.
            if (await db.Subjects.AnyAsync(s => s.Slug == valid.Slug, ct))
                return new(null, Error: Problems.Conflict("Slug taken", $"A subject with the slug '{valid.Slug}' already exists."));
            throw;
        }
        return new(await LoadAsync(valid.Slug, ct));
    }

    public async Task<SubjectWriteResult> UpdateAsync(string slug, SubjectRequest request, IfMatch ifMatch, CancellationToken ct)
    {
        // The slug is the feed URL fans subscribed to: it can't change, and the body may omit it.
        var (valid, errors) = AdminValidation.Subject(request with { Slug = request.Slug ?? slug });
        if (valid is null) return new(null, errors);
        if (valid.Slug != slug)
            return new(null, new() { ["slug"] = [$"The slug can't change (it is in subscribers' feed URLs); expected '{slug}'."] });
        var subject = await SubjectEndpoints.WithRelations(db.Subjects).FirstOrDefaultAsync(s => s.Slug == slug, ct);
        if (subject is null) return new(null, Error: UnknownSubject(slug));
        if (!ifMatch.Allows(subject.Revision)) return new(null, Error: Problems.Stale("subject", subject.Revision));
        var groups = await GroupsAsync(valid.MemberOf, ct);
        if (groups.Errors is not null) return new(null, groups.Errors);
        if (valid.Kind != SubjectKind.Group && subject.Members.Count > 0)
            return new(null, new() { ["kind"] = ["This subject has members; only a group can."] });

        var now = clock.UtcNowSeconds();
        var touched = subject.MemberOf.Select(m => m.GroupId).Append(subject.Id).ToList();
        Apply(subject, valid, groups.List!);
        subject.Revision++;
        subject.UpdatedUtc = now;
        try { await stamps.SaveAsync(db, () => touched.Concat(groups.List!.Select(g => g.Id)), now, ct); }
        catch (DbUpdateConcurrencyException) { return new(null, Error: Problems.Stale("subject", null)); }
        return new(await LoadAsync(slug, ct));
    }

    public async Task<WriteResult> DeleteAsync(string slug, IfMatch ifMatch, CancellationToken ct)
    {
        var subject = await db.Subjects.Include(s => s.MemberOf).FirstOrDefaultAsync(s => s.Slug == slug, ct);
        if (subject is null) return new(Error: UnknownSubject(slug));
        if (!ifMatch.Allows(subject.Revision)) return new(Error: Problems.Stale("subject", subject.Revision));
        var releases = await db.ReleaseSubjects.CountAsync(rs => rs.SubjectId == subject.Id, ct);
        if (releases > 0)
            return new(Error: Problems.Conflict("Subject has releases",
                $"'{slug}' has {releases} release(s); delete them or move them to another subject first."));
        var groups = subject.MemberOf.Select(m => m.GroupId).ToList();
        db.Subjects.Remove(subject);
        await stamps.SaveAsync(db, () => groups, clock.UtcNowSeconds(), ct);
        return WriteResult.Ok;
    }

    public async Task<SubjectWriteResult> AddAliasAsync(string slug, string? name, CancellationToken ct)
    {
        var alias = name?.Trim();
        if (string.IsNullOrEmpty(alias) || alias.Length > Limits.Name || alias.Any(char.IsControl))
            return new(null, new() { ["name"] = [$"Required: 1–{Limits.Name} characters on one line."] });
        var subject = await db.Subjects.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Slug == slug, ct);
        if (subject is null) return new(null, Error: UnknownSubject(slug));
        var folded = NameFolding.Fold(alias);
        if (subject.Aliases.Any(a => a.Folded == folded))
            return new(null, Error: Problems.Conflict("Alias exists", $"'{slug}' already has the alias '{alias}'."));
        if (subject.Aliases.Count >= Limits.Aliases)
            return new(null, new() { ["name"] = [$"'{slug}' already has {Limits.Aliases} aliases."] });
        subject.Aliases.Add(new SubjectAlias { Name = alias, Folded = folded });
        subject.Revision++;
        subject.UpdatedUtc = clock.UtcNowSeconds();
        await db.SaveChangesAsync(ct);
        return new(await LoadAsync(slug, ct));
    }

    public async Task<WriteResult> RemoveAliasAsync(string slug, string alias, CancellationToken ct)
    {
        var subject = await db.Subjects.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Slug == slug, ct);
        if (subject is null) return new(Error: UnknownSubject(slug));
        var folded = NameFolding.Fold(alias);
        var existing = subject.Aliases.FirstOrDefault(a => a.Folded == folded);
        if (existing is null) return new(Error: Problems.NotFound("Unknown alias", $"'{slug}' has no alias '{alias}'."));
        subject.Aliases.Remove(existing);
        subject.Revision++;
        subject.UpdatedUtc = clock.UtcNowSeconds();
        await db.SaveChangesAsync(ct);
        return WriteResult.Ok;
    }

    public async Task<WriteResult> SetMembershipAsync(string groupSlug, string memberSlug, bool member, CancellationToken ct)
    {
        var both = await db.Subjects.Where(s => s.Slug == groupSlug || s.Slug == memberSlug).ToListAsync(ct);
        var group = both.FirstOrDefault(s => s.Slug == groupSlug);
        var person = both.FirstOrDefault(s => s.Slug == memberSlug);
        if (group is null) return new(Error: UnknownSubject(groupSlug));
        if (person is null) return new(Error: UnknownSubject(memberSlug));
        if (group.Kind != SubjectKind.Group) return new(new() { ["group"] = [$"'{groupSlug}' is not a group."] });
        if (group.Id == person.Id) return new(new() { ["member"] = ["A group can't be its own member."] });
        var existing = await db.Memberships.FindAsync([group.Id, person.Id], ct);
        if (member == (existing is not null)) return WriteResult.Ok; // already as asked: idempotent
        if (member) db.Memberships.Add(new Membership { GroupId = group.Id, MemberId = person.Id });
        else db.Memberships.Remove(existing!);
        await stamps.SaveAsync(db, () => [group.Id], clock.UtcNowSeconds(), ct);
        return WriteResult.Ok;
    }

    Task<Subject?> LoadAsync(string slug, CancellationToken ct) =>
        SubjectEndpoints.WithRelations(db.Subjects.AsNoTracking()).AsSplitQuery().FirstOrDefaultAsync(s => s.Slug == slug, ct);

    void Apply(Subject s, ValidSubject v, IReadOnlyList<Subject> groups)
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

    async Task<(IReadOnlyList<Subject>? List, Dictionary<string, string[]>? Errors)> GroupsAsync(IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var found = await db.Subjects.Where(s => slugs.Contains(s.Slug)).ToListAsync(ct);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < slugs.Count; i++)
        {
            var g = found.FirstOrDefault(f => f.Slug == slugs[i]);
            if (g is null) errors[$"memberOf[{i}]"] = [$"No group has the slug '{slugs[i]}'."];
            else if (g.Kind != SubjectKind.Group) errors[$"memberOf[{i}]"] = [$"'{slugs[i]}' is not a group."];
        }
        return errors.Count > 0 ? (null, errors) : (found, null);
    }


    static ProblemHttpResult UnknownSubject(string slug) => Problems.NotFound("Unknown artist or show", $"Nothing is published under '{slug}'.");

}
