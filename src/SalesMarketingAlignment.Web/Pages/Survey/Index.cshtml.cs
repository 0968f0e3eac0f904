using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Web.Features.Survey;

namespace SalesMarketingAlignment.Web.Pages.Survey;

/// <summary>
/// The anonymous survey behind a department's link: role, then the 20 statements. A thin adapter over
/// <see cref="OpenSurvey"/> and <see cref="SubmitSurvey"/> (the same use cases as the API). Stores nothing about the
/// respondent but the answers, department, role and day. A refresh or double click sends the same server-issued
/// submission key (<see cref="SubmissionKeys"/>), which is stored once.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    OpenSurvey openSurvey, SubmitSurvey submitSurvey, SubmissionKeys keys, OwnResultCookie ownResultCookie, IStringLocalizer<SharedResource> localizer, AlignmentDbContext db,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public SurveyInput Input { get; set; } = new();

    public Department Department { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public bool IsClosed { get; private set; }

    /// <summary>The organization the survey is for, named on the page so a respondent knows the link is genuine.</summary>
    public string OrganizationName { get; private set; } = "";

    /// <summary>The smallest staff group whose figures are shown; the head notice quotes it.</summary>
    public int MinimumGroupSize { get; private set; } = AnonymityRule.DefaultMinimumGroupSize;

    /// <summary>Where the page keeps unsent answers in the browser (localStorage): one key per link.</summary>
    public string DraftKey { get; private set; } = "";

    /// <summary>The last day for answers (UTC); null without a closing date.</summary>
    public DateOnly? ClosesOn { get; private set; }

    /// <summary>The survey is closed because its closing date has passed (not because the consultant closed it).</summary>
    public bool ClosingDatePassed { get; private set; }

    /// <summary>False for a round from before decision 0013: heads are not shown as the head's view, so the page does not say they are.</summary>
    public bool HeadsToldOfHeadsView { get; private set; } = true;

    /// <summary>The closing date in the page's language ("25 November 2026", "25 ноября 2026").</summary>
    public string ClosesOnText => ClosesOn is { } day ? day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) : "";

    /// <summary>A personal invitation that has answered already.</summary>
    public bool IsUsed { get; private set; }

    /// <summary>An open link the consultant switched off.</summary>
    public bool IsNotInUse { get; private set; }

    /// <summary>The role a personal invitation sets: the form does not ask for it then.</summary>
    public RespondentRole? FixedRole { get; private set; }

    /// <summary>The survey asks the optional Buying Funnel part after the statements.</summary>
    public bool AsksFunnel { get; private set; }

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
                await ShowAsync(open.Link, token, cancellationToken);
                Input = new SurveyInput { SubmissionKey = keys.Issue(token) };
                return Page();
            case OpenSurvey.Result.Closed closed:
                await ShowAsync(closed.Link, token, cancellationToken);
                return Page();
            case OpenSurvey.Result.Used used:
                await ShowAsync(used.Link, token, cancellationToken);
                return Page();
            case OpenSurvey.Result.NotInUse notInUse:
                await ShowAsync(notInUse.Link, token, cancellationToken);
                return Page();
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        // The model binder's own messages are not needed: every field is checked by the use case, with the statement named.
        ModelState.Clear();
        if (string.IsNullOrEmpty(Input.SubmissionKey))
        {
            // The form always sends its key; without one, this attempt gets its own (kept if the form is shown again).
            Input.SubmissionKey = keys.Issue(token);
        }

        var answers = Enumerable.Range(1, Questionnaire.StatementCount).Select(SentAnswerTo).ToArray();
        var request = new SubmitSurveyRequest(token, Input.Role, answers, Input.SubmissionKey, Input.Funnel.Count == 0 ? null : Input.Funnel);
        switch (await submitSurvey.HandleAsync(request, cancellationToken))
        {
            case SubmitSurvey.Result.Stored { SubmissionKey: var stored }:
                return Thanks(token, stored);
            case SubmitSurvey.Result.Duplicate { SubmissionKey: var duplicate }:
                return Thanks(token, duplicate);
            case SubmitSurvey.Result.Invalid invalid:
                await ShowAsync(invalid.Link, token, cancellationToken);
                AddErrors(token, invalid.Errors);
                return Page();
            case SubmitSurvey.Result.Closed closed:
                // Nothing stored: the page says the survey is closed (and, past the closing date, since when).
                await ShowAsync(closed.Link, token, cancellationToken);
                return Page();
            case SubmitSurvey.Result.AlreadyUsed used:
                // Nothing stored: the invitation answered before. The page says so plainly.
                await ShowAsync(used.Link, token, cancellationToken);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case SubmitSurvey.Result.NotInUse notInUse:
                await ShowAsync(notInUse.Link, token, cancellationToken);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return NotFound();
        }
    }

    /// <summary>
    /// Post/Redirect/Get: a refresh of the thank-you page sends nothing again. Only this browser's cookie says whose
    /// total to show there; the address carries no key.
    /// </summary>
    private RedirectResult Thanks(string token, Guid submissionKey)
    {
        ownResultCookie.Set(HttpContext, token, submissionKey);
        // Post/Redirect/Get: a refresh of the thank-you page sends nothing again; the page clears the draft kept in the browser.
        return Redirect($"{OwnResultCookie.PathOf(token)}/thanks{SurveyLanguageSwitch.QueryOf(Request)}");
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

    private async Task ShowAsync(SurveyLinkInfo link, string token, CancellationToken cancellationToken)
    {
        Department = link.Department;
        DepartmentName = link.DepartmentName;
        IsClosed = !link.IsOpen;
        ClosesOn = link.ClosesOn;
        ClosingDatePassed = IsClosed && link.ClosesOn is { } lastDay && lastDay < clock.Today();
        DraftKey = DraftKeyFor(token);
        if (await SurveyLinks.ContextAsync(db, link, cancellationToken) is { } context)
        {
            OrganizationName = context.OrganizationName;
            MinimumGroupSize = context.MinimumGroupSize;
            HeadsToldOfHeadsView = context.HeadsToldOfHeadsView;
        }

        IsUsed = link.IsOpen && link.Used;
        IsNotInUse = link.IsOpen && link.NotInUse;
        FixedRole = link.FixedRole;
        AsksFunnel = link.BuyingFunnel;
    }

    /// <summary>
    /// The browser storage key for a link's unsent answers: a hash of the token, so the token itself is not written
    /// to storage that other pages of the site could read.
    /// </summary>
    public static string DraftKeyFor(string token) =>
        "survey-draft-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)))[..16];

    private void AddErrors(string token, SubmissionErrors errors)
    {
        if (errors.Role is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Role)}", localizer["Choose whether you are the head of the department or a member of staff."]);
        }

        if (errors.SubmissionKey is not null)
        {
            // A tampered or expired key (a form left open for days): a fresh one lets the respondent send again.
            Input.SubmissionKey = keys.Issue(token);
            ModelState.AddModelError(string.Empty, localizer["Your answers have not been saved yet; please send them again."]);
        }

        if (errors.Funnel.Count > 0)
        {
            // Only a tampered form gets here (the page offers the valid choices only, and none when the part is off).
            ModelState.AddModelError(string.Empty, localizer["Some Buying Funnel answers were not one of the choices offered; please choose again."]);
            Input.Funnel.Clear();
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

        /// <summary>Issued by the server when the form is rendered (<see cref="SubmissionKeys"/>); the same key twice stores one response.</summary>
        public string? SubmissionKey { get; set; }

        /// <summary>Raw answers by statement number (1-20); a dictionary so gaps bind. Checked by the use case.</summary>
        public Dictionary<int, string?> Answers { get; set; } = [];

        /// <summary>Buying Funnel answers as sent: stage key ("customerAwareness") to lead ("Marketing"); checked by the use case.</summary>
        public Dictionary<string, string?> Funnel { get; set; } = [];
    }
}
