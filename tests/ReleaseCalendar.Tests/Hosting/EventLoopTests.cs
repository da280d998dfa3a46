using System.Net;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Hosting;

/// <summary>The event-loop model (Hosting/EventLoop.cs): cache hits are served on the socket threads, and every other
/// request reaches our code on the thread pool, so blocking work (SQLite) never stalls a socket thread.</summary>
public sealed class EventLoopTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    const string SocketThread = ".NET Sockets";
    readonly HttpClient _anon = app.Client();
    readonly HttpClient _admin = app.Client(admin: true);
    readonly RequestProbe _probe = new(app.Client());

    public void Dispose() => _probe.Dispose();

    [Fact]
    public async Task CachedFeed_IsAnsweredOnASocketThread_WithoutRouting()
    {
        Assert.True(app.Service<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
        var a = await new Seed(_admin).SubjectAsync("loop");
        var url = $"/feeds/{a}.ics";
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _anon.GetAsync(url)).StatusCode);
            await Task.Delay(50); // let the server's connection loop park on its next read
        }
        var began = _probe.Events(RequestProbe.Began, url);
        Assert.Equal(4, began.Count);
        // A new connection's first request starts on the pool (Kestrel dispatches the connection there), and a
        // request that arrives while the previous one is finishing is read by that same pool thread. One that arrives
        // at an idle connection is read, and answered, on the socket thread: production's mode is on here.
        Assert.Contains(began.Skip(1), b => b.Thread == SocketThread);
        Assert.Equal(1, _probe.RoutedCount(url)); // only the first request was routed: the rest were cache hits
    }

    [Fact]
    public async Task EverythingElse_ReachesOurCodeOnThePool()
    {
        var a = await new Seed(_admin).SubjectAsync("pool");
        string[] urls = [$"/feeds/{a}.ics?lang=en", "/api/releases?limit=5", "/api/subjects?q=pool", "/health/ready", "/api/admin/subjects"];
        foreach (var url in urls)
        {
            var response = url.StartsWith("/api/admin", StringComparison.Ordinal)
                ? await _admin.PostRawAsync(url, $$$"""{"slug":"{{{Seed.Slug("p")}}}","kind":"artist","names":{"en":"P"}}""")
                : await _anon.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            var routed = _probe.Events(RequestProbe.Routed, url);
            Assert.NotEmpty(routed);
            Assert.All(routed, r => Assert.NotEqual(SocketThread, r.Thread));
        }
    }

    [Fact]
    public async Task BodySentInPieces_IsReadWhole_ThenHandledOnThePool()
    {
        var slug = Seed.Slug("slow");
        var json = $$$"""{"slug":"{{{slug}}}","kind":"artist","names":{"en":"Slow Body","ru":"Медленное тело"}}""";
        var response = await _admin.PostAsync("/api/admin/subjects", new TricklingContent(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.All(_probe.Events(RequestProbe.Routed, "/api/admin/subjects"), r => Assert.NotEqual(SocketThread, r.Thread));
        Assert.Equal(HttpStatusCode.OK, (await _anon.GetAsync($"/api/subjects/{slug}")).StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimit_Gets413Problem_AndNothingIsStored()
    {
        var slug = Seed.Slug("big");
        var json = $$$"""{"slug":"{{{slug}}}","kind":"artist","names":{"en":"{{{new string('x', EventLoop.MaxRequestBodyBytes)}}}"}}""";
        var response = await _admin.PostRawAsync("/api/admin/subjects", json);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await _anon.GetAsync($"/api/subjects/{slug}")).StatusCode);
    }

    /// <summary>A request body written in small pieces with pauses, as a slow client sends it.</summary>
    sealed class TricklingContent : HttpContent
    {
        readonly byte[] body;

        public TricklingContent(byte[] body)
        {
            this.body = body;
            Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var chunk in body.Chunk(16))
            {
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
                await Task.Delay(5);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false; // chunked: the server cannot know the size up front
        }
    }
}

/// <summary>Server:EventLoop=false restores Kestrel's default scheduling; everything still works.</summary>
public sealed class EventLoopOffTests : IClassFixture<EventLoopOffTests.Factory>
{
    public sealed class Factory : IDisposable
    {
        public AppFactory App { get; } = new AppFactory().With("Server:EventLoop", "false");
        public void Dispose() => App.Dispose();
    }

    readonly AppFactory _app;

    public EventLoopOffTests(Factory factory) => _app = factory.App;

    [Fact]
    public async Task Off_KestrelSchedulesAsUsual_AndFeedsAndWritesWork()
    {
        using var probe = new RequestProbe(_app.Client());
        Assert.False(_app.Service<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
        var a = await new Seed(_app.Client(admin: true)).SubjectAsync("off");
        var url = $"/feeds/{a}.ics";
        Assert.Equal(HttpStatusCode.OK, (await _app.Client().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _app.Client().GetAsync(url)).StatusCode);
        Assert.All(probe.Events(RequestProbe.Began, url), b => Assert.NotEqual(".NET Sockets", b.Thread));
    }
}

/// <summary>The data layer refuses to open SQLite on a socket thread: a blocking call there would stall every
/// connection that thread serves, so a mistake shows up as an error in tests, not as a slow service.</summary>
public sealed class SocketThreadGuardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void OpeningTheDatabase_OnASocketThread_Throws_ElsewhereWorks()
    {
        app.Client();
        var contexts = app.Service<Microsoft.EntityFrameworkCore.IDbContextFactory<ReleaseCalendar.Data.AppDbContext>>();
        Exception? onSocketThread = null;
        var thread = new Thread(() =>
        {
            using var db = contexts.CreateDbContext();
            onSocketThread = Record.Exception(() => db.Subjects.Count());
        }) { Name = ".NET Sockets" }; // what the runtime names its socket threads
        thread.Start();
        thread.Join();
        Assert.IsType<InvalidOperationException>(onSocketThread);
        Assert.Contains("socket thread", onSocketThread.Message);

        using var db = contexts.CreateDbContext();
        Assert.True(db.Subjects.Count() >= 0);
    }
}
