using ReleaseCalendar.Extraction.Languages;

namespace ReleaseCalendar.Extraction.Scoring;

/// <summary>
/// Where in the pipeline each missed release was lost, as counts only (so a blind part can be diagnosed without
/// being read): the day never read from the text; read, but no release signal or vetoed; read and linked to
/// another subject or kind, or to none; or emitted and then dropped by an article-level filter. Each bucket also says
/// whether the labelled subject is named in a sentence that states the day.
/// </summary>
public static class MissDiagnosis
{
    /// <summary>Each miss with the bucket it was lost in and the sentence that states its day (if any).</summary>
    public static IReadOnlyList<Diagnosed> Diagnose(LabelledCorpus corpus, CorpusScore score)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(score);
        var found = new List<Diagnosed>();
        foreach (var article in score.Articles.Where(a => a.Misses.Count > 0))
        {
            var trace = new AnalysisTrace();
            DateExtractor.Extract(corpus.Input(article.Article), corpus.Catalog, trace);
            foreach (var miss in article.Misses)
            {
                var (bucket, sentence) = BucketOf(miss.Key, trace, corpus.Catalog);
                found.Add(new Diagnosed(article.Article, miss, bucket, sentence));
            }
        }
        return found;
    }

    /// <summary>Misses per bucket, largest first.</summary>
    public static IReadOnlyList<(string Bucket, int Misses)> Count(IEnumerable<Diagnosed> diagnosed) =>
        [.. diagnosed.GroupBy(d => d.Bucket, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))];

    internal static (string Bucket, string? Sentence) BucketOf(ScoreKey gold, AnalysisTrace trace, ExtractionCatalog catalog)
    {
        var onDay = trace.Dates.Where(d => d.Day == gold.Date).ToList();
        bool Named(TracedDate d) => Names(trace.Sentences[d.Sentence], gold.Subject, catalog);
        bool Is(ReleaseCandidate c) => c.ResolvedSubjectSlug == gold.Subject && c.Date == gold.Date && LabelledCorpus.Family(c.Kind.ToString()) == gold.Family;
        // A release found by a follow-up sentence, a companion video or "the same day" has no traced mention of its own.
        for (var i = 0; i < trace.Stages.Count; i++)
        {
            if (trace.Stages[i].Candidates.Any(Is))
            {
                var lostAt = trace.Stages.Skip(i + 1).FirstOrDefault(s => !s.Candidates.Any(Is)).Stage;
                var c = trace.Stages[i].Candidates.First(Is);
                return (lostAt is null ? "emitted, lost in deduplication" : $"emitted, dropped as {lostAt}", c.Evidence.Text);
            }
        }
        if (onDay.Count == 0)
        {
            return ("day never read from the text", null);
        }
        var best = onDay.OrderByDescending(d => Named(d)).ThenByDescending(d => d.Outcome).First();
        var text = trace.Sentences[best.Sentence] is var s ? s.Text[s.Start..s.End] : null;
        var where = Named(best) ? "subject in the sentence" : "subject not in the sentence";
        if (best.Outcome != DateOutcome.Read)
        {
            return ($"day read, {Describe(best.Outcome)}; {where}", text);
        }
        var read = trace.Stages.Count > 0 ? trace.Stages[0].Candidates : [];
        var what = read.Any(c => c.Date == gold.Date && c.ResolvedSubjectSlug == gold.Subject) ? "other kind"
            : onDay.Any(d => d.Outcome == DateOutcome.Read && d.Emitted > 0) ? "other subject"
            : "no subject linked";
        return ($"day read and linked: {what}; {where}", text);
    }

    public sealed record Diagnosed(LabelledArticle Article, Miss Miss, string Bucket, string? Sentence);

    /// <summary>
    /// Each abandoned day that was emitted, described without its text (so a blind part can be diagnosed): where the
    /// postponement or cancellation is said relative to the sentence that emitted it, and whether that sentence also
    /// states another day.
    /// </summary>
    public static IReadOnlyList<(string Bucket, string Sentence)> DiagnoseMoved(LabelledCorpus corpus, CorpusScore score)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(score);
        var found = new List<(string, string)>();
        foreach (var article in score.Articles.Where(a => a.MovedEmitted.Count > 0))
        {
            var trace = new AnalysisTrace();
            DateExtractor.Extract(corpus.Input(article.Article), corpus.Catalog, trace);
            foreach (var emitted in article.MovedEmitted)
            {
                var si = trace.Sentences.FindIndex(x => x.Start == emitted.Evidence.Start);
                if (si < 0)
                {
                    found.Add(("emitted from no traced sentence", emitted.Evidence.Text));
                    continue;
                }
                static bool Moves(SentenceScan x) => x.Cues.Any(c => c.Cue.Type is CueType.Postpone or CueType.Cancel or CueType.MovedFrom);
                var s = trace.Sentences[si];
                var where = Moves(s) ? "in the emitting sentence"
                    : trace.Sentences.Take(si).Any(Moves) ? "in an earlier sentence"
                    : trace.Sentences.Skip(si + 1).Any(Moves) ? "in a later sentence" : "nowhere the extractor reads";
                var days = trace.Dates.Count(d => d.Sentence == si && d.Day is not null);
                found.Add(($"postponement word {where}; {(days > 1 ? "other days" : "no other day")} in the emitting sentence; {emitted.Kind}",
                    s.Text[s.Start..s.End]));
            }
        }
        return found;
    }

    // Any alias of the subject in the sentence, quoted titles included (a show is often named only in quotes).
    static bool Names(SentenceScan s, string slug, ExtractionCatalog catalog)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (catalog.Aliases.TryMatch(s.Lower, s.Tokens, i, out var alias, out _) && alias.Slug == slug)
            {
                return true;
            }
        }
        return false;
    }

    static string Describe(DateOutcome outcome) => outcome switch
    {
        DateOutcome.NotAStart => "not a start (range end, recurring, moved from)",
        DateOutcome.CalendarDateWins => "a calendar date in its clause won",
        DateOutcome.NoSignal => "no release signal",
        DateOutcome.Vetoed => "vetoed (non-release, announcement, dateline)",
        DateOutcome.Unresolved => "no calendar day",
        _ => outcome.ToString(),
    };
}
