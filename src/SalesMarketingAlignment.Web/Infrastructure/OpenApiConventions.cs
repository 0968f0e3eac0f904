using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// What every operation of the OpenAPI document needs, derived from the endpoint rather than written per endpoint:
/// the security schemes (bearer token or the site's cookie) on operations that need sign-in and none on anonymous
/// ones, a stable unique operationId, a summary when the endpoint gives none, and the 4xx answers that the pipeline
/// gives every such operation (401 signed out; 400, 413, 415 with a body; 404 with a path parameter).
/// </summary>
public static class OpenApiConventions
{
    public const string BearerScheme = "Bearer";
    public const string CookieScheme = "Cookie";

    /// <summary>What each group of operations is for, as a reader of the document would ask.</summary>
    public static IReadOnlyDictionary<string, string> TagDescriptions { get; } = new Dictionary<string, string>
    {
        ["Auth"] = "Sign in for bearer tokens (or the cookie) and refresh them.",
        ["Users"] = "Accounts: administrators create consultants, executives and administrators.",
        ["Organizations"] = "Client organizations and their members.",
        ["Assessments"] = "Start, read and close an assessment; its survey links.",
        ["Surveys"] = "What a respondent sees and sends through a survey link (no account).",
        ["Invitations"] = "Personal single-use survey links, their delivery by email, and participation counts (never which response an invitation gave).",
        ["Results"] = "Figures, the perception gap, the recommendation and its conditions.",
        ["Action plan"] = "Who does each recommended action and checklist task, by when: owner, due date, status and note.",
        ["Exports"] = "CSV downloads of the responses and the statements.",
        ["Reports"] = "The PDF diagnostic report.",
    };

    public static OpenApiOptions AddAppConventions(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Sales & Marketing Alignment API";
            document.Info.Description = "The diagnostic of Kotler, Rackham and Krishnaswamy (HBR 2006) as a JSON API. Errors are RFC 9457 ProblemDetails.";
            document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
            // The server is the request's own address; "http://host/" would make every path start with "//".
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The accessToken from POST /api/v1/auth/login.",
            };
            document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = ".AspNetCore." + IdentityConstants.ApplicationScheme,
                Description = "The site's sign-in cookie (POST /api/v1/auth/login?useCookies=true, or the sign-in page).",
            };
            AddBodyProblems(document);
            foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            {
                tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var description = context.Description;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            var method = description.HttpMethod ?? "GET";
            var route = "/" + (description.RelativePath ?? "").TrimEnd('/');

            if (string.IsNullOrEmpty(operation.OperationId))
            {
                operation.OperationId = OperationId(method, route);
            }

            if (string.IsNullOrEmpty(operation.Summary))
            {
                operation.Summary = metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler ? Humanize(handler.Name) : $"{method} {route}";
            }

            var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            operation.Security = signedIn
                ?
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] },
                ]
                : [new OpenApiSecurityRequirement()];

            operation.Responses ??= [];
            var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
            void Add(int status, string text)
            {
                var key = status.ToString(CultureInfo.InvariantCulture);
                if (!operation.Responses.ContainsKey(key))
                {
                    operation.Responses[key] = new OpenApiResponse
                    {
                        Description = text,
                        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
                    };
                }
            }

            if (signedIn)
            {
                Add(StatusCodes.Status401Unauthorized, "Not signed in: send a bearer token or the sign-in cookie.");
            }

            if (route.Contains('{', StringComparison.Ordinal))
            {
                Add(StatusCodes.Status404NotFound, "There is no such resource, or it is not yours to see.");
            }
        });
        return options;
    }

    /// <summary>
    /// 400, 413 and 415 on every operation with a request body. Done on the finished document because endpoints add
    /// their body in their own operation transformer (ApiJson.AcceptsJson), which runs after the global ones.
    /// </summary>
    private static void AddBodyProblems(OpenApiDocument document)
    {
        IOpenApiSchema problem = document.Components?.Schemas?.ContainsKey(nameof(ProblemDetails)) == true
            ? new OpenApiSchemaReference(nameof(ProblemDetails), document)
            : new OpenApiSchema { Type = JsonSchemaType.Object };
        var operations = (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).Where(o => o.RequestBody is not null);
        foreach (var operation in operations)
        {
            operation.Responses ??= [];
            foreach (var (status, text) in new[]
            {
                ("400", "The body is not valid JSON, or a field is wrong (errors name each field)."),
                ("413", "The body is larger than the API accepts."),
                ("415", "The body is not sent as application/json."),
            })
            {
                operation.Responses.TryAdd(status, new OpenApiResponse
                {
                    Description = text,
                    Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
                });
            }
        }
    }

    /// <summary>"POST", "/api/v1/organizations/{id}/members" to "postOrganizationsByIdMembers".</summary>
    public static string OperationId(string method, string route)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(route);
        var id = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in route.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2))
        {
            var name = segment.StartsWith('{') ? "By-" + segment.Trim('{', '}').Split(':')[0] : segment;
            foreach (var word in name.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                id.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
        }

        return id.ToString();
    }

    /// <summary>"GetResultsAsync" to "Get results".</summary>
    private static string Humanize(string methodName)
    {
        var name = methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName[..^5] : methodName;
        var text = new StringBuilder();
        foreach (var c in name.Where(char.IsLetterOrDigit))
        {
            text.Append(text.Length > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString());
        }

        return text.ToString();
    }
}
