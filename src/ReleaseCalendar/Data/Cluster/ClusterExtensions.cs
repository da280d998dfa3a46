using Microsoft.Extensions.Diagnostics.HealthChecks;
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
        // Ready once the channel has been open: a replica that has never heard the others would serve a feed up to a
        // second behind a write (its deaf-cache drops), and a load balancer should not send it requests before then. A
        // later loss does not make it unready: the drops keep it within the second while it reconnects.
        builder.Services.AddHealthChecks().AddCheck<FeedChannelOpened>("feed change channel", tags: ["ready"]);
        builder.Services.AddSingleton<ISharedSpacing, PostgresRequestSpacing>();
        return builder;
    }

    static string? PostgresConnectionString(IHostApplicationBuilder builder) =>
        DataExtensions.Storage(builder.Configuration, builder.Environment) is { Provider: DataProvider.Postgres } storage
            ? storage.ConnectionString : null;
}

sealed class FeedChannelOpened(FeedChangeListener listener) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(listener.Connections > 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("not yet listening for the other replicas' writes"));
}
