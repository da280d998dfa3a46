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
    public static char Lower(char source)
    {
        // ASCII and basic Cyrillic by arithmetic: the culture tables cost a call per character on every article.
        var c = source switch
        {
            >= 'A' and <= 'Z' or >= 'А' and <= 'Я' => (char)(source + 32),
            < '\u0080' or >= 'а' and <= 'я' => source,
            _ => char.ToLowerInvariant(source),
        };
        return c switch
        {
            'ё' => 'е',
            '’' or '‘' or '`' => '\'',
            _ => c,
        };
    }

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    public static bool IsLatin(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c >= '\u00C0' && c <= '\u024F');

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '−' or '‒';
}
