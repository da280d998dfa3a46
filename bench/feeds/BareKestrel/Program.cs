// dotnet BareKestrel.dll FILE PORT [inline]: serves FILE's bytes for every GET (304 when If-None-Match is sent),
// with no routing or middleware. "inline" runs requests on the socket threads, as the service's event loop did before
// issue 7 removed it (start it with DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1 as well).
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

var bytes = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
if (args.Length > 2 && args[2] == "inline") builder.Services.Configure<SocketTransportOptions>(o => o.UnsafePreferInlineScheduling = true);
var app = builder.Build();
app.Run(context =>
{
    var response = context.Response;
    response.Headers.ETag = "\"bench\"";
    if (context.Request.Headers.IfNoneMatch.Count > 0)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        return Task.CompletedTask;
    }
    response.ContentType = "text/calendar; charset=utf-8";
    response.ContentLength = bytes.Length;
    return response.Body.WriteAsync(bytes).AsTask();
});
app.Run($"http://127.0.0.1:{args[1]}");
