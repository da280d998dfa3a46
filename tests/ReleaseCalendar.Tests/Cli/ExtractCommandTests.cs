using System.Text.Json;
using ReleaseCalendar.Cli;

namespace ReleaseCalendar.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    const string Seedish = "10 мая RM из BTS выпустил клип на свою новую песню «Come Back to Me». Новый альбом RM выйдет через две недели – 24 мая.";

    readonly string _folder = Directory.CreateTempSubdirectory("rc-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    static async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ExtractCommand.RunAsync(args, new StringReader(stdin), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Extract_TextFile_PrintsReleasesInTheIssueShape()
    {
        var (code, output, error) = await Run("", "--published", "2024-05-10", "--lang", "ru", Write("seed.txt", Seedish));

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("«Come Back to Me»", output, StringComparison.Ordinal); // Cyrillic and quotes unescaped
        var releases = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["mv 2024-05-10", "single 2024-05-10", "album 2024-05-24"],
            releases.Select(r => $"{r.GetProperty("kind").GetString()} {r.GetProperty("date").GetString()}"));
        var first = releases[0];
        Assert.Equal(["subject", "title", "kind", "date", "time", "timeZone", "confidence", "evidence"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("RM", first.GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("time").ValueKind);
        Assert.Equal(0, first.GetProperty("evidence").GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task Extract_HtmlFile_ReadsOnlyTheArticle()
    {
        var html = "<html><body><nav>Сингл IU выйдет 1 июня</nav><article><p>Клип ATEEZ выйдет 24 мая в 18:00 по корейскому времени.</p></article></body></html>";

        var (code, output, _) = await Run("", "--published", "2024-05-10", Write("page.html", html));

        Assert.Equal(0, code);
        var release = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());
        Assert.Equal("18:00", release.GetProperty("time").GetString());
        Assert.Equal("Asia/Seoul", release.GetProperty("timeZone").GetString());
    }

    [Theory]
    [InlineData("missing --published")]
    [InlineData("is not a date", "--published", "10.05.2024")]
    [InlineData("unknown --lang", "--published", "2024-05-10", "--lang", "de")]
    [InlineData("missing FILE", "--published", "2024-05-10")]
    [InlineData("unknown option", "--published", "2024-05-10", "--verbose")]
    [InlineData("needs a value", "--published")]
    [InlineData("file not found", "--published", "2024-05-10", "/nonexistent/article.txt")]
    [InlineData("unsupported extension", "--published", "2024-05-10", "article.pdf")]
    [InlineData("takes no FILE", "--jsonl", "in.jsonl", "--published", "2024-05-10")]
    [InlineData("file not found", "--jsonl", "/nonexistent/in.jsonl")]
    public async Task Extract_BadArguments_ExitsWithUsageError(string problem, params string[] args)
    {
        var (code, output, error) = await Run("", args);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_Jsonl_WritesOneLinePerArticleAndAnErrorLineForBadOnes()
    {
        var lines = string.Join('\n',
            JsonSerializer.Serialize(new { id = "a1", published = "2024-05-10", lang = "ru", text = Seedish }),
            "{not json",
            JsonSerializer.Serialize(new { id = 7, published = "yesterday", text = "x" }),
            "",
            JsonSerializer.Serialize(new { id = "h", published = "2024-05-10", html = "<p>NewJeans will release the single \"How Sweet\" on May 24.</p>" }),
            JsonSerializer.Serialize(new { id = "both", published = "2024-05-10", text = "a", html = "b" }));

        var (code, output, error) = await Run(lines, "--jsonl", "-");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, results.Count);
        Assert.Equal("a1", results[0].GetProperty("id").GetString());
        Assert.Equal(3, results[0].GetProperty("releases").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("id").ValueKind);
        Assert.Contains("invalid JSON", results[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(7, results[2].GetProperty("id").GetInt32());
        Assert.Contains("published", results[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("2024-05-24", results[3].GetProperty("releases")[0].GetProperty("date").GetString());
        Assert.True(results[4].TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Extract_JsonlFile_ReadsFromDisk()
    {
        var path = Write("in.jsonl", JsonSerializer.Serialize(new { id = "x", published = "2024-05-10", text = "Сингл IU выйдет завтра." }) + "\n");

        var (code, output, _) = await Run("", "--jsonl", path);

        Assert.Equal(0, code);
        Assert.Contains("\"date\":\"2024-05-11\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_WithCatalog_NamesTheSubjectsSlug_InBothModes()
    {
        var catalog = Write("catalog.json", """{"rm": ["RM", "Ким Нам Джун"], "bts": ["BTS"]}""");
        var (code, output, _) = await Run("", "--published", "2024-05-10", "--lang", "ru", "--catalog", catalog, Write("a.txt", Seedish));
        Assert.Equal(0, code);
        Assert.All(JsonDocument.Parse(output).RootElement.EnumerateArray(), r => Assert.Equal("rm", r.GetProperty("subjectSlug").GetString()));

        // A labels.json-shaped file (the catalog under "catalog") works as well, for JSONL corpora.
        var labels = Write("labels.json", """{"catalog": {"rm": ["RM"]}, "articles": []}""");
        var line = JsonSerializer.Serialize(new { id = "1", published = "2024-05-10", lang = "ru", text = Seedish });
        (code, output, _) = await Run(line + "\n", "--jsonl", "-", "--catalog", labels);
        Assert.Equal(0, code);
        Assert.All(JsonDocument.Parse(output).RootElement.GetProperty("releases").EnumerateArray(),
            r => Assert.Equal("rm", r.GetProperty("subjectSlug").GetString()));
    }

    [Theory]
    [InlineData("missing.json", null, "file not found")]
    [InlineData("bad.json", "[1, 2]", "not a JSON object")]
    [InlineData("bad.json", """{"rm": "RM"}""", "aliases of 'rm'")]
    [InlineData("bad.json", "{", "invalid JSON")]
    public async Task Extract_BadCatalog_Exits2NamingTheProblem(string name, string? content, string problem)
    {
        var path = content is null ? Path.Combine(_folder, name) : Write(name, content);
        var (code, _, error) = await Run("", "--published", "2024-05-10", "--catalog", path, Write("a.txt", Seedish));
        Assert.Equal(2, code);
        Assert.Contains("--catalog", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
    }
}
