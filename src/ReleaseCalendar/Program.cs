using ReleaseCalendar.Admin;
using ReleaseCalendar.Cli;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Releases;

// The same executable takes verbs; with none it serves.
if (args.Length > 0 && args[0] == "extract")
    return await ExtractCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error, CancellationToken.None);

var builder = WebApplication.CreateBuilder(args);
builder.AddHosting();   // problem details, JSON, TimeProvider, OpenAPI, health
builder.AddData();      // SQLite file, WAL, migrations and demo seed at start
builder.AddFeeds();
builder.AddAdmin();
builder.AddIngest();    // Quartz: housekeeping

var app = builder.Build();
app.UseHosting();
app.MapReleases();
app.MapSubjects();
app.MapReleasePages();
app.MapFeeds();
app.MapAdmin();
await app.RunAsync();
return 0;

public partial class Program;
