using System.Globalization;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Funnel;

/// <summary>The eight steps of the article's exhibit "The Buying Funnel", in the customer's order (widest first).</summary>
public enum FunnelStage
{
    CustomerAwareness = 1,
    BrandAwareness = 2,
    BrandConsideration = 3,
    BrandPreference = 4,
    PurchaseIntention = 5,
    Purchase = 6,
    CustomerLoyalty = 7,
    CustomerAdvocacy = 8,
}

/// <summary>Who leads a funnel stage today, as a respondent sees it.</summary>
public enum FunnelLead
{
    Marketing = 1,
    Sales = 2,
    Both = 3,
    NoOne = 4,
}

/// <summary>The Buying Funnel part of the survey: its stages and answer options, and their names in each language.</summary>
public static class BuyingFunnel
{
    public const int StageCount = 8;

    public static IReadOnlyList<FunnelStage> Stages { get; } = Enum.GetValues<FunnelStage>();

    public static IReadOnlyList<FunnelLead> Leads { get; } = Enum.GetValues<FunnelLead>();

    /// <summary>The stage's API name, camel case as JSON writes it: "customerAwareness".</summary>
    public static string Key(FunnelStage stage)
    {
        var name = stage.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The stage named by its API key ("customerAwareness"), or its enum name; case does not matter.</summary>
    public static bool TryParseStage(string? text, out FunnelStage stage)
    {
        // Exact names only: Enum.TryParse would also take numbers and comma lists ("Marketing,Sales" is 3).
        stage = Stages.FirstOrDefault(s => string.Equals(s.ToString(), text, StringComparison.OrdinalIgnoreCase));
        return stage != default;
    }

    /// <summary>One of "Marketing", "Sales", "Both", "NoOne" (case does not matter; no numbers).</summary>
    public static bool TryParseLead(string? text, out FunnelLead lead)
    {
        lead = Leads.FirstOrDefault(l => string.Equals(l.ToString(), text, StringComparison.OrdinalIgnoreCase));
        return lead != default;
    }

    public static string StageName(FunnelStage stage, CultureInfo? culture = null) =>
        TextCatalogue.Instrument.Get("FunnelStage" + stage, culture);

    public static string LeadName(FunnelLead lead, CultureInfo? culture = null) =>
        TextCatalogue.Instrument.Get("FunnelLead" + lead, culture);
}

/// <summary>One respondent's Buying Funnel answers: any of the eight stages may be left out.</summary>
public sealed class FunnelAnswers
{
    private readonly Dictionary<FunnelStage, FunnelLead> _leads;

    private FunnelAnswers(Dictionary<FunnelStage, FunnelLead> leads) => _leads = leads;

    public static FunnelAnswers Empty { get; } = new([]);

    /// <exception cref="ArgumentException">An undefined stage or lead.</exception>
    public static FunnelAnswers Create(IEnumerable<KeyValuePair<FunnelStage, FunnelLead>> leads)
    {
        ArgumentNullException.ThrowIfNull(leads);
        var copy = new Dictionary<FunnelStage, FunnelLead>();
        foreach (var (stage, lead) in leads)
        {
            if (!Enum.IsDefined(stage) || !Enum.IsDefined(lead))
            {
                throw new ArgumentException($"Not a funnel answer: {stage} = {lead}.", nameof(leads));
            }

            copy[stage] = lead;
        }

        return new FunnelAnswers(copy);
    }

    public IReadOnlyDictionary<FunnelStage, FunnelLead> Leads => _leads;

    /// <summary>No stage answered: nothing to count.</summary>
    public bool IsEmpty => _leads.Count == 0;
}
