using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Survey;

public sealed class OpenSurveyTests : IDisposable
{
    private readonly AppFactory _app = new();

    private async Task<OpenSurvey.Result> OpenAsync(string? token)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OpenSurvey>().HandleAsync(token, CancellationToken.None);
    }

    [Theory]
    [InlineData(Department.Sales)]
    [InlineData(Department.Marketing)]
    public async Task HandleAsync_OpenAssessment_OpenForTheLinksDepartment(Department department)
    {
        var assessment = await _app.CreateAssessmentAsync("Open Org");

        var result = await OpenAsync(assessment.Links.Single(l => l.Department == department).Token);

        var open = result.Should().BeOfType<OpenSurvey.Result.Open>().Subject;
        open.Link.Should().Be(new SurveyLinkInfo(assessment.Id, department, IsOpen: true));
    }

    [Fact]
    public async Task HandleAsync_ClosedAssessment_Closed()
    {
        var assessment = await _app.CreateAssessmentAsync("Closed Org", AssessmentStatus.Closed);

        var result = await OpenAsync(assessment.Links[0].Token);

        result.Should().BeOfType<OpenSurvey.Result.Closed>().Which.Link.IsOpen.Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-real-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task HandleAsync_UnknownToken_NotFound(string? token) =>
        (await OpenAsync(token)).Should().BeOfType<OpenSurvey.Result.NotFound>();

    public void Dispose() => _app.Dispose();
}
