using System.Globalization;
using System.Text;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Feeds;

/// <summary>User-facing wording of feed events in Russian and English.</summary>
public static class FeedText
{
    /// <summary>Only ru and en are written; anything else falls back to en.</summary>
    public static string Normalize(string? lang) =>
        string.Equals(lang, "ru", StringComparison.OrdinalIgnoreCase) ? "ru" : "en";

    /// <summary>
    /// <c>RM — album "Right Place, Wrong Person"</c> / <c>RM — альбом «Right Place, Wrong Person»</c>.
    /// Several subjects are joined with " &amp; " in both languages, in credit order.
    /// </summary>
    public static string Summary(Release release, string lang)
    {
        lang = Normalize(lang);
        var ru = lang == "ru";
        var names = SubjectNames(release, lang);
        var title = Clean(release.TitleIn(lang)).Trim();
        // A show's episode or premiere is usually titled like the show itself; don't say it twice.
        var titleIsSubject = release.Kind is ReleaseKind.Drama or ReleaseKind.Episode or ReleaseKind.Film
            && names.Any(n => string.Equals(n, title, StringComparison.OrdinalIgnoreCase));
        var quoted = title.Length == 0 || titleIsSubject ? null : ru ? $"«{title}»" : $"\"{title}\"";

        var what = release.Kind == ReleaseKind.Episode ? EpisodeLabel(release, ru) : KindWord(release.Kind, ru);
        var work = string.Join(' ', new[] { what, quoted }.Where(s => !string.IsNullOrEmpty(s)));

        var credit = string.Join(" & ", names);
        var text = credit.Length == 0 ? Capitalize(work) : work.Length == 0 ? credit : $"{credit} — {work}";

        var marker = StatusMarker(release, ru);
        return marker is null ? text : $"{marker} {text}";
    }

    /// <summary>
    /// The release's own description, then "Time TBA" or the original local time, then its links and our page
    /// (Google Calendar ignores the URL property, so the page link goes into the text too).
    /// </summary>
    public static string Description(Release release, string lang, string releaseUrl, bool timed)
    {
        var ru = Normalize(lang) == "ru";
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(release.Description))
        {
            parts.Add(Clean(release.Description).Trim());
        }

        parts.Add(timed
            ? (ru ? "Время: " : "Time: ")
              + release.Time!.Value.ToString("HH:mm", CultureInfo.InvariantCulture) + $" ({release.TimeZone})"
            : ru ? "Время уточняется" : "Time TBA");

        var links = release.Links.Select(l => Clean(l).Trim()).Where(l => l.Length > 0).Append(releaseUrl);
        parts.Add(string.Join('\n', links.Distinct(StringComparer.Ordinal)));
        return string.Join("\n\n", parts);
    }

    /// <summary>CATEGORIES value: the kind, capitalized, in the feed's language.</summary>
    public static string Category(ReleaseKind kind, string lang) => (kind, Normalize(lang) == "ru") switch
    {
        (ReleaseKind.Episode, true) => "Серия",
        (ReleaseKind.Episode, false) => "Episode",
        (ReleaseKind.Other, true) => "Другое",
        (ReleaseKind.Other, false) => "Other",
        (var k, var ru) => Capitalize(KindWord(k, ru)),
    };

    /// <summary>
    /// Makes text safe for an iCalendar TEXT value before escaping: CR/CRLF become LF (written as \n), other
    /// control characters (forbidden by RFC 5545 §3.3.11) and unpaired surrogates are dropped, tabs become spaces.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsClean(text)) return text; // the usual case: a feed calls this several times an event
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c == '\n') sb.Append('\n');
            else if (c == '\t') sb.Append(' ');
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c) || char.IsControl(c)) continue;
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c)) return false;
        }
        return true;
    }

    static List<string> SubjectNames(Release release, string lang) =>
        release.Subjects
            .OrderBy(s => s.Position).ThenBy(s => s.SubjectId)
            .Select(s => s.Subject ?? throw new InvalidOperationException(
                $"Release {release.Id}: ReleaseSubject.Subject must be loaded to render a feed."))
            .Select(s => Clean(s.Name(lang)).Trim())
            .Where(n => n.Length > 0)
            .ToList();

    /// <summary>The kind as a word in the feed's language ("альбом", "EP"); pages and the widget label kinds with it too.</summary>
    public static string KindWord(ReleaseKind kind, bool ru) => kind switch
    {
        ReleaseKind.Album => ru ? "альбом" : "album",
        ReleaseKind.Ep => ru ? "мини-альбом" : "EP",
        ReleaseKind.Single => ru ? "сингл" : "single",
        ReleaseKind.Mv => ru ? "клип" : "MV",
        ReleaseKind.Ost => "OST",
        ReleaseKind.Drama => ru ? "дорама" : "drama",
        ReleaseKind.Episode => ru ? "серия" : "episode",
        ReleaseKind.Film => ru ? "фильм" : "film",
        _ => "",
    };

    // en: S1E5 (TV convention); ru: «5 серия», with «2 сезон, 5 серия» only past the first season.
    static string EpisodeLabel(Release release, bool ru)
    {
        var (season, episode) = (release.Season, release.Episode);
        if (ru)
        {
            var seasonPart = season is > 1 || (season is not null && episode is null) ? $"{season} сезон" : null;
            var episodePart = episode is not null ? $"{episode} серия" : seasonPart is null ? "серия" : null;
            return string.Join(", ", new[] { seasonPart, episodePart }.Where(p => p is not null));
        }

        return (season, episode) switch
        {
            (not null, not null) => $"S{season}E{episode}",
            (null, not null) => $"episode {episode}",
            (not null, null) => $"season {season}",
            _ => "episode",
        };
    }

    static string? StatusMarker(Release release, bool ru) =>
        release.DeletedUtc is not null || release.Status == ReleaseStatus.Cancelled
            ? ru ? "[Отменено]" : "[Cancelled]"
            : release.Status == ReleaseStatus.Postponed
                ? ru ? "[Перенесено]" : "[Postponed]"
                : null;

    static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
}
