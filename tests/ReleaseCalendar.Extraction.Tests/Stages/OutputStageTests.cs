using ReleaseCalendar.Extraction.Output;

namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Stage: one candidate per release.</summary>
public sealed class OutputStageTests
{
    static ReleaseCandidate Candidate(ReleaseKind kind, string? title, TimeOnly? time = null, int day = 24) =>
        new("ATEEZ", "ateez", title, kind, new DateOnly(2024, 5, day), time, time is null ? null : "Asia/Seoul", 0.8, new Evidence("…", 0, 1));

    [Fact]
    public void Deduplicate_AlbumAndEpOfOneTitleOnOneDay_KeepsTheRicherOne()
    {
        var kept = Assert.Single(Deduplicator.Deduplicate([Candidate(ReleaseKind.Album, "ATE"), Candidate(ReleaseKind.Ep, "ATE", new TimeOnly(18, 0))]));
        Assert.Equal(ReleaseKind.Ep, kept.Kind);
    }

    [Theory]
    [InlineData(ReleaseKind.Ep, "Other", 24)]
    [InlineData(ReleaseKind.Ep, "ATE", 25)]
    [InlineData(ReleaseKind.Mv, "ATE", 24)]
    public void Deduplicate_DifferentTitleDayOrFamily_KeepsBoth(ReleaseKind kind, string title, int day) =>
        Assert.Equal(2, Deduplicator.Deduplicate([Candidate(ReleaseKind.Album, "ATE"), Candidate(kind, title, null, day)]).Count);

    // One screen work is a film or a show: its film and drama readings of one day are one release, the richer kept.
    [Fact]
    public void Deduplicate_FilmAndDramaOfOneTitleOnOneDay_KeepsTheRicherOne()
    {
        var kept = Assert.Single(Deduplicator.Deduplicate([Candidate(ReleaseKind.Film, "Hush"), Candidate(ReleaseKind.Drama, "Hush", new TimeOnly(20, 40))]));
        Assert.Equal(ReleaseKind.Drama, kept.Kind);
    }
}
