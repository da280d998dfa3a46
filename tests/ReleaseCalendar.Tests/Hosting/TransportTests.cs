using System.Net;
using System.Text;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Hosting;

public sealed class TransportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Client_TalksToKestrelOnLoopback_NotAnInMemoryServer()
    {
        var client = app.Client();
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        Assert.NotEqual(80, client.BaseAddress.Port);
    }

    [Fact]
    public async Task BodyOverTheLimit_Gets413Problem_AndNothingIsStored()
    {
        var slug = Seed.Slug("big");
        var json = $$$"""{"slug":"{{{slug}}}","kind":"artist","names":{"en":"{{{new string('x', HostingExtensions.MaxRequestBodyBytes)}}}"}}""";
        var response = await app.Client(admin: true).PostRawAsync("/api/admin/subjects", json);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/api/subjects/{slug}")).StatusCode);
    }

    [Fact]
    public async Task BodySentInChunks_WithoutLength_IsReadWhole()
    {
        var slug = Seed.Slug("chunked");
        var json = $$$"""{"slug":"{{{slug}}}","kind":"artist","names":{"en":"Chunked Body","ru":"Тело по частям"}}""";
        var response = await app.Client(admin: true).PostAsync("/api/admin/subjects", new ChunkedContent(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync($"/api/subjects/{slug}")).StatusCode);
    }

    /// <summary>A request body written in small flushed pieces with no Content-Length, as a streaming client sends it.</summary>
    sealed class ChunkedContent : HttpContent
    {
        readonly byte[] _body;

        public ChunkedContent(byte[] body)
        {
            _body = body;
            Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var chunk in _body.Chunk(16))
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
