using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.Extensions.Options;

namespace ReleaseCalendar.Admin;

/// <summary>Authenticates admin calls by a key in a header, checked against configured SHA-256 hashes.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemes, ILoggerFactory logger, UrlEncoder encoder, IOptions<AdminOptions> admin)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemes, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var options = admin.Value;
        if (!Request.Headers.TryGetValue(options.HeaderName, out var values) || string.IsNullOrEmpty(values.ToString()))
            return Task.FromResult(AuthenticateResult.NoResult());
        var name = Match(values.ToString(), options.Keys);
        if (name is null) return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // The body of a refused request is never read (authorization runs before the endpoint binds it).
        Hosting.UnexpectedBodies.DontDrain(Context);
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{admin.Value.HeaderName}\"";
        return Task.CompletedTask;
    }

    /// <summary>Compares the presented key's hash with every configured hash in constant time,
    /// visiting all of them, so timing tells nothing about which or how much matched.</summary>
    public static string? Match(string presented, IReadOnlyList<AdminKey> keys)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? found = null;
        foreach (var key in keys)
        {
            var expected = Convert.FromHexString(key.Sha256);
            if (CryptographicOperations.FixedTimeEquals(hash, expected) && found is null) found = key.Name;
        }
        return found;
    }
}

/// <summary>Declares the API-key scheme in the OpenAPI document and requires it on every operation behind the Admin
/// policy, so the /docs page offers a field for the key and sends it as the configured header.</summary>
public sealed class ApiKeyOpenApiTransformer(IOptions<AdminOptions> admin) : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = admin.Value.HeaderName,
            Description = "An admin key; the service stores only its SHA-256 (Admin:Keys).",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AdminEndpoints.Policy)) return Task.CompletedTask;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
        });
        return Task.CompletedTask;
    }
}
