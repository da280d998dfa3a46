using System.Net;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ReleaseCalendar.Ingest.Http;

/// <summary>The resilience pipeline of one upstream's client, outermost first: total timeout → retry → circuit
/// breaker → rate limit → attempt timeout → (BufferingHandler → GuardedRedirects → SocketsHttpHandler). The rate limit
/// sits inside the retry, so every retry waits for its own slot, and outside the attempt timeout, so a queue behind
/// MusicBrainz's one-per-second does not eat an attempt's time. Everything is timed on the TimeProvider from DI.</summary>
public static class UpstreamPipeline
{
    public static readonly HttpRequestOptionsKey<RequestSpacing> Spacing = new("ReleaseCalendar.RequestSpacing");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, Upstream upstream, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<HttpIngestOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILogger<UpstreamHttp>>();
        builder.TimeProvider = clock;

        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromMinutes(1),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, clock.GetUtcNow())),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    if (request?.Options.TryGetValue(BufferingHandler.Counters, out var counters) == true) counters.CountRetry();
                    logger.Retrying(upstream, UpstreamHttp.ForLog(request?.RequestUri), args.AttemptNumber + 1,
                        Cause(args.Outcome), (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            // Half of the attempts in a minute, and at least six of them: one flaky response never opens it,
            // a dead upstream opens it within the first run's retries.
            FailureRatio = 0.5,
            MinimumThroughput = 6,
            SamplingDuration = TimeSpan.FromMinutes(1),
            BreakDuration = options.CircuitBreakDuration,
            OnOpened = args => { logger.CircuitOpened(upstream, args.BreakDuration.TotalSeconds); return default; },
            OnClosed = _ => { logger.CircuitClosed(upstream); return default; },
        });
        builder.AddStrategy(_ => new SpacingStrategy(), new SpacingStrategyOptions());
        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>Network errors, a body cut off or too slow, 408, 429 and 5xx. Not: a refused address or redirect, a body
    /// over the limit, an open circuit, 4xx — another attempt would end the same way.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is { } e)
            return !Chain(e).Any(x => x is AddressRefusedException or ResponseTooLargeException or RedirectRefusedException)
                && e is HttpRequestException or IOException or TimeoutRejectedException;
        var status = outcome.Result!.StatusCode;
        return status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
    }

    /// <summary>Retry-After as delta seconds or an HTTP date (RFC 9110 §10.2.3); null → the exponential back-off.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    internal static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
    }

    static string Cause(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : outcome.Exception?.Message ?? "unknown";

    sealed class SpacingStrategyOptions : ResilienceStrategyOptions;

    /// <summary>Waits for the request's rate-limit slot (carried on the request by UpstreamHttp).</summary>
    sealed class SpacingStrategy : ResilienceStrategy<HttpResponseMessage>
    {
        protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
            Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
        {
            if (context.GetRequestMessage()?.Options.TryGetValue(Spacing, out var spacing) != true)
                return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
            Action started;
            try { started = await spacing!.WaitAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext); }
            catch (OperationCanceledException e) { return Outcome.FromException<HttpResponseMessage>(e); }
            // The slot's window runs from the attempt's start (its timeout already set), not from the grant.
            ValueTask<Outcome<HttpResponseMessage>> attempt;
            try { attempt = callback(context, state); }
            finally { started(); }
            return await attempt.ConfigureAwait(context.ContinueOnCapturedContext);
        }
    }
}
