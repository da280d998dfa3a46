using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest.Http;

namespace ReleaseCalendar.Data.Cluster;

public static class ClusterExtensions
{
    /// <summary>On PostgreSQL, what several replicas of one database need besides Quartz's clustering (Data/JobStore.cs):
    /// feed caches kept in step across replicas, and upstream rate limits shared by them. On SQLite nothing.</summary>
    public static IHostApplicationBuilder AddCluster(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<ClusterOptions, ClusterOptionsValidator>(ClusterOptions.Section);
        if (PostgresConnectionString(builder) is not { } connectionString) return builder;
        builder.Services.AddSingleton(new ClusterDatabase(connectionString));
        // Reconnects and the deaf-cache timer run on the wall clock: tests fake the domain's clock, not the network's.
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FeedChangeListener>(sp, TimeProvider.System));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedChangeListener>());
        builder.Services.AddSingleton<ISharedSpacing, PostgresRequestSpacing>();
        return builder;
    }

    static string? PostgresConnectionString(IHostApplicationBuilder builder) =>
        DataExtensions.Storage(builder.Configuration, builder.Environment) is { Provider: DataProvider.Postgres } storage
            ? storage.ConnectionString : null;
}
