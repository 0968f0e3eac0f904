using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Pages.Admin.Users;

/// <summary>Administrators list the accounts and create new ones with a role (<see cref="CreateUser"/>).</summary>
public sealed class IndexModel(
    AlignmentDbContext db, CreateUser createUser, SetUserDisabled setUserDisabled, PasswordReset passwordReset,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string? CurrentUserId => AuditTrail.UserId(User);

    [TempData]
    public string? Message { get; set; }

    public string? ResetLink { get; private set; }

    public string? ResetFor { get; private set; }

    public Task<IActionResult> OnPostDisableAsync(string userId, CancellationToken cancellationToken) => SetDisabledAsync(userId, true, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string userId, CancellationToken cancellationToken) => SetDisabledAsync(userId, false, cancellationToken);

    /// <summary>Shows a one-time password link on the page (not in TempData: the cookie would carry it).</summary>
    public async Task<IActionResult> OnPostResetLinkAsync(string userId, CancellationToken cancellationToken)
    {
        ResetLink = await passwordReset.IssueLinkAsync(Request, userId, CurrentUserId, cancellationToken);
        if (ResetLink is null)
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        ResetFor = Users.FirstOrDefault(u => u.Id == userId)?.Email;
        return Page();
    }

    private async Task<IActionResult> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken)
    {
        switch (await setUserDisabled.HandleAsync(userId, disabled, CurrentUserId!, cancellationToken))
        {
            case SetUserDisabled.NotFound:
                return NotFound();
            case SetUserDisabled.Refused refused:
                Message = refused.Message;
                break;
            case SetUserDisabled.Done done:
                Message = localizer[disabled ? "Disabled {0}: every session of the account has ended." : "Enabled {0}.", done.User.Email ?? ""];
                break;
        }

        return RedirectToPage();
    }

    [BindProperty]
    public CreateUser.Request Input { get; set; } = new() { Role = Roles.Consultant };

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    [TempData]
    public string? Created { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await createUser.HandleAsync(Input, cancellationToken);
            if (result is CreateUser.Created created)
            {
                Created = created.User.Email;
                return RedirectToPage();
            }

            ModelState.AddErrors(nameof(Input), CreateUser.FieldErrors(result));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Users = await db.Users.OrderBy(u => u.Email).WithRoles(db).ToListAsync(cancellationToken);
}
