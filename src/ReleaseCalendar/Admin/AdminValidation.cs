using System.Globalization;
using System.Text.RegularExpressions;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Admin;

/// <summary>A release request that passed validation, with its date, time and zone parsed.</summary>
public sealed record ValidRelease(
    IReadOnlyList<string> Subjects, string Title, LocalizedText Titles, ReleaseKind Kind,
    DateOnly Date, DatePrecision Precision, TimeOnly? Time, string? TimeZone, ReleaseStatus Status,
    int? Season, int? Episode, string? Description, IReadOnlyList<string> Links);

public sealed record ValidSubject(
    string Slug, SubjectKind Kind, string NameEn, string? NameRu, string? NameKo, string? Description,
    IReadOnlyList<string> Aliases, IReadOnlyList<string> MemberOf);

/// <summary>Pure checks of admin requests; each bad field gets its own message, in the request's camelCase names.</summary>
public static partial class AdminValidation
{
    public const int MaxSubjectsPerRelease = 10;
    public const int MaxNumber = 10_000;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static bool IsSlug(string? s) => s is { Length: > 0 and <= Limits.Slug } && SlugPattern().IsMatch(s);

    public static (ValidSubject? Subject, Dictionary<string, string[]> Errors) Subject(SubjectRequest r)
    {
        var e = new Errors();
        var slug = r.Slug?.Trim() ?? "";
        if (!IsSlug(slug)) e.Add("slug", $"A slug is 1–{Limits.Slug} lower-case letters, digits and single hyphens, e.g. 'rm' or 'queen-of-tears'.");
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
            var l = r.Links![i]?.Trim() ?? "";
            if (l.Length > Limits.Link || !Uri.TryCreate(l, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
                e.Add($"links[{i}]", $"Not an absolute http(s) URL of at most {Limits.Link} characters.");
            else links.Add(uri.ToString());
        }
        return e.Any
            ? (null, e.Dictionary)
            : (new ValidRelease(subjects.Distinct().ToList(), title!, titles, r.Kind!.Value, date, precision, time, zone,
                r.Status ?? ReleaseStatus.Announced, r.Season, r.Episode, description, links), e.Dictionary);
    }

    /// <summary>Exactly the tzdb ids (canonical or link, as tzdb spells them), from the tzdb feeds use.</summary>
    public static bool IsIanaZone(string id) => ReleaseTime.CanonicalZoneId(id) is not null;

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
