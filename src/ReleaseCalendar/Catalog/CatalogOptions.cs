using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Catalog;

public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>How long a cancelled or deleted release stays in feeds as STATUS:CANCELLED,
    /// so calendars that already hold it learn of the change before it disappears.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")] public TimeSpan CancelledRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often this process looks for writes another process made to the same database (the import verb),
    /// to drop the feeds they changed from its cache: the longest a feed can lag such a write.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")] public TimeSpan ForeignWritePoll { get; set; } = TimeSpan.FromSeconds(5);
}

[OptionsValidator]
public sealed partial class CatalogOptionsValidator : IValidateOptions<CatalogOptions>;
