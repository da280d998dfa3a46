using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Feeds;

/// <summary>What a feed shows, read from the database: the subjects asked for, the releases in the window (every
/// kind, date order) with their credited subjects, and the latest change among the subjects (Last-Modified).
/// Shared between renders and threads once cached: nothing may change it.</summary>
public sealed record FeedData(
    IReadOnlyList<Subject> Requested, IReadOnlySet<int>? SubjectIds, IReadOnlyList<Release> Releases, DateTime ChangedUtc)
{
    /// <summary>Rough managed size, charged against the cache's budget like rendered bytes.</summary>
    public long EstimatedBytes { get; } = Estimate(Releases);

    static long Estimate(IReadOnlyList<Release> releases)
    {
        // Object headers and fields of a Release, its lists and credits; strings at 2 bytes a char plus a header.
        long bytes = 256;
        foreach (var r in releases)
        {
            bytes += 360 + r.Subjects.Count * 48 + Chars(r.Title) + Chars(r.TitleEn) + Chars(r.TitleRu) + Chars(r.TitleKo)
                + Chars(r.Description) + Chars(r.TimeZone) + Chars(r.CreatedBy) + Chars(r.UpdatedBy);
            foreach (var link in r.Links) bytes += Chars(link);
        }
        return bytes;
    }

    static long Chars(string? s) => s is null ? 0 : 24 + 2L * s.Length;
}

/// <summary>Reads a feed's <see cref="FeedData"/>: untracked release rows, credits as (release, subject, position)
/// triples and each credited subject's names once, instead of an Include that builds a Subject per credit
/// (bench/README.md, "Cache miss").</summary>
public sealed class FeedLoader(IDbContextFactory<AppDbContext> contexts)
{
    /// <summary>The data, or the slugs that name no subject.</summary>
    public async Task<(FeedData? Data, IReadOnlyList<string> Unknown)> LoadAsync(FeedRequest request, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        IReadOnlySet<int>? ids = null;
        IReadOnlyList<Subject> requested = [];
        if (request.Slugs.Count > 0)
        {
            var selection = await ReleaseQueries.SelectSubjectsAsync(db, request.Slugs, request.IncludeMembers, ct);
            if (selection.Unknown.Count > 0) return (null, selection.Unknown);
            ids = selection.Ids;
            requested = selection.Requested;
        }

        var shown = db.Releases.AsNoTracking()
            .Where(r => !r.RetiredFromFeeds && r.Precision == DatePrecision.Day)
            .ForSubjects(ids).Between(request.Start, request.End);
        var releases = await shown.OrderBy(r => r.Date).ThenBy(r => r.Id).Select(r => new Release
        {
            Id = r.Id, PublicId = r.PublicId, Title = r.Title, TitleEn = r.TitleEn, TitleRu = r.TitleRu, TitleKo = r.TitleKo,
            Kind = r.Kind, Date = r.Date, Precision = r.Precision, Time = r.Time, TimeZone = r.TimeZone, Status = r.Status,
            Season = r.Season, Episode = r.Episode, Description = r.Description, Links = r.Links,
            CreatedBy = r.CreatedBy, CreatedUtc = r.CreatedUtc, UpdatedBy = r.UpdatedBy, UpdatedUtc = r.UpdatedUtc,
            Revision = r.Revision, Sequence = r.Sequence, DeletedUtc = r.DeletedUtc, CancelledUtc = r.CancelledUtc,
            RetiredFromFeeds = r.RetiredFromFeeds,
        }).ToListAsync(ct);
        var credits = await shown.SelectMany(r => r.Subjects)
            .Select(c => new { c.ReleaseId, c.SubjectId, c.Position }).ToListAsync(ct);
        var creditedIds = credits.Select(c => c.SubjectId).ToHashSet();
        var subjects = await db.Subjects.AsNoTracking().Where(s => creditedIds.Contains(s.Id))
            .Select(s => new Subject { Id = s.Id, Slug = s.Slug, Kind = s.Kind, NameEn = s.NameEn, NameRu = s.NameRu, NameKo = s.NameKo })
            .ToDictionaryAsync(s => s.Id, ct);

        var byRelease = releases.ToDictionary(r => r.Id);
        foreach (var c in credits.OrderBy(c => c.ReleaseId).ThenBy(c => c.Position).ThenBy(c => c.SubjectId))
        {
            if (byRelease.TryGetValue(c.ReleaseId, out var release))
                release.Subjects.Add(new ReleaseSubject { ReleaseId = c.ReleaseId, SubjectId = c.SubjectId, Position = c.Position, Subject = subjects[c.SubjectId] });
        }

        var changed = ids is null
            ? await db.Subjects.MaxAsync(s => (DateTime?)s.FeedChangedUtc, ct)
            : await db.Subjects.Where(s => ids.Contains(s.Id)).MaxAsync(s => (DateTime?)s.FeedChangedUtc, ct);
        return (new FeedData(requested, ids, releases, changed ?? DateTime.UnixEpoch), []);
    }
}
