using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace ReleaseCalendar.Tests.Browser.Harness;

/// <summary>One rule axe found broken, with the CSS selectors of the offending nodes (frames joined by " >> ").</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, string HelpUrl, IReadOnlyList<string> Targets)
{
    public bool IsSeriousOrWorse => Impact is "serious" or "critical";

    public override string ToString() => $"{Id} ({Impact ?? "no impact"}): {Help} [{string.Join(", ", Targets)}] {HelpUrl}";
}

/// <summary>What one axe.run() said: its violations, and how many rules passed (so a run that checked nothing shows).</summary>
public sealed record AxeReport(string Url, IReadOnlyList<AxeViolation> Violations, int Passes, int Incomplete)
{
    public IEnumerable<AxeViolation> Serious => Violations.Where(v => v.IsSeriousOrWorse);
}

/// <summary>
/// axe-core (tests/ReleaseCalendar.Tests/Browser/node_modules, pinned in package-lock.json) run inside a page:
/// <code>
/// await Axe.AssertNoSeriousViolationsAsync(tab.Page);          // fails listing each serious/critical violation
/// var report = await Axe.RunAsync(tab.Page);                   // or look at the report yourself
/// </code>
/// axe is injected into every frame of the page (the embed iframe too) so that axe.run() in the top frame checks
/// them all. It is evaluated through the DevTools protocol rather than a script tag, which the pages' own
/// Content-Security-Policy would (rightly) block.
/// </summary>
public static class Axe
{
    static readonly Lazy<string> _source = new(() =>
    {
        var path = Path.Combine(RepoPaths.BrowserTests, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"axe-core is missing ({path}). Fix: npm ci in {RepoPaths.BrowserTests} (a build of the test project runs it when npm is on PATH; .ci/run does too).");
        return File.ReadAllText(path);
    });

    /// <summary>Runs every axe rule on the page as it is now (wait for the content first) and returns the result.</summary>
    public static async Task<AxeReport> RunAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            if (frame.IsDetached) continue;
            await frame.EvaluateAsync(_source.Value);
        }
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { resultTypes: ['violations'] });
              const selector = t => Array.isArray(t) ? t.join(' >> ') : String(t);
              return {
                url: r.url,
                passes: r.passes.length,
                incomplete: r.incomplete.length,
                violations: r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  targets: v.nodes.map(n => n.target.map(selector).join(' >> ')),
                })),
              };
            }
            """);
        var violations = result.GetProperty("violations").EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").ValueKind == JsonValueKind.String ? v.GetProperty("impact").GetString() : null,
            v.GetProperty("help").GetString()!,
            v.GetProperty("helpUrl").GetString()!,
            [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)])).ToList();
        return new AxeReport(result.GetProperty("url").GetString()!, violations,
            result.GetProperty("passes").GetInt32(), result.GetProperty("incomplete").GetInt32());
    }

    /// <summary>Fails listing every violation of impact serious or critical; minor and moderate ones don't fail.</summary>
    public static void AssertNoSeriousViolations(AxeReport report)
    {
        var serious = report.Serious.ToList();
        if (serious.Count == 0) return;
        var message = new StringBuilder($"axe found {serious.Count} serious or critical violation(s) on {report.Url}:");
        foreach (var v in serious) message.Append("\n  - ").Append(v);
        Assert.Fail(message.ToString());
    }

    public static async Task<AxeReport> AssertNoSeriousViolationsAsync(IPage page)
    {
        var report = await RunAsync(page);
        AssertNoSeriousViolations(report);
        return report;
    }
}
