using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>
/// Someone else's web site on another origin (127.0.0.1, its own port): a fan page that pastes the embed snippet,
/// a page with hostile CSS, a page that fetches the public API. Cross-origin rules (CORS, frame-ancestors,
/// X-Frame-Options) apply between it and the service exactly as on the web.
/// <code>
/// await using var site = await HostSite.StartAsync();
/// site.Serve("/fan.html", HostSite.Html("Fan site", $"&lt;script src=\"{app.Url("/embed.js")}\"&gt;&lt;/script&gt;",
///     head: "&lt;style&gt;* { font-size: 40px !important }&lt;/style&gt;"));
/// await tab.Page.GotoAsync(site.Url("/fan.html"));
/// </code>
/// Unserved paths answer 404. Serving a path again replaces its content.
/// </summary>
public sealed class HostSite : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentDictionary<string, (string ContentType, byte[] Body)> _files = new(StringComparer.Ordinal);

    HostSite(WebApplication app) => _app = app;

    /// <summary>"http://127.0.0.1:PORT" (no trailing slash): the site's origin, as the Origin header sends it.</summary>
    public string Origin { get; private set; } = "";

    public static async Task<HostSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var site = new HostSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        site.Origin = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return site;
    }

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> ("/fan.html", "/hostile.css").</summary>
    public HostSite Serve(string path, string body, string contentType = "text/html; charset=utf-8")
    {
        _files[path] = (contentType, Encoding.UTF8.GetBytes(body));
        return this;
    }

    public string Url(string path) => Origin + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>A small, valid, accessible page (lang, title, one h1 in a main landmark) around <paramref name="body"/>.</summary>
    public static string Html(string title, string body, string? head = null, string lang = "en") =>
        $"""
        <!doctype html>
        <html lang="{lang}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{WebUtility.HtmlEncode(title)}</title>{head}</head>
        <body><main><h1>{WebUtility.HtmlEncode(title)}</h1>
        {body}
        </main></body>
        </html>
        """;

    async Task HandleAsync(HttpContext context)
    {
        if (!_files.TryGetValue(context.Request.Path.Value ?? "/", out var file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        context.Response.ContentType = file.ContentType;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = file.Body.Length;
        await context.Response.Body.WriteAsync(file.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
