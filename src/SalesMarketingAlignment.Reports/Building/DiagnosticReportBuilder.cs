using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Comparison;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;
using DomainChecklistGroup = SalesMarketingAlignment.Domain.Recommendations.ChecklistGroup;
using DomainWithheldItem = SalesMarketingAlignment.Domain.Results.WithheldItem;
using ReportChecklistGroup = SalesMarketingAlignment.Reports.Model.ChecklistGroup;
using ReportChecklistTask = SalesMarketingAlignment.Reports.Model.ChecklistTask;
using ReportWithheldItem = SalesMarketingAlignment.Reports.Model.WithheldItem;

namespace SalesMarketingAlignment.Reports.Building;

/// <summary>
/// Turns the domain's results and recommendation into the report model. Pure: no clock, no database, no current
/// culture. Every figure comes from <see cref="AssessmentResults"/>, which has already applied the anonymity rule, so
/// a withheld department contributes its response count and nothing else.
/// </summary>
public static class DiagnosticReportBuilder
{
    public static DiagnosticReport Build(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var culture = input.Culture;
        var results = input.Results;
        var names = new Names(culture);

        return new DiagnosticReport(
            culture.Name,
            input.PaperSize,
            Cover(input, names),
            Summary(input, names),
            LevelsExplanation.FromInstrument(results.Overall?.Level, culture),
            Charts(input),
            Statements(results, input.Recommendation, culture),
            Recommendations(input),
            Appendix(results, culture))
        {
            WeakSpots = input.Recommendation.WeakSpots
                .Select(w => new WeakSpotItem(
                    w.StatementNumber, w.MeanShown, w.Action.Title(culture),
                    $"{LevelBand.LevelName(w.Action.From, culture)} → {LevelBand.LevelName(w.Action.To, culture)}"))
                .ToArray(),
            Perceptions = input.Perceptions.Select(p => PerceptionRowOf(p, names, culture)).ToArray(),
        };
    }

    private static PerceptionRow PerceptionRowOf(Perception perception, Names names, CultureInfo culture)
    {
        var department = perception.Department == Department.Sales ? names.Sales : names.Marketing;
        var label = ReportTexts.Format(perception.IsHeadsView ? "PerceptionHead" : "PerceptionStaff", culture, department);
        return perception.Figures is { } f
            ? new PerceptionRow(label, ToInt(perception.Responses), f.MeanTotal, LevelBand.LevelName(f.Level, culture), null)
            : new PerceptionRow(label, ToInt(perception.Responses), null, null,
                ReportTexts.Get(perception.Responses == 0 ? "PerceptionNoResponses" : "PerceptionNotShown", culture));
    }

    private static ReportCover Cover(ReportInput input, Names names) =>
        new(
            input.OrganizationName,
            input.AssessmentTitle,
            input.OpenedOn,
            input.ClosedOn,
            [
                new DepartmentResponses(names.Sales, ToInt(input.Results.SalesResponses)),
                new DepartmentResponses(names.Marketing, ToInt(input.Results.MarketingResponses)),
            ],
            input.PreparedBy,
            input.PreparedOn);

    private static ExecutiveSummary Summary(ReportInput input, Names names)
    {
        var results = input.Results;
        var culture = input.Culture;
        var sales = Finding(names.Sales, results.Sales, results.SalesResponses, results, DomainWithheldItem.SalesFigures, culture);
        var marketing = Finding(names.Marketing, results.Marketing, results.MarketingResponses, results, DomainWithheldItem.MarketingFigures, culture);
        var totalRespondents = results.SalesResponses + results.MarketingResponses;
        var overall = results.Overall is { } o
            ? LevelFinding.Shown(names.Overall, o.Mean, ToInt(totalRespondents))
            : LevelFinding.Withheld(names.Overall, ToInt(totalRespondents), WithheldReason(results, DomainWithheldItem.Overall, culture));

        return new ExecutiveSummary(
            [sales, marketing],
            overall,
            GapSentence(results, names, culture),
            SignificanceSentence(results.Comparison, culture),
            input.Recommendation.Rationale.Length > 0 ? input.Recommendation.Rationale : DecisionLine(input.Recommendation, culture));
    }

    private static LevelFinding Finding(
        string subject, GroupFigures? figures, long responses, AssessmentResults results, DomainWithheldItem item, CultureInfo culture) =>
        figures is not null
            ? LevelFinding.Shown(subject, figures.MeanTotal, ToInt(responses))
            : LevelFinding.Withheld(subject, ToInt(responses), WithheldReason(results, item, culture));

    /// <summary>The domain's own reason when the rule withheld it; otherwise there were simply no responses.</summary>
    private static string WithheldReason(AssessmentResults results, DomainWithheldItem item, CultureInfo culture) =>
        results.Withheld.FirstOrDefault(w => w.Item == item)?.Reason ?? ReportTexts.Get("SummaryNoResponses", culture);

    /// <summary>Which department rates the relationship higher and by how much, whether their levels differ, and how many statements diverge.</summary>
    private static string GapSentence(AssessmentResults results, Names names, CultureInfo culture)
    {
        if (results is not { Comparison: { } comparison, Sales: { } sales, Marketing: { } marketing })
        {
            return string.Empty;
        }

        var parts = new List<string>();
        if (comparison.GapShown == 0)
        {
            parts.Add(ReportTexts.Format("GapEqual", culture, ChartFormat.Mean(sales.MeanTotal, culture)));
        }
        else
        {
            var salesHigher = comparison.Gap > 0;
            parts.Add(ReportTexts.Format(
                "GapHigher",
                culture,
                salesHigher ? names.Sales : names.Marketing,
                ChartFormat.Mean(Math.Abs(comparison.Gap), culture),
                salesHigher ? names.Marketing : names.Sales,
                ChartFormat.Mean(salesHigher ? sales.MeanTotal : marketing.MeanTotal, culture),
                ChartFormat.Mean(salesHigher ? marketing.MeanTotal : sales.MeanTotal, culture)));
        }

        if (comparison.LevelsDiffer)
        {
            parts.Add(ReportTexts.Get("GapLevelsDiffer", culture));
        }

        if (comparison.Divergent.Count > 0)
        {
            parts.Add(ReportTexts.Format("GapDivergentStatements", culture, comparison.Divergent.Count.ToString(culture)));
        }

        return string.Join(' ', parts);
    }

    private static string SignificanceSentence(DepartmentComparison? comparison, CultureInfo culture)
    {
        if (comparison is null)
        {
            return string.Empty;
        }

        if (comparison.Welch is not { } welch || comparison.HedgesG is not { } g)
        {
            return ReportTexts.Get("SignificanceNoTest", culture);
        }

        // "p < 0.001" rather than "p = 0.000": a p-value is never exactly zero.
        var p = welch.PValue < 0.001 ? "< " + 0.001.ToString("0.000", culture) : "= " + welch.PValue.ToString("0.000", culture);
        return ReportTexts.Format(
            welch.Significant ? "SignificanceSignificant" : "SignificanceNotSignificant",
            culture,
            p,
            g.ToString("0.00", culture));
    }

    /// <summary>The same chart models as the dashboard (ChartModelFactory), plus the trend when there is one.</summary>
    private static ReportCharts Charts(ReportInput input)
    {
        var results = input.Results;
        var culture = input.Culture;

        // A trend needs at least two rounds with something to show; one point is not a trend.
        var rounds = input.Trend.Where(r => r.SalesMean is not null || r.MarketingMean is not null).ToArray();
        return new ReportCharts(
            ChartModelFactory.LevelScale(results, culture),
            ChartModelFactory.PerceptionGap(results, PerceptionGapOrder.ByNumber, culture),
            ChartModelFactory.Distribution(results, culture),
            rounds.Length >= 2 ? TrendChart.Create(rounds, culture) : null);
    }

    private static HashSet<int> DivergentNumbers(DepartmentComparison? comparison) =>
        comparison?.Divergent.Select(g => g.Number).ToHashSet() ?? [];

    private static StatementRow[] Statements(AssessmentResults results, Recommendation recommendation, CultureInfo culture)
    {
        var divergent = DivergentNumbers(results.Comparison);
        var weak = recommendation.WeakSpots.Select(w => w.StatementNumber).ToHashSet();
        return Questionnaire.Statements
            .Select(s => new StatementRow(
                s.Number,
                s.Text(culture),
                results.Sales?.Statement(s.Number).Mean,
                results.Marketing?.Statement(s.Number).Mean,
                divergent.Contains(s.Number),
                weak.Contains(s.Number)))
            .ToArray();
    }

    private static RecommendationsSection Recommendations(ReportInput input)
    {
        var recommendation = input.Recommendation;
        var culture = input.Culture;
        return new RecommendationsSection(
            DecisionLine(recommendation, culture),
            recommendation.CurrentLevel is { } current ? LevelBand.LevelName(current, culture) : null,
            recommendation.TargetLevel is { } target && target != recommendation.CurrentLevel ? LevelBand.LevelName(target, culture) : null,
            recommendation.Reasons.Select(c => c.Text(culture)).ToArray(),
            recommendation.Caveats.Select(c => c.Text(culture)).ToArray(),
            Conditions(recommendation, input.ConditionIdsThatHold, input.ConditionsAssessed, culture),
            recommendation.Actions.Select(a => new ActionItem(a.Title(culture), a.Description(culture), a.ArticleSection)).ToArray(),
            recommendation.PerceptionGapAdvice?.Text,
            Checklist(recommendation, input.Ticks, culture),
            // The rationale is already the executive summary's decision paragraph; printing it twice adds nothing.
            rationale: null)
        {
            ConditionsAssessed = input.ConditionsAssessed,
            ConditionsAssessedBy = input.ConditionsAssessed ? input.ConditionsAssessedBy : null,
            ConditionsAssessedOn = input.ConditionsAssessed ? input.ConditionsAssessedOn : null,
        };
    }

    /// <summary>The decision in one line, in the report's language.</summary>
    public static string DecisionLine(Recommendation recommendation, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(culture);
        string Level(AlignmentLevel? level) => level is { } l ? LevelBand.LevelName(l, culture) : string.Empty;
        return recommendation.Decision switch
        {
            Decision.MoveUp => ReportTexts.Format("DecisionMoveUp", culture, Level(recommendation.CurrentLevel), Level(recommendation.TargetLevel)),
            Decision.Stay => ReportTexts.Format("DecisionStay", culture, Level(recommendation.CurrentLevel)),
            Decision.Undecided => ReportTexts.Format("DecisionUndecided", culture, Level(recommendation.CurrentLevel)),
            Decision.Maintain => ReportTexts.Format("DecisionMaintain", culture, Level(recommendation.CurrentLevel)),
            Decision.InsufficientData => ReportTexts.Get("DecisionInsufficientData", culture),
            _ => throw new ArgumentOutOfRangeException(nameof(recommendation), recommendation.Decision, null),
        };
    }

    /// <summary>
    /// The conditions of the current level, each holding or not (or not assessed yet before anyone assessed them), then those
    /// reported for other levels as not applicable. Without a level, the reported ones are listed as holding.
    /// </summary>
    private static ConditionLine[] Conditions(Recommendation recommendation, IReadOnlyCollection<string> held, bool assessed, CultureInfo culture)
    {
        var holds = held.ToHashSet(StringComparer.Ordinal);
        if (recommendation.CurrentLevel is not { } level)
        {
            return AlignmentConditions.All.Where(c => holds.Contains(c.Id))
                .Select(c => new ConditionLine(c.Text(culture), ConditionState.Holds))
                .ToArray();
        }

        var ofLevel = AlignmentConditions.ForLevel(level).Select(c => new ConditionLine(
            c.Text(culture),
            holds.Contains(c.Id) ? ConditionState.Holds : assessed ? ConditionState.DoesNotHold : ConditionState.NotAssessed));
        var others = recommendation.NotApplicable.Select(c => new ConditionLine(c.Text(culture), ConditionState.NotApplicable));
        return ofLevel.Concat(others).ToArray();
    }

    /// <summary>
    /// The checklist when the recommendation calls for it (at or towards Integrated), or whenever a task has been
    /// ticked: the organization's progress is worth reporting at any level.
    /// </summary>
    private static ReportChecklistGroup[] Checklist(
        Recommendation recommendation, IReadOnlyDictionary<string, TaskTick> ticks, CultureInfo culture)
    {
        var anyTicked = IntegrationChecklist.Tasks.Any(t => ticks.ContainsKey(t.Id));
        if (!recommendation.IncludesChecklist && !anyTicked)
        {
            return [];
        }

        return Enum.GetValues<DomainChecklistGroup>()
            .Select(group => new ReportChecklistGroup(
                IntegrationChecklist.GroupTitle(group, culture),
                IntegrationChecklist.Tasks.Where(t => t.Group == group)
                    .Select(t => ticks.TryGetValue(t.Id, out var tick)
                        ? new ReportChecklistTask(t.Text(culture), tick.TickedBy, tick.TickedOn)
                        : new ReportChecklistTask(t.Text(culture)))
                    .ToArray()))
            .ToArray();
    }

    private static ReportAppendix Appendix(AssessmentResults results, CultureInfo culture) =>
        new(
            [
                ReportTexts.Get("MethodInstrument", culture),
                ReportTexts.Get("MethodScale", culture),
                ReportTexts.Get("MethodScoring", culture),
                ReportTexts.Get("MethodOverall", culture),
                ReportTexts.Format("MethodAnonymity", culture, results.Rule.MinimumGroupSize.ToString(culture)),
                ReportTexts.Get("MethodStatistics", culture),
                ReportTexts.Get("MethodDecision", culture),
            ],
            results.Withheld
                .Select(w => new ReportWithheldItem(ReportTexts.Get("WithheldItem" + w.Item, culture), w.Reason))
                .ToArray());

    // Response counts of one assessment are far below int.MaxValue; checked so an impossible value fails loudly.
    private static int ToInt(long value) => checked((int)value);

    private sealed class Names(CultureInfo culture)
    {
        public string Sales { get; } = ReportTexts.Get("ChartSales", culture);

        public string Marketing { get; } = ReportTexts.Get("ChartMarketing", culture);

        public string Overall { get; } = ReportTexts.Get("SummaryOverall", culture);
    }
}
