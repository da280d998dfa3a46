using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Tests.Feeds;

public sealed class FeedCacheTests
{
    static readonly RenderedFeed Feed = new([1, 2, 3], "\"x\"", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Store_RenderThatRacedAWrite_IsRefused()
    {
        var cache = new FeedCache();
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
        var cache = new FeedCache();
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
    public void Store_BeyondCapacity_StartsOver()
    {
        var cache = new FeedCache();
        for (var i = 0; i < FeedCache.MaxEntries + 10; i++) cache.Store($"k{i}", Feed, null, cache.Generation);
        Assert.True(cache.Count <= FeedCache.MaxEntries);
        Assert.True(cache.TryGet($"k{FeedCache.MaxEntries + 9}", out _));
    }
}
