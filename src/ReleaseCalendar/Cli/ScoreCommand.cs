using ReleaseCalendar.Extraction.Scoring;

namespace ReleaseCalendar.Cli;

/// <summary>
/// <c>extract score FOLDER [--counts-only] [--no-catalog] [--part NAME] [--why]</c> (issue #9 §2): precision, recall and F1 of
/// the extractor on a labelled folder (labels.json + articles), overall, per language and per part, error classes, and
/// the misses and false positives side by side. <c>--counts-only</c> prints no file name, title or text (for a blind
/// part); <c>--no-catalog</c> extracts without the folder's catalog and resolves subjects afterwards; <c>--why</c> adds
/// counts of where in the pipeline the misses were lost (<see cref="MissDiagnosis"/>).
/// Exit codes: 0 scored, 2 usage error or unreadable folder.
/// </summary>
public static class ScoreCommand
{
    const string Usage = "usage: extract score FOLDER [--counts-only] [--no-catalog] [--part NAME] [--why]   (FOLDER holds labels.json)";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        string? folder = null, part = null;
        bool countsOnly = false, withCatalog = true, why = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--counts-only":
                    countsOnly = true;
                    break;
                case "--why":
                    why = true;
                    break;
                case "--no-catalog":
                    withCatalog = false;
                    break;
                case "--part" when i + 1 < args.Length:
                    part = args[++i];
                    break;
                case var arg when arg.StartsWith("--", StringComparison.Ordinal) || folder is not null:
                    await stderr.WriteLineAsync($"extract score: unexpected '{arg}'\n{Usage}".AsMemory(), ct);
                    return 2;
                case var arg:
                    folder = arg;
                    break;
            }
        }
        if (folder is null || !LabelledCorpus.Exists(folder))
        {
            await stderr.WriteLineAsync($"extract score: no labels.json in '{folder}'\n{Usage}".AsMemory(), ct);
            return 2;
        }
        LabelledCorpus corpus;
        try
        {
            corpus = LabelledCorpus.Load(folder);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or IOException)
        {
            await stderr.WriteLineAsync($"extract score: {folder}/labels.json: {e.Message}".AsMemory(), ct);
            return 2;
        }
        var score = CorpusScorer.Score(corpus, withCatalog);
        if (part is not null)
        {
            score = score.Where(a => a.Part == part);
        }
        ScoreReport.Write(score, stdout, countsOnly);
        if (why)
        {
            var diagnosed = MissDiagnosis.Diagnose(corpus, withCatalog ? score : CorpusScorer.Score(corpus).Where(a => part is null || a.Part == part));
            await stdout.WriteLineAsync("where the misses were lost (with the catalog)".AsMemory(), ct);
            foreach (var (bucket, misses) in MissDiagnosis.Count(diagnosed))
            {
                await stdout.WriteLineAsync($"  {misses,4}  {bucket}".AsMemory(), ct);
            }
            var byKind = diagnosed.GroupBy(d => d.Miss.Label.Kind, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            await stdout.WriteLineAsync($"  misses by labelled kind: {string.Join(", ", byKind)}".AsMemory(), ct);
            foreach (var (bucket, sentence) in MissDiagnosis.DiagnoseMoved(corpus, score))
            {
                await stdout.WriteLineAsync($"  moved date emitted: {bucket}".AsMemory(), ct);
                if (!countsOnly)
                {
                    await stdout.WriteLineAsync($"      {sentence.ReplaceLineEndings(" ")}".AsMemory(), ct);
                }
            }
            foreach (var d in countsOnly ? [] : diagnosed)
            {
                await stdout.WriteLineAsync($"  {d.Article.File}: {d.Miss.Key} {d.Miss.Label.Kind} — {d.Bucket}".AsMemory(), ct);
                if (d.Sentence is { } sentence)
                {
                    await stdout.WriteLineAsync($"      {sentence.ReplaceLineEndings(" ")}".AsMemory(), ct);
                }
            }
        }
        await stdout.FlushAsync(ct);
        return 0;
    }
}
