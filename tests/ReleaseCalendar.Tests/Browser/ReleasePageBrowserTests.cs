using System.Text.Json;
using ReleaseCalendar.Tests.Browser.Harness;
using ReleaseCalendar.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReleaseCalendar.Tests.Browser;

/// <summary>Today's pages (/ and /releases/{id}) and the public API in a real browser, from the service's origin
/// and from someone else's.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReleasePageBrowserTests(BrowserFixture browser, AppFactory app, ITestOutputHelper output) : IClassFixture<AppFactory>
{
    const string Hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>\"'&";

    [Fact]
    public async Task ReleasePage_HostileTitle_ShownAsTextWithoutRunningIt()
    {
        var seed = app.Seed();
        var slug = await seed.SubjectAsync("xss", en: "XSS Artist");
        var release = await seed.ReleaseAsync([slug], Hostile, "single", "2024-05-24", "13:00", "Asia/Seoul");
        await using var tab = await browser.OpenAsync();

        await tab.Page.GotoAsync(app.Url($"/releases/{release.Id}"), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });

        await Expect(tab.Page.Locator("h1")).ToContainTextAsync(Hostile);
        Assert.Equal(0, await tab.Page.Locator("img").CountAsync());
        Assert.False(await tab.Page.EvaluateAsync<bool>("() => [...document.scripts].some(s => s.textContent.includes('alert('))"),
            "the title's <script> became a script element");
        Assert.Contains(Hostile, await tab.Page.TitleAsync(), StringComparison.Ordinal);
        Assert.Empty(tab.Dialogs);
        Assert.Empty(tab.PageErrors);
    }

    [Fact]
    public async Task FrontPage_SeededSubject_IsListed()
    {
        var name = $"Front Artist {Guid.NewGuid():N}"[..24];
        await app.Seed().SubjectAsync("front", en: name);
        await using var tab = await browser.OpenAsync(Visitor.Seoul with { Screen = Screen.Phone });

        await tab.Page.GotoAsync(app.Url("/"));

        await Expect(tab.Page.GetByText(name).First).ToBeVisibleAsync();   // a page may name it more than once
        await Screenshots.SaveAsync(tab.Page, "front", "ru", output);
    }

    /// <summary>Not a gate on today's bare page (the new pages replace it): it shows axe runs on the service's own
    /// page and prints what it finds.</summary>
    [Fact]
    public async Task ReleasePage_Axe_RunsAndReportsViolations()
    {
        var seed = app.Seed();
        var slug = await seed.SubjectAsync("axe", en: "Axe Artist", ru: "Акс");
        var release = await seed.ReleaseAsync([slug], "Accessible?", "album", "2024-06-01");
        await using var tab = await browser.OpenAsync();
        await tab.Page.GotoAsync(app.Url($"/releases/{release.Id}"));

        var report = await Axe.RunAsync(tab.Page);

        Assert.True(report.Passes > 0, "axe ran no rule that passed");
        Assert.Equal(app.Url($"/releases/{release.Id}"), report.Url);
        foreach (var v in report.Violations) output.WriteLine($"axe on today's release page: {v}");
    }

    [Fact]
    public async Task UpcomingApi_FetchedFromAnotherOrigin_AllowedByCorsWhilePagesAreNot()
    {
        var seed = app.Seed();
        var slug = await seed.SubjectAsync("cors");
        var title = $"Cross-origin {Guid.NewGuid():N}";
        await seed.ReleaseAsync([slug], title, "single", "2024-05-25");
        await using var site = await HostSite.StartAsync();
        site.Serve("/fan.html", HostSite.Html("Fan site", "<p>Upcoming</p>"));
        await using var tab = await browser.OpenAsync();
        await tab.Page.GotoAsync(site.Url("/fan.html"));
        Assert.NotEqual(new Uri(app.BaseUrl()).Port, new Uri(site.Origin).Port);

        JsonElement api = default;
        var seen = await tab.Page.RunAndWaitForResponseAsync(async () => api = await tab.Page.EvaluateAsync<JsonElement>("""
            async url => { const r = await fetch(url); return { status: r.status, body: await r.json() }; }
            """, app.Url("/api/releases/upcoming?limit=100")), r => r.Url.Contains("/api/releases/upcoming", StringComparison.Ordinal));
        // The front page sends no CORS headers: the browser hides it from the other origin.
        var page = await tab.Page.EvaluateAsync<string>(
            "async url => { try { await fetch(url); return 'read'; } catch (e) { return e.name; } }", app.Url("/"));

        Assert.Equal(200, api.GetProperty("status").GetInt32());
        Assert.Equal(site.Origin, await seen.Request.HeaderValueAsync("origin"));
        Assert.Equal("*", await seen.HeaderValueAsync("access-control-allow-origin"));
        Assert.Contains(api.GetProperty("body").EnumerateArray(), r => r.GetProperty("title").GetString() == title);
        Assert.Equal("TypeError", page);
    }
}

/// <summary>The service with Public:BaseUrl at its own address: absolute links it renders lead back to it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SelfAddressedAppTests(BrowserFixture browser, SelfAddressedApp service) : IClassFixture<SelfAddressedApp>
{
    [Fact]
    public async Task SubjectFeedUrl_FollowedInTheBrowser_ServesTheFeedFromTheRunningService()
    {
        var slug = await service.App.Seed().SubjectAsync("self");
        await using var tab = await browser.OpenAsync();
        await tab.Page.GotoAsync(service.App.Url($"/api/subjects/{slug}"));
        var href = await tab.Page.EvaluateAsync<string>("() => JSON.parse(document.body.innerText).feeds.httpsEn");

        // fetch(), not navigation: Chromium downloads a text/calendar response instead of showing it.
        var feed = await tab.Page.EvaluateAsync<string>("async url => (await fetch(url)).text()", href);

        Assert.Equal(service.BaseUrl, service.App.BaseUrl());
        Assert.Equal($"{service.BaseUrl}/feeds/{slug}.ics?lang=en", href);
        Assert.StartsWith("BEGIN:VCALENDAR", feed, StringComparison.Ordinal);
    }
}
