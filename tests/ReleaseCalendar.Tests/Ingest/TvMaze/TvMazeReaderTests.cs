using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.TvMaze;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Ingest.MusicBrainz;

namespace ReleaseCalendar.Tests.Ingest.TvMaze;

public sealed class TvMazeReaderTests
{
    const string Base = "http://127.0.0.1:5998/";
    const string ShowUrl = Base + "shows/990001";
    const string EpisodesUrl = Base + "shows/990001/episodes?specials=1";
    static readonly DateTimeOffset Now = new(2024, 3, 16, 12, 30, 0, TimeSpan.Zero);

    static TvMazeReader Reader(string baseUrl = Base) =>
        new(Options.Create(new TvMazeOptions { BaseUrl = new Uri(baseUrl) }), NullLogger<TvMazeReader>.Instance);

    static SourceSpec Source(string? externalId = "990001") =>
        new(3, SourceType.TvMaze, externalId, null, ["crown-of-tears", "kim-ji-won"], null);

    static FixtureUpstream Upstream(string root = Base) => new FixtureUpstream()
        .ServeFixture(root + "shows/990001", "tvmaze/kr-network-show.json")
        .ServeFixture(root + "shows/990001/episodes?specials=1", "tvmaze/kr-network-episodes.json");

    static ReadContext Context(FixtureUpstream upstream, IReadOnlyDictionary<string, Validators>? known = null, IProgress<int>? progress = null) =>
        new() { Http = upstream, Now = Now, KnownValidators = known ?? new Dictionary<string, Validators>(), Progress = progress };

    [Fact]
    public async Task Read_Show_RequestsExactlyTheShowAndItsEpisodesAndMapsThem()
    {
        var upstream = Upstream();
        var context = Context(upstream);

        var read = await Reader().ReadAsync(Source(), context, CancellationToken.None);

        Assert.Equal([ShowUrl, EpisodesUrl], upstream.Requests.Select(r => r.Url.AbsoluteUri));
        Assert.All(upstream.Requests, r => Assert.Equal(ReleaseCalendar.Ingest.Http.Upstream.TvMaze, r.Upstream));
        Assert.False(read.NotModified);
        Assert.True(read.Complete);
        Assert.Equal(18, read.Items.Count); // 16 episodes, the significant special, the premiere (the insignificant special left out)
        Assert.All(read.Items, i => Assert.Equal(["crown-of-tears", "kim-ji-won"], i.Subjects));
        Assert.Equal("Crown of Tears", Assert.Single(read.Items, i => i.ExternalId == "show:990001").Title);
        Assert.Equal(2, context.NewValidators.Count);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5998/tvmaze", "http://127.0.0.1:5998/tvmaze/")]
    [InlineData("http://127.0.0.1:5998/tvmaze/", "http://127.0.0.1:5998/tvmaze/")]
    [InlineData("http://127.0.0.1:5998", "http://127.0.0.1:5998/")]
    public async Task Read_BaseUrlWithAPath_KeepsThePath(string baseUrl, string root)
    {
        var upstream = Upstream(root);

        await Reader(baseUrl).ReadAsync(Source(" 990001 "), Context(upstream), CancellationToken.None);

        Assert.Equal([root + "shows/990001", root + "shows/990001/episodes?specials=1"], upstream.Requests.Select(r => r.Url.AbsoluteUri));
    }

    [Fact]
    public async Task Read_Both304_IsUnchanged()
    {
        var upstream = Upstream();
        var known = new Dictionary<string, Validators>
        {
            [ShowUrl] = upstream.ValidatorsFor(ShowUrl),
            [EpisodesUrl] = upstream.ValidatorsFor(EpisodesUrl),
        };

        var read = await Reader().ReadAsync(Source(), Context(upstream, known), CancellationToken.None);

        Assert.True(read.NotModified);
        Assert.Empty(read.Items);
        Assert.Equal(2, upstream.Requests.Count);
        Assert.All(upstream.Requests, r => Assert.NotNull(r.Known));
    }

    [Fact]
    public async Task Read_Show304EpisodesChanged_FetchesTheShowAgainWithoutValidators()
    {
        var upstream = Upstream();
        var known = new Dictionary<string, Validators>
        {
            [ShowUrl] = upstream.ValidatorsFor(ShowUrl),
            [EpisodesUrl] = new("\"older\"", null),
        };
        var context = Context(upstream, known);

        var read = await Reader().ReadAsync(Source(), context, CancellationToken.None);

        Assert.False(read.NotModified);
        Assert.Equal(18, read.Items.Count);
        var requests = upstream.Requests;
        Assert.Equal([ShowUrl, EpisodesUrl, ShowUrl], requests.Select(r => r.Url.AbsoluteUri));
        Assert.Null(requests[2].Known);
        Assert.Equal(upstream.ValidatorsFor(EpisodesUrl), context.NewValidators[EpisodesUrl]);
        Assert.Equal(upstream.ValidatorsFor(ShowUrl), context.NewValidators[ShowUrl]);
    }

    [Fact]
    public async Task Read_Episodes304ShowChanged_FetchesTheEpisodesAgain()
    {
        var upstream = Upstream();
        var known = new Dictionary<string, Validators> { [EpisodesUrl] = upstream.ValidatorsFor(EpisodesUrl) };

        var read = await Reader().ReadAsync(Source(), Context(upstream, known), CancellationToken.None);

        Assert.Equal(18, read.Items.Count);
        Assert.Equal([ShowUrl, EpisodesUrl, EpisodesUrl], upstream.Requests.Select(r => r.Url.AbsoluteUri));
    }

    [Fact]
    public async Task Read_InvalidJson_ThrowsSourceFormatExceptionNamingTheUrl()
    {
        var upstream = new FixtureUpstream()
            .ServeFixture(ShowUrl, "tvmaze/kr-network-show.json")
            .ServeFixture(EpisodesUrl, "tvmaze/truncated.json");

        var e = await Assert.ThrowsAsync<SourceFormatException>(() => Reader().ReadAsync(Source(), Context(upstream), CancellationToken.None));

        Assert.Contains("TVmaze", e.Message);
        Assert.Contains(EpisodesUrl, e.Message);
    }

    [Theory]
    [InlineData("queen-of-tears")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData(null)]
    public async Task Read_ExternalIdNotAShowId_ThrowsWithoutARequest(string? externalId)
    {
        var upstream = Upstream();

        var e = await Assert.ThrowsAsync<SourceFormatException>(() => Reader().ReadAsync(Source(externalId), Context(upstream), CancellationToken.None));

        Assert.Contains("not a TVmaze show id", e.Message);
        Assert.Empty(upstream.Requests);
    }

    [Fact]
    public async Task Read_WithProgress_ReportsTheItems()
    {
        var reports = new List<int>();

        await Reader().ReadAsync(Source(), Context(Upstream(), progress: new SyncProgress(reports)), CancellationToken.None);

        Assert.Equal(18, reports[^1]);
    }

    [Fact]
    public async Task Read_ShowOnAUsNetwork_TimesInItsZone()
    {
        var root = Base;
        var upstream = new FixtureUpstream()
            .ServeFixture(root + "shows/990002", "tvmaze/us-network-show.json")
            .ServeFixture(root + "shows/990002/episodes?specials=1", "tvmaze/us-network-episodes.json");

        var read = await Reader().ReadAsync(Source("990002"), Context(upstream), CancellationToken.None);

        var first = Assert.Single(read.Items, i => i.ExternalId == "ep:3100001");
        Assert.Equal("America/New_York", first.TimeZone);
        Assert.Equal(ReleaseKind.Episode, first.Kind);
    }
}
