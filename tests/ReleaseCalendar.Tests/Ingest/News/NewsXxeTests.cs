using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Sources;
using ReleaseCalendar.Ingest.Sources.News;
using ReleaseCalendar.Tests.Ingest.ICal;

namespace ReleaseCalendar.Tests.Ingest.News;

public sealed class NewsXxeTests
{
    [Fact]
    public async Task Read_ExternalEntityOnLoopback_IsNeverConnectedTo()
    {
        // The entity points at a live listener: any fetch, by any HTTP stack, would leave a connection in its backlog.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var entityUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/secret.txt";
        var payload = Encoding.UTF8.GetString(NewsFixtures.Bytes("xxe.xml")).Replace("http://127.0.0.2/secret.txt", entityUrl, StringComparison.Ordinal);
        Assert.Contains(entityUrl, payload, StringComparison.Ordinal);
        var http = new RecordingUpstream().Serve("https://feed.example/rss", Encoding.UTF8.GetBytes(payload), "application/rss+xml");
        var reader = new NewsReader(Options.Create(new NewsOptions()), NullLogger<NewsReader>.Instance);

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => reader.ReadAsync(
            new SourceSpec(1, SourceType.News, null, new Uri("https://feed.example/rss"), [], null),
            new ReadContext { Http = http, Now = new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero) }, CancellationToken.None));

        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
        Assert.False(listener.Pending());
        Assert.Equal(["https://feed.example/rss"], http.RequestedUrls);
    }
}
