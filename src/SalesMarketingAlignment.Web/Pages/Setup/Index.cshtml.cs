using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Features.Users;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Pages.Setup;

/// <summary>First run only: creates the administrator (<see cref="CreateUser"/>) while none exists; afterwards a 404.</summary>
[AllowAnonymous]
public sealed class IndexModel(
    AlignmentDbContext db, CreateUser createUser, SignInManager<ApplicationUser> signIn, SetupCode setupCode, IAuditTrail audit,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string WrongCodeText = "The setup code is not correct. Look for the latest one in the server's log.";

    /// <summary>The one-time code from the log (<see cref="Features.Accounts.SetupCode"/>): without it nobody takes over a fresh install.</summary>
    [BindProperty]
    public string? Code { get; set; }

    // Two people submitting the form at once must not both become administrator.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    [BindProperty]
    public CreateUser.NewAccount Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await DatabaseStartup.AdministratorExistsAsync(db, cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ApplicationUser administrator;
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (await DatabaseStartup.AdministratorExistsAsync(db, cancellationToken))
            {
                return NotFound();
            }

            if (!setupCode.Check(Code))
            {
                await audit.RecordAsync(new AuditEntry(AuditKind.SetupCodeRejected), cancellationToken);
                ModelState.AddModelError(nameof(Code), localizer[WrongCodeText]);
                return Page();
            }

            if (!ModelState.IsValid)
            {
                return Page();
            }

            var result = await createUser.HandleAsync(Input.WithRole(Roles.Administrator), cancellationToken);
            if (result is not CreateUser.Created created)
            {
                ModelState.AddErrors(nameof(Input), CreateUser.FieldErrors(result));
                return Page();
            }

            administrator = created.User;
            setupCode.Retire();
            await audit.RecordAsync(new AuditEntry(AuditKind.AccountCreated, administrator.Id, administrator.Id, Detail: Roles.Administrator), cancellationToken);
        }
        finally
        {
            OneAtATime.Release();
        }

        // Just created with this password: sign in without checking it again.
        await signIn.SignInAsync(administrator, isPersistent: false);
        return RedirectToPage("/Admin/Users/Index");
    }
}
