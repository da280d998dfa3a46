using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReleaseCalendar.Extraction;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Cli;

/// <summary>
/// The <c>extract</c> verb (issue #3 §3): release dates from one article file, or from a JSONL corpus in one process.
/// <code>
/// extract --published YYYY-MM-DD [--lang ru|en|auto] FILE.txt|FILE.html   → JSON array of releases
/// extract --jsonl IN.jsonl|-                                               → one {"id","releases"} line per input line
/// </code>
/// <c>--catalog FILE</c> (either mode) gives the subjects the news source will know: {"slug": ["Alias", …]} or a file
/// with such a "catalog" object (a labels.json); releases of a known subject then carry its <c>subjectSlug</c>.
/// <c>extract score FOLDER</c> scores a labelled folder instead (<see cref="ScoreCommand"/>).
/// Exit codes: 0 done (a bad JSONL line gets an error line and the rest go on), 2 usage error named on stderr.
/// </summary>
public static class ExtractCommand
{
    const string Usage =
        "usage: extract --published YYYY-MM-DD [--lang ru|en|auto] FILE(.txt|.html)\n" +
        "       extract --jsonl IN.jsonl   (or - for stdin; lines {\"id\",\"published\",\"lang\",\"text\"|\"html\"})\n" +
        "       either with --catalog FILE   ({\"slug\": [\"Alias\", ...]}, or a file with such a \"catalog\" object)\n" +
        "       extract score FOLDER [--counts-only] [--no-catalog] [--part NAME] [--why]   (a labelled folder: labels.json + articles)";

    // Cyrillic and quotes stay readable: the output is for people and scoring scripts, never embedded in HTML.
    static readonly JsonSerializerOptions Pretty = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length > 0 && args[0] == "score")
        {
            return await ScoreCommand.RunAsync(args[1..], stdout, stderr, ct);
        }
        if (!TryParse(args, out var options, out var problem))
        {
            await stderr.WriteLineAsync($"extract: {problem}\n{Usage}".AsMemory(), ct);
            return 2;
        }
        ExtractionCatalog? catalog = null;
        if (options.Catalog is { } catalogPath)
        {
            (catalog, var catalogProblem) = await ReadCatalogAsync(catalogPath, ct);
            if (catalog is null)
            {
                await stderr.WriteLineAsync($"extract: --catalog '{catalogPath}': {catalogProblem}".AsMemory(), ct);
                return 2;
            }
        }
        return options.Jsonl is { } jsonl
            ? await RunJsonlAsync(jsonl, catalog, stdin, stdout, stderr, ct)
            : await RunFileAsync(options, catalog, stdout, stderr, ct);
    }

    sealed record Options(string? Jsonl, string? File, DateOnly Published, Language Language, string? Catalog = null);

    /// <summary>{"slug": ["Alias", ...]}, or that object under "catalog" (the corpus' labels.json), as ExtractionCatalog.</summary>
    static async Task<(ExtractionCatalog? Catalog, string Problem)> ReadCatalogAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return (null, $"file not found (looked in {Path.GetFullPath(path)})");
        try
        {
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path, ct));
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("catalog", out var inner)) root = inner;
            if (root.ValueKind != JsonValueKind.Object) return (null, "not a JSON object of slug → aliases");
            var entries = new List<KeyValuePair<string, IReadOnlyList<string>>>();
            foreach (var subject in root.EnumerateObject())
            {
                if (subject.Value.ValueKind != JsonValueKind.Array || subject.Value.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
                    return (null, $"the aliases of '{subject.Name}' are not a list of strings");
                entries.Add(KeyValuePair.Create(subject.Name, (IReadOnlyList<string>)[.. subject.Value.EnumerateArray().Select(a => a.GetString()!)]));
            }
            return (new ExtractionCatalog(entries), "");
        }
        catch (JsonException e)
        {
            return (null, $"invalid JSON: {e.Message}");
        }
    }

    static bool TryParse(string[] args, out Options options, out string problem)
    {
        options = new Options(null, null, default, Language.Auto);
        problem = "";
        string? published = null, lang = null, jsonl = null, file = null, catalog = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--published" or "--lang" or "--jsonl" or "--catalog")
            {
                if (i + 1 >= args.Length)
                {
                    problem = $"{arg} needs a value";
                    return false;
                }
                var value = args[++i];
                _ = arg switch
                {
                    "--published" => published = value,
                    "--lang" => lang = value,
                    "--catalog" => catalog = value,
                    _ => jsonl = value,
                };
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"unknown option '{arg}'";
                return false;
            }
            else if (file is null)
            {
                file = arg;
            }
            else
            {
                problem = $"only one FILE is read, got '{file}' and '{arg}'";
                return false;
            }
        }
        if (jsonl is not null)
        {
            if (file is not null || published is not null || lang is not null)
            {
                problem = "--jsonl takes no FILE, --published or --lang (each line carries its own)";
                return false;
            }
            options = options with { Jsonl = jsonl, Catalog = catalog };
            return true;
        }
        if (published is null)
        {
            problem = "missing --published YYYY-MM-DD (the article's publication date)";
            return false;
        }
        if (!TryDate(published, out var date))
        {
            problem = $"--published '{published}' is not a date in YYYY-MM-DD form";
            return false;
        }
        if (!TryLanguage(lang, out var language))
        {
            problem = $"unknown --lang '{lang}' (use ru, en or auto)";
            return false;
        }
        if (file is null)
        {
            problem = "missing FILE (.txt or .html)";
            return false;
        }
        options = new Options(null, file, date, language, catalog);
        return true;
    }

    static async Task<int> RunFileAsync(Options options, ExtractionCatalog? catalog, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var path = options.File!;
        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" or ".text" => ArticleFormat.Text,
            ".html" or ".htm" => ArticleFormat.Html,
            _ => (ArticleFormat?)null,
        };
        if (format is null)
        {
            await stderr.WriteLineAsync($"extract: unsupported extension of '{path}' (use .txt or .html)\n{Usage}".AsMemory(), ct);
            return 2;
        }
        if (!File.Exists(path))
        {
            await stderr.WriteLineAsync($"extract: file not found: '{path}'".AsMemory(), ct);
            return 2;
        }
        var content = await File.ReadAllTextAsync(path, ct);
        var releases = DateExtractor.Extract(new ArticleInput(content, options.Published, options.Language, format.Value), catalog);
        await stdout.WriteLineAsync(JsonSerializer.Serialize(releases.Select(ReleaseJson.From), Pretty).AsMemory(), ct);
        return 0;
    }

    static async Task<int> RunJsonlAsync(string source, ExtractionCatalog? catalog, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        TextReader reader;
        if (source == "-")
        {
            reader = stdin;
        }
        else if (File.Exists(source))
        {
            reader = new StreamReader(source);
        }
        else
        {
            await stderr.WriteLineAsync($"extract: file not found: '{source}'".AsMemory(), ct);
            return 2;
        }
        try
        {
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (line.Trim().Length > 0)
                {
                    await stdout.WriteLineAsync(ExtractLine(line, catalog).AsMemory(), ct);
                }
            }
            await stdout.FlushAsync(ct);
            return 0;
        }
        finally
        {
            if (!ReferenceEquals(reader, stdin))
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>One JSONL line in, one out; a line that can't be read becomes {"id","error"} so a corpus run goes on.</summary>
    static string ExtractLine(string line, ExtractionCatalog? catalog)
    {
        JsonElement? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, "line is not a JSON object");
            }
            id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            if (!root.TryGetProperty("published", out var published) || published.ValueKind != JsonValueKind.String
                || !TryDate(published.GetString()!, out var date))
            {
                return Error(id, "missing or bad \"published\" (YYYY-MM-DD)");
            }
            string? lang = root.TryGetProperty("lang", out var langElement) && langElement.ValueKind == JsonValueKind.String ? langElement.GetString() : null;
            if (!TryLanguage(lang, out var language))
            {
                return Error(id, $"unknown \"lang\" '{lang}' (use ru, en or auto)");
            }
            var hasText = root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String;
            var hasHtml = root.TryGetProperty("html", out var html) && html.ValueKind == JsonValueKind.String;
            if (hasText == hasHtml)
            {
                return Error(id, "give exactly one of \"text\" and \"html\"");
            }
            var input = hasText
                ? ArticleInput.FromText(text.GetString()!, date, language)
                : ArticleInput.FromHtml(html.GetString()!, date, language);
            var releases = DateExtractor.Extract(input, catalog).Select(ReleaseJson.From).ToList();
            return JsonSerializer.Serialize(new { id, releases }, Compact);
        }
        catch (JsonException e)
        {
            return Error(id, $"invalid JSON: {e.Message}");
        }
    }

    static string Error(JsonElement? id, string error) => JsonSerializer.Serialize(new { id, error }, Compact);

    static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    static bool TryLanguage(string? value, out Language language)
    {
        (var ok, language) = value?.ToLowerInvariant() switch
        {
            null or "auto" => (true, Language.Auto),
            "ru" => (true, Language.Ru),
            "en" => (true, Language.En),
            _ => (false, Language.Auto),
        };
        return ok;
    }

    /// <summary>
    /// The wire shape of issue #3: {subject, title, kind, date, time, timeZone, confidence, evidence}. The catalog slug
    /// and the date a release was moved from are added only when known.
    /// </summary>
    sealed record ReleaseJson(
        string Subject,
        string? Title,
        string Kind,
        string Date,
        string? Time,
        string? TimeZone,
        double Confidence,
        EvidenceJson Evidence,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SubjectSlug,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PostponedFrom)
    {
        public static ReleaseJson From(ReleaseCandidate c) => new(
            c.Subject, c.Title, ReleaseKinds.WireName(ReleaseKinds.FromExtracted(c.Kind)), c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            c.Time?.ToString("HH:mm", CultureInfo.InvariantCulture), c.TimeZone, c.Confidence,
            new EvidenceJson(c.Evidence.Text, c.Evidence.Start, c.Evidence.Length), c.ResolvedSubjectSlug,
            c.PostponedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    sealed record EvidenceJson(string Text, int Start, int Length);
}
