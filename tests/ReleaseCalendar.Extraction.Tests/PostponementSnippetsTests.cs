using System.Globalization;
using System.Text.Json;
using ReleaseCalendar.Extraction.Scoring;

namespace ReleaseCalendar.Extraction.Tests;

/// <summary>
/// Two sets of 160 short reports of a changed release date each (80 English, 80 Russian), written in round 54 by helpers
/// who saw no code, each naming its new and its abandoned day. Scored blind once (54a: 12 emitted the abandoned day;
/// 54b: 8), then read and written rules for, so now development material: the abandoned day stays out of every one
/// (issue #9, "no moved date ever"); the last two ("trades its June 10 premiere for June 17", "this week's Wednesday episode
/// will instead be broadcast on June 14") were read in round 55.
/// </summary>
public sealed class PostponementSnippetsTests
{
    static readonly ExtractionCatalog Catalog = LabelledCorpus.Load(Path.Combine(AppContext.BaseDirectory, "Corpus")).Catalog;

    sealed record Snippet(string Id, string Lang, string Published, string Text, string New, string Old);

    static IEnumerable<(string Set, Snippet Snippet)> Snippets() =>
        from set in new[] { "54a", "54b" }
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
        Assert.Empty(leaked);
    }

    // The third set, blind (Postponements/README.md): counts only, never its texts. 6 of 160 emitted the abandoned day and
    // 128 new days were read when it was first scored (c9f8c9b); 5 and 134 after round 55's rules. A change may lower the
    // first and must not raise it.
    [Fact]
    public void Extract_UnreadChangedDateReports_LeakNoMoreThanOnArrival()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Postponements", "blind-54c.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<Snippet>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();
        var results = rows.Select(r => (Row: r, Days: Extract(r).Select(c => c.Date).ToHashSet())).ToList();
        var leaked = results.Count(x => x.Days.Contains(DateOnly.Parse(x.Row.Old, CultureInfo.InvariantCulture)));
        var found = results.Count(x => x.Days.Contains(DateOnly.Parse(x.Row.New, CultureInfo.InvariantCulture)));
        Assert.Equal(160, rows.Count);
        Assert.True(leaked <= 5, $"{leaked} of 160 emitted the abandoned day (6 on arrival, 5 after round 55)");
        Assert.True(found >= 130, $"new day read in {found} of 160 (128 on arrival, 134 after round 55)");
    }

    // Recall is not this file's point, but a rule that drops every day would pass the test above: most new days are read.
    [Fact]
    public void Extract_ChangedDateReports_KeepMostNewDays()
    {
        var all = Snippets().ToList();
        var found = all.Count(x => Extract(x.Snippet).Any(c => c.Date == DateOnly.Parse(x.Snippet.New, CultureInfo.InvariantCulture)));
        Assert.Equal(320, all.Count);
        Assert.True(found >= 268, $"new day read in {found} of {all.Count}"); // 263 at 3feb62d, 274 after round 55
    }
}
