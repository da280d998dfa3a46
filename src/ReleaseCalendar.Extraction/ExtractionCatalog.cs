namespace ReleaseCalendar.Extraction;

/// <summary>
/// Known subjects (artists, groups, shows) by slug with the names articles use for them, in any
/// language ("rm" -> "RM", "Ким Нам Джун"). Build one per catalogue change and reuse it: construction
/// compiles the aliases into a lookup.
/// </summary>
public sealed class ExtractionCatalog
{
    readonly Dictionary<string, string> _slugByAlias = new(StringComparer.Ordinal);

    public ExtractionCatalog(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> aliasesBySlug)
    {
        ArgumentNullException.ThrowIfNull(aliasesBySlug);
        foreach (var (slug, aliases) in aliasesBySlug)
        {
            _slugByAlias.TryAdd(Normalize(slug), slug);
            foreach (var alias in aliases)
            {
                var key = Normalize(alias);
                if (key.Length > 0)
                {
                    _slugByAlias.TryAdd(key, slug);
                }
            }
        }
        Aliases = new PhraseMatcher<string>(_slugByAlias.Select(p => (Escape(p.Key), p.Value)));
    }

    internal PhraseMatcher<string> Aliases { get; }

    /// <summary>
    /// The slug for a subject as an article wrote it. "RM из BTS", "BTS's RM" and "Jimin of BTS" are tried
    /// whole, then part by part, so a soloist resolves to the soloist rather than the group.
    /// </summary>
    public string? Resolve(string writtenSubject)
    {
        ArgumentNullException.ThrowIfNull(writtenSubject);
        var key = Normalize(writtenSubject);
        if (_slugByAlias.TryGetValue(key, out var slug))
        {
            return slug;
        }
        foreach (var part in SplitParts(key))
        {
            if (_slugByAlias.TryGetValue(part, out slug))
            {
                return slug;
            }
        }
        return null;
    }

    static IEnumerable<string> SplitParts(string key)
    {
        // Possessive first: in "bts's rm" the person is after the 's; in "rm из bts" / "jimin of bts" before.
        foreach (var mark in new[] { "'s ", "' " })
        {
            var i = key.IndexOf(mark, StringComparison.Ordinal);
            if (i > 0)
            {
                yield return key[(i + mark.Length)..].Trim();
                yield return key[..i].Trim();
            }
        }
        foreach (var joiner in new[] { " из ", " of ", " & ", " x ", " и ", " and " })
        {
            var i = key.IndexOf(joiner, StringComparison.Ordinal);
            if (i > 0)
            {
                yield return key[..i].Trim();
                yield return key[(i + joiner.Length)..].Trim();
            }
        }
    }

    internal static string Normalize(string text)
    {
        var lower = TextNormalizer.Lower(text.Trim()).Replace('’', '\'');
        return string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // Aliases are literal words, never stems: a trailing '*' in an alias must not become a wildcard.
    static string Escape(string alias) => alias.Replace("*", "", StringComparison.Ordinal);
}
