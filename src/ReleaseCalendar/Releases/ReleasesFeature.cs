namespace ReleaseCalendar.Releases;

/// <summary>The Releases feature's one registration: its JSON API (releases, subjects). The HTML pages are Pages/.</summary>
public static class ReleasesFeature
{
    public static IEndpointRouteBuilder MapReleases(this IEndpointRouteBuilder app)
    {
        app.MapReleaseApi();
        app.MapSubjectApi();
        return app;
    }
}
