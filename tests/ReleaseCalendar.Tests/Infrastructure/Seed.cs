using System.Net;
using ReleaseCalendar.Releases;

namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>Seeds subjects and releases through the admin API, with slugs unique to the test.</summary>
public sealed class Seed(HttpClient admin)
{
    public static string Slug(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";

    public async Task<string> SubjectAsync(string stem, string kind = "artist", string? en = null, string? ru = null,
        string[]? aliases = null, string[]? memberOf = null)
    {
        var slug = Slug(stem);
        var response = await admin.PostJsonAsync("/api/admin/subjects", new
        {
            slug, kind, names = new { en = en ?? stem.ToUpperInvariant(), ru }, aliases = aliases ?? [], memberOf = memberOf ?? [],
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return slug;
    }

    public async Task<ReleaseResponse> ReleaseAsync(string[] subjects, string title, string kind, string date,
        string? time = null, string? timeZone = null, string? status = null, int? season = null, int? episode = null,
        string? titleRu = null)
    {
        var response = await admin.PostJsonAsync("/api/admin/releases", new
        {
            subjects, title, kind, date, time, timeZone, status, season, episode,
            titles = titleRu is null ? null : new { ru = titleRu },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<ReleaseResponse>();
    }
}
