using System.Net;
using System.Net.Sockets;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>Thrown by the connect callback; not retried.</summary>
public sealed class AddressRefusedException(IPAddress address, AddressKind kind)
    : Exception($"refused to connect to {address} ({AddressPolicy.Describe(kind)}, not in {HttpIngestOptions.Section}:{nameof(HttpIngestOptions.AllowedNetworks)})");

/// <summary>SocketsHttpHandler.ConnectCallback that resolves the host itself and connects only to an address the
/// policy allows. Checking the address actually dialled (not the URL's host name) is what stops DNS rebinding and
/// redirects to internal hosts: every connection, including one for a redirect, passes through here.</summary>
public static class GuardedConnect
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> For(AddressPolicy policy) =>
        (context, ct) => ConnectAsync(policy, context.DnsEndPoint, ct);

    static async ValueTask<Stream> ConnectAsync(AddressPolicy policy, DnsEndPoint endPoint, CancellationToken ct)
    {
        var host = endPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        AddressRefusedException? refused = null;
        SocketException? unreachable = null;
        foreach (var address in addresses)
        {
            if (!policy.IsAllowed(address, out var kind))
            {
                refused ??= new AddressRefusedException(address, kind);
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                unreachable = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        // An allowed address that failed is the more useful cause (a network error, retried); a refusal is final.
        throw unreachable ?? refused ?? (Exception)new SocketException((int)SocketError.HostNotFound);
    }
}
