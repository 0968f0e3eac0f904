using System.Globalization;
using SalesMarketingAlignment.Domain.Changes;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Reports.Building;
using SalesMarketingAlignment.Reports.Pdf;
using SalesMarketingAlignment.Reports.Tests.Pdf;
using static SalesMarketingAlignment.Reports.Tests.Building.DomainSamples;

namespace SalesMarketingAlignment.Reports.Tests.Building;

/// <summary>The "What moved" section: worded from RoundChanges, drawn in the later round's PDF.</summary>
public class ChangesSectionBuilderTests
{
    private static ResponseCounts All(int value, int count) =>
        ResponseCounts.FromAnswers(Enumerable.Range(0, count).Select(_ => SurveyAnswers.Create(Enumerable.Repeat(value, 20).ToArray())));

    /// <summary>Sales all 3s then all 4s (60 to 80: moved up on every statement); Marketing withheld in the earlier round.</summary>
    private static ChangesInput Sample()
    {
        var earlier = AssessmentResults.Compute(All(3, 3), All(2, 2), AnonymityRule.Default);
        var later = AssessmentResults.Compute(All(4, 3), All(3, 3), AnonymityRule.Default);
        return new ChangesInput("Autumn round", RoundChanges.Compute(earlier, later));
    }

    [Fact]
    public void Build_NoInput_IsNull() => ChangesSectionBuilder.Build(null, English).Should().BeNull();

    [Fact]
    public void Build_WordsDepartmentsGapAndMovedStatements()
    {
        var section = ChangesSectionBuilder.Build(Sample(), English)!;

        section.Intro.Should().StartWith("Compared with Autumn round.");
        section.Departments[0].Should().Be("Sales: 60.0 (Aligned) then, 80.0 (Integrated) now, +20.0 [+20.00 … +20.00]: moved up.");
        section.Departments[1].Should().Contain("Marketing: not shown").And.NotContain("40.0");
        section.Gap.Should().Be("Perception gap (Sales minus Marketing): then not shown, now +20.0.");
        section.MovedStatements.Should().HaveCount(20, "every Sales statement rose by 1 with no spread; Marketing shows nothing");
    }

    [Theory]
    [InlineData("en", "What moved since the earlier round")]
    [InlineData("ru", "Что изменилось с прошлого раунда")]
    [InlineData("nl", "Wat er veranderde sinds de vorige ronde")]
    public void Render_ReportWithChanges_HasTheSection(string language, string heading)
    {
        var input = Input(Diverging()) with { Changes = Sample(), Culture = CultureInfo.GetCultureInfo(language) };

        using var pdf = PdfFile.Write(new PdfReportRenderer().Render(DiagnosticReportBuilder.Build(input)), "changes-" + language);

        pdf.RawText().Should().Contain(heading);
    }

    [Fact]
    public void Render_ReportWithoutChanges_HasNoSection()
    {
        using var pdf = PdfFile.Write(new PdfReportRenderer().Render(DiagnosticReportBuilder.Build(Input(Diverging()))), "no-changes");

        pdf.RawText().Should().NotContain("What moved since the earlier round");
    }
}
