using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;
using ReleaseCalendar.Tests.Ingest.MusicBrainz;

namespace ReleaseCalendar.Tests.Cli;

/// <summary>The import verb as a real process, on the database a running service uses.</summary>
public sealed class ImportCommandTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();

    Dictionary<string, string> Environment(FakeUpstream? upstream = null)
    {
        var env = ServiceProcess.Defaults();
        foreach (var (k, v) in app.StorageEnvironment()) env[k] = v;
        env["Ingest__Http__AllowedNetworks__0"] = "127.0.0.1/32";
        if (upstream is not null) env["Ingest__TvMaze__BaseUrl"] = upstream.BaseUrl.ToString();
        return env;
    }

    [Theory]
    [InlineData("give --source ID")]
    [InlineData("--source takes a source id", "--source", "abc")]
    [InlineData("--type needs --subject", "--type", "tvmaze", "--id", "5")]
    [InlineData("unknown option '--what'", "--what", "x")]
    [InlineData("--id: Required for tvmaze", "--type", "tvmaze", "--id", "x5", "--subject", "some-show")]
    public async Task BadArguments_Exit2NamingTheProblem(string expected, params string[] arguments)
    {
        using var process = ServiceProcess.Run(Environment(), ["import", .. arguments]);
        var (code, _, error) = await process.ExitAsync();
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeAndId_AddsADisabledSourceAndImportsTheShow_WhileTheServiceRuns()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var id = Random.Shared.Next(100_000, 900_000);
        upstream.MapTvMazeShow(id, "kr-network");
        var show = await new Seed(_admin).SubjectAsync("crown", "show");

        using var process = ServiceProcess.Run(Environment(upstream), "import", "--type", "tvmaze", "--id", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--subject", show);
        var (code, output, error) = await process.ExitAsync();
        Assert.True(code == 0, error);
        Assert.Contains($"into {show}", output, StringComparison.Ordinal);
        Assert.Matches(@"Run \d+ succeeded in [\d.]+ s: seen \d+, created [1-9]\d*", output);

        var page = await (await _anon.GetAsync($"/api/releases?subjects={show}&kinds=episode&limit=200")).ReadAsync<ReleasePage>();
        Assert.Contains(page.Items, r => r.Season == 1 && r.Episode == 1);
        var sources = await (await _admin.GetAsync("/api/admin/sources")).ReadAsync<List<ReleaseCalendar.Ingest.SourceResponse>>();
        var source = Assert.Single(sources, s => s.ExternalId == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(source.Enabled);
        Assert.Equal("succeeded", source.LastRun!.Status);
        Assert.Equal("cli", source.LastRun.Trigger);
    }
}
