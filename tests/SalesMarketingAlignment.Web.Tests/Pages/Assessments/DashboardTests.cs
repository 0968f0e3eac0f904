using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Domain.Comparison;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

/// <summary>The assessment page as a dashboard: figures agree with the domain's, withheld figures stay hidden, rights hold.</summary>
public sealed class DashboardTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public async Task Get_DemoAssessment_ShowsTheDomainsFiguresAndGapSentence()
    {
        var expected = await fixture.ResultsFromRowsAsync(fixture.DemoAssessmentId);
        var client = await fixture.SignedInAsync(DemoSeeder.ConsultantEmail, DashboardFixture.DemoPassword);

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.DemoAssessmentId}");

        var sales = expected.Sales!;
        var marketing = expected.Marketing!;
        page.Text("#card-sales .big-number").Should().Be(sales.MeanTotalShown.ToString("0.0", English));
        page.Text("#card-marketing .big-number").Should().Be(marketing.MeanTotalShown.ToString("0.0", English));
        page.Text("#card-sales .level-name").Should().Be(AlignmentWording.LevelName(sales.Level, English));
        page.Text("#card-marketing .level-name").Should().Be(AlignmentWording.LevelName(marketing.Level, English));
        page.Text("#card-sales .figures").Should().Contain("12 of 14").And.Contain(sales.MedianTotal.ToString("0.0", English));
        page.Text("#card-marketing .figures").Should().Contain("8 of 9");
        page.Text(".overall-mean").Should().Be(expected.Overall!.MeanShown.ToString("0.0", English));

        var comparison = expected.Comparison!;
        comparison.GapShown.Should().BePositive("the demo's Sales sees the relationship better");
        page.Text("#gap-sentence").Should().Be(
            $"Sales rates the relationship {comparison.GapShown.ToString("0.0", English)} points higher than Marketing " +
            $"({sales.MeanTotalShown.ToString("0.0", English)} against {marketing.MeanTotalShown.ToString("0.0", English)} out of 100). " +
            $"Sales sees it as {AlignmentWording.LevelName(sales.Level, English)}, Marketing as {AlignmentWording.LevelName(marketing.Level, English)}.");
        var welch = comparison.Welch!;
        page.Text("#significance").Should().Contain("Welch's t-test")
            .And.Contain(welch.PValue < 0.001 ? "p < 0.001" : "p = " + welch.PValue.ToString("0.000", English))
            .And.Contain("Hedges' g = " + comparison.HedgesG!.Value.ToString("0.00", English))
            .And.StartWith(welch.Significant ? "A gap this large is" : "A gap of this size could well be chance", "the plain words come before the figures");
        page.QuerySelector("#withheld").Should().BeNull("nothing is withheld in the demo");
    }

    [Fact]
    public async Task Get_DemoAssessment_ChartsAreAccessibleSvgWithNumbersTables()
    {
        var expected = await fixture.ResultsFromRowsAsync(fixture.DemoAssessmentId);
        var client = await fixture.SignedInAsync(DemoSeeder.ExecutiveEmail, DashboardFixture.DemoPassword);

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.DemoAssessmentId}");

        var charts = page.QuerySelectorAll("svg.chart");
        // Level scale, perception gap, distribution, and the Buying Funnel map (the demo's latest round asks the part).
        charts.Should().HaveCount(4);
        foreach (var svg in charts)
        {
            svg.GetAttribute("role").Should().Be("img");
            var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
            labelledBy.Should().HaveCount(2);
            page.GetElementById(labelledBy[0])!.LocalName.Should().Be("title");
            page.GetElementById(labelledBy[1])!.LocalName.Should().Be("desc");
            svg.Closest("figure")!.QuerySelector("details summary")!.TextContent.Should().Be("Show the numbers");
        }

        // The perception-gap table holds the domain's shown means and the divergent statements.
        var rows = page.QuerySelectorAll("#perception-gap table tbody tr");
        rows.Should().HaveCount(20);
        foreach (var row in rows)
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
            var number = int.Parse(cells[0], English);
            var gap = expected.Comparison!.Statements.Single(s => s.Number == number);
            cells[2].Should().Be(gap.SalesMeanShown.ToString("0.0", English), $"statement {number}");
            cells[3].Should().Be(gap.MarketingMeanShown.ToString("0.0", English), $"statement {number}");
            cells[4].Should().Be(ChartFormat.Gap(gap.Gap, English));
            (cells[5].Length > 0).Should().Be(gap.Divergent, $"statement {number}");
        }

        expected.Comparison!.Divergent.Should().NotBeEmpty();
        var distribution = page.QuerySelectorAll("#distribution-heading ~ figure table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToArray();
        distribution.Select(d => long.Parse(d[0], English)).Should().Equal(expected.Sales!.CountByLevel.OrderBy(kv => kv.Key).Select(kv => kv.Value));
        distribution.Select(d => long.Parse(d[1], English)).Should().Equal(expected.Marketing!.CountByLevel.OrderBy(kv => kv.Key).Select(kv => kv.Value));
    }

    [Fact]
    public async Task Get_SortByGap_OrdersStatementsLargestGapFirstWithoutScript()
    {
        var expected = await fixture.ResultsFromRowsAsync(fixture.DemoAssessmentId);
        var client = await fixture.SignedInAsync(DemoSeeder.ConsultantEmail, DashboardFixture.DemoPassword);

        var byNumber = await client.GetDocumentAsync($"/Assessments/{fixture.DemoAssessmentId}");
        var byGap = await client.GetDocumentAsync($"/Assessments/{fixture.DemoAssessmentId}?sort=gap");

        Numbers(byNumber).Should().Equal(Enumerable.Range(1, 20));
        Numbers(byGap).Should().Equal(expected.Comparison!.Statements.Select(s => s.Number), "the domain orders by absolute gap, ties by number");
        byNumber.QuerySelector(".sort-links a")!.GetAttribute("href").Should().Contain("sort=gap");
    }

    [Fact]
    public async Task Get_MarketingBelowMinimum_ShowsNoMarketingNumbersAndSaysWhy()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);

        var response = await client.GetAsync($"/Assessments/{fixture.Withheld.Id}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(response);

        // Marketing's mean total (79.5), statement-1 mean (3.5), other statement means (4.0) and gaps appear nowhere.
        html.Should().NotContain("79.5").And.NotContain("3.5").And.NotContain("4.0").And.NotContain("1.0");
        html.Should().NotContain("Welch").And.NotContain("Hedges");
        page.QuerySelector("#card-marketing .big-number").Should().BeNull();
        page.Text("#card-marketing").Should().Contain("2").And.Contain("at least 3");
        page.QuerySelector(".overall-mean").Should().BeNull();
        page.Text("#withheld").Should().Contain("Marketing");
        page.QuerySelectorAll("#withheld li").Should().HaveCount(5, "Marketing figures, overall, gap, statement gaps and the test are withheld");
        page.QuerySelectorAll("#perception-gap table tbody tr td:nth-child(4)").Select(c => c.TextContent.Trim()).Should().OnlyContain(t => t == "–");
        page.QuerySelector("#chart-level-scale")!.TextContent.Should().NotContain("Marketing");
        page.QuerySelectorAll("#distribution-heading ~ figure table thead th").Should().HaveCount(2, "level and Sales only");
        page.QuerySelectorAll("#heads-vs-staff tbody tr").Where(r => r.TextContent.Contains("Marketing", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.TextContent.Contains("Not shown", StringComparison.Ordinal));
        page.Text("#decision").Should().Contain("No recommendation yet");
    }

    [Fact]
    public async Task Get_OneHeadAndStaffAtTheMinimum_ComparesFourPerceptions()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Executive);

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.FourPerceptions.Id}");

        var rows = page.QuerySelectorAll("#heads-vs-staff tbody tr")
            .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray())
            .ToArray();
        rows.Select(r => r[0]).Should().Equal("Sales: head's view", "Sales: staff", "Marketing: head's view", "Marketing: staff");
        rows.Select(r => r[1]).Should().Equal("1", "3", "1", "3");
        rows.Select(r => r[2]).Should().Equal("100.0", "40.0", "80.0", "60.0");
        page.Text("#heads-heading").Should().Be("Four perceptions: heads and staff");
    }

    [Fact]
    public async Task PostConditions_Consultant_ReplacesTheSetAndTheRecommendationFollows()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ConsultantEmail, DashboardFixture.DemoPassword);
        var url = $"/Assessments/{fixture.DemoAssessmentId}";
        var page = await client.GetDocumentAsync(url);

        var first = await client.PostFormAsync(url + "?handler=Conditions", page,
            [new("conditions", "duplication-despite-definition"), new("conditions", "traditional-roles-work")], "form.conditions-form");
        first.ShouldBeRedirect();
        var after = await client.GetDocumentAsync(url);
        after.Text("#decision").Should().Be("Move up from Defined to Aligned.");
        after.QuerySelectorAll("form.conditions-form input[type=checkbox][checked]").Select(i => i.GetAttribute("value"))
            .Should().BeEquivalentTo("duplication-despite-definition", "traditional-roles-work");
        after.QuerySelectorAll("ol.actions li").Should().NotBeEmpty();

        var second = await client.PostFormAsync(url + "?handler=Conditions", after, [new("conditions", "no-compelling-reason")], "form.conditions-form");
        second.ShouldBeRedirect();
        (await ConditionIdsAsync(fixture.DemoAssessmentId)).Should().Equal("no-compelling-reason");
        (await client.GetDocumentAsync(url)).Text("#decision").Should().StartWith("Stay at Defined");

        var cleared = await client.PostFormAsync(url + "?handler=Conditions", after, [], "form.conditions-form");
        cleared.ShouldBeRedirect();
        (await ConditionIdsAsync(fixture.DemoAssessmentId)).Should().BeEmpty();
    }

    [Fact]
    public async Task PostConditions_UnknownId_Returns400NamingItAndKeepsTheSavedSet()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var url = $"/Assessments/{fixture.Integrated.Id}";
        var page = await client.GetDocumentAsync(url);
        (await client.PostFormAsync(url + "?handler=Conditions", page, [new("conditions", "company-is-small")], "form.conditions-form"))
            .ShouldBeRedirect();

        var response = await client.PostFormAsync(url + "?handler=Conditions", page,
            [new("conditions", "conflicts-evident"), new("conditions", "no-such-condition")], "form.conditions-form");

        response.ShouldBeHtml(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).Text("#conditions-error").Should().Contain("no-such-condition");
        (await ConditionIdsAsync(fixture.Integrated.Id)).Should().Equal("company-is-small");
    }

    [Fact]
    public async Task PostConditionsAndChecklist_Executive_Returns403AndSavesNothing()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Executive);
        var url = $"/Assessments/{fixture.Withheld.Id}";
        var page = await client.GetDocumentAsync(url);
        page.QuerySelector("form.conditions-form").Should().BeNull("executives read the conditions");
        page.QuerySelector("form.checklist-form").Should().BeNull();
        page.QuerySelectorAll(".condition-level li").Should().HaveCount(17);

        var ticksBefore = await TickIdsAsync(fixture.Withheld.OrganizationId);

        var conditions = await client.PostFormAsync(url + "?handler=Conditions", page, [new("conditions", "conflicts-evident")], "header form[method=post]");
        var checklist = await client.PostFormAsync($"/Organizations/{fixture.Withheld.OrganizationId}/Checklist", page,
            [new("tasks", "ia-product-planning")], "header form[method=post]");

        conditions.ShouldBeHtml(HttpStatusCode.Forbidden);
        checklist.ShouldBeHtml(HttpStatusCode.Forbidden);
        (await ConditionIdsAsync(fixture.Withheld.Id)).Should().BeEmpty();
        (await TickIdsAsync(fixture.Withheld.OrganizationId)).Should().Equal(ticksBefore);
    }

    [Fact]
    public async Task OtherOrganization_PageFormsAndChecklist_Return404()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var mine = await client.GetDocumentAsync($"/Assessments/{fixture.Withheld.Id}");
        var foreign = fixture.Foreign;

        (await client.GetAsync($"/Assessments/{foreign.Id}")).ShouldBeHtml(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Assessments/{foreign.Id}?sort=gap")).ShouldBeHtml(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Organizations/{foreign.OrganizationId}/Checklist")).ShouldBeHtml(HttpStatusCode.NotFound);
        (await client.PostFormAsync($"/Assessments/{foreign.Id}?handler=Conditions", mine, [new("conditions", "conflicts-evident")], "form.conditions-form"))
            .ShouldBeHtml(HttpStatusCode.NotFound);
        (await client.PostFormAsync($"/Organizations/{foreign.OrganizationId}/Checklist", mine, [new("tasks", "ia-product-planning")], "form.conditions-form"))
            .ShouldBeHtml(HttpStatusCode.NotFound);
        (await ConditionIdsAsync(foreign.Id)).Should().BeEmpty();
        (await fixture.App.WithDbAsync(db => db.ChecklistTicks.CountAsync(t => t.OrganizationId == foreign.OrganizationId))).Should().Be(0);
    }

    [Fact]
    public async Task Checklist_IntegratedAssessment_ConsultantTicksWithWhoAndWhenAndProgressPerGroup()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var url = $"/Assessments/{fixture.Integrated.Id}";
        var page = await client.GetDocumentAsync(url);
        page.QuerySelectorAll("form.checklist-form input[name=tasks]").Should().HaveCount(17, "the recommendation reaches Integrated");
        var before = DateOnly.FromDateTime(DateTime.UtcNow);

        var response = await client.PostFormAsync($"/Organizations/{fixture.Integrated.OrganizationId}/Checklist", page,
            [new("tasks", "ia-product-planning"), new("tasks", "ia-customer-needs"), new("tasks", "os-split-marketing")],
            "form.checklist-form");

        response.ShouldBeRedirect();
        response.Headers.Location!.OriginalString.Should().StartWith(url);
        var after = DateOnly.FromDateTime(DateTime.UtcNow);
        var ticks = await fixture.App.WithDbAsync(db => db.ChecklistTicks.Where(t => t.OrganizationId == fixture.Integrated.OrganizationId).ToListAsync());
        ticks.Select(t => t.TaskId).Should().BeEquivalentTo("ia-product-planning", "ia-customer-needs", "os-split-marketing");
        ticks.Should().OnlyContain(t => t.TickedBy == fixture.ConsultantUser.Id && t.TickedOn >= before && t.TickedOn <= after);

        var checklistPage = await client.GetDocumentAsync($"/Organizations/{fixture.Integrated.OrganizationId}/Checklist");
        var legends = checklistPage.QuerySelectorAll("fieldset.checklist-group legend").Select(l => l.TextContent.Trim()).ToArray();
        legends.Should().HaveCount(4);
        legends[0].Should().EndWith("2 of 5");
        legends[3].Should().EndWith("1 of 2");
        checklistPage.Text(".checklist-total").Should().Be("3 of 17 tasks done");
        checklistPage.Text("main").Should().Contain("Ticked by carl");

        var executive = await fixture.SignedInAsync(DashboardFixture.Executive);
        var readOnly = await executive.GetDocumentAsync($"/Organizations/{fixture.Integrated.OrganizationId}/Checklist");
        readOnly.QuerySelector("form.checklist-form").Should().BeNull();
        readOnly.QuerySelectorAll(".checklist-read li.done").Should().HaveCount(3);
    }

    [Fact]
    public async Task PostChecklist_UnknownTask_Returns400AndKeepsTicks()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var url = $"/Organizations/{fixture.Withheld.OrganizationId}/Checklist";
        var page = await client.GetDocumentAsync(url);

        var response = await client.PostFormAsync(url, page, [new("tasks", "made-up-task")], "form.checklist-form");

        response.ShouldBeHtml(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).Text(".error-summary").Should().Contain("made-up-task");
    }

    private static int[] Numbers(IDocument page) =>
        page.QuerySelectorAll("#perception-gap table tbody tr td:first-child").Select(c => int.Parse(c.TextContent, English)).ToArray();

    private Task<List<string>> TickIdsAsync(int organizationId) =>
        fixture.App.WithDbAsync(db => db.ChecklistTicks.Where(t => t.OrganizationId == organizationId).Select(t => t.TaskId).OrderBy(t => t).ToListAsync());

    private Task<List<string>> ConditionIdsAsync(int assessmentId) =>
        fixture.App.WithDbAsync(db => db.AssessmentConditions.Where(c => c.AssessmentId == assessmentId).Select(c => c.ConditionId).OrderBy(c => c).ToListAsync());
}
