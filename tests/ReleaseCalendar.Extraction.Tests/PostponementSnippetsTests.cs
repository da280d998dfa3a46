using System.Globalization;
using System.Text.Json;
using ReleaseCalendar.Extraction.Scoring;

namespace ReleaseCalendar.Extraction.Tests;

/// <summary>
/// Sets of 160 short reports of a changed release date each (80 English, 80 Russian), written by helpers who saw no code,
/// each naming its new and its abandoned day. 54a, 54b, 54c, 55d, 56e, 57f, 58g, 59h and 60i were scored blind once (12, 8, 6, 6,
/// 7, 8, 12, 5 and 3 emitted the abandoned day), then read and written rules for, so now development material: the abandoned day
/// stays out of every one (issue #9, "no moved date ever") but for those listed below. 61j is blind (Postponements/README.md).
/// </summary>
public sealed class PostponementSnippetsTests
{
    // Reports whose abandoned day is also another release's own, read right: 56e/en040 (the mini album came out on the
    // Monday as planned; only its video moved), 56e/ru021 (NewJeans' «OMG» comes out on the day Monsta X left), 56e/ru034
    // (the drama premieres on the Monday its OST left); 57f/en005 (another show airs its episode that Friday as planned),
    // 57f/en024 (a calendar's other premiere on the day left), 57f/en033, 57f/en064 and 57f/ru074 (the record comes out that
    // day as planned; only its video moved), 57f/en036 (the digital album comes out that day; the CD moved); 58g/en006 and
    // 58g/en021 (another show's episode airs that day as planned), 58g/en022, 58g/en029 and 58g/en062 (the record or its
    // pre-release single comes out that day as planned; only a video or the album moved), 58g/ru040 (another film now opens
    // on the day left), 58g/ru048 (another film opens that day), 58g/ru075 (another act's album comes out that Friday);
    // 60i/en028 (episode 15 airs that Saturday as planned; only episode 16 moved).
    static readonly string[] Left = ["56e/en040", "56e/ru021", "56e/ru034", "57f/en005", "57f/en024", "57f/en033", "57f/en036", "57f/en064",
                                     "57f/ru074", "58g/en006", "58g/en021", "58g/en022", "58g/en029", "58g/en062", "58g/ru040",
                                     "58g/ru048", "58g/ru075", "60i/en028"];

    static readonly ExtractionCatalog Catalog = LabelledCorpus.Load(Path.Combine(AppContext.BaseDirectory, "Corpus")).Catalog;

    sealed record Snippet(string Id, string Lang, string Published, string Text, string New, string Old);

    static IEnumerable<(string Set, Snippet Snippet)> Snippets() =>
        from set in new[] { "54a", "54b", "54c", "55d", "56e", "57f", "58g", "59h", "60i" }
        from line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Postponements", $"snippets-{set}.jsonl"))
        where line.Length > 0
        select (set, JsonSerializer.Deserialize<Snippet>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    static IReadOnlyList<ReleaseCandidate> Extract(Snippet s) =>
        DateExtractor.Extract(ArticleInput.FromText(s.Text, DateOnly.Parse(s.Published, CultureInfo.InvariantCulture),
                                                    s.Lang == "ru" ? Language.Ru : Language.En), Catalog);

    [Fact]
    public void Extract_ChangedDateReports_LeaveTheAbandonedDay()
    {
        var leaked = Snippets()
            .Where(x => Extract(x.Snippet).Any(c => c.Date == DateOnly.Parse(x.Snippet.Old, CultureInfo.InvariantCulture)))
            .Select(x => $"{x.Set}/{x.Snippet.Id}")
            .ToList();
        Assert.Equal(Left, leaked);
    }

    // The blind set (Postponements/README.md): counts only, never its texts. 8 of 160 emitted the abandoned day and 136 new
    // days were read when it was first scored (round 61, with the code of 0625336); a change may lower the first and must not raise it.
    [Fact]
    public void Extract_UnreadChangedDateReports_LeakNoMoreThanOnArrival()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Postponements", "blind-61j.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<Snippet>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();
        var results = rows.Select(r => (Row: r, Days: Extract(r).Select(c => c.Date).ToHashSet())).ToList();
        var leaked = results.Count(x => x.Days.Contains(DateOnly.Parse(x.Row.Old, CultureInfo.InvariantCulture)));
        var found = results.Count(x => x.Days.Contains(DateOnly.Parse(x.Row.New, CultureInfo.InvariantCulture)));
        Assert.Equal(160, rows.Count);
        Assert.True(leaked <= 8, $"{leaked} of 160 emitted the abandoned day (8 on arrival)");
        Assert.True(found >= 133, $"new day read in {found} of 160 (136 on arrival)");
    }

    // Recall is not this file's point, but a rule that drops every day would pass the test above: most new days are read.
    [Fact]
    public void Extract_ChangedDateReports_KeepMostNewDays()
    {
        var all = Snippets().ToList();
        var found = all.Count(x => Extract(x.Snippet).Any(c => c.Date == DateOnly.Parse(x.Snippet.New, CultureInfo.InvariantCulture)));
        Assert.Equal(1440, all.Count);
        Assert.True(found >= 1240, $"new day read in {found} of {all.Count}"); // 54a and 54b: 263 of 320 at 3feb62d, 274 after round 55; with 54c 408 of 480; with 55d 552 of 640 in round 56; with 56e 697 of 800 in round 57; with 57f 838 of 960 in round 58; with 58g 970 of 1120 in round 59; with 59h 1,117 of 1,280 in round 60; with 60i 1,257 of 1,440 in round 61
    }
}
