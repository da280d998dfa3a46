using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;
using ReleaseCalendar.Tests.Ingest.MusicBrainz;

namespace ReleaseCalendar.Tests.Ingest.EndToEnd;

/// <summary>Sources run against a fake upstream over real HTTP: MusicBrainz paging and etiquette, conditional GET,
/// TVmaze episodes in feeds, faults, the address guard, interrupted runs, and runs through the scheduler.</summary>
public sealed class IngestEndToEndTests(IngestHost host) : IClassFixture<IngestHost>
{
    static string Groups(int total, int offset, params (string Id, string Title, string Type, string Date)[] groups) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["release-group-count"] = total, ["release-group-offset"] = offset,
            ["release-groups"] = groups.Select(g => new Dictionary<string, object>
            {
                ["id"] = g.Id, ["title"] = g.Title, ["primary-type"] = g.Type, ["secondary-types"] = Array.Empty<string>(),
                ["first-release-date"] = g.Date, ["disambiguation"] = "",
            }).ToList(),
        });

    /// <summary>An artist with three release groups on two pages (page size 2), each page with its own ETag.</summary>
    static (string Mbid, (string, string, string, string)[] Groups) Artist(FakeUpstream fake, string indigoDate = "2022-12-02", bool third = true)
    {
        var mbid = Guid.NewGuid().ToString();
        var groups = new[]
        {
            (Guid.NewGuid().ToString(), "Indigo", "Album", indigoDate),
            (Guid.NewGuid().ToString(), "Come Back to Me", "Single", "2024-05-10"),
            (Guid.NewGuid().ToString(), "Right Place, Wrong Person", "Album", "2024-05"),
        };
        Serve(fake, mbid, groups, third, "v1");
        return (mbid, groups);
    }

    static void Serve(FakeUpstream fake, string mbid, (string, string, string, string)[] groups, bool third, string version)
    {
        var total = third ? 3 : 2;
        fake.Map("/ws/2/release-group", FakeResponse.Json(Groups(total, 0, groups[0], groups[1]), etag: $"\"{mbid}-0-{version}\""), $"artist={mbid}&offset=0");
        fake.Map("/ws/2/release-group", FakeResponse.Json(Groups(total, 2, third ? [groups[2]] : []), etag: $"\"{mbid}-2-{version}\""), $"artist={mbid}&offset=2");
        // The month-only album's releases: none with a day, so its date stays "2024-05".
        fake.Map("/ws/2/release", FakeResponse.Json("""{"release-count":0,"release-offset":0,"releases":[]}"""), $"release-group={groups[2].Item1}");
    }

    async Task<List<ReleaseResponse>> ReleasesAsync(string slug) =>
        (await (await host.Anon.GetAsync($"/api/releases?subjects={slug}&includeMembers=false&limit=200")).ReadAsync<ReleasePage>()).Items.ToList();

    [Fact]
    public async Task MusicBrainz_FirstRunPagesPolitely_RerunIsAll304_ChangedBodySameItemsWritesNothing()
    {
        var rm = await host.Catalog.SubjectAsync("rm");
        var (mbid, groups) = Artist(host.Upstream);
        var source = await host.SourceAsync("musicbrainz", rm, mbid);
        var before = host.Upstream.Requests.Count;

        var first = await host.RunAsync(source.Id);
        Assert.Equal(RunStatus.Succeeded, first.Status);
        Assert.Equal((3, 3, 0), (first.Seen, first.Created, first.Rejected));
        var requests = host.Upstream.Requests.Skip(before).ToList();
        Assert.All(requests, r => Assert.Contains($"( {IngestHost.Contact} )", r.Headers["User-Agent"], StringComparison.Ordinal));
        Assert.All(requests.Zip(requests.Skip(1)), p => Assert.True(p.Second.ArrivedAt - p.First.ArrivedAt >= TimeSpan.FromSeconds(1),
            $"MusicBrainz requests {p.First.ArrivedAt:O} and {p.Second.ArrivedAt:O} are less than a second apart"));
        var releases = await ReleasesAsync(rm);
        Assert.Equal(["2022-12-02", "2024-05", "2024-05-10"], releases.Select(r => r.Date).Order(StringComparer.Ordinal));
        Assert.Equal(DatePrecision.Month, releases.Single(r => r.Title == "Right Place, Wrong Person").Precision);
        Assert.All(releases, r => Assert.Equal("musicbrainz", Assert.Single(r.Sources!).Type));
        var lastModified = (await host.Anon.GetAsync($"/feeds/{rm}.ics")).Content.Headers.LastModified;

        var again = await host.RunAsync(source.Id);
        Assert.True(again.NotModified);
        Assert.Equal((0, 0, 2), (again.Created + again.Updated, again.Seen, again.HttpCalls));

        // A new body (new ETags, another order) stating the same items: read, compared, nothing written.
        host.Upstream.Map("/ws/2/release-group", FakeResponse.Json(Groups(3, 0, groups[1], groups[0]), etag: "\"reordered\""), $"artist={mbid}&offset=0");
        host.Upstream.Map("/ws/2/release-group", FakeResponse.Json(Groups(3, 2, groups[2]), etag: "\"reordered-2\""), $"artist={mbid}&offset=2");
        var same = await host.RunAsync(source.Id);
        Assert.Equal((false, 3, 0, 0), (same.NotModified, same.Unchanged, same.Created, same.Updated));
        Assert.Equal(lastModified, (await host.Anon.GetAsync($"/feeds/{rm}.ics")).Content.Headers.LastModified);
        Assert.Equal(3, (await ReleasesAsync(rm)).Count);
    }

    [Fact]
    public async Task MusicBrainz_UpstreamChanges_UpdatesThenFlagsAMissingItemWithoutDeletingIt()
    {
        var rm = await host.Catalog.SubjectAsync("rm");
        var (mbid, groups) = Artist(host.Upstream);
        var source = await host.SourceAsync("musicbrainz", rm, mbid);
        Assert.Equal(3, (await host.RunAsync(source.Id)).Created);

        groups[0].Item4 = "2022-12-03";
        Serve(host.Upstream, mbid, groups, third: false, "v2");
        var changed = await host.RunAsync(source.Id);
        Assert.Equal((1, 0, 0), (changed.Updated, changed.Created, changed.Flagged));
        Assert.Equal("2022-12-03", (await ReleasesAsync(rm)).Single(r => r.Title == "Indigo").Date);

        Serve(host.Upstream, mbid, groups, third: false, "v3");
        var missedTwice = await host.RunAsync(source.Id);
        Assert.Equal(1, missedTwice.Flagged);   // Ingest:MissesBeforeFlag is 2 here
        Assert.Equal(3, (await ReleasesAsync(rm)).Count);
        var flagged = await (await host.Admin.GetAsync("/api/admin/flagged")).ReadAsync<List<FlaggedItemResponse>>();
        Assert.Contains(flagged, f => f.SourceId == source.Id && f.ExternalId == groups[2].Item1 && f.Title == "Right Place, Wrong Person");

        Serve(host.Upstream, mbid, groups, third: true, "v4");
        await host.RunAsync(source.Id);
        flagged = await (await host.Admin.GetAsync("/api/admin/flagged")).ReadAsync<List<FlaggedItemResponse>>();
        Assert.DoesNotContain(flagged, f => f.SourceId == source.Id);
    }

    [Fact]
    public async Task TvMaze_EpisodesLandInTheShowsFeedAndApiWithSeasonAndNumber()
    {
        var show = await host.Catalog.SubjectAsync("crown", "show");
        var id = Random.Shared.Next(100_000, 900_000);
        host.Upstream.MapTvMazeShow(id, "kr-network");
        var source = await host.SourceAsync("tvmaze", show, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var run = await host.RunAsync(source.Id);
        Assert.Equal(RunStatus.Succeeded, run.Status);
        var page = await (await host.Anon.GetAsync($"/api/releases?subjects={show}&kinds=episode&limit=200")).ReadAsync<ReleasePage>();
        var first = page.Items.First(r => r.Season == 1 && r.Episode == 1);
        Assert.Equal((ReleaseKind.Episode, "Asia/Seoul"), (first.Kind, first.TimeZone));
        Assert.Single(page.Items, r => r.Season == 1 && r.Episode == 1);
        var feed = await host.Anon.GetStringAsync($"/feeds/{show}.ics?lang=en");
        Assert.Contains("DTSTART;TZID=Asia/Seoul:", feed, StringComparison.Ordinal);
        var premiere = await (await host.Anon.GetAsync($"/api/releases?subjects={show}&kinds=drama")).ReadAsync<ReleasePage>();
        Assert.Single(premiere.Items);
        Assert.Equal(0, (await host.RunAsync(source.Id)).Created); // 304s, or at least nothing new
    }

    [IcsCheckFact]
    public async Task TvMaze_AnIngestedShowsFeed_IsReadByRealCalendarParsers()
    {
        // A US network show across a daylight-saving change, with specials and a premiere: shapes no admin typed in.
        var show = await host.Catalog.SubjectAsync("usshow", "show");
        var id = Random.Shared.Next(100_000, 900_000);
        host.Upstream.MapTvMazeShow(id, "us-network");
        var source = await host.SourceAsync("tvmaze", show, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(RunStatus.Succeeded, (await host.RunAsync(source.Id)).Status);
        foreach (var lang in new[] { "ru", "en" })
        {
            var (code, report) = await IcsCheck.RunAsync(await host.Anon.GetByteArrayAsync($"/feeds/{show}.ics?lang={lang}&alarm=PT1H"));
            Assert.True(code == 0, report);
        }
    }

    [Fact]
    public async Task Faults_503IsRetried_A500UpstreamFailsOnlyItsOwnRun()
    {
        // Back-off and Retry-After timing are the HTTP layer's tests (Ingest/Http); here: what a run records of them.
        var artist = await host.Catalog.SubjectAsync("faulty");
        var okPath = $"/ok-{Guid.NewGuid():N}.ics";
        host.Upstream.Map(okPath, FakeResponse.Text(Calendar("one@example.com", "20250110", "Faulty Album"), "text/calendar"))
            .Fail(okPath, FakeFault.Status(503, retryAfter: "0"));
        var ok = await host.SourceAsync("ical", artist, url: host.Upstream.Url(okPath).ToString());
        var run = await host.RunAsync(ok.Id);
        Assert.True(run.Status == RunStatus.Succeeded, run.Error);
        Assert.Equal((2, 1, 1), (run.HttpCalls, run.Retries, run.Created));

        var brokenPath = $"/broken-{Guid.NewGuid():N}.ics";
        host.Upstream.Map(brokenPath, FakeResponse.WithStatus(500, "boom"));
        var broken = await host.SourceAsync("ical", artist, url: host.Upstream.Url(brokenPath).ToString());
        var failed = await host.RunAsync(broken.Id);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Contains("HTTP 500", failed.Error, StringComparison.Ordinal);
        Assert.Equal((3, 2), (failed.HttpCalls, failed.Retries)); // Ingest:Http:MaxRetries is 2 here
        var stored = await (await host.Admin.GetAsync($"/api/admin/runs/{failed.Id}")).ReadAsync<RunResponse>();
        Assert.Equal(("failed", failed.Error), (stored.Status, stored.Error));
        // The failure is its own: the other source's releases stand, and it runs on.
        Assert.Single(await ReleasesAsync(artist));
        Assert.Equal(RunStatus.Succeeded, (await host.RunAsync(ok.Id)).Status);
    }

    static string Calendar(string uid, string date, string summary) =>
        $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250101T000000Z\r\n" +
        $"DTSTART;VALUE=DATE:{date}\r\nSUMMARY:{summary}\r\nCATEGORIES:Album\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    [Fact]
    public async Task Guard_ARedirectToAnAddressOutsideTheAllowlistFailsTheRunAndStoresNothing()
    {
        await using var outside = await FakeUpstream.StartAsync(host.Clock, "127.0.0.2");
        outside.Map("/cal.ics", FakeResponse.Text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar"));
        var artist = await host.Catalog.SubjectAsync("guarded");
        var source = await host.SourceAsync("ical", artist, url: host.Upstream.Url($"/moved-{Guid.NewGuid():N}.ics").ToString());
        host.Upstream.Fail(new Uri(source.Url!).AbsolutePath, FakeFault.RedirectTo(outside.Url("/cal.ics")));
        var run = await host.RunAsync(source.Id);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("127.0.0.2", run.Error, StringComparison.Ordinal);
        Assert.Empty(outside.Requests);
        Assert.Empty(await ReleasesAsync(artist));
    }

    [Fact]
    public async Task Guard_ARedirectToAFileUrlFailsTheRunInPlainWords()
    {
        var artist = await host.Catalog.SubjectAsync("redirected");
        var source = await host.SourceAsync("ical", artist, url: host.Upstream.Url($"/to-file-{Guid.NewGuid():N}.ics").ToString());
        host.Upstream.Fail(new Uri(source.Url!).AbsolutePath, FakeFault.RedirectTo(new Uri("file:///etc/passwd")));

        var run = await host.RunAsync(source.Id);

        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal($"ICal GET {source.Url}: the upstream redirected to file:///etc/passwd, which is not an http or https URL", run.Error);
        Assert.Equal((1, 0), (run.HttpCalls, run.Retries));
    }

    [Fact]
    public async Task Interrupted_ARunStoppedBetweenBatchesLeavesWholeBatches_TheNextCompletesWithoutDuplicates()
    {
        var rm = await host.Catalog.SubjectAsync("rm");
        var (mbid, _) = Artist(host.Upstream);
        var source = await host.SourceAsync("musicbrainz", rm, mbid);
        using var stop = new CancellationTokenSource();
        // Stop as soon as the first batch (Ingest:BatchSize is 2 here) is committed, before the second.
        var run = await host.RunAsync(source.Id, stop.Token, new SyncProgress(p => { if (p.Stage == "merging") stop.Cancel(); }));
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("Cancelled", run.Error, StringComparison.Ordinal);
        var afterStop = await ReleasesAsync(rm);
        Assert.Equal(2, afterStop.Count);   // the first batch, whole
        await using (var db = await host.DbAsync())
        {
            Assert.Equal(2, await db.SourceItems.CountAsync(i => i.SourceId == source.Id));
            Assert.Null((await db.Sources.SingleAsync(s => s.Id == source.Id)).LeaseRunId);
        }
        var next = await host.RunAsync(source.Id);
        Assert.Equal(RunStatus.Succeeded, next.Status);
        Assert.False(next.NotModified); // the stopped run saved no validators, so the upstream is read afresh
        var releases = await ReleasesAsync(rm);
        Assert.Equal(3, releases.Count);
        Assert.Equal(3, releases.Select(r => r.Title).Distinct().Count());
    }

    [Fact]
    public async Task Lease_ARunThatDiedHoldsItsSourceUntilTheLeaseEnds_ThenTheNextRunTakesOverAndSaysSo()
    {
        var rm = await host.Catalog.SubjectAsync("rm");
        var (mbid, _) = Artist(host.Upstream);
        var source = await host.SourceAsync("musicbrainz", rm, mbid);
        int dead;
        await using (var db = await host.DbAsync())
        {
            var run = new IngestRun { SourceId = source.Id, Status = RunStatus.Running, Trigger = "cli", StartedUtc = host.Clock.GetUtcNow().UtcDateTime };
            db.Runs.Add(run);
            await db.SaveChangesAsync();
            dead = run.Id;
            var s = await db.Sources.SingleAsync(x => x.Id == source.Id);
            (s.LeaseRunId, s.LeaseUntilUtc) = (dead, host.Clock.GetUtcNow().UtcDateTime.AddMinutes(10));
            await db.SaveChangesAsync();
        }
        var refused = await host.RunAsync(source.Id);
        Assert.Equal(RunStatus.Failed, refused.Status);
        Assert.Contains("in progress", refused.Error, StringComparison.Ordinal);
        Assert.Empty(await ReleasesAsync(rm));

        host.Clock.Advance(TimeSpan.FromMinutes(11));
        var takeover = await host.RunAsync(source.Id);
        Assert.Equal(RunStatus.Succeeded, takeover.Status);
        var old = await (await host.Admin.GetAsync($"/api/admin/runs/{dead}")).ReadAsync<RunResponse>();
        Assert.Equal("failed", old.Status);
        Assert.Contains("Interrupted", old.Error, StringComparison.Ordinal);
    }

    sealed class SyncProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}

/// <summary>Runs asked for through the admin API go through Quartz: 202 with the run's URL, one run at a time per source.</summary>
public sealed class ScheduledRunTests(SchedulerHost host) : IClassFixture<SchedulerHost>
{
    [Fact]
    public async Task Scheduler_RunNowIs202WithTheRunsUrl_TwoRunsOfOneSourceNeverOverlap()
    {
        var id = Random.Shared.Next(100_000, 900_000);
        host.Upstream.MapTvMazeShow(id, "kr-network");
        var show = await host.Catalog.SubjectAsync("crown", "show");
        var source = await host.SourceAsync("tvmaze", show, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var one = await host.Admin.PostAsync($"/api/admin/sources/{source.Id}/run", null);
        var two = await host.Admin.PostAsync($"/api/admin/sources/{source.Id}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, one.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, two.StatusCode);
        var first = await FinishedAsync(one.Headers.Location!);
        var second = await FinishedAsync(two.Headers.Location!);
        Assert.Equal(("succeeded", "succeeded"), (first.Status, second.Status));
        // The runs' own clock is the test's (it does not move here), so the upstream tells: had they overlapped, their
        // requests would interleave (show, show, episodes, episodes); one after the other they pair up.
        var paths = host.Upstream.Requests.Where(r => r.Path.StartsWith($"/shows/{id}", StringComparison.Ordinal)).Select(r => r.Path).ToList();
        Assert.Equal([$"/shows/{id}", $"/shows/{id}/episodes", $"/shows/{id}", $"/shows/{id}/episodes"], paths);
        var later = first.Id < second.Id ? second : first;
        Assert.True(second.Created + first.Created > 0);
        Assert.Equal(0, later.Created); // the second run found everything the first stored
        var runs = await (await host.Admin.GetAsync($"/api/admin/sources/{source.Id}/runs")).ReadAsync<List<RunResponse>>();
        Assert.Equal(2, runs.Count);
    }

    /// <summary>Polls the run until it leaves "running": the run goes on on a scheduler thread.</summary>
    async Task<RunResponse> FinishedAsync(Uri location)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var run = await (await host.Admin.GetAsync(location)).ReadAsync<RunResponse>();
            if (run.Status != "running") return run;
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System);
        }
        throw new TimeoutException($"{location} still running");
    }

}
