using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.AspNetCore.WebUtilities;

namespace ReleaseCalendar.Hosting;

/// <summary>Kestrel socket-transport tuning for the hot path: a cached feed of ~130 KB (bench/feeds/RESULTS.md).</summary>
public static class TransportExtensions
{
    public const string Section = "Transport";
    const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static WebApplicationBuilder AddTransport(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        // Inline scheduling: Kestrel runs the request on the thread that completed the socket read instead of
        // hopping socket engine -> IOQueue -> thread pool; with inline socket completions that thread is the epoll
        // thread itself. Measured on the warm 130 KB feed: 68 -> 52 us CPU/request, 0.68 -> 0.76 x nginx
        // (bench/feeds/RESULTS.md). It is safe only because nothing blocking runs there: the feeds' cache hit is a
        // dictionary lookup and one write, a miss moves to the thread pool (FeedService), and every other route is
        // moved to the thread pool by InlineGuardStartupFilter below (after reading its body).
        var inline = section.GetValue("InlineScheduling", true);
        // The runtime reads this variable once, when the first socket is created (SocketAsyncEngine's static
        // state), so setting it here, before Kestrel binds, works for `dotnet run` too; an explicit value wins.
        if (inline && section.GetValue("InlineCompletions", true)
            && Environment.GetEnvironmentVariable(InlineCompletionsVariable) is null)
            Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
        var writeBuffer = section.GetValue<long?>("MaxWriteBufferSize", null);
        var sendBuffer = section.GetValue<int?>("SendBufferSize", null);
        var ioQueues = section.GetValue<int?>("IOQueueCount", null);
        builder.WebHost.UseSockets(o =>
        {
            o.UnsafePreferInlineScheduling = inline;
            if (writeBuffer is { } w) o.MaxWriteBufferSize = w;
            if (ioQueues is { } q) o.IOQueueCount = q;
            if (sendBuffer is { } s)
                o.CreateBoundListenSocket = endpoint =>
                {
                    var socket = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                    socket.SendBufferSize = s;   // accepted sockets inherit SO_SNDBUF on Linux
                    return socket;
                };
        });
        if (inline) builder.Services.AddSingleton<IStartupFilter, InlineGuardStartupFilter>();
        return builder;
    }

    /// <summary>With inline scheduling a request may run on the socket engine's thread; everything except the
    /// feeds is moved to the thread pool first.</summary>
    sealed class InlineGuardStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(static async (context, nextMiddleware) =>
            {
                if (context.Request.Path.StartsWithSegments("/feeds")) { await nextMiddleware(context); return; }
                // A body read that waits for the network would resume on the socket thread again, and the handler's
                // SQLite work with it: read the whole body first (memory, then a temp file past 30 KB), then hop.
                if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
                {
                    context.Request.EnableBuffering();
                    await context.Request.Body.DrainAsync(context.RequestAborted);
                    context.Request.Body.Position = 0;
                }
                await Task.Run(() => nextMiddleware(context));
            });
            next(app);
        };
    }
}
