using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Features.Survey;

public sealed record SurveyStatement(int Number, string Text);

public sealed record SurveyScalePoint(int Value, string Label);

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
    IReadOnlyList<SurveyScalePoint> Scale, string? SubmissionKey, string? Role = null, DateOnly? ClosesOn = null);

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

    private static async Task<IResult> GetAsync(string token, OpenSurvey openSurvey, SubmissionKeys keys, CancellationToken cancellationToken)
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
            link.ClosesOn));
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

        var request = new SubmitSurveyRequest(token, RoleOf(body.Value!.Role), AnswersOf(body.Value.Answers), body.Value.SubmissionKey);
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
