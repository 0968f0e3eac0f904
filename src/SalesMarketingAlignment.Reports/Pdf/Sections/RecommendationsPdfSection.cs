using System.Globalization;
using PdfSharp.Drawing;
using SalesMarketingAlignment.Reports.Model;
using Checklist = SalesMarketingAlignment.Reports.Pdf.ReportStyle.ChecklistLayout;
using Layout = SalesMarketingAlignment.Reports.Pdf.ReportStyle.RecommendationsLayout;
using Recommendations = SalesMarketingAlignment.Reports.Model.RecommendationsSection;

namespace SalesMarketingAlignment.Reports.Pdf.Sections;

/// <summary>
/// The recommendations: the decision, reasons and caveats, the exhibit's conditions, the "Moving Up" actions, advice
/// on the perception gap, the Integration Checklist and the rationale. A part without content draws nothing, not
/// even its subheading. (Named apart from the model's <see cref="Recommendations"/>, which it draws.)
/// </summary>
internal sealed class RecommendationsPdfSection(PageFlow flow, CultureInfo culture) : ReportSection(flow, culture)
{
    public void Draw(Recommendations section)
    {
        Flow.Heading(Text("RecommendationsHeading"));
        DecisionBox.Draw(Flow, section.Decision);
        // Only when the banner does not already name both levels ("Move from Defined to Aligned" needs no echo below it).
        if (section.CurrentLevel is { } current && section.TargetLevel is { } target
            && !(section.Decision.Contains(current, StringComparison.Ordinal) && section.Decision.Contains(target, StringComparison.Ordinal)))
        {
            Flow.Paragraph(Format("RecommendationsFromTo", current, target), Style.Body, Style.MutedBrush);
        }

        Bullets(Text("RecommendationsReasons"), section.Reasons);
        Bullets(Text("RecommendationsCaveats"), section.Caveats);
        Conditions(section);
        Actions(section.Actions);
        if (!string.IsNullOrWhiteSpace(section.PerceptionGapAdvice))
        {
            Flow.Subheading(Text("RecommendationsPerceptionGap"));
            Flow.Paragraph(section.PerceptionGapAdvice, Style.Body, Style.InkBrush);
        }

        ChecklistGroups(section.Checklist);
        if (!string.IsNullOrWhiteSpace(section.Rationale))
        {
            Flow.Subheading(Text("RecommendationsRationale"));
            Flow.Paragraph(section.Rationale, Style.Body, Style.InkBrush);
        }
    }

    private void Conditions(RecommendationsSection section)
    {
        var conditions = section.Conditions;
        if (conditions.Count == 0)
        {
            return;
        }

        Flow.Subheading(Text("RecommendationsConditions"));
        // Rows saved before the assessor was recorded are assessed but name nobody: then no line.
        if (!section.ConditionsAssessed)
        {
            Flow.Paragraph(Text("ConditionsNotAssessedYet"), Style.Small, Style.MutedBrush);
        }
        else if (section.ConditionsAssessedBy is { } assessor && section.ConditionsAssessedOn is { } assessedOn)
        {
            Flow.Paragraph(Format("ConditionsAssessedBy", assessor, Date(assessedOn)), Style.Small, Style.MutedBrush);
        }

        foreach (var condition in conditions)
        {
            var width = Flow.ContentWidth - Layout.ConditionStateWidth;
            var height = Flow.ParagraphHeight(condition.Text, Style.Body, width);
            Flow.EnsureSpace(height + Layout.SpaceAfterCondition);
            var top = Flow.Y;
            var (label, brush) = condition.State switch
            {
                ConditionState.Holds => ("✔ " + Text("ConditionHolds"), Style.AccentBrush),
                ConditionState.DoesNotHold => ("✕ " + Text("ConditionDoesNotHold"), Style.MutedBrush),
                ConditionState.NotAssessed => ("? " + Text("ConditionNotAssessed"), Style.InkBrush),
                _ => ("– " + Text("ConditionNotApplicable"), Style.MutedBrush),
            };
            Gfx.DrawString(label, Style.SmallBold, brush, Flow.Left, top + ReportStyle.LabelBaselineShift, XStringFormats.TopLeft);
            Flow.Paragraph(condition.Text, Style.Body, Style.InkBrush, indent: Layout.ConditionStateWidth, spaceAfter: Layout.SpaceAfterCondition, width: width);
        }
    }

    private void Actions(IReadOnlyList<ActionItem> actions)
    {
        if (actions.Count == 0)
        {
            return;
        }

        Flow.Subheading(Text("RecommendationsActions"));
        const double indent = Layout.ActionIndent;
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var width = Flow.ContentWidth - indent;
            Flow.EnsureSpace(Flow.ParagraphHeight(action.Title, Style.BodyBold, width) + Layout.ActionKeepWithTitle);
            Gfx.DrawString((i + 1).ToString(Culture), Style.BodyBold, Style.AccentBrush, Flow.Left, Flow.Y, XStringFormats.TopLeft);
            Flow.Paragraph(action.Title, Style.BodyBold, Style.InkBrush, indent: indent, spaceAfter: Layout.SpaceInsideAction);
            Flow.Paragraph(action.Description, Style.Body, Style.InkBrush, indent: indent, spaceAfter: Layout.SpaceInsideAction);
            Flow.Paragraph(Format("RecommendationsArticleSection", action.ArticleSection), Style.Small, Style.MutedBrush, indent: indent, spaceAfter: Layout.SpaceAfterAction);
        }
    }

    private void ChecklistGroups(IReadOnlyList<ChecklistGroup> groups)
    {
        if (groups.Count == 0)
        {
            return;
        }

        Flow.Subheading(Text("RecommendationsChecklist"));
        foreach (var group in groups)
        {
            Flow.EnsureSpace(Checklist.GroupKeep);
            Flow.Paragraph(group.Title, Style.BodyBold, Style.AccentBrush, spaceAfter: Checklist.SpaceAfterGroupTitle);
            foreach (var task in group.Tasks)
            {
                TaskLine(task);
            }

            Flow.Space(Checklist.SpaceAfterGroup);
        }
    }

    // The task on the left beside its tick box; who ticked it and when, right-aligned.
    private void TaskLine(ChecklistTask task)
    {
        var width = Flow.ContentWidth - Checklist.TaskIndent - Checklist.StatusWidth - Checklist.StatusGap;
        var height = Flow.ParagraphHeight(task.Text, Style.Body, width);
        Flow.EnsureSpace(height + Checklist.SpaceBetweenTasks);
        var top = Flow.Y;
        TickBox(Flow.Left + Checklist.TickBoxLeft, top + Checklist.TickBoxTop, task.Ticked);
        // No-break spaces keep the date on one line ("November 21, / 2026" read badly); the name may still wrap.
        var status = task.Ticked
            ? Format("ChecklistTicked", task.TickedBy, Date(task.TickedOn!.Value).Replace(' ', '\u00A0'))
            : Text("ChecklistOpen");
        var statusLines = Flow.Wrap(status, Style.Small, Checklist.StatusWidth);
        var statusLine = ReportStyle.LineHeight(Style.Small);
        for (var l = 0; l < statusLines.Count; l++)
        {
            Gfx.DrawString(statusLines[l], Style.Small, Style.MutedBrush, Flow.Right, top + Checklist.StatusTop + (l * statusLine), XStringFormats.TopRight);
        }

        Flow.Paragraph(task.Text, Style.Body, Style.InkBrush, indent: Checklist.TaskIndent, spaceAfter: 0, width: width);
        Flow.Y = Math.Max(Flow.Y, top + (statusLines.Count * statusLine)) + Checklist.SpaceBetweenTasks;
    }

    private void TickBox(double x, double y, bool ticked)
    {
        Gfx.DrawRectangle(Style.TickBoxPen, x, y, Checklist.TickBoxSize, Checklist.TickBoxSize);
        if (ticked)
        {
            Gfx.DrawLines(Style.TickPen, Checklist.Tick.Select(p => new XPoint(x + p.X, y + p.Y)).ToArray());
        }
    }
}
