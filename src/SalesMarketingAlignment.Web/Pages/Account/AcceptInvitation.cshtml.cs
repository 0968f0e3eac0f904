using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Pages.Account;

/// <summary>The invitation link (<see cref="AcceptInvitation"/>): choose a password, or sign in and join.</summary>
[AllowAnonymous]
public sealed class AcceptInvitationModel(AcceptInvitation acceptInvitation, SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public AcceptInvitation.NewAccount Input { get; set; } = new();

    public AcceptInvitation.Details? Invitation { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public string LoginUrl => QueryHelpers.AddQueryString("/Account/Login", "returnUrl", QueryHelpers.AddQueryString("/Account/AcceptInvitation", "token", Token ?? ""));

    public async Task OnGetAsync(CancellationToken cancellationToken) => Invitation = await acceptInvitation.FindAsync(Token, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Invitation = await acceptInvitation.FindAsync(Token, cancellationToken);
        if (Invitation is null || !ModelState.IsValid)
        {
            return Page();
        }

        return await ShowAsync(await acceptInvitation.HandleAsync(Token, AuditTrail.UserId(User), Input, cancellationToken));
    }

    public async Task<IActionResult> OnPostJoinAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Invitation = await acceptInvitation.FindAsync(Token, cancellationToken);
        if (Invitation is null)
        {
            return Page();
        }

        return await ShowAsync(await acceptInvitation.HandleAsync(Token, AuditTrail.UserId(User), null, cancellationToken));
    }

    private async Task<IActionResult> ShowAsync(AcceptInvitation.Result result)
    {
        switch (result)
        {
            case AcceptInvitation.Joined joined:
                if (joined.AccountCreated)
                {
                    await signIn.SignInAsync(joined.User, isPersistent: false);
                }

                return RedirectToPage("/Organizations/Details", new { id = joined.OrganizationId });
            case AcceptInvitation.Invalid invalid:
                ModelState.AddErrors(nameof(Input), invalid.Errors);
                return Page();
            case AcceptInvitation.SignInFirst first:
                ModelState.AddModelError(string.Empty, first.Message);
                return Page();
            case AcceptInvitation.NotValid:
                Invitation = null;
                return Page();
            default:
                throw new InvalidOperationException($"Unexpected result {result}.");
        }
    }
}
