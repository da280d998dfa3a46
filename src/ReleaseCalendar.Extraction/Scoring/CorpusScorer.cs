namespace ReleaseCalendar.Extraction.Scoring;

/// <summary>What a release is matched on: subject (catalog slug, else the name's key), kind family and date.</summary>
public readonly record struct ScoreKey(string Subject, string Family, DateOnly Date)
{
    public override string ToString() => $"{Subject} {Family} {Date:yyyy-MM-dd}";
}

/// <summary>
/// Why a labelled release was missed or an emitted one is wrong, derived from the nearest release on the other side.
/// </summary>
public enum ErrorClass
{
    /// <summary>Right subject and date, other kind family.</summary>
    Kind,
    /// <summary>Right subject and kind, same day and month in another year.</summary>
    Year,
    /// <summary>Right subject and kind, other date.</summary>
    Date,
    /// <summary>Right kind and date, other subject.</summary>
    Subject,
    /// <summary>Miss: nothing near was emitted.</summary>
    Missing,
    /// <summary>False positive on a date the article says was abandoned.</summary>
    MovedDate,
    /// <summary>False positive for a subject the article has labels for: a background, past or non-release date.</summary>
    ExtraDate,
    /// <summary>False positive for a catalog subject the article labels nothing for.</summary>
    UnlabelledSubject,
    /// <summary>False positive for a name outside the catalog: an agency, place, broadcaster, word.</summary>
    NonSubject,
}

public sealed record Miss(ScoreKey Key, LabelledRelease Label, ErrorClass Class, ReleaseCandidate? Near);

public sealed record Extra(ScoreKey Key, ReleaseCandidate Candidate, ErrorClass Class, LabelledRelease? Near);

public sealed record Figures(int Tp, int Fp, int Fn)
{
    public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
    public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Figures Sum(IEnumerable<Figures> all) =>
        all.Aggregate(new Figures(0, 0, 0), (a, b) => new Figures(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn));

    public override string ToString() => $"P {Precision:F2} R {Recall:F2} F1 {F1:F2} (tp {Tp}, fp {Fp}, fn {Fn})";
}

public sealed record ArticleScore(
    LabelledArticle Article,
    Figures Figures,
    IReadOnlyList<Miss> Misses,
    IReadOnlyList<Extra> Extras,
    int TimesRight,
    int TimesLabelled,
    IReadOnlyList<ReleaseCandidate> MovedEmitted);

public sealed class CorpusScore(IReadOnlyList<ArticleScore> articles)
{
    public IReadOnlyList<ArticleScore> Articles { get; } = articles;

    public Figures Overall => Of(_ => true);

    public Figures Of(Func<LabelledArticle, bool> which) => Figures.Sum(Articles.Where(a => which(a.Article)).Select(a => a.Figures));

    public CorpusScore Where(Func<LabelledArticle, bool> which) => new([.. Articles.Where(a => which(a.Article))]);

    public int MovedEmitted => Articles.Sum(a => a.MovedEmitted.Count);
    public int TimesRight => Articles.Sum(a => a.TimesRight);
    public int TimesLabelled => Articles.Sum(a => a.TimesLabelled);
}

/// <summary>
/// Scores the extractor on a labelled folder the way CorpusTests and the <c>extract score</c> verb both do: one
/// match per distinct subject + kind family + date on each side, times counted apart, misses and false positives
/// classed by what lies nearest on the other side.
/// </summary>
public static class CorpusScorer
{
    public static CorpusScore Score(LabelledCorpus corpus, bool withCatalog = true)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return new CorpusScore([.. corpus.Articles.Select(a =>
            ScoreArticle(a, DateExtractor.Extract(corpus.Input(a), withCatalog ? corpus.Catalog : null), corpus.Catalog, withCatalog))]);
    }

    static bool SameMoment(LabelledRelease label, ReleaseCandidate candidate) =>
        Moment(label.Date, label.Time is { } t && TimeOnly.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var time) ? time : null, label.TimeZone)
            is { } labelled && Moment(candidate.Date, candidate.Time, candidate.TimeZone) == labelled;

    static DateTimeOffset? Moment(DateOnly date, TimeOnly? time, string? zone)
    {
        if (time is null || zone is null || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz))
        {
            return null;
        }
        var local = date.ToDateTime(time.Value);
        return new DateTimeOffset(local, tz.GetUtcOffset(local));
    }

    public static ArticleScore ScoreArticle(LabelledArticle article, IReadOnlyList<ReleaseCandidate> found, ExtractionCatalog catalog, bool withCatalog = true)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(catalog);
        var gold = new Dictionary<ScoreKey, LabelledRelease>();
        foreach (var r in article.Releases)
        {
            gold.TryAdd(new ScoreKey(r.Subject, LabelledCorpus.Family(r.Kind), r.Date), r);
        }
        var predicted = new Dictionary<ScoreKey, ReleaseCandidate>();
        foreach (var c in found)
        {
            var subject = (withCatalog ? c.ResolvedSubjectSlug : catalog.Resolve(c.Subject)) ?? ExtractionCatalog.Key(c.Subject);
            var key = new ScoreKey(subject, LabelledCorpus.Family(c.Kind.ToString()), c.Date);
            // "00:00 KST on May 1" and "18:00 MSK on April 30" are one moment: a label's day in its own zone is met by the
            // same moment told in another zone.
            var sameMoment = gold.Keys.FirstOrDefault(k => k.Subject == key.Subject && k.Family == key.Family && k.Date != key.Date
                                                           && SameMoment(gold[k], c));
            predicted.TryAdd(sameMoment == default ? key : sameMoment, c);
        }
        int tp = 0, timesRight = 0, timesLabelled = 0;
        var misses = new List<Miss>();
        foreach (var (key, label) in gold)
        {
            if (predicted.TryGetValue(key, out var candidate))
            {
                tp++;
                if (label.Time is not null)
                {
                    timesLabelled++;
                    timesRight += (candidate.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) == label.Time
                                   && candidate.TimeZone == label.TimeZone) || SameMoment(label, candidate) ? 1 : 0;
                }
            }
            else
            {
                var (cls, near) = Nearest(key, predicted.Where(p => !gold.ContainsKey(p.Key)).Select(p => (p.Key, p.Value)));
                misses.Add(new Miss(key, label, cls ?? ErrorClass.Missing, near));
            }
        }
        var labelledSubjects = gold.Keys.Select(k => k.Subject).ToHashSet(StringComparer.Ordinal);
        var extras = new List<Extra>();
        var moved = new List<ReleaseCandidate>();
        foreach (var (key, candidate) in predicted)
        {
            if (gold.ContainsKey(key))
            {
                continue;
            }
            var isMoved = article.Moved.Any(m => m.Date == key.Date && (m.Subject == key.Subject || !labelledSubjects.Contains(key.Subject)));
            if (isMoved)
            {
                moved.Add(candidate);
            }
            var (cls, near) = Nearest(key, gold.Where(g => !predicted.ContainsKey(g.Key)).Select(g => (g.Key, g.Value)));
            cls = isMoved ? ErrorClass.MovedDate
                : cls ?? (labelledSubjects.Contains(key.Subject) ? ErrorClass.ExtraDate
                    : catalog.Resolve(key.Subject) is not null || candidate.ResolvedSubjectSlug is not null ? ErrorClass.UnlabelledSubject
                    : ErrorClass.NonSubject);
            extras.Add(new Extra(key, candidate, cls.Value, near));
        }
        return new ArticleScore(article, new Figures(tp, extras.Count, misses.Count), misses, extras, timesRight, timesLabelled, moved);
    }

    // The first other-side release that differs from this one in only kind, date (year first) or subject, in that order.
    static (ErrorClass? Class, T? Near) Nearest<T>(ScoreKey key, IEnumerable<(ScoreKey Key, T Value)> others)
        where T : class
    {
        var list = others.ToList();
        foreach (var (cls, test) in Relations)
        {
            foreach (var (other, value) in list)
            {
                if (test(key, other))
                {
                    return (cls, value);
                }
            }
        }
        return (null, null);
    }

    static readonly (ErrorClass Class, Func<ScoreKey, ScoreKey, bool> Test)[] Relations =
    [
        (ErrorClass.Kind, (a, b) => a.Subject == b.Subject && a.Date == b.Date),
        (ErrorClass.Year, (a, b) => a.Subject == b.Subject && a.Family == b.Family && a.Date.Month == b.Date.Month && a.Date.Day == b.Date.Day),
        (ErrorClass.Date, (a, b) => a.Subject == b.Subject && a.Family == b.Family),
        (ErrorClass.Subject, (a, b) => a.Family == b.Family && a.Date == b.Date),
    ];
}
