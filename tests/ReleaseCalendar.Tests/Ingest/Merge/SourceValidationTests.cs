using ReleaseCalendar.Ingest;
using ReleaseCalendar.Ingest.Sources;

namespace ReleaseCalendar.Tests.Ingest.Merge;

public sealed class SourceValidationTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan MinInterval = TimeSpan.FromMinutes(5);

    static SourceRequest Valid => new("musicbrainz", "0D79FE8E-BA27-4859-BB8C-2F255F346853", null, ["bts"], "0 0 */6 * * ?", null, null, null);

    [Fact]
    public void Validate_GoodMusicBrainzSource_NormalisesAndDefaults()
    {
        var (source, errors) = SourceChanges.Validate(Valid, Now, MinInterval);
        Assert.Empty(errors);
        Assert.Equal(SourceType.MusicBrainz, source!.Type);
        Assert.Equal("0d79fe8e-ba27-4859-bb8c-2f255f346853", source.ExternalId);
        Assert.True(source.Enabled);
        Assert.Equal(0, source.Priority);
    }

    [Theory]
    [InlineData("type", "rss")]
    [InlineData("schedule", "every six hours")]
    [InlineData("schedule", "0 0 25 * * ?")]
    [InlineData("schedule", "0 0 0 1 1 ? 2020")]   // valid Quartz, but it never fires again
    [InlineData("schedule", "")]
    [InlineData("externalId", "not-an-mbid")]
    [InlineData("lang", "de")]
    [InlineData("priority", "5000")]
    [InlineData("subjects[0]", "Not A Slug")]
    [InlineData("url", "https://musicbrainz.org/")]
    public void Validate_BadField_IsNamed(string field, string value)
    {
        var r = Valid;
        r = field switch
        {
            "type" => r with { Type = value },
            "schedule" => r with { Schedule = value },
            "externalId" => r with { ExternalId = value },
            "lang" => r with { Lang = value },
            "priority" => r with { Priority = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "subjects[0]" => r with { Subjects = [value] },
            _ => r with { Url = value },
        };
        var (source, errors) = SourceChanges.Validate(r, Now, MinInterval);
        Assert.Null(source);
        Assert.Contains(field, errors.Keys);
    }

    // Issue #8's outside check (B6): a schedule that fires every second was accepted. Runs must be Ingest:MinScheduleInterval
    // apart, also when the schedule fires often only in some hours or only now and then.
    [Theory]
    [InlineData("* * * * * ?", "1 s apart")]
    [InlineData("0/2 * * * * ?", "2 s apart")]
    [InlineData("0 * * * * ?", "1 min apart")]
    [InlineData("0 0/4 * * * ?", "4 min apart")]
    [InlineData("* * 3 * * ?", "1 s apart")]
    [InlineData("0 0,1 4 * * ?", "1 min apart")]
    [InlineData("0 0/5 * * * ?", null)]
    [InlineData("0 0 */6 * * ?", null)]
    [InlineData("0 0 4 1 1 ?", null)]
    public void Validate_ScheduleFiringTooOften_IsNamedWithItsGap(string schedule, string? gap)
    {
        var (source, errors) = SourceChanges.Validate(Valid with { Schedule = schedule }, Now, MinInterval);
        if (gap is null)
        {
            Assert.NotNull(source);
            return;
        }
        Assert.Null(source);
        var message = Assert.Single(errors["schedule"]);
        Assert.Contains(gap, message, StringComparison.Ordinal);
        Assert.Contains("Ingest:MinScheduleInterval", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShorterMinimum_AcceptsAFasterSchedule() =>
        Assert.Empty(SourceChanges.Validate(Valid with { Schedule = "0/2 * * * * ?" }, Now, TimeSpan.FromSeconds(1)).Errors);

    [Theory]
    [InlineData("tvmaze", "66010", null, true)]
    [InlineData("tvmaze", "0", null, false)]
    [InlineData("tvmaze", "12a", null, false)]
    [InlineData("ical", null, "https://example.com/a.ics", true)]
    [InlineData("ical", null, "ftp://example.com/a.ics", false)]
    [InlineData("news", null, null, false)]
    [InlineData("news", "123", "https://example.com/rss", false)]
    public void Validate_TypeDecidesWhatIsRequired(string type, string? externalId, string? url, bool ok)
    {
        var (source, errors) = SourceChanges.Validate(new SourceRequest(type, externalId, url, ["x"], "0 0 * * * ?", true, 0, null), Now, MinInterval);
        Assert.Equal(ok, source is not null);
        Assert.Equal(ok, errors.Count == 0);
    }

    [Fact]
    public void QuartzSchema_SqliteScript_IsStatementsWithOurPrefix()
    {
        var statements = QuartzSchema.Statements("sqlite");
        Assert.Contains(statements, s => s.StartsWith("CREATE TABLE IF NOT EXISTS QRTZ_JOB_DETAILS", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("{0}", StringComparison.Ordinal) || s.Contains("--;;", StringComparison.Ordinal));
    }
}
