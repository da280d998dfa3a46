using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ReleaseCalendar.Feeds;

/// <summary>Data a feed is rendered from, cached beside the bytes and invalidated with them.</summary>
public interface ICachedData
{
    /// <summary>Every subject the data shows (null: any subject); a write touching one drops the entry.</summary>
    IReadOnlySet<int>? Subjects { get; }
    /// <summary>Rough managed size, charged against <see cref="FeedOptions.CacheMegabytes"/> like rendered bytes.</summary>
    long EstimatedBytes { get; }
}

public sealed record RenderedFeed(byte[] Bytes, string ETag, DateTimeOffset LastModified)
{
    /// <summary>The Last-Modified header, formatted once per rendering, not per request.</summary>
    public string LastModifiedHeader { get; } = HeaderUtilities.FormatDate(LastModified);
}

/// <summary>Rendered feeds, and the loaded data they were rendered from (<see cref="FeedData"/>), by key; each entry is
/// tagged with the subjects it shows (null: any subject). A write invalidates exactly the entries that show one of the
/// subjects it touched, rendered and loaded alike. Past <see cref="FeedOptions.CacheMegabytes"/> the least recently
/// used entries go first.</summary>
public sealed class FeedCache(IOptions<FeedOptions> options)
{
    sealed class Entry(object value, long size, IReadOnlySet<int>? subjects, long used)
    {
        public object Value { get; } = value;
        public long Size { get; } = size;
        public IReadOnlySet<int>? Subjects { get; } = subjects;
        // Written on every hit without a lock; a lost update only makes the LRU order approximate.
        public long Used = used;
    }

    /// <summary>An eviction frees down to this share of the budget, so a full cache doesn't sweep on every store.</summary>
    const double EvictTo = 0.9;

    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    readonly Lock _writeLock = new();
    readonly long _maxBytes = options.Value.CacheMegabytes * 1024L * 1024L;
    long _generation;
    // When each subject was last invalidated, and when anything was: a store is refused only if what it shows changed
    // since its load began, so steady writes elsewhere (ingestion) do not keep slow loads from being cached.
    readonly Dictionary<int, long> _invalidatedAt = [];
    long _anyInvalidatedAt;
    long _clearedAt;
    long _bytes;
    long _clock;

    /// <summary>Read before loading data; <see cref="Store(string, RenderedFeed, IReadOnlySet{int}?, long)"/> refuses the result if a
    /// write touching what it shows came in between, so a render that raced a write is never cached after its invalidation.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public int Count => _entries.Count;

    /// <summary>Bytes held (feeds' bytes plus loaded data's estimated size), the figure <see cref="FeedOptions.CacheMegabytes"/> bounds.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public bool TryGet(string key, out RenderedFeed feed) => TryGet<RenderedFeed>(key, out feed);

    public bool Store(string key, RenderedFeed feed, IReadOnlySet<int>? subjects, long generationAtStart) =>
        Put(key, feed, feed.Bytes.Length, subjects, generationAtStart);

    /// <summary>Loaded data (<see cref="FeedData"/>, <see cref="SubjectReleases"/>) under its own keys, never a feed's.</summary>
    public bool TryGetData<T>(string key, out T data) where T : class, ICachedData => TryGet(key, out data);

    /// <summary>Like <see cref="Store(string, RenderedFeed, IReadOnlySet{int}?, long)"/>: tagged with the subjects the
    /// data shows and refused if a write came in since <paramref name="generationAtStart"/>.</summary>
    public bool StoreData(string key, ICachedData data, long generationAtStart) =>
        Put(key, data, data.EstimatedBytes, data.Subjects, generationAtStart);

    bool TryGet<T>(string key, out T value) where T : class
    {
        if (_entries.TryGetValue(key, out var e) && e.Value is T v)
        {
            e.Used = Interlocked.Increment(ref _clock);
            value = v;
            return true;
        }
        value = null!;
        return false;
    }

    bool Put(string key, object value, long size, IReadOnlySet<int>? subjects, long generationAtStart)
    {
        if (size > _maxBytes) return false;
        lock (_writeLock)
        {
            if (ChangedSinceLocked(subjects, generationAtStart)) return false;
            if (_entries.TryRemove(key, out var old)) _bytes -= old.Size;
            if (_bytes + size > _maxBytes) EvictLocked((long)(_maxBytes * EvictTo) - size);
            _entries[key] = new Entry(value, size, subjects, Interlocked.Increment(ref _clock));
            _bytes += size;
            return true;
        }
    }

    /// <summary>Drops the least recently used entries until at most <paramref name="target"/> bytes are held.</summary>
    void EvictLocked(long target)
    {
        foreach (var (key, entry) in _entries.OrderBy(e => Volatile.Read(ref e.Value.Used)).ToList())
        {
            if (_bytes <= target) break;
            if (_entries.TryRemove(key, out _)) _bytes -= entry.Size;
        }
    }

    /// <summary>An entry showing every subject (null) changes with any write; one showing some, with a write to one of them.</summary>
    bool ChangedSinceLocked(IReadOnlySet<int>? subjects, long generationAtStart)
    {
        if (_clearedAt > generationAtStart) return true;
        if (subjects is null) return _anyInvalidatedAt > generationAtStart;
        foreach (var id in subjects)
            if (_invalidatedAt.TryGetValue(id, out var at) && at > generationAtStart) return true;
        return false;
    }

    public void Invalidate(IReadOnlySet<int> subjects)
    {
        lock (_writeLock)
        {
            var next = _generation + 1;
            _anyInvalidatedAt = next;
            foreach (var id in subjects) _invalidatedAt[id] = next;
            foreach (var (key, entry) in _entries)
                if ((entry.Subjects is null || entry.Subjects.Overlaps(subjects)) && _entries.TryRemove(key, out _))
                    _bytes -= entry.Size;
            Publish(next);
        }
    }

    public void Clear()
    {
        lock (_writeLock)
        {
            var next = _generation + 1;
            _clearedAt = next;
            _entries.Clear();
            _bytes = 0;
            Publish(next);
        }
    }

    /// <summary>The new generation becomes visible only once the entries it outdates are gone: a reader that sees it
    /// then finds no stale entry to render from, and one that saw the old generation has its store refused.
    /// (Published first, a reader could take the new number mid-sweep, hit a stale entry and cache it as current.)</summary>
    void Publish(long next) => Interlocked.Exchange(ref _generation, next);
}
