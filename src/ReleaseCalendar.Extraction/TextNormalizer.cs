namespace ReleaseCalendar.Extraction;

internal static class TextNormalizer
{
    /// <summary>Lower-cases char by char and folds ё to е and ’ to ', so indexes stay those of the input.</summary>
    public static string Lower(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Lower(source[i]);
            }
        });

    /// <summary>One character as <see cref="Lower(string)"/> writes it.</summary>
    public static char Lower(char source) => LowerTable[source];

    // Every UTF-16 unit's lower form, worked out once (128 KB): the culture's case tables cost a call per character,
    // and news is full of characters outside ASCII and basic Cyrillic (quotes, dashes, ё, Hangul).
    static readonly char[] LowerTable = BuildLowerTable();

    static char[] BuildLowerTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = char.ToLowerInvariant((char)i);
            table[i] = c switch
            {
                'ё' => 'е',
                '’' or '‘' or '`' => '\'',
                _ => c,
            };
        }
        return table;
    }

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    public static bool IsLatin(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c >= '\u00C0' && c <= '\u024F');

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '−' or '‒';

    /// <summary>The word ends with one of <paramref name="endings"/> and keeps at least <paramref name="stem"/> letters before it.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> word, IReadOnlyList<string> endings, int stem = 0)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length >= ending.Length + stem)
            {
                return true;
            }
        }
        return false;
    }
}
