using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Data;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Cluster;

/// <summary>A replica knows its own writes by their stamps. A stamp whose write rolled back was never committed, so
/// another replica's next write can take the same second: that write must still count as foreign.</summary>
public sealed class OwnStampTests
{
    /// <summary>Fails the next release insert the way a unique index would, after the write has taken its stamp.</summary>
    sealed class FailNextReleaseInsert : DbCommandInterceptor
    {
        int _armed;

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Check(command);
            return ValueTask.FromResult(result);
        }

        void Check(DbCommand command)
        {
            if (command.CommandText.Contains("INSERT INTO \"Releases\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
                throw new SqliteException("UNIQUE constraint failed (injected by the test)", 19, 2067);
        }
    }

    [Fact]
    public async Task RolledBackWrite_SameSecondTakenElsewhere_IsSeenAsForeign()
    {
        var hook = new FailNextReleaseInsert();
        await using var app = new AppFactory().WithServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(hook)))
            .With("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");   // the injected failure is expected
        var admin = app.Client(admin: true);
        var anon = app.Client();
        var watcher = app.Service<ForeignWrites>();
        var seed = new Seed(admin);
        var rm = await seed.SubjectAsync("rm");
        await seed.ReleaseAsync([rm], "Indigo", "album", "2022-12-02");
        await watcher.LookAsync(CancellationToken.None);
        Assert.Contains("Indigo", await anon.GetStringAsync($"/feeds/{rm}.ics"), StringComparison.Ordinal);   // now cached
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        hook.Arm();
        var refused = await admin.PostJsonAsync("/api/admin/releases", new { subjects = new[] { rm }, title = "Never", kind = "single", date = "2022-12-01" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        // Another replica, in the same second: the feed clock it reads never saw the refused write's stamp, so it takes it.
        var elsewhere = new CatalogStore(app.Service<IDbContextFactory<AppDbContext>>(),
            new FeedCache(Options.Create(new FeedOptions())), app.Clock, NullLogger<CatalogStore>.Instance);
        var valid = new ValidRelease([rm], "Wild Flower", new LocalizedText(null, null, null), ReleaseKind.Single,
            new DateOnly(2022, 12, 1), DatePrecision.Day, null, null, ReleaseStatus.Released, null, null, null, []);
        Assert.Null((await new ReleaseChanges(elsewhere, app.Clock).CreateAsync(valid, "replica-b", CancellationToken.None)).Error);

        // On PostgreSQL the write's announcement may have made the look already; either way, after one it is in the feed.
        await watcher.LookAsync(CancellationToken.None);
        Assert.Contains("Wild Flower", await anon.GetStringAsync($"/feeds/{rm}.ics"), StringComparison.Ordinal);
    }
}
