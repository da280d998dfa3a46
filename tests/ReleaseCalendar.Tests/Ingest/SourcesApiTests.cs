using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Quartz;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest;

/// <summary>/api/admin/sources: validation as problems, and Quartz kept in step with every change, without a restart.</summary>
public sealed class SourcesApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    Seed Catalog => new(_admin);

    async Task<ITrigger?> TriggerAsync(int id)
    {
        var scheduler = await app.Service<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(SourceScheduler.TriggerOf(id));
    }

    [Fact]
    public async Task Create_SchedulesAtOnce_ChangeReschedules_DisableAndDeleteUnschedule()
    {
        var bts = await Catalog.SubjectAsync("bts", "group");
        var created = await _admin.PostJsonAsync("/api/admin/sources", new
        {
            type = "musicbrainz", externalId = Guid.NewGuid().ToString(), subjects = new[] { bts }, schedule = "0 0 6 * * ?",
            enabled = true, priority = 5, lang = (string?)null,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var source = await created.ReadAsync<SourceResponse>();
        Assert.Equal($"/api/admin/sources/{source.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag!.Tag);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await TriggerAsync(source.Id));
        Assert.Equal("0 0 6 * * ?", trigger.CronExpressionString);

        var changed = await _admin.PutJsonAsync($"/api/admin/sources/{source.Id}", new
        { type = "musicbrainz", externalId = source.ExternalId, subjects = new[] { bts }, schedule = "0 30 */2 * * ?", enabled = true }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var rescheduled = Assert.IsAssignableFrom<ICronTrigger>(await TriggerAsync(source.Id));
        Assert.Equal("0 30 */2 * * ?", rescheduled.CronExpressionString);
        // A change that leaves the schedule alone keeps the trigger (and a misfire it may owe since the last start).
        Assert.Equal(HttpStatusCode.OK, (await _admin.PutJsonAsync($"/api/admin/sources/{source.Id}", new
        { type = "musicbrainz", externalId = source.ExternalId, subjects = new[] { bts }, schedule = "0 30 */2 * * ?", enabled = true, priority = 7 }, "\"2\"")).StatusCode);
        Assert.Equal(rescheduled.StartTimeUtc, (await TriggerAsync(source.Id))!.StartTimeUtc);

        var stale = await _admin.PutJsonAsync($"/api/admin/sources/{source.Id}", new
        { type = "musicbrainz", externalId = source.ExternalId, subjects = new[] { bts }, schedule = "0 0 1 * * ?", enabled = false }, "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        var disabled = await _admin.PutJsonAsync($"/api/admin/sources/{source.Id}", new
        { type = "musicbrainz", externalId = source.ExternalId, subjects = new[] { bts }, schedule = "0 0 1 * * ?", enabled = false }, "\"3\"");
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Null(await TriggerAsync(source.Id));
        Assert.Null((await disabled.ReadAsync<SourceResponse>()).NextRunAt);

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/sources/{source.Id}")).StatusCode);
        var scheduler = await app.Service<ISchedulerFactory>().GetScheduler();
        Assert.Null(await scheduler.GetJobDetail(SourceScheduler.JobOf(source.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/api/admin/sources/{source.Id}")).StatusCode);
    }

    [Fact]
    public async Task Create_BadCron_Is400NamingSchedule()
    {
        var bts = await Catalog.SubjectAsync("bts", "group");
        var response = await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "musicbrainz", externalId = Guid.NewGuid().ToString(), subjects = new[] { bts }, schedule = "every day", enabled = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"schedule\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ScheduleFiringEverySecond_Is400NamingScheduleAndTheMinimum()
    {
        var bts = await Catalog.SubjectAsync("bts", "group");
        var response = await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "musicbrainz", externalId = Guid.NewGuid().ToString(), subjects = new[] { bts }, schedule = "* * * * * ?", enabled = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"schedule\"", body, StringComparison.Ordinal);
        Assert.Contains("at least 5 min apart", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UnknownSubjectOrTvmazeForAnArtist_Is400NamingTheSubject()
    {
        var rm = await Catalog.SubjectAsync("rm");
        var unknown = await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "tvmaze", externalId = "66010", subjects = new[] { "no-such-show-x1" }, schedule = "0 0 4 * * ?" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("subjects[0]", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var artist = await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "tvmaze", externalId = "66010", subjects = new[] { rm }, schedule = "0 0 4 * * ?" });
        Assert.Equal(HttpStatusCode.BadRequest, artist.StatusCode);
        Assert.Contains("not a show", await artist.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateOrUpdate_UnknownSubjectBesideOtherBadFields_OneProblemNamesThemAll()
    {
        var bts = await Catalog.SubjectAsync("bts", "group");
        var source = await (await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "musicbrainz", externalId = Guid.NewGuid().ToString(), subjects = new[] { bts }, schedule = "0 0 4 * * ?" })).ReadAsync<SourceResponse>();

        var ical = await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "ical", url = "ftp://x/y.ics", subjects = new[] { bts, bts, "nobody-x1" }, schedule = "bad", lang = "de" });
        var spotify = await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "spotify", subjects = new[] { "nobody-x2" }, schedule = "bad" });
        var tvmaze = await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "tvmaze", externalId = "abc", subjects = new[] { bts }, schedule = "0 0 4 * * ?" });
        var put = await _admin.PutJsonAsync($"/api/admin/sources/{source.Id}", new
        { type = "musicbrainz", externalId = source.ExternalId, subjects = new[] { "nobody-x3" }, schedule = "bad" }, "\"1\"");

        // The unknown subject is named by its place in the request, after a repeated one.
        Assert.Equal(["lang", "schedule", "subjects[2]", "url"], await ErrorFieldsAsync(ical));
        Assert.Equal(["schedule", "subjects[0]", "type"], await ErrorFieldsAsync(spotify));
        Assert.Equal(["externalId", "subjects[0]"], await ErrorFieldsAsync(tvmaze));   // a group is no show
        Assert.Equal(["schedule", "subjects[0]"], await ErrorFieldsAsync(put));
    }

    static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Create_SecondSourceForTheSameUpstream_Is409()
    {
        var bts = await Catalog.SubjectAsync("bts", "group");
        var mbid = Guid.NewGuid().ToString();
        var body = new { type = "musicbrainz", externalId = mbid, subjects = new[] { bts }, schedule = "0 0 4 * * ?" };
        Assert.Equal(HttpStatusCode.Created, (await _admin.PostJsonAsync("/api/admin/sources", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.PostJsonAsync("/api/admin/sources", body)).StatusCode);
    }

    [Fact]
    public async Task UnknownIds_Are404Problems()
    {
        foreach (var url in new[] { "/api/admin/sources/999999", "/api/admin/runs/999999", "/api/admin/sources/999999/runs" })
        {
            var response = await _admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.PostAsync("/api/admin/sources/999999/run", null)).StatusCode);
    }

    [Fact]
    public async Task RunNow_WithoutASchedulerInThisProcess_Is409SayingWhatToDo()
    {
        // This host runs no scheduler (Ingest:SchedulerEnabled=false): a run would wait for ever, so it is refused.
        var bts = await Catalog.SubjectAsync("bts", "group");
        var created = await (await _admin.PostJsonAsync("/api/admin/sources", new
        { type = "musicbrainz", externalId = Guid.NewGuid().ToString(), subjects = new[] { bts }, schedule = "0 0 4 * * ?" })).ReadAsync<SourceResponse>();
        var response = await _admin.PostAsync($"/api/admin/sources/{created.Id}/run", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"import --source {created.Id}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var runs = await (await _admin.GetAsync($"/api/admin/sources/{created.Id}/runs")).ReadAsync<List<RunResponse>>();
        Assert.Empty(runs);
    }

    [Fact]
    public async Task Sources_NeedTheAdminKey()
    {
        var anon = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.GetAsync("/api/admin/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anon.PostAsync("/api/admin/sources/1/run", null)).StatusCode);
    }
}
