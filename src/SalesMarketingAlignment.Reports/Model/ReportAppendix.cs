namespace SalesMarketingAlignment.Reports.Model;

/// <summary>A figure not shown, and why (usually too few respondents to keep answers anonymous).</summary>
public sealed record WithheldItem(string Item, string Reason);

/// <summary>How the figures were computed, and what was left out.</summary>
public sealed record ReportAppendix(IReadOnlyList<string> MethodParagraphs, IReadOnlyList<WithheldItem> Withheld);
