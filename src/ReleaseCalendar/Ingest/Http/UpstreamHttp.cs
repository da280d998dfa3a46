using System.Globalization;
using System.Net;
using System.Reflection;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>The one way ingestion reaches an upstream: a GET through that upstream's named client (resilience,
/// rate limit, address guard, size limit), conditional when validators are known. Singleton; a run takes
/// <see cref="ForRun"/> so its calls and retries are counted on its own record.</summary>
public sealed class UpstreamHttp(IHttpClientFactory clients, UpstreamRateLimits limits, IngestMetrics metrics,
    TimeProvider clock, ILogger<UpstreamHttp> logger)
{
    public static string ClientName(Upstream upstream) => $"ReleaseCalendar.Upstream.{upstream}";

    /// <summary>"ReleaseCalendar/1.2.3": the informational version without its "+commit" suffix.</summary>
    public static string Product { get; } = "ReleaseCalendar/" +
        (typeof(UpstreamHttp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");

    public IUpstream ForRun(RunCounters counters) => new RunUpstream(this, counters);

    sealed class RunUpstream(UpstreamHttp http, RunCounters counters) : IUpstream
    {
        public Task<UpstreamResponse> GetAsync(Upstream upstream, Uri url, Validators? known, CancellationToken ct) =>
            http.GetAsync(upstream, url, known, counters, ct);
    }

    async Task<UpstreamResponse> GetAsync(Upstream upstream, Uri url, Validators? known, RunCounters counters, CancellationToken ct)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new UpstreamException($"{upstream} GET {url}: only http and https URLs are read");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(BufferingHandler.Counters, counters);
        request.Options.Set(UpstreamPipeline.Spacing, limits.For(upstream, url));
        if (known?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (known?.LastModified is { } lastModified) request.Headers.IfModifiedSince = lastModified;

        var started = clock.GetTimestamp();
        var status = "error";
        try
        {
            using var response = await clients.CreateClient(ClientName(upstream)).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            var finalUrl = response.RequestMessage?.RequestUri ?? url;   // after redirects
            var validators = ValidatorsOf(response, known);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return new UpstreamResponse(finalUrl, true, ReadOnlyMemory<byte>.Empty, null, validators);
            if (!response.IsSuccessStatusCode)
            {
                var cause = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                logger.Failed(upstream, ForLog(url), cause);
                throw new UpstreamException($"{upstream} GET {ForMessage(upstream, url)}: {cause}");
            }
            var body = response.Content is BufferedContent buffered ? buffered.Body : await response.Content.ReadAsByteArrayAsync(ct);
            return new UpstreamResponse(finalUrl, false, body, response.Content.Headers.ContentType?.MediaType, validators);
        }
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested) && Describe(e) is { } cause)
        {
            logger.Failed(upstream, ForLog(url), cause);
            throw new UpstreamException($"{upstream} GET {ForMessage(upstream, url)}: {cause}", e);
        }
        finally
        {
            metrics.UpstreamDuration.Record(clock.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("upstream", upstream.ToString()), new KeyValuePair<string, object?>("status", status));
        }
    }

    /// <summary>The response's validators; a 304 may omit them, then the known ones still hold.</summary>
    static Validators? ValidatorsOf(HttpResponseMessage response, Validators? known)
    {
        var etag = response.Headers.ETag?.ToString() ?? (response.StatusCode == HttpStatusCode.NotModified ? known?.ETag : null);
        var lastModified = response.Content.Headers.LastModified ?? (response.StatusCode == HttpStatusCode.NotModified ? known?.LastModified : null);
        return etag is null && lastModified is null ? null : new Validators(etag, lastModified);
    }

    static string? Describe(Exception e)
    {
        var chain = UpstreamPipeline.Chain(e).ToList();
        return chain.OfType<AddressRefusedException>().FirstOrDefault()?.Message
            ?? chain.OfType<ResponseTooLargeException>().FirstOrDefault()?.Message
            ?? chain.OfType<RedirectRefusedException>().FirstOrDefault()?.Message
            ?? e switch
            {
                BrokenCircuitException => "circuit open after repeated failures; no request sent",
                TimeoutRejectedException t => $"no complete response within {t.Timeout.TotalSeconds:0.#} s",
                HttpRequestException or IOException => $"network error: {e.Message}",
                OperationCanceledException => "cancelled by a timeout",
                _ => null,
            };
    }

    /// <summary>iCal and news URLs come from admins and may carry a token in the query; API URLs are ours.</summary>
    static string ForMessage(Upstream upstream, Uri url) =>
        upstream is Upstream.MusicBrainz or Upstream.TvMaze ? url.ToString() : url.GetLeftPart(UriPartial.Path);

    internal static string ForLog(Uri? url) => url?.GetLeftPart(UriPartial.Path) ?? "?";
}
