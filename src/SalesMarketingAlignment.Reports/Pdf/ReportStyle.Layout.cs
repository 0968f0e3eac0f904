using PdfSharp.Drawing;

namespace SalesMarketingAlignment.Reports.Pdf;

/// <summary>The measures of the report's layout, in points (1/72 inch), one nested class per section.</summary>
internal sealed partial class ReportStyle
{
    /// <summary>Width of the accent bar on the left edge of a highlighted block (cards, decision box, current level).</summary>
    public const double AccentBarWidth = 3;

    /// <summary>A small bold label beside body text is moved down this much so the two share a baseline.</summary>
    public const double LabelBaselineShift = 1.5;

    /// <summary>Margins, headings and the running header and footer (<see cref="PageFlow"/>).</summary>
    public static class PageLayout
    {
        public const double MarginLeft = 62;
        public const double MarginRight = 62;
        public const double MarginTop = 74;
        public const double MarginBottom = 66;

        /// <summary>Space after a paragraph unless its caller says otherwise.</summary>
        public const double SpaceAfterParagraph = 6;

        /// <summary>Space before a major section that starts on the current page.</summary>
        public const double SpaceBeforeSection = 18;

        public const double HeadingKeepWithNext = 80;

        /// <summary>Room for the heading's spacing and the accent rule under it, kept together with the heading.</summary>
        public const double HeadingAllowance = 16;

        public const double SpaceAfterHeadingText = 4;
        public const double HeadingRuleLength = 36;
        public const double SpaceAfterHeadingRule = 12;

        public const double SubheadingKeepWithNext = 40;

        /// <summary>Room for the subheading's space above and below, kept together with it.</summary>
        public const double SubheadingAllowance = 8;

        public const double SpaceAboveSubheading = 4;
        public const double SpaceAfterSubheading = 4;

        /// <summary>The running header's text sits this far above the top margin, its rule below it.</summary>
        public const double RunningHeaderAboveMargin = 30;

        public const double RunningHeaderRuleBelow = 14;

        /// <summary>The footer's text sits this far below the bottom margin, its rule above it.</summary>
        public const double FooterBelowMargin = 24;

        public const double FooterRuleAbove = 6;
    }

    public static class CoverLayout
    {
        public const double BandHeight = 10;

        /// <summary>The title block starts this far down the page, as a fraction of the page height.</summary>
        public const double TitleTopFraction = 0.24;

        public const double SpaceAfterKicker = 14;
        public const double SpaceAfterTitle = 6;
        public const double SpaceAfterSubtitle = 18;
        public const double RuleLength = 56;
        public const double SpaceAfterRule = 28;
        public const double FactLabelWidth = 130;
        public const double SpaceAfterFact = 8;

        /// <summary>The confidentiality note's first line sits this far above the bottom margin.</summary>
        public const double FooterAboveBottom = 46;

        public const double FooterRuleAbove = 10;
        public const double SpaceBetweenFooterLines = 2;
    }

    public static class SummaryLayout
    {
        public const double SpaceAfterCards = 6;

        /// <summary>Room kept below the level scale for the start of the gap sentence.</summary>
        public const double SpaceKeptBelowScale = 14;
    }

    /// <summary>The level cards of the summary: one per department and one for the whole organization.</summary>
    public static class CardLayout
    {
        public const double Gap = 10;

        /// <summary>Distance from the card's left edge to its text.</summary>
        public const double TextInset = 12;

        /// <summary>Horizontal room a card's text leaves free: the inset and a margin on the right.</summary>
        public const double HorizontalPadding = 20;

        public const double SubjectTop = 10;
        public const double LevelTop = 24;
        public const double DetailsTop = 46;

        /// <summary>Height above the detail lines (subject and level), used to size the card.</summary>
        public const double HeightAboveDetails = 48;

        public const double BottomPadding = 8;

        /// <summary>A withheld figure's reason is cut after this many lines; the appendix has it in full.</summary>
        public const int MaximumReasonLines = 8;
    }

    public static class DecisionBoxLayout
    {
        public const double Padding = 12;

        /// <summary>The text starts this much further right than the padding, clear of the accent bar.</summary>
        public const double TextOffset = 4;

        /// <summary>The box ends this much above the last line's full leading.</summary>
        public const double HeightTrim = 4;

        public const double SpaceBelow = 6;
    }

    /// <summary>The table of the four levels, with the organization's current level highlighted.</summary>
    public static class LevelsLayout
    {
        public const double SpaceAbove = 8;
        public const double HeadingKeepWithNext = 90;
        public const double SpaceAfterIntro = 6;
        public const double NameInset = 12;
        public const double NameColumnWidth = 118;
        public const double DescriptionOffset = 4;
        public const double RowPadding = 5;
        public const double MinimumRowHeight = 24;

        /// <summary>The current level's row also holds the "you are here" marker.</summary>
        public const double MinimumCurrentRowHeight = 38;

        public const double RangeTop = 14;
        public const double MarkerTop = 26;
    }

    public static class ChartsLayout
    {
        /// <summary>Room for a chart's title and spacing, kept on one page with the chart and its description.</summary>
        public const double TitleAllowance = 40;

        public const double SpaceAfterDescription = 8;
        public const double SpaceAfterChart = 14;
    }

    /// <summary>Measures shared by the charts (<see cref="ChartDrawer"/>): value axis, legend and markers.</summary>
    public static class ChartLayout
    {
        /// <summary>Room left of a plot for the value axis's labels (distribution and trend).</summary>
        public const double ValueAxisWidth = 28;

        /// <summary>Gap between a value axis's label and the plot.</summary>
        public const double AxisLabelGap = 5;

        /// <summary>The totals 20-100 are labelled at these values.</summary>
        public static IReadOnlyList<int> TotalTicks { get; } = [20, 40, 60, 80, 100];

        /// <summary>A legend entry's marker is centred this far right of the entry's start.</summary>
        public const double LegendMarkerCentre = 4;

        public const double LegendMarkerRadius = 3.6;
        public const double LegendTextOffset = 12;

        /// <summary>Space after one legend entry's text before the next entry.</summary>
        public const double LegendEntryGap = 18;

        /// <summary>A hollow diamond's half-diagonal is this many times the marker radius, so it looks as big as a circle.</summary>
        public const double DiamondScale = 1.25;
    }

    /// <summary>The 20-100 scale of the summary: one lane per marker above the bar of level bands.</summary>
    public static class LevelScaleLayout
    {
        /// <summary>The first lane's centre is this far below the chart's top; the bar starts this far below the last lane.</summary>
        public const double LaneOffset = 6;

        public const double LaneHeight = 15;
        public const double BarHeight = 26;

        /// <summary>Room under the bar for the ticks and their labels.</summary>
        public const double HeightBelowBar = 26;

        /// <summary>Horizontal room a band's name leaves free inside its band.</summary>
        public const double BandNamePadding = 6;

        public const double TickLength = 3;
        public const double TickLabelTop = 5;
        public const double MarkerRadius = 3.6;

        /// <summary>Gap between a marker and its label.</summary>
        public const double LabelGap = 8;

        /// <summary>The white backing reaches this far beyond the label on the left and on the right.</summary>
        public const double LabelBackingPadding = 2;
    }

    /// <summary>The perception gap: one row per statement with the Sales and Marketing means on the 1-5 scale.</summary>
    public static class PerceptionGapLayout
    {
        /// <summary>Room above the rows for the axis label and the scale's numbers.</summary>
        public const double RowsTop = 24;

        public const double ScaleNumbersTop = 11;
        public const double RowHeight = 15;

        /// <summary>Room under the rows for the legend.</summary>
        public const double HeightBelowRows = 34;

        /// <summary>The statements' labels take this fraction of the width, the plot the rest.</summary>
        public const double LabelColumnFraction = 0.46;

        /// <summary>Gap between the label column and the plot.</summary>
        public const double PlotGap = 14;

        public const double PlotRightPadding = 8;

        /// <summary>The statement's number is right-aligned here.</summary>
        public const double NumberRight = 16;

        /// <summary>The divergence mark sits between the number and the label.</summary>
        public const double DivergentMarkLeft = 19;

        public const double LabelLeft = 30;

        /// <summary>Marketing's marker is drawn first and larger, so Sales's smaller one on top leaves both visible when the means meet.</summary>
        public const double MarketingMarkerRadius = 3.8;

        public const double SalesMarkerRadius = 3.3;
        public const double LegendBelowRows = 16;

        /// <summary>The divergence legend's text starts this far right of its mark.</summary>
        public const double DivergentLegendTextOffset = 10;
    }

    /// <summary>The distribution of totals: grouped bars per level band.</summary>
    public static class DistributionLayout
    {
        public const double Height = 165;
        public const double PlotTop = 8;

        /// <summary>Room under the plot for the band names, their ranges and the legend.</summary>
        public const double HeightBelowPlot = 46;

        public const double MaximumBarWidth = 34;

        /// <summary>A band's bars together take at most this fraction of the band's width.</summary>
        public const double BarsFractionOfGroup = 0.6;

        /// <summary>Space left free on each side of a bar, so neighbouring bars do not touch.</summary>
        public const double BarInset = 1;

        public const double CountAboveBar = 2;

        /// <summary>Horizontal room a band's name leaves free in its group before it wraps.</summary>
        public const double BandNamePadding = 6;

        public const double BandNameTop = 5;
        public const double BandRangeTop = 16;
        public const double LegendBelowPlot = 38;
        public const double SwatchWidth = 12;
        public const double SwatchHeight = 8;
        public const double SwatchTextOffset = 16;
    }

    /// <summary>The trend: mean totals per round over the level bands.</summary>
    public static class TrendLayout
    {
        public const double Height = 170;
        public const double PlotTop = 4;

        /// <summary>Room under the plot for the rounds' labels and the legend.</summary>
        public const double HeightBelowPlot = 40;

        /// <summary>Room right of the plot for the bands' names.</summary>
        public const double BandNamesWidth = 70;

        public const double BandNameGap = 4;

        /// <summary>The first and last rounds sit this far inside the plot, clear of its edges.</summary>
        public const double RoundInset = 18;

        public const double RoundLabelMaximumWidth = 90;
        public const double RoundLabelTop = 5;
        public const double LegendBelowPlot = 26;
        public const double MarkerRadius = 3.4;
    }

    /// <summary>The table of the twenty statements (<see cref="RepeatingHeaderTable"/>).</summary>
    public static class StatementTableLayout
    {
        public const double SpaceAfterIntro = 10;
        public const double NumberWidth = 26;
        public const double SalesWidth = 46;
        public const double MarketingWidth = 60;
        public const double GapWidth = 42;
        /// <summary>The notes column's least width; it widens to the widest localized note (Russian, Dutch).</summary>
        public const double NotesWidth = 68;
        public const double SpaceAfterTable = 8;
        public const double SpaceAfterNote = 2;
    }

    /// <summary>Tables whose header repeats on every page (<see cref="RepeatingHeaderTable"/>).</summary>
    public static class TableLayout
    {
        public const double HeaderHeight = 20;
        public const double CellPadding = 5;

        /// <summary>The header is never the last thing on a page: at least this much of the first row follows it.</summary>
        public const double FirstRowKeep = 40;
    }

    public static class RecommendationsLayout
    {
        public const double BulletIndent = 14;
        public const double BulletOffset = 3;
        public const double SpaceAfterBullet = 4;

        // Fits the widest state label, "? Nog niet beoordeeld" (Dutch, 102 pt); a test measures them in every language.
        public const double ConditionStateWidth = 106;
        public const double SpaceAfterCondition = 4;

        public const double ActionIndent = 22;

        /// <summary>An action's title is kept with this much of its description and source.</summary>
        public const double ActionKeepWithTitle = 30;

        public const double SpaceInsideAction = 1;
        public const double SpaceAfterAction = 8;
    }

    /// <summary>The Integration Checklist: tasks with a tick box on the left and who ticked them on the right.</summary>
    public static class ChecklistLayout
    {
        /// <summary>A group's title is kept with about two tasks.</summary>
        public const double GroupKeep = 50;

        public const double SpaceAfterGroupTitle = 3;
        public const double TaskIndent = 18;
        public const double StatusWidth = 175;
        public const double StatusGap = 8;
        public const double StatusTop = 1;
        public const double SpaceBetweenTasks = 3;
        public const double SpaceAfterGroup = 6;
        public const double TickBoxLeft = 2;
        public const double TickBoxTop = 2.5;
        public const double TickBoxSize = 8;

        /// <summary>The tick drawn in a ticked box, relative to the box's top left corner.</summary>
        public static IReadOnlyList<XPoint> Tick { get; } = [new(1.6, 4.2), new(3.4, 6.2), new(6.8, 1.6)];
    }

    public static class AppendixLayout
    {
        public const double SpaceAbove = 12;
        public const double SpaceAfterItem = 1;
        public const double SpaceAfterReason = 6;
    }
}
