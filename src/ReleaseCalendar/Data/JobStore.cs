using Quartz;

namespace ReleaseCalendar.Data;

/// <summary>Quartz's ADO.NET job store in the service's own database (its tables come with the migrations).</summary>
public static class JobStore
{
    /// <summary>On PostgreSQL the scheduler is clustered: every replica runs one, each firing is taken by exactly one
    /// of them (row locks in the job store), and a dead node's jobs that ask for recovery are re-run by another once its
    /// check-ins stop.</summary>
    public static void UseServiceDatabase(this IQuartzBuilder q, IConfiguration configuration, IHostEnvironment environment)
    {
        var storage = DataExtensions.Storage(configuration, environment);
        // A clustered node needs an id of its own among the nodes sharing the store.
        // Quartz 4.7 takes an explicit InstanceId literally, "AUTO" included: every replica was then the node "AUTO",
        // none saw another fail, and nothing was ever recovered. Generated, each node's id is its own.
        if (storage.Provider == DataProvider.Postgres) q.ConfigureScheduler(o => o.GenerateInstanceId = true);
        q.UsePersistentStore(s =>
        {
            if (storage.Provider == DataProvider.Postgres)
            {
                s.UsePostgres(storage.ConnectionString);
                s.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(7);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(15);
                });
            }
            else
            {
                s.UseSqlite(storage.ConnectionString);
            }
            s.ConfigureStore(o => o.SchemaProvisioning = SchemaProvisioning.Validate);
        });
    }
}
