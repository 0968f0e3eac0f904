using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Features.Survey;

namespace SalesMarketingAlignment.Web.Pages.Survey;

/// <summary>After a submission (redirected here): the respondent's own total and level, read back by <see cref="ShowOwnResult"/>
/// with the submission key from this browser's <see cref="OwnResultCookie"/>. Any other browser gets 404.</summary>
[AllowAnonymous]
public sealed class ThanksModel(ShowOwnResult showOwnResult, OwnResultCookie ownResultCookie) : PageModel
{
    public int Total { get; private set; }
    public AlignmentLevel Level { get; private set; }

    /// <summary>The link's token: the page tells the browser which kept draft to remove.</summary>
    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (ownResultCookie.Read(HttpContext, token) is not { } key || await showOwnResult.HandleAsync(token, key, cancellationToken) is not { } own)
        {
            return NotFound();
        }

        Token = token;
        Total = own.Total;
        Level = own.Level;
        return Page();
    }
}
