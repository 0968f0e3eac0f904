using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Reports.Model;
using SalesMarketingAlignment.Reports.Tests.Samples;

namespace SalesMarketingAlignment.Reports.Tests.Model;

public class ReportModelTests
{
    [Fact]
    public void LevelFindingShown_TakesTheLevelOfTheRoundedMean()
    {
        LevelFinding.Shown("Sales", 59.96m, 10).Level.Should().Be(AlignmentLevel.Aligned);
        LevelFinding.Shown("Sales", 59.94m, 10).Level.Should().Be(AlignmentLevel.Defined);
    }

    [Fact]
    public void LevelFinding_LevelDisagreesWithMean_Throws()
    {
        var act = () => new LevelFinding("Sales", AlignmentLevel.Integrated, 58.3m, 10);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void LevelFindingWithheld_WithoutReason_Throws()
    {
        var act = () => LevelFinding.Withheld("Marketing", 3, " ");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void LevelFinding_LevelWithoutMean_Throws()
    {
        var act = () => new LevelFinding("Sales", AlignmentLevel.Defined, null, 10);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void StatementRow_DivergentWithAWithheldMean_Throws()
    {
        var act = () => new StatementRow(2, "text", 2.1m, null, divergent: true, weakSpot: false);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void StatementRow_Gap_IsSalesMinusMarketing()
    {
        new StatementRow(2, "text", 2.1m, 3.3m, true, false).Gap.Should().Be(-1.2m);
        new StatementRow(2, "text", 2.1m, null, false, false).Gap.Should().BeNull();
    }

    [Fact]
    public void ChecklistTask_TickedByWithoutDate_Throws()
    {
        var act = () => new ChecklistTask("Hire a chief revenue officer.", "Harriet Vance", null);

        act.Should().Throw<ArgumentException>();
        new ChecklistTask("Hire a chief revenue officer.", "Harriet Vance", new DateOnly(2026, 5, 4)).Ticked.Should().BeTrue();
    }

    [Fact]
    public void ReportCover_ClosedBeforeOpened_Throws()
    {
        var act = () => new ReportCover("Org", "Title", new DateOnly(2026, 4, 1), new DateOnly(2026, 3, 1), [], "Consultant", new DateOnly(2026, 5, 1));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void DiagnosticReport_SameStatementTwice_Throws()
    {
        var sample = SampleReports.English();
        var rows = sample.Statements.Append(sample.Statements[0]).ToArray();

        var act = () => new DiagnosticReport(
            sample.CultureName, sample.PaperSize, sample.Cover, sample.Summary, sample.Levels, sample.Charts, rows, sample.Recommendations, sample.Appendix);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void DiagnosticReport_UnknownCulture_Throws()
    {
        var sample = SampleReports.English();

        var act = () => new DiagnosticReport(
            "xx-not-a-culture-name-at-all", sample.PaperSize, sample.Cover, sample.Summary, sample.Levels, sample.Charts, sample.Statements, sample.Recommendations, sample.Appendix);

        act.Should().Throw<CultureNotFoundException>();
    }

    [Fact]
    public void LevelsExplanationFromInstrument_MarksOnlyTheCurrentLevel()
    {
        var levels = LevelsExplanation.FromInstrument(AlignmentLevel.Aligned, CultureInfo.GetCultureInfo("en-GB"));

        levels.Levels.Should().HaveCount(4);
        levels.Levels.Where(l => l.IsCurrent).Select(l => l.Level).Should().Equal(AlignmentLevel.Aligned);
        LevelsExplanation.FromInstrument(null, CultureInfo.GetCultureInfo("en-GB")).Levels.Should().NotContain(l => l.IsCurrent);
    }
}
