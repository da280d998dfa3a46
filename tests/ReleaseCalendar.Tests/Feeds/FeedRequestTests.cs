using ReleaseCalendar.Feeds;

namespace ReleaseCalendar.Tests.Feeds;

/// <summary>The pure request parser: validation, the resolved window and the two cache keys, without HTTP.</summary>
public sealed class FeedRequestTests
{
    static readonly DateOnly Today = new(2024, 5, 20);
    static readonly FeedOptions Options = new();

    static FeedQuery Query(string? lang = null, string? alarm = null, int? pastDays = null, int? futureDays = null,
        bool? includeMembers = null, string? subjects = null, string? kinds = null, string? from = null, string? to = null) =>
        new(lang, alarm, pastDays, futureDays, includeMembers, subjects, kinds, from, to);

    static FeedRequest Valid(string? slug, FeedQuery query, DateOnly? today = null)
    {
        var (request, errors) = FeedRequest.Parse(slug, query, today ?? Today, Options);
        Assert.Empty(errors);
        return Assert.IsType<FeedRequest>(request);
    }

    static IReadOnlyDictionary<string, string[]> Invalid(string? slug, FeedQuery query)
    {
        var (request, errors) = FeedRequest.Parse(slug, query, Today, Options);
        Assert.Null(request);
        return errors;
    }

    [Theory]
    [InlineData("PT1M", 60)]
    [InlineData("PT1H", 3600)]
    [InlineData("P1D", 86400)]
    [InlineData("P7D", 604800)]
    [InlineData(" PT15M ", 900)]
    public void Parse_AlarmWithinPT1MToP7D_IsAccepted(string alarm, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Valid("rm", Query(alarm: alarm)).Alarm);

    [Theory]
    [InlineData("PT0.5S")]   // rendered as TRIGGER:P0D before
    [InlineData("PT59S")]
    [InlineData("PT90.5S")]  // TRIGGER carries whole seconds only
    [InlineData("P7DT1S")]
    [InlineData("P1M")]
    [InlineData("-PT1H")]
    [InlineData("PT0S")]
    [InlineData("soon")]
    [InlineData("P99999999999D")]
    public void Parse_AlarmOutsidePT1MToP7D_FailsNamingAlarm(string alarm)
    {
        var errors = Invalid("rm", Query(alarm: alarm));
        Assert.Equal(new[] { "alarm" }, errors.Keys);
        Assert.Contains("PT1M", errors["alarm"].Single());
    }

    [Fact]
    public void Parse_CombinedFeed_TwentyCalendarYears_IsAccepted()
    {
        var request = Valid(null, Query(from: "1980-01-01", to: "1999-12-31"));
        Assert.Equal(new DateOnly(1980, 1, 1), request.Start);
        Assert.Equal(new DateOnly(1999, 12, 31), request.End);
        Assert.Equal(7_304, request.End!.Value.DayNumber - request.Start!.Value.DayNumber); // 7,305 days shown
    }

    [Fact]
    public void Parse_CombinedFeed_OneDayPastTwentyYears_FailsNamingTo()
    {
        var errors = Invalid(null, Query(from: "1980-01-01", to: "2000-01-01"));
        Assert.Equal(new[] { "to" }, errors.Keys);
        Assert.Contains("1999-12-31", errors["to"].Single());
    }

    [Fact]
    public void Parse_CombinedFeed_WidestPastAndFutureDays_FitTheLimit()
    {
        var request = Valid(null, Query(pastDays: Options.MaxWindowDays, futureDays: Options.MaxWindowDays));
        Assert.Equal(Today.AddDays(-Options.MaxWindowDays), request.Start);
        Assert.Equal(Today.AddDays(Options.MaxWindowDays), request.End);
    }

    [Fact]
    public void Parse_CombinedFeed_FromWithoutTo_FailsNamingTo() =>
        Assert.Equal(new[] { "to" }, Invalid(null, Query(from: "1990-01-01")).Keys);

    [Fact]
    public void Parse_CombinedFeed_Default_IsTheConfiguredWindow()
    {
        var request = Valid(null, Query());
        Assert.Equal(Today.AddDays(-Options.CombinedPastDays), request.Start);
        Assert.Equal(Today.AddDays(Options.CombinedFutureDays), request.End);
        Assert.True(request.Windowed);
        Assert.Empty(request.Slugs);
    }

    [Fact]
    public void Parse_SubjectFeed_Default_IsUnboundedAndInRussian()
    {
        var request = Valid("rm", Query());
        Assert.Null(request.Start);
        Assert.Null(request.End);
        Assert.False(request.Windowed);
        Assert.Equal("ru", request.Lang);
        Assert.True(request.IncludeMembers);
        Assert.Null(request.Kinds);
        Assert.Equal(new[] { "rm" }, request.Slugs);
    }

    [Theory]
    [InlineData("lang", "de", null, null)]
    [InlineData("pastDays", null, -1, null)]
    [InlineData("kinds", null, null, "album,symphony")]
    public void Parse_BadValue_FailsNamingTheField(string field, string? lang, int? pastDays, string? kinds) =>
        Assert.Equal(new[] { field }, Invalid("rm", Query(lang: lang, pastDays: pastDays, kinds: kinds)).Keys);

    [Fact]
    public void Parse_ToBeforeFrom_FailsNamingTo() =>
        Assert.Contains("to", Invalid(null, Query(from: "2024-05-01", to: "2024-04-01")).Keys);

    [Fact]
    public void Key_SameFeedSpelledDifferently_IsOneKey()
    {
        var a = Valid(null, Query(subjects: "rm,bts", kinds: "album,single", alarm: "PT60M", lang: "EN"));
        var b = Valid(null, Query(subjects: "BTS, rm", kinds: "single,album", alarm: "PT1H", lang: "en"));
        Assert.Equal(a.Key, b.Key);
        Assert.Equal(a.DataKey, b.DataKey);
    }

    [Theory]
    [InlineData("lang=en")]
    [InlineData("alarm=PT1H")]
    [InlineData("kinds=album")]
    public void Keys_PresentationOrKindsChange_NewFeedKey_SameDataKey(string change)
    {
        var plain = Valid("rm", Query());
        var changed = Valid("rm", change switch
        {
            "lang=en" => Query(lang: "en"),
            "alarm=PT1H" => Query(alarm: "PT1H"),
            _ => Query(kinds: "album"),
        });
        Assert.NotEqual(plain.Key, changed.Key);
        Assert.Equal(plain.DataKey, changed.DataKey);
    }

    [Fact]
    public void Keys_SelectionOrWindowChange_NewDataKey()
    {
        var plain = Valid("rm", Query());
        Assert.NotEqual(plain.DataKey, Valid("rm", Query(includeMembers: false)).DataKey);
        Assert.NotEqual(plain.DataKey, Valid("rm", Query(pastDays: 30)).DataKey);
        Assert.NotEqual(plain.DataKey, Valid("jin", Query()).DataKey);
    }

    [Fact]
    public void Keys_WindowedFeed_ChangeWithTheDay_FixedFeedDoesNot()
    {
        var windowed = Query(pastDays: 30, futureDays: 30);
        Assert.NotEqual(Valid("rm", windowed).Key, Valid("rm", windowed, Today.AddDays(1)).Key);
        Assert.Equal(Valid("rm", Query()).Key, Valid("rm", Query(), Today.AddDays(1)).Key);
    }

    [Fact]
    public void Keys_SubjectFeedAndCombinedFeedOfThatSubject_ShareDataNotBytes()
    {
        var subject = Valid("rm", Query(pastDays: 10, futureDays: 10));
        var combined = Valid(null, Query(subjects: "rm", pastDays: 10, futureDays: 10));
        Assert.NotEqual(subject.Key, combined.Key); // the calendar's name differs
        Assert.Equal(subject.DataKey, combined.DataKey);
    }
}
