using System.Diagnostics.Metrics;

namespace ReleaseCalendar.Ingest;

/// <summary>Ingestion's instruments (System.Diagnostics.Metrics, meter "ReleaseCalendar.Ingest"): read them with
/// dotnet-counters or an OpenTelemetry exporter. Tags: source type, outcome, upstream.</summary>
public sealed class IngestMetrics : IDisposable
{
    public const string MeterName = "ReleaseCalendar.Ingest";
    readonly Meter _meter;

    public IngestMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        Runs = _meter.CreateCounter<long>("releasecalendar.ingest.runs", "{run}", "Finished ingestion runs, by source type and status");
        Items = _meter.CreateCounter<long>("releasecalendar.ingest.items", "{item}", "Items seen, by source type and outcome (created, updated, unchanged, rejected)");
        Failures = _meter.CreateCounter<long>("releasecalendar.ingest.failures", "{run}", "Runs that failed, by source type");
        UpstreamDuration = _meter.CreateHistogram<double>("releasecalendar.ingest.upstream.duration", "s",
            "Time of one upstream request including retries, by upstream and status code");
    }

    public Counter<long> Runs { get; }
    public Counter<long> Items { get; }
    public Counter<long> Failures { get; }
    public Histogram<double> UpstreamDuration { get; }

    public void Dispose() => _meter.Dispose();
}
