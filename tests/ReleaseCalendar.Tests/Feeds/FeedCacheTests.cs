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
        cache.Invalidate(new HashSet<int> { 7, 42 }); // a write to what it shows lands while the render runs
        Assert.False(cache.Store("k", Feed, new HashSet<int> { 7 }, before));
        Assert.False(cache.TryGet("k", out _));
        Assert.True(cache.Store("k", Feed, new HashSet<int> { 7 }, cache.Generation));
        Assert.True(cache.TryGet("k", out _));
    }

    [Fact]
    public void Store_RenderThatRacedAnUnrelatedWrite_IsKept_ButAFeedOfEverySubjectIsNot()
    {
        var cache = NewCache();
        var before = cache.Generation;
        cache.Invalidate(new HashSet<int> { 42 }); // ingestion writes another artist meanwhile
        Assert.True(cache.Store("k", Feed, new HashSet<int> { 7 }, before));
        Assert.False(cache.Store("all", Feed, null, before)); // the feed of everything shows artist 42 too
    }

    [Fact]
    public void Store_RenderThatRacedAClear_IsRefused()
    {
        var cache = NewCache();
        var before = cache.Generation;
        cache.Clear();
        Assert.False(cache.Store("k", Feed, new HashSet<int> { 7 }, before));
        Assert.True(cache.Store("k", Feed, new HashSet<int> { 7 }, cache.Generation));
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
    public void Store_BeyondItsMemory_NeverHoldsMore()
    {
        var cache = NewCache(megabytes: 1);
        for (var i = 0; i < 1_100; i++) Assert.True(cache.Store($"k{i}", Feed, null, cache.Generation));
        Assert.InRange(cache.Bytes, 1, 1024 * 1024);
        Assert.Equal(cache.Count * Feed.Bytes.Length, cache.Bytes);
        Assert.True(cache.TryGet("k1099", out _));
        cache.Invalidate(new HashSet<int> { 1 });
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void Store_BeyondItsMemory_EvictsTheLeastRecentlyUsed_APopularFeedSurvives()
    {
        var cache = NewCache(megabytes: 1);
        var big = new RenderedFeed(new byte[100_000], "\"b\"", DateTimeOffset.UnixEpoch);
        cache.Store("popular", big, new HashSet<int> { 1 }, cache.Generation);
        cache.Store("cold", big, new HashSet<int> { 2 }, cache.Generation);
        // Thirty more feeds, three times the budget, while subscribers keep reading the popular one.
        for (var i = 0; i < 30; i++)
        {
            Assert.True(cache.TryGet("popular", out _), $"popular feed evicted after {i} stores");
            cache.Store($"other{i}", big, new HashSet<int> { 100 + i }, cache.Generation);
        }
        Assert.True(cache.TryGet("popular", out _));
        Assert.False(cache.TryGet("cold", out _));
        Assert.False(cache.TryGet("other0", out _));
        Assert.True(cache.TryGet("other29", out _));
        Assert.InRange(cache.Bytes, 1, 1024 * 1024);
        Assert.True(cache.Count > 5, "an eviction drops the oldest entries, not the whole cache");
    }

    [Fact]
    public void Store_SameKeyAgain_ReplacesAndCountsOnce()
    {
        var cache = NewCache();
        cache.Store("k", Feed, null, cache.Generation);
        cache.Store("k", Feed, null, cache.Generation);
        Assert.Equal(1, cache.Count);
        Assert.Equal(Feed.Bytes.Length, cache.Bytes);
    }

    static FeedData Data(params int[] subjects) => new([], subjects.Length == 0 ? null : subjects.ToHashSet(), [], DateTime.UnixEpoch);

    [Fact]
    public void StoreData_LoadThatRacedAWrite_IsRefused()
    {
        var cache = NewCache();
        var before = cache.Generation;
        cache.Invalidate(new HashSet<int> { 7 }); // a write to what the data shows
        Assert.False(cache.StoreData("d", Data(7), before));
        Assert.False(cache.TryGetData<FeedData>("d", out _));
        Assert.True(cache.StoreData("d", Data(7), cache.Generation));
        Assert.True(cache.TryGetData<FeedData>("d", out _));
    }

    [Fact]
    public void Invalidate_DropsLoadedDataLikeRenderedFeeds()
    {
        var cache = NewCache();
        var g = cache.Generation;
        cache.StoreData("touched", Data(1, 2), g);
        cache.StoreData("other", Data(3), g);
        cache.StoreData("all", Data(), g);
        cache.Invalidate(new HashSet<int> { 2 });
        Assert.False(cache.TryGetData<FeedData>("touched", out _));
        Assert.False(cache.TryGetData<FeedData>("all", out _));
        Assert.True(cache.TryGetData<FeedData>("other", out _));
        Assert.True(cache.Bytes > 0);
    }

    [Fact]
    public void TryGet_AFeedKeyNeverAnswersADataLookup_OrTheReverse()
    {
        var cache = NewCache();
        cache.Store("k", Feed, null, cache.Generation);
        Assert.False(cache.TryGetData<FeedData>("k", out _));
        cache.StoreData("d", Data(1), cache.Generation);
        Assert.False(cache.TryGet("d", out _));
    }

    /// <summary>What a write's version of the data is, as a loaded entry (the "database" here is one counter).</summary>
    sealed record Versioned(int Version) : ICachedData
    {
        public IReadOnlySet<int>? Subjects { get; } = new HashSet<int> { 1 };
        public long EstimatedBytes => 64;
    }

    [Fact]
    public async Task Generation_ReadAfterAWrite_NeverFindsDataTheWriteOutdated()
    {
        // A feed once stayed stale for good: a reader took the new generation while the invalidation was still sweeping,
        // hit the outdated entry, and stored its render under the new generation as current. Here a write commits
        // version v and invalidates; invalidation v publishes generation v, so data found by a reader that saw
        // generation g must be version g or later. Other artists' entries make each sweep long enough for readers to
        // land inside it. Counted in iterations, not time.
        var cache = NewCache(megabytes: 64);
        for (var i = 0; i < 2_000; i++) cache.StoreData($"other {i}", Data(2), cache.Generation);
        const int Writes = 5_000;
        var committed = 0;
        var writing = true;
        var stale = 0;
        var started = 0;
        long reads = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            Interlocked.Increment(ref started);
            while (Volatile.Read(ref writing))
            {
                Interlocked.Increment(ref reads);
                var g = cache.Generation;
                if (cache.TryGetData<Versioned>("d", out var found))
                {
                    if (found.Version < g) Interlocked.Increment(ref stale);
                }
                else cache.StoreData("d", new Versioned(Volatile.Read(ref committed)), g);
            }
        })).ToArray();
        // Writes begin once both readers run (review 16: on two cores they sometimes had not started before the last write).
        var wait = new SpinWait();
        while (Volatile.Read(ref started) < 2) wait.SpinOnce();
        for (var v = 1; v <= Writes; v++)
        {
            Volatile.Write(ref committed, v);
            cache.Invalidate(new HashSet<int> { 1 });
        }
        Volatile.Write(ref writing, false);
        await Task.WhenAll(readers);
        Assert.True(Interlocked.Read(ref reads) > 0);
        Assert.Equal(0, stale);
        Assert.Equal(Writes, cache.Generation);
        Assert.True(cache.TryGetData<FeedData>("other 0", out _)); // other artists' entries outlive every sweep
    }
}
