using ReleaseCalendar.Tests.Infrastructure;

namespace ReleaseCalendar.Tests.Hosting;

public sealed class TransportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Client_TalksToKestrelOnLoopback_NotAnInMemoryServer()
    {
        var client = app.Client();
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
        Assert.NotEqual(80, client.BaseAddress.Port);
    }
}
