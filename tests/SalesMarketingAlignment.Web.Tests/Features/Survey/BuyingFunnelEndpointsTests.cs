using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Funnel;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Survey;

/// <summary>The Buying Funnel part through the API (docs/decisions/0018-buying-funnel.md), written as the attacks it must withstand.</summary>
public sealed class BuyingFunnelEndpointsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly int[] AllThrees = Enumerable.Repeat(3, 20).ToArray();

    private readonly HttpClient _anonymous = fixture.ClientFor(null);

    private async Task<Assessment> AssessmentAsync(bool funnel, int minimumGroupSize = 3)
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        await fixture.App.WithDbAsync(async db =>
        {
            var row = await db.Assessments.SingleAsync(a => a.Id == assessment.Id);
            row.BuyingFunnel = funnel;
            row.MinimumGroupSize = minimumGroupSize;
            return await db.SaveChangesAsync();
        });
        return assessment;
    }

    private static string SurveyUrl(Assessment assessment, Department department = Department.Sales) =>
        $"/api/v1/surveys/{assessment.Links.Single(l => l.Department == department).Token}";

    private Task<HttpResponseMessage> PostAsync(Assessment assessment, object funnel, Department department = Department.Sales) =>
        _anonymous.PostAsJsonAsync(SurveyUrl(assessment, department) + "/responses", new { role = "Staff", answers = AllThrees, funnel });

    private Task<FunnelCounts> CountsAsync(int assessmentId) => fixture.App.WithDbAsync(db => db.LoadFunnelCountsAsync(assessmentId));

    private Task<int> ResponsesAsync(int assessmentId) => fixture.App.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessmentId));

    [Fact]
    public async Task Get_PartOn_FormListsTheEightStagesAndFourLeads()
    {
        var assessment = await AssessmentAsync(funnel: true);

        var form = await _anonymous.GetFromJsonAsync<FormBody>(SurveyUrl(assessment));

        form!.Funnel.Should().NotBeNull();
        form.Funnel!.Stages.Select(s => s.Key).Should().Equal(
            "customerAwareness", "brandAwareness", "brandConsideration", "brandPreference", "purchaseIntention", "purchase", "customerLoyalty", "customerAdvocacy");
        form.Funnel.Stages[0].Name.Should().Be("Customer awareness");
        form.Funnel.Options.Select(o => o.Value).Should().Equal("Marketing", "Sales", "Both", "NoOne");
    }

    [Fact]
    public async Task Get_PartOff_FormHasNoFunnel()
    {
        var assessment = await AssessmentAsync(funnel: false);

        var form = await _anonymous.GetFromJsonAsync<FormBody>(SurveyUrl(assessment));

        form!.Funnel.Should().BeNull();
    }

    [Fact]
    public async Task Post_FunnelAnswers_Stored201AndCountedPerDepartmentOnly()
    {
        var assessment = await AssessmentAsync(funnel: true);

        var response = await PostAsync(assessment, new { customerAwareness = "Marketing", purchase = "Sales", customerAdvocacy = "NoOne", brandPreference = (string?)null });

        response.ShouldBeJson(HttpStatusCode.Created);
        var counts = await CountsAsync(assessment.Id);
        counts.Respondents(Department.Sales).Should().Be(1);
        counts.Count(Department.Sales, FunnelStage.CustomerAwareness, FunnelLead.Marketing).Should().Be(1);
        counts.Count(Department.Sales, FunnelStage.Purchase, FunnelLead.Sales).Should().Be(1);
        counts.Count(Department.Sales, FunnelStage.CustomerAdvocacy, FunnelLead.NoOne).Should().Be(1);
        BuyingFunnel.Leads.Sum(l => counts.Count(Department.Sales, FunnelStage.BrandPreference, l)).Should().Be(0, "a stage sent as null is left out");
    }

    [Fact]
    public async Task Post_LinkHolderSendsFunnelWhileThePartIsOff_Returns400AndStoresNothing()
    {
        var assessment = await AssessmentAsync(funnel: false);

        var problem = await (await PostAsync(assessment, new { purchase = "NoOne" })).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey("funnel");
        problem.Errors!["funnel"].Single().Should().Contain("does not ask");
        (await ResponsesAsync(assessment.Id)).Should().Be(0, "the statements are not stored either: nothing of a refused submission is kept");
        (await CountsAsync(assessment.Id)).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData("{\"salesPipeline\": \"Sales\"}", "funnel.salesPipeline", "Unknown funnel stage")]
    [InlineData("{\"purchase\": \"Everyone\"}", "funnel.purchase", "Marketing, Sales, Both, NoOne")]
    [InlineData("{\"purchase\": \"2\"}", "funnel.purchase", "Marketing, Sales, Both, NoOne")]
    [InlineData("{\"purchase\": 2}", "funnel.purchase", "Marketing, Sales, Both, NoOne")]
    [InlineData("{\"purchase\": \"Marketing,Sales\"}", "funnel.purchase", "Marketing, Sales, Both, NoOne")]
    [InlineData("{\"1\": \"Sales\"}", "funnel.1", "Unknown funnel stage")]
    [InlineData("[\"Sales\"]", "funnel", "object of stage to lead")]
    [InlineData("\"Sales\"", "funnel", "object of stage to lead")]
    public async Task Post_InvalidStageOrLead_Returns400NamingItAndStoresNothing(string funnelJson, string field, string message)
    {
        var assessment = await AssessmentAsync(funnel: true);
        var json = $"{{\"role\": \"Staff\", \"answers\": [{string.Join(',', AllThrees)}], \"funnel\": {funnelJson}}}";

        var problem = await (await _anonymous.PostRawAsync(SurveyUrl(assessment) + "/responses", json)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey(field);
        problem.Errors![field].Single().Should().Contain(message);
        (await ResponsesAsync(assessment.Id)).Should().Be(0);
        (await CountsAsync(assessment.Id)).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData(true, "{\"salesPipeline\": \"Sales\"}", "funnel.salesPipeline", "Неизвестный этап воронки \"salesPipeline\"")]
    [InlineData(true, "{\"purchase\": \"Everyone\"}", "funnel.purchase", "Ответ для purchase должен быть")]
    [InlineData(true, "[\"Sales\"]", "funnel", "Передайте \"funnel\" как объект")]
    [InlineData(false, "{\"purchase\": \"Sales\"}", "funnel", "В этом опросе нет части о воронке покупки")]
    public async Task Post_InvalidFunnelInRussian_ExplainsInRussian(bool asked, string funnelJson, string field, string message)
    {
        var assessment = await AssessmentAsync(funnel: asked);
        var json = $"{{\"role\": \"Staff\", \"answers\": [{string.Join(',', AllThrees)}], \"funnel\": {funnelJson}}}";

        var problem = await (await _anonymous.PostRawAsync(SurveyUrl(assessment) + "/responses?ui-culture=ru", json)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors![field].Single().Should().StartWith(message);
    }

    [Fact]
    public async Task Post_NoFunnelToASurveyThatAsksIt_IsStoredWithoutFunnelCounts()
    {
        var assessment = await AssessmentAsync(funnel: true);

        var response = await _anonymous.PostAsJsonAsync(SurveyUrl(assessment) + "/responses", new { role = "Staff", answers = AllThrees });

        response.ShouldBeJson(HttpStatusCode.Created);
        (await CountsAsync(assessment.Id)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task Results_FunnelAnswered_GivesSharesAndMarksDisagreementAndNoOne()
    {
        var assessment = await AssessmentAsync(funnel: true);
        foreach (var lead in new[] { "Sales", "Sales", "Both" })
        {
            (await PostAsync(assessment, new { purchase = lead, customerAdvocacy = "NoOne" })).ShouldBeJson(HttpStatusCode.Created);
        }

        foreach (var lead in new[] { "Both", "Both", "Both" })
        {
            (await PostAsync(assessment, new { purchase = lead, customerAdvocacy = "Marketing" }, Department.Marketing)).ShouldBeJson(HttpStatusCode.Created);
        }

        var results = await fixture.ClientFor(ApiFixture.ConsultantA).GetFromJsonAsync<ResultsBody>($"/api/v1/assessments/{assessment.Id}/results");

        var funnel = results!.Funnel!;
        funnel.Asked.Should().BeTrue();
        funnel.Sales.Should().Be(new FunnelDepartmentBody(3, false));
        var purchase = funnel.Stages.Single(s => s.Stage == "purchase");
        purchase.Sales.Shares.Should().Be(new SharesBody(0m, 0.6667m, 0.3333m, 0m));
        purchase.Sales.MostCommon.Should().Equal("Sales");
        purchase.Marketing.MostCommon.Should().Equal("Both");
        purchase.Disagree.Should().BeTrue();
        purchase.NoOneLeads.Should().BeFalse();
        var advocacy = funnel.Stages.Single(s => s.Stage == "customerAdvocacy");
        advocacy.NoOneLeads.Should().BeTrue();
        funnel.Stages.Single(s => s.Stage == "brandAwareness").Sales.Should().Be(new StageViewBody(0, null, []), "nobody answered it");
    }

    [Fact]
    public async Task Results_DepartmentUnderTheMinimum_IsWithheldWithoutShares()
    {
        var assessment = await AssessmentAsync(funnel: true);
        foreach (var lead in new[] { "Sales", "Sales", "Sales" })
        {
            (await PostAsync(assessment, new { purchase = lead })).ShouldBeJson(HttpStatusCode.Created);
        }

        // One Marketing respondent: their answer must not be readable from the results, nor from the marks.
        (await PostAsync(assessment, new { purchase = "NoOne" }, Department.Marketing)).ShouldBeJson(HttpStatusCode.Created);

        var funnel = (await fixture.ClientFor(ApiFixture.ConsultantA).GetFromJsonAsync<ResultsBody>($"/api/v1/assessments/{assessment.Id}/results"))!.Funnel!;

        funnel.Marketing.Should().Be(new FunnelDepartmentBody(1, true));
        funnel.Stages.Should().OnlyContain(s => s.Marketing.Shares == null && s.Marketing.MostCommon.Count == 0 && !s.Disagree && !s.NoOneLeads);
        funnel.Stages.Single(s => s.Stage == "purchase").Sales.MostCommon.Should().Equal("Sales");
    }

    [Fact]
    public async Task Results_ExecutiveBeforeRelease_GetsNoFunnel()
    {
        var assessment = await AssessmentAsync(funnel: true);
        foreach (var lead in new[] { "Sales", "Sales", "Sales" })
        {
            (await PostAsync(assessment, new { purchase = lead })).ShouldBeJson(HttpStatusCode.Created);
        }

        var results = await fixture.ClientFor(ApiFixture.ExecutiveA).GetFromJsonAsync<ResultsBody>($"/api/v1/assessments/{assessment.Id}/results");

        results!.FiguresReleased.Should().BeFalse();
        results.Funnel.Should().BeNull("an executive could otherwise follow the answers as they come in");
    }

    [Fact]
    public async Task Put_BuyingFunnel_ConsultantSwitchesIt_ExecutiveForbidden_OtherTenantNotFound()
    {
        var assessment = await AssessmentAsync(funnel: false);
        var url = $"/api/v1/assessments/{assessment.Id}";

        var byExecutive = await fixture.ClientFor(ApiFixture.ExecutiveA).PutAsJsonAsync(url, new { buyingFunnel = true });
        var byOtherTenant = await fixture.ClientFor(ApiFixture.ConsultantB).PutAsJsonAsync(url, new { buyingFunnel = true });
        var byConsultant = await fixture.ClientFor(ApiFixture.ConsultantA).PutAsJsonAsync(url, new { buyingFunnel = true });

        await byExecutive.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await byOtherTenant.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        byConsultant.ShouldBeJson(HttpStatusCode.OK);
        (await byConsultant.Content.ReadFromJsonAsync<SummaryBody>())!.BuyingFunnel.Should().BeTrue();
        (await fixture.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == assessment.Id))).BuyingFunnel.Should().BeTrue();
    }

    [Fact]
    public async Task Start_WithBuyingFunnel_AssessmentAsksThePart()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync(
            $"/api/v1/organizations/{fixture.OrganizationA}/assessments", new { title = "Funnel round", buyingFunnel = true });

        response.ShouldBeJson(HttpStatusCode.Created);
        var summary = await response.Content.ReadFromJsonAsync<SummaryBody>();
        summary!.BuyingFunnel.Should().BeTrue();
        (await fixture.App.WithDbAsync(db => db.Assessments.SingleAsync(a => a.Id == summary.Id))).BuyingFunnel.Should().BeTrue();
    }

    public sealed record FunnelStageBody(string Key, string Name);

    public sealed record FunnelOptionBody(string Value, string Label);

    public sealed record FunnelFormBody(string Question, List<FunnelStageBody> Stages, List<FunnelOptionBody> Options);

    public sealed record FormBody(string Status, FunnelFormBody? Funnel);

    public sealed record SharesBody(decimal Marketing, decimal Sales, decimal Both, decimal NoOne);

    public sealed record StageViewBody(long Answers, SharesBody? Shares, List<string> MostCommon)
    {
        public bool Equals(StageViewBody? other) =>
            other is not null && Answers == other.Answers && Equals(Shares, other.Shares) && MostCommon.SequenceEqual(other.MostCommon);

        public override int GetHashCode() => HashCode.Combine(Answers, Shares);
    }

    public sealed record FunnelDepartmentBody(long Respondents, bool Withheld);

    public sealed record StageBody(string Stage, StageViewBody Sales, StageViewBody Marketing, bool Disagree, bool NoOneLeads);

    public sealed record FunnelBody(bool Asked, FunnelDepartmentBody Sales, FunnelDepartmentBody Marketing, List<StageBody> Stages);

    public sealed record ResultsBody(bool FiguresReleased, FunnelBody? Funnel);

    public sealed record SummaryBody(int Id, bool BuyingFunnel);
}
