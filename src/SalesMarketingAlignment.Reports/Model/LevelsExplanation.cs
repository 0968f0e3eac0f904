using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Reports.Model;

/// <summary>One of the four types of relationship, with its range of totals and the article's short description.</summary>
public sealed record LevelDescription(AlignmentLevel Level, string Name, int From, int To, string Description, bool IsCurrent);

/// <summary>The four levels, marking the one the organization is at (none when the overall figure is withheld).</summary>
public sealed record LevelsExplanation(IReadOnlyList<LevelDescription> Levels)
{
    /// <summary>Names and descriptions from the instrument's resources in <paramref name="culture"/>.</summary>
    public static LevelsExplanation FromInstrument(AlignmentLevel? current, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return new LevelsExplanation(Enum.GetValues<AlignmentLevel>()
            .Select(level => new LevelDescription(
                level,
                AlignmentWording.LevelName(level, culture),
                ScoringKey.LowerBound(level),
                ScoringKey.UpperBound(level),
                AlignmentWording.LevelSummary(level, culture),
                level == current))
            .ToArray());
    }
}
