using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReleaseCalendar.Extraction.Scoring;

/// <summary>A labelled release: catalog slug (else the name as written), kind, date, and where stated title and time.</summary>
public sealed record LabelledRelease(string Subject, string Kind, DateOnly Date, string? Title = null, string? Time = null, string? TimeZone = null);

/// <summary>A date the article says a release was moved away from: it must never be emitted.</summary>
public sealed record MovedDate(string Subject, DateOnly Date);

public sealed partial record LabelledArticle(string File, DateOnly Published, string Lang, IReadOnlyList<LabelledRelease> Releases)
{
    /// <summary>Abandoned dates of postponements (optional in labels.json).</summary>
    public IReadOnlyList<MovedDate> Moved { get; init; } = [];

    /// <summary>
    /// The batch an article came in with, from its file name: "en-b001-…" is part "b", "ru-001-…" the original part.
    /// </summary>
    public string Part => PartPattern().Match(File) is { Success: true } m && m.Groups[1].Length > 0 ? m.Groups[1].Value : "original";

    [GeneratedRegex(@"^[a-z]{2}-([a-z]*)\d+-")]
    private static partial Regex PartPattern();
}

/// <summary>
/// A labelled folder: labels.json (the subject catalog as slug → aliases, and per article file its publication date,
/// language and releases) next to the article files. The shape of tests/ReleaseCalendar.Extraction.Tests/Corpus.
/// </summary>
public sealed class LabelledCorpus
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string Folder { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; }
    public required ExtractionCatalog Catalog { get; init; }
    public required IReadOnlyList<LabelledArticle> Articles { get; init; }

    public static bool Exists(string folder) => System.IO.File.Exists(Path.Combine(folder, "labels.json"));

    public static LabelledCorpus Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var file = JsonSerializer.Deserialize<LabelsFile>(System.IO.File.ReadAllText(Path.Combine(folder, "labels.json")), Json)
                   ?? throw new InvalidDataException($"{folder}/labels.json is empty");
        var aliases = file.Catalog.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
        return new LabelledCorpus
        {
            Folder = folder,
            Aliases = aliases,
            Catalog = new ExtractionCatalog(aliases),
            Articles = file.Articles,
        };
    }

    public ArticleInput Input(LabelledArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var content = System.IO.File.ReadAllText(Path.Combine(Folder, article.File));
        var language = article.Lang == "ru" ? Language.Ru : Language.En;
        return article.File.EndsWith(".html", StringComparison.Ordinal)
            ? ArticleInput.FromHtml(content, article.Published, language)
            : ArticleInput.FromText(content, article.Published, language);
    }

    /// <summary>Scoring groups kinds a reader would not tell apart in a calendar: album/EP, single/OST, drama/episode.</summary>
    public static string Family(string? kind) =>
        kind?.ToLowerInvariant() switch
        {
            "album" or "ep" => "record",
            "single" or "ost" => "track",
            "mv" => "video",
            "drama" or "episode" => "show",
            "film" => "film",
            _ => "other",
        };

    sealed record LabelsFile(Dictionary<string, List<string>> Catalog, List<LabelledArticle> Articles);
}
