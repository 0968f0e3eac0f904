using System.Globalization;
using System.Text;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Web.Exports;
using SalesMarketingAlignment.Web.Features.Exports;

namespace SalesMarketingAlignment.Web.Tests.Exports;

public sealed class CsvRowWriterTests
{
    private static async Task<string> WriteAsync(Action<CsvRowWriter> row)
    {
        var builder = new StringBuilder();
        var csv = new CsvRowWriter(new StringWriter(builder, CultureInfo.InvariantCulture));
        row(csv);
        await csv.EndRowAsync();
        return builder.ToString();
    }

    [Theory]
    [InlineData("Acme, Inc.")]
    [InlineData("The \"best\" org")]
    [InlineData("Line one\r\nline two")]
    [InlineData("Only LF\nhere")]
    [InlineData("plain")]
    [InlineData("")]
    public async Task Text_SpecialCharacters_ParseBackUnchanged(string value)
    {
        var text = await WriteAsync(csv => csv.Text(value).Number(7));

        Rfc4180.Parse(text).Should().ContainSingle().Which.Should().Equal(value, "7");
    }

    [Fact]
    public async Task Text_QuoteAndComma_QuotedWithDoubledQuotes() =>
        (await WriteAsync(csv => csv.Text("a \"b\", c"))).Should().Be("\"a \"\"b\"\", c\"\r\n");

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    public async Task Text_FormulaStart_GetsApostrophe(string value)
    {
        var parsed = Rfc4180.Parse(await WriteAsync(csv => csv.Text(value)));

        parsed.Single().Single().Should().Be("'" + value);
    }

    [Fact]
    public async Task Number_Negative_StaysANumber() =>
        (await WriteAsync(csv => csv.Number(-0.456m, 2).Number(-3).Number(1.005m, 2))).Should().Be("-0.46,-3,1.01\r\n");

    [Theory]
    [InlineData("59.95", 1)]
    [InlineData("42.25", 1)]
    [InlineData("3.125", 2)]
    [InlineData("-0.125", 2)]
    [InlineData("2.049999", 2)]
    public async Task Number_Mean_RoundedAsTheDomainRoundsMeans(string value, int decimals)
    {
        var mean = decimal.Parse(value, CultureInfo.InvariantCulture);

        var written = (await WriteAsync(csv => csv.Number(mean, decimals))).TrimEnd('\r', '\n');

        decimal.Parse(written, CultureInfo.InvariantCulture).Should().Be(ScoringKey.Round(mean, decimals));
        written.Split('.')[1].Should().HaveLength(decimals, "always that many places, trailing zeros kept");
    }

    [Fact]
    public async Task Number_ShownDecimals_MatchesTheMeanAsScreensShowIt() =>
        (await WriteAsync(csv => csv.Number(59.95m, ScoringKey.ShownDecimals).Number(39.949m, ScoringKey.ShownDecimals)))
            .Should().Be(string.Create(CultureInfo.InvariantCulture, $"{ScoringKey.Round(59.95m)},{ScoringKey.Round(39.949m)}\r\n"));

    [Fact]
    public async Task Number_AnyCulture_UsesInvariantDecimalPoint()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl");
        try
        {
            (await WriteAsync(csv => csv.Number(3.25m, 2))).Should().Be("3.25\r\n");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Encoding_EmitsUtf8ByteOrderMark() =>
        CsvRowWriter.Encoding.GetPreamble().Should().Equal(0xEF, 0xBB, 0xBF);

    [Theory]
    [InlineData("Acme, \"Inc.\"\r\n/../etc", "Acme-Inc-etc-2026-05-06-responses.csv")]
    [InlineData("=cmd|calc", "cmd-calc-2026-05-06-responses.csv")]
    [InlineData("Ромашка ООО", "Ромашка-ООО-2026-05-06-responses.csv")]
    [InlineData("!!!", "organization-2026-05-06-responses.csv")]
    public void FileName_UserInput_OnlyLettersDigitsAndDashes(string organization, string expected) =>
        ExportEndpoints.FileName(organization, new DateOnly(2026, 5, 6), "responses").Should().Be(expected);
}
