using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>One lead's part of a department's bar: its share (0-1), colour and legend label.</summary>
public sealed record FunnelSegment(FunnelLead Lead, string Label, decimal Share, string ColorHex, bool DarkText);

/// <summary>One department's view of one stage as drawn: the segments, or a note when withheld or unanswered.</summary>
/// <param name="Segments">The leads with a share above 0, in legend order; empty when <paramref name="Note"/> is set.</param>
/// <param name="Summary">The most common answer and its share ("Sales 50%"), or the note.</param>
public sealed record FunnelBar(IReadOnlyList<FunnelSegment> Segments, string Summary, string? Note, long Answers);

/// <summary>One stage of the drawn funnel.</summary>
/// <param name="Flag">What to point out ("Departments disagree", "No one leads", both), or null.</param>
public sealed record FunnelChartRow(FunnelStage Stage, string StageName, FunnelBar Sales, FunnelBar Marketing, bool Disagree, bool NoOneLeads, string? Flag);

/// <summary>
/// The Buying Funnel map as the dashboard and the PDF draw it: the eight stages narrowing from top to bottom, with
/// Sales' view on the left and Marketing's on the right (share of answers per lead), and the stages where the
/// departments disagree or no one leads marked in words and colour (docs/decisions/0018-buying-funnel.md).
/// </summary>
public sealed record BuyingFunnelChart(
    string Title, string Description, string SalesHeading, string MarketingHeading, string StageHeading,
    IReadOnlyList<FunnelSegment> Legend, IReadOnlyList<FunnelChartRow> Rows, string? SalesWithheld, string? MarketingWithheld)
{
    /// <summary>Colours of the four leads: the departments' own series colours, a dark green for both (white labels stay readable), grey for no one.</summary>
    public static string ColorOf(FunnelLead lead) => lead switch
    {
        FunnelLead.Marketing => ChartPalette.Marketing.ColorHex,
        FunnelLead.Sales => ChartPalette.Sales.ColorHex,
        FunnelLead.Both => "#007A5A",
        _ => "#C5CBD3",
    };

    /// <summary>Dark labels on the light segments (orange, grey), white on the dark ones.</summary>
    public static bool DarkTextOn(FunnelLead lead) => lead is FunnelLead.Marketing or FunnelLead.NoOne;

    public static BuyingFunnelChart Create(FunnelMap map, int minimumGroupSize, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(culture);
        var legend = BuyingFunnel.Leads
            .Select(l => new FunnelSegment(l, BuyingFunnel.LeadName(l, culture), 0, ColorOf(l), DarkTextOn(l)))
            .ToArray();
        string? WithheldNote(FunnelDepartmentView view) => view.Withheld
            ? ReportTexts.Format("FunnelWithheld", culture, AlignmentWording.DepartmentName(view.Department, culture), view.Respondents, minimumGroupSize)
            : null;

        FunnelBar Bar(FunnelDepartmentView department, FunnelStageView view)
        {
            if (department.Withheld)
            {
                return new FunnelBar([], ReportTexts.Get("ChartWithheld", culture), ReportTexts.Get("ChartWithheld", culture), 0);
            }

            if (view.Answers == 0)
            {
                var none = ReportTexts.Get("FunnelNoAnswers", culture);
                return new FunnelBar([], none, none, 0);
            }

            var segments = legend.Where(l => view.Shares.GetValueOrDefault(l.Lead) > 0)
                .Select(l => l with { Share = view.Shares[l.Lead] })
                .ToArray();
            var top = string.Join(" / ", view.MostCommon.Select(l => BuyingFunnel.LeadName(l, culture)));
            var summary = ReportTexts.Format("FunnelMostCommon", culture, top, Percent(view.Shares[view.MostCommon[0]], culture), view.Answers);
            return new FunnelBar(segments, summary, null, view.Answers);
        }

        var rows = map.Stages.Select(s =>
        {
            var flags = new List<string>();
            if (s.Disagree)
            {
                flags.Add(ReportTexts.Get("FunnelDisagree", culture));
            }

            if (s.NoOneLeads)
            {
                flags.Add(ReportTexts.Get("FunnelNoOneLeads", culture));
            }

            return new FunnelChartRow(
                s.Stage, BuyingFunnel.StageName(s.Stage, culture), Bar(map.Sales, s.Sales), Bar(map.Marketing, s.Marketing),
                s.Disagree, s.NoOneLeads, flags.Count == 0 ? null : string.Join(" · ", flags));
        }).ToArray();

        var disagree = string.Join(", ", map.Disagreements.Select(s => BuyingFunnel.StageName(s, culture)));
        var leaderless = string.Join(", ", map.Leaderless.Select(s => BuyingFunnel.StageName(s, culture)));
        var description = ReportTexts.Format("FunnelDescription", culture,
            disagree.Length == 0 ? ReportTexts.Get("FunnelNone", culture) : disagree,
            leaderless.Length == 0 ? ReportTexts.Get("FunnelNone", culture) : leaderless);
        return new BuyingFunnelChart(
            ReportTexts.Get("FunnelTitle", culture),
            description,
            AlignmentWording.DepartmentName(Department.Sales, culture),
            AlignmentWording.DepartmentName(Department.Marketing, culture),
            ReportTexts.Get("FunnelStageHeading", culture),
            legend,
            rows,
            WithheldNote(map.Sales),
            WithheldNote(map.Marketing));
    }

    /// <summary>A share as a whole percentage in the culture ("50%", "50 %").</summary>
    public static string Percent(decimal share, CultureInfo culture) =>
        (Math.Round(share, 2, MidpointRounding.AwayFromZero)).ToString("P0", culture);
}
