using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Data.Cluster;

/// <summary>How a replica keeps in step with the others on PostgreSQL (unused on SQLite).</summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>How long the listening connection may stay quiet before a ping proves it alive: a connection that died
    /// without a word (a dropped network path) is found within this plus <see cref="PingTimeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")] public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a ping of the listening connection may take before the connection counts as lost.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")] public TimeSpan PingTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between attempts to listen again; attempts start at 100 ms and double up to this.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")] public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(5);
}

[OptionsValidator]
public sealed partial class ClusterOptionsValidator : IValidateOptions<ClusterOptions>;
