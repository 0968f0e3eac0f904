using System.Globalization;
using System.Net;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Reports.Tests.Pdf;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Pages.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Features.Plans;

/// <summary>The PDF report carries the action plan, in the reader's language.</summary>
public sealed class PlanReportTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Download_DemoRound_PdfHasThePlanWithOwnersStatusAndOverdueMark()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ExecutiveEmail, DashboardFixture.DemoPassword);

        var response = await client.GetAsync($"/Assessments/{fixture.DemoAssessmentId}/report.pdf");

        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf);
        using var pdf = PdfFile.Write(await response.Content.ReadAsByteArrayAsync(), "plan-demo");
        var text = pdf.RawText();
        text.Should().Contain("Action plan");
        text.Should().Contain(TransitionActions.Get(DemoSeeder.DemoPlanOverdueAction).Title(CultureInfo.InvariantCulture));
        text.Should().Contain($"Overdue · Moving Up action · Owner: {DemoSeeder.DemoPlanOwnerName}");
        text.Should().Contain("Owner: Demo Executive").And.Contain("In progress");
        text.Should().Contain(DemoSeeder.DemoPlanOverdueNote);
    }

    [Fact]
    public async Task Download_Russian_PlanSectionIsInRussian()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ExecutiveEmail, DashboardFixture.DemoPassword);
        client.DefaultRequestHeaders.Add("Accept-Language", "ru");

        var response = await client.GetAsync($"/Assessments/{fixture.DemoAssessmentId}/report.pdf");

        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf);
        using var pdf = PdfFile.Write(await response.Content.ReadAsByteArrayAsync(), "plan-demo-ru");
        var text = pdf.RawText();
        text.Should().Contain("План действий").And.Contain("Просрочено").And.Contain("Ответственный: " + DemoSeeder.DemoPlanOwnerName);
        text.Should().Contain(TransitionActions.Get(DemoSeeder.DemoPlanOverdueAction).Title(CultureInfo.GetCultureInfo("ru")));
    }
}
