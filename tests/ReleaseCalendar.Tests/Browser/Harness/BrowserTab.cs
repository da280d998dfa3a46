using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>
/// One browser context with one page, owned by one test (dispose it: <c>await using</c>). It records what a
/// hostile-input test needs to see: every dialog (alert/confirm/prompt, dismissed at once so a page can't block),
/// uncaught page errors, and console errors.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    readonly ConcurrentQueue<string> _dialogs = new();
    readonly ConcurrentQueue<string> _pageErrors = new();
    readonly ConcurrentQueue<string> _consoleErrors = new();

    BrowserTab(IBrowserContext context) => Context = context;

    /// <summary>Watches every page the context opens (this one, popups, window.open), then opens the first.</summary>
    internal static async Task<BrowserTab> OpenAsync(IBrowserContext context)
    {
        var tab = new BrowserTab(context);
        context.Page += (_, page) => tab.Watch(page);
        tab.Page = await context.NewPageAsync();
        return tab;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; private set; } = null!;

    /// <summary>"alert: 1", "confirm: …": every dialog any page of this tab opened, in order.</summary>
    public IReadOnlyList<string> Dialogs => [.. _dialogs];

    /// <summary>Uncaught exceptions thrown by the page's scripts.</summary>
    public IReadOnlyList<string> PageErrors => [.. _pageErrors];

    /// <summary>console.error messages, including failed resource loads and CSP reports.</summary>
    public IReadOnlyList<string> ConsoleErrors => [.. _consoleErrors];

    void Watch(IPage page)
    {
        page.Dialog += async (_, dialog) =>
        {
            _dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        page.PageError += (_, error) => _pageErrors.Enqueue(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _consoleErrors.Enqueue(message.Text);
        };
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
