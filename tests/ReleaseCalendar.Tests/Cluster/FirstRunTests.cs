using System.Net;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Cluster;

/// <summary>An enabled source that never ran runs once at start-up: once for the cluster, not once per replica.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task NeverRunSource_TwoReplicasStartTogether_OneFirstRun()
    {
        var database = PostgresServer.CreateDatabase();
        await using var upstream = await FakeUpstream.StartAsync();
        try
        {
            var scheduler = $"rc-cluster-{Guid.NewGuid():N}";
            var settings = ClusterReplica.Settings(database, upstream.BaseUrl, scheduler);
            var mbid = MusicBrainz.Artist(upstream);
            int source;
            // A replica without a scheduler adds the source (enabled, next due at 04:00), then goes away.
            await using (var setup = await ClusterReplica.StartAsync("setup", new Dictionary<string, string>(settings) { ["Ingest__SchedulerEnabled"] = "false" }))
            {
                var slug = await new Seed(setup.Admin).SubjectAsync("jhope");
                var created = await setup.Admin.PostJsonAsync("/api/admin/sources", new
                { type = "musicbrainz", externalId = mbid, subjects = new[] { slug }, schedule = "0 0 4 * * ?", enabled = true });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                source = (await created.ReadAsync<SourceResponse>()).Id;
            }

            var a = ClusterReplica.StartAsync("A", settings);
            var b = ClusterReplica.StartAsync("B", settings);
            await using var first = await a;
            await using var second = await b;
            await Poll.UntilAsync(async () => (await RunsAsync(first, source)).Any(r => r.Status != "running"), "the first run");

            var runs = await RunsAsync(second, source);
            var run = Assert.Single(runs);
            Assert.Equal(("first", "succeeded"), (run.Trigger, run.Status));
            Assert.Equal(1, upstream.Requests.Count(r => r.Query.Contains(mbid, StringComparison.Ordinal)));
        }
        finally { PostgresServer.DropDatabase(database); }
    }

    static async Task<List<RunResponse>> RunsAsync(ClusterReplica replica, int source) =>
        await (await replica.Admin.GetAsync($"/api/admin/sources/{source}/runs")).ReadAsync<List<RunResponse>>();
}
