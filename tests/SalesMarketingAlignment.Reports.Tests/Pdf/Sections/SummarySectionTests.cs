using SalesMarketingAlignment.Reports.Pdf.Sections;

namespace SalesMarketingAlignment.Reports.Tests.Pdf.Sections;

public class SummarySectionTests
{
    [Fact]
    public void ClipReason_EightLinesOrFewer_KeepsThemAsTheyAre()
    {
        // The domain's reasons run to six or seven card lines in Russian; they used to be cut after four.
        string[] lines = ["Fewer than 5", "respondents: shown", "only from 5, to keep", "answers", "anonymous,", "so that", "no one's answers", "can be worked out."];

        SummarySection.ClipReason(lines).Should().Equal(lines);
    }

    [Fact]
    public void ClipReason_MoreThanEightLines_EndsTheEighthWithAnEllipsisInsteadOfItsLastWordAndPunctuation()
    {
        string[] lines = ["one", "two", "three", "four", "five", "six", "seven", "eight words here, then", "nine", "ten"];

        var clipped = SummarySection.ClipReason(lines);

        // "then" is dropped so the ellipsis fits; the comma before it would read as a cut mid-phrase.
        clipped.Should().Equal("one", "two", "three", "four", "five", "six", "seven", "eight words here…");
    }
}
