using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>
/// Full-page PNGs for people to look at (not compared by any test), all in <see cref="RepoPaths.Screenshots"/>
/// (TestResults/screenshots at the repository root), named page-lang-width.png:
/// <code>await Screenshots.SaveAsync(tab.Page, "subscribe-bts", "ru", output);   // subscribe-bts-ru-390.png</code>
/// A later run overwrites a file of the same name.
/// </summary>
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string pageName, string lang, ITestOutputHelper? output = null)
    {
        var width = page.ViewportSize?.Width ?? 0;
        Directory.CreateDirectory(RepoPaths.Screenshots);
        var path = Path.Combine(RepoPaths.Screenshots, $"{Clean(pageName)}-{Clean(lang)}-{width}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        output?.WriteLine($"screenshot: {path}");
        return path;
    }

    static string Clean(string part)
    {
        var s = new StringBuilder(part.Length);
        foreach (var c in part) s.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '_');
        return s.ToString();
    }
}
