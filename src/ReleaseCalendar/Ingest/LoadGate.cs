using System.Globalization;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Ingest;

/// <summary>The machine's CPU counters at one moment: all cores' time and busy time (seconds since boot), and this
/// process's own CPU time. Two samples tell what share of the machine other processes used in between.</summary>
public readonly record struct CpuSample(double TotalSeconds, double BusySeconds, double OwnSeconds)
{
    /// <summary>The share (0–1) of all cores' time between two samples that other processes kept busy.</summary>
    public static double OthersShare(CpuSample before, CpuSample after)
    {
        var total = after.TotalSeconds - before.TotalSeconds;
        if (total <= 0) return 0;
        var others = after.BusySeconds - before.BusySeconds - (after.OwnSeconds - before.OwnSeconds);
        return Math.Clamp(others / total, 0, 1);
    }

    /// <summary>Reads the aggregate "cpu" line of Linux's /proc/stat (ticks of USER_HZ, 100 a second on every
    /// architecture .NET runs on): busy is everything but idle and iowait; guest time is already inside user.</summary>
    public static CpuSample? FromProcStat(string firstLine, double ownSeconds)
    {
        var fields = firstLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5 || fields[0] != "cpu") return null;
        double total = 0, idle = 0;
        // user nice system idle iowait irq softirq steal [guest guest_nice]
        for (var i = 1; i < Math.Min(fields.Length, 9); i++)
        {
            if (!long.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)) return null;
            total += ticks;
            if (i is 4 or 5) idle += ticks;
        }
        return new CpuSample(total / 100, (total - idle) / 100, ownSeconds);
    }
}

/// <summary>Where the gate reads the machine's load; the one in the service reads Linux's /proc/stat.</summary>
public interface ICpuSampler
{
    /// <summary>Now's counters, or null where the platform gives none (the gate then never waits).</summary>
    CpuSample? Sample();
}

sealed class ProcStatSampler : ICpuSampler
{
    public CpuSample? Sample()
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            using var reader = new StreamReader("/proc/stat");
            return reader.ReadLine() is { } line ? CpuSample.FromProcStat(line, Environment.CpuUsage.TotalTime.TotalSeconds) : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}

/// <summary>Makes a run wait between its steps while other processes keep the machine busy (Ingest:YieldToLoadAbove),
/// at most Ingest:YieldToLoadAtMost at a time, so that a worker process leaves the cores to the web process under
/// load: even at idle CPU priority, a worker that keeps the cores busy costs a small feed's p99 about ×1.5 on two cores
/// (bench/README.md). Off (0) by default: a process that serves feeds itself would wait on nobody but its own tests'
/// neighbours.</summary>
public sealed class LoadGate(ICpuSampler sampler, IOptions<IngestOptions> options, TimeProvider clock, ILogger<LoadGate> logger)
{
    /// <summary>How often a waiting run looks again, and the shortest span a share is measured over.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);

    /// <summary>A sample older than this says nothing about now: the gate starts a fresh span instead.</summary>
    public static readonly TimeSpan LongestSpan = TimeSpan.FromSeconds(5);

    readonly Lock _lock = new();
    (CpuSample Sample, long At)? _last;

    /// <summary>Returns at once when the gate is off or other processes used less than the threshold since the gate
    /// last looked (a run's own work in between is its own CPU, not counted); else waits until they do, or until the
    /// longest wait has passed. Returns how long it waited.</summary>
    public async Task<TimeSpan> WaitAsync(int runId, CancellationToken ct)
    {
        var above = options.Value.YieldToLoadAbove;
        if (above <= 0) return TimeSpan.Zero;
        var started = clock.GetTimestamp();
        var share = 0.0;
        while (true)
        {
            if (sampler.Sample() is not { } now) return TimeSpan.Zero;
            var at = clock.GetTimestamp();
            double? measured = null;
            lock (_lock)
            {
                if (_last is { } old && clock.GetElapsedTime(old.At, at) > LongestSpan) _last = null;
                if (_last is { } last && clock.GetElapsedTime(last.At, at) >= Step)
                {
                    measured = CpuSample.OthersShare(last.Sample, now);
                    _last = (now, at);
                }
                else _last ??= (now, at);
            }
            var waited = clock.GetElapsedTime(started);
            if (measured is { } m)
            {
                share = m;
                if (m < above) return Done(waited);
                if (waited >= options.Value.YieldToLoadAtMost) return Done(waited);
            }
            await Task.Delay(Step, clock, ct);
        }

        TimeSpan Done(TimeSpan waited)
        {
            if (waited > TimeSpan.Zero) logger.WaitedForLoad(runId, waited.TotalSeconds, share);
            return waited;
        }
    }
}

public static partial class Log
{
    [LoggerMessage(EventId = 103, Level = LogLevel.Information,
        Message = "Run {RunId} waited {Seconds:F1} s while other processes kept {Share:P0} of the CPU busy (Ingest:YieldToLoadAbove)")]
    public static partial void WaitedForLoad(this ILogger logger, int runId, double seconds, double share);
}
