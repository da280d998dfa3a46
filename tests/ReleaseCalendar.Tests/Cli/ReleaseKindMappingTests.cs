using ReleaseCalendar.Releases;
using Extracted = ReleaseCalendar.Extraction.ReleaseKind;

namespace ReleaseCalendar.Tests.Cli;

public sealed class ReleaseKindMappingTests
{
    public static TheoryData<Extracted> EveryExtractedKind() => [.. Enum.GetValues<Extracted>()];

    [Theory]
    [MemberData(nameof(EveryExtractedKind))]
    public void FromExtracted_EveryMember_MapsToTheSameNamedKind(Extracted kind)
    {
        var mapped = ReleaseKinds.FromExtracted(kind);

        Assert.Equal(kind.ToString(), mapped.ToString());
        Assert.Equal(kind.ToString().ToLowerInvariant(), ReleaseKinds.WireName(mapped));
    }

    [Fact]
    public void FromExtracted_CoversEveryCatalogKind_OneToOne()
    {
        var mapped = Enum.GetValues<Extracted>().Select(ReleaseKinds.FromExtracted).ToList();

        Assert.Equal(mapped.Count, mapped.Distinct().Count());
        Assert.Equal(Enum.GetValues<ReleaseKind>().Order(), mapped.Order());
    }

    [Fact]
    public void FromExtracted_UnknownValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReleaseKinds.FromExtracted((Extracted)999));
}
