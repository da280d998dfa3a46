using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Admin;

public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Header that carries the key. Calendar apps never send it: feeds are public.</summary>
    [Required, RegularExpression("^[A-Za-z0-9-]{1,64}$")] public string HeaderName { get; set; } = "X-Api-Key";

    /// <summary>Admin keys, stored as SHA-256 hashes so a leaked config file doesn't leak a key.
    /// Set them from the environment (Admin__Keys__0__Name, Admin__Keys__0__Sha256), never in a committed file.</summary>
    [ValidateEnumeratedItems] public List<AdminKey> Keys { get; set; } = [];
}

public sealed class AdminKey
{
    /// <summary>Who holds the key; recorded as the author of their changes ("admin:alice").</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")] public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the key's UTF-8 bytes: `printf %s "$KEY" | sha256sum`.</summary>
    [Required, RegularExpression("^[0-9a-fA-F]{64}$")] public string Sha256 { get; set; } = "";
}

[OptionsValidator]
public sealed partial class AdminOptionsValidator : IValidateOptions<AdminOptions>;
