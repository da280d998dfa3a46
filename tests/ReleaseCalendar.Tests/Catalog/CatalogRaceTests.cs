using System.Net;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Catalog;

/// <summary>Concurrent admin writes: every lost race is a 409 or 412 problem, never a 500, and nothing is half-stored.</summary>
public sealed class CatalogRaceTests(AppFactory app) : IClassFixture<AppFactory>
{
    readonly HttpClient _admin = app.Client(admin: true);
    readonly HttpClient _anon = app.Client();
    Seed Catalog => new(_admin);

    /// <summary>Every refusal is a problem body; a 500 would fail here too, as no 5xx is among the expected codes.</summary>
    static void AssertProblem(HttpResponseMessage response)
    {
        if ((int)response.StatusCode >= 400)
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ParallelAliasAdds_AllLand()
    {
        var slug = await Catalog.SubjectAsync("aliases");
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            _admin.PostJsonAsync($"/api/admin/subjects/{slug}/aliases", new { name = $"Alias {i}" })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var subject = await (await _anon.GetAsync($"/api/subjects/{slug}")).ReadAsync<SubjectResponse>();
        Assert.Equal(20, subject.Aliases.Count(a => a.StartsWith("Alias ", StringComparison.Ordinal)));
        Assert.Equal(21, subject.Revision);
    }

    [Fact]
    public async Task SameAliasTwiceAtOnce_OneWinsOneGets409()
    {
        for (var round = 0; round < 5; round++)
        {
            var slug = await Catalog.SubjectAsync("twice");
            var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
                _admin.PostJsonAsync($"/api/admin/subjects/{slug}/aliases", new { name = "Echo" })));
            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            foreach (var r in responses) AssertProblem(r);
        }
    }

    [Fact]
    public async Task SameSlugCreatedAtOnce_OneWinsTheRestGet409()
    {
        var slug = Seed.Slug("race");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            _admin.PostJsonAsync("/api/admin/subjects", new { slug, kind = "artist", names = new { en = "Racer" } })));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        foreach (var r in responses) AssertProblem(r);
    }

    [Fact]
    public async Task DeleteSubjectWhileCreatingItsRelease_OneOutcomeWins_NeverA500()
    {
        for (var round = 0; round < 8; round++)
        {
            var slug = await Catalog.SubjectAsync("doomed");
            var delete = _admin.DeleteAsync($"/api/admin/subjects/{slug}");
            var create = _admin.PostJsonAsync("/api/admin/releases", new { subjects = new[] { slug }, title = "Last", kind = "single", date = "2024-06-01" });
            var (deleted, created) = (await delete, await create);
            AssertProblem(deleted);
            AssertProblem(created);
            var subjectExists = (await _anon.GetAsync($"/api/subjects/{slug}")).StatusCode == HttpStatusCode.OK;
            if (created.StatusCode == HttpStatusCode.Created)
            {
                // The release landed first: the subject had a release when the delete ran.
                Assert.Equal(HttpStatusCode.Conflict, deleted.StatusCode);
                Assert.True(subjectExists);
            }
            else
            {
                // The delete landed first: the release names a subject that no longer exists.
                Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
                Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
                Assert.False(subjectExists);
            }
        }
    }

    [Fact]
    public async Task ParallelUpdatesWithTheSameIfMatch_OneWinsTheRestGet412()
    {
        var slug = await Catalog.SubjectAsync("edits");
        var release = await Catalog.ReleaseAsync([slug], "Draft", "single", "2024-06-01");
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => _admin.PutJsonAsync(
            $"/api/admin/releases/{release.Id}", new { subjects = new[] { slug }, title = $"Edit {i}", kind = "single", date = "2024-06-01" },
            ifMatch: "\"1\"")));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
        foreach (var r in responses) AssertProblem(r);
        var stored = await (await _admin.GetAsync($"/api/admin/releases/{release.Id}")).ReadAsync<ReleaseResponse>();
        Assert.Equal(2, stored.Revision);
        Assert.Equal(1, stored.Sequence);
    }

    [Fact]
    public async Task ParallelUnconditionalUpdates_AllApply_EachRaisingTheRevision()
    {
        var slug = await Catalog.SubjectAsync("free");
        var release = await Catalog.ReleaseAsync([slug], "Draft", "single", "2024-06-01");
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => _admin.PutJsonAsync(
            $"/api/admin/releases/{release.Id}", new { subjects = new[] { slug }, title = $"Edit {i}", kind = "single", date = "2024-06-01" })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await (await _admin.GetAsync($"/api/admin/releases/{release.Id}")).ReadAsync<ReleaseResponse>();
        Assert.Equal(11, stored.Revision);
    }
}
