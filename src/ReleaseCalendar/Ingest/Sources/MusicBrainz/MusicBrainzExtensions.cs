using Microsoft.Extensions.DependencyInjection.Extensions;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest.Sources.TvMaze;

namespace ReleaseCalendar.Ingest.Sources.MusicBrainz;

public static class MusicBrainzExtensions
{
    /// <summary>The MusicBrainz reader (an <see cref="ISourceReader"/> singleton) and Ingest:MusicBrainz, validated at start.</summary>
    public static IServiceCollection AddMusicBrainz(this IServiceCollection services)
    {
        services.AddValidatedOptions<MusicBrainzOptions, MusicBrainzOptionsValidator>(MusicBrainzOptions.Section);
        services.AddOptions<MusicBrainzOptions>().Validate(o => IsHttpBase(o.BaseUrl),
            $"{MusicBrainzOptions.Section}:BaseUrl must be an absolute http or https URL, such as https://musicbrainz.org/.");
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceReader, MusicBrainzReader>());
        return services;
    }

    /// <summary>Both structured upstreams: <see cref="AddMusicBrainz"/> and <see cref="TvMazeExtensions.AddTvMaze"/>.</summary>
    public static IServiceCollection AddMusicBrainzAndTvMaze(this IServiceCollection services) =>
        services.AddMusicBrainz().AddTvMaze();

    internal static bool IsHttpBase(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
