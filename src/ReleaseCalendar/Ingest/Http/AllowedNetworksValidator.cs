using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>A bad CIDR in Ingest:Http:AllowedNetworks stops start-up, naming the key, instead of silently allowing nothing.</summary>
public sealed class AllowedNetworksValidator : IValidateOptions<HttpIngestOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpIngestOptions options)
    {
        var errors = options.AllowedNetworks
            .Select((text, i) => (text, i))
            .Where(e => !AddressPolicy.TryParseNetwork(e.text ?? "", out _))
            .Select(e => $"{HttpIngestOptions.Section}:{nameof(HttpIngestOptions.AllowedNetworks)}:{e.i}: '{e.text}' is not a network in CIDR form (address/prefix, host bits zero, e.g. 127.0.0.1/32).")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
