using System.Globalization;

using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Recommendations;

/// <summary>One step that helps move from one level to the next, in the project's own words, citing the article.</summary>
/// <param name="Id">Stable identifier, e.g. "da-marketing-liaison"; safe to store.</param>
/// <param name="ArticleSection">Where the article discusses it, e.g. "Moving Up › Moving from defined to aligned › Appoint a liaison from Marketing to work with the sales force".</param>
public sealed record TransitionAction(string Id, AlignmentLevel From, AlignmentLevel To, string ArticleSection)
{
    public string Title(CultureInfo? culture = null) => TextCatalogue.Recommendations.Get("Action." + Id + ".Title", culture);

    public string Description(CultureInfo? culture = null) => TextCatalogue.Recommendations.Get("Action." + Id + ".Description", culture);
}

/// <summary>The actions of the article's "Moving Up" section, by transition.</summary>
public static class TransitionActions
{
    private const string UndefinedToDefined = "Moving Up › Moving from undefined to defined";
    private const string DefinedToAligned = "Moving Up › Moving from defined to aligned";
    private const string AlignedToIntegrated = "Moving Up › Moving from aligned to integrated";

    public static IReadOnlyList<TransitionAction> All { get; } =
    [
        new("ud-rules-of-engagement", AlignmentLevel.Undefined, AlignmentLevel.Defined, UndefinedToDefined),
        new("ud-handoff-points", AlignmentLevel.Undefined, AlignmentLevel.Defined, UndefinedToDefined),
        new("ud-common-language", AlignmentLevel.Undefined, AlignmentLevel.Defined, "Four Types of Relationships › Defined"),
        new("da-disciplined-communication", AlignmentLevel.Defined, AlignmentLevel.Aligned, DefinedToAligned + " › Encourage disciplined communication"),
        new("da-joint-assignments", AlignmentLevel.Defined, AlignmentLevel.Aligned, DefinedToAligned + " › Create joint assignments; rotate jobs"),
        new("da-marketing-liaison", AlignmentLevel.Defined, AlignmentLevel.Aligned, DefinedToAligned + " › Appoint a liaison from Marketing to work with the sales force"),
        new("da-colocate", AlignmentLevel.Defined, AlignmentLevel.Aligned, DefinedToAligned + " › Colocate marketers and salespeople"),
        new("da-sales-feedback", AlignmentLevel.Defined, AlignmentLevel.Aligned, DefinedToAligned + " › Improve sales force feedback"),
        new("ai-chief-revenue-officer", AlignmentLevel.Aligned, AlignmentLevel.Integrated, AlignedToIntegrated + " › Appoint a chief revenue (or customer) officer"),
        new("ai-shared-funnel", AlignmentLevel.Aligned, AlignmentLevel.Integrated, AlignedToIntegrated + " › Define the steps in the marketing and sales funnels"),
        new("ai-split-marketing", AlignmentLevel.Aligned, AlignmentLevel.Integrated, AlignedToIntegrated + " › Split Marketing into two groups"),
        new("ai-shared-targets-rewards", AlignmentLevel.Aligned, AlignmentLevel.Integrated, AlignedToIntegrated + " › Set shared revenue targets and reward systems"),
        new("ai-integrated-metrics", AlignmentLevel.Aligned, AlignmentLevel.Integrated, AlignedToIntegrated + " › Integrate Sales and Marketing metrics"),
    ];

    private static readonly Dictionary<string, TransitionAction> ById = All.ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>The actions for moving up from <paramref name="from"/> (none from Integrated).</summary>
    public static IReadOnlyList<TransitionAction> For(AlignmentLevel from) => All.Where(a => a.From == from).ToArray();

    /// <exception cref="ArgumentException">No action has this id.</exception>
    public static TransitionAction Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.TryGetValue(id, out var action) ? action : throw new ArgumentException($"Unknown transition action '{id}'.", nameof(id));
    }
}
