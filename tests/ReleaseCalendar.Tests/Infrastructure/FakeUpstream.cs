using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>
/// A stand-in for an upstream (MusicBrainz, TVmaze, an .ics or RSS host): a real Kestrel server on a loopback
/// address and port 0, so the HTTP layer under test uses real sockets, redirects and connection failures.
/// <code>
/// await using var mb = await FakeUpstream.StartAsync(clock);                  // 127.0.0.1; clock stamps arrivals
/// await using var evil = await FakeUpstream.StartAsync(clock, "127.0.0.2");   // "forbidden" address (all 127/8 is lo)
/// mb.Map("/ws/2/release-group", FakeResponse.Json(json, etag: "\"v1\""), query: "artist=abc&amp;offset=0");
/// mb.Map("/ws/2/release-group", FakeResponse.Json(changed, etag: "\"v2\""), query: "artist=abc&amp;offset=0"); // replaces it
/// mb.Fail("/ws/2/release-group", FakeFault.Status(503, retryAfter: "2"), FakeFault.ResetMidBody);      // then the mapping
/// Uri url = mb.Url("/ws/2/release-group?artist=abc&amp;offset=0&amp;fmt=json");
/// mb.Count("/ws/2/release-group"); mb.Requests[0].Headers["User-Agent"]; mb.Requests[1].ArrivedAt;
/// await mb.WaitForRequestsAsync("/ws/2/release-group", 1);   // the client has reached the server
/// </code>
/// <list type="bullet">
/// <item><see cref="Map"/>: path (exact) plus optional query parameters that must all be present (extra ones are
/// ignored; the mapping naming most parameters wins). Mapping the same path and query again replaces the response,
/// e.g. between two runs. Unmapped paths answer 404.</item>
/// <item>Conditional GET: a response with an ETag or Last-Modified answers If-None-Match / If-Modified-Since with 304
/// when they match (If-None-Match decides when both are sent, RFC 9110 §13.2.2).</item>
/// <item><see cref="Fail"/>: faults for a path (any query), consumed one per request in order; then the mapping serves.</item>
/// <item>Every request is recorded (method, path, query, headers, arrival on the given TimeProvider), in order.</item>
/// </list>
/// Faults that wait (a hang, a slow drip) end when the client goes away or the server is disposed.
/// </summary>
public sealed class FakeUpstream : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly TimeProvider _clock;
    readonly CancellationTokenSource _stopping = new();
    readonly Lock _gate = new();
    readonly List<Route> _routes = [];
    readonly Dictionary<string, Queue<FakeFault>> _faults = new(StringComparer.Ordinal);
    readonly List<FakeRequest> _requests = [];
    readonly List<(string Path, int Count, TaskCompletionSource Done)> _waiters = [];

    sealed record Route(string Path, IReadOnlyDictionary<string, string> Query, FakeResponse Response);

    FakeUpstream(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Starts a server on <paramref name="address"/> (127.0.0.1 unless given) and a free port.</summary>
    public static async Task<FakeUpstream> StartAsync(TimeProvider? clock = null, string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();   // Kestrel reports the faults we inject as errors
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(address), 0));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var fake = new FakeUpstream(app, clock ?? TimeProvider.System);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseUrl = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        return fake;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    /// <summary>Serves <paramref name="response"/> for <paramref name="path"/> (and the query parameters in
    /// <paramref name="query"/>, "a=1&amp;b=2"), replacing an earlier mapping of the same path and query.</summary>
    public FakeUpstream Map(string path, FakeResponse response, string? query = null)
    {
        var parameters = ParseQuery(query);
        lock (_gate)
        {
            _routes.RemoveAll(r => r.Path == path && SameQuery(r.Query, parameters));
            _routes.Add(new Route(path, parameters, response));
        }
        return this;
    }

    /// <summary>Queues faults for the next requests to <paramref name="path"/>, one per request.</summary>
    public FakeUpstream Fail(string path, params FakeFault[] faults)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(path, out var queue)) _faults[path] = queue = new Queue<FakeFault>();
            foreach (var fault in faults) queue.Enqueue(fault);
        }
        return this;
    }

    public IReadOnlyList<FakeRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    public int Count(string path)
    {
        lock (_gate) return _requests.Count(r => r.Path == path);
    }

    /// <summary>Completes once <paramref name="count"/> requests to <paramref name="path"/> have arrived.</summary>
    public Task WaitForRequestsAsync(string path, int count)
    {
        lock (_gate)
        {
            if (_requests.Count(r => r.Path == path) >= count) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((path, count, done));
            return done.Task;
        }
    }

    async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        FakeFault? fault = null;
        FakeResponse? response;
        lock (_gate)
        {
            _requests.Add(new FakeRequest(request.Method, path, request.QueryString.Value?.TrimStart('?') ?? "",
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), _clock.GetUtcNow()));
            var arrived = _requests.Count(r => r.Path == path);
            foreach (var waiter in _waiters.Where(w => w.Path == path && w.Count <= arrived).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
            if (_faults.TryGetValue(path, out var queue) && queue.Count > 0) fault = queue.Dequeue();
            response = _routes
                .Where(r => r.Path == path && r.Query.All(q => request.Query.TryGetValue(q.Key, out var v) && v == q.Value))
                .MaxBy(r => r.Query.Count)?.Response;
        }
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            if (fault is not null) await fault.ApplyAsync(context, _clock, aborted.Token);
            else if (response is null) context.Response.StatusCode = StatusCodes.Status404NotFound;
            else await ServeAsync(context, response);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            context.Abort();
        }
        catch (IOException)
        {
            // The client went away mid-body (a size limit, a timeout): nothing to answer.
        }
    }

    static async Task ServeAsync(HttpContext context, FakeResponse r)
    {
        var headers = context.Response.GetTypedHeaders();
        if (r.ETag is not null) context.Response.Headers.ETag = r.ETag;
        if (r.LastModified is { } lm) headers.LastModified = lm;
        foreach (var (name, value) in r.Headers) context.Response.Headers[name] = value;
        if (IsNotModified(context.Request, r))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.StatusCode = r.Status;
        context.Response.ContentType = r.ContentType;
        context.Response.ContentLength = r.Body.Length;
        await context.Response.Body.WriteAsync(r.Body, context.RequestAborted);
    }

    static bool IsNotModified(HttpRequest request, FakeResponse r)
    {
        if (r.Status != 200) return false;
        string Weakless(string tag) => tag.Trim().StartsWith("W/", StringComparison.Ordinal) ? tag.Trim()[2..] : tag.Trim();
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
            return r.ETag is not null && ifNoneMatch.Split(',').Any(t => t.Trim() == "*" || Weakless(t) == Weakless(r.ETag));
        var since = request.GetTypedHeaders().IfModifiedSince;
        // HTTP dates have whole seconds.
        return since is not null && r.LastModified is { } lm && lm.AddTicks(-(lm.Ticks % TimeSpan.TicksPerSecond)) <= since;
    }

    static Dictionary<string, string> ParseQuery(string? query) =>
        (query ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);

    static bool SameQuery(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>One recorded request; header names compare case-insensitively.</summary>
public sealed record FakeRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ArrivedAt);

/// <summary>A mapped answer. <see cref="ETag"/> is the quoted entity tag ("\"v1\"" or "W/\"v1\"").</summary>
public sealed record FakeResponse(byte[] Body, string ContentType = "application/json", int Status = 200,
    string? ETag = null, DateTimeOffset? LastModified = null)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static FakeResponse Json(string json, string? etag = null, DateTimeOffset? lastModified = null) =>
        new(Encoding.UTF8.GetBytes(json), "application/json", 200, etag, lastModified);

    public static FakeResponse Text(string text, string contentType, string? etag = null, DateTimeOffset? lastModified = null) =>
        new(Encoding.UTF8.GetBytes(text), contentType, 200, etag, lastModified);

    public static FakeResponse WithStatus(int status, string body = "") => new(Encoding.UTF8.GetBytes(body), "text/plain", status);
}

/// <summary>A misbehaviour for one request.</summary>
public abstract record FakeFault
{
    internal abstract Task ApplyAsync(HttpContext context, TimeProvider clock, CancellationToken aborted);

    /// <summary>Any status, with Retry-After as sent ("3" or an HTTP date), e.g. 500, 503 or 429.</summary>
    public static FakeFault Status(int status, string? retryAfter = null) => new StatusFault(status, retryAfter);

    /// <summary>Accepts the request and never answers (until the client gives up).</summary>
    public static FakeFault Hang { get; } = new HangFault();

    /// <summary>200 whose first <see cref="Burst"/> bytes come at once, then <paramref name="bytes"/> more, one per
    /// <paramref name="interval"/> of the clock. Await <see cref="DripFault.Dripping"/> to know the client is reading the body.</summary>
    public static DripFault SlowDrip(TimeSpan interval, int bytes = 16) => new(interval, bytes);

    /// <summary>200 declaring 8 MiB; the connection is aborted (reset) after <see cref="Burst"/> bytes.</summary>
    public static FakeFault ResetMidBody { get; } = new ResetFault();

    /// <summary>200 declaring 8 MiB, and the response ends after <see cref="Burst"/> bytes (the server closes the connection).</summary>
    public static FakeFault Truncated { get; } = new TruncatedFault();

    /// <summary>200 with <paramref name="bytes"/> of body, with a Content-Length or chunked.</summary>
    public static FakeFault Oversized(long bytes, bool chunked) => new OversizedFault(bytes, chunked);

    /// <summary>A redirect (302 unless given) to <paramref name="target"/>.</summary>
    public static FakeFault RedirectTo(Uri target, int status = 302) => new RedirectFault(target, status);


    /// <summary>6 MiB: more than Linux lets a socket pair buffer while the client reads nothing (a 4 MiB send buffer
    /// at most, a receive window that grows only as the client reads), so once it is written the client has its
    /// headers and is inside the body. A fault that acts "mid-body" acts after it.</summary>
    public const int Burst = 6 * 1024 * 1024;

    static async Task WriteBurstAsync(HttpResponse response, CancellationToken aborted)
    {
        var chunk = new byte[64 * 1024];
        for (var sent = 0; sent < Burst; sent += chunk.Length) await response.Body.WriteAsync(chunk, aborted);
        await response.Body.FlushAsync(aborted);
    }

    sealed record StatusFault(int Code, string? RetryAfter) : FakeFault
    {
        internal override Task ApplyAsync(HttpContext context, TimeProvider clock, CancellationToken aborted)
        {
            context.Response.StatusCode = Code;
            if (RetryAfter is not null) context.Response.Headers.RetryAfter = RetryAfter;
            return Task.CompletedTask;
        }
    }

    sealed record HangFault : FakeFault
    {
        internal override Task ApplyAsync(HttpContext context, TimeProvider clock, CancellationToken aborted) =>
            Task.Delay(Timeout.Infinite, aborted);
    }

    public sealed record DripFault(TimeSpan Interval, int Bytes) : FakeFault
    {
        readonly TaskCompletionSource _dripping = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when the burst is written and the drip begins.</summary>
        public Task Dripping => _dripping.Task;

        internal override async Task ApplyAsync(HttpContext context, TimeProvider clock, CancellationToken aborted)
        {
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = Burst + Bytes;
            await WriteBurstAsync(context.Response, aborted);
            _dripping.TrySetResult();
            for (var i = 0; i < Bytes; i++)
            {
                await Task.Delay(Interval, clock, aborted);
                await context.Response.Body.WriteAsync("x"u8.ToArray(), aborted);
                await context.Response.Body.FlushAsync(aborted);
            }
        }
    }

    sealed record ResetFault : FakeFault
    {
        internal override async Task ApplyAsync(HttpContext context, TimeProvider clock, CancellationToken aborted)
        {
            context.Response.ContentLength = Burst + Burst / 3;
            await WriteBurstAsync(context.Response, aborted);
            context.Abort();
        }
    }

    sealed record TruncatedFault : FakeFault
    {
        internal override async Task ApplyAsync(HttpContext context, TimeProvider clock, CancellationToken aborted)
        {
            context.Response.ContentLength = Burst + Burst / 3;
            await WriteBurstAsync(context.Response, aborted);
            // Returning short of Content-Length makes Kestrel end the connection without the rest.
        }
    }

    sealed record OversizedFault(long Bytes, bool Chunked) : FakeFault
    {
        internal override async Task ApplyAsync(HttpContext context, TimeProvider clock, CancellationToken aborted)
        {
            context.Response.ContentType = "application/octet-stream";
            if (!Chunked) context.Response.ContentLength = Bytes;
            var chunk = new byte[64 * 1024];
            for (long sent = 0; sent < Bytes; sent += chunk.Length)
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, Bytes - sent)), aborted);
        }
    }

    sealed record RedirectFault(Uri Target, int Code) : FakeFault
    {
        internal override Task ApplyAsync(HttpContext context, TimeProvider clock, CancellationToken aborted)
        {
            context.Response.StatusCode = Code;
            context.Response.Headers.Location = Target.ToString();
            return Task.CompletedTask;
        }
    }
}
