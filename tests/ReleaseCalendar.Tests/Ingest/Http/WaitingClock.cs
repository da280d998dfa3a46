using Microsoft.Extensions.Time.Testing;

namespace ReleaseCalendar.Tests.Ingest.Http;

/// <summary>A FakeTimeProvider that knows its pending timers, so a test can move time to exactly the next thing the
/// code under test waits for (a back-off, a Retry-After, a rate-limit slot) and never past it, without sleeping.
/// Timeouts are told apart by their length: <see cref="RunAsync{T}"/> never jumps to one, and holds time still
/// while an attempt (a timer of the attempt timeout's length) is in flight, since real I/O is then under way.</summary>
public sealed class WaitingClock(DateTimeOffset start, TimeSpan attemptTimeout, TimeSpan totalTimeout) : FakeTimeProvider(start)
{
    readonly Lock _gate = new();
    // Held while a timer is set (its Due and the fake timer under it) and while time advances: a timer set on another
    // thread in the middle of an advance would otherwise record a Due from before it and wait on a fake timer from after
    // it, a Due forever in the past that no advance fires.
    readonly Lock _advance = new();
    readonly HashSet<Tracked> _pending = [];
    TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_advance)
        {
            var tracked = new Tracked(this);
            tracked.Set(dueTime, period);
            tracked.Inner = base.CreateTimer(s => { tracked.Fired(); callback(s); }, state, dueTime, period);
            return tracked;
        }
    }

    /// <summary>Waits for <paramref name="task"/>, advancing time to each pending wait whenever no attempt is in flight.</summary>
    public async Task<T> RunAsync<T>(Task<T> task)
    {
        while (!task.IsCompleted)
        {
            Task changed;
            var advanced = false;
            lock (_advance)
            {
                TimeSpan? step = null;
                lock (_gate)
                {
                    changed = _changed.Task;
                    if (!_pending.Any(t => t.Length == attemptTimeout))
                    {
                        // Periodic timers are some component's heartbeat; what ingestion waits for is one-shot.
                        var next = _pending.Where(t => t.Length != totalTimeout && !t.Periodic).MinBy(t => t.Due);
                        if (next is not null) step = next.Due - GetUtcNow();
                    }
                }
                if (step is { } s)
                {
                    Advance(s > TimeSpan.Zero ? s : TimeSpan.Zero);
                    advanced = true;
                }
            }
            // After an advance, let what it woke run (it may need this very thread) before looking again.
            if (advanced) await Task.Yield();
            else await Task.WhenAny(task, changed);
        }
        return await task;
    }

    public async Task RunAsync(Task task) => await RunAsync(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return 0; }, TaskScheduler.Default));

    void Changed()
    {
        lock (_gate)
        {
            _changed.TrySetResult();
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    sealed class Tracked(WaitingClock clock) : ITimer
    {
        public ITimer Inner { get; set; } = null!;
        public TimeSpan Length { get; private set; }
        public bool Periodic => _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan;
        public DateTimeOffset Due { get; private set; }
        TimeSpan _period;

        public void Set(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                Length = dueTime;
                _period = period;
                Due = clock.GetUtcNow() + dueTime;
                if (dueTime == Timeout.InfiniteTimeSpan) clock._pending.Remove(this);
                else clock._pending.Add(this);
            }
            clock.Changed();
        }

        public void Fired()
        {
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan) Set(_period, _period);
            else Remove();
        }

        void Remove()
        {
            lock (clock._gate) clock._pending.Remove(this);
            clock.Changed();
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._advance)
            {
                Set(dueTime, period);
                return Inner.Change(dueTime, period);
            }
        }

        public void Dispose()
        {
            Remove();
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
