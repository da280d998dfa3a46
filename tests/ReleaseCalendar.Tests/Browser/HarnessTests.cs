using ReleaseCalendar.Tests.Browser.Harness;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReleaseCalendar.Tests.Browser;

/// <summary>The harness proves itself on pages it controls: the visitor's zone, locale, screen and clock reach the
/// browser, axe passes a clean page and catches a broken one, dialogs are recorded, screenshots are written.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HarnessTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData("Asia/Seoul", "2024-05-20 09:00")]
    [InlineData("Europe/Moscow", "2024-05-20 03:00")]
    [InlineData("America/Los_Angeles", "2024-05-19 17:00")]
    public async Task OpenAsync_VisitorZone_BrowserClockIsServerNowInThatZone(string zone, string expected)
    {
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Clock", "<p>now</p>"));
        await using var tab = await browser.OpenAsync(new Visitor(zone, "en-US"));
        await tab.Page.GotoAsync(site.Url("/"));

        // sv-SE formats as "yyyy-MM-dd HH:mm".
        var local = await tab.Page.EvaluateAsync<string>(
            "() => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' }).format(new Date())");

        Assert.Equal(expected, local);
        Assert.Equal(zone, await tab.Page.EvaluateAsync<string>("() => Intl.DateTimeFormat().resolvedOptions().timeZone"));
        Assert.Equal(Visitor.ServerNow.ToUnixTimeMilliseconds(), await tab.Page.EvaluateAsync<long>("() => Date.now()"));
    }

    [Fact]
    public async Task OpenAsync_PhoneVisitor_GetsPhoneViewportLocaleAndAcceptLanguage()
    {
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Phone", "<p>hi</p>"));
        await using var tab = await browser.OpenAsync(Visitor.Seoul with { Screen = Screen.Phone });
        var response = await tab.Page.GotoAsync(site.Url("/"));

        Assert.Equal(390, await tab.Page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => matchMedia('(pointer: coarse)').matches"));
        Assert.Equal("ko-KR", await tab.Page.EvaluateAsync<string>("() => navigator.language"));
        Assert.StartsWith("ko-KR", await response!.Request.HeaderValueAsync("accept-language"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Axe_AccessiblePage_RunsRulesAndFindsNothingSerious()
    {
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Accessible", """<form><label for="q">Search</label> <input id="q" type="search"></form>"""));
        await using var tab = await browser.OpenAsync();
        await tab.Page.GotoAsync(site.Url("/"));

        var report = await Axe.AssertNoSeriousViolationsAsync(tab.Page);

        Assert.True(report.Passes > 0, "axe ran no rule that passed");
        Assert.Equal(site.Url("/"), report.Url);
    }

    [Fact]
    public async Task Axe_UnlabeledInput_ReportsLabelViolationAndAssertionFails()
    {
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Broken", """<form><input id="nameless" type="text"></form>"""));
        await using var tab = await browser.OpenAsync();
        await tab.Page.GotoAsync(site.Url("/"));

        var report = await Axe.RunAsync(tab.Page);

        var label = Assert.Single(report.Violations, v => v.Id == "label");
        Assert.Equal("critical", label.Impact);
        Assert.Equal(["#nameless"], label.Targets);
        var failure = Assert.ThrowsAny<Exception>(() => Axe.AssertNoSeriousViolations(report));
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#nameless", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrowserTab_PageOpensDialog_RecordsAndDismissesIt()
    {
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Alerting", """<p id="after">before</p><script>alert('hi'); document.getElementById('after').textContent = 'after';</script>"""));
        await using var tab = await browser.OpenAsync();

        await tab.Page.GotoAsync(site.Url("/"));

        await Expect(tab.Page.Locator("#after")).ToHaveTextAsync("after");   // the dialog did not block the page
        Assert.Equal(["alert: hi"], tab.Dialogs);
    }

    [Fact]
    public async Task Screenshots_SaveAsync_WritesFullPagePngNamedPageLangWidth()
    {
        await using var site = await HostSite.StartAsync();
        site.Serve("/", HostSite.Html("Tall", """<div style="height: 2000px">tall</div>"""));
        await using var tab = await browser.OpenAsync(Visitor.Moscow with { Screen = Screen.Phone });
        await tab.Page.GotoAsync(site.Url("/"));

        var path = await Screenshots.SaveAsync(tab.Page, "harness-tall", "en", output);

        Assert.Equal(Path.Combine(RepoPaths.Screenshots, "harness-tall-en-390.png"), path);
        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];   // IHDR height, big-endian
        Assert.True(height > 2000, $"a full-page shot is taller than the page content, got {height}px");
    }
}
