using ReleaseCalendar.Extraction.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReleaseCalendar.Extraction.Tests;

/// <summary>
/// Precision and recall over the hand-labelled corpus (issue #3, section 4). A release matches on subject
/// (catalog slug, else the name as written), kind family and date.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    const double MinPrecision = 0.95;
    const double MinRecall = 0.90;

    static readonly LabelledCorpus Corpus = LabelledCorpus.Load();

    [Fact]
    public void Corpus_HasEnoughArticlesInBothLanguages()
    {
        Assert.True(Corpus.Articles.Count >= 80, $"{Corpus.Articles.Count} articles");
        var russian = Corpus.Articles.Count(a => a.Lang == "ru");
        Assert.InRange(russian, Corpus.Articles.Count * 2 / 5, Corpus.Articles.Count * 3 / 5);
        Assert.Contains(Corpus.Articles, a => a.Releases.Count == 0);
    }

    [Fact]
    public void Extract_Corpus_MeetsPrecisionAndRecall()
    {
        var score = Score(withCatalog: true, report: true);
        output.WriteLine($"With catalog: precision {score.Precision:F3}, recall {score.Recall:F3} (tp {score.Tp}, fp {score.Fp}, fn {score.Fn}); " +
                         $"times right {score.TimesRight}/{score.TimesLabelled}");
        var bare = Score(withCatalog: false, report: false);
        output.WriteLine($"Without catalog (subjects resolved afterwards): precision {bare.Precision:F3}, recall {bare.Recall:F3}");
        Assert.True(score.Precision >= MinPrecision, $"precision {score.Precision:F3} < {MinPrecision}");
        Assert.True(score.Recall >= MinRecall, $"recall {score.Recall:F3} < {MinRecall}");
    }

    [Fact]
    public void DetectLanguage_Corpus_MatchesLabels()
    {
        foreach (var article in Corpus.Articles)
        {
            var input = article.Input() with { Language = Language.Auto };
            var detected = DateExtractor.DetectLanguage(DateExtractor.BodyText(input));
            Assert.True((detected == Language.Ru) == (article.Lang == "ru"), article.File);
        }
    }

    sealed record Figures(int Tp, int Fp, int Fn, int TimesRight, int TimesLabelled)
    {
        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
    }

    Figures Score(bool withCatalog, bool report)
    {
        int tp = 0, fp = 0, fn = 0, timesRight = 0, timesLabelled = 0;
        foreach (var article in Corpus.Articles)
        {
            var found = DateExtractor.Extract(article.Input(), withCatalog ? Corpus.Catalog : null);
            var predicted = found
                .Select(c => (Key: (Subject(c), LabelledCorpus.Family(c.Kind.ToString()), c.Date), Candidate: c))
                .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Candidate);
            var gold = article.Releases
                .Select(r => (Key: (r.Subject, LabelledCorpus.Family(r.Kind), r.Date), Label: r))
                .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Label);
            foreach (var (key, label) in gold)
            {
                if (predicted.TryGetValue(key, out var candidate))
                {
                    tp++;
                    if (label.Time is not null)
                    {
                        timesLabelled++;
                        var right = candidate.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) == label.Time
                                    && candidate.TimeZone == label.TimeZone;
                        timesRight += right ? 1 : 0;
                        if (!right && report)
                        {
                            output.WriteLine($"  time {article.File}: {key} expected {label.Time} {label.TimeZone}, got {candidate.Time} {candidate.TimeZone}");
                        }
                    }
                }
                else
                {
                    fn++;
                    if (report)
                    {
                        output.WriteLine($"  missed {article.File}: {key}");
                    }
                }
            }
            foreach (var (key, candidate) in predicted)
            {
                if (!gold.ContainsKey(key))
                {
                    fp++;
                    if (report)
                    {
                        output.WriteLine($"  extra  {article.File}: {key} «{candidate.Subject}» [{candidate.Title}] ← {candidate.Evidence.Text}");
                    }
                }
            }
        }
        return new Figures(tp, fp, fn, timesRight, timesLabelled);

        string Subject(ReleaseCandidate c) =>
            withCatalog ? c.ResolvedSubjectSlug ?? ExtractionCatalog.Key(c.Subject)
                        : Corpus.Catalog.Resolve(c.Subject) ?? ExtractionCatalog.Key(c.Subject);
    }
}
