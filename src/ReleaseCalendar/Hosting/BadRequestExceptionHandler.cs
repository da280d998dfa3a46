using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace ReleaseCalendar.Hosting;

/// <summary>Turns binding failures (malformed JSON, unknown fields, a value of the wrong type, a bad query value) into
/// a 400 that names the field, as every other validation error does, instead of the framework's empty 400.</summary>
sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        context.Response.StatusCode = bad.StatusCode;
        var fields = bad.StatusCode == StatusCodes.Status400BadRequest ? Fields(context, bad) : null;
        if (fields is not null)
        {
            return await problems.TryWriteAsync(new()
            {
                HttpContext = context,
                Exception = exception,
                ProblemDetails = new HttpValidationProblemDetails(fields)
                {
                    Status = bad.StatusCode, Title = "One or more validation errors occurred.",
                },
            });
        }
        var detail = bad.InnerException is JsonException json
            ? $"The request body is not valid: {json.Message}"
            : bad.Message;
        return await problems.TryWriteAsync(new()
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "Bad request", Detail = detail },
        });
    }

    /// <summary>The field and what it should be, or null when the failure names none (e.g. JSON that does not parse).</summary>
    static Dictionary<string, string[]>? Fields(HttpContext context, BadHttpRequestException bad)
    {
        if (BindFailure().Match(bad.Message) is { Success: true } bind)
            return new() { [JsonNamingPolicy.CamelCase.ConvertName(bind.Groups["name"].Value)] =
                [$"'{bind.Groups["value"].Value}' is not {Describe(bind.Groups["type"].Value)}."] };
        if (bad.InnerException is not JsonException json) return null;
        if (UnknownMember().Match(json.Message) is { Success: true } unknown)
            return new() { [unknown.Groups["name"].Value] = ["Unknown field."] };
        var path = json.Path?.TrimStart('$').TrimStart('.');
        if (string.IsNullOrEmpty(path)) return null;
        // The handler runs with the endpoint cleared; the feature keeps the one that failed to bind.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var type = TypeAt(endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType, path);
        var expected = type is null ? "a value of the right type" : Describe(type);
        return new() { [path] = [$"Not {expected}."] };
    }

    /// <summary>The .NET type at a JSON path such as "kind", "titles.en" or "subjects[0]" of the request body type.</summary>
    static Type? TypeAt(Type? type, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (type is null) return null;
            var name = segment.Split('[')[0];
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            type = property?.PropertyType;
            if (type is not null && segment.Contains('[', StringComparison.Ordinal))
                type = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
        }
        return type;
    }

    static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()));
        if (type == typeof(string)) return "a string";
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(bool)) return "true or false";
        if (type.IsGenericType || type.IsArray) return "a list";
        return "a JSON object";
    }

    /// <summary>From a route or query binding failure's parameter type as the framework prints it ("Nullable&lt;int&gt;").</summary>
    static string Describe(string frameworkType) => frameworkType.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>') switch
    {
        "int" or "long" or "Int32" or "Int64" => "a whole number",
        "bool" or "Boolean" => "true or false",
        "Guid" => "an id such as 0191f0e2-7a3c-7b1e-9c4d-2f6a8b0c1d2e",
        "DateOnly" => "a date (YYYY-MM-DD)",
        var other => $"a valid {other}",
    };

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]+) (?<name>[A-Za-z0-9_]+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnknownMember();
}
