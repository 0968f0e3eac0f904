namespace SalesMarketingAlignment.Reports.Model;

/// <summary>One item of the action plan, already worded in the report's language.</summary>
/// <param name="Details">Owner, due date and status on one line, e.g. "Owner: Anna · Due: 1 March 2027 · In progress".</param>
/// <param name="Overdue">Marked with <see cref="ActionPlanReport.OverdueMark"/> in words, not by colour alone.</param>
public sealed record ActionPlanRow(string Kind, string Text, string Details, bool Overdue, string? Note);

/// <summary>The action plan section: who does which recommended action or checklist task by when.</summary>
/// <param name="EmptyText">Shown instead of rows when the plan lists nothing.</param>
public sealed record ActionPlanReport(string Heading, string Intro, string OverdueMark, string EmptyText, IReadOnlyList<ActionPlanRow> Rows);
