using System.Text;
using ReleaseCalendar.Extraction;
using ReleaseCalendar.Ingest.Sources.News;

namespace ReleaseCalendar.Tests.Ingest.News;

public sealed class NewsParsingTests
{
    static readonly Uri FeedUrl = new("https://feed.example/rss");

    static byte[] Rss(string items) => Encoding.UTF8.GetBytes(
        $"""<rss version="2.0"><channel><title>t</title><link>https://feed.example/</link><description>d</description>{items}</channel></rss>""");

    [Fact]
    public void Parse_ItemKeys_AreGuidElseLinkElseHash()
    {
        var articles = NewsFeedParser.Parse(Rss("""
            <item><title>A</title><link>https://feed.example/a</link><guid isPermaLink="false">guid-a</guid></item>
            <item><title>B</title><link>https://feed.example/b</link></item>
            <item><title>C</title><pubDate>Fri, 10 May 2024 12:00:00 GMT</pubDate></item>
            <item><title>D</title><pubDate>Fri, 10 May 2024 12:00:00 GMT</pubDate></item>
            """), FeedUrl);

        Assert.Equal("guid-a", articles[0].Key);
        Assert.Equal("https://feed.example/b", articles[1].Key);
        Assert.StartsWith("sha256:", articles[2].Key, StringComparison.Ordinal);
        Assert.NotEqual(articles[2].Key, articles[3].Key);
        Assert.Equal(articles[2].Key, NewsFeedParser.Parse(Rss("<item><title>C</title><pubDate>Fri, 10 May 2024 12:00:00 GMT</pubDate></item>"), FeedUrl)[0].Key);
    }

    [Fact]
    public void Parse_ContentEncoded_IsPreferredToTheDescription()
    {
        var body = Encoding.UTF8.GetBytes("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><link>https://feed.example/</link><description>d</description>
            <item><title>A</title><description>short</description><content:encoded><![CDATA[<p>the whole article</p>]]></content:encoded></item>
            <item><title>B</title><description>only a summary</description></item>
            </channel></rss>
            """);

        var articles = NewsFeedParser.Parse(body, FeedUrl);

        Assert.Equal(["<p>the whole article</p>", "only a summary"], articles.Select(a => a.Text));
    }

    [Fact]
    public void Parse_LinksOtherThanHttp_AreDropped()
    {
        var articles = NewsFeedParser.Parse(Rss("<item><title>A</title><link>javascript:alert(1)</link><guid>a</guid></item>"), FeedUrl);

        Assert.Null(Assert.Single(articles).Link);
    }

    [Theory]
    [InlineData("Fri, 10 May 2024 14:35:00 +0300", "2024-05-10T14:35:00+03:00")]
    [InlineData("10 May 2024 14:35 +03:00", "2024-05-10T14:35:00+03:00")]
    [InlineData("Fri, 10 May 24 14:35:00 MSK", "2024-05-10T14:35:00+03:00")]
    [InlineData("Fri, 10 May 2024 01:00:00 EDT", "2024-05-10T01:00:00-04:00")]
    [InlineData("2024-05-10T14:35:00+09:00", "2024-05-10T14:35:00+09:00")]
    public void ParseDate_FormsRealFeedsWrite_AreRead(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData("10 мая 2024")]
    [InlineData("someday")]
    [InlineData("Fri, 31 Feb 2024 10:00:00 GMT")]
    public void ParseDate_Unreadable_IsAbsent(string text)
    {
        Assert.Null(FeedDates.Parse(text));
    }

    [Fact]
    public void Parse_UnreadablePubDate_KeepsTheFeedAndFallsBackToTheUpdatedDate()
    {
        var body = Encoding.UTF8.GetBytes("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id><updated>2024-05-10T00:00:00Z</updated>
            <entry><title>A</title><id>urn:a</id><published>not a date</published><updated>2024-05-09T22:30:00-03:00</updated></entry>
            </feed>
            """);

        var article = Assert.Single(NewsFeedParser.Parse(body, FeedUrl));

        Assert.Equal(new DateTimeOffset(2024, 5, 9, 22, 30, 0, TimeSpan.FromHours(-3)), article.Published);
        // Its calendar date in its own offset: 9 May, though it is already 10 May in UTC.
        Assert.Equal(new DateOnly(2024, 5, 9), NewsMapper.PublishedOn(article, DateTimeOffset.MinValue));
    }

    [Fact]
    public void PublishedOn_ItemWithoutDate_IsNow()
    {
        var article = new FeedArticle("k", null, "t", "", null);

        Assert.Equal(new DateOnly(2024, 10, 20), NewsMapper.PublishedOn(article, new DateTimeOffset(2024, 10, 20, 8, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Decode_Windows1251Feed_ReadsItsDeclaredCharset()
    {
        var xml = """<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости</title><link>https://feed.example/</link><description>d</description><item><title>Альбом</title><guid>a</guid></item></channel></rss>""";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(xml);

        Assert.Equal("Альбом", Assert.Single(NewsFeedParser.Parse(bytes, FeedUrl)).Title);
    }

    [Theory]
    [InlineData("ru", Language.Ru)]
    [InlineData("EN", Language.En)]
    [InlineData(null, Language.Auto)]
    [InlineData("ko", Language.Auto)]
    public void LanguageOf_SourceLang_GivesTheExtractorsLanguage(string? lang, Language expected)
    {
        Assert.Equal(expected, NewsMapper.LanguageOf(lang));
    }

    [Fact]
    public void ToItems_CandidateWithZoneAndWithoutTitle_KeepsTimeAndEmptyTitle()
    {
        var article = new FeedArticle("key", new Uri("https://feed.example/a"), "t", "", null);
        ReleaseCandidate[] candidates =
        [
            new("RM", "rm", null, ReleaseKind.Album, new DateOnly(2024, 5, 24), new TimeOnly(13, 0), "Asia/Seoul", 0.9, new("s1", 0, 2)),
            new("RM", "rm", "X", ReleaseKind.Single, new DateOnly(2024, 3, 10), new TimeOnly(2, 30), "America/New_York", 0.9, new("s2", 0, 2)),
            new("RM", "rm", "Y", ReleaseKind.Mv, new DateOnly(2024, 5, 24), new TimeOnly(18, 0), null, 0.9, new("s3", 0, 2)),
        ];

        var items = NewsMapper.ToItems(article, candidates);

        Assert.Equal(("", new TimeOnly(13, 0), "Asia/Seoul"), (items[0].Title, items[0].Time, items[0].TimeZone));
        Assert.Equal(((TimeOnly?)null, (string?)null), (items[1].Time, items[1].TimeZone));  // 02:30 doesn't exist that night
        Assert.Equal(((TimeOnly?)null, (string?)null), (items[2].Time, items[2].TimeZone));  // no zone: no time
        Assert.Equal(["key#rm|album|2024-05-24", "key#rm|single|2024-03-10", "key#rm|mv|2024-05-24"], items.Select(i => i.ExternalId));
        Assert.Equal(["s1", "s2", "s3"], items.Select(i => i.Evidence));
    }
}
