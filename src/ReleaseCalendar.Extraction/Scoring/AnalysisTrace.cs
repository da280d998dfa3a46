namespace ReleaseCalendar.Extraction.Scoring;

/// <summary>What pass 2 did with one date mention.</summary>
internal enum DateOutcome
{
    /// <summary>A recurring slot, the end of a range or the date a release moved from.</summary>
    NotAStart,
    /// <summary>A relative or weekday date beside a calendar date in the same clause.</summary>
    CalendarDateWins,
    /// <summary>No release verb, schedule word with a kind, or listing line near it.</summary>
    NoSignal,
    /// <summary>A signal, but a veto (concert, ticket, chart, …), an announcement date or a dateline.</summary>
    Vetoed,
    /// <summary>No calendar day (a day-only date the article never gave a month).</summary>
    Unresolved,
    /// <summary>Read: kinds, titles and subjects linked (possibly to none).</summary>
    Read,
}

internal sealed record TracedDate(int Sentence, DateOnly? Day, DateOutcome Outcome, int Emitted);

/// <summary>
/// An optional record of one analysis for the diagnosis of misses: the scanned sentences, each date mention's outcome
/// and the candidates after each stage. Made only by <see cref="MissDiagnosis"/>; the extractor
/// itself never makes one, so its cost is a null check per date.
/// </summary>
internal sealed class AnalysisTrace
{
    public List<TracedDate> Dates { get; } = [];
    public List<SentenceScan> Sentences { get; } = [];
    public List<(string Stage, List<ReleaseCandidate> Candidates)> Stages { get; } = [];

    public void Stage(string name, IEnumerable<ReleaseCandidate> candidates) => Stages.Add((name, [.. candidates]));
}
