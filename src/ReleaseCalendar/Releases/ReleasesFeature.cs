namespace ReleaseCalendar.Releases;

/// <summary>The Releases feature's one registration: its JSON API (releases, subjects) and its HTML pages.</summary>
public static class ReleasesFeature
{
    public static IEndpointRouteBuilder MapReleases(this IEndpointRouteBuilder app)
    {
        app.MapReleaseApi();
        app.MapSubjectApi();
        app.MapReleasePages();
        return app;
    }
}
