using ReleaseCalendar.Catalog;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Catalog;

/// <summary>The SEQUENCE rule and the feed clock, as pure functions.</summary>
public sealed class ReleaseShapeTests
{
    static readonly ReleaseShape Base = new(1, "Song", null, null, null, ReleaseKind.Single, new DateOnly(2024, 6, 1),
        DatePrecision.Day, new TimeOnly(13, 0), "Asia/Seoul", ReleaseStatus.Announced, null, null, "About it", ["https://example.org/a"],
        Deleted: false, Retired: false, [new CreditShape(7, "RM", "RM", "알엠")]);

    public static TheoryData<string, ReleaseShape, bool, bool> Changes => new()
    {
        // what changed, the new shape, renders alike, significant alike
        { "nothing", Base with { }, true, true },
        { "description", Base with { Description = "Teaser" }, false, true },
        { "links", Base with { Links = ["https://example.org/b"] }, false, true },
        { "retired", Base with { Retired = true }, false, true },
        { "date", Base with { Date = new DateOnly(2024, 6, 2) }, false, false },
        { "time", Base with { Time = new TimeOnly(18, 0) }, false, false },
        { "zone", Base with { TimeZone = "Asia/Tokyo" }, false, false },
        { "title", Base with { TitleRu = "Песня" }, false, false },
        { "status", Base with { Status = ReleaseStatus.Postponed }, false, false },
        { "deleted", Base with { Deleted = true }, false, false },
        { "kind", Base with { Kind = ReleaseKind.Mv }, false, false },
        { "episode", Base with { Episode = 2 }, false, false },
        { "subject renamed", Base with { Credits = [new CreditShape(7, "Kim Namjoon", "RM", "알엠")] }, false, false },
        { "subject added", Base with { Credits = [.. Base.Credits, new CreditShape(8, "BTS", null, null)] }, false, false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Compare_Change_RendersAndSequenceAsExpected(string what, ReleaseShape changed, bool renders, bool significant)
    {
        Assert.True(Base.RendersLike(changed) == renders, what);
        Assert.True(Base.SignificantlyLike(changed) == significant, what);
    }

    [Fact]
    public void Compare_BothRetired_RenderAlike_WhateverChanged()
    {
        var retired = Base with { Retired = true };
        Assert.True(retired.RendersLike(retired with { Date = new DateOnly(2030, 1, 1), Deleted = true }));
        Assert.False(retired.RendersLike(retired with { Retired = false }));
    }

    [Theory]
    [InlineData("2024-05-20T10:00:00", null, "2024-05-20T10:00:00")]
    [InlineData("2024-05-20T10:00:00", "2024-05-20T09:59:59", "2024-05-20T10:00:00")]
    [InlineData("2024-05-20T10:00:00", "2024-05-20T10:00:00", "2024-05-20T10:00:01")]
    [InlineData("2024-05-20T10:00:00", "2024-05-20T10:00:05", "2024-05-20T10:00:06")]
    public void NextStamp_IsNowOrOneSecondPastTheLast(string now, string? last, string expected)
    {
        static DateTime Utc(string s) => DateTime.SpecifyKind(DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        Assert.Equal(Utc(expected), FeedClock.NextStamp(Utc(now), last is null ? null : Utc(last)));
    }
}
