using Microsoft.Extensions.Options;
using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Tests.Feeds;

public sealed class FeedCacheTests
{
    static readonly RenderedFeed Feed = new(new byte[1000], "\"x\"", DateTimeOffset.UnixEpoch);

    static FeedCache NewCache(int megabytes = 1) => new(Options.Create(new FeedOptions { CacheMegabytes = megabytes }));

    [Fact]
    public void Store_RenderThatRacedAWrite_IsRefused()
    {
        var cache = NewCache();
        var before = cache.Generation;
        cache.Invalidate(new HashSet<int> { 42 }); // a write lands while the render runs
        Assert.False(cache.Store("k", Feed, new HashSet<int> { 7 }, before));
        Assert.False(cache.TryGet("k", out _));
        Assert.True(cache.Store("k", Feed, new HashSet<int> { 7 }, cache.Generation));
        Assert.True(cache.TryGet("k", out _));
    }

    [Fact]
    public void Invalidate_DropsEntriesShowingTouchedSubjects_AndAllSubjectFeeds_KeepsOthers()
    {
        var cache = NewCache();
        var g = cache.Generation;
        cache.Store("a", Feed, new HashSet<int> { 1, 2 }, g);
        cache.Store("b", Feed, new HashSet<int> { 3 }, g);
        cache.Store("all", Feed, null, g);
        cache.Invalidate(new HashSet<int> { 2 });
        Assert.False(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("all", out _));
        Assert.True(cache.TryGet("b", out _));
    }

    [Fact]
    public void Store_BeyondItsMemory_StartsOver_AndNeverHoldsMore()
    {
        var cache = NewCache(megabytes: 1);
        for (var i = 0; i < 1_100; i++) cache.Store($"k{i}", Feed, null, cache.Generation);
        Assert.True(cache.Bytes <= 1024 * 1024);
        Assert.Equal(cache.Count * Feed.Bytes.Length, cache.Bytes);
        Assert.True(cache.TryGet("k1099", out _));
        cache.Invalidate(new HashSet<int> { 1 });
        Assert.Equal(0, cache.Bytes);
    }
}
