using System.Text.RegularExpressions;
using ReleaseCalendar.Extraction;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Ingest.Sources.News;

/// <summary>A feed item and what the extractor read in it → items. Pure.</summary>
public static partial class NewsMapper
{
    /// <summary>The item's publication date as a calendar date in its own offset (a Moscow 00:30 item is that day in
    /// Moscow); an item without a date is dated "now".</summary>
    public static DateOnly PublishedOn(FeedArticle article, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(article);
        return DateOnly.FromDateTime((article.Published ?? now).DateTime);
    }

    public static Language LanguageOf(string? lang) => lang?.Trim().ToLowerInvariant() switch
    {
        "ru" => Language.Ru,
        "en" => Language.En,
        _ => Language.Auto,
    };

    /// <summary>Feeds carry HTML (content:encoded, most descriptions) or plain text; each is read as what it is.</summary>
    public static ArticleInput Input(string text, DateOnly publishedOn, Language language) =>
        Markup().IsMatch(text) ? ArticleInput.FromHtml(text, publishedOn, language) : ArticleInput.FromText(text, publishedOn, language);

    public static IReadOnlyList<IncomingItem> ToItems(FeedArticle article, IReadOnlyList<ReleaseCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(candidates);
        var items = new List<IncomingItem>(candidates.Count);
        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var kind = ReleaseKinds.FromExtracted(c.Kind);
            // Identity by what the candidate is, not its position: a re-read article whose extraction gains or loses a
            // candidate keeps the ids of the others. The extractor gives at most one per subject, kind and date.
            var suffix = $"{c.ResolvedSubjectSlug ?? "?" + ExtractionCatalog.Key(c.Subject)}|{ReleaseKinds.WireName(kind)}|{c.Date:yyyy-MM-dd}";
            for (var n = 2; !suffixes.Add(suffix); n++) suffix = $"{suffix}|{n}";
            var (time, zone) = TimeOf(c);
            items.Add(new IncomingItem
            {
                ExternalId = article.Key + "#" + suffix,
                Subjects = c.ResolvedSubjectSlug is { } slug ? [slug] : [],
                SubjectHint = c.ResolvedSubjectSlug is null ? c.Subject : null,
                Title = c.Title ?? "",
                Kind = kind,
                Date = c.Date,
                Precision = DatePrecision.Day,
                Time = time,
                TimeZone = zone,
                Status = ReleaseStatus.Announced,
                Links = article.Link is { } link ? [link.AbsoluteUri] : [],
                Confidence = c.Confidence,
                Evidence = c.Evidence.Text,
            });
        }
        return items;
    }

    // A time counts only with a zone tzdb knows and when it exists on that day; a bare "в 18:00" would be a guess.
    static (TimeOnly?, string?) TimeOf(ReleaseCandidate c)
    {
        if (c.Time is not { } time || ReleaseTime.CanonicalZoneId(c.TimeZone) is not { } zone) return (null, null);
        return ReleaseTime.Skipped(c.Date, time, zone) is null ? (time, zone) : (null, null);
    }

    [GeneratedRegex("""<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*|!--)[^<>]*>""")]
    private static partial Regex Markup();
}
