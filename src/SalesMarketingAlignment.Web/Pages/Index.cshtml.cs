using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages;

public sealed class IndexModel(AlignmentDbContext db) : PageModel
{
    /// <summary>On a new installation, go straight to creating the administrator.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await DatabaseStartup.AdministratorExistsAsync(db, cancellationToken) ? Page() : RedirectToPage("/Setup/Index");
}
