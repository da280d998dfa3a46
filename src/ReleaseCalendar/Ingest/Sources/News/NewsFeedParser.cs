using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace ReleaseCalendar.Ingest.Sources.News;

/// <summary>One feed item as the news reader needs it. <see cref="Text"/> is HTML or plain text (feeds mix both), empty
/// when the item has none.</summary>
public sealed record FeedArticle(string Key, Uri? Link, string Title, string Text, DateTimeOffset? Published);

/// <summary>
/// An RSS 2.0 or Atom 1.0 body → its items, in feed order. Pure. The XML is read with DTDs prohibited and no resolver,
/// so a DOCTYPE (the carrier of XXE and entity-expansion attacks) stops the read before anything is resolved or fetched.
/// </summary>
public static class NewsFeedParser
{
    const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static IReadOnlyList<FeedArticle> Parse(ReadOnlySpan<byte> body, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var text = TextDecoding.Decode(body);
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = FeedDates.TryParse };
            if (!formatter.CanRead(reader)) formatter = new Atom10FeedFormatter { DateTimeParser = FeedDates.TryParse };
            if (!formatter.CanRead(reader))
                throw new SourceFormatException($"The body is XML but not an RSS 2.0 or Atom 1.0 feed (its root is <{reader.LocalName}>).");
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException ex) when (HasDoctype(text))
        {
            throw new SourceFormatException("The feed carries a DTD (<!DOCTYPE …>), which is refused: DTDs can pull in external "
                + "entities (XXE). Nothing in it was resolved or fetched.", ex);
        }
        catch (XmlException ex)
        {
            throw new SourceFormatException($"The feed is not well-formed XML: {ex.Message}", ex);
        }
        var baseUri = feed.BaseUri is { IsAbsoluteUri: true } b ? b : feedUrl;
        return [.. feed.Items.Select(item => ToArticle(item, baseUri))];
    }

    static FeedArticle ToArticle(SyndicationItem item, Uri baseUri)
    {
        var title = item.Title?.Text?.Trim() ?? "";
        var link = Link(item, baseUri);
        var published = item.PublishDate != default && item.PublishDate != DateTimeOffset.MinValue ? item.PublishDate
            : item.LastUpdatedTime != default && item.LastUpdatedTime != DateTimeOffset.MinValue ? item.LastUpdatedTime
            : (DateTimeOffset?)null;
        var key = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim()
            : link?.AbsoluteUri ?? Hash(title, published);
        return new FeedArticle(key, link, title, Text(item), published);
    }

    // content:encoded or Atom content first (the whole article, when the feed gives it), else the summary/description.
    static string Text(SyndicationItem item)
    {
        var encoded = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule).FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(encoded)) return encoded.Trim();
        if (item.Content is TextSyndicationContent { Text: { } content } && !string.IsNullOrWhiteSpace(content)) return content.Trim();
        return item.Summary?.Text?.Trim() ?? "";
    }

    /// <summary>The item's page: an alternate (or unnamed) link, made absolute against the feed; only http and https.</summary>
    static Uri? Link(SyndicationItem item, Uri baseUri)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
        if (link is null) return null;
        var baseForItem = item.BaseUri is { IsAbsoluteUri: true } ib ? ib : baseUri;
        var absolute = link.IsAbsoluteUri ? link : Uri.TryCreate(baseForItem, link, out var made) ? made : null;
        return absolute is { Scheme: "http" or "https" } ? absolute : null;
    }

    static string Hash(string title, DateTimeOffset? published)
    {
        var input = title + "\n" + (published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..32];
    }

    static bool HasDoctype(string text) => text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
}
