using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Pages;

/// <summary>A subject on the front page, with the folded names the search matches against.</summary>
/// <param name="Subject">The subject, with its aliases.</param>
/// <param name="Others">Its other names, shown beside it.</param>
/// <param name="Search">Every name and alias folded as <see cref="NameFolding"/> does (ё→е, case, no spaces or
/// hyphens), joined by "|"; the page script folds what is typed the same way and looks for it in here.</param>
public sealed record IndexSubject(Subject Subject, string Others, string Search);

/// <summary>What each page reads; the pages themselves are pure renderings of it.</summary>
public static class PageQueries
{
    /// <summary>How many upcoming and recent releases a subscribe page lists; the feed has them all.</summary>
    public const int UpcomingShown = 30;
    public const int RecentShown = 15;
    public const int FrontPageUpcoming = 20;
    /// <summary>How many subjects the front page lists at once (~250 bytes each): past it, search narrows the list, so the
    /// page stays far under 100 KB however large the catalogue grows.</summary>
    public const int FrontPageSubjects = 150;

    /// <summary>Pure: the subjects whose names or aliases contain <paramref name="q"/> (folded as the API folds them: case,
    /// ё = е, no spaces or hyphens), all of them when it is empty; at most <paramref name="cap"/>, with how many matched.</summary>
    public static (IReadOnlyList<IndexSubject> Shown, int Total) Select(IReadOnlyList<IndexSubject> all, string? q, int cap)
    {
        var folded = string.IsNullOrWhiteSpace(q) ? "" : NameFolding.Compact(NameFolding.Fold(q));
        var hits = folded.Length == 0 ? all : [.. all.Where(s => s.Search.Split('|').Any(n => n.Contains(folded, StringComparison.Ordinal)))];
        return ([.. hits.Take(cap)], hits.Count);
    }

    public static async Task<IReadOnlyList<IndexSubject>> SubjectsAsync(AppDbContext db, string lang, CancellationToken ct)
    {
        var subjects = await db.Subjects.AsNoTracking().Include(s => s.Aliases).AsSplitQuery().ToListAsync(ct);
        return [.. subjects
            .OrderBy(s => s.Name(lang), StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(lang), ignoreCase: true))
            .ThenBy(s => s.Slug, StringComparer.Ordinal)
            .Select(s => new IndexSubject(s, Others(s, lang), SearchKey(s)))];
    }

    static string Others(Subject s, string lang)
    {
        var name = s.Name(lang);
        return string.Join(" · ", new[] { s.NameRu, s.NameEn, s.NameKo }.OfType<string>().Where(n => n != name).Distinct());
    }

    public static string SearchKey(Subject s) =>
        string.Join('|', s.Aliases.Select(a => a.Name).Append(s.NameEn).Append(s.NameRu).Append(s.NameKo).Append(s.Slug)
            .OfType<string>().Select(n => NameFolding.Compact(NameFolding.Fold(n))).Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal));

    public static async Task<IReadOnlyList<Release>> UpcomingAsync(AppDbContext db, DateOnly today, CancellationToken ct) =>
        await Releases.ReleaseEndpoints.UpcomingQuery(db, today).Take(FrontPageUpcoming).WithSubjects().AsSplitQuery().ToListAsync(ct);

    public static Task<Subject?> SubjectAsync(AppDbContext db, string slug, CancellationToken ct) =>
        ReleaseQueries.SubjectsWithRelations(db.Subjects.AsNoTracking()).AsSplitQuery()
            .Where(s => s.Slug == slug).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);

    /// <summary>A subject's releases and, for a group, its members' (as its feed shows them by default).</summary>
    public static async Task<(IReadOnlyList<Release> Upcoming, int UpcomingTotal, IReadOnlyList<Release> Recent)> SubjectReleasesAsync(
        AppDbContext db, string slug, DateOnly today, CancellationToken ct)
    {
        var ids = (await ReleaseQueries.SelectSubjectsAsync(db, [slug], includeMembers: true, ct)).Ids;
        var month = new DateOnly(today.Year, today.Month, 1);
        var year = new DateOnly(today.Year, 1, 1);
        // UpcomingQuery's dates, but a cancelled release stays listed (marked): a fan who saw it announced learns it is off.
        var upcoming = db.Releases.AsNoTracking().Where(r => r.DeletedUtc == null).ForSubjects(ids)
            .Where(r => (r.Precision == DatePrecision.Day && r.Date >= today)
                     || (r.Precision == DatePrecision.Month && r.Date >= month)
                     || (r.Precision == DatePrecision.Year && r.Date >= year));
        var total = await upcoming.CountAsync(ct);
        var shown = await upcoming.OrderBy(r => r.Date).ThenBy(r => r.Id).Take(UpcomingShown).WithSubjects().AsSplitQuery().ToListAsync(ct);
        // The complement: out before today (a "May, day TBA" release counts all of May as upcoming).
        var recent = await db.Releases.AsNoTracking().Where(r => r.DeletedUtc == null).ForSubjects(ids)
            .Where(r => (r.Precision == DatePrecision.Day && r.Date < today)
                     || (r.Precision == DatePrecision.Month && r.Date < month)
                     || (r.Precision == DatePrecision.Year && r.Date < year))
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Take(RecentShown)
            .WithSubjects().AsSplitQuery().ToListAsync(ct);
        return (shown, total, recent);
    }

    /// <summary>A release as long as a feed may still show it: a deleted one stays in the feeds as cancelled for the
    /// retention time, and its event's URL points here, so its page says it was cancelled rather than "not found".</summary>
    public static Task<Release?> ReleaseAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.Releases.AsNoTracking().Where(r => r.PublicId == id && (r.DeletedUtc == null || !r.RetiredFromFeeds))
            .WithSubjects().AsSplitQuery().FirstOrDefaultAsync(ct);
}
