using ReleaseCalendar.Data.Cluster;
using ReleaseCalendar.Hosting;

namespace ReleaseCalendar.Catalog;

public static class CatalogExtensions
{
    /// <summary>The write path every writer uses: the admin API now, ingestion next.</summary>
    public static IHostApplicationBuilder AddCatalog(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<CatalogOptions, CatalogOptionsValidator>(CatalogOptions.Section);
        builder.Services.AddSingleton<CatalogStore>();
        builder.Services.AddSingleton<ReleaseChanges>();
        builder.Services.AddSingleton<SubjectChanges>();
        builder.Services.AddSingleton<ForeignWrites>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ForeignWrites>());
        // Several replicas on PostgreSQL: other replicas' writes reach this one's feed cache within a second.
        builder.AddCluster();
        return builder;
    }
}
