using Microsoft.Extensions.Primitives;

namespace ReleaseCalendar.Feeds;

/// <summary>Conditional requests against one representation, in the order of RFC 9110 §13.2.2.
/// Pure and allocation-free: it runs on every cached feed request.</summary>
public static class Preconditions
{
    /// <summary>200 to send the representation, 304 Not Modified, or 412 Precondition Failed.</summary>
    public static int Evaluate(string method, StringValues ifMatch, StringValues ifUnmodifiedSince,
        StringValues ifNoneMatch, StringValues ifModifiedSince, string etag, DateTimeOffset lastModified)
    {
        // If-Match uses the strong comparison; If-Unmodified-Since counts only without If-Match (§13.2.2 steps 1-2).
        if (ifMatch.Count > 0)
        {
            if (!AnyMatches(ifMatch, etag, weak: false)) return StatusCodes.Status412PreconditionFailed;
        }
        else if (TryParseDate(ifUnmodifiedSince, out var unmodifiedSince) && lastModified > unmodifiedSince)
            return StatusCodes.Status412PreconditionFailed;

        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        // If-None-Match uses the weak comparison (§13.1.2) and, when present, makes If-Modified-Since irrelevant.
        if (ifNoneMatch.Count > 0)
            return !AnyMatches(ifNoneMatch, etag, weak: true) ? StatusCodes.Status200OK
                : safe ? StatusCodes.Status304NotModified : StatusCodes.Status412PreconditionFailed;
        if (safe && TryParseDate(ifModifiedSince, out var modifiedSince) && lastModified <= modifiedSince)
            return StatusCodes.Status304NotModified;
        return StatusCodes.Status200OK;
    }

    /// <summary>Whether a list of entity tags (each header value "*" or comma-separated tags, W/ optional) names <paramref name="etag"/>.</summary>
    public static bool AnyMatches(StringValues header, string etag, bool weak)
    {
        var opaque = Opaque(etag, out var etagWeak);
        if (etagWeak && !weak) return false;
        foreach (var value in header)
        {
            var rest = (value ?? "").AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var item = (comma < 0 ? rest : rest[..comma]).Trim();
                rest = comma < 0 ? [] : rest[(comma + 1)..];
                if (item is "*") return true;
                var tag = Opaque(item, out var tagWeak);
                if (!tag.IsEmpty && tag.SequenceEqual(opaque) && (weak || !tagWeak)) return true;
            }
        }
        return false;
    }

    /// <summary>The quoted opaque part of an entity tag; empty when it is not one.</summary>
    static ReadOnlySpan<char> Opaque(ReadOnlySpan<char> tag, out bool isWeak)
    {
        isWeak = tag.StartsWith("W/", StringComparison.Ordinal);
        if (isWeak) tag = tag[2..];
        return tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"' ? tag : [];
    }

    // An invalid date is ignored, as if the header were absent (§13.1.3, §13.1.4).
    static bool TryParseDate(StringValues header, out DateTimeOffset date)
    {
        date = default;
        return header.Count == 1 && Microsoft.Net.Http.Headers.HeaderUtilities.TryParseDate(header.ToString(), out date);
    }
}
