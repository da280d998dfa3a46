using System.Text.Json;
using Extracted = ReleaseCalendar.Extraction.ReleaseKind;

namespace ReleaseCalendar.Releases;

/// <summary>The one boundary between the extractor's kinds (a pure library with its own enum) and the catalog's.
/// Explicit, not a cast: the two enums order their members differently (Other is first in one, last in the other),
/// so a cast would turn every album into an EP. The extract verb uses it, and so will the news ingestion.</summary>
public static class ReleaseKinds
{
    public static ReleaseKind FromExtracted(Extracted kind) => kind switch
    {
        Extracted.Album => ReleaseKind.Album,
        Extracted.Ep => ReleaseKind.Ep,
        Extracted.Single => ReleaseKind.Single,
        Extracted.Mv => ReleaseKind.Mv,
        Extracted.Ost => ReleaseKind.Ost,
        Extracted.Drama => ReleaseKind.Drama,
        Extracted.Episode => ReleaseKind.Episode,
        Extracted.Film => ReleaseKind.Film,
        Extracted.Other => ReleaseKind.Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An extractor kind without a catalog kind: add it here."),
    };

    /// <summary>The kind as the JSON API and admin API spell it ("album", "mv").</summary>
    public static string WireName(ReleaseKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
