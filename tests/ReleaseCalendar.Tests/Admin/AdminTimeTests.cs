using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Admin;

/// <summary>Release times over real HTTP: which local times and zone ids the admin API takes, and what it says back.</summary>
public sealed class AdminTimeTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();

    Task<HttpResponseMessage> PostAsync(string subject, string date, string? time, string? timeZone) =>
        _admin.PostJsonAsync("/api/admin/releases", new { subjects = new[] { subject }, title = "T", kind = "single", date, time, timeZone });

    static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Theory]
    // The repeated hour: RFC 5545 §3.3.5 takes the first occurrence, the daylight-saving one.
    [InlineData("America/New_York", "2024-11-03", "01:30", "-04:00")]
    [InlineData("Europe/London", "2024-10-27", "01:30", "+01:00")]
    public async Task CreateRelease_AmbiguousTime_TakesFirstOccurrenceInJsonAndFeed(string zone, string date, string time, string offset)
    {
        var slug = await new Seed(_admin).SubjectAsync("amb");

        var response = await PostAsync(slug, date, time, zone);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var release = await response.ReadAsync<ReleaseResponse>();
        var expected = DateTimeOffset.Parse($"{date}T{time}:00{offset}", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, release.StartsAt);
        Assert.Equal(expected.Offset, release.StartsAt!.Value.Offset); // DateTimeOffset equality ignores the offset
        Assert.Equal(offset, release.UtcOffset);
        Assert.Contains("first occurrence", release.TimeNote, StringComparison.Ordinal);

        var feed = Calendar.Load(await _anon.GetStringAsync($"/feeds/{slug}.ics"))!;
        var start = Assert.Single(feed.Events).DtStart!;
        Assert.Equal(zone, start.TzId);
        Assert.Equal(expected.UtcDateTime, start.AsUtc);
    }

    [Theory]
    [InlineData("Europe/Moscow", "2011-03-27", "02:30")]     // Russia's last DST start (then permanent summer time)
    [InlineData("America/Caracas", "2016-05-01", "02:45")]   // Venezuela moved from -04:30 to -04:00
    [InlineData("Asia/Pyongyang", "2018-05-04", "23:45")]    // North Korea returned from +08:30 to +09:00
    [InlineData("Pacific/Apia", "2011-12-30", "12:00")]      // Samoa skipped the whole day to cross the date line
    [InlineData("Pacific/Apia", "2011-12-30", "00:00")]
    [InlineData("America/New_York", "2024-03-10", "02:30")]  // plain daylight saving
    public async Task CreateRelease_TimeTheClocksSkip_Returns400NamingTime(string zone, string date, string time)
    {
        var slug = await new Seed(_admin).SubjectAsync("gap");

        var errors = await Errors(await PostAsync(slug, date, time, zone));

        var message = errors.GetProperty("time")[0].GetString();
        Assert.Contains("does not exist", message, StringComparison.Ordinal);
        Assert.Contains(zone, message, StringComparison.Ordinal);
        var page = await (await _anon.GetAsync($"/api/releases?subjects={slug}")).ReadAsync<ReleasePage>();
        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("UTC", "Etc/UTC")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    [InlineData("Asia/Seoul", "Asia/Seoul")]
    // Links are tzdb ids too; the canonical id is stored, so one zone has one name in JSON and feeds.
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("Europe/Kiev", "Europe/Kyiv")]
    [InlineData("ROK", "Asia/Seoul")]
    public async Task CreateRelease_TzdbId_IsAcceptedAndStoredCanonical(string given, string stored)
    {
        var slug = await new Seed(_admin).SubjectAsync("tz");

        var response = await PostAsync(slug, "2024-05-24", "13:00", given);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var release = await response.ReadAsync<ReleaseResponse>();
        Assert.Equal(stored, release.TimeZone);
        Assert.NotNull(release.StartsAt);
        Assert.Null(release.TimeNote);
        var fetched = await (await _anon.GetAsync($"/api/releases/{release.Id}")).ReadAsync<ReleaseResponse>();
        Assert.Equal(stored, fetched.TimeZone);
        var feed = Calendar.Load(await _anon.GetStringAsync($"/feeds/{slug}.ics"))!;
        var start = Assert.Single(feed.Events).DtStart!;
        Assert.Equal(release.StartsAt!.Value.UtcDateTime, start.AsUtc);
        if (stored == "Etc/UTC") Assert.True(start.IsUtc); // UTC goes out in the Z form
        else Assert.Equal(stored, start.TzId);
    }

    [Theory]
    [InlineData("asia/seoul", "Asia/Seoul")]
    [InlineData("posix/Asia/Seoul", "Asia/Seoul")]
    [InlineData("right/Asia/Seoul", "Asia/Seoul")]
    [InlineData("Asia/Seol", "Asia/Seoul")]
    [InlineData("utc", "UTC")]
    [InlineData("localtime", null)]
    [InlineData("posixrules", null)]
    [InlineData("Factory", null)]
    [InlineData("Korea Standard Time", null)]
    public async Task CreateRelease_NotATzdbId_Returns400WithClosestId(string given, string? suggestion)
    {
        var slug = await new Seed(_admin).SubjectAsync("badtz");

        var errors = await Errors(await PostAsync(slug, "2024-05-24", "13:00", given));

        var message = errors.GetProperty("timeZone")[0].GetString()!;
        if (suggestion is null) Assert.DoesNotContain("did you mean", message, StringComparison.Ordinal);
        else Assert.Contains($"did you mean '{suggestion}'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRelease_TimeWithSeconds_Returns400NamingTime()
    {
        var slug = await new Seed(_admin).SubjectAsync("sec");

        var errors = await Errors(await PostAsync(slug, "2024-05-24", "13:00:59", "Asia/Seoul"));

        Assert.Contains("seconds", errors.GetProperty("time")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRelease_PlainTime_SaysItsOffsetAndNoNote()
    {
        var slug = await new Seed(_admin).SubjectAsync("plain");

        var response = await PostAsync(slug, "2024-05-24", "13:00:00", "Asia/Seoul");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var release = await response.ReadAsync<ReleaseResponse>();
        Assert.Equal("13:00", release.Time);
        Assert.Equal("+09:00", release.UtcOffset);
        Assert.Null(release.TimeNote);
        Assert.Equal(new DateTimeOffset(2024, 5, 24, 13, 0, 0, TimeSpan.FromHours(9)), release.StartsAt);
        Assert.Equal(TimeSpan.FromHours(9), release.StartsAt!.Value.Offset);
    }
}
