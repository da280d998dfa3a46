using ReleaseCalendar.Ingest;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Ingest.Merge;

public sealed class TitleKeyTests
{
    [Theory]
    [InlineData("Right Place, Wrong Person", "«Right Place, Wrong Person»")]
    [InlineData("Right Place, Wrong Person", "RIGHT PLACE WRONG PERSON")]
    [InlineData("Right Place, Wrong Person", "Райт плейс, ронг пёрсон")]          // a Russian article's transliteration
    [InlineData("Come Back to Me", "Кам бэк ту ми")]
    [InlineData("Supernatural", "Супернатурал")]
    [InlineData("Right Place, Wrong Person", "Right Place, Wrong Person (Deluxe)")]
    [InlineData("Layover", "Layover")]
    [InlineData("우리의 블루스", "우리의 블루스")]
    public void Same_SameTitleAcrossScriptsAndPunctuation_Matches(string a, string b) => Assert.True(TitleKey.Same(a, b));

    [Theory]
    [InlineData("Right Place, Wrong Person", "Come Back to Me")]
    [InlineData("Indigo", "Layover")]
    [InlineData("Golden", "Golden Hour Part 2 Special Edition")]                   // too short to extend by a long tail
    [InlineData("", "Layover")]
    [InlineData("Bench Record 0021", "Bench Record 0022")]                      // numbers are no edition tag
    [InlineData("Love Part 1", "Love Part 11")]
    [InlineData("Butter", "Bitter")]                                             // same skeleton, same script: different songs
    [InlineData("Love", "Lie")]
    [InlineData("Лав", "Love")]                                                  // too short to tell across scripts
    [InlineData("!!!", "???")]
    public void Same_DifferentTitles_DoNotMatch(string a, string b) => Assert.False(TitleKey.Same(a, b));

    [Theory]
    [InlineData("2024-05-24", DatePrecision.Day, "2024-05-30", DatePrecision.Day, true)]
    [InlineData("2024-05-24", DatePrecision.Day, "2024-06-01", DatePrecision.Day, false)]
    [InlineData("2024-05-01", DatePrecision.Month, "2024-05-24", DatePrecision.Day, true)]
    [InlineData("2024-05-01", DatePrecision.Month, "2024-06-02", DatePrecision.Day, false)]
    [InlineData("2024-01-01", DatePrecision.Year, "2024-12-31", DatePrecision.Day, true)]
    [InlineData("2024-01-01", DatePrecision.Year, "2025-01-01", DatePrecision.Month, false)]
    public void DatesMatch_WindowOrCoarserPeriod(string a, DatePrecision pa, string b, DatePrecision pb, bool expected) =>
        Assert.Equal(expected, IngestWriter.DatesMatch(DateOnly.Parse(a, System.Globalization.CultureInfo.InvariantCulture), pa,
            DateOnly.Parse(b, System.Globalization.CultureInfo.InvariantCulture), pb));
}
