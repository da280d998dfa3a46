using System.Globalization;
using System.Text;

namespace ReleaseCalendar.Ingest;

/// <summary>A title reduced to what two sources in different scripts share: «Right Place, Wrong Person» from MusicBrainz
/// and "Right Place Wrong Person" or «Райт плейс, ронг пёрсон» in a Russian article. Letters and digits only, lower case,
/// accents off, Cyrillic transliterated to Latin (the spelling Russian K-pop news uses for English titles).</summary>
public static class TitleKey
{
    public static string Of(string title)
    {
        var text = title.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(raw);
            if (c is >= 'а' and <= 'я' or 'ё') sb.Append(Cyrillic(c));
            else if (char.IsLetterOrDigit(c)) sb.Append(c);
        }
        return Simplify(sb.ToString());
    }

    /// <summary>Same release title. In one script the letters must agree (case, accents and punctuation aside): "Butter"
    /// is not "Bitter". Across scripts (a Russian article's «Райт плейс, ронг пёрсон» against MusicBrainz's Latin) the
    /// transliterated consonant skeletons must agree, and be long enough to mean something. Either way one may be the
    /// other plus an edition tag ("… (Deluxe)").</summary>
    public static bool Same(string a, string b) => Same(Parse(a), Parse(b));

    /// <summary>A title read once, for comparing with many (the merge compares each item with every candidate).</summary>
    public sealed record Parts(string Letters, bool Cyrillic, string Skeleton);

    public static Parts Parse(string title)
    {
        var letters = Letters(title);
        return new Parts(letters, HasCyrillic(letters), Of(title));
    }

    public static bool Same(Parts x, Parts y)
    {
        if (x.Letters.Length == 0 || y.Letters.Length == 0) return false;
        if (Extends(x.Letters, y.Letters)) return true;
        if (x.Cyrillic == y.Cyrillic) return false;
        return Math.Min(x.Skeleton.Length, y.Skeleton.Length) >= MinSkeleton && Extends(x.Skeleton, y.Skeleton);
    }

    /// <summary>Shorter skeletons ("Love" is "l") say too little to match across scripts.</summary>
    const int MinSkeleton = 4;

    /// <summary>Equal, or the longer is the shorter plus a tag of letters ("deluxe", "ost"): never a number, so
    /// "Part 1" is not "Part 11" and "Record 0021" is not "Record 0022".</summary>
    static bool Extends(string x, string y)
    {
        if (x == y) return true;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= 6 && longer.Length - shorter.Length <= 12 && longer.StartsWith(shorter, StringComparison.Ordinal)
            && !char.IsDigit(shorter[^1]) && char.IsLetter(longer[shorter.Length]);
    }

    /// <summary>Lower-case letters and digits, accents off, nothing else.</summary>
    static string Letters(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var raw in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c)) sb.Append(c == 'ё' ? 'е' : c);
        }
        return sb.ToString();
    }

    static bool HasCyrillic(string s) => s.Any(c => c is >= 'а' and <= 'я');

    static string Cyrillic(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' or 'ё' or 'э' => "e", 'ж' => "zh", 'з' => "z",
        'и' or 'й' or 'ы' => "i", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r",
        'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "h", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "sch",
        'ю' => "yu", 'я' => "ya", _ => "",
    };

    /// <summary>Spelling differences transliteration can't settle are folded on both sides: English spellings read as they
    /// sound ("gh" silent, "c" as s before e/i/y, "ph" as f), doubled letters, "y"/"i", "w"/"v"/"u", and vowels (where
    /// transliterations differ most: "person" / «пёрсон»). Good enough to compare two titles, not to read.</summary>
    static string Simplify(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == 'g' && next == 'h') { i++; continue; }
            if (c == 'p' && next == 'h') { c = 'f'; i++; }
            else if (c == 'c') c = next is 'e' or 'i' or 'y' ? 's' : 'k';
            c = c switch { 'y' => 'i', 'w' or 'v' => 'u', 'q' or 'x' => 'k', _ => c };
            if (c is 'a' or 'e' or 'i' or 'o' or 'u') continue;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        // A title of vowels only keeps them.
        return sb.Length == 0 ? s : sb.ToString();
    }
}
