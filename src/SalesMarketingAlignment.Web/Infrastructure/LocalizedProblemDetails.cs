using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// ProblemDetails are built with English text (ApiProblems, the use cases, the framework's defaults) wherever the error
/// is found; this words their title, detail and field errors in the request's language as they are written, through
/// the shared catalogue (English text as key). A text with values in it ("… (1048576 bytes).") is matched against the
/// catalogue's templates ("… ({0} bytes).") and its values are put into the translation. Text the catalogue does not
/// know stays as it is (the pseudo-language test finds it: decision 0012).
/// </summary>
public static partial class LocalizedProblemDetails
{
    /// <summary>
    /// The English texts (and templates, with {0} where values go) of the ProblemDetails the API writes, each a key of
    /// the shared catalogue with its ru and nl entries.
    /// </summary>
    public static IReadOnlyList<string> Texts { get; } =
    [
        "The figures appear when the consultant closes the assessment or releases interim results.",
        "The assessment is closed: it takes no more invitations.",
        "The assessment is closed: it sends no more invitations.",
        "Not found",
        "Forbidden",
        "Unauthorized",
        "Conflict",
        "Figures not released",
        "Request body too large",
        "Unsupported media type",
        "Service unavailable",
        "Server error",
        "Bad request",
        "Method not allowed",
        "The request has invalid fields.",
        "There is no such resource, or it is not yours to see.",
        "Your account may read this but not change it.",
        "Sign in: send 'Authorization: Bearer <accessToken>' from POST /api/v1/auth/login.",
        "The request body is larger than the API accepts ({0} bytes).",
        "Send the body as JSON with 'Content-Type: application/json'.",
        "The data store cannot take this request right now; nothing was changed by it. Try again later.",
        "The request could not be completed because of an error on the server.",
        "The request could not be read; check its body, parameters and headers.",
        "Your role does not allow this.",
        "There is no API endpoint at this address.",
        "This address does not accept {0}; see /openapi/v1.json.",
        "The request body is empty; send a JSON object.",
        "The body is not valid UTF-8 text; send JSON encoded as UTF-8.",
        "The body is not valid JSON.",
        "The body is not valid JSON (line {0}, position {1}).",
        "The value of '{0}' contains a \\u escape that is not a valid character (a lone surrogate).",
        "The body must be a JSON object.",
        "The body must be a JSON object (line {0}, position {1}).",
        "The value of '{0}' is not valid JSON of the expected type.",
        "The value of '{0}' is not valid JSON of the expected type (line {1}, position {2}).",
        "The value at '{0}' is not valid JSON of the expected type.",
        "The value at '{0}' is not valid JSON of the expected type (line {1}, position {2}).",
        "The body is not valid JSON of the expected shape.",
        "The body is not valid JSON of the expected shape (line {0}, position {1}).",
        "The request could not be read; send a JSON body with 'Content-Type: application/json'.",
        "Mail is not configured (Smtp:Host): download the personal links as CSV, or print the codes.",
        "Emailed links must be complete addresses: set App:PublicBaseUrl (or list the site's host names in AllowedHosts).",
        "A delivery of this assessment is still running; follow it at .../invitations/delivery.",
        "Nothing has been sent for this assessment since the app started.",
        "Assessment {0} has no response {1} (it may have been excluded already).",
        "This personal invitation has been used to answer already; it accepts one response.",
        "This open link is not in use: the survey is answered through personal invitations.",
        "There is no survey at this link; check that it was copied completely.",
        "This survey is closed (by the consultant, or its closing date has passed) and accepts no more responses.",
        "This survey does not ask the Buying Funnel part; leave \"funnel\" out.",
        "Unknown funnel stage \"{0}\"; the stages are {1}.",
        "The answer for {0} must be one of Marketing, Sales, Both, NoOne (or left out).",
        "Send \"funnel\" as an object of stage to lead, such as \"purchase\": \"Sales\"; got {0}.",
        "Only consultants and administrators create organizations.",
        "No such member of this organization.",
        "Expected exactly 20 answers but got {0}.",
        "Statement {0} has no answer.",
        "Statement {0} has the answer {1}; answers are whole numbers from 1 to 5.",
        "Send the role: \"Head\" (head of the department) or \"Staff\".",
        "The role must be \"Head\" or \"Staff\". Got {0}.",
        "This invitation sets the role; leave \"role\" out. Got {0}.",
        "Send answers as an array of 20 whole numbers from 1 to 5; got {0}.",
    ];

    public static void Configure(ProblemDetailsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.CustomizeProblemDetails = context =>
        {
            // The status-code pages and the exception handler write outside the localization middleware, whose
            // culture does not flow back out to them: take the request's language from the feature it left behind.
            var current = CultureInfo.CurrentUICulture;
            if (context.HttpContext.Features.Get<IRequestCultureFeature>() is { } requested)
            {
                CultureInfo.CurrentUICulture = requested.RequestCulture.UICulture;
            }

            try
            {
                Translate(context.ProblemDetails, context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>());
            }
            finally
            {
                CultureInfo.CurrentUICulture = current;
            }
        };
    }

    public static void Translate(ProblemDetails problem, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(localizer);
        problem.Title = Text(problem.Title, localizer);
        problem.Detail = Text(problem.Detail, localizer);
        if (problem is HttpValidationProblemDetails validation)
        {
            Translate(validation.Errors, localizer);
        }

        if (problem.Extensions.TryGetValue("errors", out var errors) && errors is IDictionary<string, string[]> byField)
        {
            Translate(byField, localizer);
        }
    }

    private static void Translate(IDictionary<string, string[]> errors, IStringLocalizer localizer)
    {
        foreach (var field in errors.Keys.ToArray())
        {
            errors[field] = [.. errors[field].Select(message => Text(message, localizer) ?? message)];
        }
    }

    /// <summary>The text in the request's language: its own key, else the template it was formatted from.</summary>
    public static string? Text(string? english, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (string.IsNullOrEmpty(english))
        {
            return english;
        }

        var exact = localizer[english];
        if (!exact.ResourceNotFound)
        {
            return exact.Value;
        }

        foreach (var template in Templates.Value)
        {
            var match = template.Pattern.Match(english);
            if (match.Success)
            {
                var values = template.Order.Select(n => (object)match.Groups["p" + n.ToString(CultureInfo.InvariantCulture)].Value).ToArray();
                var arguments = new object[template.Order.Max() + 1];
                for (var i = 0; i < template.Order.Length; i++)
                {
                    arguments[template.Order[i]] = values[i];
                }

                return localizer[template.Key, arguments].Value;
            }
        }

        return english;
    }

    // Only the API's own templates: a short page template ("{0} of {1}") would match almost any sentence.
    private static readonly Lazy<Template[]> Templates = new(() =>
    [
        .. Texts.Where(text => Placeholder().IsMatch(text)).Select(text => new Template(
            text,
            new Regex(
                "^" + Placeholder().Replace(Regex.Escape(text).Replace(@"\{", "{", StringComparison.Ordinal), m => $"(?<p{m.Groups[1].Value}>.+?)") + "$",
                RegexOptions.Singleline | RegexOptions.CultureInvariant,
                TimeSpan.FromMilliseconds(100)),
            [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))])),
    ]);

    private sealed record Template(string Key, Regex Pattern, int[] Order);

    [GeneratedRegex(@"\{(\d+)(?:[,:][^{}]*)?\}")]
    private static partial Regex Placeholder();
}
