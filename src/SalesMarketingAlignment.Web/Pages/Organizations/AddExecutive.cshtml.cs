using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Organizations;

/// <summary>Adds a member or invites one by email (<see cref="AddMember"/>).</summary>
[AuthorizeOrganization(OrganizationSourceKind.Organization, "id", ChangeOnly = true)]
public sealed class AddExecutiveModel(AlignmentDbContext db, AddMember addMember) : PageModel
{
    [BindProperty]
    public AddMember.Request Input { get; set; } = new();

    public int Id { get; private set; }
    public string OrganizationName { get; private set; } = "";

    /// <summary>After an invitation: to whom, and the link when it was not mailed.</summary>
    public string? InvitedEmail { get; private set; }
    public string? InvitationLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await addMember.HandleAsync(id, Input, User, Request, cancellationToken))
        {
            case AddMember.Invited invited:
                InvitedEmail = invited.Email;
                InvitationLink = invited.Link;
                ModelState.Clear();
                Input = new();
                return Page();
            default:
                return RedirectToPage("/Organizations/Details", new { id });
        }
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Id = id;
        OrganizationName = await db.Organizations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(cancellationToken);
    }
}
