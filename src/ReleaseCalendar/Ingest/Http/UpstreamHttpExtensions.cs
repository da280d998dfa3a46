using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using ReleaseCalendar.Hosting;
using ReleaseCalendar.Ingest.Sources;

namespace ReleaseCalendar.Ingest.Http;

public static class UpstreamHttpExtensions
{
    const int MaxRedirects = 5;

    /// <summary>Registers <see cref="UpstreamHttp"/> and one named HttpClient per <see cref="Upstream"/>, with
    /// Ingest:Http validated at start. Needs a TimeProvider in DI (Hosting adds TimeProvider.System).</summary>
    public static IServiceCollection AddUpstreamHttp(this IServiceCollection services)
    {
        services.AddValidatedOptions<HttpIngestOptions, HttpIngestOptionsValidator>(HttpIngestOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpIngestOptions>, AllowedNetworksValidator>());
        // The User-Agent's contact; binding it again elsewhere is harmless (no list properties, validator added once).
        services.AddValidatedOptions<MusicBrainzOptions, MusicBrainzOptionsValidator>(MusicBrainzOptions.Section);
        services.AddMetrics();
        services.TryAddSingleton<IngestMetrics>();
        services.TryAddSingleton<UpstreamRateLimits>();
        services.TryAddSingleton<UpstreamHttp>();
        services.TryAddSingleton(sp => new AddressPolicy(
            [.. sp.GetRequiredService<IOptions<HttpIngestOptions>>().Value.AllowedNetworks.Select(n => AddressPolicy.TryParseNetwork(n, out var network) ? network : throw new FormatException(n))]));

        foreach (var upstream in Enum.GetValues<Upstream>())
        {
            var client = services.AddHttpClient(UpstreamHttp.ClientName(upstream), (sp, http) =>
            {
                // The pipeline's total timeout (on the TimeProvider) is the only overall limit.
                http.Timeout = Timeout.InfiniteTimeSpan;
                var contact = sp.GetRequiredService<IOptions<MusicBrainzOptions>>().Value.Contact;
                // MusicBrainz demands "App/version ( contact )"; the others get the same honest identity.
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"{UpstreamHttp.Product} ( {contact} )");
            });
            client.ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectCallback = GuardedConnect.For(sp.GetRequiredService<AddressPolicy>()),
                UseProxy = false,           // a proxy would dial the upstream for us, past the guard
                UseCookies = false,
                AllowAutoRedirect = false,  // GuardedRedirects follows them
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
            // Handlers run outer first: the pipeline, then the per-attempt buffering under it. One pipeline, and so
            // one circuit, per host: a dead news site must not stop every other feed.
            client.AddResilienceHandler("upstream", (builder, context) => UpstreamPipeline.Configure(builder, upstream, context.ServiceProvider))
                .SelectPipelineByAuthority();
            client.AddHttpMessageHandler(sp => new BufferingHandler(sp.GetRequiredService<IOptions<HttpIngestOptions>>().Value.MaxResponseBytes));
            // Innermost, so every hop of one attempt sits inside that attempt's timeout and counts as one call.
            client.AddHttpMessageHandler(() => new GuardedRedirects(MaxRedirects));
        }
        return services;
    }
}
