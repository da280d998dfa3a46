using BenchmarkDotNet.Attributes;

namespace ReleaseCalendar.Extraction.Bench;

[MemoryDiagnoser]
public class ExtractorBenchmarks
{
    IReadOnlyList<ArticleInput> _text = [];
    ArticleInput _html = ArticleInput.FromHtml("", default);

    [GlobalSetup]
    public void Setup()
    {
        _text = TypicalArticles.Load();
        var page = _text[0];
        _html = ArticleInput.FromHtml(
            "<html><body><nav><a href='/'>Главная</a></nav><article>" +
            string.Concat(page.Content.Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>")) +
            "</article><aside>Читать также</aside><footer>©</footer></body></html>", page.PublishedOn);
    }

    /// <summary>All typical pages once; divide by <see cref="Pages"/> for one article.</summary>
    [Benchmark]
    public int TextPages()
    {
        var found = 0;
        foreach (var page in _text)
        {
            found += DateExtractor.Extract(page).Count;
        }
        return found;
    }

    [Benchmark]
    public int HtmlPage() => DateExtractor.Extract(_html).Count;

    public int Pages => _text.Count;
}
