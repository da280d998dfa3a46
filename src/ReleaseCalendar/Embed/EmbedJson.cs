using System.Globalization;
using System.Text.Json;
using ReleaseCalendar.Feeds;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Embed;

/// <summary>The widget's JSON: only what it shows, the words already in its language, so embed.js carries no tables.</summary>
public sealed record EmbedResponse(string Lang, string Heading, string Empty, IReadOnlyList<EmbedRelease> Releases);

/// <summary><c>startsAt</c> only for a timed release (the widget shows it in the visitor's zone); <c>date</c> is the
/// calendar date of a day-precision release; <c>when</c> is the date in the release's own zone, or «май 2024» / "May 2024"
/// when the day is not announced (then the widget shows it as it is).</summary>
public sealed record EmbedRelease(string Url, string Title, string By, string Kind, string KindWord, string Date,
    DatePrecision Precision, DateTimeOffset? StartsAt, string When);

public static class EmbedJson
{
    static readonly JsonSerializerOptions Options = Create();

    public static byte[] Render(EmbedList list, EmbedRequest request, string baseUrl) =>
        JsonSerializer.SerializeToUtf8Bytes(new EmbedResponse(request.Lang, EmbedText.Heading(request.Ru), EmbedText.Empty(request.Ru),
            [.. list.Items.Select(i => ToRelease(i, request, baseUrl))]), Options);

    static EmbedRelease ToRelease(EmbedItem i, EmbedRequest request, string baseUrl) => new(
        ReleaseUrl(baseUrl, i.Id, request.Lang),
        i.Title,
        i.By,
        i.Kind.ToString().ToLowerInvariant(),
        FeedText.KindWord(i.Kind, request.Ru),
        ReleaseDate.Format(i.Date, i.Precision),
        i.Precision,
        i.StartsAt?.ToUniversalTime(),
        EmbedText.When(i.Date, i.Precision, i.Time, i.TimeZone, request.Ru));

    /// <summary>The release page, in the widget's language (Russian is the pages' default).</summary>
    public static string ReleaseUrl(string baseUrl, Guid id, string lang) =>
        string.Create(CultureInfo.InvariantCulture, $"{baseUrl.TrimEnd('/')}/releases/{id}{(lang == "ru" ? "" : "?lang=" + lang)}");

    static JsonSerializerOptions Create()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        HostingExtensions.ConfigureJson(o);
        return o;
    }
}
