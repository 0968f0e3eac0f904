using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace SalesMarketingAlignment.Web.Api;

/// <summary>A request body read by <see cref="ApiJson.ReadAsync{T}"/>: the value, or the error to answer with.</summary>
public sealed record ApiBody<T>(T? Value, IResult? Error)
    where T : class;

/// <summary>
/// Reads JSON bodies by hand rather than through parameter binding, so that every failure (wrong content type,
/// oversized, malformed, wrong type of a field) is a ProblemDetails naming the field, not the framework's bare 400/415.
/// Requiring application/json also keeps cookie-authenticated calls safe from cross-site form posts (no CORS preflight).
/// </summary>
public static class ApiJson
{
    /// <param name="maxBytes">A larger limit than "Api:MaxRequestBodyBytes" for an endpoint that takes big lists (its RequestSizeLimit must match).</param>
    public static async Task<ApiBody<T>> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken, int? maxBytes = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var limit = maxBytes ?? context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return new(null, ApiProblems.TooLarge(limit));
        }

        if (!request.HasJsonContentType())
        {
            return new(null, ApiProblems.UnsupportedMediaType());
        }

        using var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return new(null, ApiProblems.TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new(null, ApiProblems.TooLarge(limit));
        }

        if (buffer.Length == 0)
        {
            return new(null, ApiProblems.Invalid("body", "The request body is empty; send a JSON object."));
        }

        var json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (!Utf8.IsValid(json.Span))
        {
            return new(null, ApiProblems.Invalid("body", "The body is not valid UTF-8 text; send JSON encoded as UTF-8."));
        }

        try
        {
            // Syntax first, so that a broken document is reported as such and not as a wrongly typed field.
            using var document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return new(null, ApiProblems.Invalid("body", $"The body is not valid JSON{Where(ex)}."));
        }

        if (FirstInvalidEscape(json.Span) is { } invalid)
        {
            return new(null, ApiProblems.Invalid(invalid, $"The value of '{invalid}' contains a \\u escape that is not a valid character (a lone surrogate)."));
        }

        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(json.Span, options);
        }
        catch (JsonException ex)
        {
            var field = FieldOf(ex.Path);
            var message = field == "body"
                ? $"The body must be a JSON object{Where(ex)}."
                : $"The value of '{field}' is not valid JSON of the expected type{Where(ex)}.";
            return new(null, ApiProblems.Invalid(field, message));
        }

        return value is null
            ? new(null, ApiProblems.Invalid("body", "The request body is empty; send a JSON object."))
            : new(value, null);
    }

    /// <summary>
    /// The one way an endpoint reads its body: <see cref="ReadAsync{T}"/>, then the body's data annotations
    /// (<see cref="Validate"/>) as a 400 ValidationProblem naming each field.
    /// </summary>
    public static async Task<ApiBody<T>> ReadValidAsync<T>(HttpContext context, CancellationToken cancellationToken, int? maxBytes = null)
        where T : class
    {
        var body = await ReadAsync<T>(context, cancellationToken, maxBytes);
        if (body.Error is not null)
        {
            return body;
        }

        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var errors = Validate(body.Value!, localizer);
        return errors.Count > 0 ? new(null, ApiProblems.Invalid(errors)) : body;
    }

    /// <summary>Data-annotation errors keyed by camelCase field name, each message through the shared localizer.</summary>
    public static Dictionary<string, string[]> Validate(object input, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(localizer);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : ["body"]).Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), Message: r.ErrorMessage ?? "")))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => localizer[e.Message].Value).ToArray());
    }

    /// <summary>Documents a JSON request body of shape <typeparamref name="TSchema"/> in OpenAPI without restricting routing
    /// by content type (Accepts would turn a wrong content type into 415/404 before our 400 could be written).</summary>
    public static RouteHandlerBuilder AcceptsJson<TSchema>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TSchema), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });

    /// <summary>
    /// The field whose string (or name) holds an escape such as "\ud800" that is no character. JSON's syntax allows it,
    /// but it cannot become .NET or UTF-8 text, so it would fail later, when the text is read or stored.
    /// </summary>
    private static string? FirstInvalidEscape(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        string? property = null;
        while (reader.Read())
        {
            var isName = reader.TokenType == JsonTokenType.PropertyName;
            if (!isName && (reader.TokenType != JsonTokenType.String || !reader.ValueIsEscaped))
            {
                continue;
            }

            try
            {
                var text = reader.GetString();
                property = isName ? text : property;
            }
            catch (InvalidOperationException)
            {
                return isName ? "body" : property ?? "body";
            }
        }

        return null;
    }

    private static string Where(JsonException ex) =>
        ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";

    /// <summary>"$.answers[3]" to "answers[3]"; the root or no path to "body".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
