using System.Globalization;
using System.Text;

namespace ReleaseCalendar.Releases;

/// <summary>Folds names for case- and ё/е-insensitive matching of aliases.</summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var ch in name.Trim().Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            var c = char.ToLower(ch, CultureInfo.InvariantCulture);
            sb.Append(c == 'ё' ? 'е' : c);
        }
        return sb.ToString();
    }

    /// <summary>A folded name without spaces and hyphens, for search: «нам джун», «намджун» and «нам-джун» are one
    /// name, as are "j-hope" and "jhope". The same removal is applied to stored aliases inside the query.</summary>
    public static string Compact(string folded) => folded.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
