using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Portfolio;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Web.Features.Portfolio;

namespace SalesMarketingAlignment.Web.Pages.Portfolio;

/// <summary>The consultant's portfolio (a thin adapter over <see cref="GetPortfolio"/>); executives and administrators get 403.</summary>
[Authorize(Roles = Roles.Consultant)]
public sealed class IndexModel(GetPortfolio getPortfolio, UserManager<ApplicationUser> users) : PageModel
{
    public IReadOnlyList<PortfolioRow> Clients { get; private set; } = [];

    public PortfolioSort Sort { get; private set; }

    public bool Descending { get; private set; }

    /// <summary>Percentiles are shown once at least <see cref="PercentileRank.MinimumClients"/> clients have an overall score.</summary>
    public bool ShowsPercentiles => Clients.Any(c => c.OverallPercentile is not null);

    public CultureInfo Culture { get; } = CultureInfo.CurrentUICulture;

    public async Task OnGetAsync(string? sort, bool? descending, CancellationToken cancellationToken)
    {
        Sort = GetPortfolio.ParseSort(sort);
        Descending = descending ?? false;
        Clients = await getPortfolio.HandleAsync(new GetPortfolio.Request(users.GetUserId(User)!, Sort, Descending), Culture, cancellationToken);
    }

    /// <summary>The link of a column header: the other direction when the table is sorted by it already.</summary>
    public string SortUrl(PortfolioSort column)
    {
        var descending = Sort == column && !Descending;
        var name = JsonName(column);
        return descending ? $"/Portfolio?sort={name}&descending=true" : $"/Portfolio?sort={name}";
    }

    public string? AriaSort(PortfolioSort column) => Sort != column ? null : Descending ? "descending" : "ascending";

    public string Mean(decimal? value) => value is { } v ? ChartFormat.Mean(v, Culture) : "–";

    public string Level(AlignmentLevel? level) => level is { } l ? AlignmentWording.LevelName(l, Culture) : "–";

    public static string Percentile(decimal? value) => value is { } v ? v.ToString("0", CultureInfo.CurrentCulture) : "–";

    private static string JsonName(PortfolioSort column)
    {
        var name = column.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
