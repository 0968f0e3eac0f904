using System.Text;
using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using SalesMarketingAlignment.BrowserTests.PageObjects;
using SalesMarketingAlignment.Web.Infrastructure;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// An executive prints the demo round's dashboard: under print media the navigation, language form, buttons and forms
/// are gone while the headline and charts stay; the printed PDF is kept in the artifacts folder to look at.
/// </summary>
[Collection(JourneyCollectionDefinition.Name)]
public sealed class PrintJourney(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string Password = "demo password for printing";

    [Fact]
    public async Task ExecutivePrintsTheDashboard_OnlyTheFiguresReachThePaper()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Password"] = Password,
        });
        var executive = await OpenAsync(server);

        await executive.StepAsync("Executive opens the dashboard", async () =>
        {
            var login = new LoginPage(executive);
            await login.GotoAsync();
            var organizations = await login.SignInAsync(DemoSeeder.ExecutiveEmail, Password);
            var organization = await organizations.OpenAsync(DemoSeeder.OrganizationName);
            var dashboard = await organization.OpenAssessmentAsync(DemoSeeder.AssessmentTitle);
            await Assertions.Expect(dashboard.GapSentence).ToBeVisibleAsync();
        });

        var page = executive.Page;
        await executive.StepAsync("On screen the navigation and language form show", async () =>
        {
            await Assertions.Expect(page.Locator("header nav")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("form.language-form")).ToBeVisibleAsync();
        });

        await executive.StepAsync("In print they are gone and the figures stay", async () =>
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Assertions.Expect(page.Locator("header nav")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("form.language-form")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("main form").First).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("main button").First).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("main svg.chart").First).ToBeVisibleAsync();
            (await page.Locator("main figure").First.EvaluateAsync<string>("f => getComputedStyle(f).breakInside")).Should().Be("avoid");

            var pdf = await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(executive.ArtifactsFolder, "dashboard-print.pdf"), Format = "A4" });
            Encoding.ASCII.GetString(pdf, 0, 5).Should().Be("%PDF-");
            var pages = PrintedPages(Path.Combine(executive.ArtifactsFolder, "dashboard-print.pdf"));
            var headingPage = pages.FindIndex(p => p.Contains("Perception gap by statement", StringComparison.Ordinal));
            headingPage.Should().BeGreaterThanOrEqualTo(0);
            pages[headingPage].Should().Contain("strongly disagree", "the perception-gap heading is printed on the same page as its chart");
            executive.Output.WriteLine($"Printed dashboard: {Path.Combine(executive.ArtifactsFolder, "dashboard-print.pdf")} ({pdf.Length} bytes)");
        });
    }

    /// <summary>The text of each page of a printed PDF (poppler's pdftotext, which the test prerequisites install).</summary>
    private static List<string> PrintedPages(string pdfPath)
    {
        var pages = new List<string>();
        for (var page = 1; ; page++)
        {
            var start = new System.Diagnostics.ProcessStartInfo("pdftotext", ["-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdfPath, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = System.Diagnostics.Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                return pages;
            }

            pages.Add(text);
        }
    }
}
