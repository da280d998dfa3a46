namespace ReleaseCalendar.Extraction;

public enum Language
{
    Auto,
    Ru,
    En,
}

public enum ArticleFormat
{
    Text,
    Html,
}

/// <summary>One news article. "Today" is <see cref="PublishedOn"/>: the extractor never reads a clock.</summary>
public sealed record ArticleInput(string Content, DateOnly PublishedOn, Language Language = Language.Auto, ArticleFormat Format = ArticleFormat.Text)
{
    public static ArticleInput FromText(string text, DateOnly publishedOn, Language language = Language.Auto) =>
        new(text, publishedOn, language, ArticleFormat.Text);

    public static ArticleInput FromHtml(string html, DateOnly publishedOn, Language language = Language.Auto) =>
        new(html, publishedOn, language, ArticleFormat.Html);
}
