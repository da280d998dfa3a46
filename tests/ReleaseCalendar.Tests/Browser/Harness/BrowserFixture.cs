using Microsoft.Playwright;

namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>
/// One headless Chromium for every test in the "Browser" collection: Debian's own /usr/bin/chromium driven by
/// Playwright (no browser download is possible here). Each test opens its own context with
/// <see cref="OpenAsync"/>, so cookies, storage, zone, locale and clock never leak between tests.
/// <code>
/// [Collection(BrowserCollection.Name)]
/// public sealed class MyPageTests(BrowserFixture browser, AppFactory app) : IClassFixture&lt;AppFactory&gt;
/// {
///     await using var tab = await browser.OpenAsync(Visitor.Seoul with { Screen = Screen.Phone });
///     await tab.Page.GotoAsync(app.Url("/"));
/// }
/// </code>
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Chromium is looked for: $CHROMIUM_PATH, else Debian's package path.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    IPlaywright? _playwright;
    IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Browser tests need Chromium at {ChromiumPath}, and it is missing. Fix: apt-get update && apt-get install -y chromium " +
                "(or set CHROMIUM_PATH). .ci/run installs it.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in a container has no user namespaces for the sandbox; Playwright passes --no-sandbox by default,
            // and these keep Chromium from probing for GPUs and /dev/shm space the CI machine doesn't have.
            Args = ["--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh context and page as <paramref name="visitor"/> sees the web: time zone, locale
    /// (navigator.language and Accept-Language), viewport, and the browser clock fixed at <see cref="Visitor.Now"/>.</summary>
    public async Task<BrowserTab> OpenAsync(Visitor? visitor = null)
    {
        visitor ??= Visitor.Moscow;
        var context = await Browser.NewContextAsync(new()
        {
            TimezoneId = visitor.TimeZone,
            Locale = visitor.Locale,
            ViewportSize = new() { Width = visitor.Screen.Width, Height = visitor.Screen.Height },
            IsMobile = visitor.Screen.IsMobile,
            HasTouch = visitor.Screen.IsMobile,
            DeviceScaleFactor = 1,
            ColorScheme = visitor.ColorScheme,
        });
        // A short default: auto-waiting expectations fail in seconds, not after 30 s, when something never appears.
        context.SetDefaultTimeout(10_000);
        // Fixed, not installed: Date.now() and new Date() return the server's "now", while timers still run,
        // so Playwright's auto-waiting and the page's own setTimeout work as usual.
        await context.Clock.SetFixedTimeAsync(visitor.Now.UtcDateTime);
        return await BrowserTab.OpenAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Every browser test class joins this collection: one Chromium for all of them, tests run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
