using System.Text;
using SalesMarketingAlignment.Web.Features.Reports;

namespace SalesMarketingAlignment.Web.Tests.Features.Reports;

public sealed class ReportFileNameTests
{
    private static readonly DateOnly Created = new(2026, 1, 5);

    [Fact]
    public void For_ClosedRound_CarriesOrganizationTitleAndClosingDate()
    {
        var name = ReportFileName.For("Café Müller GmbH", "Spring 2026", new DateOnly(2026, 4, 30), Created);

        name.Ascii.Should().Be("alignment-report-cafe-muller-gmbh-spring-2026-2026-04-30.pdf");
        name.Unicode.Should().Be("alignment-report-café-müller-gmbh-spring-2026-2026-04-30.pdf");
    }

    [Fact]
    public void For_TwoRoundsOfOneOrganization_GetDifferentNames()
    {
        var first = ReportFileName.For("Org A", "Baseline", new DateOnly(2026, 1, 31), Created);
        var second = ReportFileName.For("Org A", "Follow-up", null, new DateOnly(2026, 6, 1));

        second.Ascii.Should().Be("alignment-report-org-a-follow-up-2026-06-01.pdf", "an open round carries its creation date");
        first.Ascii.Should().NotBe(second.Ascii);
    }

    [Fact]
    public void For_RussianNames_KeepsCyrillicInUnicodeAndTransliteratesAscii()
    {
        var name = ReportFileName.For("ООО «Рога и копыта»", "Объём продаж: весна", null, Created);

        name.Unicode.Should().Be("alignment-report-ооо-рога-и-копыта-объём-продаж-весна-2026-01-05.pdf");
        name.Ascii.Should().Be("alignment-report-ooo-roga-i-kopyta-obem-prodazh-vesna-2026-01-05.pdf");
    }

    [Fact]
    public void For_ShortIAndYo_TransliteratedBeforeAccentsAreDropped()
    {
        ReportFileName.For("Майский ёж", "x", null, Created).Ascii.Should().StartWith("alignment-report-mayskiy-ezh-");
    }

    [Theory]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j")]
    [InlineData("../../etc/passwd")]
    [InlineData("C:\\Windows\\con")]
    public void For_PathAndReservedCharacters_BecomeHyphens(string title)
    {
        var name = ReportFileName.For("Org / Co", title, null, Created);

        foreach (var spelling in new[] { name.Ascii, name.Unicode })
        {
            spelling.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).Should().Be(-1, spelling);
            spelling.Should().NotContain("..").And.MatchRegex("^[a-z0-9-]+\\.pdf$");
        }

        ReportFileName.For("Org", "a/b\\c:d*e?f\"g<h>i|j", null, Created).Ascii.Should().Be("alignment-report-org-a-b-c-d-e-f-g-h-i-j-2026-01-05.pdf");
    }

    [Fact]
    public void For_NothingUsable_FallsBackToGenericWords()
    {
        ReportFileName.For("«»", "🙂 ???", null, Created).Ascii.Should().Be("alignment-report-organization-assessment-2026-01-05.pdf");
        ReportFileName.For("株式会社", "", null, Created).Ascii.Should().Be("alignment-report-organization-assessment-2026-01-05.pdf");
        ReportFileName.For("株式会社", "", null, Created).Unicode.Should().Be("alignment-report-株式会社-assessment-2026-01-05.pdf");
    }

    [Fact]
    public void For_LongCyrillicNames_StayUnder255BytesAndEndCleanly()
    {
        var name = ReportFileName.For(string.Concat(Enumerable.Repeat("Щедрый ", 40)), string.Concat(Enumerable.Repeat("Ёлка ", 60)), null, Created);

        Encoding.UTF8.GetByteCount(name.Unicode).Should().BeLessThan(255);
        Encoding.UTF8.GetByteCount(name.Ascii).Should().BeLessThan(255);
        name.Unicode.Should().NotContain("--").And.EndWith("-2026-01-05.pdf");
        name.Ascii.Should().NotContain("--").And.EndWith("-2026-01-05.pdf");
    }

    [Fact]
    public void ContentDisposition_SendsAsciiFilenameAndUtf8FilenameStar()
    {
        var header = ReportFileName.For("Рога", "Весна", null, Created).ContentDisposition();

        header.Should().Be("attachment; filename=alignment-report-roga-vesna-2026-01-05.pdf; "
            + "filename*=UTF-8''alignment-report-%D1%80%D0%BE%D0%B3%D0%B0-%D0%B2%D0%B5%D1%81%D0%BD%D0%B0-2026-01-05.pdf");
    }
}
