using Microsoft.AspNetCore.Mvc;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>The dashboard's Buying Funnel map and the consultant's switch for the survey part (docs/decisions/0018-buying-funnel.md).</summary>
public sealed partial class DetailsModel
{
    /// <summary>Whether the survey asks the Buying Funnel part now.</summary>
    public bool BuyingFunnelAsked { get; private set; }

    /// <summary>The map to draw; null when the part was never asked, or the figures are not shown to this reader.</summary>
    public BuyingFunnelChart? BuyingFunnel { get; private set; }

    /// <summary>Switches the survey's Buying Funnel part on or off (consultants only).</summary>
    public async Task<IActionResult> OnPostBuyingFunnelAsync(int id, bool asked, [FromServices] SetBuyingFunnel setBuyingFunnel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setBuyingFunnel);
        if (!HttpContext.OrganizationScope().CanChange)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return await setBuyingFunnel.HandleAsync(id, asked, cancellationToken) is not null
            ? RedirectToPage("/Assessments/Details", null, new { id }, "buying-funnel-setting")
            : NotFound();
    }

    private async Task LoadBuyingFunnelAsync(Assessment assessment, CancellationToken cancellationToken)
    {
        BuyingFunnelAsked = assessment.BuyingFunnel;
        BuyingFunnel = await db.LoadFunnelMapAsync(assessment, cancellationToken) is { } map
            ? BuyingFunnelChart.Create(map, assessment.MinimumGroupSize, Culture)
            : null;
    }
}
