using ReleaseCalendar.Extraction.Scoring;

namespace ReleaseCalendar.Extraction.Tests;

/// <summary>The scorer CorpusTests and <c>extract score</c> share: matching, error classes, and counts-only output.</summary>
public sealed class ScoringTests
{
    static readonly ExtractionCatalog Catalog = new([
        KeyValuePair.Create("iu", (IReadOnlyList<string>)["IU", "АйЮ"]),
        KeyValuePair.Create("bts", (IReadOnlyList<string>)["BTS"]),
    ]);

    static readonly DateOnly May24 = new(2024, 5, 24);

    static ReleaseCandidate Emitted(string subject, ReleaseKind kind, DateOnly date) =>
        new(subject, Catalog.Resolve(subject), "Title", kind, date, null, null, 0.9, new Evidence("…", 0, 1));

    static ArticleScore ScoreOne(IReadOnlyList<LabelledRelease> gold, params ReleaseCandidate[] found) =>
        CorpusScorer.ScoreArticle(new LabelledArticle("en-001-x.txt", May24, "en", gold) { Moved = [new MovedDate("iu", new DateOnly(2024, 6, 9))] },
            found, Catalog);

    [Theory]
    [InlineData("IU", ReleaseKind.Album, 2024, 5, 24, null)]            // album and EP are one family
    [InlineData("IU", ReleaseKind.Mv, 2024, 5, 24, ErrorClass.Kind)]
    [InlineData("IU", ReleaseKind.Ep, 2023, 5, 24, ErrorClass.Year)]
    [InlineData("IU", ReleaseKind.Ep, 2024, 5, 25, ErrorClass.Date)]
    [InlineData("BTS", ReleaseKind.Ep, 2024, 5, 24, ErrorClass.Subject)]
    public void ScoreArticle_OneEmitted_ClassedByItsNearestLabel(string subject, ReleaseKind kind, int y, int m, int d, ErrorClass? expected)
    {
        var score = ScoreOne([new LabelledRelease("iu", "ep", May24)], Emitted(subject, kind, new DateOnly(y, m, d)));
        Assert.Equal(expected is null ? 1 : 0, score.Figures.Tp);
        Assert.Equal(expected, score.Misses.SingleOrDefault()?.Class);
        Assert.Equal(expected, score.Extras.SingleOrDefault()?.Class);
    }

    [Theory]
    [InlineData("IU", 2024, 6, 9, ErrorClass.MovedDate)]
    [InlineData("IU", 2024, 7, 1, ErrorClass.ExtraDate)]
    [InlineData("BTS", 2024, 7, 1, ErrorClass.UnlabelledSubject)]
    [InlineData("Yonhap", 2024, 7, 1, ErrorClass.NonSubject)]
    public void ScoreArticle_FalsePositiveWithNothingNear_ClassedByItsSubject(string subject, int y, int m, int d, ErrorClass expected)
    {
        var score = ScoreOne([new LabelledRelease("iu", "ep", May24)], Emitted("IU", ReleaseKind.Ep, May24), Emitted(subject, ReleaseKind.Single, new DateOnly(y, m, d)));
        Assert.Equal(1, score.Figures.Tp);
        Assert.Equal(expected, Assert.Single(score.Extras).Class);
        Assert.Equal(expected == ErrorClass.MovedDate ? 1 : 0, score.MovedEmitted.Count);
    }

    // Midnight in Seoul on May 25 is 18:00 in Moscow on May 24: a label's day in its zone is met by the same moment told
    // in another zone, and its time counts as right; an hour off is another day.
    [Theory]
    [InlineData(18, 1)]
    [InlineData(17, 0)]
    public void ScoreArticle_SameMomentInAnotherZone_MatchesTheLabelsDay(int moscowHour, int tp)
    {
        var label = new LabelledRelease("iu", "single", new DateOnly(2024, 5, 25), Time: "00:00", TimeZone: "Asia/Seoul");
        var emitted = new ReleaseCandidate("IU", "iu", "Title", ReleaseKind.Single, May24, new TimeOnly(moscowHour, 0), "Europe/Moscow", 0.9, new Evidence("…", 0, 1));
        var score = ScoreOne([label], emitted);
        Assert.Equal(tp, score.Figures.Tp);
        Assert.Equal(tp, score.TimesRight);
    }

    [Fact]
    public void ScoreArticle_NothingEmitted_EveryLabelMissing()
    {
        var score = ScoreOne([new LabelledRelease("iu", "ep", May24), new LabelledRelease("iu", "mv", May24)]);
        Assert.Equal(new Figures(0, 0, 2), score.Figures);
        Assert.All(score.Misses, m => Assert.Equal(ErrorClass.Missing, m.Class));
    }

    [Theory]
    [InlineData("en-b001-jimin-muse.txt", "b")]
    [InlineData("ru-c017-x.html", "c")]
    [InlineData("ru-000-seed.txt", "original")]
    public void Part_FromFileName_IsTheBatchLetter(string file, string part) =>
        Assert.Equal(part, new LabelledArticle(file, May24, "ru", []).Part);

    [Fact]
    public void Write_CountsOnly_PrintsNoFileNameTitleOrText()
    {
        var corpus = LabelledCorpus.Load(Path.Combine(AppContext.BaseDirectory, "Corpus"));
        var score = CorpusScorer.Score(corpus);
        using var full = new StringWriter();
        using var counts = new StringWriter();
        ScoreReport.Write(score, full, countsOnly: false);
        ScoreReport.Write(score, counts, countsOnly: true);
        var errors = score.Articles.Where(a => a.Misses.Count + a.Extras.Count > 0).ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors[0].Article.File, full.ToString(), StringComparison.Ordinal);
        var text = counts.ToString();
        Assert.Contains("F1", text, StringComparison.Ordinal);
        foreach (var article in corpus.Articles)
        {
            Assert.DoesNotContain(Path.GetFileNameWithoutExtension(article.File)[3..], text, StringComparison.Ordinal);
            foreach (var title in article.Releases.Select(r => r.Title).OfType<string>().Where(t => t.Length > 4))
            {
                Assert.DoesNotContain(title, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Diagnose_EachMiss_NamesTheStageThatLostIt()
    {
        var folder = Directory.CreateTempSubdirectory("rc-why-").FullName;
        try
        {
            var articles = new (string File, string Text, LabelledRelease Gold)[]
            {
                ("en-001-found.txt", "Title\n\nIU will release her new EP on May 30.", new("iu", "ep", new DateOnly(2024, 5, 30))),
                ("en-002-nodate.txt", "Title\n\nIU will release her new EP soon.", new("iu", "ep", new DateOnly(2024, 5, 30))),
                ("en-003-nosignal.txt", "Title\n\nIU meets fans in Busan on May 30.", new("iu", "single", new DateOnly(2024, 5, 30))),
                ("en-004-kind.txt", "Title\n\nIU will release her new EP on May 30.", new("iu", "mv", new DateOnly(2024, 5, 30))),
            };
            foreach (var (file, text, _) in articles)
            {
                File.WriteAllText(Path.Combine(folder, file), text);
            }
            var corpus = new LabelledCorpus
            {
                Folder = folder,
                Aliases = new Dictionary<string, IReadOnlyList<string>> { ["iu"] = ["IU"] },
                Catalog = Catalog,
                Articles = [.. articles.Select(a => new LabelledArticle(a.File, May24, "en", [a.Gold]))],
            };

            var buckets = MissDiagnosis.Diagnose(corpus, CorpusScorer.Score(corpus)).ToDictionary(d => d.Article.File, d => d.Bucket);

            Assert.Equal(3, buckets.Count); // the first article's EP is found: no miss
            Assert.Equal("day never read from the text", buckets["en-002-nodate.txt"]);
            Assert.Equal("day read, no release signal; subject in the sentence", buckets["en-003-nosignal.txt"]);
            Assert.Equal("day read and linked: other kind; subject in the sentence", buckets["en-004-kind.txt"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DiagnoseMoved_AbandonedDayEmitted_SaysWhereThePostponementIsWithoutItsText()
    {
        var folder = Directory.CreateTempSubdirectory("rc-moved-").FullName;
        try
        {
            // The second sentence states the move in words the extractor has no cue for, so the first day is emitted.
            const string text = "Title\n\nIU will release her new EP on June 5.\n\nThe date has since become June 12, when IU releases the EP.";
            File.WriteAllText(Path.Combine(folder, "en-001-moved.txt"), text);
            var corpus = new LabelledCorpus
            {
                Folder = folder,
                Aliases = new Dictionary<string, IReadOnlyList<string>> { ["iu"] = ["IU"] },
                Catalog = Catalog,
                Articles = [new LabelledArticle("en-001-moved.txt", May24, "en", [new("iu", "ep", new DateOnly(2024, 6, 12))])
                    { Moved = [new MovedDate("iu", new DateOnly(2024, 6, 5))] }],
            };

            var moved = MissDiagnosis.DiagnoseMoved(corpus, CorpusScorer.Score(corpus));

            var (bucket, sentence) = Assert.Single(moved);
            Assert.Equal("postponement word nowhere the extractor reads; no other day in the emitting sentence; Ep", bucket);
            Assert.Equal("IU will release her new EP on June 5.", sentence);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
