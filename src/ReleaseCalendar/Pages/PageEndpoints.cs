using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Pages;

/// <summary>The fan-facing pages: the front page, a subscribe page per subject, a page per release (calendar events
/// link to it) with its one-event .ics, and the pages' stylesheet and script. Razor components rendered on the server.</summary>
public static class PageEndpoints
{
    static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Pages");
        group.MapMethods("/", GetAndHead, Index).WithName("FrontPage").ExcludeFromDescription();
        group.MapMethods("/subscribe/{slug}", GetAndHead, Subscribe).WithName("SubscribePage")
             .WithSummary("A subject's subscribe page: webcal, Google, Outlook, .ics, feed URL and QR code, with feed options");
        group.MapMethods("/subscribe/{slug}/qr.svg", GetAndHead, Qr).WithName("SubscribeQr")
             .WithSummary("QR code (SVG) of a subject feed's webcal link; takes the feed's own options");
        group.MapMethods("/releases/{id:guid}", GetAndHead, ReleasePage).WithName("ReleasePage")
             .WithSummary("A release as a web page (calendar events link here)");
        group.MapMethods("/releases/{id:guid}.ics", GetAndHead, ReleaseIcs).WithName("ReleaseIcs")
             .WithSummary("One release as an .ics file: the same VEVENT its feeds carry");
        group.MapMethods("/pages/{file}", GetAndHead, Asset).ExcludeFromDescription();
        return app;
    }

    static async Task<PageResult> Index(string? lang, string? q, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var ctx = Context(http, lang, clock);
        var query = q is { Length: > Releases.Limits.Name } ? q[..Releases.Limits.Name] : q?.Trim();
        var (subjects, total) = PageQueries.Select(await PageQueries.SubjectsAsync(db, ctx.Lang, ct), query, PageQueries.FrontPageSubjects);
        var upcoming = await PageQueries.UpcomingAsync(db, ctx.Today, ct);
        return PageResult.Html(await PageRenderer.RenderAsync<IndexView>(http.RequestServices, new Dictionary<string, object?>
        {
            [nameof(IndexView.Ctx)] = ctx, [nameof(IndexView.Subjects)] = subjects, [nameof(IndexView.Total)] = total,
            [nameof(IndexView.Query)] = query ?? "", [nameof(IndexView.Upcoming)] = upcoming,
        }));
    }

    static async Task<Results<PageResult, ProblemHttpResult>> Subscribe(string slug, string? lang, [FromQuery] string[]? kinds,
        string? feedLang, string? includeMembers, string? alarm, string? o,
        HttpContext http, AppDbContext db, TimeProvider clock, IOptions<PublicOptions> pub, CancellationToken ct)
    {
        var ctx = Context(http, lang, clock);
        var subject = await PageQueries.SubjectAsync(db, slug, ct);
        if (subject is null) return await NotFoundAsync(http, ctx, "Unknown artist or show", $"Nothing is published under '{slug}'.");
        var options = SubscribeOptions.FromForm(kinds ?? [], feedLang, includeMembers, alarm, o == "1", ctx.Lang);
        var hasMembers = subject.Members.Count > 0;
        var links = SubscribeLinks.For(pub.Value.BaseUrl, subject.Slug, SubscribeLinks.CalendarName(subject, options.FeedLang), options, hasMembers);
        var (upcoming, total, recent) = await PageQueries.SubjectReleasesAsync(db, subject.Slug, ctx.Today, ct);
        return PageResult.Html(await PageRenderer.RenderAsync<SubscribeView>(http.RequestServices, new Dictionary<string, object?>
        {
            [nameof(SubscribeView.Ctx)] = ctx, [nameof(SubscribeView.Subject)] = subject, [nameof(SubscribeView.Options)] = options,
            [nameof(SubscribeView.Links)] = links, [nameof(SubscribeView.Upcoming)] = upcoming,
            [nameof(SubscribeView.UpcomingTotal)] = total, [nameof(SubscribeView.Recent)] = recent,
        }));
    }

    static async Task<Results<PageResult, ProblemHttpResult, ValidationProblem>> Qr(string slug, [AsParameters] SubjectFeedQuery query,
        AppDbContext db, TimeProvider clock, IOptions<PublicOptions> pub, IOptions<FeedOptions> feedOptions, CancellationToken ct)
    {
        // The feed's own parser: the QR code encodes exactly the feed a calendar app would then ask for.
        var (request, errors) = FeedRequest.Parse(slug, query.ToFeedQuery(), clock.Today(), feedOptions.Value);
        if (request is null) return TypedResults.ValidationProblem(errors);
        var subject = await PageQueries.SubjectAsync(db, slug, ct);
        if (subject is null) return Problems.NotFound("Unknown artist or show", $"Nothing is published under '{slug}'.");
        var options = SubscribeOptions.FromFeed(request);
        var links = SubscribeLinks.For(pub.Value.BaseUrl, subject.Slug, SubscribeLinks.CalendarName(subject, options.FeedLang),
            options, subject.Members.Count > 0);
        var svg = QrSvg.Render(links.Webcal, links.Webcal);
        return new PageResult(System.Text.Encoding.UTF8.GetBytes(svg), "image/svg+xml; charset=utf-8", StatusCodes.Status200OK, "public, max-age=86400");
    }

    static async Task<Results<PageResult, ProblemHttpResult>> ReleasePage(Guid id, string? lang, HttpContext http, AppDbContext db,
        TimeProvider clock, CancellationToken ct)
    {
        var ctx = Context(http, lang, clock);
        var release = await PageQueries.ReleaseAsync(db, id, ct);
        if (release is null) return await NotFoundAsync(http, ctx, "Unknown release", $"No release has the id {id}.");
        var sources = (await Provenance.PublicAsync(db, [release.Id], ct)).GetValueOrDefault(release.Id, []);
        return PageResult.Html(await PageRenderer.RenderAsync<ReleaseView>(http.RequestServices, new Dictionary<string, object?>
        {
            [nameof(ReleaseView.Ctx)] = ctx, [nameof(ReleaseView.Release)] = release,
            [nameof(ReleaseView.Sources)] = (IReadOnlyList<ReleaseSourceRef>)sources,
        }));
    }

    static async Task<Results<FeedFileResult, ProblemHttpResult, ValidationProblem>> ReleaseIcs(Guid id, string? lang, HttpContext http,
        AppDbContext db, IOptions<PublicOptions> pub, IOptions<FeedOptions> feedOptions, CancellationToken ct)
    {
        var p = new QueryParsing();
        var language = p.Lang(lang, "ru");
        if (!p.Ok) return TypedResults.ValidationProblem(p.Errors);
        var release = await PageQueries.ReleaseAsync(db, id, ct);
        if (release is null) return Problems.NotFound("Unknown release", $"No release has the id {id}.");
        if (release.Precision != DatePrecision.Day)
            return Problems.NotFound("No date yet", "Only the month or year of this release is known; there is no day to put in a calendar.");
        // The feeds' own builder, so this is byte for byte the VEVENT a subscribed feed carries (same UID: no duplicate).
        // No calendar name or refresh hints: an event to add to the fan's own calendar, not a calendar to subscribe to.
        var bytes = CalendarBuilder.Build(null, [release],
            new FeedRenderOptions(pub.Value.UidHost, pub.Value.BaseUrl.TrimEnd('/'), language, feedOptions.Value.RefreshInterval, null));
        var changed = new[] { release.UpdatedUtc, release.CancelledUtc ?? default }.Max();
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"release-{release.PublicId:N}.ics\"";
        return new FeedFileResult(new RenderedFeed(bytes, FeedService.ETagOf(bytes),
            new DateTimeOffset(DateTime.SpecifyKind(changed, DateTimeKind.Utc).WholeSeconds())), "no-cache");
    }

    static Results<PageResult, NotFound> Asset(string file, string? v)
    {
        if (PageAssets.Find(file) is not { } asset) return TypedResults.NotFound();
        // A versioned link never changes content; an unversioned one is revalidated.
        var cache = v == asset.Version ? "public, max-age=31536000, immutable" : "no-cache";
        return new PageResult(asset.Bytes, asset.ContentType, StatusCodes.Status200OK, cache);
    }

    /// <summary>A browser gets a 404 page in its language; a client that asks for JSON gets the API's problem.</summary>
    static async Task<Results<PageResult, ProblemHttpResult>> NotFoundAsync(HttpContext http, PageContext ctx, string title, string detail)
    {
        var accept = http.Request.GetTypedHeaders().Accept;
        var wantsJson = accept.Count > 0 && !accept.Any(a => a.MatchesMediaType("text/html"))
            && accept.Any(a => a.SubTypeWithoutSuffix.Equals("json", StringComparison.OrdinalIgnoreCase) || a.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
        http.Response.Headers.Vary = "Accept, Accept-Language"; // a shared cache must not hand the JSON to a browser
        if (wantsJson) return Problems.NotFound(title, detail);
        var html = await PageRenderer.RenderAsync<NotFoundView>(http.RequestServices, new Dictionary<string, object?> { [nameof(NotFoundView.Ctx)] = ctx });
        return PageResult.Html(html, StatusCodes.Status404NotFound);
    }

    static PageContext Context(HttpContext http, string? lang, TimeProvider clock)
    {
        var request = http.Request;
        var chosen = PageLanguage.Choose(lang, request.GetTypedHeaders().AcceptLanguage);
        var pub = http.RequestServices.GetRequiredService<IOptions<PublicOptions>>().Value;
        var query = request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))).ToList();
        return new PageContext(PageText.For(chosen), pub.BaseUrl, request.Path.Value ?? "/", query, clock.Today(),
            PageAssets.Stylesheet.Href, PageAssets.Script.Href);
    }
}
