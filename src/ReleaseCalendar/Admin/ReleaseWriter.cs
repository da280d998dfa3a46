using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Admin;

/// <summary>Creates, replaces and deletes releases, keeping revision, SEQUENCE, provenance and feed stamps right.</summary>
public sealed class ReleaseWriter(AppDbContext db, FeedStamps stamps, TimeProvider clock)
{
    public async Task<ReleaseWriteResult> CreateAsync(ReleaseRequest request, string actor, CancellationToken ct)
    {
        var (valid, errors) = AdminValidation.Release(request);
        if (valid is null) return new(null, errors);
        var subjects = await ResolveAsync(valid.Subjects, ct);
        if (subjects.Errors is not null) return new(null, subjects.Errors);

        var now = clock.UtcNowSeconds();
        var release = new Release
        {
            PublicId = Guid.CreateVersion7(clock.GetUtcNow()),
            Title = valid.Title,
            CreatedBy = actor,
            CreatedUtc = now,
            UpdatedBy = actor,
            UpdatedUtc = now,
        };
        Apply(release, valid, subjects.List!, now);
        db.Releases.Add(release);
        await stamps.SaveAsync(db, () => subjects.List!.Select(s => s.Id), now, ct);
        return new(release);
    }

    public async Task<ReleaseWriteResult> UpdateAsync(Guid id, ReleaseRequest request, IfMatch ifMatch, string actor, CancellationToken ct)
    {
        var (valid, errors) = AdminValidation.Release(request);
        if (valid is null) return new(null, errors);
        var release = await db.Releases.WithSubjects().FirstOrDefaultAsync(r => r.PublicId == id, ct);
        if (release is null) return new(null, Error: Problems.NotFound("Unknown release", $"No release has the id {id}."));
        if (!ifMatch.Allows(release.Revision)) return new(null, Error: Problems.Stale("release", release.Revision));
        var subjects = await ResolveAsync(valid.Subjects, ct);
        if (subjects.Errors is not null) return new(null, subjects.Errors);

        var before = release.Subjects.Select(s => s.SubjectId).ToList();
        var now = clock.UtcNowSeconds();
        var feedVisible = FeedFingerprint(release);
        Apply(release, valid, subjects.List!, now);
        if (FeedFingerprint(release) != feedVisible) release.Sequence++;
        release.Revision++;
        release.UpdatedBy = actor;
        release.UpdatedUtc = now;
        // A deleted release that is written again comes back.
        release.DeletedUtc = null;
        release.RetiredFromFeeds = false;
        try
        {
            await stamps.SaveAsync(db, () => before.Concat(subjects.List!.Select(s => s.Id)), now, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(null, Error: Problems.Stale("release", null));
        }
        return new(release);
    }

    public async Task<WriteResult> DeleteAsync(Guid id, IfMatch ifMatch, string actor, CancellationToken ct)
    {
        var release = await db.Releases.Include(r => r.Subjects).FirstOrDefaultAsync(r => r.PublicId == id, ct);
        if (release is null) return new(Error: Problems.NotFound("Unknown release", $"No release has the id {id}."));
        if (!ifMatch.Allows(release.Revision)) return new(Error: Problems.Stale("release", release.Revision));
        if (release.DeletedUtc is not null) return WriteResult.Ok; // DELETE is idempotent
        var now = clock.UtcNowSeconds();
        release.DeletedUtc = now;
        release.CancelledUtc ??= now;
        release.Revision++;
        release.Sequence++; // the feed's STATUS turns to CANCELLED
        release.UpdatedBy = actor;
        release.UpdatedUtc = now;
        try
        {
            await stamps.SaveAsync(db, () => release.Subjects.Select(s => s.SubjectId), now, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(Error: Problems.Stale("release", null));
        }
        return WriteResult.Ok;
    }



    /// <summary>What a calendar client shows; a change here must raise SEQUENCE (RFC 5545 §3.8.7.4).</summary>
    static string FeedFingerprint(Release r) => string.Join('\u001f', r.Date, r.Precision, r.Time, r.TimeZone,
        r.Title, r.TitleEn, r.TitleRu, r.TitleKo, r.Status, r.DeletedUtc is null, r.Kind, r.Season, r.Episode);

    void Apply(Release r, ValidRelease v, IReadOnlyList<Subject> subjects, DateTime now)
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

    async Task<(IReadOnlyList<Subject>? List, Dictionary<string, string[]>? Errors)> ResolveAsync(IReadOnlyList<string> slugs, CancellationToken ct)
    {
        var found = await db.Subjects.Where(s => slugs.Contains(s.Slug)).ToListAsync(ct);
        var missing = slugs.Where(s => found.All(f => f.Slug != s)).ToList();
        if (missing.Count > 0)
            return (null, new() { ["subjects"] = [.. missing.Select(m => $"No artist, group or show has the slug '{m}'.")] });
        return ([.. slugs.Select(s => found.First(f => f.Slug == s))], null);
    }
}
