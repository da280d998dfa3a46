using System.Text.Json;

namespace ReleaseCalendar.Extraction.Tests.Infrastructure;

public sealed record LabelledRelease(string Subject, string Kind, DateOnly Date, string? Title, string? Time, string? TimeZone);

public sealed record LabelledArticle(string File, DateOnly Published, string Lang, IReadOnlyList<LabelledRelease> Releases)
{
    public ArticleInput Input()
    {
        var content = System.IO.File.ReadAllText(Path.Combine(LabelledCorpus.Folder, File));
        var language = Lang == "ru" ? Language.Ru : Language.En;
        return File.EndsWith(".html", StringComparison.Ordinal)
            ? ArticleInput.FromHtml(content, Published, language)
            : ArticleInput.FromText(content, Published, language);
    }
}

/// <summary>Corpus/labels.json: the catalog of subjects and, per article file, the releases it states.</summary>
public sealed class LabelledCorpus
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required ExtractionCatalog Catalog { get; init; }
    public required IReadOnlyList<LabelledArticle> Articles { get; init; }

    public static LabelledCorpus Load()
    {
        var file = JsonSerializer.Deserialize<LabelsFile>(File.ReadAllText(Path.Combine(Folder, "labels.json")), Json)
                   ?? throw new InvalidOperationException("labels.json is empty");
        return new LabelledCorpus
        {
            Catalog = new ExtractionCatalog(file.Catalog.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<string>)p.Value))),
            Articles = file.Articles,
        };
    }

    /// <summary>Scoring groups kinds a reader would not tell apart in a calendar: album/EP, single/OST, drama/episode.</summary>
    public static string Family(string kind) => kind.ToLowerInvariant() switch
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
