using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Hosting;

/// <summary>The event-loop model: socket completions run on the runtime's socket threads (one per core) and Kestrel
/// runs each request on the thread that read it, so a cached feed is read, answered and sent without a single thread
/// hand-off, the way nginx does it. By default Kestrel hands every request from the socket thread to an I/O queue
/// and on to the thread pool; on 2 cores those hand-offs, not our code, were what kept a warm feed at ~0.7 × nginx
/// (bench/feeds/RESULTS.md). The price is a rule: nothing may block on a socket thread, or every connection that
/// thread serves waits. Only cache hits (FeedHitMiddleware) stay there; <see cref="ThreadPoolHandoff"/> moves every
/// other request to the thread pool before any of our code or the database runs.</summary>
public static class EventLoop
{
    /// <summary>Read by the runtime when the first socket is created, so it is set before Kestrel binds. An operator's
    /// own value wins (0 keeps completions on the thread pool; the hand-off keeps that safe too).</summary>
    public const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Admin bodies are small JSON; the whole body is read before the hand-off, so it is bounded.</summary>
    public const int MaxRequestBodyBytes = 1024 * 1024;

    public static IHostApplicationBuilder AddEventLoop(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section);
        // Read here as well: the variable below must be set before anything opens a socket.
        var options = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        builder.Services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        if (!options.EventLoop) return builder;
        if (Environment.GetEnvironmentVariable(InlineCompletionsVariable) is null)
            Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
        builder.Services.Configure<SocketTransportOptions>(o => o.UnsafePreferInlineScheduling = true);
        return builder;
    }

    /// <summary>Call right after the exception handler, before anything that may block.</summary>
    public static IApplicationBuilder UseThreadPoolHandoff(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ServerOptions>>().Value.EventLoop ? app.UseMiddleware<ThreadPoolHandoff>() : app;

    /// <summary>True on one of the runtime's socket threads, where request code must not block.</summary>
    public static bool OnSocketThread => Thread.CurrentThread.Name == ".NET Sockets";
}

/// <summary>Moves a request off the socket thread: the body is read to the end first (awaiting it would resume on the
/// socket thread again), then the rest of the pipeline runs on the thread pool. What may still resume on a socket
/// thread afterwards is the tail of a large response write, which is serialisation, not I/O.</summary>
public sealed class ThreadPoolHandoff(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            // In memory: Kestrel's MaxRequestBodySize (EventLoop.MaxRequestBodyBytes) stops a larger body with a 413.
            request.EnableBuffering(bufferThreshold: EventLoop.MaxRequestBodyBytes);
            await request.Body.DrainAsync(context.RequestAborted);
            request.Body.Position = 0;
        }
        await Task.Run(() => next(context), CancellationToken.None);
    }
}
