namespace ReleaseCalendar.Ingest;

/// <summary>Another source's standing on a release: its priority and what it last stated.</summary>
public sealed record OtherSource(int SourceId, string Actor, int Priority, IReadOnlyDictionary<string, string?> Values);

public enum FieldOutcome { Agrees, Set, Pinned, Outranked }

/// <summary>What to do with one field. <see cref="Against"/> names who holds a different value: the admin (pinned), the
/// source that outranks this one, or a lower source this one overrides; null when nobody disagrees.</summary>
public sealed record FieldDecision(string Field, FieldOutcome Outcome, string? Stated, string? Current, OtherSource? Against);

/// <summary>The merge's rules, pure: an admin's pin beats every source, a higher priority beats a lower one, equal
/// priorities let the latest statement win, and a value that adds nothing (see <see cref="ReleaseFields.Agrees"/>) changes nothing.</summary>
public static class MergeRules
{
    public static FieldDecision Decide(string field, string? stated, string? current, bool pinned, int priority,
        IReadOnlyList<OtherSource> others)
    {
        if (ReleaseFields.Agrees(field, stated, current)) return new(field, FieldOutcome.Agrees, stated, current, null);
        if (pinned) return new(field, FieldOutcome.Pinned, stated, current, null);
        // Others that state something else for this field, strongest first.
        var differing = others
            .Where(o => o.Values.GetValueOrDefault(field) is { } v && !ReleaseFields.Agrees(field, stated, v))
            .OrderByDescending(o => o.Priority).ThenBy(o => o.SourceId).ToList();
        if (differing.FirstOrDefault(o => o.Priority > priority) is { } stronger)
            return new(field, FieldOutcome.Outranked, stated, current, stronger);
        return new(field, FieldOutcome.Set, stated, current, differing.FirstOrDefault());
    }
}
