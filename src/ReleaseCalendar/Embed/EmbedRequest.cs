using System.Globalization;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Embed;

/// <summary>The widget's options as the snippet passes them; strings, so that a bad value is a problem naming it
/// (the JSON) or a message in the frame (the iframe), never a binding failure.</summary>
public sealed record EmbedQuery(string? Subjects, string? Limit, string? Lang, string? IncludeMembers);

/// <summary>What an upcoming list shows: which subjects (none: all), how many releases, in which language, as of which day.</summary>
public sealed record EmbedRequest(IReadOnlyList<string> Slugs, bool IncludeMembers, int Limit, string Lang, DateOnly Today)
{
    public const int MaxLimit = 20;
    public const int DefaultLimit = 5;
    public const int MaxSubjects = 20;

    public bool Ru => Lang == "ru";

    /// <summary>Today is part of the key: the list moves on at midnight UTC without a write.</summary>
    public string Key(string format) => string.Create(CultureInfo.InvariantCulture,
        $"E|{format}|{Today:yyyy-MM-dd}|{Lang}|{(IncludeMembers ? 1 : 0)}|{Limit}|{string.Join(',', Slugs)}");

    public static (EmbedRequest? Request, IReadOnlyDictionary<string, string[]> Errors) Parse(EmbedQuery query, string lang, DateOnly today)
    {
        var p = new QueryParsing();
        var slugs = QueryParsing.List(query.Subjects).Order(StringComparer.Ordinal).ToList();
        if (slugs.Count > MaxSubjects) p.Fail("subjects", $"At most {MaxSubjects} subjects, not {slugs.Count}.");
        var limit = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(query.Limit))
        {
            if (!int.TryParse(query.Limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit)
            {
                p.Fail("limit", $"'{query.Limit}' is not a whole number from 1 to {MaxLimit}.");
                limit = DefaultLimit;
            }
        }
        var members = true;
        if (!string.IsNullOrWhiteSpace(query.IncludeMembers) && !bool.TryParse(query.IncludeMembers.Trim(), out members))
            p.Fail("includeMembers", $"'{query.IncludeMembers}' is not true or false.");
        var language = p.Lang(query.Lang, lang);
        return p.Ok ? (new EmbedRequest(slugs, members, limit, language, today), p.Errors) : (null, p.Errors);
    }

    /// <summary>ru or en from Accept-Language, the better quality first; Russian when neither is asked for.</summary>
    public static string LanguageOf(HttpRequest request)
    {
        var ranked = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1);
        foreach (var l in ranked)
        {
            var tag = l.Value.Value ?? "";
            if (l.Quality is 0) continue;
            if (tag.StartsWith("ru", StringComparison.OrdinalIgnoreCase)) return "ru";
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return "en";
        }
        return "ru";
    }
}
