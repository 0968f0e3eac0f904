using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Reports.Charts;

/// <summary>How a data point is drawn, so that the two series differ in shape as well as colour (black-and-white print).</summary>
public enum SeriesMarker
{
    FilledCircle = 1,
    HollowDiamond = 2,
}

/// <summary>Colour (hex "#RRGGBB") and marker of one series.</summary>
public sealed record SeriesStyle(string ColorHex, SeriesMarker Marker);

/// <summary>
/// Okabe–Ito colours, which stay distinguishable for the common colour-vision deficiencies; the level bands are
/// light greys-blues of one hue so they never compete with the two series.
/// </summary>
public static class ChartPalette
{
    public static SeriesStyle Sales { get; } = new("#0072B2", SeriesMarker.FilledCircle);

    public static SeriesStyle Marketing { get; } = new("#E69F00", SeriesMarker.HollowDiamond);

    /// <summary>Okabe–Ito vermillion: marks divergent statements (always together with a symbol and bold text).</summary>
    public const string Divergent = "#D55E00";

    public const string Grid = "#D9DEE3";
    public const string Axis = "#7B8794";
    public const string Text = "#1F2933";
    public const string MutedText = "#52606D";

    public static SeriesStyle For(Department department) => department switch
    {
        Department.Sales => Sales,
        Department.Marketing => Marketing,
        _ => throw new ArgumentOutOfRangeException(nameof(department), department, null),
    };

    /// <summary>Background of a level band, lighter for Undefined and darker for Integrated.</summary>
    public static string Band(AlignmentLevel level) => level switch
    {
        AlignmentLevel.Undefined => "#F2F4F7",
        AlignmentLevel.Defined => "#E1E7EE",
        AlignmentLevel.Aligned => "#CBD5E0",
        AlignmentLevel.Integrated => "#B2C0D0",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
