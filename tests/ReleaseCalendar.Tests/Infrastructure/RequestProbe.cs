using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace ReleaseCalendar.Tests.Infrastructure;

/// <summary>Watches one test host's requests through ASP.NET Core's own diagnostics: when a request began (hosting)
/// and when routing matched it to an endpoint, and on which thread. Other hosts in the test process are told apart by
/// their port.</summary>
public sealed class RequestProbe : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    public const string Began = "Microsoft.AspNetCore.Hosting.BeginRequest";
    public const string Routed = "Microsoft.AspNetCore.Routing.EndpointMatched";

    public sealed record Seen(string Event, string Target, string? Thread);

    readonly int _port;
    readonly List<IDisposable> _subscriptions = [];
    readonly List<Seen> _seen = [];

    public RequestProbe(HttpClient client)
    {
        _port = client.BaseAddress!.Port;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>How often routing matched this path and query.</summary>
    public int RoutedCount(string url) => Events(Routed, url).Count;

    public IReadOnlyList<Seen> Events(string name, string url)
    {
        var target = new Uri(new Uri("http://x"), url).PathAndQuery;
        lock (_seen) return [.. _seen.Where(s => s.Event == name && s.Target == target)];
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.AspNetCore") lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key is not (Began or Routed)) return;
        var context = e.Value as HttpContext ?? e.Value?.GetType().GetProperty("httpContext")?.GetValue(e.Value) as HttpContext;
        if (context is null || context.Connection.LocalPort != _port) return;
        lock (_seen) _seen.Add(new Seen(e.Key, context.Request.Path + context.Request.QueryString, Thread.CurrentThread.Name));
    }

    void IObserver<DiagnosticListener>.OnCompleted() { }
    void IObserver<DiagnosticListener>.OnError(Exception error) { }
    void IObserver<KeyValuePair<string, object?>>.OnCompleted() { }
    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var s in _subscriptions) s.Dispose();
    }
}
