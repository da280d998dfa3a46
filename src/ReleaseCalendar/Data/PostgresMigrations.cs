using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReleaseCalendar.Data;

/// <summary>The catalog's context as PostgreSQL's migrations know it (Data/Migrations/Postgres): EF ties a migration
/// to a context type, so the second provider's migrations need a type of their own. Used only to migrate; the
/// service itself runs <see cref="AppDbContext"/> on either provider.</summary>
public sealed class PostgresMigrations(DbContextOptions<PostgresMigrations> options) : AppDbContext(options);

/// <summary>For `dotnet ef migrations add … --context PostgresMigrations`: no server is needed to add a migration.</summary>
sealed class PostgresMigrationsDesignFactory : IDesignTimeDbContextFactory<PostgresMigrations>
{
    public PostgresMigrations CreateDbContext(string[] args) =>
        new(DataExtensions.PostgresMigrationOptions("Host=localhost;Database=releasecalendar"));
}
