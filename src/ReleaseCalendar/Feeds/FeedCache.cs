using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ReleaseCalendar.Feeds;

public sealed record RenderedFeed(byte[] Bytes, string ETag, DateTimeOffset LastModified)
{
    /// <summary>The Last-Modified header, formatted once per rendering, not per request.</summary>
    public string LastModifiedHeader { get; } = HeaderUtilities.FormatDate(LastModified);
}

/// <summary>Rendered feeds by request, each tagged with the subjects it shows (null: any subject).
/// A write invalidates exactly the entries that show one of the subjects it touched.</summary>
public sealed class FeedCache(IOptions<FeedOptions> options)
{
    sealed record Entry(RenderedFeed Feed, IReadOnlySet<int>? Subjects);

    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    readonly Lock _writeLock = new();
    readonly long _maxBytes = options.Value.CacheMegabytes * 1024L * 1024L;
    long _generation;
    long _bytes;

    /// <summary>Read before loading data; <see cref="Store"/> refuses the result if a write came in between,
    /// so a render that raced a write can never be cached after the write's invalidation.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public int Count => _entries.Count;

    /// <summary>Bytes of feed held, the figure <see cref="FeedOptions.CacheMegabytes"/> bounds.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    internal IEnumerable<string> Keys => _entries.Keys;

    public bool TryGet(string key, out RenderedFeed feed)
    {
        if (_entries.TryGetValue(key, out var e)) { feed = e.Feed; return true; }
        feed = null!;
        return false;
    }

    public bool Store(string key, RenderedFeed feed, IReadOnlySet<int>? subjects, long generationAtStart)
    {
        if (feed.Bytes.Length > _maxBytes) return false;
        lock (_writeLock)
        {
            if (_generation != generationAtStart) return false;
            // Keys carry the window's dates, so old ones pile up; a full wipe is simpler than LRU and rare.
            if (_bytes + feed.Bytes.Length > _maxBytes) ClearLocked();
            if (_entries.TryGetValue(key, out var old)) _bytes -= old.Feed.Bytes.Length;
            _entries[key] = new Entry(feed, subjects);
            _bytes += feed.Bytes.Length;
            return true;
        }
    }

    public void Invalidate(IReadOnlySet<int> subjects)
    {
        lock (_writeLock)
        {
            _generation++;
            foreach (var (key, entry) in _entries)
                if ((entry.Subjects is null || entry.Subjects.Overlaps(subjects)) && _entries.TryRemove(key, out _))
                    _bytes -= entry.Feed.Bytes.Length;
        }
    }

    public void Clear()
    {
        lock (_writeLock)
        {
            _generation++;
            ClearLocked();
        }
    }

    void ClearLocked()
    {
        _entries.Clear();
        _bytes = 0;
    }
}
