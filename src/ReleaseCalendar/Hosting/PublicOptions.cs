using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Hosting;

/// <summary>How the service names itself in links it hands out (feed URLs, iCal URL and UID).</summary>
public sealed class PublicOptions
{
    public const string Section = "Public";

    public const string DefaultBaseUrl = "http://localhost:5080";

    /// <summary>Absolute base URL fans reach the service at; feed links and the iCal URL use it. Unset or empty: the
    /// default, or in Development the address the server is bound to (Hosting/DevelopmentPublicUrl.cs).</summary>
    [Required, Url] public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Domain part of iCal UIDs (RFC 5545 §3.8.4.7). Never change it once feeds are subscribed:
    /// every event would get a new identity and show twice.</summary>
    [Required, RegularExpression(@"^[A-Za-z0-9.-]{1,253}$")] public string UidHost { get; set; } = "releasecalendar.local";
}

[OptionsValidator]
public sealed partial class PublicOptionsValidator : IValidateOptions<PublicOptions>;
