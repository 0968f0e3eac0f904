using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Web.Pages.Survey;

/// <summary>
/// The anonymous survey behind a department's link: role, then the 20 statements. Stores nothing about the
/// respondent but the answers, department, role and day. A refresh or double click sends the same submission key,
/// which is stored once.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(AlignmentDbContext db, SurveyResponseWriter writer, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public SurveyInput Input { get; set; } = new();

    public Department Department { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public bool IsClosed { get; private set; }

    /// <summary>Statements (1-20) the respondent still has to answer, after a submission with gaps.</summary>
    public IReadOnlyList<int> Missing { get; private set; } = [];

    /// <summary>Statements (1-20) with an answer that is not one of the five options.</summary>
    public IReadOnlyList<int> Invalid { get; private set; } = [];

    public int AnsweredCount => Enumerable.Range(1, Questionnaire.StatementCount).Count(n => ParseAnswer(n) is { } v && AnswerScale.IsValid(v));

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var link = await FindLinkAsync(token, cancellationToken);
        if (link is null)
        {
            return NotFound();
        }

        Input = new SurveyInput { SubmissionKey = Guid.NewGuid() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var link = await FindLinkAsync(token, cancellationToken);
        if (link is null)
        {
            return NotFound();
        }

        if (IsClosed)
        {
            return Page();
        }

        // The model binder's own messages are not needed: every field is checked here, with the statement named.
        ModelState.Clear();
        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }

        var role = ParseRole(Input.Role);
        if (role is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Role)}", localizer["Choose whether you are the head of the department or a member of staff."]);
        }

        var answers = Enumerable.Range(1, Questionnaire.StatementCount).Select(ParseAnswer).ToArray();
        var errors = SurveyAnswers.Validate(answers);
        Missing = errors.Where(e => e.Kind == AnswerErrorKind.Missing).Select(e => e.StatementNumber!.Value).ToList();
        Invalid = errors.Where(e => e.Kind == AnswerErrorKind.OutOfRange).Select(e => e.StatementNumber!.Value).ToList();
        if (Missing.Count > 0)
        {
            ModelState.AddModelError(string.Empty, localizer["Please answer every statement. Not answered yet: {0}.", Numbers(Missing)]);
        }

        if (Invalid.Count > 0)
        {
            ModelState.AddModelError(string.Empty, localizer["Choose one of the five answers for statement(s) {0}.", Numbers(Invalid)]);
        }

        if (!ModelState.IsValid || role is null)
        {
            return Page();
        }

        var result = await writer.SubmitAsync(
            new NewResponse(link.AssessmentId, link.Department, role.Value, SurveyAnswers.Create(answers), Input.SubmissionKey),
            cancellationToken);
        switch (result.Outcome)
        {
            case SubmissionOutcome.Stored or SubmissionOutcome.AlreadyStored:
                // Post/Redirect/Get: a refresh of the thank-you page sends nothing again.
                return Redirect($"/s/{Uri.EscapeDataString(token)}/thanks/{Input.SubmissionKey:D}");
            case SubmissionOutcome.AssessmentClosed:
                IsClosed = true;
                return Page();
            default:
                return NotFound();
        }
    }

    /// <summary>The raw answer to statement <paramref name="number"/> as a number, or null when empty or not a number.</summary>
    public int? ParseAnswer(int number)
    {
        var raw = Input.Answers.GetValueOrDefault(number);
        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Whether statement <paramref name="number"/> was sent with something that is not a number (e.g. "abc").</summary>
    public bool IsGarbled(int number)
    {
        var raw = Input.Answers.GetValueOrDefault(number);
        return !string.IsNullOrEmpty(raw) && ParseAnswer(number) is null;
    }

    private static RespondentRole? ParseRole(string? role) => role switch
    {
        nameof(RespondentRole.Head) => RespondentRole.Head,
        nameof(RespondentRole.Staff) => RespondentRole.Staff,
        _ => null,
    };

    private static string Numbers(IEnumerable<int> numbers) => string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.CurrentCulture)));

    private async Task<LinkInfo?> FindLinkAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > Data.Entities.SurveyLink.TokenMaxLength)
        {
            return null;
        }

        var link = await db.SurveyLinks.AsNoTracking()
            .Where(l => l.Token == token)
            .Select(l => new LinkInfo(l.AssessmentId, l.Department, l.Assessment!.Status))
            .SingleOrDefaultAsync(cancellationToken);
        if (link is not null)
        {
            Department = link.Department;
            DepartmentName = InstrumentTexts.Get($"Department{link.Department}");
            IsClosed = link.Status != Data.Entities.AssessmentStatus.Open;
        }

        return link;
    }

    private sealed record LinkInfo(int AssessmentId, Department Department, Data.Entities.AssessmentStatus Status);

    public sealed class SurveyInput
    {
        /// <summary>"Head" or "Staff".</summary>
        public string? Role { get; set; }

        /// <summary>Generated when the form is rendered; the same key twice stores one response.</summary>
        public Guid SubmissionKey { get; set; }

        /// <summary>Raw answers by statement number (1-20); a dictionary so gaps bind. Parsed and checked by the page.</summary>
        public Dictionary<int, string?> Answers { get; set; } = [];
    }
}
