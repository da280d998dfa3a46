using ReleaseCalendar.Extraction.Resolution;
using ReleaseCalendar.Extraction.Sentences;

namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>Stage: a date mention becomes a calendar day from the publication date and the tense of its clause.</summary>
public sealed class ResolutionStageTests
{
    [Theory]
    [InlineData("ru", "2024-01-10", "Альбом вышел 24 мая.", "2023-05-24")]
    [InlineData("en", "2024-01-10", "The album came out on May 24.", "2023-05-24")]
    [InlineData("ru", "2024-01-10", "Альбом выйдет 24 мая.", "2024-05-24")]
    [InlineData("en", "2024-01-10", "The album lands exactly a week from today.", "2024-01-17")]
    [InlineData("en", "2024-01-10", "The album comes out three days from now.", "2024-01-13")]
    [InlineData("en", "2024-01-10", "The album will be released on May 24.", "2024-05-24")]
    [InlineData("ru", "2024-12-20", "Альбом выйдет 10 января.", "2025-01-10")]
    [InlineData("en", "2024-05-10", "The album will be released tomorrow.", "2024-05-11")]
    [InlineData("en", "2024-05-10", "The album will be released on May 24, 2026.", "2026-05-24")]
    [InlineData("en", "2024-04-30", "The drama began airing on April 17 and is also streamed on Netflix.", "2024-04-17")]
    [InlineData("en", "2024-04-10", "The drama will be airing on April 17.", "2024-04-17")]
    // "this year" says no future: it is the publication's year.
    [InlineData("en", "2024-01-10", "The drama ended its run on Tuesday with its best rating this year.", "2024-01-09")]
    [InlineData("en", "2024-03-01", "The film \"Harbin\" hits theaters on December 24 this year.", "2024-12-24")]
    [InlineData("ru", "2024-03-01", "Фильм «Харбин» выйдет в прокат 24 декабря в этом году.", "2024-12-24")]
    [InlineData("en", "2024-12-30", "The single is out this week, on January 2.", "2025-01-02")] // a week straddles New Year
    // Round 28: "made his solo comeback Thursday" is told in the past, whatever word stands between "made" and "comeback".
    [InlineData("en", "2024-10-31", "IU made her solo comeback Tuesday with the digital single \"Love wins all.\"", "2024-10-29")]
    [InlineData("en", "2024-10-31", "IVE made their long-awaited comeback on Monday with the single \"Accendio.\"", "2024-10-28")]
    [InlineData("ru", "2024-01-10", "Финальная серия вышла во вторник с лучшим рейтингом в этом году.", "2024-01-09")]
    [InlineData("en", "2024-01-10", "The drama airs on Tuesday.", "2024-01-16")]
    [InlineData("en", "2024-01-10", "The album and its music video go live on Monday.", "2024-01-15")]
    // Round 39 (part cm): a day said right before "last year" is of the year before, whatever the clause's tense; "last
    // year's film" says nothing of the clause's day.
    [InlineData("en", "2024-03-01", "The single arrives six months after V's album \"Layover,\" released on Sept. 8 last year.", "2023-09-08")]
    [InlineData("ru", "2024-03-01", "Сингл выйдет через полгода после альбома «Layover», который вышел 8 сентября прошлого года.", "2023-09-08")]
    [InlineData("en", "2019-12-09", "The drama premieres on December 14, reuniting the two stars of last year's film \"The Negotiation.\"", "2019-12-14")]
    // Round 40 (part cq): "an open ending" is no schedule verb to say the future; "open" as a verb still does.
    [InlineData("en", "2016-03-13", "The thriller wrapped up on Saturday with its 16th episode and an open ending.", "2016-03-12")]
    [InlineData("en", "2016-03-13", "Two films open on Saturday.", "2016-03-19")]
    public void Resolve_DateInClause_TakesTheYearItsTenseImplies(string lang, string published, string text, string expected)
    {
        var s = Stage.One(lang, text);
        var date = Assert.Single(s.Dates);
        var day = new DateResolver(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Resolve(s, date, s.Clause[date.First]);
        Assert.Equal(expected, day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Resolve_DayWithoutAValidMonth_IsNoDay(int month)
    {
        var s = Stage.One("en", "The album will be released on the 24th.");
        var date = new DateMention { First = 0, Last = 0, Form = DateForm.DayMonth, Day = 24, Month = month };
        Assert.Null(new DateResolver(new DateOnly(2024, 5, 10)).Resolve(s, date, 0));
    }

    // "this Saturday and Sunday, Aug. 13 and 14": the listed weekdays pair with the listed days, so Sunday does not
    // send Aug. 13 to the year it falls on a Sunday. A weekday right before its day picks the year, up to a year ahead;
    // one that only a day most of a year back has is the writer's slip, and the day keeps its year.
    [Theory]
    [InlineData("2022-08-10", "Episodes 17 and 18 air this Saturday and Sunday, Aug. 13 and 14.", 13, "2022-08-13")]
    [InlineData("2022-08-10", "The album \"Bloom\" is out on Saturday, March 5.", 5, "2022-03-05")]
    [InlineData("2022-08-10", "The album \"Bloom\" is out on March 5.", 5, "2023-03-05")]
    [InlineData("2013-07-25", "The film opens on Wednesday, Aug. 1.", 1, "2013-08-01")]
    [InlineData("2024-08-01", "The album \"Happy Burstday\" is out Friday, May 23.", 23, "2025-05-23")]
    [InlineData("2024-11-06", "The film opens in theaters on Wednesday, Dec. 24.", 24, "2024-12-24")] // coming up anyway
    public void Resolve_WeekdayBeforeItsDay_HintsTheYearOnlyWhenItIsThatDays(string published, string text, int day, string expected)
    {
        var s = Stage.One("en", text);
        var date = s.Dates.Single(d => d.Form == DateForm.DayMonth && d.Day == day);
        var resolved = new DateResolver(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Resolve(s, date, s.Clause[date.First]);
        Assert.Equal(expected, resolved?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
