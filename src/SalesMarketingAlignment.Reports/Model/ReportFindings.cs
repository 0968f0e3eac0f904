namespace SalesMarketingAlignment.Reports.Model;

/// <summary>A weak statement with the action the recommendation gives for it (already in the report's language).</summary>
/// <param name="Move">The move the action belongs to, e.g. "Defined → Aligned".</param>
public sealed record WeakSpotItem(int Number, decimal Mean, string ActionTitle, string Move);

/// <summary>One of the four perceptions (e.g. "Sales: head's view"); mean and level are null when not shown.</summary>
/// <param name="NotShownReason">Why there are no figures ("No responses", "Not shown (anonymity)"); null when shown.</param>
public sealed record PerceptionRow(string Label, int Responses, decimal? MeanTotal, string? Level, string? NotShownReason);
