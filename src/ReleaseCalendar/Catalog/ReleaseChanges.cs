using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Catalog;

/// <summary>Creates, replaces, deletes and retires releases through <see cref="CatalogStore"/>. Only the change itself is
/// here: which feeds it touches, SEQUENCE and the stamps are the store's business.</summary>
public sealed class ReleaseChanges(CatalogStore store, TimeProvider clock)
{
    public Task<CatalogResult<Release>> CreateAsync(ValidRelease valid, string actor, CancellationToken ct)
    {
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        return store.WriteAsync<Release>(new(actor, "release.create", id.ToString()), async (db, now, ct) =>
        {
            var subjects = await ResolveAsync(db, valid.Subjects, ct);
            if (subjects.Error is { } error) return error;
            var release = new Release
            {
                PublicId = id, Title = valid.Title, CreatedBy = actor, CreatedUtc = now, UpdatedBy = actor, UpdatedUtc = now,
            };
            Apply(release, valid, subjects.Value!, now);
            // Typed in by hand: every field the admin gave is pinned, so no source overwrites it (an admin can unpin).
            release.Pinned = Ingest.ReleaseFields.All.Where(f => Ingest.ReleaseFields.Read(release, f) is not null).ToList();
            db.Releases.Add(release);
            return release;
        }, ct);
    }

    public Task<CatalogResult<Release>> UpdateAsync(Guid id, ValidRelease valid, IfMatch ifMatch, string actor, CancellationToken ct) =>
        store.WriteAsync<Release>(new(actor, "release.update", id.ToString(), ifMatch), async (db, now, ct) =>
        {
            var release = await db.Releases.WithSubjects().FirstOrDefaultAsync(r => r.PublicId == id, ct);
            if (release is null) return CatalogError.UnknownRelease(id);
            if (!ifMatch.Allows(release.Revision)) return CatalogError.Stale("release", release.Revision);
            var subjects = await ResolveAsync(db, valid.Subjects, ct);
            if (subjects.Error is { } error) return error;
            var before = Ingest.ReleaseFields.All.ToDictionary(f => f, f => Ingest.ReleaseFields.Read(release, f));
            Apply(release, valid, subjects.Value!, now);
            // What the admin changed is kept in the history and pinned against ingestion.
            foreach (var (field, old) in before)
            {
                var value = Ingest.ReleaseFields.Read(release, field);
                if (value == old) continue;
                db.ReleaseHistory.Add(new Ingest.ReleaseChange
                    { ReleaseId = release.Id, ChangedUtc = now, Actor = actor, Field = field, OldValue = old, NewValue = value });
                if (!release.Pinned.Contains(field)) release.Pinned = [.. release.Pinned, field];
            }
            release.Revision++;
            release.UpdatedBy = actor;
            // A deleted release that is written again comes back.
            release.DeletedUtc = null;
            release.RetiredFromFeeds = false;
            return release;
        }, ct);

    /// <summary>Soft and idempotent: feeds keep the release as CANCELLED until retention ends (<see cref="RetireExpiredAsync"/>).</summary>
    public Task<CatalogResult<Done>> DeleteAsync(Guid id, IfMatch ifMatch, string actor, CancellationToken ct) =>
        store.WriteAsync<Done>(new(actor, "release.delete", id.ToString(), ifMatch), async (db, now, ct) =>
        {
            var release = await db.Releases.FirstOrDefaultAsync(r => r.PublicId == id, ct);
            if (release is null) return CatalogError.UnknownRelease(id);
            if (!ifMatch.Allows(release.Revision)) return CatalogError.Stale("release", release.Revision);
            if (release.DeletedUtc is not null) return new Done();
            release.DeletedUtc = now;
            release.CancelledUtc ??= now;
            release.Revision++;
            release.UpdatedBy = actor;
            return new Done();
        }, ct);

    /// <summary>Cancelled and deleted releases past <paramref name="retention"/> leave the feeds; deleted ones go for good.</summary>
    public Task<CatalogResult<(int Retired, int Purged)>> RetireExpiredAsync(TimeSpan retention, string actor, CancellationToken ct) =>
        store.WriteAsync<(int, int)>(new(actor, "release.retire", "expired"), async (db, now, ct) =>
        {
            var cutoff = now - retention;
            // Also a release deleted after it was retired (cancelled long ago): it is in no feed, so it can go now.
            var due = await db.Releases.Where(r => (!r.RetiredFromFeeds && r.CancelledUtc != null && r.CancelledUtc <= cutoff)
                || (r.RetiredFromFeeds && r.DeletedUtc != null)).ToListAsync(ct);
            var purged = 0;
            foreach (var r in due)
            {
                if (r.DeletedUtc is not null) { db.Releases.Remove(r); purged++; }
                else r.RetiredFromFeeds = true;
            }
            return (due.Count, purged);
        }, ct);

    /// <summary>A new release from checked values, for writers other than <see cref="CreateAsync"/> (an accepted suggestion).</summary>
    public static Release Build(Guid id, ValidRelease valid, IReadOnlyList<Subject> subjects, string actor, DateTime now)
    {
        var release = new Release { PublicId = id, Title = valid.Title, CreatedBy = actor, CreatedUtc = now, UpdatedBy = actor, UpdatedUtc = now };
        Apply(release, valid, subjects, now);
        release.Pinned = Ingest.ReleaseFields.All.Where(f => Ingest.ReleaseFields.Read(release, f) is not null).ToList();
        return release;
    }

    static void Apply(Release r, ValidRelease v, IReadOnlyList<Subject> subjects, DateTime now)
    {
        r.Title = v.Title;
        r.TitleEn = v.Titles.En;
        r.TitleRu = v.Titles.Ru;
        r.TitleKo = v.Titles.Ko;
        r.Kind = v.Kind;
        r.Date = v.Date;
        r.Precision = v.Precision;
        r.Time = v.Time;
        r.TimeZone = v.TimeZone;
        r.Season = v.Season;
        r.Episode = v.Episode;
        r.Description = v.Description;
        r.Links = [.. v.Links];
        if (v.Status == ReleaseStatus.Cancelled) r.CancelledUtc ??= now;
        else r.CancelledUtc = null;
        r.Status = v.Status;
        var wanted = subjects.Select((s, i) => (s.Id, i)).ToList();
        r.Subjects.RemoveAll(rs => wanted.All(w => w.Id != rs.SubjectId));
        foreach (var (subjectId, position) in wanted)
        {
            var existing = r.Subjects.FirstOrDefault(rs => rs.SubjectId == subjectId);
            if (existing is null) r.Subjects.Add(new ReleaseSubject { SubjectId = subjectId, Position = position });
            else existing.Position = position;
        }
    }

    public static async Task<CatalogResult<IReadOnlyList<Subject>>> ResolveAsync(AppDbContext db, IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var found = await db.Subjects.Where(s => slugs.Contains(s.Slug)).ToListAsync(ct);
        var missing = slugs.Where(s => found.All(f => f.Slug != s)).ToList();
        if (missing.Count > 0)
            return CatalogError.Invalid(new Dictionary<string, string[]>
            { ["subjects"] = [.. missing.Select(m => $"No artist, group or show has the slug '{m}'.")] });
        return new(slugs.Select(s => found.First(f => f.Slug == s)).ToList(), null);
    }
}
