using ReleaseCalendar.Ingest.Http;
using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Ingest.Http;

/// <summary>The connect-time guard over real sockets: 127.0.0.1 is allowed by the harness' AllowedNetworks
/// ["127.0.0.1/32"], 127.0.0.2 (loopback, outside it) stands in for a private address.</summary>
public sealed class AddressGuardTests
{
    const string Refused = "refused to connect to 127.0.0.2 (loopback address, not in Ingest:Http:AllowedNetworks)";

    [Fact]
    public async Task Get_DirectToAddressOutsideAllowedNetworks_RefusedWithoutRetry()
    {
        await using var h = await UpstreamHarness.StartAsync();
        await using var forbidden = await FakeUpstream.StartAsync(h.Clock, "127.0.0.2");
        forbidden.Map("/secret", FakeResponse.Json("{}"));
        h.Fake.Map("/ok", FakeResponse.Json("{}"));

        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(forbidden.Url("/secret")));
        var allowed = await h.GetAsync(h.Fake.Url("/ok"));

        Assert.Contains(Refused, e.Message);
        Assert.Equal(0, forbidden.Count("/secret"));
        Assert.Equal(0, h.Counters.Retries);
        Assert.Equal("{}"u8.ToArray(), allowed.Body.ToArray());
    }

    [Fact]
    public async Task Get_RedirectToAddressOutsideAllowedNetworks_Refused()
    {
        await using var h = await UpstreamHarness.StartAsync();
        await using var forbidden = await FakeUpstream.StartAsync(h.Clock, "127.0.0.2");
        forbidden.Map("/latest/meta-data", FakeResponse.Json("{}"));
        h.Fake.Fail("/feed", FakeFault.RedirectTo(forbidden.Url("/latest/meta-data")));

        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(h.Fake.Url("/feed")));

        Assert.Contains(Refused, e.Message);
        Assert.Equal(1, h.Fake.Count("/feed"));
        Assert.Equal(0, forbidden.Count("/latest/meta-data"));
        Assert.Equal((1, 0), (h.Counters.HttpCalls, h.Counters.Retries));
    }

    [Fact]
    public async Task Get_RedirectInsideAllowedNetworks_FollowedAndFinalUrlReported()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map("/new", FakeResponse.Json("[]")).Fail("/old", FakeFault.RedirectTo(h.Fake.Url("/new"), 301));

        var response = await h.GetAsync(h.Fake.Url("/old"));

        Assert.Equal(h.Fake.Url("/new"), response.Url);
        Assert.Equal("[]"u8.ToArray(), response.Body.ToArray());
    }

    [Fact]
    public async Task Get_LoopbackWithEmptyAllowedNetworks_Refused()
    {
        await using var h = await UpstreamHarness.StartAsync(new Dictionary<string, string?> { ["Ingest:Http:AllowedNetworks:0"] = null });
        h.Fake.Map("/ok", FakeResponse.Json("{}"));

        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(h.Fake.Url("/ok")));

        Assert.Contains("refused to connect to 127.0.0.1 (loopback address", e.Message);
        Assert.Equal(0, h.Fake.Count("/ok"));
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/feed.ics")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1:70/")]
    public async Task Get_NonHttpScheme_RefusedNamingTheUrl(string url)
    {
        await using var h = await UpstreamHarness.StartAsync();

        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(new Uri(url)));

        Assert.Contains(new Uri(url).ToString(), e.Message);
        Assert.Contains("only http and https", e.Message);
        Assert.Equal(0, h.Counters.HttpCalls);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/feed.ics")]
    public async Task Get_RedirectToNonHttpScheme_RefusedInPlainWords(string target)
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Fail("/feed.ics", FakeFault.RedirectTo(new Uri(target)));

        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(h.Fake.Url("/feed.ics")));

        Assert.Equal($"ICal GET {h.Fake.Url("/feed.ics")}: the upstream redirected to {target}, which is not an http or https URL", e.Message);
        Assert.Equal((1, 0), (h.Counters.HttpCalls, h.Counters.Retries));
    }

    [Fact]
    public async Task Get_RelativeRedirects_FollowedUpToFiveHops()
    {
        await using var h = await UpstreamHarness.StartAsync();
        h.Fake.Map("/a5", FakeResponse.Json("[]"));
        for (var i = 0; i < 5; i++) h.Fake.Fail($"/a{i}", FakeFault.RedirectTo(new Uri($"a{i + 1}", UriKind.Relative)));
        for (var i = 0; i < 6; i++) h.Fake.Fail($"/b{i}", FakeFault.RedirectTo(new Uri($"b{i + 1}", UriKind.Relative)));

        var five = await h.GetAsync(h.Fake.Url("/a0"));
        var e = await Assert.ThrowsAsync<UpstreamException>(() => h.GetAsync(h.Fake.Url("/b0")));

        Assert.Equal(h.Fake.Url("/a5"), five.Url);
        Assert.EndsWith($": more than 5 redirects (the last to {h.Fake.Url("/b6")})", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Fake.Count("/b6"));
        Assert.Equal((2, 0), (h.Counters.HttpCalls, h.Counters.Retries));
    }
}
