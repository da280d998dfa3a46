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
        DropUnknownTwins(result);
        // "CSR ARE BACK TODAY" over "single … + MV … → 6PM KST today": a release of no kind beside the act's own releases
        // of that day (of its title, when it has one) says nothing more.
        result.RemoveAll(r => r.Kind == ReleaseKind.Other
                              && result.Exists(o => o.Kind != ReleaseKind.Other && o.Date == r.Date && ActKey(o) == ActKey(r)
                                                    && (r.Title is null || SameTitle(o, r))));
        return result;
    }

    static string ActKey(ReleaseCandidate c) => c.ResolvedSubjectSlug ?? ExtractionCatalog.Key(c.Subject);

    static bool SameTitle(ReleaseCandidate a, ReleaseCandidate b) => string.Equals(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);

    // The same title, kind and day: one release, whoever was read as its act.
    static bool Twin(ReleaseCandidate a, ReleaseCandidate b) => a.Date == b.Date && a.Kind == b.Kind && SameTitle(a, b);

    // "Wednesday, 6 p.m.: The one music release you should not miss. Jannabi drop their third studio album "Fantasy
    // Kingdom …"": a release of a name the catalog does not know, with the title, kind and day of one whose act it knows,
    // is that release (its act read from further away); the known one keeps it, and takes its time if it has none. Read
    // from the same sentence, one such name is a partner ("IU and Lee Mu-jin release the duet …") and stays; several are
    // the act's members listed («…: Гону, Баин, Лим Джимин, JM, DY и Санъу выпустили первый мини-альбом»).
    static void DropUnknownTwins(List<ReleaseCandidate> result)
    {
        for (var i = result.Count - 1; i >= 0; i--)
        {
            var unknown = result[i];
            if (unknown.ResolvedSubjectSlug is not null || unknown.Title is null)
            {
                continue;
            }
            var known = result.FindIndex(r => r.ResolvedSubjectSlug is not null && Twin(r, unknown));
            if (known < 0 || (result[known].Evidence.Start == unknown.Evidence.Start
                              && result.Count(r => r.ResolvedSubjectSlug is null && r.Evidence.Start == unknown.Evidence.Start && Twin(r, unknown)) < MembersListed))
            {
                continue;
            }
            if (result[known].Time is null && unknown.Time is not null)
            {
                result[known] = result[known] with { Time = unknown.Time, TimeZone = unknown.TimeZone };
            }
            result.RemoveAt(i);
        }
    }

    // How many unknown names beside a known act in one sentence make a list of its members, not a partner.
    const int MembersListed = 2;

    static bool SameRelease(ReleaseCandidate a, ReleaseCandidate b) =>
        a.Date == b.Date && a.Kind != b.Kind && MergeFamily(a.Kind) is { } family && family == MergeFamily(b.Kind)
        && ActKey(a) == ActKey(b)
        && (a.Title is null || b.Title is null || SameTitle(a, b));

    static int? MergeFamily(ReleaseKind kind) => kind switch
    {
        ReleaseKind.Album or ReleaseKind.Ep => 1,
        // One screen work is a film or a show, not both: «стартует дорама «Случайность?» (в международном прокате — …)».
        ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film => 2,
        _ => null,
    };

    static double Rank(ReleaseCandidate c) => (c.Time is null ? 0 : 4) + (c.Title is null ? 0 : 2) + c.Confidence;
}
