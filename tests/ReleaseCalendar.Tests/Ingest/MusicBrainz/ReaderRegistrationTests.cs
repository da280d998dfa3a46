using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.MusicBrainz;

namespace ReleaseCalendar.Tests.Ingest.MusicBrainz;

public sealed class ReaderRegistrationTests
{
    static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddMusicBrainzAndTvMaze();
        services.AddMusicBrainzAndTvMaze();   // twice: still one reader per type
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddMusicBrainzAndTvMaze_Defaults_RegistersOneSingletonReaderPerType()
    {
        using var provider = Build([]);

        var readers = provider.GetServices<ISourceReader>().ToList();

        Assert.Equal([SourceType.MusicBrainz, SourceType.TvMaze], readers.Select(r => r.Type).Order());
        Assert.Same(readers[0], provider.GetServices<ISourceReader>().First());
        Assert.Equal(new Uri("https://musicbrainz.org/"), provider.GetRequiredService<IOptions<MusicBrainzOptions>>().Value.BaseUrl);
        Assert.Equal(new Uri("https://api.tvmaze.com/"), provider.GetRequiredService<IOptions<TvMazeOptions>>().Value.BaseUrl);
    }

    [Fact]
    public void AddMusicBrainzAndTvMaze_BindsTheIngestKeys()
    {
        using var provider = Build(new()
        {
            ["Ingest:MusicBrainz:BaseUrl"] = "http://127.0.0.1:5100/ws/2",
            ["Ingest:MusicBrainz:Contact"] = "ops@example.org",
            ["Ingest:MusicBrainz:PageSize"] = "25",
            ["Ingest:TvMaze:BaseUrl"] = "http://127.0.0.1:5101/",
        });

        var mb = provider.GetRequiredService<IOptions<MusicBrainzOptions>>().Value;
        Assert.Equal(("http://127.0.0.1:5100/ws/2", "ops@example.org", 25), (mb.BaseUrl.AbsoluteUri, mb.Contact, mb.PageSize));
        Assert.Equal("http://127.0.0.1:5101/", provider.GetRequiredService<IOptions<TvMazeOptions>>().Value.BaseUrl.AbsoluteUri);
    }

    [Theory]
    [InlineData("Ingest:MusicBrainz:PageSize", "500", "PageSize")]
    [InlineData("Ingest:MusicBrainz:BaseUrl", "ftp://musicbrainz.org/", "Ingest:MusicBrainz:BaseUrl")]
    [InlineData("Ingest:MusicBrainz:BaseUrl", "musicbrainz", "Ingest:MusicBrainz:BaseUrl")]
    [InlineData("Ingest:TvMaze:BaseUrl", "file:///etc/", "Ingest:TvMaze:BaseUrl")]
    public void AddMusicBrainzAndTvMaze_BadSetting_FailsNamingIt(string key, string value, string named)
    {
        using var provider = Build(new() { [key] = value });

        var e = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<MusicBrainzOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<TvMazeOptions>>().Value;
        });
        Assert.Contains(named, e.Message);
    }
}
