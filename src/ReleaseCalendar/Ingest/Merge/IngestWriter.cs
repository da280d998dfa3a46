using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Data;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest;

public sealed record BatchResult(int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<string> Rejections);

/// <summary>Merges a batch of one source's items into the catalog through <see cref="CatalogStore"/>: one transaction per
/// batch, so a crash leaves whole batches and the next run picks up where it stopped (an item is known by its source key).</summary>
public sealed class IngestWriter(CatalogStore store)
{
    /// <summary>Two statements of one release by different sources are at most this far apart, day-precise.</summary>
    public const int MatchWindowDays = 7;

    public Task<CatalogResult<BatchResult>> WriteAsync(Source source, int runId, IReadOnlyList<IncomingItem> items, CancellationToken ct) =>
        store.WriteAsync<BatchResult>(new(source.Actor, "ingest.batch", $"run {runId}, {items.Count} items"),
            (db, now, ct) => MergeAsync(db, now, source, runId, items, ct), ct);

    static async Task<CatalogResult<BatchResult>> MergeAsync(AppDbContext db, DateTime now, Source source, int runId,
        IReadOnlyList<IncomingItem> items, CancellationToken ct)
    {
        // One statement per source key, the last: a new release goes in past the tracker and is not changed again.
        items = [.. items.GroupBy(i => i.ExternalId, StringComparer.Ordinal).Select(g => g.Last())];
        var keys = items.Select(i => i.ExternalId).ToList();
        // Thousands of values: one array parameter (SQLite json_each, PostgreSQL ANY), not a parameter each — EF builds
        // and compiles a 2,000-parameter query anew per batch, which cost more than the query (140 ms a batch).
        var known = await db.SourceItems.Where(si => si.SourceId == source.Id && EF.Parameter(keys).Contains(si.ExternalId))
            .Include(si => si.Release!).ThenInclude(r => r.Subjects).ToDictionaryAsync(si => si.ExternalId, StringComparer.Ordinal, ct);
        var slugs = items.SelectMany(i => i.Subjects).Distinct().ToList();
        var subjects = await db.Subjects.Where(s => slugs.Contains(s.Slug)).ToDictionaryAsync(s => s.Slug, StringComparer.Ordinal, ct);

        var fresh = items.Where(i => !known.ContainsKey(i.ExternalId)).ToList();
        var candidates = await CandidatesAsync(db, source, fresh, subjects, ct);
        var involved = known.Values.Where(si => si.ReleaseId is not null).Select(si => si.ReleaseId!.Value)
            .Concat(candidates.Select(c => c.Id)).ToHashSet();
        var others = await OthersAsync(db, source.Id, involved, ct);
        // Each candidate's titles are read once per batch, not once per item compared with them.
        var titles = new Dictionary<Release, TitleKey.Parts[]>(ReferenceEqualityComparer.Instance);

        int created = 0, updated = 0, unchanged = 0;
        var rejections = new List<string>();
        foreach (var item in items)
        {
            var problem = ItemCheck.Problem(item) ?? item.Subjects.Where(s => !subjects.ContainsKey(s))
                .Select(s => $"{item.ExternalId}: no subject has the slug '{s}'").FirstOrDefault();
            if (problem is not null) { rejections.Add(problem); continue; }
            var stated = new StatedValues { Fields = ReleaseFields.StatedAll(item) };
            var fingerprint = Fingerprint(item);
            if (known.TryGetValue(item.ExternalId, out var si))
            {
                // No release: an admin deleted it and it is gone for good; the key keeps the source from bringing it back.
                var changed = si.Release is not null && si.Fingerprint != fingerprint
                    && Update(db, si.Release, item, source, runId, now, others.GetValueOrDefault(si.Release.Id, []));
                Seen(si, item, stated, fingerprint, runId, now);
                if (changed) updated++; else unchanged++;
                continue;
            }
            var itemSubjects = item.Subjects.Select(s => subjects[s]).ToList();
            var match = Match(item, itemSubjects, candidates, titles);
            if (match is not null)
            {
                var changed = Update(db, match, item, source, runId, now, others.GetValueOrDefault(match.Id, []));
                if (changed) updated++; else unchanged++;
            }
            else
            {
                match = Create(item, itemSubjects, source, now);
                // Another article of this batch may be about it, so a news source's release is tracked for updates; a
                // structured source's items are distinct releases, inserted in bulk past the change tracker (thousands
                // a batch in a first run).
                if (source.Type == SourceType.News)
                {
                    db.Releases.Add(match);
                    candidates.Add(match);
                }
                else db.Inserts.Add(match);
                created++;
            }
            si = new SourceItem
            {
                SourceId = source.Id, ExternalId = item.ExternalId, Release = match, Fingerprint = fingerprint, Values = stated,
                FirstSeenUtc = now, FirstRunId = runId,
            };
            Seen(si, item, stated, fingerprint, runId, now);
            // A new source key is a new row that nothing in this batch changes again.
            db.Inserts.Add(si);
            known[item.ExternalId] = si;
        }
        return new BatchResult(created, updated, unchanged, rejections.Count, rejections);
    }

    static void Seen(SourceItem si, IncomingItem item, StatedValues stated, string fingerprint, int runId, DateTime now)
    {
        si.Fingerprint = fingerprint;
        si.Values = stated;
        si.Evidence = item.Evidence is { Length: > Limits.Description } e ? e[..Limits.Description] : item.Evidence;
        si.Link = ItemCheck.Links(item).FirstOrDefault();
        si.LastSeenUtc = now;
        si.LastRunId = runId;
        si.Misses = 0;
        si.Flagged = false;
    }

    static Release Create(IncomingItem item, IReadOnlyList<Subject> subjects, Source source, DateTime now)
    {
        var release = new Release
        {
            PublicId = Guid.CreateVersion7(new DateTimeOffset(now)), Title = item.Title, TitleEn = item.Titles.En,
            TitleRu = item.Titles.Ru, TitleKo = item.Titles.Ko, Kind = item.Kind, Date = item.Date, Precision = item.Precision,
            Time = item.Time, TimeZone = item.TimeZone, Status = item.Status, Season = item.Season, Episode = item.Episode,
            Description = item.Description, Links = ItemCheck.Links(item).Distinct().Take(Limits.Links).ToList(),
            CreatedBy = source.Actor, CreatedUtc = now, UpdatedBy = source.Actor, UpdatedUtc = now,
            CancelledUtc = item.Status == ReleaseStatus.Cancelled ? now : null,
        };
        for (var i = 0; i < subjects.Count; i++) release.Subjects.Add(new ReleaseSubject { SubjectId = subjects[i].Id, Position = i });
        return release;
    }

    /// <summary>Applies what the item states, field by field, under <see cref="MergeRules"/>; keeps each old value in the
    /// history and each disagreement for admins. A release an admin deleted stays deleted: ingestion never revives it.</summary>
    static bool Update(AppDbContext db, Release release, IncomingItem item, Source source, int runId, DateTime now,
        IReadOnlyList<OtherSource> others)
    {
        if (release.DeletedUtc is not null) return false;
        var changed = false;
        foreach (var field in ReleaseFields.All)
        {
            var d = MergeRules.Decide(field, ReleaseFields.Stated(item, field), ReleaseFields.Read(release, field),
                release.Pinned.Contains(field), source.Priority, others);
            switch (d.Outcome)
            {
                case FieldOutcome.Set:
                    db.ReleaseHistory.Add(new ReleaseChange
                    {
                        ReleaseId = release.Id, Release = release, ChangedUtc = now, Actor = source.Actor, SourceId = source.Id,
                        RunId = runId, Field = field, OldValue = d.Current, NewValue = d.Stated,
                    });
                    ReleaseFields.Apply(release, item, field, now);
                    changed = true;
                    if (d.Against is { } loser)
                        Disagree(db, release, field, source.Actor, d.Stated, loser.SourceId, loser.Values.GetValueOrDefault(field), runId, now);
                    break;
                case FieldOutcome.Pinned:
                    Disagree(db, release, field, "admin (pinned)", d.Current, source.Id, d.Stated, runId, now);
                    break;
                case FieldOutcome.Outranked:
                    Disagree(db, release, field, d.Against!.Actor, d.Current, source.Id, d.Stated, runId, now);
                    break;
            }
        }
        foreach (var link in ItemCheck.Links(item))
        {
            if (release.Links.Count >= Limits.Links || release.Links.Contains(link)) continue;
            release.Links.Add(link);
            changed = true;
        }
        if (changed)
        {
            release.Revision++;
            release.UpdatedBy = source.Actor;
        }
        return changed;
    }

    static void Disagree(AppDbContext db, Release release, string field, string kept, string? keptValue, int sourceId,
        string? sourceValue, int runId, DateTime now)
    {
        // The same standing disagreement is recorded once, not on every run.
        var known = db.Disagreements.Local.Any(x => Same(x)) || (release.Id > 0 && db.Disagreements.Any(x => x.ReleaseId == release.Id
            && x.Field == field && x.SourceId == sourceId && x.SourceValue == sourceValue && x.Kept == kept && x.KeptValue == keptValue));
        if (known) return;
        db.Disagreements.Add(new Disagreement
        {
            ReleaseId = release.Id, Release = release, Field = field, Kept = kept, KeptValue = keptValue, SourceId = sourceId,
            SourceValue = sourceValue, RunId = runId, RecordedUtc = now,
        });

        bool Same(Disagreement x) => (x.Release == release || (release.Id > 0 && x.ReleaseId == release.Id)) && x.Field == field
            && x.SourceId == sourceId && x.SourceValue == sourceValue && x.Kept == kept && x.KeptValue == keptValue;
    }

    /// <summary>Releases a new item may be another source's statement of: same subjects, near in time. A structured source's
    /// items are distinct upstream entities, so its own releases are no candidates; a news source's are (two articles, one album).</summary>
    static async Task<List<Release>> CandidatesAsync(AppDbContext db, Source source, IReadOnlyList<IncomingItem> fresh,
        IReadOnlyDictionary<string, Subject> subjects, CancellationToken ct)
    {
        if (fresh.Count == 0) return [];
        var subjectIds = fresh.SelectMany(i => i.Subjects).Where(subjects.ContainsKey).Select(s => subjects[s].Id).Distinct().ToList();
        if (subjectIds.Count == 0) return [];
        // Coarse dates reach a year either way; the exact test is Match.
        var from = fresh.Min(i => i.Date).AddYears(-1);
        var to = fresh.Max(i => i.Date).AddYears(1);
        var own = source.Type != SourceType.News;
        // From the subjects' releases (an IN list over ReleaseSubjects by subject), not from every release in the date
        // range: the cost follows the subjects' catalogue, not the whole catalogue's.
        var ofSubjects = db.ReleaseSubjects.Where(rs => subjectIds.Contains(rs.SubjectId)).Select(rs => rs.ReleaseId);
        return await db.Releases.Include(r => r.Subjects)
            .Where(r => ofSubjects.Contains(r.Id) && r.DeletedUtc == null && r.Date >= from && r.Date <= to
                && !(own && db.SourceItems.Any(si => si.ReleaseId == r.Id && si.SourceId == source.Id)))
            .AsSplitQuery().ToListAsync(ct);
    }

    static async Task<Dictionary<int, List<OtherSource>>> OthersAsync(AppDbContext db, int sourceId, IReadOnlySet<int> releases,
        CancellationToken ct)
    {
        if (releases.Count == 0) return [];
        var ids = releases.ToList();
        var rows = await db.SourceItems.AsNoTracking().Where(si => si.ReleaseId != null && EF.Parameter(ids).Contains(si.ReleaseId.Value) && si.SourceId != sourceId)
            .Join(db.Sources, si => si.SourceId, s => s.Id, (si, s) => new { si.ReleaseId, si.SourceId, s.Type, s.Priority, si.Values })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ReleaseId!.Value).ToDictionary(g => g.Key, g => g
            .Select(r => new OtherSource(r.SourceId, $"{SourceTypes.Name(r.Type)}:{r.SourceId}", r.Priority, r.Values.Fields)).ToList());
    }

    /// <summary>The release an item is another statement of: a shared subject, a compatible kind, the same title across
    /// scripts (or the same season and episode), and a date within <see cref="MatchWindowDays"/> or inside a coarser one.</summary>
    public static Release? Match(IncomingItem item, IReadOnlyList<Subject> subjects, IEnumerable<Release> candidates,
        Dictionary<Release, TitleKey.Parts[]>? titles = null)
    {
        var ids = subjects.Select(s => s.Id).ToHashSet();
        titles ??= new(ReferenceEqualityComparer.Instance);
        TitleKey.Parts? own = null;
        bool SameTitle(Release r)
        {
            own ??= TitleKey.Parse(item.Title);
            if (!titles.TryGetValue(r, out var parts))
                titles[r] = parts = [.. new[] { r.Title, r.TitleEn, r.TitleRu, r.TitleKo }.OfType<string>().Select(TitleKey.Parse)];
            return parts.Any(p => TitleKey.Same(own, p));
        }
        var found = candidates
            .Where(r => r.Subjects.Any(s => ids.Contains(s.SubjectId)) && KindsMatch(item.Kind, r.Kind)
                && DatesMatch(item.Date, item.Precision, r.Date, r.Precision) && (SameEpisode(item, r) || SameTitle(r)))
            .OrderBy(r => r.Kind == item.Kind ? 0 : 1).ThenBy(r => Math.Abs(r.Date.DayNumber - item.Date.DayNumber)).ThenBy(r => r.Id)
            .ToList();
        // An item of unknown kind that fits several kinds (a single and its video, same title, same day) is ambiguous:
        // it becomes its own release rather than a guess.
        if (item.Kind == ReleaseKind.Other && found.Select(r => r.Kind).Distinct().Count() > 1) return null;
        return found.FirstOrDefault();
    }

    static bool SameEpisode(IncomingItem item, Release r) =>
        item.Kind == ReleaseKind.Episode && r.Kind == ReleaseKind.Episode && item.Episode is not null
        && item.Season == r.Season && item.Episode == r.Episode;

    static bool KindsMatch(ReleaseKind a, ReleaseKind b) =>
        a == b || a == ReleaseKind.Other || b == ReleaseKind.Other || (IsRecord(a) && IsRecord(b));

    static bool IsRecord(ReleaseKind k) => k is ReleaseKind.Album or ReleaseKind.Ep;

    public static bool DatesMatch(DateOnly a, DatePrecision pa, DateOnly b, DatePrecision pb)
    {
        if (pa == DatePrecision.Day && pb == DatePrecision.Day) return Math.Abs(a.DayNumber - b.DayNumber) <= MatchWindowDays;
        // The coarser of the two decides: a month contains the day, a year the month.
        var coarser = pa > pb ? pa : pb;
        return coarser == DatePrecision.Year ? a.Year == b.Year : a.Year == b.Year && a.Month == b.Month;
    }

    public static string Fingerprint(IncomingItem item) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(item, FingerprintJson)))[..32];

    static readonly JsonSerializerOptions FingerprintJson = new() { WriteIndented = false };
}
