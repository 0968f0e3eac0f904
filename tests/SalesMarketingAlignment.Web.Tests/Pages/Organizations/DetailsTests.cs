using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Organizations;

/// <summary>The organization page: its rounds with each department's mean and level, and the trend chart.</summary>
public sealed class DetailsTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    private Task<List<Response>> AddAsync(int assessmentId, Department department, params int[] totals) =>
        _app.WithDbAsync(async db =>
        {
            var added = new List<Response>();
            foreach (var total in totals)
            {
                // 20 answers that add up to the total: as many 5s as fit, the rest spread.
                var answers = Enumerable.Range(0, 20).Select(i => Math.Clamp(total - 20 - (4 * i), 0, 4) + 1).ToArray();
                var response = new Response { AssessmentId = assessmentId, Department = department, Role = RespondentRole.Staff, SubmittedOn = new DateOnly(2026, 3, 1), SubmissionKey = Guid.NewGuid() };
                response.SetAnswers(SurveyAnswers.Create(answers));
                response.Total.Should().Be((short)total);
                db.Responses.Add(response);
                added.Add(response);
            }

            await db.SaveChangesAsync();
            return added;
        });

    [Fact]
    public async Task Get_TwoRounds_ShowsMeansLevelsAndTrendChartWithoutTheWithheldDepartment()
    {
        var consultant = await _app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var first = await _app.CreateAssessmentAsync("Trend Org", AssessmentStatus.Closed, consultant);
        var secondId = await _app.WithDbAsync(async db =>
        {
            var second = new Assessment { OrganizationId = first.OrganizationId, Title = "Spring round", CreatedOn = new DateOnly(2026, 4, 1), CreatedBy = consultant.Id };
            db.Assessments.Add(second);
            await db.SaveChangesAsync();
            return second.Id;
        });
        await AddAsync(first.Id, Department.Sales, 40, 50, 61);      // mean 50.3, Defined
        await AddAsync(first.Id, Department.Marketing, 70, 72, 80);  // mean 74.0, Aligned
        await AddAsync(secondId, Department.Sales, 80, 85, 90);      // mean 85.0, Integrated
        await AddAsync(secondId, Department.Marketing, 99);          // 1 response: withheld
        var client = _app.CreateBrowser();
        await client.SignInAsync("carl@a.example");

        var page = await client.GetDocumentAsync($"/Organizations/{first.OrganizationId}");

        var rows = page.QuerySelectorAll("main table:not(.trend-table) tbody tr");
        var firstRow = rows.Single(r => r.TextContent.Contains("Trend Org assessment", StringComparison.Ordinal));
        var secondRow = rows.Single(r => r.TextContent.Contains("Spring round", StringComparison.Ordinal));
        firstRow.QuerySelector(".responses")!.TextContent.Should().Be("6");
        secondRow.QuerySelector(".responses")!.TextContent.Should().Be("4", "both departments together: 3 Sales and 1 Marketing");
        firstRow.QuerySelector(".sales-mean")!.TextContent.Should().Be("50.3 (Defined)");
        firstRow.QuerySelector(".marketing-mean")!.TextContent.Should().Be("74.0 (Aligned)");
        secondRow.QuerySelector(".sales-mean")!.TextContent.Should().Be("85.0 (Integrated)");
        secondRow.QuerySelector(".marketing-mean")!.TextContent.Should().Be("not shown");
        page.Body!.TextContent.Should().NotContain("99");

        var svg = page.QuerySelector("main svg[role=img]");
        svg.Should().NotBeNull();
        var labelledBy = svg!.GetAttribute("aria-labelledby")!.Split(' ');
        page.GetElementById(labelledBy[0])!.LocalName.Should().Be("title");
        var description = page.GetElementById(labelledBy[1])!;
        description.LocalName.Should().Be("desc");
        description.TextContent.Should().Contain("50.3").And.Contain("74.0").And.Contain("85.0");
        svg.QuerySelectorAll(".marker").Should().HaveCount(3 + 2, "three means plus the two legend markers; the withheld one has none");
        svg.InnerHtml.Should().Contain(ChartPalette.Sales.ColorHex).And.Contain(ChartPalette.Marketing.ColorHex);

        var table = page.QuerySelector("details table.trend-table");
        table.Should().NotBeNull("the numbers are a click away");
        var cells = table!.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("th,td").Select(c => c.TextContent.Trim()).ToArray()).ToArray();
        cells.Should().HaveCount(2);
        cells[0][0].Should().Be("Trend Org assessment", "the older round comes first");
        cells[0][2..].Should().Equal("50.3 (Defined)", "74.0 (Aligned)");
        cells[1][2..].Should().Equal("85.0 (Integrated)", "not shown");
    }

    [Fact]
    public async Task Get_OneRound_ShowsMeansButNoChart()
    {
        var executive = await _app.CreateUserAsync("eve@a.example", Roles.Executive);
        var only = await _app.CreateAssessmentAsync("Single Org", AssessmentStatus.Closed, executive);
        await AddAsync(only.Id, Department.Sales, 30, 35, 40);
        var client = _app.CreateBrowser();
        await client.SignInAsync("eve@a.example");

        var page = await client.GetDocumentAsync($"/Organizations/{only.OrganizationId}");

        page.QuerySelector(".sales-mean")!.TextContent.Should().Be(string.Create(CultureInfo.InvariantCulture, $"35.0 ({AlignmentWording.LevelName(AlignmentLevel.Undefined, CultureInfo.GetCultureInfo("en"))})"));
        page.QuerySelector(".marketing-mean")!.TextContent.Should().Be("not shown");
        page.QuerySelector("main svg").Should().BeNull();
        page.QuerySelector("main details").Should().BeNull();
    }

    [Fact]
    public async Task PostRemoveMember_ExecutiveTriesToRemoveTheConsultant_403AndNothingChanges()
    {
        var consultant = await _app.CreateUserAsync("remove-carl@a.example", Roles.Consultant);
        var executive = await _app.CreateUserAsync("remove-eve@a.example", Roles.Executive);
        var organizationId = (await _app.CreateAssessmentAsync("Remove Org", AssessmentStatus.Open, consultant, executive)).OrganizationId;
        var eve = _app.CreateBrowser();
        await eve.SignInAsync("remove-eve@a.example");
        var page = await eve.GetDocumentAsync($"/Organizations/{organizationId}");
        page.QuerySelectorAll("form[action*='RemoveMember']").Should().BeEmpty("executives get no remove buttons");

        var response = await eve.PostFormAsync($"/Organizations/{organizationId}?handler=RemoveMember", page,
            [new("userId", consultant.Id)], selector: "header form[method=post]");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Forbidden);
        (await _app.WithDbAsync(db => Task.FromResult(db.OrganizationMembers.Count(m => m.OrganizationId == organizationId)))).Should().Be(2);
    }

    [Fact]
    public async Task PostRemoveMember_Consultant_RemovesTheExecutiveButOffersNoButtonForThemselves()
    {
        var consultant = await _app.CreateUserAsync("remove-cora@a.example", Roles.Consultant);
        var executive = await _app.CreateUserAsync("remove-emil@a.example", Roles.Executive);
        var organizationId = (await _app.CreateAssessmentAsync("Remove Org 2", AssessmentStatus.Open, consultant, executive)).OrganizationId;
        var cora = _app.CreateBrowser();
        await cora.SignInAsync("remove-cora@a.example");
        var page = await cora.GetDocumentAsync($"/Organizations/{organizationId}");
        page.QuerySelectorAll("form[action*='RemoveMember'] button").Select(b => b.TextContent).Should().Equal("Remove remove-emil");

        var response = await cora.PostFormAsync($"/Organizations/{organizationId}?handler=RemoveMember", page,
            [new("userId", executive.Id)], selector: "form[action*='RemoveMember']");

        response.ShouldBeRedirect();
        (await _app.WithDbAsync(db => Task.FromResult(db.OrganizationMembers.Where(m => m.OrganizationId == organizationId).Select(m => m.UserId).ToList())))
            .Should().Equal(consultant.Id);
    }

    [Fact]
    public async Task Get_ExecutiveAndOpenRoundNotReleased_NoMeansUntilTheConsultantReleases()
    {
        var executive = await _app.CreateUserAsync("erin@a.example", Roles.Executive);
        var open = await _app.CreateAssessmentAsync("Open Org", AssessmentStatus.Open, executive);
        await AddAsync(open.Id, Department.Sales, 30, 35, 40);
        var client = _app.CreateBrowser();
        await client.SignInAsync("erin@a.example");

        var before = await client.GetDocumentAsync($"/Organizations/{open.OrganizationId}");
        await _app.WithDbAsync(db => db.Assessments.Where(a => a.Id == open.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FiguresReleasedAt, DateTimeOffset.UtcNow).SetProperty(a => a.FiguresReleasedBy, "consultant-id")));
        var after = await client.GetDocumentAsync($"/Organizations/{open.OrganizationId}");

        before.QuerySelector(".sales-mean")!.TextContent.Should().Be("not shown", "an executive sees no figure of an open round before its release");
        after.QuerySelector(".sales-mean")!.TextContent.Should().StartWith("35.0");
    }
}
