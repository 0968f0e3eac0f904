using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Comparison;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
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
                    $"{AlignmentWording.LevelName(w.Action.From, culture)} → {AlignmentWording.LevelName(w.Action.To, culture)}"))
                .ToArray(),
            Perceptions = input.Perceptions.Select(p => PerceptionRowOf(p, names, culture)).ToArray(),
            HeadsToldOfHeadsView = input.HeadsToldOfHeadsView,
            BuyingFunnel = input.BuyingFunnel is { } funnel ? BuyingFunnelChart.Create(funnel, results.Rule.MinimumGroupSize, culture) : null,
            Changes = ChangesSectionBuilder.Build(input.Changes, culture),
        };
    }

    private static PerceptionRow PerceptionRowOf(Perception perception, Names names, CultureInfo culture)
    {
        var department = perception.Department == Department.Sales ? names.Sales : names.Marketing;
        var label = ReportTexts.Format(perception.IsHeadsView ? "PerceptionHead" : "PerceptionStaff", culture, department);
        return perception.Figures is { } f
            ? new PerceptionRow(label, ToInt(perception.Responses), f.MeanTotal, AlignmentWording.LevelName(f.Level, culture), null)
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

        // One decision line, up to three reasons, caveats apart: what a consultant puts in front of a chief executive.
        return new ExecutiveSummary(
            [sales, marketing],
            overall,
            AlignmentWording.GapSentence(results, culture),
            AlignmentWording.SignificanceSentence(results, culture),
            AlignmentWording.DecisionLine(input.Recommendation, culture))
        {
            Reasons = AlignmentWording.Reasons(input.Recommendation, culture),
            Caveats = CaveatLines(input.Recommendation, culture),
        };
    }

    private static LevelFinding Finding(
        string subject, GroupFigures? figures, long responses, AssessmentResults results, DomainWithheldItem item, CultureInfo culture) =>
        figures is not null
            ? LevelFinding.Shown(subject, figures.MeanTotal, ToInt(responses))
            : LevelFinding.Withheld(subject, ToInt(responses), WithheldReason(results, item, culture));

    /// <summary>The domain's own reason when the rule withheld it; otherwise there were simply no responses.</summary>
    private static string WithheldReason(AssessmentResults results, DomainWithheldItem item, CultureInfo culture) =>
        results.Withheld.FirstOrDefault(w => w.Item == item) is { } withholding
            ? AlignmentWording.WithheldReason(withholding, culture)
            : ReportTexts.Get("SummaryNoResponses", culture);

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
            AlignmentWording.DecisionLine(recommendation, culture),
            recommendation.CurrentLevel is { } current ? AlignmentWording.LevelName(current, culture) : null,
            recommendation.TargetLevel is { } target && target != recommendation.CurrentLevel ? AlignmentWording.LevelName(target, culture) : null,
            AlignmentWording.Reasons(recommendation, culture),
            CaveatLines(recommendation, culture),
            Conditions(recommendation, input.ConditionIdsThatHold, input.ConditionsAssessed, culture),
            recommendation.Actions.Select(a => new ActionItem(a.Title(culture), a.Description(culture), a.ArticleSection)).ToArray(),
            recommendation.PerceptionGapAdvice is { } advice ? AlignmentWording.PerceptionGapAdvice(advice, culture) : null,
            Checklist(recommendation, input.Ticks, culture),
            // The rationale is already the executive summary's decision paragraph; printing it twice adds nothing.
            rationale: null)
        {
            ConditionsAssessed = input.ConditionsAssessed,
            ConditionsAssessedBy = input.ConditionsAssessed ? input.ConditionsAssessedBy : null,
            ConditionsAssessedOn = input.ConditionsAssessed ? input.ConditionsAssessedOn : null,
        };
    }

    /// <summary>Each caveat as one line: its sentence, then the conditions it concerns.</summary>
    private static string[] CaveatLines(Recommendation recommendation, CultureInfo culture) =>
        AlignmentWording.Caveats(recommendation, culture)
            .Select(c => c.Items.Count == 0 ? c.Text : c.Text + " " + string.Join(" ", c.Items))
            .ToArray();

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
                .Select(w => new ReportWithheldItem(ReportTexts.Get("WithheldItem" + w.Item, culture), AlignmentWording.WithheldReason(w, culture)))
                .ToArray());

    // Response counts of one assessment are far below int.MaxValue; checked so an impossible value fails loudly.
    private static int ToInt(long value) => checked((int)value);

    private sealed class Names(CultureInfo culture)
    {
        public string Sales { get; } = AlignmentWording.DepartmentName(Department.Sales, culture);

        public string Marketing { get; } = AlignmentWording.DepartmentName(Department.Marketing, culture);

        public string Overall { get; } = ReportTexts.Get("SummaryOverall", culture);
    }
}
