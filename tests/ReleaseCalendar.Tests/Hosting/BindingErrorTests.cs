using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Hosting;

/// <summary>Values the framework cannot even bind still get a 400 that names the field and says what it should be.</summary>
public sealed class BindingErrorTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();

    static async Task<string[]> ErrorsAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];
    }

    [Theory]
    [InlineData("""{"subjects":["x"],"title":"T","kind":"albm","date":"2024-05-01"}""", "kind", "one of album, ep, single")]
    [InlineData("""{"subjects":["x"],"title":"T","kind":"album","status":"soon","date":"2024-05-01"}""", "status", "one of announced, confirmed")]
    [InlineData("""{"subjects":["x"],"title":"T","kind":"album","date":20240501}""", "date", "Not a string")]
    [InlineData("""{"subjects":["x"],"title":"T","kind":"album","date":"2024-05-01","colour":"red"}""", "colour", "Unknown field")]
    public async Task ReleaseBody_ValueOfTheWrongShape_Returns400NamingTheField(string json, string field, string expected)
    {
        var errors = await ErrorsAsync(await _admin.PostRawAsync("/api/admin/releases", json), field);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/releases/upcoming?limit=abc", "limit", "whole number")]
    [InlineData("/feeds/x.ics?includeMembers=maybe", "includeMembers", "true or false")]
    public async Task Query_ValueOfTheWrongType_Returns400NamingTheParameter(string url, string field, string expected)
    {
        var errors = await ErrorsAsync(await _anon.GetAsync(url), field);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }
}
