using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Catalog;

public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>How long a cancelled or deleted release stays in feeds as STATUS:CANCELLED,
    /// so calendars that already hold it learn of the change before it disappears.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")] public TimeSpan CancelledRetention { get; set; } = TimeSpan.FromDays(30);
}

[OptionsValidator]
public sealed partial class CatalogOptionsValidator : IValidateOptions<CatalogOptions>;
