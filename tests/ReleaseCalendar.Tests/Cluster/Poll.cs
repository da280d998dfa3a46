using System.Diagnostics;

namespace ReleaseCalendar.Tests.Cluster;

/// <summary>Waits for an effect in another process or on another connection: polls with a deadline, never sleeps a
/// fixed time hoping it happened.</summary>
internal static class Poll
{
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? within = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, within);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = within ?? TimeSpan.FromSeconds(30);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < deadline, $"Not within {deadline.TotalSeconds:0.#} s: {what}");
            await Task.Delay(20);
        }
    }
}
