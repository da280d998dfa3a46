using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReleaseCalendar.Data;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>A write that lands while a feed is being read: the feed goes out either before it or after it, and its
/// Last-Modified says which, so an If-Modified-Since client never keeps the old content under the new date.</summary>
public sealed class FeedSnapshotTests
{
    /// <summary>Runs a write (over HTTP) just before the loader reads the credits of the releases it has read.</summary>
    sealed class WriteBetweenReads : DbCommandInterceptor
    {
        Func<Task>? _write;

        public void Arm(Func<Task> write) => Volatile.Write(ref _write, write);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INNER JOIN \"ReleaseSubjects\"", StringComparison.Ordinal)
                && command.CommandText.Contains("\"Position\"", StringComparison.Ordinal)
                && Interlocked.Exchange(ref _write, null) is { } write)
                await write();
            return result;
        }
    }

    [Fact]
    public async Task WriteDuringALoad_FeedIsConsistentWithItsLastModified()
    {
        var hook = new WriteBetweenReads();
        await using var app = new AppFactory().WithServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(hook)));
        var admin = app.Client(admin: true);
        var anon = app.Client();
        var slug = await new Seed(admin).SubjectAsync("mid");
        var release = await new Seed(admin).ReleaseAsync([slug], "Before", "single", "2024-06-01");
        app.Clock.Advance(TimeSpan.FromMinutes(1)); // the write below gets a later stamp than the release's creation

        hook.Arm(async () =>
        {
            var put = await admin.PutJsonAsync($"/api/admin/releases/{release.Id}",
                new { subjects = new[] { slug }, title = "After", kind = "single", date = "2024-06-01" });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        });
        var first = await anon.GetAsync($"/feeds/{slug}.ics?lang=en");
        var firstText = await first.Content.ReadAsStringAsync();
        Assert.Contains("Before", firstText, StringComparison.Ordinal); // read from the state before the write

        var again = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{slug}.ics?lang=en");
        again.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var second = await anon.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("After", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
