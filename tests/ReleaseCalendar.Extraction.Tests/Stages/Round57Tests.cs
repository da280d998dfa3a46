namespace ReleaseCalendar.Extraction.Tests.Stages;

/// <summary>
/// Round 57's rules, from the development corpus and the changed-date set 56e (read this round). Each rule was switched
/// off once and its rows failed; the rows that say what a rule leaves alone guard its reach and pass either way.
/// </summary>
public sealed class Round57Tests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("got7", (IReadOnlyList<string>)["GOT7"]),
        KeyValuePair.Create("lisa", (IReadOnlyList<string>)["LISA", "Лиса"]),
        KeyValuePair.Create("triples", (IReadOnlyList<string>)["tripleS"]),
    ]);

    static string Releases(string lang, string published, string text) => Stage.Releases(lang, published, text, Catalog);

    // "GOT7 "Flight Log: Turbulence" tomorrow!!" over "2nd FULL album, title track …": when nothing else was read, a
    // headline with a work or an act and a day, and no kind word, is the day of what the first lines under it describe.
    [Theory]
    [InlineData("en", "GOT7 \"Flight Log: Turbulence\" tomorrow!! ✈️\n\n2nd FULL album, title track \"Hard Carry\" (MV comes with the album).\n\nAhgases let's GO", "got7 album 2016-09-27; got7 mv 2016-09-27")]
    [InlineData("ru", "🔔 tripleS — ЗАВТРА в 12:00 мск!\n\nПолноформатный альбом «ASSEMBLE25» с заглавным треком «Are You Alive».", "triples album 2016-09-27")]
    // guard: a line in the past under the headline ends the search (what was out before is not the headline's news)
    [InlineData("en", "LISA tomorrow!! 🌟\n\nShe released her first single album \"LALISA\" in 2021.\n\nShe is in Bangkok now.", "")]
    // guard: another day under the headline is that line's own
    [InlineData("en", "LISA tomorrow!! 🌟\n\nHer single album arrives on October 3.\n\nShe is in Bangkok now.", "lisa single 2016-10-03")]
    // guard: a kind word four lines down is too far to be the headline's
    [InlineData("en", "LISA tomorrow!! 🌟\n\nblinks get ready\n\nset your alarms\n\nstream properly\n\nit's a digital single", "")]
    public void Extract_HeadlineDay_TakesTheKindOfTheLinesUnderIt(string lang, string text, string expected) =>
        Assert.Equal(expected, Releases(lang, "2016-09-26", text));
}
