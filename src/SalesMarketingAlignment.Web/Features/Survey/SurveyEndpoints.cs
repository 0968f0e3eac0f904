using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Web.Api.Surveys;

public sealed record SurveyStatement(int Number, string Text);

public sealed record SurveyScalePoint(int Value, string Label);

/// <summary>The questionnaire behind a link, in the request culture. Status is "Open" or "Closed" (closed links accept nothing).</summary>
public sealed record SurveyForm(
    string Department, string DepartmentName, string Status, string Instruction, IReadOnlyList<SurveyStatement> Statements, IReadOnlyList<SurveyScalePoint> Scale);

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

    /// <summary>Optional idempotency key: the same key for the same link stores one response (a UUID, or any string up to 200 characters).</summary>
    public string? SubmissionKey { get; set; }
}

/// <summary>The documented shape of a response (OpenAPI); read as <see cref="SubmitResponseBody"/> to report bad values precisely.</summary>
public sealed class SurveyResponseRequest
{
    /// <summary>"Head" or "Staff".</summary>
    [Required]
    public string Role { get; init; } = "";

    /// <summary>Exactly 20 whole numbers from 1 to 5, statement 1 first.</summary>
    [Required]
    [MinLength(Questionnaire.StatementCount)]
    [MaxLength(Questionnaire.StatementCount)]
    public IReadOnlyList<int> Answers { get; init; } = [];

    /// <summary>Optional idempotency key (a UUID, or any string of 1-200 characters).</summary>
    public string? SubmissionKey { get; init; }
}

public sealed record SubmittedResponse(int Total, string Level);

/// <summary>The anonymous survey for API clients; submissions go through the same <see cref="SurveyResponseWriter"/> as the form.</summary>
public static class SurveyEndpoints
{
    public const int SubmissionKeyMaxLength = 200;

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
            .WithSummary("The statements and answer scale of a survey link (no sign-in)");
        surveys.MapPost("/responses", SubmitAsync)
            .AcceptsJson<SurveyResponseRequest>()
            .Produces<SubmittedResponse>(StatusCodes.Status201Created)
            .Produces<SubmittedResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Submit a response (no sign-in): 201 stored, 200 the same submissionKey was stored before");
        return api;
    }

    private static async Task<IResult> GetAsync(string token, AlignmentDbContext db, CancellationToken cancellationToken)
    {
        var link = await FindLinkAsync(db, token, cancellationToken);
        if (link is null)
        {
            return SurveyNotFound();
        }

        return TypedResults.Ok(new SurveyForm(
            link.Department.ToString(),
            InstrumentTexts.Get($"Department{link.Department}"),
            link.Status.ToString(),
            Questionnaire.Instruction(),
            Questionnaire.Statements.Select(s => new SurveyStatement(s.Number, s.Text())).ToList(),
            AnswerScale.Points.Select(p => new SurveyScalePoint(p.Value, p.Label())).ToList()));
    }

    private static async Task<IResult> SubmitAsync(
        string token, HttpContext context, AlignmentDbContext db, SurveyResponseWriter writer, CancellationToken cancellationToken)
    {
        var link = await FindLinkAsync(db, token, cancellationToken);
        if (link is null)
        {
            return SurveyNotFound();
        }

        var body = await ApiJson.ReadAsync<SubmitResponseBody>(context, cancellationToken);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var errors = new Dictionary<string, string[]>();
        var role = ParseRole(body.Value!.Role, errors);
        var answers = ParseAnswers(body.Value.Answers, errors);
        var submissionKey = ParseSubmissionKey(body.Value.SubmissionKey, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        if (link.Status != AssessmentStatus.Open)
        {
            return ClosedConflict();
        }

        var result = await writer.SubmitAsync(new NewResponse(link.AssessmentId, link.Department, role!.Value, answers!, submissionKey), cancellationToken);
        return result.Outcome switch
        {
            SubmissionOutcome.Stored => TypedResults.Created((string?)null, Submitted(result.Total!.Value)),
            SubmissionOutcome.AlreadyStored => TypedResults.Ok(Submitted(result.Total!.Value)),
            SubmissionOutcome.AssessmentClosed => ClosedConflict(),
            _ => SurveyNotFound(),
        };
    }

    private static SubmittedResponse Submitted(int total) => new(total, ScoringKey.LevelOfTotal(total).ToString());

    private static ProblemHttpResult SurveyNotFound() => ApiProblems.NotFound("There is no survey at this link; check that it was copied completely.");

    private static ProblemHttpResult ClosedConflict() => ApiProblems.Conflict("This survey is closed and accepts no more responses.");

    private static RespondentRole? ParseRole(JsonElement? role, Dictionary<string, string[]> errors)
    {
        const string Expected = "The role must be \"Head\" or \"Staff\".";
        if (role is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            errors["role"] = ["Send the role: \"Head\" (head of the department) or \"Staff\"."];
            return null;
        }

        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        switch (text)
        {
            case nameof(RespondentRole.Head):
                return RespondentRole.Head;
            case nameof(RespondentRole.Staff):
                return RespondentRole.Staff;
            default:
                errors["role"] = [$"{Expected} Got {Shown(element)}."];
                return null;
        }
    }

    /// <summary>The answers, or null with the problems added: keys are "answers" or "answers[i]" (i counts from 0; statement i+1).</summary>
    private static SurveyAnswers? ParseAnswers(JsonElement? answers, Dictionary<string, string[]> errors)
    {
        if (answers is not { ValueKind: JsonValueKind.Array } array)
        {
            errors["answers"] = [answers is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } other
                ? $"Send answers as an array of 20 whole numbers from 1 to 5; got {Shown(other)}."
                : "Send answers as an array of 20 whole numbers from 1 to 5."];
            return null;
        }

        var values = new int?[array.GetArrayLength()];
        var index = 0;
        var wrongType = new Dictionary<int, string>();
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
            {
                values[index] = value;
            }
            else if (element.ValueKind != JsonValueKind.Null)
            {
                // Checked here, not by the domain, which only sees numbers; a neutral value keeps it from being reported twice.
                wrongType[index] = $"Statement {index + 1} has the answer {Shown(element)}; answers are whole numbers from 1 to 5.";
                values[index] = AnswerScale.Minimum;
            }

            index++;
        }

        var domainErrors = SurveyAnswers.Validate(values);
        foreach (var error in domainErrors)
        {
            var field = error.StatementNumber is { } number ? $"answers[{number - 1}]" : "answers";
            errors[field] = [error.Message];
        }

        if (domainErrors.Any(e => e.Kind == AnswerErrorKind.WrongCount))
        {
            return null;
        }

        foreach (var (i, message) in wrongType)
        {
            errors[$"answers[{i}]"] = [message];
        }

        return wrongType.Count == 0 && domainErrors.Count == 0 ? SurveyAnswers.Create(values) : null;
    }

    private static Guid ParseSubmissionKey(string? key, Dictionary<string, string[]> errors)
    {
        if (key is null)
        {
            return Guid.NewGuid();
        }

        if (key.Length is 0 or > SubmissionKeyMaxLength)
        {
            errors["submissionKey"] = [$"The submission key must have 1 to {SubmissionKeyMaxLength} characters."];
            return Guid.Empty;
        }

        // Any client string becomes a stable key: a UUID as it is (the same as the form's), anything else hashed.
        return Guid.TryParse(key, out var guid) ? guid : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }

    /// <summary>The JSON value as sent (shortened), for messages.</summary>
    private static string Shown(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Length <= 40 ? raw : string.Create(CultureInfo.InvariantCulture, $"{raw[..40]}…");
    }

    private static async Task<LinkInfo?> FindLinkAsync(AlignmentDbContext db, string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > SurveyLink.TokenMaxLength)
        {
            return null;
        }

        return await db.SurveyLinks.AsNoTracking()
            .Where(l => l.Token == token)
            .Select(l => new LinkInfo(l.AssessmentId, l.Department, l.Assessment!.Status))
            .SingleOrDefaultAsync(cancellationToken);
    }

    private sealed record LinkInfo(int AssessmentId, Department Department, AssessmentStatus Status);
}
