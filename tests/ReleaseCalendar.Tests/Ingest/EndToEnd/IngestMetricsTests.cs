using System.Diagnostics.Metrics;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest.EndToEnd;

/// <summary>Runs are visible as metrics (meter ReleaseCalendar.Ingest) and on the release page.</summary>
public sealed class IngestMetricsTests(IngestHost host) : IClassFixture<IngestHost>
{
    [Fact]
    public async Task ARun_CountsRunsItemsAndUpstreamLatency_AndThePageNamesTheSource()
    {
        var measured = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == IngestMetrics.MeterName) l.EnableMeasurementEvents(instrument); };
        void Record(Instrument i, double v, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var t in tags) copy[t.Key] = t.Value;
            lock (measured) measured.Add((i.Name, v, copy));
        }
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        listener.Start();

        var artist = await host.Catalog.SubjectAsync("metered");
        var path = $"/m-{Guid.NewGuid():N}.ics";
        host.Upstream.Map(path, FakeResponse.Text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:m1@example.com\r\n" +
            "DTSTAMP:20250101T000000Z\r\nDTSTART;VALUE=DATE:20250301\r\nSUMMARY:Metered Single\r\nURL:https://label.example/metered\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "text/calendar"));
        var response = await host.Admin.PostJsonAsync("/api/admin/sources", new
        { type = "ical", url = host.Upstream.Url(path).ToString(), subjects = new[] { artist }, schedule = "0 0 4 * * ?", enabled = false });
        var source = await response.ReadAsync<SourceResponse>();
        Assert.Equal(RunStatus.Succeeded, (await host.RunAsync(source.Id)).Status);

        lock (measured)
        {
            Assert.Contains(measured, m => m.Instrument == "releasecalendar.ingest.runs" && (string?)m.Tags["source.type"] == "ical" && (string?)m.Tags["status"] == "succeeded");
            Assert.Contains(measured, m => m.Instrument == "releasecalendar.ingest.items" && (string?)m.Tags["outcome"] == "created" && m.Value == 1);
            Assert.Contains(measured, m => m.Instrument == "releasecalendar.ingest.upstream.duration" && (string?)m.Tags["status"] == "200");
        }
        var page = await (await host.Anon.GetAsync($"/api/releases?subjects={artist}")).ReadAsync<ReleaseCalendar.Releases.ReleasePage>();
        var html = await host.Anon.GetStringAsync($"/releases/{page.Items.Single().Id}");
        Assert.Contains(">календарь (iCal)</a>", html, StringComparison.Ordinal); // the source, named for a reader
    }
}
