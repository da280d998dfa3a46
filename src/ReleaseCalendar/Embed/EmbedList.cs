using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Data;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Embed;

/// <summary>One release as the widget shows it: the words are already in the request's language.</summary>
public sealed record EmbedItem(Guid Id, string Title, string By, ReleaseKind Kind, DateOnly Date, DatePrecision Precision,
    TimeOnly? Time, string? TimeZone, DateTimeOffset? StartsAt);

/// <summary>The upcoming releases a widget shows, and every subject whose releases or names it shows (null: any).</summary>
public sealed record EmbedList(IReadOnlyList<EmbedItem> Items, IReadOnlySet<int>? Subjects);

public static class EmbedListLoader
{
    /// <summary>The list, or the slugs that name no subject. The feeds' queries: the same "upcoming" and the same
    /// subject selection (a group includes its members unless asked not to).</summary>
    public static async Task<(EmbedList? List, IReadOnlyList<string> Unknown)> LoadAsync(AppDbContext db, EmbedRequest request, CancellationToken ct)
    {
        HashSet<int>? shown = null;
        IReadOnlySet<int>? ids = null;
        if (request.Slugs.Count > 0)
        {
            var selection = await ReleaseQueries.SelectSubjectsAsync(db, request.Slugs, request.IncludeMembers, ct);
            if (selection.Unknown.Count > 0) return (null, selection.Unknown);
            ids = selection.Ids;
            shown = [.. selection.Ids];
        }
        var rows = await ReleaseEndpoints.UpcomingQuery(db, request.Today).ForSubjects(ids).Take(request.Limit)
            .WithSubjects().AsSplitQuery().ToListAsync(ct);
        var items = new List<EmbedItem>(rows.Count);
        foreach (var r in rows)
        {
            // Co-credited subjects' names are shown too, so renaming one must drop the cached list.
            shown?.UnionWith(r.Subjects.Select(s => s.SubjectId));
            var by = string.Join(", ", r.Subjects.OrderBy(s => s.Position).Where(s => s.Subject is not null).Select(s => s.Subject!.Name(request.Lang)));
            var moment = r.Precision == DatePrecision.Day ? ReleaseTime.Moment(r.Date, r.Time, r.TimeZone) : null;
            items.Add(new EmbedItem(r.PublicId, r.TitleIn(request.Lang), by, r.Kind, r.Date, r.Precision,
                moment is null ? null : r.Time, moment is null ? null : r.TimeZone, moment?.StartsAt));
        }
        return (new EmbedList(items, shown), []);
    }
}
