using System.Text.Json;
using ReleaseCalendar.Cli;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Cli;

/// <summary>The README's extract example reads samples/article-ru.txt, which every clone has; its output is what the
/// README shows.</summary>
public sealed class SampleArticleTests
{
    [Fact]
    public async Task Extract_ReadmeSample_GivesTheReleasesTheReadmeShows()
    {
        var sample = Path.Combine(IcsCheck.RepoRoot ?? throw new InvalidOperationException("repository root not found"),
            "samples", "article-ru.txt");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await ExtractCommand.RunAsync(["--published", "2024-05-10", sample], TextReader.Null, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Equal("", error.ToString());
        var releases = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray()
            .Select(r => string.Join(' ', r.GetProperty("subject").GetString(), r.GetProperty("kind").GetString(),
                r.GetProperty("title").GetString(), r.GetProperty("date").GetString(), r.GetProperty("time").GetString(),
                r.GetProperty("timeZone").GetString()).Trim())
            .ToList();
        Assert.Equal(
        [
            "RM single Come Back to Me 2024-05-10",
            "RM mv Come Back to Me 2024-05-10",
            "RM album Right Place, Wrong Person 2024-05-24 13:00 Asia/Seoul",
        ], releases);
    }
}
