using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using DateExtractor = ReleaseCalendar.Extraction.DateExtractor;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.News;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Ingest.ICal;

namespace ReleaseCalendar.Tests.Ingest.News;

public sealed class NewsReaderTests
{
    const string RssUrl = "https://news.example.ru/kpop/rss.xml";
    const string AtomUrl = "https://kwire.example/music/atom.xml";
    const string SeedKey = "news.example.ru-48213";
    const string SeedLink = "https://news.example.ru/kpop/2024/05/rm-come-back-to-me";
    const string JinPage = "https://news.example.ru/kpop/2024/10/jin-happy";
    const string PhotosPage = "https://news.example.ru/kpop/2024/10/fanmeeting-photos";
    const string NewJeansPage = "https://kwire.example/music/2024/04/newjeans-how-sweet";
    static readonly DateTimeOffset Now = new(2024, 10, 20, 0, 0, 0, TimeSpan.Zero);

    static NewsReader Reader(NewsOptions? options = null) =>
        new(Options.Create(options ?? new NewsOptions()), NullLogger<NewsReader>.Instance);

    static SourceSpec Source(string url, string? lang = null) => new(7, SourceType.News, null, new Uri(url), [], lang);

    static ReadContext Context(IUpstream http, Func<string, bool>? seen = null) => new()
    {
        Http = http,
        Now = Now,
        Catalog = NewsFixtures.Catalog,
        ArticleSeen = seen ?? (_ => false),
    };

    static RecordingUpstream RussianFeed() => new RecordingUpstream()
        .Serve(RssUrl, NewsFixtures.Bytes("rss-ru.xml"), "application/rss+xml", "\"rss-1\"")
        .Serve(JinPage, NewsFixtures.Bytes("page-ru-jin-happy.html"), "text/html");

    [Fact]
    public async Task Read_SeedArticleInRss_GivesRmsAlbumOn20240524()
    {
        var http = RussianFeed();

        var read = await Reader().ReadAsync(Source(RssUrl, "ru"), Context(http), CancellationToken.None);

        var album = Assert.Single(read.Items, i => i.Kind == ReleaseKind.Album && i.Subjects.SequenceEqual(["rm"]));
        Assert.Equal("Right Place, Wrong Person", album.Title);
        Assert.Equal(new DateOnly(2024, 5, 24), album.Date);
        Assert.Equal(DatePrecision.Day, album.Precision);
        Assert.Equal(ReleaseStatus.Announced, album.Status);
        Assert.Equal([SeedLink], album.Links);
        Assert.Contains("24 мая", album.Evidence, StringComparison.Ordinal);
        Assert.Equal(SeedKey + "#rm|album|2024-05-24", album.ExternalId);
        Assert.InRange(album.Confidence, 0.5, 1.0);
        Assert.Null(album.SubjectHint);
        // The long content:encoded is enough: its page is never fetched.
        Assert.DoesNotContain(SeedLink, http.RequestedUrls);
        Assert.False(read.Complete);
        Assert.False(read.NotModified);
    }

    [Fact]
    public async Task Read_ExtractorFailsOnOneArticle_SetsItAsideAndReadsTheRest()
    {
        var http = RussianFeed();
        ExtractArticle failsOnTheSeed = (input, catalog) => DateExtractor.BodyText(input).Contains("Right Place", StringComparison.Ordinal)
            ? throw new InvalidOperationException("index out of range")
            : DateExtractor.Extract(input, catalog);
        var reader = new NewsReader(Options.Create(new NewsOptions()), NullLogger<NewsReader>.Instance, failsOnTheSeed);

        var read = await reader.ReadAsync(Source(RssUrl, "ru"), Context(http), CancellationToken.None);

        Assert.DoesNotContain(read.Items, i => i.Subjects.Contains("rm"));
        Assert.Contains(read.Items, i => i.Subjects.SequenceEqual(["jin"]) && i.Title == "Happy");
        // Read once like the rest, so it cannot stop the feed run after run; the run names it among its rejections.
        Assert.Contains(SeedKey, read.ProcessedArticles);
        var why = Assert.Single(read.Unreadable);
        Assert.Contains(SeedKey, why, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: index out of range", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ShortItemWithLink_FetchesThePageWithoutValidatorsAndReadsIt()
    {
        var http = RussianFeed();

        var read = await Reader().ReadAsync(Source(RssUrl), Context(http), CancellationToken.None);

        var page = Assert.Single(http.Requests, r => r.Url.AbsoluteUri == JinPage);
        Assert.Equal(Upstream.News, page.Upstream);
        Assert.Null(page.Known);
        var happy = Assert.Single(read.Items, i => i.Subjects.SequenceEqual(["jin"]));
        Assert.Equal(("Happy", ReleaseKind.Album, new DateOnly(2024, 11, 15)), (happy.Title, happy.Kind, happy.Date));
        Assert.Equal([JinPage], happy.Links);
        // The related-stories list on that page (Rosé's «APT.» on 18 October) is chrome, not this article.
        Assert.DoesNotContain(read.Items, i => i.Date == new DateOnly(2024, 10, 18));
    }

    [Fact]
    public async Task Read_PageFetchFailsButFeedHasText_UsesTheFeedTextAndMarksItRead()
    {
        var http = RussianFeed().Fail(PhotosPage, "503 Service Unavailable");

        var read = await Reader().ReadAsync(Source(RssUrl), Context(http), CancellationToken.None);

        Assert.Contains(http.Requests, r => r.Url.AbsoluteUri == PhotosPage);
        Assert.Contains(PhotosPage, read.ProcessedArticles);  // no guid: the link is its key
        Assert.Equal([SeedKey, JinPage, PhotosPage], read.ProcessedArticles);
    }

    [Fact]
    public async Task Read_PageFetchFailsAndFeedHasNoText_LeavesTheArticleForTheNextRun()
    {
        var feed = Encoding.UTF8.GetBytes("""
            <rss version="2.0"><channel><title>t</title><link>https://feed.example/</link><description>d</description>
            <item><title>Only a link</title><link>https://feed.example/a</link><guid>a</guid></item>
            <item><title>Next</title><link>https://feed.example/b</link><guid>b</guid><pubDate>Fri, 10 May 2024 12:00:00 +0300</pubDate><description>RM из BTS выпустит альбом 24 мая.</description></item>
            </channel></rss>
            """);
        var http = new RecordingUpstream().Serve("https://feed.example/rss", feed, "application/rss+xml")
            .Fail("https://feed.example/a", "connection reset").Fail("https://feed.example/b", "timeout");

        var read = await Reader().ReadAsync(Source("https://feed.example/rss"), Context(http), CancellationToken.None);

        Assert.Equal(["b"], read.ProcessedArticles);
        var item = Assert.Single(read.Items);
        Assert.Equal(("b#rm|album|2024-05-24", new DateOnly(2024, 5, 24)), (item.ExternalId, item.Date));
    }

    [Fact]
    public async Task Read_SeenArticles_AreSkippedWithoutAnyRequest()
    {
        var http = RussianFeed();

        var read = await Reader().ReadAsync(Source(RssUrl), Context(http, key => key is SeedKey or JinPage), CancellationToken.None);

        Assert.Equal([PhotosPage], read.ProcessedArticles);
        Assert.DoesNotContain(JinPage, http.RequestedUrls);
        Assert.DoesNotContain(read.Items, i => i.ExternalId.StartsWith(SeedKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_MoreNewItemsThanTheLimit_ReadsTheFirstAndLeavesTheRestForTheNextRun()
    {
        var http = RussianFeed();
        var reader = Reader(new NewsOptions { MaxItemsPerRun = 2 });

        var first = await reader.ReadAsync(Source(RssUrl), Context(http), CancellationToken.None);
        var second = await reader.ReadAsync(Source(RssUrl), Context(http, first.ProcessedArticles.Contains), CancellationToken.None);

        Assert.Equal([SeedKey, JinPage], first.ProcessedArticles);
        Assert.Equal([PhotosPage], second.ProcessedArticles);
    }

    [Fact]
    public async Task Read_Twice_GivesTheSameIds()
    {
        var first = await Reader().ReadAsync(Source(RssUrl), Context(RussianFeed()), CancellationToken.None);
        var second = await Reader().ReadAsync(Source(RssUrl), Context(RussianFeed()), CancellationToken.None);

        Assert.Equal(
            [SeedKey + "#rm|mv|2024-05-10", SeedKey + "#rm|single|2024-05-10", SeedKey + "#rm|album|2024-05-24", JinPage + "#jin|album|2024-11-15"],
            first.Items.Select(i => i.ExternalId));
        Assert.Equal(first.Items.Select(i => i.ExternalId), second.Items.Select(i => i.ExternalId));
    }

    [Fact]
    public async Task Read_UnchangedFeed_Is304AndReadsNothing()
    {
        var http = RussianFeed();
        var context = new ReadContext
        {
            Http = http,
            Now = Now,
            KnownValidators = new Dictionary<string, Validators> { [RssUrl] = new("\"rss-1\"", null) },
        };

        var read = await Reader().ReadAsync(Source(RssUrl), context, CancellationToken.None);

        Assert.Same(SourceRead.Unchanged, read);
        Assert.Equal([RssUrl], http.RequestedUrls);
        Assert.Equal("\"rss-1\"", http.Requests[0].Known?.ETag);
        Assert.Empty(context.NewValidators);
    }

    [Fact]
    public async Task Read_ChangedFeed_RemembersItsValidators()
    {
        var context = Context(RussianFeed());

        await Reader().ReadAsync(Source(RssUrl), context, CancellationToken.None);

        Assert.Equal("\"rss-1\"", context.NewValidators[RssUrl].ETag);
    }

    [Fact]
    public async Task Read_AtomFeed_ResolvesRelativeLinksAndKeepsUnknownSubjectsAsHints()
    {
        var http = new RecordingUpstream().Serve(AtomUrl, NewsFixtures.Bytes("atom-en.xml"), "application/atom+xml")
            .Serve(NewJeansPage, NewsFixtures.Bytes("page-en-newjeans-how-sweet.html"), "text/html");

        var read = await Reader().ReadAsync(Source(AtomUrl, "en"), Context(http), CancellationToken.None);

        var hope = Assert.Single(read.Items, i => i.Subjects.SequenceEqual(["j-hope"]));
        Assert.Equal(("HOPE ON THE STREET VOL.1", ReleaseKind.Album, new DateOnly(2024, 3, 29)), (hope.Title, hope.Kind, hope.Date));
        var newJeans = Assert.Single(read.Items, i => i.SubjectHint == "NewJeans");
        Assert.Empty(newJeans.Subjects);
        Assert.Equal(("How Sweet", new DateOnly(2024, 5, 24)), (newJeans.Title, newJeans.Date));
        Assert.Equal("tag:kwire.example,2024-04-22:newjeans-how-sweet#?newjeans|single|2024-05-24", newJeans.ExternalId);
        Assert.Equal([AtomUrl, NewJeansPage], http.RequestedUrls);
    }

    [Fact]
    public async Task Read_FeedWithDtd_IsRefusedWithoutFetchingTheEntity()
    {
        var http = new RecordingUpstream().Serve(RssUrl, NewsFixtures.Bytes("xxe.xml"), "application/rss+xml");

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => Reader().ReadAsync(Source(RssUrl), Context(http), CancellationToken.None));

        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
        Assert.Equal([RssUrl], http.RequestedUrls);
    }

    [Fact]
    public async Task Read_BrokenXml_ThrowsSourceFormatExceptionSayingSo()
    {
        var http = new RecordingUpstream().Serve(RssUrl, NewsFixtures.Bytes("broken.xml"), "application/rss+xml");

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => Reader().ReadAsync(Source(RssUrl), Context(http), CancellationToken.None));

        Assert.Contains("not well-formed XML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_HtmlInsteadOfAFeed_ThrowsSourceFormatException()
    {
        var http = new RecordingUpstream().Serve(RssUrl, NewsFixtures.Bytes("page-ru-jin-happy.html"), "text/html");

        await Assert.ThrowsAsync<SourceFormatException>(() => Reader().ReadAsync(Source(RssUrl), Context(http), CancellationToken.None));
    }

    [Fact]
    public async Task Read_UpstreamFailure_Propagates()
    {
        var http = new RecordingUpstream().Fail(RssUrl, "500 Internal Server Error");

        await Assert.ThrowsAsync<UpstreamException>(() => Reader().ReadAsync(Source(RssUrl), Context(http), CancellationToken.None));
    }
}
