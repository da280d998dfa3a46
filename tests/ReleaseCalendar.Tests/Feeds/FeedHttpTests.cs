using System.Net;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>Feeds over real HTTP: content, conditional GET, cache invalidation, cancelled releases. The class shares
/// one host whose clock never moves; a test that moves time starts a host of its own (<see cref="OwnHost"/>), so no
/// test depends on what ran before it.</summary>
public sealed class FeedHttpTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    Task<(HttpResponseMessage Response, Calendar Calendar)> FeedAsync(string url) => FeedAsync(_anon, url);

    static async Task<(HttpResponseMessage Response, Calendar Calendar)> FeedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return (response, Calendar.Load(text)!);
    }

    /// <summary>A host of the test's own, for tests that advance its clock.</summary>
    sealed class OwnHost : IAsyncDisposable
    {
        public AppFactory App { get; } = new();
        public HttpClient Anon { get; }
        public HttpClient Admin { get; }
        public Seed Catalog => new(Admin);

        public OwnHost()
        {
            Anon = App.Client();
            Admin = App.Client(admin: true);
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    [Fact]
    public async Task SubjectFeed_ServesCalendarWithHeaders()
    {
        var rm = await Catalog.SubjectAsync("rm", en: "RM", ru: "RM");
        var album = await Catalog.ReleaseAsync([rm], "Right Place, Wrong Person", "album", "2024-05-24", "13:00", "Asia/Seoul");
        var (response, calendar) = await FeedAsync($"/feeds/{rm}.ics?lang=ru");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Contains("max-age", response.Headers.CacheControl?.ToString());
        var evt = Assert.Single(calendar.Events);
        Assert.Equal($"{album.Id:N}@releases.example.org", evt.Uid);
        Assert.Equal("RM — альбом «Right Place, Wrong Person»", evt.Summary);
        Assert.Equal("Asia/Seoul", evt.DtStart!.TzId);
        Assert.Equal(new DateTime(2024, 5, 24, 4, 0, 0, DateTimeKind.Utc), evt.DtStart.AsUtc);
        Assert.Single(calendar.TimeZones, z => z.TzId == "Asia/Seoul");
    }

    [Fact]
    public async Task SubjectFeed_UnknownSlug_Returns404Problem()
    {
        var response = await _anon.GetAsync("/feeds/nobody-at-all.ics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("lang=de", "lang")]
    [InlineData("alarm=soon", "alarm")]
    [InlineData("alarm=P30D", "alarm")]
    [InlineData("alarm=PT0.5S", "alarm")]
    [InlineData("alarm=PT59S", "alarm")]
    [InlineData("alarm=P7DT1S", "alarm")]
    [InlineData("pastDays=-1", "pastDays")]
    [InlineData("kinds=symphony", "kinds")]
    public async Task SubjectFeed_BadQuery_Returns400NamingField(string query, string field)
    {
        var rm = await Catalog.SubjectAsync("q");
        var response = await _anon.GetAsync($"/feeds/{rm}.ics?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GroupFeed_IncludesMembersByDefault_AndNotWhenAskedNot()
    {
        var bts = await Catalog.SubjectAsync("bts", kind: "group", en: "BTS");
        var rm = await Catalog.SubjectAsync("rm", en: "RM", memberOf: [bts]);
        await Catalog.ReleaseAsync([bts], "Proof", "album", "2022-06-10");
        var solo = await Catalog.ReleaseAsync([rm], "Indigo", "album", "2022-12-02");
        var (_, withMembers) = await FeedAsync($"/feeds/{bts}.ics");
        Assert.Equal(2, withMembers.Events.Count);
        Assert.Contains(withMembers.Events, e => e.Uid!.StartsWith($"{solo.Id:N}", StringComparison.Ordinal));
        var (_, groupOnly) = await FeedAsync($"/feeds/{bts}.ics?includeMembers=false");
        Assert.Equal("Proof", Assert.Single(groupOnly.Events).Summary!.Split('«', '"')[1].TrimEnd('»', '"'));
        var (_, member) = await FeedAsync($"/feeds/{rm}.ics");
        Assert.Single(member.Events); // a member's feed doesn't pull in the group's releases
    }

    [Fact]
    public async Task Feed_IsDeterministic_SameDataSameBytes()
    {
        await using var own = new OwnHost();
        var a = await own.Catalog.SubjectAsync("det");
        await own.Catalog.ReleaseAsync([a], "One", "single", "2024-05-10");
        await own.Catalog.ReleaseAsync([a], "Two", "album", "2024-06-10", "18:00", "Asia/Seoul");
        var first = await own.Anon.GetByteArrayAsync($"/feeds/{a}.ics");
        own.App.Clock.Advance(TimeSpan.FromMinutes(5));
        own.App.Service<FeedCache>().Clear(); // force a fresh load and render
        var second = await own.Anon.GetByteArrayAsync($"/feeds/{a}.ics");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ConditionalGet_IfNoneMatch_Returns304_AndAfterUpdate_NewETagAndSequence()
    {
        await using var own = new OwnHost();
        var a = await own.Catalog.SubjectAsync("etag");
        var release = await own.Catalog.ReleaseAsync([a], "Song", "single", "2024-05-10");
        var url = $"/feeds/{a}.ics";
        var (first, calendar) = await FeedAsync(own.Anon, url);
        Assert.Equal(0, calendar.Events.Single().Sequence);

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var notModified = await own.Anon.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        own.App.Clock.Advance(TimeSpan.FromHours(1));
        var put = await own.Admin.PutJsonAsync($"/api/admin/releases/{release.Id}", new { subjects = new[] { a }, title = "Song", kind = "single", date = "2024-05-17" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var changed = await own.Anon.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(first.Headers.ETag, changed.Headers.ETag);
        Assert.True(changed.Content.Headers.LastModified > first.Content.Headers.LastModified);
        var updated = Calendar.Load(await changed.Content.ReadAsStringAsync())!.Events.Single();
        Assert.Equal(1, updated.Sequence);
        Assert.Equal(new DateOnly(2024, 5, 17), DateOnly.FromDateTime(updated.DtStart!.Value));
    }

    [Fact]
    public async Task ConditionalGet_IfModifiedSince_Returns304UntilAWrite()
    {
        await using var own = new OwnHost();
        var a = await own.Catalog.SubjectAsync("ims");
        await own.Catalog.ReleaseAsync([a], "Song", "single", "2024-05-10");
        var url = $"/feeds/{a}.ics";
        var (first, _) = await FeedAsync(own.Anon, url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await own.Anon.SendAsync(request)).StatusCode);

        own.App.Clock.Advance(TimeSpan.FromMinutes(3));
        await own.Catalog.ReleaseAsync([a], "Another", "single", "2024-05-20");
        request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.OK, (await own.Anon.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Cache_IsInvalidatedExactlyByWritesThatTouchTheFeed()
    {
        var a = await Catalog.SubjectAsync("cache-a");
        var b = await Catalog.SubjectAsync("cache-b");
        await Catalog.ReleaseAsync([a], "A1", "single", "2024-05-10");
        await Catalog.ReleaseAsync([b], "B1", "single", "2024-05-10");
        var a1 = await _anon.GetAsync($"/feeds/{a}.ics");
        var b1 = await _anon.GetAsync($"/feeds/{b}.ics");

        await Catalog.ReleaseAsync([a], "A2", "single", "2024-05-11");

        var a2 = await FeedAsync($"/feeds/{a}.ics");
        Assert.NotEqual(a1.Headers.ETag, a2.Response.Headers.ETag); // never older than the last write
        Assert.Equal(2, a2.Calendar.Events.Count);
        var cache = app.Service<FeedCache>();
        Assert.True(cache.TryGet(CacheKeyOf(b), out _), "b's entry survived a write that didn't touch b");
        var b2 = await _anon.GetAsync($"/feeds/{b}.ics");
        Assert.Equal(b1.Headers.ETag, b2.Headers.ETag);
    }

    /// <summary>The cache key of a subject's default feed, as the endpoint computes it.</summary>
    string CacheKeyOf(string slug) =>
        FeedRequest.Parse(slug, new FeedQuery(null, null, null, null, null, null, null), app.Clock.Today(), app.Service<IOptions<FeedOptions>>().Value).Request!.Key;

    static async Task<int> RunHousekeepingAsync(AppFactory host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HousekeepingJob>().RunAsync(default);
    }

    [Fact]
    public async Task DeletedRelease_StaysAsCancelled_UntilRetentionThenLeaves_LastModifiedNeverGoesBack()
    {
        await using var own = new OwnHost();
        var a = await own.Catalog.SubjectAsync("cancel");
        var keep = await own.Catalog.ReleaseAsync([a], "Keep", "single", "2024-05-10");
        var drop = await own.Catalog.ReleaseAsync([a], "Drop", "single", "2024-05-11");
        var (before, _) = await FeedAsync(own.Anon, $"/feeds/{a}.ics");

        own.App.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NoContent, (await own.Admin.DeleteAsync($"/api/admin/releases/{drop.Id}")).StatusCode);
        var (afterDelete, calendar) = await FeedAsync(own.Anon, $"/feeds/{a}.ics");
        var cancelled = calendar.Events.Single(e => e.Uid!.StartsWith($"{drop.Id:N}", StringComparison.Ordinal));
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(1, cancelled.Sequence);
        Assert.True(afterDelete.Content.Headers.LastModified > before.Content.Headers.LastModified);

        // Within retention the job leaves it; after, it's gone and Last-Modified moved forward, not back.
        Assert.Equal(0, await RunHousekeepingAsync(own.App));
        own.App.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, await RunHousekeepingAsync(own.App));
        var (afterPurge, purged) = await FeedAsync(own.Anon, $"/feeds/{a}.ics");
        Assert.Equal($"{keep.Id:N}@releases.example.org", Assert.Single(purged.Events).Uid);
        Assert.True(afterPurge.Content.Headers.LastModified > afterDelete.Content.Headers.LastModified);
    }

    [Fact]
    public async Task CancelledStatus_IsEmitted_AndMonthPrecisionIsNot()
    {
        var a = await Catalog.SubjectAsync("status");
        await Catalog.ReleaseAsync([a], "Called off", "album", "2024-07-01", status: "cancelled");
        await Catalog.ReleaseAsync([a], "Someday", "album", "2024-09");
        await Catalog.ReleaseAsync([a], "Next year", "album", "2025");
        var (_, calendar) = await FeedAsync($"/feeds/{a}.ics");
        Assert.Equal("CANCELLED", Assert.Single(calendar.Events).Status);
    }

    [Fact]
    public async Task LangAndAlarm_ShapeSummaryAndValarm()
    {
        var a = await Catalog.SubjectAsync("rm", en: "RM", ru: "RM");
        await Catalog.ReleaseAsync([a], "Right Place, Wrong Person", "album", "2024-05-24", "13:00", "Asia/Seoul");
        var (_, en) = await FeedAsync($"/feeds/{a}.ics?lang=en&alarm=PT1H");
        var evt = Assert.Single(en.Events);
        Assert.Equal("RM — album \"Right Place, Wrong Person\"", evt.Summary);
        var alarm = Assert.Single(evt.Alarms);
        Assert.Equal(TimeSpan.FromHours(-1), alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
    }

    [Theory]
    [InlineData("PT1M", "-PT1M")]
    [InlineData("P7D", "-PT168H")] // days as exact hours, as Ical.Net wrote them
    public async Task Alarm_AtTheDocumentedBounds_IsRendered(string alarm, string trigger)
    {
        var a = await Catalog.SubjectAsync("alarm");
        await Catalog.ReleaseAsync([a], "Song", "single", "2024-05-24", "18:00", "Asia/Seoul");
        var response = await _anon.GetAsync($"/feeds/{a}.ics?alarm={alarm}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"TRIGGER:{trigger}\r\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CombinedFeed_TwentyCalendarYears_IsServed()
    {
        var a = await Catalog.SubjectAsync("twenty");
        await Catalog.ReleaseAsync([a], "First day", "album", "1980-01-01");
        await Catalog.ReleaseAsync([a], "Last day", "album", "1999-12-31");
        await Catalog.ReleaseAsync([a], "Next day", "album", "2000-01-01");
        var (_, calendar) = await FeedAsync($"/feeds/releases.ics?subjects={a}&from=1980-01-01&to=1999-12-31&lang=en");
        Assert.Equal(["First day", "Last day"], calendar.Events.Select(e => e.Summary!.Split('"')[1]).Order());
        var tooLong = await _anon.GetAsync($"/feeds/releases.ics?subjects={a}&from=1980-01-01&to=2000-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("\"to\"", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NewLangOrAlarm_AfterAWrite_RendersFromFreshData()
    {
        var a = await Catalog.SubjectAsync("fresh", en: "Fresh", ru: "Фреш");
        await Catalog.ReleaseAsync([a], "Before", "single", "2024-05-10");
        var (_, first) = await FeedAsync($"/feeds/{a}.ics?lang=en");
        Assert.Single(first.Events);

        // The write lands between two requests whose keys differ only in presentation: the second is a miss that
        // must not be rendered from the data loaded for the first.
        await Catalog.ReleaseAsync([a], "After", "album", "2024-05-11");
        var (_, ru) = await FeedAsync($"/feeds/{a}.ics?lang=ru&alarm=PT1H");
        Assert.Equal(2, ru.Events.Count);
        var (_, albums) = await FeedAsync($"/feeds/{a}.ics?lang=en&kinds=album");
        Assert.Equal("After", Assert.Single(albums.Events).Summary!.Split('"')[1]);
    }

    [Fact]
    public async Task NewLangOrAlarm_WithoutAWrite_ReusesTheLoadedData()
    {
        var a = await Catalog.SubjectAsync("reuse");
        await Catalog.ReleaseAsync([a], "Song", "single", "2024-05-10");
        await FeedAsync($"/feeds/{a}.ics?lang=en");
        var cache = app.Service<FeedCache>();
        var dataKey = FeedRequest.Parse(a, new FeedQuery("en", null, null, null, null, null, null), app.Clock.Today(),
            app.Service<IOptions<FeedOptions>>().Value).Request!.DataKey;
        Assert.True(cache.TryGetData<FeedData>(dataKey, out var loaded));
        await FeedAsync($"/feeds/{a}.ics?lang=ru&alarm=PT2H");
        Assert.True(cache.TryGetData<FeedData>(dataKey, out var after));
        Assert.Same(loaded, after); // rendered again, not loaded again
    }

    [Fact]
    public async Task Feed_WithAnOrigin_IsReadableByAnySite()
    {
        var a = await Catalog.SubjectAsync("cors");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{a}.ics");
        request.Headers.Add("Origin", "https://fan.example");
        var response = await _anon.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Window_PastAndFutureDays_NarrowTheFeed()
    {
        // The clock stands at 2024-05-20 in this class: no test here moves it.
        var a = await Catalog.SubjectAsync("window");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        await Catalog.ReleaseAsync([a], "Old", "single", today.AddDays(-400).ToString("yyyy-MM-dd"));
        await Catalog.ReleaseAsync([a], "Recent", "single", today.AddDays(-5).ToString("yyyy-MM-dd"));
        await Catalog.ReleaseAsync([a], "Soon", "single", today.AddDays(5).ToString("yyyy-MM-dd"));
        await Catalog.ReleaseAsync([a], "Far", "single", today.AddDays(800).ToString("yyyy-MM-dd"));
        Assert.Equal(4, (await FeedAsync($"/feeds/{a}.ics")).Calendar.Events.Count);
        Assert.Equal(2, (await FeedAsync($"/feeds/{a}.ics?pastDays=30&futureDays=30")).Calendar.Events.Count);
        Assert.Equal(3, (await FeedAsync($"/feeds/{a}.ics?pastDays=30")).Calendar.Events.Count);
    }

    [Fact]
    public async Task CombinedFeed_FiltersBySubjectsAndKinds()
    {
        var a = await Catalog.SubjectAsync("comb-a");
        var b = await Catalog.SubjectAsync("comb-b");
        var c = await Catalog.SubjectAsync("comb-c");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        await Catalog.ReleaseAsync([a], "A album", "album", today);
        await Catalog.ReleaseAsync([a], "A single", "single", today);
        await Catalog.ReleaseAsync([b], "B album", "album", today);
        await Catalog.ReleaseAsync([c], "C album", "album", today);
        var (_, calendar) = await FeedAsync($"/feeds/releases.ics?subjects={a},{b}&kinds=album&lang=en");
        Assert.Equal(["A album", "B album"], calendar.Events.Select(e => e.Summary!.Split('"')[1]).Order());
        var unknown = await _anon.GetAsync("/feeds/releases.ics?subjects=nope-nope");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task HostileTitle_CannotInjectProperties()
    {
        var a = await Catalog.SubjectAsync("hostile");
        const string title = "a;b,c\\d \"q\" 😀 Ёлка; DTSTART:19700101 «и» 아이유";
        await Catalog.ReleaseAsync([a], title, "single", "2024-05-10");
        var bytes = await _anon.GetByteArrayAsync($"/feeds/{a}.ics?lang=en");
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(bytes))!;
        var evt = Assert.Single(calendar.Events);
        Assert.Contains(title, evt.Summary);
        Assert.Equal(new DateOnly(2024, 5, 10), DateOnly.FromDateTime(evt.DtStart!.Value));
        foreach (var line in System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n"))
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line);
    }

    [Fact]
    public async Task CombinedFeed_FromTo_ReplaceTheDefaultWindow_ButStayBounded()
    {
        var a = await Catalog.SubjectAsync("fromto");
        await Catalog.ReleaseAsync([a], "Old one", "album", "2015-03-01");
        await Catalog.ReleaseAsync([a], "Older one", "album", "2012-03-01");
        var (_, calendar) = await FeedAsync($"/feeds/releases.ics?subjects={a}&from=2015-01-01&to=2015-12-31&lang=en");
        Assert.Equal("Old one", Assert.Single(calendar.Events).Summary!.Split('"')[1]);
        Assert.Empty((await FeedAsync($"/feeds/releases.ics?subjects={a}")).Calendar.Events); // default window: recent only
        var unbounded = await _anon.GetAsync($"/feeds/releases.ics?subjects={a}&from=1990-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, unbounded.StatusCode);
    }
}
