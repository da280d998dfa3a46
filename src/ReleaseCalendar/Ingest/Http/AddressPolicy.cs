using System.Net;
using System.Net.Sockets;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>What an address is, as far as the guard cares.</summary>
public enum AddressKind { Public, Unspecified, Loopback, Private, LinkLocal, Multicast, Broadcast, CloudMetadata, Reserved }

/// <summary>The address guard's decision, pure: an upstream may be reached on a public address, or on one inside
/// Ingest:Http:AllowedNetworks. Everything else (loopback, private, link-local, multicast, cloud metadata …) is refused.</summary>
public sealed class AddressPolicy(IReadOnlyList<IPNetwork> allowedNetworks)
{
    public IReadOnlyList<IPNetwork> AllowedNetworks { get; } = allowedNetworks;

    public bool IsAllowed(IPAddress address) => IsAllowed(address, out _);

    public bool IsAllowed(IPAddress address, out AddressKind kind)
    {
        var plain = Unmap(address);
        kind = Classify(plain);
        return kind == AddressKind.Public || AllowedNetworks.Any(n => n.Contains(plain));
    }

    /// <summary>"loopback address", "cloud metadata address": for error messages.</summary>
    public static string Describe(AddressKind kind) => kind switch
    {
        AddressKind.LinkLocal => "link-local address",
        AddressKind.CloudMetadata => "cloud metadata address",
        _ => kind.ToString().ToLowerInvariant() + " address",
    };

    // Instance metadata endpoints: AWS/GCP/Azure/OpenStack, AWS ECS task metadata, AWS IPv6, Alibaba, Oracle.
    static readonly IPAddress[] Metadata =
        [IPAddress.Parse("169.254.169.254"), IPAddress.Parse("169.254.170.2"), IPAddress.Parse("fd00:ec2::254"),
         IPAddress.Parse("100.100.100.200"), IPAddress.Parse("192.0.0.192")];

    static readonly (IPNetwork Network, AddressKind Kind)[] Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), AddressKind.Unspecified),     // "this network"; connecting to 0.0.0.0 reaches localhost on Linux
        (IPNetwork.Parse("127.0.0.0/8"), AddressKind.Loopback),
        (IPNetwork.Parse("10.0.0.0/8"), AddressKind.Private),
        (IPNetwork.Parse("172.16.0.0/12"), AddressKind.Private),
        (IPNetwork.Parse("192.168.0.0/16"), AddressKind.Private),
        (IPNetwork.Parse("100.64.0.0/10"), AddressKind.Private),     // carrier-grade NAT (RFC 6598)
        (IPNetwork.Parse("169.254.0.0/16"), AddressKind.LinkLocal),
        (IPNetwork.Parse("224.0.0.0/4"), AddressKind.Multicast),
        (IPNetwork.Parse("255.255.255.255/32"), AddressKind.Broadcast),
        (IPNetwork.Parse("240.0.0.0/4"), AddressKind.Reserved),
        (IPNetwork.Parse("192.0.0.0/24"), AddressKind.Reserved),     // IETF protocol assignments
        (IPNetwork.Parse("192.0.2.0/24"), AddressKind.Reserved),     // documentation (RFC 5737)
        (IPNetwork.Parse("198.51.100.0/24"), AddressKind.Reserved),
        (IPNetwork.Parse("203.0.113.0/24"), AddressKind.Reserved),
        (IPNetwork.Parse("198.18.0.0/15"), AddressKind.Reserved),    // benchmarking (RFC 2544)
        (IPNetwork.Parse("::/128"), AddressKind.Unspecified),
        (IPNetwork.Parse("::1/128"), AddressKind.Loopback),
        (IPNetwork.Parse("::/96"), AddressKind.Reserved),            // deprecated IPv4-compatible form
        (IPNetwork.Parse("fc00::/7"), AddressKind.Private),          // unique local
        (IPNetwork.Parse("fe80::/10"), AddressKind.LinkLocal),
        (IPNetwork.Parse("fec0::/10"), AddressKind.Private),         // deprecated site-local
        (IPNetwork.Parse("ff00::/8"), AddressKind.Multicast),
        (IPNetwork.Parse("100::/64"), AddressKind.Reserved),         // discard (RFC 6666)
        (IPNetwork.Parse("2001:db8::/32"), AddressKind.Reserved),    // documentation
    ];

    public static AddressKind Classify(IPAddress address)
    {
        var plain = Unmap(address);
        if (Metadata.Any(m => m.Equals(plain))) return AddressKind.CloudMetadata;
        foreach (var (network, kind) in Ranges)
            if (network.Contains(plain)) return kind;
        return AddressKind.Public;
    }

    /// <summary>An IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address reaches the IPv4 address inside it,
    /// so it is judged as that address.</summary>
    static IPAddress Unmap(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        return bytes[..12].SequenceEqual(Nat64Prefix) ? new IPAddress(bytes[12..]) : new IPAddress(bytes, 0); // scope id dropped
    }

    static ReadOnlySpan<byte> Nat64Prefix => [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>"10.1.0.0/16", "fd00::/8". Host bits must be zero: IPNetwork would quietly mask "10.1.2.3/8" to all
    /// of 10/8, and a typo must not widen what the guard lets through.</summary>
    public static bool TryParseNetwork(string text, out IPNetwork network)
    {
        text = text.Trim();
        var slash = text.IndexOf('/');
        return IPNetwork.TryParse(text, out network) && slash > 0
            && IPAddress.TryParse(text.AsSpan(0, slash), out var address) && address.Equals(network.BaseAddress);
    }
}
