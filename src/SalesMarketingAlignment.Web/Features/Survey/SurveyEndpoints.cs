using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Features.Survey;

public sealed record SurveyStatement(int Number, string Text);

public sealed record SurveyScalePoint(int Value, string Label);

/// <summary>One stage of the Buying Funnel part: its key for the response ("customerAwareness") and its name.</summary>
public sealed record SurveyFunnelStage(string Key, string Name);

/// <summary>One answer option of the Buying Funnel part: its value for the response ("NoOne") and its label.</summary>
public sealed record SurveyFunnelOption(string Value, string Label);

/// <summary>The optional Buying Funnel part: for each stage, who leads it today; every stage may be left out.</summary>
public sealed record SurveyFunnel(string Question, IReadOnlyList<SurveyFunnelStage> Stages, IReadOnlyList<SurveyFunnelOption> Options);

/// <summary>
/// The questionnaire behind a link, in the request culture. Status is "Open", "Closed" (the assessment is closed, or
/// its closing date has passed; ClosesOn is that last day for answers, null without one),
/// "Used" (a personal invitation that has answered already) or "NotInUse" (an open link the consultant switched off);
/// only "Open" accepts answers. Role is the role a personal invitation fixes ("Head" or "Staff"), else null.
/// SubmissionKey is a fresh server-issued key for one response through this link (null unless open): send it back with
/// the response so that a retry stores once.
/// </summary>
public sealed record SurveyForm(
    string Department, string DepartmentName, string Status, string Instruction, IReadOnlyList<SurveyStatement> Statements,
    IReadOnlyList<SurveyScalePoint> Scale, string? SubmissionKey, string? Role = null, DateOnly? ClosesOn = null, SurveyFunnel? Funnel = null);

/// <summary>
/// A response. Role and answers are read loosely (JSON elements) so that a wrong type is reported for the exact
/// field or statement with the value sent, not as a generic "invalid JSON".
/// </summary>
public sealed class SubmitResponseBody
{
    /// <summary>"Head" or "Staff".</summary>
    public JsonElement? Role { get; set; }

    /// <summary>20 whole numbers 1-5, statement 1 first.</summary>
    public JsonElement? Answers { get; set; }

    /// <summary>Optional idempotency key, exactly as GET of the survey issued it: the same key stores one response.</summary>
    public string? SubmissionKey { get; set; }

    /// <summary>Optional Buying Funnel answers: an object of stage key to lead.</summary>
    public JsonElement? Funnel { get; set; }
}

/// <summary>The documented shape of a response (OpenAPI); read as <see cref="SubmitResponseBody"/> to report bad values precisely.</summary>
public sealed class SurveyResponseRequest
{
    /// <summary>"Head" or "Staff"; may be left out for a personal invitation that names the role.</summary>
    public string? Role { get; init; }

    /// <summary>Exactly 20 whole numbers from 1 to 5, statement 1 first.</summary>
    [Required]
    [MinLength(Questionnaire.StatementCount)]
    [MaxLength(Questionnaire.StatementCount)]
    public IReadOnlyList<int> Answers { get; init; } = [];

    /// <summary>Optional idempotency key, exactly as GET /api/v1/surveys/{token} issued it (keys chosen by the client are refused).</summary>
    public string? SubmissionKey { get; init; }

    /// <summary>
    /// Only when the survey's "funnel" is not null: who leads each Buying Funnel stage today, e.g.
    /// {"customerAwareness": "Marketing", "purchase": "Sales"}; values Marketing, Sales, Both, NoOne; stages may be left
    /// out. Sent to a survey without the part: 400.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Funnel { get; init; }
}

public sealed record SubmittedResponse(int Total, string Level);

/// <summary>The anonymous survey for API clients: a thin adapter over the same use cases as the survey form (<see cref="OpenSurvey"/>, <see cref="SubmitSurvey"/>).</summary>
public static class SurveyEndpoints
{
    public static RouteGroupBuilder MapSurveyEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var surveys = api.MapGroup("/surveys/{token}")
            .AllowAnonymous()
            .RequireRateLimiting(ApiServiceCollectionExtensions.AnonymousRateLimit)
            .WithTags("Surveys");
        surveys.MapGet("/", GetAsync)
            .Produces<SurveyForm>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("The statements and answer scale of a survey link, and a fresh submissionKey (no sign-in)");
        surveys.MapPost("/responses", SubmitAsync)
            .RequireFormRateLimit(RateLimits.SurveyResponses)
            .AcceptsJson<SurveyResponseRequest>()
            .Produces<SubmittedResponse>(StatusCodes.Status201Created)
            .Produces<SubmittedResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Submit a response (no sign-in): 201 stored, 200 the same server-issued submissionKey was stored before, 409 closed, invitation used or open link not in use");
        return api;
    }

    private static async Task<IResult> GetAsync(
        string token, OpenSurvey openSurvey, SubmissionKeys keys, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var (link, status) = await openSurvey.HandleAsync(token, cancellationToken) switch
        {
            OpenSurvey.Result.Open open => (open.Link, "Open"),
            OpenSurvey.Result.Closed closed => (closed.Link, "Closed"),
            OpenSurvey.Result.Used used => (used.Link, "Used"),
            OpenSurvey.Result.NotInUse notInUse => (notInUse.Link, "NotInUse"),
            _ => ((SurveyLinkInfo?)null, ""),
        };
        if (link is null)
        {
            return SurveyNotFound();
        }

        return TypedResults.Ok(new SurveyForm(
            link.Department.ToString(),
            link.DepartmentName,
            status,
            Questionnaire.Instruction(),
            Questionnaire.Statements.Select(s => new SurveyStatement(s.Number, s.Text())).ToList(),
            AnswerScale.Points.Select(p => new SurveyScalePoint(p.Value, p.Label())).ToList(),
            status == "Open" ? keys.Issue(token) : null,
            link.FixedRole?.ToString(),
            link.ClosesOn,
            link.BuyingFunnel ? FunnelForm(localizer) : null));
    }

    private static async Task<IResult> SubmitAsync(
        string token, HttpContext context, OpenSurvey openSurvey, SubmitSurvey submitSurvey, CancellationToken cancellationToken)
    {
        var body = await ApiJson.ReadAsync<SubmitResponseBody>(context, cancellationToken);
        if (body.Error is not null)
        {
            // An unknown link is 404 whatever was sent, as when the body is readable.
            return await openSurvey.HandleAsync(token, cancellationToken) is OpenSurvey.Result.NotFound ? SurveyNotFound() : body.Error;
        }

        if (!TryReadFunnel(body.Value!.Funnel, out var funnel))
        {
            return await openSurvey.HandleAsync(token, cancellationToken) is OpenSurvey.Result.NotFound
                ? SurveyNotFound()
                : ApiProblems.Invalid(new Dictionary<string, string[]>
                {
                    ["funnel"] = [$"Send \"funnel\" as an object of stage to lead, such as \"purchase\": \"Sales\"; got {Shown(body.Value.Funnel!.Value)}."],
                });
        }

        var request = new SubmitSurveyRequest(token, RoleOf(body.Value.Role), AnswersOf(body.Value.Answers), body.Value.SubmissionKey, funnel);
        return await submitSurvey.HandleAsync(request, cancellationToken) switch
        {
            SubmitSurvey.Result.Stored stored => TypedResults.Created((string?)null, Submitted(stored.Own)),
            SubmitSurvey.Result.Duplicate duplicate => TypedResults.Ok(Submitted(duplicate.Own)),
            SubmitSurvey.Result.Invalid invalid => ApiProblems.Invalid(Errors(invalid.Errors, body.Value)),
            SubmitSurvey.Result.Closed => ClosedConflict(),
            SubmitSurvey.Result.AlreadyUsed => ApiProblems.Conflict("This personal invitation has been used to answer already; it accepts one response."),
            SubmitSurvey.Result.NotInUse => ApiProblems.Conflict("This open link is not in use: the survey is answered through personal invitations."),
            _ => SurveyNotFound(),
        };
    }

    /// <summary>The Buying Funnel part in the request culture.</summary>
    public static SurveyFunnel FunnelForm(IStringLocalizer<SharedResource> localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return new SurveyFunnel(
            localizer["Who leads each step of the buying funnel today?"],
            BuyingFunnel.Stages.Select(s => new SurveyFunnelStage(BuyingFunnel.Key(s), BuyingFunnel.StageName(s))).ToList(),
            BuyingFunnel.Leads.Select(l => new SurveyFunnelOption(l.ToString(), BuyingFunnel.LeadName(l))).ToList());
    }

    /// <summary>
    /// The funnel answers for the use case: absent or null is none; an object's string values as they are, other values
    /// as raw text (never a lead) and JSON null as "not answered". Anything but an object cannot be read (false).
    /// </summary>
    private static bool TryReadFunnel(JsonElement? funnel, out Dictionary<string, string?>? answers)
    {
        answers = null;
        if (funnel is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return true;
        }

        if (funnel.Value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        answers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in funnel.Value.EnumerateObject())
        {
            answers[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => Shown(property.Value),
            };
        }

        return true;
    }

    private static SubmittedResponse Submitted(OwnResult own) => new(own.Total, own.Level.ToString());

    private static ProblemHttpResult SurveyNotFound() => ApiProblems.NotFound("There is no survey at this link; check that it was copied completely.");

    private static ProblemHttpResult ClosedConflict() => ApiProblems.Conflict("This survey is closed (by the consultant, or its closing date has passed) and accepts no more responses.");

    /// <summary>The role as text for the use case: a JSON string as it is; any other JSON value as its raw text, which is never a role.</summary>
    private static string? RoleOf(JsonElement? role) => role switch
    {
        null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } element => element.GetString(),
        { } element => element.GetRawText(),
    };

    /// <summary>The answers for the use case: whole numbers that fit an int as numbers, null as no answer, anything else as not a number.</summary>
    private static List<SentAnswer>? AnswersOf(JsonElement? answers)
    {
        if (answers is not { ValueKind: JsonValueKind.Array } array)
        {
            return null;
        }

        return array.EnumerateArray()
            .Select(element => element.ValueKind switch
            {
                JsonValueKind.Number when element.TryGetInt32(out var value) => SentAnswer.Of(value),
                JsonValueKind.Null => SentAnswer.None,
                _ => SentAnswer.NotANumber(Shown(element)),
            })
            .ToList();
    }

    /// <summary>The problems keyed by field: "role", "answers" or "answers[i]" (i counts from 0; statement i+1), "submissionKey".</summary>
    private static Dictionary<string, string[]> Errors(SubmissionErrors errors, SubmitResponseBody body)
    {
        var fields = new Dictionary<string, string[]>();
        switch (errors.Role)
        {
            case RoleProblem.Missing:
                fields["role"] = ["Send the role: \"Head\" (head of the department) or \"Staff\"."];
                break;
            case RoleProblem.NotARole:
                fields["role"] = [$"The role must be \"Head\" or \"Staff\". Got {Shown(body.Role!.Value)}."];
                break;
            case RoleProblem.NotTheInvitationsRole:
                fields["role"] = [$"This invitation sets the role; leave \"role\" out. Got {Shown(body.Role!.Value)}."];
                break;
        }

        foreach (var problem in errors.Answers)
        {
            var field = problem.StatementNumber is { } number ? $"answers[{number - 1}]" : "answers";
            fields[field] = [problem.Kind == AnswerProblemKind.NotSent && body.Answers is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } other
                ? $"Send answers as an array of 20 whole numbers from 1 to 5; got {Shown(other)}."
                : problem.Message];
        }

        foreach (var problem in errors.Funnel)
        {
            fields[problem.Stage is null ? "funnel" : $"funnel.{problem.Stage}"] = [problem.Message];
        }

        if (errors.SubmissionKey is { } keyProblem)
        {
            fields["submissionKey"] = [keyProblem];
        }

        return fields;
    }

    /// <summary>The JSON value as sent (shortened), for messages.</summary>
    private static string Shown(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 40 ? raw : string.Create(CultureInfo.InvariantCulture, $"{raw[..40]}…");
    }
}
