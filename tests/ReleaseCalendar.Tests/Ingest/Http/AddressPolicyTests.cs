using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Ingest.Http;

namespace ReleaseCalendar.Tests.Ingest.Http;

/// <summary>The guard's decision alone, without connecting anywhere.</summary>
public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("8.8.8.8", AddressKind.Public)]
    [InlineData("93.184.216.34", AddressKind.Public)]
    [InlineData("172.32.0.1", AddressKind.Public)]          // just past 172.16/12
    [InlineData("100.128.0.1", AddressKind.Public)]         // just past 100.64/10
    [InlineData("2606:4700:4700::1111", AddressKind.Public)]
    [InlineData("127.0.0.1", AddressKind.Loopback)]
    [InlineData("127.255.255.254", AddressKind.Loopback)]
    [InlineData("::1", AddressKind.Loopback)]
    [InlineData("10.0.0.1", AddressKind.Private)]
    [InlineData("172.16.0.1", AddressKind.Private)]
    [InlineData("172.31.255.255", AddressKind.Private)]
    [InlineData("192.168.1.1", AddressKind.Private)]
    [InlineData("100.64.0.1", AddressKind.Private)]
    [InlineData("fc00::1", AddressKind.Private)]
    [InlineData("fd12:3456::1", AddressKind.Private)]
    [InlineData("169.254.1.1", AddressKind.LinkLocal)]
    [InlineData("fe80::1", AddressKind.LinkLocal)]
    [InlineData("fe80::1%2", AddressKind.LinkLocal)]
    [InlineData("169.254.169.254", AddressKind.CloudMetadata)]
    [InlineData("169.254.170.2", AddressKind.CloudMetadata)]
    [InlineData("fd00:ec2::254", AddressKind.CloudMetadata)]
    [InlineData("100.100.100.200", AddressKind.CloudMetadata)]
    [InlineData("224.0.0.1", AddressKind.Multicast)]
    [InlineData("239.255.255.250", AddressKind.Multicast)]
    [InlineData("ff02::1", AddressKind.Multicast)]
    [InlineData("0.0.0.0", AddressKind.Unspecified)]
    [InlineData("::", AddressKind.Unspecified)]
    [InlineData("255.255.255.255", AddressKind.Broadcast)]
    [InlineData("240.0.0.1", AddressKind.Reserved)]
    [InlineData("192.0.2.10", AddressKind.Reserved)]
    [InlineData("2001:db8::1", AddressKind.Reserved)]
    // IPv6 spellings of IPv4 addresses are judged as the IPv4 address they reach.
    [InlineData("::ffff:127.0.0.1", AddressKind.Loopback)]
    [InlineData("::ffff:10.1.2.3", AddressKind.Private)]
    [InlineData("::ffff:169.254.169.254", AddressKind.CloudMetadata)]
    [InlineData("::ffff:8.8.8.8", AddressKind.Public)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressKind.CloudMetadata)]   // NAT64 of 169.254.169.254
    [InlineData("64:ff9b::808:808", AddressKind.Public)]
    public void Classify_Address_Kind(string address, AddressKind expected) =>
        Assert.Equal(expected, AddressPolicy.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("127.0.0.2", false)]
    [InlineData("10.1.2.3", true)]
    [InlineData("10.2.0.1", false)]
    [InlineData("fd00:1::5", true)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    public void IsAllowed_WithAllowedNetworks_PublicOrInsideOne(string address, bool allowed)
    {
        var policy = new AddressPolicy([IPNetwork.Parse("127.0.0.1/32"), IPNetwork.Parse("10.1.0.0/16"), IPNetwork.Parse("fd00:1::/32")]);
        Assert.Equal(allowed, policy.IsAllowed(IPAddress.Parse(address)));
    }

    [Fact]
    public void IsAllowed_NoAllowedNetworks_OnlyPublic()
    {
        var policy = new AddressPolicy([]);
        Assert.True(policy.IsAllowed(IPAddress.Parse("1.1.1.1")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("127.0.0.1")));
        Assert.False(policy.IsAllowed(IPAddress.Parse("192.168.0.10")));
    }

    [Theory]
    [InlineData("10.0.0.1/33")]
    [InlineData("127.0.0.1/8")]     // host bits set: a typo, not 127/8
    [InlineData("localhost/32")]
    [InlineData("10.0.0.0")]
    [InlineData("")]
    public void Start_BadAllowedNetwork_FailsNamingTheKey(string cidr)
    {
        using var services = UpstreamHarness.Build(new Dictionary<string, string?>
        {
            ["Ingest:Http:AllowedNetworks:0"] = "127.0.0.1/32",
            ["Ingest:Http:AllowedNetworks:1"] = cidr,
        }, TimeProvider.System);

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Ingest:Http:AllowedNetworks:1", e.Message);
        Assert.DoesNotContain("AllowedNetworks:0", e.Message);
    }

    [Fact]
    public void Start_GoodAllowedNetworks_Validates()
    {
        using var services = UpstreamHarness.Build(new Dictionary<string, string?>
        {
            ["Ingest:Http:AllowedNetworks:0"] = "127.0.0.1/32",
            ["Ingest:Http:AllowedNetworks:1"] = "fd00::/8",
        }, TimeProvider.System);

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(2, services.GetRequiredService<AddressPolicy>().AllowedNetworks.Count);
    }
}
