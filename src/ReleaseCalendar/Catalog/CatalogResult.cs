namespace ReleaseCalendar.Catalog;

public enum CatalogErrorKind { Invalid, NotFound, Conflict, Stale, Busy }

/// <summary>Why a catalog write did not happen; nothing was stored. The admin API turns it into a problem response.</summary>
public sealed record CatalogError(CatalogErrorKind Kind, string Title, string Detail,
    IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static CatalogError Invalid(string field, string message) =>
        new(CatalogErrorKind.Invalid, "Invalid request", message, new Dictionary<string, string[]> { [field] = [message] });

    public static CatalogError Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        new(CatalogErrorKind.Invalid, "Invalid request", "One or more fields are invalid.", fields);

    public static CatalogError NotFound(string title, string detail) => new(CatalogErrorKind.NotFound, title, detail);

    public static CatalogError Conflict(string title, string detail) => new(CatalogErrorKind.Conflict, title, detail);

    /// <summary>If-Match names an old revision (current known) or the write lost a race (current unknown).</summary>
    public static CatalogError Stale(string what, int? current) => new(CatalogErrorKind.Stale, "Stale write", current is null
        ? $"The {what} was changed by someone else meanwhile; fetch it again and retry."
        : $"If-Match does not name the current revision \"{current}\"; fetch the {what} again and retry.");

    public static CatalogError UnknownSubject(string slug) =>
        NotFound("Unknown artist or show", $"Nothing is published under '{slug}'.");

    public static CatalogError UnknownRelease(Guid id) => NotFound("Unknown release", $"No release has the id {id}.");
}

/// <summary>The outcome of a write: the value (when it happened) or the error (when nothing was stored).</summary>
public readonly record struct CatalogResult<T>(T? Value, CatalogError? Error)
{
    public static implicit operator CatalogResult<T>(T value) => new(value, null);
    public static implicit operator CatalogResult<T>(CatalogError error) => new(default, error);
}

/// <summary>The revisions an If-Match header names; null means "any" (no header, or "*").</summary>
public sealed record IfMatch(IReadOnlyList<int>? Revisions)
{
    public static readonly IfMatch Any = new((IReadOnlyList<int>?)null);

    public bool Allows(int revision) => Revisions is null || Revisions.Contains(revision);

    /// <summary>A conditional write must not be retried after losing a race: its precondition is what failed.</summary>
    public bool IsConditional => Revisions is not null;
}

/// <summary>Nothing to return but success.</summary>
public readonly record struct Done;
