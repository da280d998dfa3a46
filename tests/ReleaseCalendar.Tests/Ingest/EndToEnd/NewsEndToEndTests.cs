using System.Net;
using System.Xml.Linq;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Releases;
using ReleaseCalendar.Tests.Infrastructure;
using ReleaseCalendar.Tests.Ingest.MusicBrainz;

namespace ReleaseCalendar.Tests.Ingest.EndToEnd;

/// <summary>A Russian news feed through the whole path: RSS over HTTP, the extractor with the catalog's names, the merge.
/// Its own host: the extractor resolves "RM" against every subject in the database, so no other test's RM may be there.</summary>
public sealed class NewsEndToEndTests(IngestHost host) : IClassFixture<IngestHost>
{
    /// <summary>The seed article (the fixture feed's first item, the one the product was started from), and a second one
    /// about a group the catalog does not know.</summary>
    string Feed(string path)
    {
        var seed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Fixture.Bytes("news/rss-ru.xml"))).Descendants("item").First();
        XNamespace content = "http://purl.org/rss/1.0/modules/content/";
        var text = seed.Element(content + "encoded")!.Value;
        const string Unknown = "<p>Молодая группа Starlight Avenue выпустит дебютный альбом «Neon Tide» 12 июня. Агентство группы сообщило, " +
            "что в альбом войдут десять песен, а клип на заглавный трек снимали в Сеуле. Группа дебютировала в прошлом году и " +
            "с тех пор выпустила два сингла, оба вошли в десятку музыкальных чартов Кореи. Предзаказ альбома откроется на этой " +
            "неделе на всех крупных площадках, а шоукейс пройдет в день релиза в Сеуле, его покажут в прямом эфире.</p>";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>K-pop новости</title><link>{host.Upstream.Url("/")}</link><description>Новости</description>
                <item>
                  <title>Режиссер сериала «Грызня» снял клип для RM из BTS</title>
                  <link>{host.Upstream.Url(path + "/rm")}</link>
                  <guid isPermaLink="false">{path}-48213</guid>
                  <pubDate>Fri, 10 May 2024 14:35:00 +0300</pubDate>
                  <content:encoded><![CDATA[{text}]]></content:encoded>
                </item>
                <item>
                  <title>Starlight Avenue выпустит дебютный альбом</title>
                  <link>{host.Upstream.Url(path + "/starlight")}</link>
                  <guid isPermaLink="false">{path}-48214</guid>
                  <pubDate>Mon, 20 May 2024 10:00:00 +0300</pubDate>
                  <content:encoded><![CDATA[{Unknown}]]></content:encoded>
                </item>
              </channel>
            </rss>
            """;
    }

    [Fact]
    public async Task SeedArticle_ArrivesAsRmsAlbumInRmAndBtsFeeds_UnknownGroupWaitsAsASuggestion()
    {
        var bts = await host.Catalog.SubjectAsync("bts", "group", en: "BTS", aliases: ["Бантаны"]);
        var rm = await host.Catalog.SubjectAsync("rm", en: "RM", aliases: ["Ким Нам Джун"], memberOf: [bts]);
        var path = $"/news-{Guid.NewGuid():N}";
        host.Upstream.Map(path + "/rss.xml", FakeResponse.Text(Feed(path), "application/rss+xml"));
        var source = await host.SourceAsync("news", bts, url: host.Upstream.Url(path + "/rss.xml").ToString());

        var run = await host.RunAsync(source.Id);
        Assert.True(run.Status == RunStatus.Succeeded, run.Error);
        Assert.True(run.Created >= 1 && run.Suggested >= 1, $"created {run.Created}, suggested {run.Suggested}");

        var album = Assert.Single(await ReleasesAsync(rm), r => r.Kind == ReleaseKind.Album);
        Assert.Equal(("Right Place, Wrong Person", "2024-05-24", ReleaseStatus.Announced), (album.Title, album.Date, album.Status));
        var provenance = Assert.Single(album.Sources!);
        Assert.Equal(("news", host.Upstream.Url(path + "/rm").ToString()), (provenance.Type, provenance.Link));
        foreach (var feed in new[] { rm, bts })
        {
            var ics = await host.Anon.GetStringAsync($"/feeds/{feed}.ics?lang=en");
            Assert.Contains(@"Right Place\, Wrong Person", ics, StringComparison.Ordinal); // TEXT escapes the comma
            Assert.Contains("DTSTART;VALUE=DATE:20240524", ics, StringComparison.Ordinal);
        }

        // Read once: the feed again brings nothing new.
        var again = await host.RunAsync(source.Id);
        Assert.Equal((RunStatus.Succeeded, 0, 0), (again.Status, again.Seen, again.Created));
        Assert.Single(await ReleasesAsync(rm), r => r.Kind == ReleaseKind.Album);

        // The unknown group waits for an admin, who names the subject and accepts it.
        var pending = await (await host.Admin.GetAsync("/api/admin/suggestions?status=pending")).ReadAsync<List<SuggestionResponse>>();
        var suggestion = Assert.Single(pending, s => s.SourceId == source.Id && s.Title == "Neon Tide");
        Assert.Equal(("2024-06-12", "album"), (suggestion.Date, suggestion.Kind));
        Assert.Contains("Starlight Avenue", suggestion.Subject, StringComparison.Ordinal);
        var starlight = await host.Catalog.SubjectAsync("starlight", "group", en: "Starlight Avenue");
        var accepted = await host.Admin.PostJsonAsync($"/api/admin/suggestions/{suggestion.Id}/accept", new { subjects = new[] { starlight } });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var release = await accepted.ReadAsync<ReleaseResponse>();
        Assert.Equal(("Neon Tide", "2024-06-12"), (release.Title, release.Date));
        Assert.Equal("news", Assert.Single((await ReleasesAsync(starlight)).Single().Sources!).Type);
        var twice = await host.Admin.PostJsonAsync($"/api/admin/suggestions/{suggestion.Id}/accept", new { });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await host.Admin.PostAsync($"/api/admin/suggestions/{suggestion.Id}/reject", null)).StatusCode);
    }

    [Fact]
    public async Task Suggestions_AcceptWithoutASubject_Is400_RejectIsFinal()
    {
        var group = await host.Catalog.SubjectAsync("group", "group", en: "Quiet Harbor Group");
        var path = $"/news-{Guid.NewGuid():N}";
        var body = "<p>Новая группа Velvet Comet выпустит мини-альбом «Paper Moon» 3 июля. Агентство сообщило, что в мини-альбом войдут " +
            "шесть песен. Группа дебютировала весной и уже дала несколько концертов в Сеуле и Пусане, а клип на заглавную песню " +
            "снимали в Японии. Шоукейс пройдет в день релиза, его покажут в прямом эфире на официальном канале группы.</p>";
        var rss = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><link>{host.Upstream.Url("/")}</link><description>d</description>
            <item><title>Velvet Comet</title><link>{host.Upstream.Url(path + "/1")}</link><guid>{path}-1</guid>
            <pubDate>Mon, 20 May 2024 10:00:00 +0300</pubDate><content:encoded><![CDATA[{body}]]></content:encoded></item>
            </channel></rss>
            """;
        host.Upstream.Map(path + "/rss.xml", FakeResponse.Text(rss, "application/rss+xml"));
        var source = await host.SourceAsync("news", group, url: host.Upstream.Url(path + "/rss.xml").ToString());
        Assert.Equal(RunStatus.Succeeded, (await host.RunAsync(source.Id)).Status);
        var pending = await (await host.Admin.GetAsync("/api/admin/suggestions")).ReadAsync<List<SuggestionResponse>>();
        var suggestion = Assert.Single(pending, s => s.SourceId == source.Id);

        var noSubject = await host.Admin.PostJsonAsync($"/api/admin/suggestions/{suggestion.Id}/accept", new { });
        Assert.Equal(HttpStatusCode.BadRequest, noSubject.StatusCode);
        Assert.Contains("subjects", await noSubject.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await host.Admin.PostAsync($"/api/admin/suggestions/{suggestion.Id}/reject", null)).StatusCode);
        var rejected = await (await host.Admin.GetAsync("/api/admin/suggestions?status=rejected")).ReadAsync<List<SuggestionResponse>>();
        Assert.Contains(rejected, s => s.Id == suggestion.Id && s.DecidedBy == "admin:tester");
        Assert.Equal(HttpStatusCode.Conflict,
            (await host.Admin.PostJsonAsync($"/api/admin/suggestions/{suggestion.Id}/accept", new { subjects = new[] { group } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Admin.PostAsync("/api/admin/suggestions/999999/reject", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Admin.GetAsync("/api/admin/suggestions?status=maybe")).StatusCode);
    }

    /// <summary>English news sets a title in italics, not quotes: the item is still a titled release, not a suggestion for
    /// want of a title.</summary>
    [Fact]
    public async Task EnglishItemWithItalicTitle_BecomesATitledRelease()
    {
        var act = await host.Catalog.SubjectAsync("harbor-lights", "group", en: "Harbor Lights");
        var path = $"/news-{Guid.NewGuid():N}";
        const string Body = "<p>Harbor Lights will release their second mini album, <em>Paper Lanterns</em>, on June 12, their agency " +
            "announced on Monday. The six-track record follows last year's debut and was produced in Seoul over the winter. " +
            "Pre-orders open this week on all major platforms, and the group will hold a showcase on the day of release, " +
            "streamed live on its official channel. The members wrote the lyrics of three songs themselves, and the title " +
            "track's music video was shot in Busan in April, according to the agency, which also shared the first concept " +
            "photos and a short teaser of the choreography on Monday evening.</p>";
        var rss = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><link>{host.Upstream.Url("/")}</link><description>d</description>
            <item><title>Harbor Lights set a June comeback</title><link>{host.Upstream.Url(path + "/1")}</link><guid>{path}-1</guid>
            <pubDate>Mon, 20 May 2024 10:00:00 +0000</pubDate><content:encoded><![CDATA[{Body}]]></content:encoded></item>
            </channel></rss>
            """;
        host.Upstream.Map(path + "/rss.xml", FakeResponse.Text(rss, "application/rss+xml"));
        var source = await host.SourceAsync("news", act, url: host.Upstream.Url(path + "/rss.xml").ToString());

        var run = await host.RunAsync(source.Id);
        Assert.True(run.Status == RunStatus.Succeeded, run.Error);
        Assert.Equal((1, 0), (run.Created, run.Suggested));
        var release = Assert.Single(await ReleasesAsync(act));
        Assert.Equal(("Paper Lanterns", "2024-06-12", ReleaseKind.Ep), (release.Title, release.Date, release.Kind));
    }

    async Task<List<ReleaseResponse>> ReleasesAsync(string slug) =>
        (await (await host.Anon.GetAsync($"/api/releases?subjects={slug}&includeMembers=false&limit=200")).ReadAsync<ReleasePage>()).Items.ToList();
}
