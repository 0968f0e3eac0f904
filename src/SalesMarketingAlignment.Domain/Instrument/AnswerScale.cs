using System.Globalization;

using SalesMarketingAlignment.Domain.Texts;

namespace SalesMarketingAlignment.Domain.Instrument;

/// <summary>One point of the five-point agreement scale.</summary>
public sealed record ScalePoint(int Value, string ResourceKey)
{
    public string Label(CultureInfo? culture = null) => TextCatalogue.Instrument.Get(ResourceKey, culture);
}

/// <summary>The scale of the exhibit: 1 "strongly disagree" to 5 "strongly agree".</summary>
public static class AnswerScale
{
    public const int Minimum = 1;
    public const int Maximum = 5;
    public const int PointCount = Maximum - Minimum + 1;

    public static IReadOnlyList<ScalePoint> Points { get; } =
    [
        new(1, "Scale1StronglyDisagree"),
        new(2, "Scale2Disagree"),
        new(3, "Scale3Neither"),
        new(4, "Scale4Agree"),
        new(5, "Scale5StronglyAgree"),
    ];

    public static bool IsValid(int value) => value is >= Minimum and <= Maximum;
}
