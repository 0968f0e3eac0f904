using SalesMarketingAlignment.Reports.Pdf;

namespace SalesMarketingAlignment.Reports.Tests.Pdf;

public class RepeatingHeaderTableTests
{
    private static readonly TableColumn[] Columns =
    [
        new("Kolumbus", 40, ColumnAlignment.Right),
        new("Magellan", null, ColumnAlignment.Left),
        new("Tasman", 60, ColumnAlignment.Right),
    ];

    [Fact]
    public void Row_PastTheEndOfThePage_RepeatsTheHeaderAboveTheRestOfTheRows()
    {
        const int rows = 90;
        using var pdf = PdfCanvas.Draw("table-pages", flow =>
        {
            using var table = new RepeatingHeaderTable(flow, Columns);
            for (var i = 1; i <= rows; i++)
            {
                var number = i;
                table.Row(20, top =>
                {
                    table.Cell(0, $"r{number}a", flow.Style.TableBody, flow.Style.InkBrush, top);
                    table.Cell(2, $"r{number}c", flow.Style.TableBody, flow.Style.InkBrush, top);
                });
            }
        });

        pdf.PageCount.Should().BeGreaterThan(2, "{0} rows of 20 points need more than two A4 pages", rows);
        var seen = 0;
        for (var page = 1; page <= pdf.PageCount; page++)
        {
            var text = pdf.RawText(page);
            text.Should().StartWith("Kolumbus Magellan Tasman", "page {0} starts with the header", page);
            var onPage = Enumerable.Range(1, rows).Where(n => text.Contains($"r{n}a ", StringComparison.Ordinal)).ToArray();
            onPage.Should().NotBeEmpty("page {0} holds rows", page);
            onPage.Should().OnlyContain(n => text.Contains($"r{n}c", StringComparison.Ordinal), "a row is never split across pages");
            seen += onPage.Length;
        }

        seen.Should().Be(rows, "every row is drawn once");
    }

    [Fact]
    public void Dispose_ThenPageBreak_DrawsNoHeaderAndRestoresThePreviousHandler()
    {
        var previousCalls = 0;
        using var pdf = PdfCanvas.Draw("table-after", flow =>
        {
            flow.OnContinuationPage = () => previousCalls++;
            using (var table = new RepeatingHeaderTable(flow, Columns))
            {
                table.Row(20, top => table.Cell(1, "only row", flow.Style.TableBody, flow.Style.InkBrush, top));
            }

            flow.EnsureSpace(flow.Bottom).Should().BeTrue("a whole page does not fit below the table");
            flow.Paragraph("After the table", flow.Style.Body, flow.Style.InkBrush);
        });

        previousCalls.Should().Be(1, "the handler from before the table is back");
        pdf.PageCount.Should().Be(2);
        pdf.RawText(2).Should().Contain("After the table").And.NotContain("Kolumbus");
    }

    [Fact]
    public void Constructor_OneColumnWithoutWidth_TakesWhatTheOthersLeave()
    {
        using var pdf = PdfCanvas.Draw("table-widths", flow =>
        {
            using var table = new RepeatingHeaderTable(flow, Columns);

            table.Width(1).Should().BeApproximately(flow.ContentWidth - 40 - 60, 1e-9);
            table.Left(0).Should().Be(flow.Left);
            table.Left(1).Should().Be(table.Right(0));
            table.Left(2).Should().Be(table.Right(1));
            table.Right(2).Should().BeApproximately(flow.Right, 1e-9);
        });
    }

    [Fact]
    public void Constructor_TwoColumnsWithoutWidth_Throws()
    {
        using var pdf = PdfCanvas.Draw("table-invalid", flow =>
        {
            var act = () => new RepeatingHeaderTable(flow, [new("A", null, ColumnAlignment.Left), new("B", null, ColumnAlignment.Left)]);

            act.Should().Throw<ArgumentException>().WithParameterName("columns");
        });
    }
}
