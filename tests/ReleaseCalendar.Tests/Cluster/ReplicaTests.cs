using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Npgsql;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Cluster;

/// <summary>Issue #11 §3 with real parts: two service processes on two ports, one PostgreSQL database, Quartz clustered
/// on it, a fake MusicBrainz on 127.0.0.1.</summary>
public sealed class ReplicaTests(TwoReplicas cluster) : IClassFixture<TwoReplicas>
{
    [Fact]
    public async Task BothReplicas_CheckInAsTwoQuartzNodes()
    {
        // One id for both (Quartz takes a literal "AUTO" as an id) would make them one node: no failure seen, no recovery.
        await using var db = new NpgsqlConnection(cluster.Database);
        await db.OpenAsync();
        await using var nodes = new NpgsqlCommand(
            $"SELECT count(DISTINCT instance_name) FROM {QuartzSchema.TablePrefix}scheduler_state WHERE sched_name = $1", db)
        { Parameters = { new() { Value = cluster.SchedulerName } } };
        // A node's first check-in follows its start: wait for both rather than read the table at once (a clean-clone run
        // once read it while the second replica had not yet checked in).
        await Poll.UntilAsync(async () => (long)(await nodes.ExecuteScalarAsync())! >= 2, "two Quartz nodes checked in", TimeSpan.FromSeconds(30));
        Assert.Equal(2L, await nodes.ExecuteScalarAsync());
    }

    /// <summary>B's poll is 10 minutes here, so only the change channel can bring A's write to B's feed within the wait.
    /// How fast it does (the one second) is a measurement, not a test's: `deploy/try-local.sh` times it on two
    /// real replicas behind nginx (deploy/README.md, "What was started here"); a timed assertion here failed a CI run at
    /// 1,008 ms on a quiet machine.</summary>
    [Fact]
    public async Task WriteOnA_FeedOnBChangesThroughTheChannel_SameBytesAndValidatorsOnBoth()
    {
        var seed = new Seed(cluster.A.Admin);
        var slug = await seed.SubjectAsync("jin");
        var worst = TimeSpan.Zero;
        for (var i = 0; i < 3; i++)
        {
            var title = $"Happy {i} {Guid.NewGuid():N}";
            var before = await cluster.B.Anon.GetAsync($"/feeds/{slug}.ics");   // cached on B from here on
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            Assert.DoesNotContain(title, await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var seen = cluster.B.Events(405).Count;

            var clock = Stopwatch.StartNew();   // from before the write's request: the write itself counts
            await seed.ReleaseAsync([slug], title, "album", $"2024-11-{15 + i:00}");
            await Poll.UntilAsync(async () => (await cluster.B.Anon.GetStringAsync($"/feeds/{slug}.ics")).Contains(title, StringComparison.Ordinal),
                $"B serving write {i}", TimeSpan.FromSeconds(10));
            var took = clock.Elapsed;
            worst = took > worst ? took : worst;
            // B dropped the feed because it heard of another process's write (its poll is 10 minutes here). Its log line
            // comes through the console logger's queue and a pipe, so it may reach this process after the new feed did
            // (a clean-clone run on PostgreSQL read the log a moment too early): wait for it as for the feed.
            await Poll.UntilAsync(() => cluster.B.Events(405).Count > seen, $"B logging write {i} as another process's", TimeSpan.FromSeconds(10));
        }

        var onA = await cluster.A.Anon.GetAsync($"/feeds/{slug}.ics");
        var onB = await cluster.B.Anon.GetAsync($"/feeds/{slug}.ics");
        Assert.Equal(await onA.Content.ReadAsByteArrayAsync(), await onB.Content.ReadAsByteArrayAsync());
        Assert.Equal(onA.Headers.ETag, onB.Headers.ETag);
        Assert.Equal(onA.Content.Headers.LastModified, onB.Content.Headers.LastModified);
        var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{slug}.ics");
        revalidate.Headers.IfNoneMatch.Add(onA.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await cluster.B.Anon.SendAsync(revalidate)).StatusCode);
        Console.WriteLine($"Cluster propagation, worst of 3 writes A→B: {worst.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task RunsAskedOfBothReplicas_EachRunsOnceOnOneNode()
    {
        var slug = await new Seed(cluster.A.Admin).SubjectAsync("suga");
        var mbid = MusicBrainz.Artist(cluster.Upstream);
        var source = await MusicBrainz.SourceAsync(cluster.A.Admin, slug, mbid);
        int Calls() => cluster.Upstream.Requests.Count(r => r.Path == "/ws/2/release-group" && r.Query.Contains(mbid, StringComparison.Ordinal));

        var runs = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var replica = i % 2 == 0 ? cluster.A : cluster.B;
            var asked = await replica.Admin.PostAsync($"/api/admin/sources/{source}/run", null);
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
            runs.Add((await asked.ReadAsync<RunResponse>()).Id);
        }
        foreach (var run in runs) Assert.Equal("succeeded", (await MusicBrainz.FinishedAsync(cluster.B.Admin, run)).Status);

        // Each run read the upstream once (conditionally after the first) and started on exactly one of the nodes.
        Assert.Equal(runs.Count, Calls());
        Assert.Equal(runs.Order(), (await StartedAsync(runs)).Order());
        var all = await (await cluster.A.Admin.GetAsync($"/api/admin/sources/{source}/runs")).ReadAsync<List<RunResponse>>();
        Assert.Equal(runs.Order(), all.Select(r => r.Id).Order());
        Console.WriteLine($"Runs on A: {cluster.A.RunsStarted().Count(runs.Contains)}, on B: {cluster.B.RunsStarted().Count(runs.Contains)}");
    }

    [Fact]
    public async Task ScheduleChangedThroughB_FiresOnTheCluster_OncePerSlot()
    {
        var slug = await new Seed(cluster.A.Admin).SubjectAsync("rm");
        var mbid = MusicBrainz.Artist(cluster.Upstream);
        var source = await MusicBrainz.SourceAsync(cluster.A.Admin, slug, mbid);
        var current = await cluster.B.Admin.GetAsync($"/api/admin/sources/{source}");

        // Every two seconds, through B; A had created it disabled.
        var put = await cluster.B.Admin.PutJsonAsync($"/api/admin/sources/{source}", Request(enabled: true), current.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        try
        {
            await Poll.UntilAsync(async () => (await ScheduledAsync(source)).Count(r => r.Status != "running") >= 2,
                "two scheduled runs", TimeSpan.FromSeconds(60));
        }
        finally
        {
            // Through A: the schedule stops for the whole cluster (the other tests here count this fake's requests).
            var stop = await cluster.A.Admin.GetAsync($"/api/admin/sources/{source}");
            var disable = await cluster.A.Admin.PutJsonAsync($"/api/admin/sources/{source}", Request(enabled: false), stop.Headers.ETag!.Tag);
            Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        }
        Assert.Null((await (await cluster.B.Admin.GetAsync($"/api/admin/sources/{source}")).ReadAsync<SourceResponse>()).NextRunAt);

        var scheduled = (await ScheduledAsync(source)).Where(r => r.Status != "running").ToList();
        var ids = scheduled.Select(r => r.Id).ToList();
        // No slot ran twice: no run failed for finding its source taken, and each started on one node only.
        Assert.All(scheduled, r => Assert.Equal("succeeded", r.Status));
        Assert.Equal(ids.Order(), (await StartedAsync(ids)).Order());

        object Request(bool enabled) => new { type = "musicbrainz", externalId = mbid, subjects = new[] { slug }, schedule = "0/2 * * * * ?", enabled };
    }

    /// <summary>The starts both replicas logged for these runs, once each has come through (a log line travels a queue
    /// and a pipe, so it may arrive after the run's finish was read through the API); a run started twice shows twice.</summary>
    async Task<List<int>> StartedAsync(IReadOnlyCollection<int> runs)
    {
        List<int> Logged() => [.. cluster.Both.SelectMany(r => r.RunsStarted()).Where(runs.Contains)];
        await Poll.UntilAsync(() => runs.All(Logged().Contains), "both replicas' logs naming every run's start", TimeSpan.FromSeconds(10));
        return Logged();
    }

    async Task<List<RunResponse>> ScheduledAsync(int source) =>
        (await (await cluster.A.Admin.GetAsync($"/api/admin/sources/{source}/runs")).ReadAsync<List<RunResponse>>())
            .Where(r => r.Trigger == "schedule").ToList();

    [Fact]
    public async Task SameIfMatchOnBothReplicas_One200One412_NoLostUpdate()
    {
        var seed = new Seed(cluster.A.Admin);
        var slug = await seed.SubjectAsync("v");
        var created = await cluster.A.Admin.PostJsonAsync("/api/admin/releases",
            new { subjects = new[] { slug }, title = "Layover", kind = "album", date = "2023-09-08" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadAsync<ReleaseResponse>()).Id;
        var etag = created.Headers.ETag!.Tag;

        for (var round = 0; round < 8; round++)
        {
            var titles = new[] { $"A{round}", $"B{round}" };
            var replicas = new[] { cluster.A, cluster.B };
            var answers = await Task.WhenAll(replicas.Select((r, i) => r.Admin.PutJsonAsync($"/api/admin/releases/{id}",
                new { subjects = new[] { slug }, title = titles[i], kind = "album", date = "2023-09-08" }, etag)));

            var codes = answers.Select(a => a.StatusCode).ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], codes.Order());
            var winner = codes.IndexOf(HttpStatusCode.OK);
            // What either replica reads now is the winner's write, under the ETag the winner was given.
            foreach (var replica in replicas)
            {
                var now = await replica.Admin.GetAsync($"/api/admin/releases/{id}");
                Assert.Equal(titles[winner], (await now.ReadAsync<ReleaseResponse>()).Title);
                Assert.Equal(answers[winner].Headers.ETag, now.Headers.ETag);
            }
            Assert.NotEqual(etag, answers[winner].Headers.ETag!.Tag);
            etag = answers[winner].Headers.ETag!.Tag;
        }
    }
}

/// <summary>A replica killed with kill -9 in the middle of a run: Quartz on the other recovers the job, and the run's
/// record is finished there, not left "running" nor doubled. Its own two replicas: one of them dies.</summary>
public sealed class ReplicaFailoverTests
{
    [Fact]
    public async Task RunningReplicaKilled_OtherRecoversAndFinishesTheSameRun()
    {
        var cluster = new TwoReplicas();
        await cluster.InitializeAsync();
        try
        {
            var slug = await new Seed(cluster.A.Admin).SubjectAsync("jimin");
            var mbid = MusicBrainz.Artist(cluster.Upstream);
            var source = await MusicBrainz.SourceAsync(cluster.A.Admin, slug, mbid);
            // The first read is held until its reader goes away: the run is "during" for as long as the test needs.
            cluster.Upstream.Fail("/ws/2/release-group", FakeFault.Hang);

            var asked = await cluster.A.Admin.PostAsync($"/api/admin/sources/{source}/run", null);
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
            var run = (await asked.ReadAsync<RunResponse>()).Id;
            await cluster.Upstream.WaitForRequestsAsync("/ws/2/release-group", 1).WaitAsync(TimeSpan.FromSeconds(60));
            await Poll.UntilAsync(() => cluster.Both.Any(r => r.RunsStarted().Contains(run)), "a replica logging the run's start");
            var doomed = cluster.Both.Single(r => r.RunsStarted().Contains(run));
            var survivor = cluster.Both.Single(r => r != doomed);

            await doomed.KillAsync();
            var down = Stopwatch.StartNew();
            Assert.Equal("running", (await (await survivor.Admin.GetAsync($"/api/admin/runs/{run}")).ReadAsync<RunResponse>()).Status);

            // Quartz finds the node dead once its check-ins stop (Data/JobStore.cs) and re-runs the job on the survivor.
            RunResponse finished;
            try { finished = await MusicBrainz.FinishedAsync(survivor.Admin, run, TimeSpan.FromSeconds(120)); }
            catch (Exception e) when (e is Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"{e.Message}\nSurvivor {survivor.Name}'s log:\n{survivor.Log}");
            }
            Console.WriteLine($"Run {run} recovered on {survivor.Name} and finished {down.Elapsed.TotalSeconds:0} s after kill -9 of {doomed.Name}");
            Assert.Equal("succeeded", finished.Status);
            Assert.Equal(2, finished.Seen);
            Assert.Contains(run, survivor.RunsStarted());
            var runs = await (await survivor.Admin.GetAsync($"/api/admin/sources/{source}/runs")).ReadAsync<List<RunResponse>>();
            Assert.Equal(run, Assert.Single(runs).Id);
            Assert.Equal(2, cluster.Upstream.Count("/ws/2/release-group"));   // the held read, and the survivor's
            var feed = await survivor.Anon.GetStringAsync($"/feeds/{slug}.ics?lang=en");
            Assert.Contains("Face", feed, StringComparison.Ordinal);
        }
        finally { await cluster.DisposeAsync(); }
    }
}

/// <summary>A MusicBrainz artist on the fake, and runs of its source through the admin API.</summary>
internal static class MusicBrainz
{
    /// <summary>An artist with two release groups, both with a day, on one page (so one request a run).</summary>
    public static string Artist(FakeUpstream fake)
    {
        var mbid = Guid.NewGuid().ToString();
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["release-group-count"] = 2, ["release-group-offset"] = 0,
            ["release-groups"] = new[] { ("Face", "2023-03-24"), ("Muse", "2024-07-19") }.Select(g => new Dictionary<string, object>
            {
                ["id"] = Guid.NewGuid().ToString(), ["title"] = g.Item1, ["primary-type"] = "Album",
                ["secondary-types"] = Array.Empty<string>(), ["first-release-date"] = g.Item2, ["disambiguation"] = "",
            }).ToList(),
        });
        fake.Map("/ws/2/release-group", FakeResponse.Json(body, etag: $"\"{mbid}\""), $"artist={mbid}&offset=0");
        return mbid;
    }

    /// <summary>A disabled source (it runs only when asked), created through <paramref name="admin"/>; its id.</summary>
    public static async Task<int> SourceAsync(HttpClient admin, string subject, string mbid)
    {
        var response = await admin.PostJsonAsync("/api/admin/sources", new
        { type = "musicbrainz", externalId = mbid, subjects = new[] { subject }, schedule = "0 0 4 * * ?", enabled = false });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadAsync<SourceResponse>()).Id;
    }

    public static async Task<RunResponse> FinishedAsync(HttpClient admin, int run, TimeSpan? within = null)
    {
        RunResponse? last = null;
        await Poll.UntilAsync(async () =>
        {
            last = await (await admin.GetAsync($"/api/admin/runs/{run}")).ReadAsync<RunResponse>();
            return last.Status != "running";
        }, $"run {run} finishing", within ?? TimeSpan.FromSeconds(60));
        return last!;
    }
}
