using ReleaseCalendar.Extraction;

namespace ReleaseCalendar.Tests.Ingest.News;

internal static class NewsFixtures
{
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Upstreams", "news", name));

    /// <summary>Subjects and aliases as the catalog hands them to the extractor.</summary>
    public static ExtractionCatalog Catalog { get; } = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["rm"] = ["RM", "Ким Нам Джун", "Kim Namjoon", "Намджун"],
        ["bts"] = ["BTS", "Бантаны", "방탄소년단"],
        ["jin"] = ["Jin", "Джин", "Kim Seokjin", "Ким Сокджин"],
        ["j-hope"] = ["j-hope", "Джей-Хоуп", "Jung Hoseok"],
    });
}
