using System.Text;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest.Http;

public sealed class UpstreamResilienceTests
{
    const string Path = "/feed.ics";
    static readonly FakeResponse Ok = FakeResponse.Text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar");

    [Fact]
    public async Task Get_Two503sThen200_ThreeCallsTwoRetries()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map(Path, Ok).Fail(Path, FakeFault.Status(503), FakeFault.Status(503));

        var response = await h.GetAsync(h.Fake.Url(Path));

        Assert.Equal("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal("text/calendar", response.MediaType);
        Assert.Equal(3, h.Fake.Count(Path));
        Assert.Equal(3, h.Counters.HttpCalls);
        Assert.Equal(2, h.Counters.Retries);
        Assert.Equal(2, h.Log.Lines.Count(l => l.Id.Id == 801));
        // Exponential back-off: the second wait is the longer one on average; at least both waited on the clock.
        var arrivals = h.Fake.Requests.Select(r => r.ArrivedAt).ToList();
        Assert.True(arrivals[1] > arrivals[0] && arrivals[2] > arrivals[1]);
    }

    [Fact]
    public async Task Get_AlwaysFailing_GivesUpAfterMaxRetriesNamingStatus()
    {
        await using var h = await UpstreamHarness.StartAsync(new Dictionary<string, string?> { ["Ingest:Http:MaxRetries"] = "3" });
        h.Fake.Map(Path, FakeResponse.WithStatus(500));

        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(h.Fake.Url(Path)));

        Assert.Contains("ICal GET " + h.Fake.Url(Path), e.Message);
        Assert.Contains("HTTP 500", e.Message);
        Assert.Equal(4, h.Counters.HttpCalls);
        Assert.Equal(3, h.Counters.Retries);
    }

    [Fact]
    public async Task Get_404_NotRetried()
    {
        await using var h = await UpstreamHarness.StartAsync();

        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(h.Fake.Url("/missing")));

        Assert.Contains("HTTP 404", e.Message);
        Assert.Equal(1, h.Counters.HttpCalls);
        Assert.Equal(0, h.Counters.Retries);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Get_RetryAfterSeconds_WaitsExactlyThatLong(int status)
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map(Path, Ok).Fail(Path, FakeFault.Status(status, retryAfter: "7"));

        await h.GetAsync(h.Fake.Url(Path), upstream: Upstream.TvMaze);

        var arrivals = h.Fake.Requests.Select(r => r.ArrivedAt).ToList();
        Assert.Equal(TimeSpan.FromSeconds(7), arrivals[1] - arrivals[0]);
        Assert.Equal(1, h.Counters.Retries);
    }

    [Fact]
    public async Task Get_RetryAfterHttpDate_WaitsUntilThatDate()
    {
        await using var h = await UpstreamHarness.StartAsync();
        var until = h.Clock.GetUtcNow().AddSeconds(12);
        h.Fake.Map(Path, Ok).Fail(Path, FakeFault.Status(503, retryAfter: until.ToString("R")));

        await h.GetAsync(h.Fake.Url(Path));

        Assert.Equal(until, h.Fake.Requests[1].ArrivedAt);
    }

    [Fact]
    public async Task Get_HangLongerThanAttemptTimeout_RetriedAfterTheTimeout()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map(Path, Ok).Fail(Path, FakeFault.Hang);

        var get = h.Http.ForRun(h.Counters).GetAsync(Upstream.ICal, h.Fake.Url(Path), null, CancellationToken.None);
        await h.Fake.WaitForRequestsAsync(Path, 1);
        h.Clock.Advance(UpstreamHarness.AttemptTimeout);   // the attempt timeout is the only thing left to fire
        var response = await h.Clock.RunAsync(get);

        Assert.False(response.NotModified);
        Assert.Equal(2, h.Counters.HttpCalls);
        Assert.Equal(1, h.Counters.Retries);
        Assert.True(h.Fake.Requests[1].ArrivedAt - h.Fake.Requests[0].ArrivedAt >= UpstreamHarness.AttemptTimeout);
    }

    [Fact]
    public async Task Get_SlowDripPastAttemptTimeout_RetriedInsideThePipeline()
    {
        await using var h = await UpstreamHarness.StartAsync();
        var drip = FakeFault.SlowDrip(TimeSpan.FromSeconds(1));
        h.Fake.Map(Path, Ok).Fail(Path, drip);

        var get = h.Http.ForRun(h.Counters).GetAsync(Upstream.ICal, h.Fake.Url(Path), null, CancellationToken.None);
        await drip.Dripping;                                // the client has its headers and is reading the body
        h.Clock.Advance(UpstreamHarness.AttemptTimeout);
        var response = await h.Clock.RunAsync(get);

        Assert.Equal(Ok.Body, response.Body.ToArray());
        Assert.Equal(2, h.Counters.HttpCalls);
        Assert.Equal(1, h.Counters.Retries);
    }

    [Fact]
    public async Task Get_ResetMidBody_Retried()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map(Path, Ok).Fail(Path, FakeFault.ResetMidBody);

        var response = await h.GetAsync(h.Fake.Url(Path));

        Assert.Equal(Ok.Body, response.Body.ToArray());
        Assert.Equal((2, 1), (h.Counters.HttpCalls, h.Counters.Retries));
    }

    [Fact]
    public async Task Get_TruncatedBody_Retried()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map(Path, Ok).Fail(Path, FakeFault.Truncated, FakeFault.Truncated);

        var response = await h.GetAsync(h.Fake.Url(Path));

        Assert.Equal(Ok.Body, response.Body.ToArray());
        Assert.Equal((3, 2), (h.Counters.HttpCalls, h.Counters.Retries));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Get_BodyOverSizeLimit_FailsWithoutRetry(bool chunked)
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Fail(Path, FakeFault.Oversized(11L * 1024 * 1024, chunked));

        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(h.Fake.Url(Path)));

        Assert.Contains("larger than the 10 MB limit", e.Message);
        Assert.Equal((1, 0), (h.Counters.HttpCalls, h.Counters.Retries));
    }

    [Fact]
    public async Task Get_BodyExactlyAtSizeLimit_IsRead()
    {
        await using var h = await UpstreamHarness.StartAsync(new Dictionary<string, string?> { ["Ingest:Http:MaxResponseBytes"] = "65536" });
        h.Fake.Fail(Path, FakeFault.Oversized(65536, chunked: true));

        var response = await h.GetAsync(h.Fake.Url(Path));

        Assert.Equal(65536, response.Body.Length);
    }

    [Fact]
    public async Task Get_WithStoredValidators_UnchangedUpstreamCostsOne304()
    {
        await using var h = await UpstreamHarness.StartAsync();
        var lastModified = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        h.Fake.Map(Path, Ok with { ETag = "\"v1\"", LastModified = lastModified });

        var first = await h.GetAsync(h.Fake.Url(Path));
        var second = await h.GetAsync(h.Fake.Url(Path), first.Validators);

        Assert.Equal(new Validators("\"v1\"", lastModified), first.Validators);
        Assert.True(second.NotModified);
        Assert.True(second.Body.IsEmpty);
        Assert.Equal(first.Validators, second.Validators);
        Assert.Equal(2, h.Counters.HttpCalls);
        Assert.Equal("\"v1\"", h.Fake.Requests[1].Headers["If-None-Match"]);
    }

    [Fact]
    public async Task Get_OnlyLastModifiedKnown_SendsIfModifiedSince()
    {
        await using var h = await UpstreamHarness.StartAsync();
        var lastModified = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        h.Fake.Map(Path, Ok with { LastModified = lastModified });

        var second = await h.GetAsync(h.Fake.Url(Path), new Validators(null, lastModified));

        Assert.True(second.NotModified);
        Assert.Equal(lastModified.ToString("R"), h.Fake.Requests[0].Headers["If-Modified-Since"]);
    }

    [Fact]
    public async Task Get_UpstreamChangedBetweenRuns_Returns200WithNewValidators()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map(Path, Ok with { ETag = "\"v1\"" });
        var first = await h.GetAsync(h.Fake.Url(Path));
        var changed = FakeResponse.Text("BEGIN:VCALENDAR\r\nX-CHANGED:1\r\nEND:VCALENDAR\r\n", "text/calendar", etag: "\"v2\"");
        h.Fake.Map(Path, changed);

        var second = await h.GetAsync(h.Fake.Url(Path), first.Validators);

        Assert.False(second.NotModified);
        Assert.Equal(changed.Body, second.Body.ToArray());
        Assert.Equal("\"v2\"", second.Validators?.ETag);
    }

    [Fact]
    public async Task Get_RepeatedFailures_OpenTheCircuitUntilItsBreakEnds()
    {
        await using var h = await UpstreamHarness.StartAsync(new Dictionary<string, string?> { ["Ingest:Http:MaxRetries"] = "2" });
        h.Fake.Map(Path, FakeResponse.WithStatus(500));
        var url = h.Fake.Url(Path);

        // Two requests of three attempts each: six failures in a row open the circuit.
        await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(url));
        await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(url));
        var open = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(url));
        Assert.Contains("circuit open", open.Message);
        Assert.Equal(6, h.Fake.Count(Path));
        Assert.Contains(h.Log.Lines, l => l.Id.Id == 802);
        await using (var otherHost = await FakeUpstream.StartAsync(h.Clock))
        {
            otherHost.Map(Path, Ok);
            await h.GetAsync(otherHost.Url(Path));   // the circuit is per host: another feed still works
        }

        h.Fake.Map(Path, Ok);
        h.Clock.Advance(TimeSpan.FromSeconds(30));   // Ingest:Http:CircuitBreakDuration
        await h.GetAsync(url);                         // the half-open probe succeeds and closes it
        await h.GetAsync(url);

        Assert.Equal(8, h.Fake.Count(Path));
        Assert.Contains(h.Log.Lines, l => l.Id.Id == 803);
    }

    [Fact]
    public async Task Get_TwoConcurrentMusicBrainzCallers_StartAtLeastOneSecondApart()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map("/ws/2/release-group", FakeResponse.Json("""{"release-groups":[]}"""));
        var run1 = h.Http.ForRun(new RunCounters());
        var run2 = h.Http.ForRun(new RunCounters());

        var first = run1.GetAsync(Upstream.MusicBrainz, h.Fake.Url("/ws/2/release-group?artist=a"), null, CancellationToken.None);
        var second = run2.GetAsync(Upstream.MusicBrainz, h.Fake.Url("/ws/2/release-group?artist=b"), null, CancellationToken.None);
        await h.Fake.WaitForRequestsAsync("/ws/2/release-group", 1);   // one went straight through; the other waits
        await h.Clock.RunAsync(Task.WhenAll(first, second));
        var third = await h.GetAsync(h.Fake.Url("/ws/2/release-group?artist=c"), upstream: Upstream.MusicBrainz);

        var arrivals = h.Fake.Requests.Select(r => r.ArrivedAt).ToList();
        Assert.Equal(3, arrivals.Count);
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromSeconds(1), $"{arrivals[0]:O} {arrivals[1]:O}");
        Assert.True(arrivals[2] - arrivals[1] >= TimeSpan.FromSeconds(1), $"{arrivals[1]:O} {arrivals[2]:O}");
    }

    [Fact]
    public async Task Get_MusicBrainzRetryWithoutDelay_StillWaitsForItsRateLimitSlot()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map("/ws/2/artist/x", FakeResponse.Json("{}")).Fail("/ws/2/artist/x", FakeFault.Status(503, retryAfter: "0"));

        await h.GetAsync(h.Fake.Url("/ws/2/artist/x"), upstream: Upstream.MusicBrainz);

        Assert.Equal(TimeSpan.FromSeconds(1.01), h.Fake.Requests[1].ArrivedAt - h.Fake.Requests[0].ArrivedAt); // 1 s and 1% for the network's jitter
        Assert.Equal(1, h.Counters.Retries);
    }

    [Fact]
    public async Task Get_AnyUpstream_SendsTheReleaseCalendarUserAgentWithContact()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map(Path, Ok);

        await h.GetAsync(h.Fake.Url(Path), upstream: Upstream.News);

        var agent = h.Fake.Requests[0].Headers["User-Agent"];
        Assert.Matches(@"^ReleaseCalendar/\d+\.\d+\.\d+[^+ ]* \( ingest-tests@example\.org \)$", agent);
    }

    [Fact]
    public async Task Get_Response_RecordsDurationWithUpstreamAndStatus()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map(Path, Ok);
        var recorded = new List<(double Seconds, string? Upstream, string? Status)>();
        var meters = h.Services.GetService(typeof(System.Diagnostics.Metrics.IMeterFactory));
        using var listener = new System.Diagnostics.Metrics.MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == "releasecalendar.ingest.upstream.duration") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            string? Tag(string key) => all.FirstOrDefault(t => t.Key == key).Value?.ToString();
            lock (recorded) recorded.Add((value, Tag("upstream"), Tag("status")));
        });
        listener.Start();

        await h.GetAsync(h.Fake.Url(Path), upstream: Upstream.TvMaze);
        await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(h.Fake.Url("/missing"), upstream: Upstream.TvMaze));

        Assert.Equal([("TvMaze", "200"), ("TvMaze", "404")], recorded.Select(r => (r.Upstream, r.Status)));
    }
}
