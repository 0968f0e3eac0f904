using SalesMarketingAlignment.Reports.Pdf.Sections;

namespace SalesMarketingAlignment.Reports.Tests.Pdf.Sections;

public class SummarySectionTests
{
    [Fact]
    public void ClipReason_FourLinesOrFewer_KeepsThemAsTheyAre()
    {
        string[] lines = ["Fewer than 5", "respondents: shown", "only from 5, to keep", "answers anonymous."];

        SummarySection.ClipReason(lines).Should().Equal(lines);
    }

    [Fact]
    public void ClipReason_MoreThanFourLines_EndsTheFourthWithAnEllipsisInsteadOfItsLastWordAndPunctuation()
    {
        string[] lines = ["one", "two", "three", "four words here, then", "five", "six"];

        var clipped = SummarySection.ClipReason(lines);

        // "then" is dropped so the ellipsis fits; the comma before it would read as a cut mid-phrase.
        clipped.Should().Equal("one", "two", "three", "four words here…");
    }
}
