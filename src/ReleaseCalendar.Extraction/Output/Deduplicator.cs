namespace ReleaseCalendar.Extraction.Output;

/// <summary>The last stage: one candidate per subject, kind and date, and one per release across album/EP and film/drama/episode.</summary>
internal static class Deduplicator
{
    public static IReadOnlyList<ReleaseCandidate> Deduplicate(List<ReleaseCandidate> found)
    {
        var best = new Dictionary<(string, ReleaseKind, DateOnly), ReleaseCandidate>();
        var order = new List<(string, ReleaseKind, DateOnly)>();
        foreach (var candidate in found)
        {
            var key = (candidate.ResolvedSubjectSlug ?? ExtractionCatalog.Key(candidate.Subject), candidate.Kind, candidate.Date);
            if (!best.TryGetValue(key, out var existing))
            {
                order.Add(key);
                best[key] = candidate;
            }
            else if (candidate.Confidence > existing.Confidence || (existing.Time is null && candidate.Time is not null))
            {
                best[key] = candidate with { Confidence = Math.Max(candidate.Confidence, existing.Confidence) };
            }
        }
        // "New Album «ATE»" in the headline and "mini album «ATE»" in the text are one release.
        var result = new List<ReleaseCandidate>();
        foreach (var candidate in order.Select(k => best[k]))
        {
            var twin = result.FindIndex(r => SameRelease(r, candidate));
            if (twin < 0)
            {
                result.Add(candidate);
            }
            else if (Rank(candidate) > Rank(result[twin]))
            {
                result[twin] = candidate;
            }
        }
        return result;
    }

    static bool SameRelease(ReleaseCandidate a, ReleaseCandidate b) =>
        a.Date == b.Date && a.Kind != b.Kind && MergeFamily(a.Kind) is { } family && family == MergeFamily(b.Kind)
        && (a.ResolvedSubjectSlug ?? ExtractionCatalog.Key(a.Subject)) == (b.ResolvedSubjectSlug ?? ExtractionCatalog.Key(b.Subject))
        && (a.Title is null || b.Title is null || string.Equals(a.Title, b.Title, StringComparison.OrdinalIgnoreCase));

    static int? MergeFamily(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Album or ReleaseKind.Ep => 1,
        // One screen work is a film or a show, not both: «стартует дорама «Случайность?» (в международном прокате — …)».
        ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film => 2,
        _ => null,
    };

    static double Rank(ReleaseCandidate c) => (c.Time is null ? 0 : 4) + (c.Title is null ? 0 : 2) + c.Confidence;
}
