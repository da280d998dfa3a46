namespace ReleaseCalendar.Hosting;

/// <summary>How Kestrel schedules the work of a connection (see <see cref="EventLoop"/>).</summary>
public sealed class ServerOptions
{
    public const string Section = "Server";

    /// <summary>Serve cached feeds from the socket threads, as nginx's event loop does; everything else is handed
    /// to the thread pool first. Off: Kestrel's default scheduling. Read at start.</summary>
    public bool EventLoop { get; set; } = true;
}
