using Microsoft.Extensions.Options;
using ReleaseCalendar.Extraction;
using ReleaseCalendar.Ingest.Http;

namespace ReleaseCalendar.Ingest.Sources.News;

/// <summary>
/// A news source: a conditional GET of the feed, then for each article not read before (at most
/// <see cref="NewsOptions.MaxItemsPerRun"/>, the rest next run) the feed's text, or the article page when the feed gives
/// only a short summary, through <see cref="DateExtractor.Extract"/>.
/// </summary>
public sealed class NewsReader(IOptions<NewsOptions> options, ILogger<NewsReader> logger, ExtractArticle? extract = null) : ISourceReader
{
    readonly ExtractArticle extract = extract ?? DateExtractor.Extract;

    public SourceType Type => SourceType.News;

    public async Task<SourceRead> ReadAsync(SourceSpec source, ReadContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        var url = source.Url ?? throw new SourceFormatException($"The news source {source.Id} has no URL.");
        var response = await context.Http.GetAsync(Upstream.News, url, context.Known(url), ct);
        if (response.NotModified) return SourceRead.Unchanged;

        var articles = NewsFeedParser.Parse(response.Body.Span, url);
        var language = NewsMapper.LanguageOf(source.Lang);
        var limits = options.Value;
        var items = new List<IncomingItem>();
        var processed = new List<string>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var unreadable = new List<string>();
        var deferred = false;
        foreach (var article in articles)
        {
            if (taken.Contains(article.Key) || context.ArticleSeen(article.Key)) continue;
            if (taken.Count == limits.MaxItemsPerRun)
            {
                logger.NewsLimitReached(source.Id, limits.MaxItemsPerRun);
                deferred = true;
                break;
            }
            taken.Add(article.Key);
            var publishedOn = NewsMapper.PublishedOn(article, context.Now);
            var input = await InputAsync(source, article, publishedOn, language, limits, context, ct);
            if (input is null) { deferred = true; continue; }
            processed.Add(article.Key);
            IReadOnlyList<ReleaseCandidate> candidates;
            try
            {
                candidates = extract(input, context.Catalog);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One article the extractor cannot read must not stop the feed, run after run: it is set aside (read
                // once, like the rest) and named among the run's rejections.
                logger.NewsArticleUnreadable(source.Id, article.Key, ex);
                unreadable.Add($"article {article.Key}: the extractor failed ({ex.GetType().Name}: {ex.Message})");
                continue;
            }
            items.AddRange(NewsMapper.ToItems(article, candidates));
            context.Progress?.Report(items.Count);
        }
        // Articles left for the next run must not hide behind a 304: the feed's validators are kept only when it was read whole.
        if (!deferred) context.Remember(url, response.Validators);
        return new SourceRead(false, items, Complete: false, processed) { Unreadable = unreadable };
    }

    /// <summary>The feed's text, or the page when the feed's is short; null when neither can be had (retried next run).</summary>
    async Task<ArticleInput?> InputAsync(SourceSpec source, FeedArticle article, DateOnly publishedOn, Language language,
        NewsOptions limits, ReadContext context, CancellationToken ct)
    {
        var fromFeed = NewsMapper.Input(article.Text, publishedOn, language);
        if (article.Link is not { } link || DateExtractor.BodyText(fromFeed).Length >= limits.FetchPageBelowChars) return fromFeed;
        try
        {
            var page = await context.Http.GetAsync(Upstream.News, link, null, ct);
            if (!page.NotModified) return ArticleInput.FromHtml(TextDecoding.Decode(page.Body.Span), publishedOn, language);
        }
        catch (UpstreamException ex)
        {
            logger.NewsPageFailed(source.Id, article.Key, ex.Message);
        }
        return string.IsNullOrWhiteSpace(article.Text) ? null : fromFeed;
    }
}

/// <summary>The extractor as the news reader calls it: <see cref="DateExtractor.Extract(ArticleInput, ExtractionCatalog?)"/>,
/// unless a host registers another (tests do, to see a failing article set aside).</summary>
public delegate IReadOnlyList<ReleaseCandidate> ExtractArticle(ArticleInput input, ExtractionCatalog? catalog);

public static partial class Log
{
    [LoggerMessage(EventId = 243, Level = LogLevel.Error,
        Message = "News source {SourceId}: the extractor failed on article {ArticleKey}; the article is set aside and the run goes on")]
    public static partial void NewsArticleUnreadable(this ILogger logger, int sourceId, string articleKey, Exception exception);

    [LoggerMessage(EventId = 241, Level = LogLevel.Warning,
        Message = "News source {SourceId}: the page of article {ArticleKey} could not be read ({Error}); the feed's text is used if it has any, else the article waits for the next run")]
    public static partial void NewsPageFailed(this ILogger logger, int sourceId, string articleKey, string error);

    [LoggerMessage(EventId = 242, Level = LogLevel.Information,
        Message = "News source {SourceId}: {Limit} new articles read, the rest wait for the next run")]
    public static partial void NewsLimitReached(this ILogger logger, int sourceId, int limit);
}
