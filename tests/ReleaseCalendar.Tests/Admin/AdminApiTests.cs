using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Admin;

public sealed class AdminApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();

    static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Write_WithoutKey_Returns401Problem_AndStoresNothing()
    {
        var slug = Seed.Slug("nokey");
        var response = await _anon.PostJsonAsync("/api/admin/subjects", new { slug, kind = "artist", names = new { en = "X" } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (await Problem(response)).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/api/subjects/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Write_WithWrongKey_Returns401()
    {
        using var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", AppFactory.AdminKey + "x");
        var response = await client.PostJsonAsync("/api/admin/subjects", new { slug = Seed.Slug("wrong"), kind = "artist", names = new { en = "X" } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task CreateSubject_DuplicateSlug_Returns409()
    {
        var slug = await new Seed(_admin).SubjectAsync("dup");
        var response = await _admin.PostJsonAsync("/api/admin/subjects", new { slug, kind = "group", names = new { en = "Other" } });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var subject = await (await _anon.GetAsync($"/api/subjects/{slug}")).ReadAsync<SubjectResponse>();
        Assert.Equal(SubjectKind.Artist, subject.Kind); // the first one is untouched
    }

    [Fact]
    public async Task CreateRelease_InvalidFields_Returns400NamingEachField_AndStoresNothing()
    {
        var artist = await new Seed(_admin).SubjectAsync("bad");
        var response = await _admin.PostJsonAsync("/api/admin/releases", new
        {
            subjects = new[] { artist, "no-such-subject" },
            title = new string('x', Limits.Title + 1),
            kind = "album",
            date = "2024-13-40",
            time = "25:00",
            timeZone = "Mars/Olympus",
            links = new[] { "javascript:alert(1)" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Problem(response)).GetProperty("errors");
        foreach (var field in new[] { "title", "date", "time", "timeZone", "links[0]" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        var page = await (await _anon.GetAsync($"/api/releases?subjects={artist}")).ReadAsync<ReleasePage>();
        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task CreateRelease_UnknownSubject_Returns400NamingSubjects()
    {
        var response = await _admin.PostJsonAsync("/api/admin/releases", new { subjects = new[] { "nobody-here" }, title = "T", kind = "single", date = "2024-05-10" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nobody-here", (await Problem(response)).GetProperty("errors").GetProperty("subjects")[0].GetString());
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31")]
    public async Task CreateRelease_AbsurdYear_Returns400(string date)
    {
        var artist = await new Seed(_admin).SubjectAsync("absurd");
        var response = await _admin.PostJsonAsync("/api/admin/releases", new { subjects = new[] { artist }, title = "T", kind = "single", date });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Problem(response)).GetProperty("errors").TryGetProperty("date", out _));
    }

    [Theory]
    [InlineData("""{"subjects":["x"],"title":"T","kind":"single","date":"2024-05-10","colour":"red"}""", "colour")]
    [InlineData("""{"subjects":["x"],"title":"T","kind":"symphony","date":"2024-05-10"}""", "kind")]
    [InlineData("""{"subjects":["x"],"title":"T",""", "")]
    [InlineData("""not json at all""", "")]
    public async Task CreateRelease_MalformedOrUnknownJson_Returns400Problem(string json, string mentions)
    {
        var response = await _admin.PostRawAsync("/api/admin/releases", json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Problem(response);
        // A bad field is named in "errors" (BindingErrorTests says what each says); JSON that does not parse, in "detail".
        if (mentions.Length > 0) Assert.True(problem.GetProperty("errors").TryGetProperty(mentions, out _));
        else Assert.Contains("not valid", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CreateRelease_MonthPrecision_KeepsDayUnknown()
    {
        var artist = await new Seed(_admin).SubjectAsync("month");
        var release = await new Seed(_admin).ReleaseAsync([artist], "Later", "album", "2025-07");
        Assert.Equal(DatePrecision.Month, release.Precision);
        Assert.Equal("2025-07", release.Date);
        Assert.Null(release.StartsAt);
    }

    [Fact]
    public async Task CreateRelease_TimeWithoutZone_Returns400()
    {
        var artist = await new Seed(_admin).SubjectAsync("nozone");
        var response = await _admin.PostJsonAsync("/api/admin/releases", new { subjects = new[] { artist }, title = "T", kind = "single", date = "2024-05-10", time = "13:00" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Problem(response)).GetProperty("errors").TryGetProperty("timeZone", out _));
    }

    [Theory]
    [InlineData("02:30", "Europe/Berlin", HttpStatusCode.BadRequest)]   // clocks jump 02:00 -> 03:00 that night
    [InlineData("03:30", "Europe/Berlin", HttpStatusCode.Created)]
    [InlineData("02:30", "Asia/Seoul", HttpStatusCode.Created)]         // no daylight saving in Korea
    [InlineData("13:00", "Korea Standard Time", HttpStatusCode.BadRequest)] // Windows id, not IANA
    public async Task CreateRelease_LocalTimeMustExistInItsZone(string time, string zone, HttpStatusCode expected)
    {
        var artist = await new Seed(_admin).SubjectAsync("dst");
        var response = await _admin.PostJsonAsync("/api/admin/releases", new { subjects = new[] { artist }, title = "T", kind = "single", date = "2024-03-31", time, timeZone = zone });
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task UpdateRelease_UnknownId_Returns404()
    {
        var artist = await new Seed(_admin).SubjectAsync("ghost");
        var response = await _admin.PutJsonAsync($"/api/admin/releases/{Guid.NewGuid()}", new { subjects = new[] { artist }, title = "T", kind = "single", date = "2024-05-10" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await Problem(response);
    }

    [Fact]
    public async Task UpdateRelease_StaleIfMatch_Returns412_AndKeepsStoredRelease()
    {
        var catalog = new Seed(_admin);
        var artist = await catalog.SubjectAsync("stale");
        var created = await catalog.ReleaseAsync([artist], "First", "single", "2024-05-10");
        var body = new { subjects = new[] { artist }, title = "Second", kind = "single", date = "2024-05-11" };
        var ok = await _admin.PutJsonAsync($"/api/admin/releases/{created.Id}", body, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag?.Tag);

        var stale = await _admin.PutJsonAsync($"/api/admin/releases/{created.Id}", body with { title = "Third" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        await Problem(stale);
        var stored = await (await _admin.GetAsync($"/api/admin/releases/{created.Id}")).ReadAsync<ReleaseResponse>();
        Assert.Equal("Second", stored.Title);
        Assert.Equal(2, stored.Revision);
    }

    [Fact]
    public async Task UpdateRelease_ChangesThatCalendarsShow_BumpSequence_OthersDoNot()
    {
        var catalog = new Seed(_admin);
        var artist = await catalog.SubjectAsync("seq");
        var created = await catalog.ReleaseAsync([artist], "Song", "single", "2024-05-10");
        Assert.Equal(0, created.Sequence);
        var moved = await (await _admin.PutJsonAsync($"/api/admin/releases/{created.Id}",
            new { subjects = new[] { artist }, title = "Song", kind = "single", date = "2024-05-12" })).ReadAsync<ReleaseResponse>();
        Assert.Equal(1, moved.Sequence);
        var described = await (await _admin.PutJsonAsync($"/api/admin/releases/{created.Id}",
            new { subjects = new[] { artist }, title = "Song", kind = "single", date = "2024-05-12", description = "Now with a description" })).ReadAsync<ReleaseResponse>();
        Assert.Equal(1, described.Sequence);
        Assert.Equal(3, described.Revision);
        Assert.Equal("admin:tester", described.UpdatedBy);
    }

    [Fact]
    public async Task DeleteRelease_HidesFromJson_KeepsInAdminAsDeleted()
    {
        var catalog = new Seed(_admin);
        var artist = await catalog.SubjectAsync("del");
        var created = await catalog.ReleaseAsync([artist], "Gone", "single", "2024-05-10");
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/releases/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/releases/{created.Id}")).StatusCode); // idempotent
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/api/releases/{created.Id}")).StatusCode);
        var stored = await (await _admin.GetAsync($"/api/admin/releases/{created.Id}")).ReadAsync<ReleaseResponse>();
        Assert.True(stored.Deleted);
        Assert.Equal(ReleaseStatus.Cancelled, stored.Status);
    }

    [Fact]
    public async Task DeleteSubject_WithReleases_Returns409_WithoutReleases_Succeeds()
    {
        var catalog = new Seed(_admin);
        var busy = await catalog.SubjectAsync("busy");
        await catalog.ReleaseAsync([busy], "Keep", "single", "2024-05-10");
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.DeleteAsync($"/api/admin/subjects/{busy}")).StatusCode);
        var idle = await catalog.SubjectAsync("idle");
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/subjects/{idle}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/api/subjects/{idle}")).StatusCode);
    }

    [Fact]
    public async Task Aliases_AddFindRemove_AndDuplicateIs409()
    {
        var catalog = new Seed(_admin);
        var slug = await catalog.SubjectAsync("alias", en: "Alias Artist");
        Assert.Equal(HttpStatusCode.Created, (await _admin.PostJsonAsync($"/api/admin/subjects/{slug}/aliases", new { name = "Пётр Псевдоним" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.PostJsonAsync($"/api/admin/subjects/{slug}/aliases", new { name = "ПЕТР ПСЕВДОНИМ" })).StatusCode);
        var found = await (await _anon.GetAsync("/api/subjects?q=" + Uri.EscapeDataString("петр псевдоним"))).ReadAsync<List<SubjectResponse>>();
        Assert.Contains(found, s => s.Slug == slug);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/subjects/{slug}/aliases/{Uri.EscapeDataString("Пётр Псевдоним")}")).StatusCode);
        found = await (await _anon.GetAsync("/api/subjects?q=" + Uri.EscapeDataString("петр псевдоним"))).ReadAsync<List<SubjectResponse>>();
        Assert.DoesNotContain(found, s => s.Slug == slug);
    }

    [Fact]
    public async Task Membership_OnlyGroupsHaveMembers()
    {
        var catalog = new Seed(_admin);
        var group = await catalog.SubjectAsync("grp", kind: "group");
        var solo = await catalog.SubjectAsync("solo");
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsync($"/api/admin/subjects/{group}/members/{solo}", null)).StatusCode);
        var subject = await (await _anon.GetAsync($"/api/subjects/{group}")).ReadAsync<SubjectResponse>();
        Assert.Equal([solo], subject.Members);
        Assert.Equal(HttpStatusCode.BadRequest, (await _admin.PutAsync($"/api/admin/subjects/{solo}/members/{group}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/admin/subjects/{group}/members/{solo}")).StatusCode);
        subject = await (await _anon.GetAsync($"/api/subjects/{group}")).ReadAsync<SubjectResponse>();
        Assert.Empty(subject.Members);
    }

    [Fact]
    public async Task UpdateSubject_SlugChange_Returns400_AndStaleIfMatch_Returns412()
    {
        var slug = await new Seed(_admin).SubjectAsync("fixed");
        var rename = await _admin.PutJsonAsync($"/api/admin/subjects/{slug}", new { slug = slug + "-x", kind = "artist", names = new { en = "X" } });
        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        var ok = await _admin.PutJsonAsync($"/api/admin/subjects/{slug}", new { kind = "artist", names = new { en = "Renamed", ru = "Переименован" } }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stale = await _admin.PutJsonAsync($"/api/admin/subjects/{slug}", new { kind = "artist", names = new { en = "Again" } }, "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var subject = await (await _anon.GetAsync($"/api/subjects/{slug}")).ReadAsync<SubjectResponse>();
        Assert.Equal("Renamed", subject.Names.En);
    }
}
