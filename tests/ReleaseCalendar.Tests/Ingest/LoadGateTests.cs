using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Tests.Infrastructure;
using ReleaseCalendar.Tests.Ingest.EndToEnd;
using ReleaseCalendar.Tests.Ingest.Http;
using ReleaseCalendar.Tests.Ingest.MusicBrainz;

namespace ReleaseCalendar.Tests.Ingest;

/// <summary>The machine's CPU as two cores whose share kept busy by other processes is scripted on a fake clock (the
/// edge of the world: /proc/stat), plus this process's own share.</summary>
public sealed class ScriptedCpu(TimeProvider clock) : ICpuSampler
{
    const double Cores = 2;
    readonly Lock _lock = new();
    DateTimeOffset? _at;
    double _total, _busy, _own;

    /// <summary>Other processes keep this share of the machine busy from <see cref="BusyFrom"/> until
    /// <see cref="BusyUntil"/>, none outside.</summary>
    public double OthersShare { get; set; } = 0.9;
    public DateTimeOffset BusyFrom { get; set; } = DateTimeOffset.MinValue;
    public DateTimeOffset BusyUntil { get; set; } = DateTimeOffset.MaxValue;
    /// <summary>This process's own share, at all times (its work is never a reason to wait).</summary>
    public double OwnShare { get; set; }
    public int Samples { get; private set; }

    public CpuSample? Sample()
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_at is { } at && now > at)
            {
                var span = (now - at).TotalSeconds * Cores;
                var from = at > BusyFrom ? at : BusyFrom;
                var until = now < BusyUntil ? now : BusyUntil;
                var others = until > from ? (until - from).TotalSeconds * Cores * OthersShare : 0;
                (_total, _busy, _own) = (_total + span, _busy + Math.Min(span, others + span * OwnShare), _own + span * OwnShare);
            }
            _at = now;
            Samples++;
            return new CpuSample(_total, _busy, _own);
        }
    }
}

public sealed class LoadGateTests
{
    static readonly DateTimeOffset Start = new(2024, 5, 20, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("cpu  100 0 50 800 50 0 0 0 0 0", 10.0, 1.5)]
    [InlineData("cpu 70 10 20 0 0 0 0 0", 1.0, 1.0)] // no idle at all; an older kernel's eight columns
    [InlineData("cpu  10 0 10 60 20 0 0 0 5 0", 1.0, 0.2)] // iowait is idle; guest (already inside user) is not added again
    public void FromProcStat_ReadsTotalAndBusySeconds(string line, double total, double busy)
    {
        var sample = CpuSample.FromProcStat(line, ownSeconds: 0.25);
        Assert.Equal(new CpuSample(total, busy, 0.25), sample);
    }

    [Theory]
    [InlineData("intr 1 2 3 4 5")]
    [InlineData("cpu0 1 2 3 4 5 6 7 8")]
    [InlineData("cpu 1 2 x 4 5")]
    [InlineData("cpu 1 2")]
    public void FromProcStat_RefusesAnythingButTheAggregateLine(string line) =>
        Assert.Null(CpuSample.FromProcStat(line, 0));

    [Fact]
    public void OthersShare_LeavesOutTheProcessesOwnTime()
    {
        // 2 s of both cores' time: 1.5 s busy, 0.5 s of it ours, so others kept 1.0 s of 2 busy.
        Assert.Equal(0.5, CpuSample.OthersShare(new CpuSample(10, 1.5, 0.5), new CpuSample(12, 3.0, 1.0)), 6);
        // Own time counted in coarser ticks than the machine's can exceed the busy time: never below 0.
        Assert.Equal(0, CpuSample.OthersShare(new CpuSample(10, 1, 0), new CpuSample(11, 1.1, 0.3)));
        Assert.Equal(0, CpuSample.OthersShare(new CpuSample(10, 1, 0), new CpuSample(10, 1, 0)));
    }

    static (LoadGate Gate, ScriptedCpu Cpu, WaitingClock Clock) Gate(double above, TimeSpan atMost)
    {
        var clock = new WaitingClock(Start, TimeSpan.FromDays(3), TimeSpan.FromDays(4));
        var cpu = new ScriptedCpu(clock);
        var options = Options.Create(new IngestOptions { YieldToLoadAbove = above, YieldToLoadAtMost = atMost });
        return (new LoadGate(cpu, options, clock, NullLogger<LoadGate>.Instance), cpu, clock);
    }

    [Fact]
    public async Task Off_NeverLooksAtTheMachine()
    {
        var (gate, cpu, _) = Gate(above: 0, TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.Zero, await gate.WaitAsync(1, CancellationToken.None));
        Assert.Equal(0, cpu.Samples);
    }

    [Fact]
    public async Task BusyMachine_WaitsUntilOthersLetGo()
    {
        var (gate, cpu, clock) = Gate(above: 0.5, TimeSpan.FromSeconds(30));
        cpu.BusyUntil = Start + TimeSpan.FromSeconds(2);
        var waited = await clock.RunAsync(gate.WaitAsync(1, CancellationToken.None));
        // The span [2.00, 2.25] is the first with the others gone.
        Assert.Equal(TimeSpan.FromSeconds(2.25), waited);
    }

    [Fact]
    public async Task LoadThatNeverEnds_StillLetsARunStepAtTheLongestWait()
    {
        var (gate, _, clock) = Gate(above: 0.5, TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.FromSeconds(3), await clock.RunAsync(gate.WaitAsync(1, CancellationToken.None)));
    }

    [Fact]
    public async Task LoadUnderTheThreshold_OrTheRunsOwnWork_IsNoReasonToWait()
    {
        var (gate, cpu, clock) = Gate(above: 0.5, TimeSpan.FromSeconds(30));
        cpu.OthersShare = 0.4;
        // The first look measures a span of its own (one step); later looks measure since the last one.
        Assert.Equal(LoadGate.Step, await clock.RunAsync(gate.WaitAsync(1, CancellationToken.None)));
        cpu.OthersShare = 0.3;
        cpu.OwnShare = 0.7; // a batch that kept the cores busy itself
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, await clock.RunAsync(gate.WaitAsync(1, CancellationToken.None)));
    }

    [Fact]
    public async Task AnOldSample_SaysNothingAboutNow()
    {
        var (gate, cpu, clock) = Gate(above: 0.5, TimeSpan.FromSeconds(30));
        cpu.BusyUntil = Start + TimeSpan.FromSeconds(1);
        Assert.Equal(TimeSpan.FromSeconds(1.25), await clock.RunAsync(gate.WaitAsync(1, CancellationToken.None)));
        // Ten quiet seconds, then the others are back: the quiet ten must not hide them.
        clock.Advance(TimeSpan.FromSeconds(10));
        (cpu.BusyFrom, cpu.BusyUntil) = (clock.GetUtcNow(), clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1.25), await clock.RunAsync(gate.WaitAsync(1, CancellationToken.None)));
    }

    [Fact]
    public async Task Cancelled_StopsWaiting()
    {
        var (gate, _, _) = Gate(above: 0.5, TimeSpan.FromMinutes(30));
        using var cts = new CancellationTokenSource();
        var waiting = gate.WaitAsync(1, cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}

/// <summary>A worker's host: Ingest:YieldToLoadAbove on, the machine's CPU scripted on the host's clock.</summary>
public sealed class YieldingHost : IngestHost
{
    public ScriptedCpu Cpu { get; private set; } = null!;

    protected override AppFactory Extend(AppFactory app)
    {
        Cpu = new ScriptedCpu(Clock) { BusyUntil = DateTimeOffset.MinValue };
        return app.With("Ingest:YieldToLoadAbove", "0.5").With("Ingest:YieldToLoadAtMost", "00:01:00")
            .WithServices(s => s.AddSingleton<ICpuSampler>(Cpu));
    }
}

public sealed class LoadGateRunTests(YieldingHost host) : IClassFixture<YieldingHost>
{
    [Fact]
    public async Task ARun_WaitsOutOtherProcessesLoad_ThenStoresEverything()
    {
        var show = await host.Catalog.SubjectAsync("gate", "show");
        var id = Random.Shared.Next(100_000, 900_000);
        host.Upstream.MapTvMazeShow(id, "kr-network");
        var source = await host.SourceAsync("tvmaze", show, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var started = host.Clock.GetUtcNow();
        host.Cpu.BusyUntil = started + TimeSpan.FromSeconds(20);
        var samples = host.Cpu.Samples;

        var run = await host.RunAsync(source.Id);

        Assert.Equal(RunStatus.Succeeded, run.Status);
        Assert.True(run.Created > 2, $"{run.Created} created: the fixture's episodes come in more than one batch of 2");
        // Nothing was read before the load ended, and the run then went on with its batches, looking before each.
        Assert.True(host.Upstream.Requests.Where(r => r.Path.StartsWith($"/shows/{id}", StringComparison.Ordinal))
            .All(r => r.ArrivedAt >= started + TimeSpan.FromSeconds(20)), "a request went out while other processes were busy");
        Assert.True(host.Cpu.Samples - samples >= 80 + run.Created / 2, $"{host.Cpu.Samples - samples} looks at the CPU");
        Assert.Contains(host.Log.Lines, l => l.Message.Contains($"Run {run.Id} waited 20.", StringComparison.Ordinal));
    }
}
