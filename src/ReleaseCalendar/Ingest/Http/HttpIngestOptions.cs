using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>Ingest:Http — one set of limits for every upstream.</summary>
public sealed class HttpIngestOptions
{
    public const string Section = "Ingest:Http";
    /// <summary>CIDRs ("127.0.0.1/32", "10.1.0.0/16") exempt from the guard against private, loopback, link-local,
    /// multicast and metadata addresses. Empty by default.</summary>
    public List<string> AllowedNetworks { get; set; } = [];
    [Range(1L, 1L << 30)] public long MaxResponseBytes { get; set; } = 10 * 1024 * 1024;
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")] public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
    [Range(0, 10)] public int MaxRetries { get; set; } = 4;
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")] public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>How long an upstream's circuit stays open (no requests at all) after most of its recent attempts failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}

[OptionsValidator] public sealed partial class HttpIngestOptionsValidator : IValidateOptions<HttpIngestOptions>;
