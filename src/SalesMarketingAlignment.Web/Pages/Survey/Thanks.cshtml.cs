using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Features.Survey;

namespace SalesMarketingAlignment.Web.Pages.Survey;

/// <summary>After a submission (redirected here): the respondent's own total and level, read back by <see cref="ShowOwnResult"/>.
/// Only the holder of the random submission key can open it.</summary>
[AllowAnonymous]
public sealed class ThanksModel(ShowOwnResult showOwnResult) : PageModel
{
    public int Total { get; private set; }
    public AlignmentLevel Level { get; private set; }

    /// <summary>The link's token: the page tells the browser which kept draft to remove.</summary>
    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, Guid key, CancellationToken cancellationToken)
    {
        if (await showOwnResult.HandleAsync(token, key, cancellationToken) is not { } own)
        {
            return NotFound();
        }

        Token = token;
        Total = own.Total;
        Level = own.Level;
        return Page();
    }
}
