using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.MusicBrainz;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Ingest.MusicBrainz;

public sealed class MusicBrainzReaderTests
{
    const string Artist = "0d79fe8e-ba27-4859-bb8c-2f255f346853";
    const string Base = "http://127.0.0.1:5999/";
    static readonly DateTimeOffset Now = new(2024, 6, 15, 3, 0, 0, TimeSpan.Zero);

    static MusicBrainzReader Reader(string baseUrl = Base, int pageSize = 100, int lookups = MusicBrainzReader.DefaultReleaseLookupsPerRun) =>
        new(Options.Create(new MusicBrainzOptions { BaseUrl = new Uri(baseUrl), PageSize = pageSize }), NullLogger<MusicBrainzReader>.Instance)
        {
            ReleaseLookupsPerRun = lookups,
        };

    static SourceSpec Source(string externalId = Artist) => new(7, SourceType.MusicBrainz, externalId, null, ["bts"], null);

    static ReadContext Context(FixtureUpstream upstream, IReadOnlyDictionary<string, Validators>? known = null, IProgress<int>? progress = null) =>
        new() { Http = upstream, Now = Now, KnownValidators = known ?? new Dictionary<string, Validators>(), Progress = progress };

    static string PageUrl(int offset, int limit = 2, string root = Base + "ws/2/") =>
        $"{root}release-group?artist={Artist}&fmt=json&limit={limit}&offset={offset}";

    static FixtureUpstream PagedUpstream() => new FixtureUpstream()
        .ServeFixture(PageUrl(0), "musicbrainz/paged-release-groups-offset0.json")
        .ServeFixture(PageUrl(2), "musicbrainz/paged-release-groups-offset2.json")
        .ServeFixture(PageUrl(4), "musicbrainz/paged-release-groups-offset4.json");

    [Fact]
    public async Task Read_ThreePages_RequestsEachOffsetOnceInOrderAndMapsAll()
    {
        var upstream = PagedUpstream();
        var context = Context(upstream);

        var read = await Reader(pageSize: 2).ReadAsync(Source(), context, CancellationToken.None);

        Assert.Equal([PageUrl(0), PageUrl(2), PageUrl(4)], upstream.Requests.Select(r => r.Url.AbsoluteUri));
        Assert.All(upstream.Requests, r => Assert.Equal(Upstream.MusicBrainz, r.Upstream));
        Assert.False(read.NotModified);
        Assert.True(read.Complete);
        Assert.Empty(read.ProcessedArticles);
        Assert.Equal(["Page A1", "Page A2", "Page B1", "Page B2", "Page C1"], read.Items.Select(i => i.Title));
        Assert.All(read.Items, i => Assert.Equal(["bts"], i.Subjects));
        Assert.Equal(3, context.NewValidators.Count);
        Assert.Equal(upstream.ValidatorsFor(PageUrl(4)), context.NewValidators[PageUrl(4)]);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5999/ws/2", "http://127.0.0.1:5999/ws/2/")]
    [InlineData("http://127.0.0.1:5999/ws/2/", "http://127.0.0.1:5999/ws/2/")]
    [InlineData("http://127.0.0.1:5999", "http://127.0.0.1:5999/ws/2/")]
    [InlineData("http://127.0.0.1:5999/mb/", "http://127.0.0.1:5999/mb/ws/2/")]
    public async Task Read_BaseUrl_GetsWs2ExactlyOnce(string baseUrl, string root)
    {
        var upstream = new FixtureUpstream().ServeFixture(PageUrl(0, 100, root), "musicbrainz/solo-artist-release-groups.json");

        var read = await Reader(baseUrl, lookups: 0).ReadAsync(Source(), Context(upstream), CancellationToken.None);

        Assert.Equal(PageUrl(0, 100, root), Assert.Single(upstream.Requests).Url.AbsoluteUri);
        Assert.Equal(12, read.Items.Count);
    }

    [Fact]
    public async Task Read_EveryPageAnswers304_IsUnchangedWithOneConditionalRequestPerPage()
    {
        var upstream = PagedUpstream();
        var known = new[] { 0, 2, 4 }.ToDictionary(o => PageUrl(o), o => upstream.ValidatorsFor(PageUrl(o)));
        var context = Context(upstream, known);

        var read = await Reader(pageSize: 2).ReadAsync(Source(), context, CancellationToken.None);

        Assert.Same(SourceRead.Unchanged, read);
        Assert.True(read.NotModified);
        Assert.Equal(3, upstream.Requests.Count);
        Assert.All(upstream.Requests, r => Assert.Equal(known[r.Url.AbsoluteUri], r.Known));
        Assert.Empty(context.NewValidators);
    }

    [Fact]
    public async Task Read_FirstPage304ThenAChangedPage_FetchesThe304PageAgainAndMapsEveryGroup()
    {
        var upstream = PagedUpstream();
        var known = new Dictionary<string, Validators>
        {
            [PageUrl(0)] = upstream.ValidatorsFor(PageUrl(0)),
            [PageUrl(2)] = new("\"from-an-older-run\"", null),
            [PageUrl(4)] = upstream.ValidatorsFor(PageUrl(4)),
        };
        var context = Context(upstream, known);

        var read = await Reader(pageSize: 2).ReadAsync(Source(), context, CancellationToken.None);

        Assert.False(read.NotModified);
        Assert.Equal(["Page A1", "Page A2", "Page B1", "Page B2", "Page C1"], read.Items.Select(i => i.Title));
        var requests = upstream.Requests;
        Assert.Equal([PageUrl(0), PageUrl(2), PageUrl(0), PageUrl(4)], requests.Select(r => r.Url.AbsoluteUri));
        Assert.NotNull(requests[0].Known);                  // probe: 304
        Assert.NotNull(requests[1].Known);                  // probe: 200, the change
        Assert.Null(requests[2].Known);                     // page 0 again, for its body
        Assert.Null(requests[3].Known);                     // the rest is needed whole
        Assert.Equal(3, context.NewValidators.Count);
    }

    [Fact]
    public async Task Read_FirstPage304AndNoLaterPageKnown_IsUnchanged()
    {
        var upstream = new FixtureUpstream().ServeFixture(PageUrl(0, 100), "musicbrainz/solo-artist-release-groups.json");
        var known = new Dictionary<string, Validators> { [PageUrl(0, 100)] = upstream.ValidatorsFor(PageUrl(0, 100)) };

        var read = await Reader().ReadAsync(Source(), Context(upstream, known), CancellationToken.None);

        Assert.True(read.NotModified);
        Assert.Single(upstream.Requests);
    }

    [Fact]
    public async Task Read_InvalidJson_ThrowsSourceFormatExceptionNamingTheUrl()
    {
        var upstream = new FixtureUpstream().ServeFixture(PageUrl(0, 100), "musicbrainz/truncated.json");

        var e = await Assert.ThrowsAsync<SourceFormatException>(() =>
            Reader().ReadAsync(Source(), Context(upstream), CancellationToken.None));

        Assert.Contains("MusicBrainz", e.Message);
        Assert.Contains(PageUrl(0, 100), e.Message);
    }

    [Theory]
    [InlineData("bts")]
    [InlineData(null)]
    [InlineData("https://musicbrainz.org/artist/0d79fe8e-ba27-4859-bb8c-2f255f346853")]
    public async Task Read_ExternalIdNotAnMbid_ThrowsWithoutARequest(string? externalId)
    {
        var upstream = new FixtureUpstream();

        var e = await Assert.ThrowsAsync<SourceFormatException>(() =>
            Reader().ReadAsync(Source(externalId!), Context(upstream), CancellationToken.None));

        Assert.Contains("not an artist MBID", e.Message);
        Assert.Empty(upstream.Requests);
    }

    [Fact]
    public async Task Read_MonthDatedGroup_TakesTheDayFromItsReleases()
    {
        var upstream = SoloWithReleases();

        var read = await Reader().ReadAsync(Source(), Context(upstream), CancellationToken.None);

        var ost = Assert.Single(read.Items, i => i.ExternalId == "5b5ad040-9d1b-4a20-bcc0-00242ed1ee53");
        Assert.Equal((new DateOnly(2024, 6, 14), DatePrecision.Day), (ost.Date, ost.Precision));
        Assert.Equal(ReleaseStatus.Released, ost.Status);
        // The other partial dates (2023, 2020-11, 2017) were looked up and found no day: they keep their precision.
        var year = Assert.Single(read.Items, i => i.ExternalId == "39862ef9-4b6d-4001-9cb7-3b9896dd9467");
        Assert.Equal(DatePrecision.Year, year.Precision);
        var lookups = upstream.Requests.Where(r => r.Url.AbsoluteUri.Contains("/release?", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, lookups.Count);
        Assert.All(lookups, r => Assert.Null(r.Known));
    }

    [Fact]
    public async Task Read_MoreMonthDatedGroupsThanTheBound_LooksUpTheNewestOnly()
    {
        var upstream = SoloWithReleases();

        var read = await Reader(lookups: 1).ReadAsync(Source(), Context(upstream), CancellationToken.None);

        var lookup = Assert.Single(upstream.Requests, r => r.Url.AbsoluteUri.Contains("/release?", StringComparison.Ordinal));
        Assert.Equal(ReleasesUrl("5b5ad040-9d1b-4a20-bcc0-00242ed1ee53"), lookup.Url.AbsoluteUri);
        Assert.Equal(DatePrecision.Day, Assert.Single(read.Items, i => i.ExternalId == "5b5ad040-9d1b-4a20-bcc0-00242ed1ee53").Precision);
    }

    [Fact]
    public async Task Read_WithProgress_ReportsTheItemCount()
    {
        var upstream = PagedUpstream();
        var reports = new List<int>();

        await Reader(pageSize: 2).ReadAsync(Source(), Context(upstream, progress: new SyncProgress(reports)), CancellationToken.None);

        Assert.NotEmpty(reports);
        Assert.Equal(5, reports[^1]);
    }

    static string ReleasesUrl(string group) => $"{Base}ws/2/release?release-group={group}&fmt=json&limit=100";

    static FixtureUpstream SoloWithReleases()
    {
        var upstream = new FixtureUpstream().ServeFixture(PageUrl(0, 100), "musicbrainz/solo-artist-release-groups.json");
        upstream.ServeFixture(ReleasesUrl("5b5ad040-9d1b-4a20-bcc0-00242ed1ee53"), "musicbrainz/releases-of-month-group.json");
        foreach (var id in new[] { "39862ef9-4b6d-4001-9cb7-3b9896dd9467", "c59d0338-9ca1-4685-94bc-06fce6f525f6", "1a85cef4-fe87-4711-baa2-b2d6dd9eebb2" })
            upstream.ServeFixture(ReleasesUrl(id), "musicbrainz/releases-empty.json");
        return upstream;
    }
}

/// <summary><see cref="Progress{T}"/> posts to a thread pool; this one records at once, so a test can read it after the call.</summary>
public sealed class SyncProgress(List<int> reports) : IProgress<int>
{
    public void Report(int value)
    {
        lock (reports) reports.Add(value);
    }
}
