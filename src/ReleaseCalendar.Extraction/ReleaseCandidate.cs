namespace ReleaseCalendar.Extraction;

public enum ReleaseKind
{
    Other,
    Album,
    Ep,
    Single,
    Mv,
    Ost,
    Drama,
    Episode,
    Film,
}

/// <summary>
/// The sentence a candidate was read from. Start/Length index the article text for plain-text input
/// and the extracted main text (see <see cref="DateExtractor.BodyText"/>) for HTML input.
/// </summary>
public sealed record Evidence(string Text, int Start, int Length);

/// <summary>
/// A release stated by an article. <see cref="PostponedFrom"/> is the date the article says the release
/// was moved away from; that date is never emitted as a release of its own.
/// </summary>
public sealed record ReleaseCandidate(
    string Subject,
    string? ResolvedSubjectSlug,
    string? Title,
    ReleaseKind Kind,
    DateOnly Date,
    TimeOnly? Time,
    string? TimeZone,
    double Confidence,
    Evidence Evidence,
    DateOnly? PostponedFrom = null);
