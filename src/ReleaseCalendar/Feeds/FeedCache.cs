using System.Collections.Concurrent;

namespace ReleaseCalendar.Feeds;

public sealed record RenderedFeed(byte[] Bytes, string ETag, DateTimeOffset LastModified);

/// <summary>Rendered feeds by request, each tagged with the subjects it shows (null: any subject).
/// A write invalidates exactly the entries that show one of the subjects it touched.</summary>
public sealed class FeedCache
{
    public const int MaxEntries = 5_000;

    sealed record Entry(RenderedFeed Feed, IReadOnlySet<int>? Subjects);

    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    readonly Lock _writeLock = new();
    long _generation;

    /// <summary>Read before loading data; <see cref="Store"/> refuses the result if a write came in between,
    /// so a render that raced a write can never be cached after the write's invalidation.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public int Count => _entries.Count;

    internal IEnumerable<string> Keys => _entries.Keys;

    public void Clear()
    {
        lock (_writeLock)
        {
            _generation++;
            _entries.Clear();
        }
    }

    public bool TryGet(string key, out RenderedFeed feed)
    {
        if (_entries.TryGetValue(key, out var e)) { feed = e.Feed; return true; }
        feed = null!;
        return false;
    }

    public bool Store(string key, RenderedFeed feed, IReadOnlySet<int>? subjects, long generationAtStart)
    {
        lock (_writeLock)
        {
            if (_generation != generationAtStart) return false;
            // Keys carry today's date, so old windows pile up; a full wipe is simpler than LRU and rare.
            if (_entries.Count >= MaxEntries) _entries.Clear();
            _entries[key] = new Entry(feed, subjects);
            return true;
        }
    }

    public void Invalidate(IReadOnlySet<int> subjects)
    {
        lock (_writeLock)
        {
            _generation++;
            foreach (var (key, entry) in _entries)
                if (entry.Subjects is null || entry.Subjects.Overlaps(subjects)) _entries.TryRemove(key, out _);
        }
    }
}
