using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReleaseCalendar.Bench.Ingest;

/// <summary>
/// MusicBrainz and TVmaze on 127.0.0.1, replaying bodies of the real shapes (the fields the web services send, not
/// only those the readers use), with a strong ETag per body and 304 for a matching If-None-Match. <see cref="Generation"/>
/// changes every body's bytes (fields the readers ignore: TVmaze "weight"/"updated", MusicBrainz "disambiguation")
/// while the items stay the same, for the "changed 200 body, same items" run.
/// </summary>
public sealed class FakeUpstream : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentDictionary<(string Key, int Generation), (byte[] Body, string ETag)> _bodies = new();
    readonly ConcurrentQueue<(long Timestamp, string Path, int Status)> _log = new();

    public int Episodes { get; init; } = 10_000;
    public int ReleaseGroups { get; init; } = 2_000;
    public int Generation { get; set; }
    public Uri BaseUrl { get; private set; } = null!;

    FakeUpstream(WebApplication app) => _app = app;

    public static async Task<FakeUpstream> StartAsync(int episodes, int groups)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeUpstream(app) { Episodes = episodes, ReleaseGroups = groups };
        app.MapGet("/tvmaze/shows/{id:int}", (int id, HttpContext http) => fake.Serve(http, $"show:{id}", () => ShowJson(id, fake.Generation)));
        app.MapGet("/tvmaze/shows/{id:int}/episodes", (int id, HttpContext http) =>
            fake.Serve(http, $"episodes:{id}", () => EpisodesJson(id, fake.Episodes, fake.Generation)));
        app.MapGet("/mb/ws/2/release-group", (string artist, int limit, int offset, HttpContext http) =>
            fake.Serve(http, $"rg:{artist}:{limit}:{offset}", () => ReleaseGroupPageJson(artist, fake.ReleaseGroups, limit, offset, fake.Generation)));
        await app.StartAsync();
        var address = app.Urls.First();
        fake.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return fake;
    }

    IResult Serve(HttpContext http, string key, Func<byte[]> make)
    {
        var (body, etag) = _bodies.GetOrAdd((key, Generation), _ =>
        {
            var bytes = make();
            return (bytes, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..32] + "\"");
        });
        var status = http.Request.Headers.IfNoneMatch.Any(v => v == etag) ? 304 : 200;
        _log.Enqueue((Stopwatch.GetTimestamp(), http.Request.Path + http.Request.QueryString, status));
        http.Response.Headers.ETag = etag;
        return status == 304 ? Results.StatusCode(304) : Results.Bytes(body, "application/json; charset=utf-8");
    }

    /// <summary>Requests since the last call, in arrival order.</summary>
    public List<(long Timestamp, string Path, int Status)> Drain()
    {
        var list = new List<(long, string, int)>();
        while (_log.TryDequeue(out var e)) list.Add(e);
        return list;
    }

    public long BodyBytes(string key) => _bodies.TryGetValue((key, Generation), out var b) ? b.Body.Length : 0;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    // ---- payloads, in the real shapes (https://www.tvmaze.com/api, https://musicbrainz.org/doc/MusicBrainz_API) ----

    public static byte[] ShowJson(int id, int generation)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("id", id);
            w.WriteString("url", $"https://www.tvmaze.com/shows/{id}/bench-show-{id}");
            w.WriteString("name", $"Bench Show {id}");
            w.WriteString("type", "Scripted");
            w.WriteString("language", "Korean");
            w.WriteStartArray("genres"); w.WriteStringValue("Drama"); w.WriteEndArray();
            w.WriteString("status", "Running");
            w.WriteNumber("runtime", 60);
            w.WriteNumber("averageRuntime", 60);
            w.WriteString("premiered", "2000-01-01");
            w.WriteNull("ended");
            w.WriteNull("officialSite");
            w.WriteStartObject("schedule"); w.WriteString("time", "21:00");
            w.WriteStartArray("days"); w.WriteStringValue("Saturday"); w.WriteEndArray(); w.WriteEndObject();
            w.WriteStartObject("rating"); w.WriteNull("average"); w.WriteEndObject();
            w.WriteNumber("weight", 80 + generation);
            w.WriteStartObject("network");
            w.WriteNumber("id", 280); w.WriteString("name", "tvN");
            w.WriteStartObject("country"); w.WriteString("name", "Korea, Republic of"); w.WriteString("code", "KR");
            w.WriteString("timezone", "Asia/Seoul"); w.WriteEndObject();
            w.WriteNull("officialSite");
            w.WriteEndObject();
            w.WriteNull("webChannel");
            w.WriteNull("dvdCountry");
            w.WriteStartObject("externals"); w.WriteNull("tvrage"); w.WriteNull("thetvdb"); w.WriteNull("imdb"); w.WriteEndObject();
            w.WriteNull("image");
            w.WriteString("summary", "<p>A show made up by the ingestion benchmark.</p>");
            w.WriteNumber("updated", 1_714_300_000 + generation);
            w.WriteStartObject("_links"); w.WriteStartObject("self"); w.WriteString("href", $"https://api.tvmaze.com/shows/{id}");
            w.WriteEndObject(); w.WriteEndObject();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    /// <summary>Seasons of 100 episodes, one a day from 2000-01-01 at 21:00 Seoul (12:00 UTC).</summary>
    public static byte[] EpisodesJson(int showId, int count, int generation)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartArray();
            var first = new DateOnly(2000, 1, 1);
            for (var i = 0; i < count; i++)
            {
                var id = showId * 100_000 + i;
                var season = i / 100 + 1;
                var number = i % 100 + 1;
                var date = first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                w.WriteStartObject();
                w.WriteNumber("id", id);
                w.WriteString("url", $"https://www.tvmaze.com/episodes/{id}/bench-show-{showId}-{season}x{number}");
                w.WriteString("name", $"Episode {number}");
                w.WriteNumber("season", season);
                w.WriteNumber("number", number);
                w.WriteString("type", "regular");
                w.WriteString("airdate", date);
                w.WriteString("airtime", "21:00");
                w.WriteString("airstamp", date + "T12:00:00+00:00");
                w.WriteNumber("runtime", 60);
                w.WriteStartObject("rating");
                if (generation == 0) w.WriteNull("average"); else w.WriteNumber("average", 7 + generation % 3);
                w.WriteEndObject();
                w.WriteNull("image");
                w.WriteNull("summary");
                w.WriteStartObject("_links"); w.WriteStartObject("self"); w.WriteString("href", $"https://api.tvmaze.com/episodes/{id}");
                w.WriteEndObject(); w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return stream.ToArray();
    }

    static readonly string[] PrimaryTypes = ["Album", "Single", "EP"];
    static readonly Dictionary<string, string> PrimaryTypeIds = new()
    {
        ["Album"] = "f529b476-6e62-324f-b0aa-1f3e33d313fc",
        ["Single"] = "d6038452-8ee0-3f68-affc-2de9a1ede0b9",
        ["EP"] = "6d0c5bf6-7a33-3420-a519-44fc63eedebf",
    };

    /// <summary>A stable MBID per group, as MusicBrainz's are.</summary>
    public static string GroupId(string artist, int index)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes($"{artist}/{index}"));
        return new Guid(hash).ToString("D");
    }

    /// <summary>A browse page as <c>/ws/2/release-group?artist=…&amp;fmt=json&amp;limit=…&amp;offset=…</c> gives it; every
    /// group day-precise (a partial date would add release lookups at 1 request/s, which is not what this measures).</summary>
    public static byte[] ReleaseGroupPageJson(string artist, int count, int limit, int offset, int generation)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("release-group-offset", offset);
            w.WriteNumber("release-group-count", count);
            w.WriteStartArray("release-groups");
            var first = new DateOnly(1990, 1, 1);
            for (var i = offset; i < Math.Min(count, offset + limit); i++)
            {
                var type = PrimaryTypes[i % PrimaryTypes.Length];
                w.WriteStartObject();
                w.WriteString("id", GroupId(artist, i));
                w.WriteString("title", $"Bench Record {i + 1:D4}");
                w.WriteString("primary-type", type);
                w.WriteString("primary-type-id", PrimaryTypeIds[type]);
                w.WriteStartArray("secondary-types"); w.WriteEndArray();
                w.WriteStartArray("secondary-type-ids"); w.WriteEndArray();
                w.WriteString("first-release-date", first.AddDays(i * 5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("disambiguation", generation == 0 ? "" : $"edition {generation}");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return stream.ToArray();
    }
}
