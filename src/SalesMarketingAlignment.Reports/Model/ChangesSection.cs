namespace SalesMarketingAlignment.Reports.Model;

/// <summary>What moved since an earlier round, worded for the PDF (docs/decisions/0017).</summary>
/// <param name="Intro">Which round it is compared with, and how a change counts as moved.</param>
/// <param name="Departments">One line per department: then, now, change, interval, verdict; or why it is not shown.</param>
/// <param name="Gap">The perception gap then and now.</param>
/// <param name="MovedStatements">The statements whose interval lies wholly above or below zero, one line each.</param>
public sealed record ChangesSection(string Intro, IReadOnlyList<string> Departments, string Gap, IReadOnlyList<string> MovedStatements);
