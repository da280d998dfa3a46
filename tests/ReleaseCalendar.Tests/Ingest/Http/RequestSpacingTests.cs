using Microsoft.Extensions.Time.Testing;
using ReleaseCalendar.Ingest.Http;

namespace ReleaseCalendar.Tests.Ingest.Http;

public sealed class RequestSpacingTests
{
    [Fact]
    public void WaitAsync_TvMazeLimit_TwentyStartAtOnceThe21stAfterTheWindow()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero));
        var spacing = new UpstreamRateLimits(clock).For(Upstream.TvMaze, new Uri("https://api.tvmaze.com/shows/1"));

        var waits = Enumerable.Range(0, 22).Select(_ => spacing.WaitAsync(CancellationToken.None)).ToList();

        Assert.All(waits.Take(20), w => Assert.True(w.IsCompletedSuccessfully));
        Assert.False(waits[20].IsCompleted);
        // 10 s and 1% for the network's jitter: two starts 10 s apart could arrive 9.999 s apart.
        clock.Advance(TimeSpan.FromSeconds(10.1) - TimeSpan.FromTicks(1));
        Assert.False(waits[20].IsCompleted);
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.True(waits[20].IsCompletedSuccessfully);
        Assert.True(waits[21].IsCompletedSuccessfully);
    }

    [Fact]
    public void WaitAsync_MusicBrainz_OneStartPerSecondInArrivalOrder()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero));
        var limits = new UpstreamRateLimits(clock);
        var spacing = limits.For(Upstream.MusicBrainz, new Uri("https://musicbrainz.org/ws/2/release-group?artist=a"));
        Assert.Same(spacing, limits.For(Upstream.MusicBrainz, new Uri("https://MusicBrainz.org/ws/2/release/x")));

        var waits = Enumerable.Range(0, 3).Select(_ => spacing.WaitAsync(CancellationToken.None)).ToList();

        Assert.Equal([true, false, false], waits.Select(w => w.IsCompleted));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([true, false, false], waits.Select(w => w.IsCompleted));
        clock.Advance(TimeSpan.FromMilliseconds(10));
        Assert.Equal([true, true, false], waits.Select(w => w.IsCompleted));
        clock.Advance(TimeSpan.FromSeconds(1.01));
        Assert.True(waits[2].IsCompleted);
    }

    [Fact]
    public void WaitAsync_IdleLongerThanTheWindow_StartsAtOnce()
    {
        var clock = new FakeTimeProvider();
        var spacing = new RequestSpacing(1, TimeSpan.FromSeconds(1), clock);
        Assert.True(spacing.WaitAsync(CancellationToken.None).IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(spacing.WaitAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void For_DifferentFeedHosts_HaveTheirOwnLimits()
    {
        var limits = new UpstreamRateLimits(new FakeTimeProvider());
        Assert.NotSame(limits.For(Upstream.News, new Uri("https://a.example/rss")), limits.For(Upstream.News, new Uri("https://b.example/rss")));
    }
}
