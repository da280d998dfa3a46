using System.Net;
using System.Text.RegularExpressions;
using Ical.Net;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Pages;

/// <summary>"Add just this one": the release page's .ics is the same VEVENT the subscribed feeds carry.</summary>
public sealed partial class ReleaseIcsTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    [Theory]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task ReleaseIcs_IsTheFeedsVEvent(string lang)
    {
        var group = await Catalog.SubjectAsync("icsgroup", kind: "group", en: "Group", ru: "Группа");
        var artist = await Catalog.SubjectAsync("icsartist", en: "Artist", ru: "Артист", memberOf: [group]);
        var other = await Catalog.ReleaseAsync([artist], "Other", "single", "2024-05-01");
        var release = await Catalog.ReleaseAsync([artist, group], "Together, at last", "album", "2024-05-24", "13:00", "Asia/Seoul", titleRu: "Вместе");

        var (_, page, _) = await Html.GetAsync(_anon, $"/releases/{release.Id:N}?lang={lang}");
        var href = page.QuerySelector("a[download][href*='.ics']")!.GetAttribute("href")!;
        Assert.Equal($"/releases/{release.Id:N}.ics?lang={lang}", href);
        var response = await _anon.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var one = await response.Content.ReadAsStringAsync();

        var feed = await _anon.GetStringAsync($"/feeds/{group}.ics?lang={lang}");
        var mine = Calendar.Load(one)!;
        var theirs = Calendar.Load(feed)!;
        var evt = Assert.Single(mine.Events);
        var same = theirs.Events.Single(e => e.Uid == evt.Uid);
        Assert.NotEqual(other.Id.ToString("N"), evt.Uid![..32]);
        Assert.Equal(same.Summary, evt.Summary);
        Assert.Equal(same.Start, evt.Start);
        Assert.Equal(same.End, evt.End);
        Assert.Equal(same.Description, evt.Description);
        Assert.Equal(same.Sequence, evt.Sequence);
        Assert.Equal(same.Url, evt.Url);
        // Byte for byte: one builder, not a second iCalendar writer.
        Assert.Equal(VEvent(feed, evt.Uid!), VEvent(one, evt.Uid!));
        // Its zone travels with it, as in the feed.
        Assert.Equal("Asia/Seoul", Assert.Single(mine.TimeZones).TzId);
        // An event to add, not a calendar to subscribe to: no calendar name or refresh hints (Outlook would open those
        // as a calendar of their own); the feed has them.
        foreach (var property in new[] { "X-WR-CALNAME", "NAME:", "REFRESH-INTERVAL", "X-PUBLISHED-TTL" })
        {
            Assert.DoesNotContain("\r\n" + property, "\r\n" + one, StringComparison.Ordinal);
            Assert.Contains("\r\n" + property, feed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReleaseIcs_ETagAnd304_UnknownIs404()
    {
        var artist = await Catalog.SubjectAsync("icsetag");
        var release = await Catalog.ReleaseAsync([artist], "Song", "single", "2024-06-01");
        var first = await _anon.GetAsync($"/releases/{release.Id:N}.ics");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/releases/{release.Id:N}.ics");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _anon.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/releases/{Guid.NewGuid():N}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _anon.GetAsync($"/releases/{release.Id:N}.ics?lang=xx")).StatusCode);
    }

    static string VEvent(string ics, string uid)
    {
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        return VEventPattern().Matches(unfolded).Select(m => m.Value).Single(v => v.Contains("UID:" + uid, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", RegexOptions.Singleline)]
    private static partial Regex VEventPattern();
}
