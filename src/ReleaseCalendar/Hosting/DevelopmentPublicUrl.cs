using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Hosting;

/// <summary>In Development, links in pages, feeds and the API point where the service actually listens (`dotnet run
/// --urls http://localhost:5123`), not at the default http://localhost:5080, unless Public:BaseUrl is set in some
/// configuration source. Other environments use Public:BaseUrl (default http://localhost:5080): behind a proxy the
/// bound address is not what fans reach.</summary>
public static class DevelopmentPublicUrl
{
    public const string Key = PublicOptions.Section + ":" + nameof(PublicOptions.BaseUrl);

    public static WebApplication UseBoundAddressAsPublicUrlInDevelopment(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || !string.IsNullOrWhiteSpace(app.Configuration[Key])) return app;
        // Resolved once, when the server has bound (port 0 included); options are read per request, so the first
        // request already sees it.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (FromBound(addresses) is not { } url) return;
            app.Services.GetRequiredService<IOptions<PublicOptions>>().Value.BaseUrl = url;
            // Kestrel takes requests a moment before this runs: a feed cached then holds the old base URL.
            app.Services.GetRequiredService<Feeds.FeedCache>().Clear();
        });
        return app;
    }

    /// <summary>The first bound address, with a wildcard host (0.0.0.0, [::], +, *) named localhost; https first.</summary>
    public static string? FromBound(IEnumerable<string> addresses)
    {
        var urls = addresses
            .Select(a => a.Replace("://+:", "://localhost:", StringComparison.Ordinal).Replace("://*:", "://localhost:", StringComparison.Ordinal)
                          .Replace("://0.0.0.0:", "://localhost:", StringComparison.Ordinal).Replace("://[::]:", "://localhost:", StringComparison.Ordinal))
            .Where(a => Uri.TryCreate(a, UriKind.Absolute, out _))
            .ToList();
        return (urls.FirstOrDefault(u => u.StartsWith("https://", StringComparison.Ordinal)) ?? urls.FirstOrDefault())?.TrimEnd('/');
    }
}
