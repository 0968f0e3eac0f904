using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Web.Features.Survey;

/// <summary>One statement's answer as the respondent sent it: a number, nothing, or something that is not a whole number.</summary>
/// <param name="Value">The number sent (checked against the scale later); null when nothing or no number was sent.</param>
/// <param name="AsSent">What was sent when it was not a whole number ("abc", "3.5"), as messages should show it; otherwise null.</param>
public readonly record struct SentAnswer(int? Value, string? AsSent)
{
    public static SentAnswer None => default;

    public static SentAnswer Of(int value) => new(value, null);

    public static SentAnswer NotANumber(string asSent) => new(null, asSent);
}

/// <param name="Token">The survey link's token.</param>
/// <param name="Role">"Head" or "Staff" as sent (see <see cref="RespondentRoles.TryParse"/>); null when not sent.</param>
/// <param name="Answers">The answers in statement order (statement 1 first); null when no list of answers was sent.</param>
/// <param name="SubmissionKey">Idempotency key as issued by <see cref="SubmissionKeys"/> for this link (the form's hidden
/// field, the API's GET of the survey); null means a fresh key (no retry protection). Any other value is refused. The
/// same key stores one response.</param>
/// <param name="Funnel">Buying Funnel answers as sent, stage name to lead name ("customerAwareness" to "Marketing"); null
/// when none were sent. Only for a survey that asks the part; blank leads mean "not answered".</param>
public sealed record SubmitSurveyRequest(
    string? Token, string? Role, IReadOnlyList<SentAnswer>? Answers, string? SubmissionKey, IReadOnlyDictionary<string, string?>? Funnel = null);

public enum RoleProblem
{
    /// <summary>No role was sent.</summary>
    Missing = 1,

    /// <summary>Something other than exactly "Head" or "Staff" was sent.</summary>
    NotARole = 2,

    /// <summary>The invitation fixes the role, and another one was sent.</summary>
    NotTheInvitationsRole = 3,
}

public enum AnswerProblemKind
{
    /// <summary>No list of answers at all.</summary>
    NotSent = 1,

    /// <summary>Not exactly 20 answers.</summary>
    WrongCount = 2,

    /// <summary>A statement without an answer.</summary>
    Missing = 3,

    /// <summary>A whole number outside 1-5.</summary>
    OutOfRange = 4,

    /// <summary>Something that is not a whole number.</summary>
    NotANumber = 5,
}

/// <summary>What is wrong with the answers; <see cref="Message"/> in English for API clients, screens localize from the kind and number.</summary>
/// <param name="StatementNumber">1-20; null for <see cref="AnswerProblemKind.NotSent"/> and <see cref="AnswerProblemKind.WrongCount"/>.</param>
public sealed record AnswerProblem(AnswerProblemKind Kind, int? StatementNumber, string Message);

public enum FunnelProblemKind
{
    /// <summary>Funnel answers were sent to a survey that does not ask the Buying Funnel part.</summary>
    NotAsked = 1,

    /// <summary>A name that is not one of the eight stages.</summary>
    UnknownStage = 2,

    /// <summary>A value that is not Marketing, Sales, Both or NoOne.</summary>
    UnknownLead = 3,
}

/// <summary>What is wrong with the Buying Funnel answers; <see cref="Message"/> in English for API clients.</summary>
/// <param name="Stage">The stage as sent; null for <see cref="FunnelProblemKind.NotAsked"/>.</param>
public sealed record FunnelProblem(FunnelProblemKind Kind, string? Stage, string Message);

/// <summary>Every problem of a submission at once, so that a form or a client can fix them all in one go.</summary>
public sealed record SubmissionErrors(RoleProblem? Role, IReadOnlyList<AnswerProblem> Answers, string? SubmissionKey)
{
    /// <summary>Problems of the Buying Funnel part; empty when there are none.</summary>
    public IReadOnlyList<FunnelProblem> Funnel { get; init; } = [];

    /// <summary>Statements (1-20) left without an answer.</summary>
    public IReadOnlyList<int> MissingStatements => Statements(AnswerProblemKind.Missing);

    /// <summary>Statements (1-20) whose answer is not one of the five options (out of range, or not a number at all).</summary>
    public IReadOnlyList<int> InvalidStatements => Statements(AnswerProblemKind.OutOfRange, AnswerProblemKind.NotANumber);

    private int[] Statements(params AnswerProblemKind[] kinds) =>
        Answers.Where(p => kinds.Contains(p.Kind) && p.StatementNumber is not null).Select(p => p.StatementNumber!.Value).Order().ToArray();
}

/// <summary>A respondent's own total (20-100) and its level, shown back after submitting.</summary>
public sealed record OwnResult(int Total)
{
    public AlignmentLevel Level => ScoringKey.LevelOfTotal(Total);
}

/// <summary>
/// Submitting a survey: token, role, 20 answers and a submission key are checked, then stored through the one
/// <see cref="SurveyResponseWriter"/>. A closed survey says so before any complaint about the answers (fixing them
/// would not help); a retry of a response already stored is answered as a duplicate, even after closing.
/// </summary>
public sealed class SubmitSurvey(AlignmentDbContext db, SurveyResponseWriter writer, RequestSurveyLink links, SurveyQueries queries, SubmissionKeys keys)
{
    public const int SubmissionKeyMaxLength = 500;

    public abstract record Result
    {
        private Result()
        {
        }

        /// <summary>Stored now, under <paramref name="SubmissionKey"/>.</summary>
        public sealed record Stored(Guid SubmissionKey, OwnResult Own) : Result;

        /// <summary>This key was stored before (refresh, double click, retry): nothing new was written.</summary>
        public sealed record Duplicate(Guid SubmissionKey, OwnResult Own) : Result;

        /// <summary>Nothing stored; the link is open.</summary>
        public sealed record Invalid(SurveyLinkInfo Link, SubmissionErrors Errors) : Result;

        /// <summary>Nothing stored: the assessment is closed (before the submission, or since the form was opened).</summary>
        public sealed record Closed(SurveyLinkInfo Link) : Result;

        /// <summary>Nothing stored: the personal invitation was used before (it submits once).</summary>
        public sealed record AlreadyUsed(SurveyLinkInfo Link) : Result;

        /// <summary>Nothing stored: the department's open link is switched off.</summary>
        public sealed record NotInUse(SurveyLinkInfo Link) : Result;

        public sealed record NotFound : Result;
    }

    public async Task<Result> HandleAsync(SubmitSurveyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var link = await links.FindForSubmissionAsync(request.Token, cancellationToken);
        if (link is null)
        {
            return new Result.NotFound();
        }

        if (link.IsOpen && link.NotInUse)
        {
            return new Result.NotInUse(link);
        }

        var roleProblem = CheckRole(request.Role, link.FixedRole, out var role);
        var answers = CheckAnswers(request.Answers, out var answerProblems);
        var key = ReadSubmissionKey(request.Token!, request.SubmissionKey, out var keyProblem);
        var funnel = CheckFunnel(request.Funnel, link.BuyingFunnel, out var funnelProblems);
        if (roleProblem is not null || answers is null || keyProblem is not null || funnelProblems.Count > 0)
        {
            if (!link.IsOpen)
            {
                return new Result.Closed(link);
            }

            if (link.Used)
            {
                return new Result.AlreadyUsed(link);
            }

            return new Result.Invalid(link, new SubmissionErrors(roleProblem, answerProblems, keyProblem) { Funnel = funnelProblems });
        }

        // A fresh key (none was sent) cannot be a retry, so only a sent key is checked against voided responses.
        if (request.SubmissionKey is not null && await queries.VoidedTotalAsync(db, link.AssessmentId, key, link.Department, cancellationToken) is { } voidedTotal)
        {
            // A late retry of a form whose response a consultant has since voided: it must not come back.
            return new Result.Duplicate(key, new OwnResult(voidedTotal));
        }

        var outcome = await writer.SubmitAsync(new NewResponse(link.AssessmentId, link.Department, role, answers, key, link.InvitationId, funnel), cancellationToken);
        switch (outcome.Outcome)
        {
            case SubmissionOutcome.Stored:
                return new Result.Stored(key, new OwnResult(outcome.Total!.Value));
            case SubmissionOutcome.AlreadyStored:
                // Keys are unique per assessment, so the earlier response may have come through the other department's
                // link: that is not a retry of this submission, and its total is not this respondent's to see.
                var sameLink = await db.Responses.AnyAsync(r => r.Id == outcome.ResponseId && r.Department == link.Department, cancellationToken);
                if (sameLink)
                {
                    return new Result.Duplicate(key, new OwnResult(outcome.Total!.Value));
                }

                return link.IsOpen
                    ? new Result.Invalid(link, new SubmissionErrors(null, [], "This submission key was already used for the other department's survey; send a new key."))
                    : new Result.Closed(link);
            case SubmissionOutcome.AssessmentClosed:
                return new Result.Closed(link with { IsOpen = false });
            case SubmissionOutcome.InvitationAlreadyUsed:
                return new Result.AlreadyUsed(link with { Used = true });
            default:
                return new Result.NotFound();
        }
    }

    /// <summary>The role sent, or the invitation's own when it fixes one (then sending nothing, or the same role, is fine).</summary>
    private static RoleProblem? CheckRole(string? sent, RespondentRole? fixedRole, out RespondentRole role)
    {
        var parsed = RespondentRoles.TryParse(sent, out role);
        if (fixedRole is { } fixedOne)
        {
            var sentOther = sent is not null && (!parsed || role != fixedOne);
            role = fixedOne;
            return sentOther ? RoleProblem.NotTheInvitationsRole : null;
        }

        return parsed ? null : sent is null ? RoleProblem.Missing : RoleProblem.NotARole;
    }

    /// <summary>The answers when all 20 are valid; otherwise null with every problem, statement by statement.</summary>
    private static SurveyAnswers? CheckAnswers(IReadOnlyList<SentAnswer>? sent, out IReadOnlyList<AnswerProblem> problems)
    {
        if (sent is null)
        {
            problems = [new AnswerProblem(AnswerProblemKind.NotSent, null, "Send answers as an array of 20 whole numbers from 1 to 5.")];
            return null;
        }

        // Something that is not a number stands in as a valid answer, so the domain reports only what else is wrong.
        var values = sent.Select(a => a.AsSent is null ? a.Value : AnswerScale.Minimum).ToArray();
        var domainErrors = SurveyAnswers.Validate(values);
        if (domainErrors.FirstOrDefault(e => e.Kind == AnswerErrorKind.WrongCount) is { } wrongCount)
        {
            problems = [new AnswerProblem(AnswerProblemKind.WrongCount, null, wrongCount.Message)];
            return null;
        }

        var notNumbers = sent
            .Select((answer, index) => (answer.AsSent, Number: index + 1))
            .Where(a => a.AsSent is not null)
            .Select(a => new AnswerProblem(AnswerProblemKind.NotANumber, a.Number, $"Statement {a.Number} has the answer {a.AsSent}; answers are whole numbers from 1 to 5."));
        problems = domainErrors
            .Select(e => new AnswerProblem(e.Kind == AnswerErrorKind.Missing ? AnswerProblemKind.Missing : AnswerProblemKind.OutOfRange, e.StatementNumber, e.Message))
            .Concat(notNumbers)
            .OrderBy(p => p.StatementNumber)
            .ToArray();
        return problems.Count == 0 ? SurveyAnswers.Create(values) : null;
    }

    /// <summary>
    /// The Buying Funnel answers: any stage may be left out (blank lead); unknown stages or leads are refused, and so is
    /// any answer when the survey does not ask the part (a link holder cannot add counts the consultant did not ask for).
    /// </summary>
    private static FunnelAnswers? CheckFunnel(IReadOnlyDictionary<string, string?>? sent, bool asked, out IReadOnlyList<FunnelProblem> problems)
    {
        if (!asked)
        {
            problems = sent is { Count: > 0 }
                ? [new FunnelProblem(FunnelProblemKind.NotAsked, null, "This survey does not ask the Buying Funnel part; leave \"funnel\" out.")]
                : [];
            return null;
        }

        var found = new List<FunnelProblem>();
        var leads = new Dictionary<FunnelStage, FunnelLead>();
        foreach (var (stageText, leadText) in sent ?? new Dictionary<string, string?>())
        {
            if (!BuyingFunnel.TryParseStage(stageText, out var stage))
            {
                found.Add(UnknownStage(stageText));
            }
            else if (BuyingFunnel.TryParseLead(leadText, out var lead))
            {
                leads[stage] = lead;
            }
            else if (!string.IsNullOrWhiteSpace(leadText))
            {
                // A blank lead is a stage left out (each is optional); anything else must be a lead.
                found.Add(new FunnelProblem(FunnelProblemKind.UnknownLead, stageText,
                    $"The answer for {stageText} must be one of Marketing, Sales, Both, NoOne (or left out)."));
            }
        }

        problems = found;
        return found.Count == 0 ? FunnelAnswers.Create(leads) : null;
    }

    private static FunnelProblem UnknownStage(string stage) =>
        new(FunnelProblemKind.UnknownStage, stage,
            $"Unknown funnel stage \"{(stage.Length <= 40 ? stage : stage[..40] + "…")}\"; the stages are {string.Join(", ", BuyingFunnel.Stages.Select(BuyingFunnel.Key))}.");

    private Guid ReadSubmissionKey(string token, string? key, out string? problem)
    {
        problem = null;
        if (key is null)
        {
            return Guid.NewGuid();
        }

        if (key.Length is 0 or > SubmissionKeyMaxLength || !keys.TryRead(token, key, out var issued))
        {
            problem = "The submission key is not one this survey issued, or it has expired: send the submissionKey from GET /api/v1/surveys/{token}, or none.";
            return Guid.Empty;
        }

        return issued;
    }
}
