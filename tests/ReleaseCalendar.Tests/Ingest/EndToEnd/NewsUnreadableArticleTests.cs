using Microsoft.Extensions.DependencyInjection;
using ReleaseCalendar.Extraction;
using ReleaseCalendar.Ingest;
using ReleaseCalendar.Ingest.Sources.News;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest.EndToEnd;

/// <summary>The service with an extractor that fails on one article (as a bug in it would): the rest of the feed is still
/// read, and that article neither fails the run nor comes back to fail the next one.</summary>
public sealed class NewsUnreadableArticleTests(NewsUnreadableArticleTests.Host host) : IClassFixture<NewsUnreadableArticleTests.Host>
{
    const string Poison = "Отравленная статья";

    public sealed class Host : IngestHost
    {
        protected override void Services(IServiceCollection services) =>
            services.AddSingleton<ExtractArticle>((input, catalog) => DateExtractor.BodyText(input).Contains(Poison, StringComparison.Ordinal)
                ? throw new IndexOutOfRangeException("Index was outside the bounds of the array.")
                : DateExtractor.Extract(input, catalog));
    }

    [Fact]
    public async Task Run_ExtractorFailsOnOneArticle_RunSucceedsWithItAsARejection_AndTheNextRunSkipsIt()
    {
        var group = await host.Catalog.SubjectAsync("quiet-harbor", "group", en: "Quiet Harbor");
        var path = $"/news-{Guid.NewGuid():N}";
        string Item(string id, string text) =>
            $"<item><title>{id}</title><link>{host.Upstream.Url(path + "/" + id)}</link><guid>{path}-{id}</guid>" +
            $"<pubDate>Mon, 20 May 2024 10:00:00 +0300</pubDate><content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>";
        var good = "Группа Quiet Harbor выпустит мини-альбом «Paper Moon» 3 июля. Агентство сообщило, что в мини-альбом войдут шесть " +
                   "песен, а клип на заглавную песню снимали в Японии. Шоукейс пройдет в день релиза в Сеуле, его покажут в прямом эфире.";
        var bad = Poison + ": группа Quiet Harbor выпустит сингл «Glass» 1 июня. Агентство сообщило, что песню записали весной, а клип " +
                  "снимали в Пусане. Шоукейс пройдет в день релиза в Сеуле, его покажут в прямом эфире на канале группы.";
        var rss = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title><link>{host.Upstream.Url("/")}</link><description>d</description>
            {Item("bad", bad)}
            {Item("good", good)}
            </channel></rss>
            """;
        host.Upstream.Map(path + "/rss.xml", FakeResponse.Text(rss, "application/rss+xml"));
        var source = await host.SourceAsync("news", group, url: host.Upstream.Url(path + "/rss.xml").ToString());

        var run = await host.RunAsync(source.Id);

        Assert.True(run.Status == RunStatus.Succeeded, run.Error);
        Assert.Equal(1, run.Rejected);
        Assert.Contains(run.Rejections, r => r.Contains($"{path}-bad", StringComparison.Ordinal) && r.Contains("IndexOutOfRangeException", StringComparison.Ordinal));
        Assert.True(run.Created + run.Suggested >= 1, $"created {run.Created}, suggested {run.Suggested}");
        await using (var db = await host.DbAsync())
        {
            Assert.DoesNotContain(db.Releases, r => r.Title == "Glass");
        }

        // The next run reads neither article again, and does not fail on the one set aside.
        var again = await host.RunAsync(source.Id);
        Assert.Equal((RunStatus.Succeeded, 0, 0), (again.Status, again.Seen, again.Rejected));
    }
}
