using System.Net;
using System.Net.Sockets;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>
/// An AppFactory whose Public:BaseUrl is its own Kestrel address, for pages whose absolute links the browser must
/// follow: the embed snippet's script and iframe URLs, subscribe links, canonical URLs. A class fixture:
/// <code>
/// public sealed class EmbedTests(BrowserFixture browser, SelfAddressedApp service) : IClassFixture&lt;SelfAddressedApp&gt;
/// { ... service.App.Seed() ... service.App.Url("/embed.js") ... }
/// </code>
/// The port is chosen before the host starts (Public:BaseUrl is read at start), by binding port 0 and letting it go.
/// </summary>
public sealed class SelfAddressedApp : IAsyncLifetime
{
    public SelfAddressedApp()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}";
        App = new AppFactory().With("Public:BaseUrl", BaseUrl);
        App.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
    }

    public AppFactory App { get; }

    /// <summary>"http://127.0.0.1:PORT": both where the service listens and what it puts in absolute links.</summary>
    public string BaseUrl { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await App.DisposeAsync();
}
