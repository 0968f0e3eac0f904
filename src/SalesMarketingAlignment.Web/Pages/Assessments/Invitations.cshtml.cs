using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Exports;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Invitations;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;
using SalesMarketingAlignment.Web.Infrastructure.Mail;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>
/// The consultant's Invitations page: add people (paste or upload a list, or anonymous codes for paper), send the
/// personal links by email and remind, or download them for a mail merge; switch the open links. A thin adapter over
/// the same use cases as the API (<see cref="ImportInvitations"/>, <see cref="SendInvitations"/>, <see cref="SetOpenLinks"/>).
/// </summary>
[AuthorizeOrganization(OrganizationSourceKind.Assessment, "id", ChangeOnly = true)]
public sealed class InvitationsModel(
    AlignmentDbContext db, ImportInvitations import, ListInvitations list, SendInvitations send, SetOpenLinks setOpenLinks,
    InvitationDelivery delivery, IMailSender mail, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>Most rows the page lists; the CSV download has them all.</summary>
    public const int RowsShown = 1000;

    /// <summary>Largest uploaded list (10,000 lines of address, name and role fit well within it).</summary>
    public const int MaxUploadBytes = 4 * 1024 * 1024;

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string OrganizationName { get; private set; } = "";
    public bool IsOpen { get; private set; }
    public bool SalesOpenLink { get; private set; }
    public bool MarketingOpenLink { get; private set; }
    public bool MailConfigured => mail.IsConfigured;
    public IReadOnlyList<InvitationRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Used { get; private set; }
    public int WithEmail { get; private set; }
    public int NotSent { get; private set; }
    public int Failed { get; private set; }
    public int Codes { get; private set; }
    public DeliveryProgress? Delivery { get; private set; }

    /// <summary>Bad lines of the list just posted (nothing was imported), with their numbers.</summary>
    public IReadOnlyList<InviteeLineError> ImportErrors { get; private set; } = [];

    [BindProperty]
    public ImportInput Import { get; set; } = new();

    /// <summary>A short message after an action (imported, queued).</summary>
    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostImportAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var text = Import.List ?? "";
        if (Import.File is { Length: > 0 } file)
        {
            if (file.Length > MaxUploadBytes)
            {
                return await ShowErrorsAsync(id, [new(0, localizer["The file is larger than {0} MB.", MaxUploadBytes / 1024 / 1024])], cancellationToken);
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = await reader.ReadToEndAsync(cancellationToken);
            Import.List = text;
        }

        var request = Import.Count is not null && string.IsNullOrWhiteSpace(text)
            ? new ImportInvitationsRequest(Import.Department, ParseRole(Import.Role), Count: Import.Count)
            : new ImportInvitationsRequest(Import.Department, ParseRole(Import.Role), List: text);
        switch (await import.HandleAsync(id, request, cancellationToken))
        {
            case ImportInvitations.Imported imported:
                Message = imported.Invitations.Count == 1
                    ? localizer["1 invitation added."].Value
                    : localizer["{0} invitations added.", imported.Invitations.Count].Value;
                return RedirectToPage(new { id });
            case ImportInvitations.Invalid invalid:
                return await ShowErrorsAsync(id, invalid.Errors.Select(e => e with { Message = LocalizeLineError(e, request) }).ToList(), cancellationToken);
            case ImportInvitations.Closed:
                return await ShowErrorsAsync(id, [new(0, localizer["The assessment is closed: it takes no more invitations."])], cancellationToken);
            default:
                return NotFound();
        }
    }

    public async Task<IActionResult> OnPostSendAsync(int id, DeliveryKind kind, bool failedOnly, CancellationToken cancellationToken)
    {
        var result = await send.HandleAsync(id, new SendInvitationsRequest(kind == DeliveryKind.Reminder ? DeliveryKind.Reminder : DeliveryKind.Invitation, failedOnly), SurveyLinkUrl.Prefix(Request), cancellationToken);
        Message = result switch
        {
            SendInvitations.Queued { Progress.Total: 0 } => localizer["There was nobody to send to."].Value,
            SendInvitations.Queued queued => localizer["Sending {0} messages. This page shows the progress; refresh it to follow.", queued.Progress.Total].Value,
            SendInvitations.NotConfigured => localizer["Mail is not configured: download the personal links for a mail merge instead."].Value,
            SendInvitations.NoPublicAddress => localizer["Emailed links must be complete addresses: the administrator sets App:PublicBaseUrl."].Value,
            SendInvitations.Busy => localizer["Messages are still being sent; wait until they are done."].Value,
            SendInvitations.Closed => localizer["The assessment is closed: it sends no more invitations."].Value,
            _ => null,
        };
        return result is SendInvitations.NotFound ? NotFound() : RedirectToPage(null, null, new { id }, "delivery");
    }

    public async Task<IActionResult> OnPostOpenLinkAsync(int id, Department department, bool enabled, CancellationToken cancellationToken) =>
        await setOpenLinks.HandleAsync(id, department, enabled, cancellationToken)
            ? RedirectToPage(null, null, new { id }, "open-links")
            : NotFound();

    /// <summary>Every unused personal link as CSV (email, name, department, role, link) for a mail merge.</summary>
    public async Task<IActionResult> OnGetLinksAsync(int id, CancellationToken cancellationToken)
    {
        var rows = await list.HandleAsync(id, cancellationToken);
        var builder = new StringBuilder();
        await using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        {
            var csv = new CsvRowWriter(writer);
            await csv.Text("email").Text("name").Text("department").Text("role").Text("link").EndRowAsync(cancellationToken);
            foreach (var row in rows.Where(r => !r.Used))
            {
                await csv.Text(row.Email).Text(row.Name).Text(row.Department.ToString()).Text(row.Role?.ToString())
                    .Text(SurveyLinkUrl.For(Request, row.Token)).EndRowAsync(cancellationToken);
            }
        }

        return File([.. CsvRowWriter.Encoding.GetPreamble(), .. CsvRowWriter.Encoding.GetBytes(builder.ToString())], "text/csv; charset=utf-8", $"invitations-{id}.csv");
    }

    private static RespondentRole? ParseRole(string? role) => RespondentRoles.TryParse(role, out var parsed) ? parsed : null;

    private string LocalizeLineError(InviteeLineError error, ImportInvitationsRequest request) => error.Problem switch
    {
        LineProblem.NotAnEmail => localizer["\"{0}\" is not an email address.", error.Value ?? ""],
        LineProblem.NameTooLong => localizer["The name has more than {0} characters.", Invitation.NameMaxLength],
        LineProblem.UnknownRole => localizer["Unknown role \"{0}\": write Head or Staff, or leave it empty.", error.Value ?? ""],
        LineProblem.UnknownDepartment => localizer["Unknown department \"{0}\": write Sales or Marketing, or leave it empty.", error.Value ?? ""],
        LineProblem.TooManyFields => localizer["Too many fields: write email, name, role (Head or Staff), department (Sales or Marketing)."],
        LineProblem.Duplicate => localizer["{0} is already on line {1}.", error.Value ?? "", error.EarlierLine ?? 0],
        LineProblem.AlreadyInvited => localizer["{0} is already invited to this assessment.", error.Value ?? ""],
        _ when request.Count is not null => localizer["Ask for 1 to {0} codes at a time.", InvitationList.MaxEntries],
        _ when string.IsNullOrWhiteSpace(request.List) => localizer["The list is empty: write one email address per line."],
        _ => localizer["A list may hold at most {0} people. Split it.", InvitationList.MaxEntries],
    };

    private async Task<IActionResult> ShowErrorsAsync(int id, IReadOnlyList<InviteeLineError> errors, CancellationToken cancellationToken)
    {
        ImportErrors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.Title, OrganizationName = a.Organization!.Name, a.Status, a.SalesOpenLink, a.MarketingOpenLink })
            .SingleOrDefaultAsync(cancellationToken);
        if (assessment is null)
        {
            return false;
        }

        Id = id;
        Title = assessment.Title;
        OrganizationName = assessment.OrganizationName;
        IsOpen = assessment.Status == AssessmentStatus.Open;
        SalesOpenLink = assessment.SalesOpenLink;
        MarketingOpenLink = assessment.MarketingOpenLink;
        var rows = await list.HandleAsync(id, cancellationToken);
        Total = rows.Count;
        Used = rows.Count(r => r.Used);
        WithEmail = rows.Count(r => r.Email is not null);
        NotSent = rows.Count(r => r.Email is not null && !r.Used && r.SentOn is null);
        Failed = rows.Count(r => r.SendError is not null && !r.Used);
        Codes = rows.Count(r => r.Email is null);
        Rows = rows.Take(RowsShown).ToList();
        Delivery = delivery.ProgressOf(id);
        return true;
    }

    public sealed class ImportInput
    {
        public Department Department { get; set; } = Department.Sales;

        /// <summary>"Head", "Staff", or empty (the respondent chooses).</summary>
        public string? Role { get; set; }

        /// <summary>Pasted lines: email, optional name, optional role, optional department.</summary>
        public string? List { get; set; }

        public IFormFile? File { get; set; }

        /// <summary>A number of anonymous codes for paper, instead of a list.</summary>
        public int? Count { get; set; }
    }
}
