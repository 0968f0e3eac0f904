using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>One of the four bands of the scoring key on the 20-100 scale, named in the report's language.</summary>
public sealed record LevelBand(AlignmentLevel Level, string Name, int From, int To, string ColorHex)
{
    public static IReadOnlyList<LevelBand> All(CultureInfo culture) =>
        Enum.GetValues<AlignmentLevel>()
            .Select(level => new LevelBand(
                level,
                AlignmentWording.LevelName(level, culture),
                ScoringKey.LowerBound(level),
                ScoringKey.UpperBound(level),
                ChartPalette.Band(level)))
            .ToArray();
}

/// <summary>Maps a value to a 0-1 position along an axis, shared by the SVG and PDF drawings.</summary>
public static class ChartScale
{
    public static double Fraction(double value, double minimum, double maximum)
    {
        if (maximum <= minimum)
        {
            throw new ArgumentException("The maximum must be above the minimum.", nameof(maximum));
        }

        return Math.Clamp((value - minimum) / (maximum - minimum), 0, 1);
    }

    /// <summary>Position of a mean total on the 20-100 scale.</summary>
    public static double OfTotal(decimal total) =>
        Fraction((double)total, ScoringKey.MinimumTotal, ScoringKey.MaximumTotal);

    /// <summary>Position of a mean answer on the 1-5 scale.</summary>
    public static double OfAnswer(decimal answer) =>
        Fraction((double)answer, AnswerScale.Minimum, AnswerScale.Maximum);
}
