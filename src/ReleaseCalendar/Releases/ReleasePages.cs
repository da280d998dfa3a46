using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest;

namespace ReleaseCalendar.Releases;

/// <summary>Plain HTML pages: the release page that each calendar event links to (URL property),
/// and a front page listing every subject with its feed links.</summary>
public static class ReleasePages
{
    /// <summary>Called by <see cref="ReleasesFeature.MapReleases"/>.</summary>
    internal static IEndpointRouteBuilder MapReleasePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Index).WithTags("Pages").WithSummary("Front page: every artist and show with its feed links").ExcludeFromDescription();
        app.MapGet("/releases/{id:guid}", Page).WithTags("Pages").WithSummary("A release as a web page (calendar events link here)");
        return app;
    }

    static async Task<ContentHttpResult> Index(AppDbContext db, IOptions<PublicOptions> pub, CancellationToken ct)
    {
        var subjects = await db.Subjects.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.NameEn).ToListAsync(ct);
        var html = new StringBuilder(Head("ReleaseCalendar"));
        html.Append("<h1>ReleaseCalendar</h1><p>K-pop and K-drama releases as calendar feeds. Subscribe in Google, Apple, Outlook or Thunderbird.</p><ul>");
        foreach (var s in subjects)
        {
            var links = ReleaseMapping.FeedUrls(pub.Value.BaseUrl, s.Slug);
            html.Append(CultureInfo.InvariantCulture, $"<li><b>{E(s.Name("ru"))}</b> ({E(s.NameEn)}) — <a href=\"{E(links.Webcal)}\">webcal</a> · <a href=\"{E(links.HttpsRu)}\">.ics (ru)</a> · <a href=\"{E(links.HttpsEn)}\">.ics (en)</a></li>");
        }
        html.Append("</ul><p><a href=\"/docs\">API</a></p></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> Page(Guid id, AppDbContext db, CancellationToken ct)
    {
        var r = await db.Releases.AsNoTracking().Where(x => x.PublicId == id && x.DeletedUtc == null).WithSubjects().FirstOrDefaultAsync(ct);
        if (r is null) return Problems.NotFound("Unknown release", $"No release has the id {id}.");
        var who = string.Join(", ", r.Subjects.Where(s => s.Subject is not null).Select(s => s.Subject!.Name("ru")));
        var when = ReleaseDate.Format(r.Date, r.Precision) + (r.Time is { } t ? $" {t:HH\\:mm} ({r.TimeZone})" : "");
        var html = new StringBuilder(Head($"{who} — {r.TitleIn("ru")}"));
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(who)} — {E(r.TitleIn("ru"))}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(r.Kind.ToString().ToLowerInvariant())} · {E(when)} · {E(r.Status.ToString().ToLowerInvariant())}</p>");
        if (r.Description is not null) html.Append(CultureInfo.InvariantCulture, $"<p>{E(r.Description)}</p>");
        foreach (var link in r.Links) html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(link)}\" rel=\"nofollow noopener\">{E(link)}</a></p>");
        var sources = (await Provenance.PublicAsync(db, [r.Id], ct)).GetValueOrDefault(r.Id, []);
        if (sources.Count > 0)
        {
            html.Append("<p>Источники: ");
            html.AppendJoin(" · ", sources.Select(s => s.Link is null ? E(s.Type) : $"<a href=\"{E(s.Link)}\" rel=\"nofollow noopener\">{E(s.Type)}</a>"));
            html.Append("</p>");
        }
        foreach (var s in r.Subjects.Where(s => s.Subject is not null))
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/feeds/{E(s.Subject!.Slug)}.ics\">{E(s.Subject.Name("ru"))}: календарь</a></p>");
        html.Append("</body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    static string Head(string title) =>
        $"<!doctype html><html lang=\"ru\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{E(title)}</title></head><body>";

    static string E(string s) => WebUtility.HtmlEncode(s);
}
