using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace ReleaseCalendar.Bench.Ingest;

/// <summary>The runtime's allocation sampling (GCAllocationTick: one event per ~100 KB allocated, naming the type that
/// crossed the mark), summed per type: where a merge's bytes go, without a profiler. Sampled, so small shares are noise.</summary>
sealed class AllocationSampler : EventListener
{
    readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    volatile bool _on;

    public void Start() => _on = true;
    public void Stop() => _on = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword; AllocationTick is verbose
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
        var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
    }

    public IEnumerable<(string Type, long Bytes)> Top(int n) =>
        _bytes.OrderByDescending(kv => kv.Value).Take(n).Select(kv => (kv.Key, kv.Value));
}
