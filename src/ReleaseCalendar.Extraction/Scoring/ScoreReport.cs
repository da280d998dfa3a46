using System.Globalization;

namespace ReleaseCalendar.Extraction.Scoring;

/// <summary>
/// Prints a <see cref="CorpusScore"/>: figures overall, per language and per part, error classes, and unless
/// <c>countsOnly</c> each article's misses and false positives side by side. Counts-only output carries no file
/// name, title or article text, so a blind part can be scored without being read.
/// </summary>
public static class ScoreReport
{
    const int EvidenceChars = 140;

    public static void Write(CorpusScore score, TextWriter output, bool countsOnly)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"all ({score.Articles.Count} articles): {score.Overall}"));
        foreach (var lang in score.Articles.Select(a => a.Article.Lang).Distinct().Order(StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(inv, $"  {lang}: {score.Of(a => a.Lang == lang)}"));
        }
        var parts = score.Articles.Select(a => a.Article.Part).Distinct().Order(StringComparer.Ordinal).ToList();
        if (parts.Count > 1)
        {
            foreach (var part in parts)
            {
                var ofPart = score.Where(a => a.Part == part);
                output.WriteLine(string.Create(inv, $"part {part} ({ofPart.Articles.Count} articles): {ofPart.Overall}"));
                foreach (var lang in ofPart.Articles.Select(a => a.Article.Lang).Distinct().Order(StringComparer.Ordinal))
                {
                    output.WriteLine(string.Create(inv, $"  {lang}: {ofPart.Of(a => a.Lang == lang)}"));
                }
            }
        }
        output.WriteLine(string.Create(inv, $"times right {score.TimesRight}/{score.TimesLabelled}; moved dates emitted {score.MovedEmitted}"));
        output.WriteLine("error class          misses  false positives");
        foreach (var cls in Enum.GetValues<ErrorClass>())
        {
            var misses = score.Articles.Sum(a => a.Misses.Count(m => m.Class == cls));
            var extras = score.Articles.Sum(a => a.Extras.Count(e => e.Class == cls));
            if (misses + extras > 0)
            {
                output.WriteLine(string.Create(inv, $"  {Name(cls),-18} {misses,6}  {extras,6}"));
            }
        }
        if (countsOnly)
        {
            return;
        }
        foreach (var article in score.Articles.Where(a => a.Misses.Count + a.Extras.Count > 0))
        {
            output.WriteLine(string.Create(inv, $"{article.Article.File} ({article.Figures})"));
            var paired = new HashSet<Extra>();
            foreach (var miss in article.Misses)
            {
                var partner = miss.Near is null ? null : article.Extras.FirstOrDefault(e => e.Candidate == miss.Near && !paired.Contains(e));
                if (partner is not null)
                {
                    paired.Add(partner);
                }
                var side = partner is null ? "" : "  <>  + " + Emitted(partner);
                output.WriteLine(string.Create(inv, $"  - {Label(miss),-58} [{Name(miss.Class)}]{side}"));
            }
            foreach (var extra in article.Extras.Where(e => !paired.Contains(e)))
            {
                output.WriteLine(string.Create(inv, $"  + {Emitted(extra)} [{Name(extra.Class)}]"));
            }
        }
    }

    public static string Name(ErrorClass cls) => cls switch
    {
        ErrorClass.Kind => "wrong kind",
        ErrorClass.Year => "wrong year",
        ErrorClass.Date => "wrong date",
        ErrorClass.Subject => "wrong subject",
        ErrorClass.Missing => "missing",
        ErrorClass.MovedDate => "moved date",
        ErrorClass.ExtraDate => "extra date",
        ErrorClass.UnlabelledSubject => "unlabelled subject",
        _ => "non-subject",
    };

    static string Label(Miss miss) => $"{miss.Key} {miss.Label.Kind}" + (miss.Label.Title is { } t ? $" «{t}»" : "");

    static string Emitted(Extra extra)
    {
        var c = extra.Candidate;
        var evidence = c.Evidence.Text.ReplaceLineEndings(" ");
        if (evidence.Length > EvidenceChars)
        {
            evidence = evidence[..EvidenceChars] + "…";
        }
        return $"{extra.Key} {c.Kind} «{c.Subject}»" + (c.Title is { } t ? $" [{t}]" : "") + $" ← {evidence}";
    }
}
