using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.ICal;

namespace ReleaseCalendar.Tests.Ingest.ICal;

public sealed class ICalReaderTests
{
    const string Url = "https://calendar.example/comebacks.ics";
    const string Episodes = "queen-of-tears-episodes@comebacks.example@";

    static ICalReader Reader(ICalOptions? options = null) =>
        new(Options.Create(options ?? new ICalOptions()), NullLogger<ICalReader>.Instance);

    static SourceSpec Source() => new(3, SourceType.ICal, null, new Uri(Url), ["rm", "bts"], null);

    static RecordingUpstream Upstream() => new RecordingUpstream()
        .Serve(Url, Encoding.UTF8.GetBytes(ICalMapperTests.FixtureText("comebacks.ics")), "text/calendar", "\"ics-1\"");

    static ReadContext Context(IUpstream http, DateTimeOffset now, Dictionary<string, Validators>? known = null) => new()
    {
        Http = http,
        Now = now,
        KnownValidators = known ?? [],
    };

    static readonly DateTimeOffset May20 = new(2024, 5, 20, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Read_Changed_GivesTheWholeListAndRemembersValidators()
    {
        var http = Upstream();
        var context = Context(http, May20);

        var read = await Reader().ReadAsync(Source(), context, CancellationToken.None);

        Assert.False(read.NotModified);
        Assert.True(read.Complete);
        Assert.Empty(read.ProcessedArticles);
        Assert.All(read.Items, i => Assert.Equal(["rm", "bts"], i.Subjects));
        Assert.Equal("\"ics-1\"", context.NewValidators[Url].ETag);
        Assert.Equal(ReleaseCalendar.Ingest.Http.Upstream.ICal, Assert.Single(http.Requests).Upstream);
    }

    [Fact]
    public async Task Read_Unchanged_Is304AndReadsNothing()
    {
        var http = Upstream();
        var context = Context(http, May20, new() { [Url] = new("\"ics-1\"", null) });

        var read = await Reader().ReadAsync(Source(), context, CancellationToken.None);

        Assert.Same(SourceRead.Unchanged, read);
        Assert.Equal("\"ics-1\"", Assert.Single(http.Requests).Known?.ETag);
        Assert.Empty(context.NewValidators);
    }

    [Fact]
    public async Task Read_Twice_GivesTheSameIdsAndItems()
    {
        var first = await Reader().ReadAsync(Source(), Context(Upstream(), May20), CancellationToken.None);
        var second = await Reader().ReadAsync(Source(), Context(Upstream(), May20), CancellationToken.None);

        Assert.Equal(first.Items.Select(i => i.ExternalId), second.Items.Select(i => i.ExternalId));
        Assert.Equal(first.Items.Select(i => (i.Date, i.Time, i.TimeZone, i.Status, i.Title)),
            second.Items.Select(i => (i.Date, i.Time, i.TimeZone, i.Status, i.Title)));
        Assert.Equal(first.Items.Count, first.Items.Select(i => i.ExternalId).Distinct().Count());
    }

    [Fact]
    public async Task Read_WindowFollowsTheRunsNow()
    {
        // From 2024-03-20 to 2024-04-05: the episodes of the weekends of 23 and 30 March only.
        var read = await Reader(new ICalOptions { PastDays = 0, FutureDays = 16 })
            .ReadAsync(Source(), Context(Upstream(), new DateTimeOffset(2024, 3, 20, 12, 0, 0, TimeSpan.Zero)), CancellationToken.None);

        var episodes = read.Items.Where(i => i.ExternalId.StartsWith(Episodes, StringComparison.Ordinal))
            .Select(i => i.ExternalId[Episodes.Length..]);
        Assert.Equal(["20240323", "20240324", "20240330", "20240331"], episodes);
        // Single events are not bound by the window.
        Assert.Contains(read.Items, i => i.ExternalId == "jimin-fanmeeting@comebacks.example");
    }

    [Fact]
    public async Task Read_SummaryFoldedInsideAUtf8Character_GivesTheWholeTitle()
    {
        // Folded at 75 octets between D0 and BE, the two octets of the "о" in «релизом» (RFC 5545 §3.1).
        var summary = Encoding.UTF8.GetBytes("SUMMARY:aespa — клип «Dirty Work» с релизом");
        var at = summary.Length - 3;
        byte[] ics = [.. "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:dirty-work\r\n"u8,
            .. "DTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20240627\r\n"u8,
            .. summary[..at], .. "\r\n "u8, .. summary[at..], .. "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"u8];
        var http = new RecordingUpstream().Serve(Url, ics, "text/calendar");

        var read = await Reader().ReadAsync(Source(), Context(http, May20), CancellationToken.None);

        Assert.Equal("aespa — клип «Dirty Work» с релизом", Assert.Single(read.Items).Title);
    }

    [Fact]
    public async Task Read_BodyThatIsNotICalendar_ThrowsSourceFormatException()
    {
        var http = new RecordingUpstream().Serve(Url, Encoding.UTF8.GetBytes("<html><body>Moved</body></html>"), "text/html");

        await Assert.ThrowsAsync<SourceFormatException>(() => Reader().ReadAsync(Source(), Context(http, May20), CancellationToken.None));
    }
}
