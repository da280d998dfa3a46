using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest.Sources.ICal;
using ReleaseCalendar.Ingest.Sources.News;

namespace ReleaseCalendar.Ingest.Sources;

public static class ICalAndNewsExtensions
{
    /// <summary>The ical and news readers (as <see cref="ISourceReader"/>) and their options, validated at start.</summary>
    public static IServiceCollection AddICalAndNews(this IServiceCollection services)
    {
        services.AddValidatedOptions<ICalOptions, ICalOptionsValidator>(ICalOptions.Section);
        services.AddValidatedOptions<NewsOptions, NewsOptionsValidator>(NewsOptions.Section);
        services.AddSingleton<ISourceReader, ICalReader>();
        services.AddSingleton<ISourceReader, NewsReader>();
        return services;
    }
}
