using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Web.Features.Survey;

namespace SalesMarketingAlignment.Web.Pages.Survey;

/// <summary>
/// The anonymous survey behind a department's link: role, then the 20 statements. A thin adapter over
/// <see cref="OpenSurvey"/> and <see cref="SubmitSurvey"/> (the same use cases as the API). Stores nothing about the
/// respondent but the answers, department, role and day. A refresh or double click sends the same submission key,
/// which is stored once.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(OpenSurvey openSurvey, SubmitSurvey submitSurvey, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public SurveyInput Input { get; set; } = new();

    public Department Department { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public bool IsClosed { get; private set; }

    /// <summary>A personal invitation that has answered already.</summary>
    public bool IsUsed { get; private set; }

    /// <summary>An open link the consultant switched off.</summary>
    public bool IsNotInUse { get; private set; }

    /// <summary>The role a personal invitation sets: the form does not ask for it then.</summary>
    public RespondentRole? FixedRole { get; private set; }

    /// <summary>Statements (1-20) the respondent still has to answer, after a submission with gaps.</summary>
    public IReadOnlyList<int> Missing { get; private set; } = [];

    /// <summary>Statements (1-20) with an answer that is not one of the five options.</summary>
    public IReadOnlyList<int> Invalid { get; private set; } = [];

    public int AnsweredCount => Enumerable.Range(1, Questionnaire.StatementCount).Count(n => ParseAnswer(n) is { } v && AnswerScale.IsValid(v));

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        switch (await openSurvey.HandleAsync(token, cancellationToken))
        {
            case OpenSurvey.Result.Open open:
                Show(open.Link);
                Input = new SurveyInput { SubmissionKey = Guid.NewGuid() };
                return Page();
            case OpenSurvey.Result.Closed closed:
                Show(closed.Link);
                return Page();
            case OpenSurvey.Result.Used used:
                Show(used.Link);
                return Page();
            case OpenSurvey.Result.NotInUse notInUse:
                Show(notInUse.Link);
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        // The model binder's own messages are not needed: every field is checked by the use case, with the statement named.
        ModelState.Clear();
        if (Input.SubmissionKey == Guid.Empty)
        {
            // The form always sends its key; without one, this attempt gets its own (kept if the form is shown again).
            Input.SubmissionKey = Guid.NewGuid();
        }

        var answers = Enumerable.Range(1, Questionnaire.StatementCount).Select(SentAnswerTo).ToArray();
        var request = new SubmitSurveyRequest(token, Input.Role, answers, Input.SubmissionKey.ToString("D"));
        switch (await submitSurvey.HandleAsync(request, cancellationToken))
        {
            case SubmitSurvey.Result.Stored or SubmitSurvey.Result.Duplicate:
                // Post/Redirect/Get: a refresh of the thank-you page sends nothing again.
                return Redirect($"/s/{Uri.EscapeDataString(token)}/thanks/{Input.SubmissionKey:D}");
            case SubmitSurvey.Result.Invalid invalid:
                Show(invalid.Link);
                AddErrors(invalid.Errors);
                return Page();
            case SubmitSurvey.Result.Closed closed:
                Show(closed.Link);
                return Page();
            case SubmitSurvey.Result.AlreadyUsed used:
                // Nothing stored: the invitation answered before. The page says so plainly.
                Show(used.Link);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case SubmitSurvey.Result.NotInUse notInUse:
                Show(notInUse.Link);
                Response.StatusCode = StatusCodes.Status409Conflict;
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

    private SentAnswer SentAnswerTo(int number)
    {
        var raw = Input.Answers.GetValueOrDefault(number);
        return string.IsNullOrEmpty(raw) ? SentAnswer.None
            : ParseAnswer(number) is { } value ? SentAnswer.Of(value)
            : SentAnswer.NotANumber(raw);
    }

    private void Show(SurveyLinkInfo link)
    {
        Department = link.Department;
        DepartmentName = link.DepartmentName;
        IsClosed = !link.IsOpen;
        IsUsed = link.IsOpen && link.Used;
        IsNotInUse = link.IsOpen && link.NotInUse;
        FixedRole = link.FixedRole;
    }

    private void AddErrors(SubmissionErrors errors)
    {
        if (errors.Role is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Role)}", localizer["Choose whether you are the head of the department or a member of staff."]);
        }

        if (errors.SubmissionKey is not null)
        {
            // Only a tampered form sends a key that is not its own: a fresh one lets the respondent send again.
            Input.SubmissionKey = Guid.NewGuid();
            ModelState.AddModelError(string.Empty, localizer["Your answers have not been saved yet; please send them again."]);
        }

        Missing = errors.MissingStatements;
        Invalid = errors.InvalidStatements;
        if (Missing.Count > 0)
        {
            ModelState.AddModelError(string.Empty, localizer["Please answer every statement. Not answered yet: {0}.", Numbers(Missing)]);
        }

        if (Invalid.Count > 0)
        {
            ModelState.AddModelError(string.Empty, localizer["Choose one of the five answers for statement(s) {0}.", Numbers(Invalid)]);
        }
    }

    private static string Numbers(IEnumerable<int> numbers) => string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.CurrentCulture)));

    public sealed class SurveyInput
    {
        /// <summary>"Head" or "Staff".</summary>
        public string? Role { get; set; }

        /// <summary>Generated when the form is rendered; the same key twice stores one response.</summary>
        public Guid SubmissionKey { get; set; }

        /// <summary>Raw answers by statement number (1-20); a dictionary so gaps bind. Checked by the use case.</summary>
        public Dictionary<int, string?> Answers { get; set; } = [];
    }
}
