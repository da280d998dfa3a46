using System.Globalization;
using System.Text.RegularExpressions;
using ReleaseCalendar.Catalog;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Admin;

/// <summary>Pure checks of admin requests; each bad field gets its own message, in the request's camelCase names.</summary>
public static partial class AdminValidation
{
    public const int MaxSubjectsPerRelease = 10;
    public const int MaxNumber = 10_000;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsSlug(string? s) => s is { Length: > 0 and <= Limits.Slug } && SlugPattern().IsMatch(s);

    /// <summary>Words a subject can't take as its slug because a route (or a planned one) uses them where a slug
    /// goes: /feeds/releases.ics is the combined feed, not a subject called "releases". A test derives the
    /// literal siblings of every slug route from the running app's endpoints and fails when one is missing here.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "releases",                                   // /feeds/releases.ics
        "subscribe", "embed",                         // planned: subscription and embed pages
        "api", "feeds", "admin", "docs", "health", "openapi", "subjects", "upcoming", "search", "new",
    };

    public static (ValidSubject? Subject, Dictionary<string, string[]> Errors) Subject(SubjectRequest r)
    {
        var e = new Errors();
        var slug = r.Slug?.Trim() ?? "";
        if (!IsSlug(slug)) e.Add("slug", $"A slug is 1–{Limits.Slug} lower-case letters, digits and single hyphens, e.g. 'rm' or 'queen-of-tears'.");
        else if (ReservedSlugs.Contains(slug)) e.Add("slug", $"'{slug}' is reserved: the service's own addresses use it (e.g. /feeds/releases.ics); choose another.");
        if (r.Kind is null) e.Add("kind", "Required: artist, group or show.");
        var en = Text(e, "names.en", r.Names?.En, Limits.Name, required: true);
        var ru = Text(e, "names.ru", r.Names?.Ru, Limits.Name);
        var ko = Text(e, "names.ko", r.Names?.Ko, Limits.Name);
        var description = Text(e, "description", r.Description, Limits.Description, multiline: true);
        var aliases = new List<string>();
        if (r.Aliases is { Count: > Limits.Aliases }) e.Add("aliases", $"At most {Limits.Aliases} aliases.");
        for (var i = 0; i < (r.Aliases?.Count ?? 0); i++)
            if (Text(e, $"aliases[{i}]", r.Aliases![i], Limits.Name, required: true) is { } a) aliases.Add(a);
        var groups = new List<string>();
        for (var i = 0; i < (r.MemberOf?.Count ?? 0); i++)
        {
            var g = r.MemberOf![i]?.Trim();
            if (!IsSlug(g)) e.Add($"memberOf[{i}]", "Not a slug.");
            else if (g == slug) e.Add($"memberOf[{i}]", "A subject can't be a member of itself.");
            else groups.Add(g!);
        }
        return e.Any ? (null, e.Dictionary) : (new ValidSubject(slug, r.Kind!.Value, en!, ru, ko, description, aliases, groups.Distinct().ToList()), e.Dictionary);
    }

    public static (ValidRelease? Release, Dictionary<string, string[]> Errors) Release(ReleaseRequest r)
    {
        var e = new Errors();
        var subjects = (r.Subjects ?? []).Select(s => s?.Trim() ?? "").ToList();
        if (subjects.Count == 0) e.Add("subjects", "At least one artist, group or show slug is required.");
        else if (subjects.Count > MaxSubjectsPerRelease) e.Add("subjects", $"At most {MaxSubjectsPerRelease} subjects.");
        for (var i = 0; i < subjects.Count; i++)
            if (!IsSlug(subjects[i])) e.Add($"subjects[{i}]", $"'{subjects[i]}' is not a slug.");
        var title = Text(e, "title", r.Title, Limits.Title, required: true);
        var titles = new LocalizedText(
            Text(e, "titles.en", r.Titles?.En, Limits.Title),
            Text(e, "titles.ru", r.Titles?.Ru, Limits.Title),
            Text(e, "titles.ko", r.Titles?.Ko, Limits.Title));
        if (r.Kind is null) e.Add("kind", "Required: album, ep, single, mv, ost, drama, episode, film or other.");

        DateOnly date = default; var precision = DatePrecision.Day;
        if (string.IsNullOrWhiteSpace(r.Date)) e.Add("date", "Required: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not announced.");
        else if (!ReleaseDate.TryParse(r.Date, out date, out precision, out var dateError)) e.Add("date", dateError!);

        TimeOnly? time = null;
        if (!string.IsNullOrWhiteSpace(r.Time))
        {
            if (!TimeOnly.TryParseExact(r.Time.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                e.Add("time", $"'{r.Time}' is not a time; use HH:mm in 24-hour form, e.g. 13:00.");
            // Releases are announced to the minute; seconds would show in feeds but not in most apps' views.
            else if (t.Second != 0) e.Add("time", $"'{r.Time}' has seconds; release times are to the minute (HH:mm).");
            else time = t;
            if (precision != DatePrecision.Day) e.Add("time", "A time needs a full date (YYYY-MM-DD).");
        }
        string? zone = null;
        if (!string.IsNullOrWhiteSpace(r.TimeZone))
        {
            // Stored as tzdb's canonical id (a link such as Asia/Calcutta becomes Asia/Kolkata): one name per zone.
            zone = ReleaseTime.CanonicalZoneId(r.TimeZone.Trim());
            if (zone is null)
                e.Add("timeZone", ReleaseTime.SuggestZoneId(r.TimeZone) is { } suggestion
                    ? $"'{r.TimeZone}' is not a tz database id; did you mean '{suggestion}'?"
                    : $"'{r.TimeZone}' is not a tz database id such as Asia/Seoul or UTC.");
        }
        var zoneGiven = !string.IsNullOrWhiteSpace(r.TimeZone);
        if (time is not null && !zoneGiven) e.Add("timeZone", "A time needs its IANA time zone, e.g. Asia/Seoul.");
        if (string.IsNullOrWhiteSpace(r.Time) && zoneGiven) e.Add("time", "A time zone was given without a time.");
        // Any gap, not only daylight saving: Moscow 2011, Caracas 2016, Pyongyang 2018, Apia's lost 2011-12-30.
        if (time is { } lt && zone is not null && precision == DatePrecision.Day && !e.Any
            && ReleaseTime.Skipped(date, lt, zone) is { } skipped)
            e.Add("time", skipped);

        if (r.Season is < 1 or > MaxNumber) e.Add("season", $"Between 1 and {MaxNumber}.");
        if (r.Episode is < 1 or > MaxNumber) e.Add("episode", $"Between 1 and {MaxNumber}.");
        var description = Text(e, "description", r.Description, Limits.Description, multiline: true);
        var links = new List<string>();
        if (r.Links is { Count: > Limits.Links }) e.Add("links", $"At most {Limits.Links} links.");
        for (var i = 0; i < (r.Links?.Count ?? 0); i++)
        {
            if (Link(r.Links![i]) is { } problem) e.Add($"links[{i}]", problem);
            else links.Add(r.Links[i]!.Trim(' '));
        }
        return e.Any
            ? (null, e.Dictionary)
            : (new ValidRelease(subjects.Distinct().ToList(), title!, titles, r.Kind!.Value, date, precision, time, zone,
                r.Status ?? ReleaseStatus.Announced, r.Season, r.Episode, description, links), e.Dictionary);
    }

    /// <summary>Null when <paramref name="link"/> is an absolute http(s) URL, else why not. The link is kept as
    /// written (outer spaces aside): Uri.ToString() would unescape %20 into a space, which breaks the link in calendar
    /// apps, so Uri is only the judge, never the source of the stored text.</summary>
    public static string? Link(string? link)
    {
        var l = link?.Trim(' ') ?? "";
        if (l.Length == 0) return "Required: an absolute http(s) URL.";
        if (l.Length > Limits.Link) return $"At most {Limits.Link} characters (got {l.Length}).";
        // A URL never holds a raw space or control character (RFC 3986 §2): CR/LF would also split a feed line.
        if (l.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return "Spaces, line breaks and control characters are not allowed in a URL; percent-encode them (%20).";
        if (!Uri.TryCreate(l, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host) || !l.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase))
            return "Not an absolute http(s) URL, e.g. https://example.com/news/1.";
        return null;
    }

    static string? Text(Errors e, string field, string? value, int max, bool required = false, bool multiline = false)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            if (required) e.Add(field, "Required.");
            return null;
        }
        if (v.Length > max) e.Add(field, $"At most {max} characters (got {v.Length}).");
        else if (v.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            e.Add(field, multiline ? "Control characters other than line breaks and tabs are not allowed." : "Line breaks and control characters are not allowed.");
        return v;
    }

    sealed class Errors
    {
        public Dictionary<string, string[]> Dictionary { get; } = new(StringComparer.Ordinal);
        public bool Any => Dictionary.Count > 0;
        public void Add(string field, string message) =>
            Dictionary[field] = Dictionary.TryGetValue(field, out var m) ? [.. m, message] : [message];
    }
}
