using ReleaseCalendar.Admin;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Cli;
using ReleaseCalendar.Data;
using ReleaseCalendar.Embed;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Pages;
using ReleaseCalendar.Releases;

// The same executable takes verbs; with none it serves.
if (args.Length > 0 && args[0] == "extract")
    return await ExtractCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error, CancellationToken.None);

try
{
    if (args.Length > 0 && args[0] == "import")
        return await ImportCommand.RunAsync(args[1..], Services.CreateBuilder, Console.Out, Console.Error);

    var app = Services.CreateBuilder([.. args]).Build();
    // Bad settings stop here, before the host starts, with one line naming the key (Hosting/ConfigurationErrors.cs).
    app.CheckOptions();
    app.CheckStorage();
    app.UseHosting();
    app.MapReleases();  // /api/releases, /api/subjects
    app.MapPages();     // /, /subscribe/{slug}, /releases/{id} and its .ics
    app.MapFeeds();
    app.MapEmbed();     // /embed.js, its JSON, the iframe list and the /embed docs page
    app.MapAdmin();
    app.MapIngestAdmin(); // sources, runs, suggestions, history and pins
    await app.RunAsync();
    return 0;
}
// Only the real process turns it into an exit code; an in-process host (the tests' factory) gets the exception.
catch (Exception e) when (ConfigurationErrors.IsProcessEntry && ConfigurationErrors.Describe(e) is { } line)
{
    await Console.Error.WriteLineAsync(line);
    return ConfigurationErrors.ExitCode;
}

/// <summary>The service's parts, for the web host and the `import` verb alike.</summary>
static class Services
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddHosting();   // problem details, JSON, TimeProvider, OpenAPI, health
        builder.AddData();      // SQLite file, WAL, migrations and demo seed at start
        builder.AddFeeds();
        builder.AddCatalog();   // the one write path: feeds it touches, SEQUENCE, Last-Modified, audit
        builder.AddAdmin();
        builder.AddIngest();    // Quartz: sources on their schedules, housekeeping; readers and upstream HTTP
        return builder;
    }
}

public partial class Program;
