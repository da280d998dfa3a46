using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Feeds;

/// <summary>What a feed shows: the subjects asked for, the releases in the window (every kind, in date order) with
/// their credited subjects, and the latest change among the subjects (Last-Modified). Shared between renders and
/// threads once cached: nothing may change it. <c>Subjects</c> is every subject whose releases or names it shows; null
/// for the combined feed of all subjects.</summary>
public sealed record FeedData(
    IReadOnlyList<Subject> Requested, IReadOnlySet<int>? Subjects, IReadOnlyList<Release> Releases, DateTime ChangedUtc) : ICachedData
{
    // The releases themselves are charged to the SubjectReleases they came from; this is the list and the set.
    public long EstimatedBytes => 256 + 16L * Releases.Count + 16L * (Subjects?.Count ?? 0);
}

/// <summary>One subject's releases in one window, with its own Last-Modified input: the unit the loader caches, so that
/// after a write only the subjects it touched are read again, not the whole of a combined or group feed.</summary>
public sealed record SubjectReleases(int SubjectId, DateTime FeedChangedUtc, IReadOnlyList<Release> Releases, IReadOnlySet<int> Subjects)
    : ICachedData
{
    public long EstimatedBytes { get; } = Estimate(Releases);

    static long Estimate(IReadOnlyList<Release> releases)
    {
        // Object headers and fields of a Release, its lists and credits; strings at 2 bytes a char plus a header.
        // Releases credited to several subjects are counted in each subject's entry: an overestimate, on the safe side.
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

/// <summary>Reads a feed's <see cref="FeedData"/>, subject by subject: each subject's releases in the window come from
/// the cache (<see cref="SubjectReleases"/>, tagged and generation-checked like rendered bytes) or, for those missing,
/// from one lean read: untracked release rows, credits as (release, subject, position) triples and each credited
/// subject's names once, instead of an Include that builds a Subject per credit (bench/README.md, "Why the miss is
/// cheap now").</summary>
public sealed class FeedLoader(IDbContextFactory<AppDbContext> contexts, FeedCache cache)
{
    /// <summary>The data, or the slugs that name no subject. <paramref name="generation"/> is <see cref="FeedCache.Generation"/>
    /// read before the caller's cache lookups: parts read from the database are cached only if no write came since.</summary>
    public async Task<(FeedData? Data, IReadOnlyList<string> Unknown)> LoadAsync(FeedRequest request, long generation, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // One state of the catalog for every read below: releases, names and stamps agree, so Last-Modified is never
        // newer than the content it is sent with (If-Modified-Since clients would keep old content).
        await using var snapshot = await db.BeginReadSnapshotAsync(ct);
        IReadOnlyList<Subject> requested = [];
        IReadOnlySet<int> ids = new HashSet<int>();
        var stamps = db.Subjects.AsNoTracking();
        if (request.Slugs.Count > 0)
        {
            var selection = await ReleaseQueries.SelectSubjectsAsync(db, request.Slugs, request.IncludeMembers, ct);
            if (selection.Unknown.Count > 0) return (null, selection.Unknown);
            ids = selection.Ids;
            requested = selection.Requested;
            var selected = selection.Ids;
            stamps = stamps.Where(s => selected.Contains(s.Id));
        }
        // Every release credits at least one subject, so "all releases" is the union over all subjects.
        var stamped = await stamps.Select(s => new { s.Id, s.FeedChangedUtc }).ToDictionaryAsync(s => s.Id, s => s.FeedChangedUtc, ct);
        if (request.Slugs.Count == 0) ids = stamped.Keys.ToHashSet();

        var parts = new List<SubjectReleases>(ids.Count);
        var missing = new HashSet<int>();
        foreach (var id in ids)
        {
            // A cached part is current only if no write touched its subject since: every write that changes a subject's
            // releases or the names they show gives it a new, unique stamp (Catalog/FeedClock.cs) in the same transaction.
            if (cache.TryGetData<SubjectReleases>(PartKey(id, request), out var part)
                && stamped.TryGetValue(id, out var stamp) && part.FeedChangedUtc == stamp) parts.Add(part);
            else missing.Add(id);
        }
        if (missing.Count > 0)
        {
            // The combined feed of everything on a cold cache reads the window unfiltered.
            var filter = request.Slugs.Count == 0 && missing.Count == ids.Count ? null : missing;
            foreach (var part in await ReadPartsAsync(db, missing, filter, request.Start, request.End, ct))
            {
                cache.StoreData(PartKey(part.SubjectId, request), part, generation);
                parts.Add(part);
            }
        }

        var releases = Merge(parts);
        var changed = stamped.Count == 0 ? DateTime.UnixEpoch : stamped.Values.Max();
        // The feed of every subject moves with every write (Catalog/FeedClock.cs): a deleted subject's stamp leaves the
        // max above, the clock keeps it, so this feed's Last-Modified never moves backwards.
        if (request.Slugs.Count == 0
            && await db.FeedClock.Where(c => c.Id == Catalog.FeedClock.SingletonId).Select(c => (DateTime?)c.LastStampUtc).SingleOrDefaultAsync(ct) is { } clock && clock > changed)
            changed = clock;
        IReadOnlySet<int>? shown = null;
        if (request.Slugs.Count > 0)
        {
            var set = ids.ToHashSet();
            foreach (var p in parts) set.UnionWith(p.Subjects);
            shown = set;
        }
        return (new FeedData(requested, shown, releases, changed), []);
    }

    internal static string PartKey(int subjectId, FeedRequest request) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"S|{subjectId}|{request.Start:yyyy-MM-dd}|{request.End:yyyy-MM-dd}");

    /// <summary>Date order, each release once (a duet is in both artists' parts).</summary>
    static IReadOnlyList<Release> Merge(List<SubjectReleases> parts)
    {
        if (parts.Count == 1) return parts[0].Releases;
        var seen = new HashSet<int>();
        var all = new List<Release>();
        foreach (var part in parts)
            foreach (var r in part.Releases)
                if (seen.Add(r.Id)) all.Add(r);
        all.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Id.CompareTo(b.Id));
        return all;
    }

    /// <summary>Past this many subjects a list parameter costs SQLite more than reading the window and filtering here.</summary>
    const int MaxSqlSubjectFilter = 64;

    /// <summary>The releases of <paramref name="ids"/> in the window, split into one part per subject (empty ones too:
    /// they carry the subject's Last-Modified input). <paramref name="filter"/> null: every release in the window is
    /// credited to one of <paramref name="ids"/>.</summary>
    static async Task<IReadOnlyList<SubjectReleases>> ReadPartsAsync(AppDbContext db, IReadOnlySet<int> ids,
        IReadOnlySet<int>? filter, DateOnly? start, DateOnly? end, CancellationToken ct)
    {
        var shown = db.Releases.AsNoTracking()
            .Where(r => !r.RetiredFromFeeds && r.Precision == DatePrecision.Day)
            .Between(start, end);
        if (filter is { Count: <= MaxSqlSubjectFilter })
        {
            // IN (subquery) walks the credits' SubjectId index once; r.Subjects.Any(...) would probe every release in the window.
            var credited = db.ReleaseSubjects.Where(c => filter.Contains(c.SubjectId)).Select(c => c.ReleaseId);
            shown = shown.Where(r => credited.Contains(r.Id));
        }
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
        var wanted = credits.Select(c => c.SubjectId).Concat(ids).ToHashSet();
        var names = db.Subjects.AsNoTracking();
        if (wanted.Count <= MaxSqlSubjectFilter) names = names.Where(s => wanted.Contains(s.Id));
        var subjects = await names
            .Select(s => new Subject
            {
                Id = s.Id, Slug = s.Slug, Kind = s.Kind, NameEn = s.NameEn, NameRu = s.NameRu, NameKo = s.NameKo,
                FeedChangedUtc = s.FeedChangedUtc,
            })
            .ToDictionaryAsync(s => s.Id, ct);

        var byRelease = releases.ToDictionary(r => r.Id);
        foreach (var c in credits.OrderBy(c => c.ReleaseId).ThenBy(c => c.Position).ThenBy(c => c.SubjectId))
        {
            if (byRelease.TryGetValue(c.ReleaseId, out var release) && subjects.TryGetValue(c.SubjectId, out var subject))
                release.Subjects.Add(new ReleaseSubject { ReleaseId = c.ReleaseId, SubjectId = c.SubjectId, Position = c.Position, Subject = subject });
        }

        var lists = ids.ToDictionary(id => id, _ => new List<Release>());
        foreach (var release in releases)
            foreach (var credit in release.Subjects)
                if (lists.TryGetValue(credit.SubjectId, out var list)) list.Add(release);
        return [.. lists.Select(kv => new SubjectReleases(kv.Key,
            subjects.TryGetValue(kv.Key, out var s) ? s.FeedChangedUtc : DateTime.UnixEpoch, kv.Value,
            kv.Value.SelectMany(r => r.Subjects).Select(c => c.SubjectId).Append(kv.Key).ToHashSet()))];
    }
}
