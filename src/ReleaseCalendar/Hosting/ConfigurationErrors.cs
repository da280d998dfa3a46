using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Hosting;

/// <summary>A setting that stops start-up; <see cref="Key"/> is its configuration path ("Data:Path").</summary>
public sealed class ConfigurationException(string key, string problem, Exception? inner = null)
    : Exception($"{key}: {problem}", inner)
{
    public string Key { get; } = key;
}

/// <summary>Turns what a bad setting throws at start-up into one line naming the key, for stderr: an operator reads
/// "Configuration error: Public:BaseUrl: …", not an abort (exit 134) with a stack trace.</summary>
public static partial class ConfigurationErrors
{
    /// <summary>Exit code of a start-up stopped by configuration (as the extract verb's usage errors).</summary>
    public const int ExitCode = 2;

    /// <summary>True when this assembly is the process's entry point (not hosted by a test runner).</summary>
    public static bool IsProcessEntry => Assembly.GetEntryAssembly() == typeof(ConfigurationErrors).Assembly;

    /// <summary>Runs every ValidateOnStart validation now, before the host starts, so a failure is not first logged
    /// with its stack trace by the host.</summary>
    public static void CheckOptions(this IHost app) => app.Services.GetService<IStartupValidator>()?.Validate();

    /// <summary>One line for a configuration failure, or null for anything else (which keeps its stack trace).</summary>
    public static string? Describe(Exception e) => Problem(e) is { } problem ? $"Configuration error: {problem}" : null;

    static string? Problem(Exception e) => e switch
    {
        ConfigurationException c => c.Message,
        OptionsValidationException o => string.Join("; ", Failures(o)),
        AggregateException a when a.InnerExceptions.Count > 0 && a.InnerExceptions.All(i => Problem(i) is not null) =>
            string.Join("; ", a.InnerExceptions.Select(Problem)),
        // The value itself is left out of the line: it may be a secret.
        InvalidOperationException i when ConversionFailure().Match(i.Message) is { Success: true } m =>
            $"{m.Groups["key"].Value}: cannot be read as {m.Groups["type"].Value.Split('.')[^1]}",
        _ => null,
    };

    /// <summary>The source-generated validator's "Sha256: The field AdminOptions.Keys[0].Sha256 must match …" becomes
    /// "Admin:Keys:0:Sha256: The field … must match …": the path an operator sets.</summary>
    static IEnumerable<string> Failures(OptionsValidationException o)
    {
        var section = o.OptionsType.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        foreach (var failure in o.Failures)
        {
            var m = MemberFailure().Match(failure);
            if (!m.Success)
            {
                yield return section is null ? failure : $"{section}: {failure}";
                continue;
            }
            var error = m.Groups["error"].Value;
            // A nested member is named in full only inside the message ("AdminOptions.Keys[0].Sha256").
            var nested = Regex.Match(error, $@"\b{o.OptionsType.Name}\.(?<path>[A-Za-z0-9_\[\]\.]*[A-Za-z0-9_\]])");
            var member = (nested.Success ? nested.Groups["path"].Value : m.Groups["member"].Value)
                .Replace("[", ":", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', ':');
            yield return $"{(section is null ? "" : section + ":")}{member}: {error}";
        }
    }

    [GeneratedRegex(@"^(?<member>[A-Za-z0-9_\[\]\.]+): (?<error>.*)$", RegexOptions.Singleline)]
    private static partial Regex MemberFailure();

    [GeneratedRegex(@"^Failed to convert configuration value (?:'.*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();
}
