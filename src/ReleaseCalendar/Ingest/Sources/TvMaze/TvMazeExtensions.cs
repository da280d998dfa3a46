using Microsoft.Extensions.DependencyInjection.Extensions;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest.Sources.MusicBrainz;

namespace ReleaseCalendar.Ingest.Sources.TvMaze;

public static class TvMazeExtensions
{
    /// <summary>The TVmaze reader (an <see cref="ISourceReader"/> singleton) and Ingest:TvMaze, validated at start.</summary>
    public static IServiceCollection AddTvMaze(this IServiceCollection services)
    {
        services.AddValidatedOptions<TvMazeOptions, TvMazeOptionsValidator>(TvMazeOptions.Section);
        services.AddOptions<TvMazeOptions>().Validate(o => MusicBrainzExtensions.IsHttpBase(o.BaseUrl),
            $"{TvMazeOptions.Section}:BaseUrl must be an absolute http or https URL, such as https://api.tvmaze.com/.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, TvMazeReader>());
        return services;
    }
}
