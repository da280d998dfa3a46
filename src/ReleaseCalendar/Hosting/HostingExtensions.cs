using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace ReleaseCalendar.Hosting;

public static class HostingExtensions
{
    public const string PublicCors = "public-read";

    /// <summary>The public-read CORS policy, with "*" on every response, not only on those to a request with an Origin:
    /// the CORS middleware answers "*" only when asked, without `Vary: Origin`, so a shared cache in front (nginx in
    /// deploy/, a CDN) could hand a fan site's browser a copy stored from a calendar app's request, without the header.
    /// Every copy the same makes every cached copy usable from any page.</summary>
    public static TBuilder RequirePublicCors<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireCors(PublicCors);
        builder.AddEndpointFilter(static (context, next) =>
        {
            context.HttpContext.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.AccessControlAllowOrigin)) headers.AccessControlAllowOrigin = "*";
                return Task.CompletedTask;
            }, context.HttpContext.Response);
            return next(context);
        });
        return builder;
    }
    public const int MaxRequestBodyBytes = 1024 * 1024;

    public static IHostApplicationBuilder AddHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        // "Server: Kestrel" tells clients nothing useful and costs bytes on every 304.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Malformed JSON and unknown fields surface as BadHttpRequestException, which the handler
        // above turns into a 400 problem naming the JSON path instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        // An empty value (Public__BaseUrl= in an environment file) means "not set", as in DevelopmentPublicUrl.
        builder.Services.PostConfigure<PublicOptions>(o => o.BaseUrl = string.IsNullOrWhiteSpace(o.BaseUrl) ? PublicOptions.DefaultBaseUrl : o.BaseUrl);
        // Public reads are embedded in fan sites' pages (the upcoming list), so any origin may fetch them;
        // no credentials are involved, and the admin group does not take this policy.
        builder.Services.AddCors(o => o.AddPolicy(PublicCors, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader()));
        builder.Services.AddValidatedOptions<PublicOptions, PublicOptionsValidator>(PublicOptions.Section);
        // Admin bodies are small JSON; Kestrel answers a larger one with 413 (a problem, via the handler above).
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions o)
    {
        o.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        o.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        o.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    }

    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Explicit, so that middleware registered before UseHosting runs before route matching.
        app.UseRouting();
        app.UseMiddleware<UnexpectedBodies>();   // needs the endpoint; before anything reads a body
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseBoundAddressAsPublicUrlInDevelopment();
        app.MapOpenApi();
        app.MapScalarApiReference("/docs");
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }

    /// <summary>Binds a section, validates it with the source-generated validator, and fails start-up on error.</summary>
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, Microsoft.Extensions.Options.IValidateOptions<TOptions>
    {
        services.AddOptionsWithValidateOnStart<TOptions, TValidator>().BindConfiguration(section);
        return services;
    }
}
