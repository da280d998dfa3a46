using ReleaseCalendar.Ingest;

namespace ReleaseCalendar.Tests.Ingest.Merge;

public sealed class MergeRulesTests
{
    static OtherSource Other(int id, int priority, string field, string? value) =>
        new(id, $"musicbrainz:{id}", priority, new Dictionary<string, string?> { [field] = value });

    [Fact]
    public void Decide_SameValue_Agrees() =>
        Assert.Equal(FieldOutcome.Agrees, MergeRules.Decide("title", "Layover", "Layover", pinned: true, 0, []).Outcome);

    [Fact]
    public void Decide_SourceStatesNothing_KeepsCurrent() =>
        Assert.Equal(FieldOutcome.Agrees, MergeRules.Decide("time", null, "13:00 Asia/Seoul", pinned: false, 0, []).Outcome);

    [Theory]
    [InlineData("2024-05", "2024-05-24", FieldOutcome.Agrees)]   // a month never replaces a day inside it
    [InlineData("2024", "2024-05-24", FieldOutcome.Agrees)]
    [InlineData("2024-06", "2024-05-24", FieldOutcome.Set)]      // a different month is news
    [InlineData("2024-05-24", "2024-05", FieldOutcome.Set)]      // the day arrives
    [InlineData("2024-05-2", "2024-05-24", FieldOutcome.Set)]    // a prefix of the text is not a coarser date
    public void Decide_Dates_CoarserNeverReplacesFiner(string stated, string current, FieldOutcome expected) =>
        Assert.Equal(expected, MergeRules.Decide("date", stated, current, pinned: false, 0, []).Outcome);

    [Fact]
    public void Decide_PinnedField_IsNeverOverwritten()
    {
        var d = MergeRules.Decide("date", "2024-06-01", "2024-05-24", pinned: true, priority: 1000, []);
        Assert.Equal(FieldOutcome.Pinned, d.Outcome);
    }

    [Fact]
    public void Decide_HigherPriorityOtherSource_Outranks()
    {
        var strong = Other(1, 10, "date", "2024-05-24");
        var d = MergeRules.Decide("date", "2024-05-25", "2024-05-24", pinned: false, priority: 0, [strong]);
        Assert.Equal(FieldOutcome.Outranked, d.Outcome);
        Assert.Same(strong, d.Against);
    }

    [Fact]
    public void Decide_LowerPriorityOtherSource_IsOverriddenAndNamed()
    {
        var weak = Other(2, -5, "date", "2024-05-25");
        var d = MergeRules.Decide("date", "2024-05-24", "2024-05-25", pinned: false, priority: 0, [weak]);
        Assert.Equal(FieldOutcome.Set, d.Outcome);
        Assert.Same(weak, d.Against);
    }

    [Fact]
    public void Decide_EqualPriority_LatestStatementWins()
    {
        var peer = Other(3, 0, "title", "Right Place Wrong Person");
        Assert.Equal(FieldOutcome.Set, MergeRules.Decide("title", "Right Place, Wrong Person", "Right Place Wrong Person", false, 0, [peer]).Outcome);
    }

    [Fact]
    public void Decide_OtherSourceAgreeingWithThisOne_IsNoDisagreement()
    {
        var same = Other(4, 100, "status", "confirmed");
        var d = MergeRules.Decide("status", "confirmed", "announced", pinned: false, priority: 0, [same]);
        Assert.Equal(FieldOutcome.Set, d.Outcome);
        Assert.Null(d.Against);
    }
}
