using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages;

/// <summary>
/// The page for errors and for 4xx status codes (UseStatusCodePagesWithReExecute). After an exception the code comes
/// from the response status that the exception handler set (503 for a storage failure, Infrastructure/ErrorPipeline).
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? Response.StatusCode);

    public void OnPost(int? code) => Describe(code ?? Response.StatusCode);

    private void Describe(int? code)
    {
        (Title, Explanation) = code switch
        {
            404 => (localizer["Page not found"].Value, localizer["There is nothing at this address. If you followed a survey link, check that it was copied completely."].Value),
            403 => (localizer["Not allowed"].Value, localizer["Your account may read this page but not change it."].Value),
            409 => (localizer["Not available yet"].Value, localizer["The figures appear when the consultant closes the assessment or releases interim results."].Value),
            429 => (localizer["Too many attempts"].Value, RateLimits.WaitMessage(Response, localizer)),
            503 => (localizer["Temporarily unavailable"].Value, localizer["The app cannot read or save data right now, and nothing from this request was saved. Please try again in a minute."].Value),
            _ => (localizer["Something went wrong"].Value, localizer["The request could not be completed. Please try again."].Value),
        };
    }
}
