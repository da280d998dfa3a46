using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>
/// The service as the browser reaches it: AppFactory's real Kestrel on 127.0.0.1 and a port of its own.
/// <code>
/// var url = app.Url($"/releases/{release.Id}");     // "http://127.0.0.1:41234/releases/…"
/// var seed = app.Seed();                            // admin API, unique slugs: await seed.SubjectAsync("iu")
/// </code>
/// Absolute links the service renders from Public:BaseUrl point at https://releases.example.org (AppFactory's
/// setting), not at this address: follow relative links in the browser, compare absolute ones as text.
/// </summary>
public static class ServiceUnderTest
{
    /// <summary>"http://127.0.0.1:PORT" (no trailing slash), starting the server on first use.</summary>
    public static string BaseUrl(this AppFactory app)
    {
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var bound = addresses.FirstOrDefault(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The service listens on {string.Join(", ", addresses)}, not on 127.0.0.1.");
        return bound.TrimEnd('/');
    }

    /// <summary>An absolute URL on the service for <paramref name="pathAndQuery"/> ("/releases/…?lang=en").</summary>
    public static string Url(this AppFactory app, string pathAndQuery) =>
        app.BaseUrl() + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);

    /// <summary>Seeds subjects and releases through the admin API (<see cref="Infrastructure.Seed"/>), slugs unique to the test.</summary>
    public static Seed Seed(this AppFactory app) => new(app.Client(admin: true));
}
