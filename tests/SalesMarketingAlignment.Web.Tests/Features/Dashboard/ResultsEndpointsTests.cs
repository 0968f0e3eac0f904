using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Pages.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Features.Dashboard;

/// <summary>GET results and recommendation, PUT conditions: JSON shapes, anonymity, rights, bad input.</summary>
public sealed class ResultsEndpointsTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task GetResults_DemoAssessment_ReturnsTheDomainsShownFigures()
    {
        var expected = await fixture.ResultsFromRowsAsync(fixture.DemoAssessmentId);
        var client = await fixture.SignedInAsync(DemoSeeder.ExecutiveEmail, DashboardFixture.DemoPassword);

        using var json = await GetJsonAsync(client, $"/api/v1/assessments/{fixture.DemoAssessmentId}/results");

        var root = json.RootElement;
        var sales = root.GetProperty("sales");
        sales.GetProperty("responses").GetInt64().Should().Be(12);
        sales.GetProperty("meanTotal").GetDecimal().Should().Be(expected.Sales!.MeanTotalShown);
        sales.GetProperty("medianTotal").GetDecimal().Should().Be(expected.Sales.MedianTotal);
        sales.GetProperty("level").GetString().Should().Be(expected.Sales.Level.ToString());
        sales.GetProperty("statementMeans").EnumerateArray().Select(e => e.GetDecimal())
            .Should().Equal(expected.Sales.Statements.Select(s => s.MeanShown));
        root.GetProperty("marketing").GetProperty("responses").GetInt64().Should().Be(8);
        root.GetProperty("overall").GetProperty("meanTotal").GetDecimal().Should().Be(expected.Overall!.MeanShown);

        var comparison = root.GetProperty("comparison");
        comparison.GetProperty("gap").GetDecimal().Should().Be(expected.Comparison!.GapShown);
        comparison.GetProperty("levelsDiffer").GetBoolean().Should().Be(expected.Comparison.LevelsDiffer);
        var statements = comparison.GetProperty("statements").EnumerateArray().ToArray();
        statements.Select(s => s.GetProperty("number").GetInt32()).Should().Equal(Enumerable.Range(1, 20));
        foreach (var s in statements)
        {
            var domain = expected.Comparison.Statements.Single(g => g.Number == s.GetProperty("number").GetInt32());
            s.GetProperty("sales").GetDecimal().Should().Be(domain.SalesMeanShown);
            s.GetProperty("marketing").GetDecimal().Should().Be(domain.MarketingMeanShown);
            s.GetProperty("gap").GetDecimal().Should().Be(domain.GapShown);
            s.GetProperty("divergent").GetBoolean().Should().Be(domain.Divergent);
        }

        var welch = comparison.GetProperty("welch");
        welch.GetProperty("pValue").GetDouble().Should().BeApproximately(expected.Comparison.Welch!.PValue, 1e-12);
        welch.GetProperty("t").GetDouble().Should().BeApproximately(expected.Comparison.Welch.T, 1e-9);
        welch.GetProperty("df").GetDouble().Should().BeApproximately(expected.Comparison.Welch.DegreesOfFreedom, 1e-9);
        welch.GetProperty("significant").GetBoolean().Should().Be(expected.Comparison.Welch.Significant);
        comparison.GetProperty("hedgesG").GetDouble().Should().BeApproximately(expected.Comparison.HedgesG!.Value, 1e-9);
        root.GetProperty("withheld").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task GetResults_MarketingWithheld_NullsWhatIsHiddenAndNamesIt()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Executive);

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.Withheld.Id}/results");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        response.ShouldBeJson(HttpStatusCode.OK);
        var root = json.RootElement;
        root.GetProperty("sales").GetProperty("meanTotal").GetDecimal().Should().Be(60.0m);
        root.GetProperty("marketing").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("overall").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("comparison").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("withheld").EnumerateArray().Select(w => w.GetProperty("item").GetString())
            .Should().BeEquivalentTo("marketingFigures", "overall", "gap", "statementGaps", "welchTest");
        root.GetProperty("withheld").EnumerateArray().Should().OnlyContain(w => w.GetProperty("reason").GetString()!.Length > 10);
        body.Should().NotContain("79.5").And.NotContain("3.5");
    }

    [Fact]
    public async Task GetRecommendation_ReturnsDecisionReasonsActionsAndDecisionLine()
    {
        var consultant = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var put = await consultant.PutAsJsonAsync($"/api/v1/assessments/{fixture.Integrated.Id}/conditions", new { conditions = Array.Empty<string>() });
        put.ShouldBeJson(HttpStatusCode.OK);

        using var json = await GetJsonAsync(consultant, $"/api/v1/assessments/{fixture.Integrated.Id}/recommendation");

        var root = json.RootElement;
        root.GetProperty("currentLevel").GetString().Should().Be("Integrated");
        root.GetProperty("decision").GetString().Should().Be("Maintain");
        root.GetProperty("targetLevel").GetString().Should().Be("Integrated");
        root.GetProperty("reasons").GetArrayLength().Should().Be(0);
        root.GetProperty("caveats").GetArrayLength().Should().Be(0);
        root.GetProperty("actions").GetArrayLength().Should().Be(0);
        root.GetProperty("weakSpots").GetArrayLength().Should().Be(3);
        root.GetProperty("weakSpots")[0].GetProperty("action").GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        root.GetProperty("perceptionGapAdvice").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("decisionLine").GetString().Should().Be("Keep the relationship Integrated.");
    }

    [Fact]
    public async Task PutConditions_Consultant_ClosedAssessment_ReplacesSetAndReturnsRecommendation()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ConsultantEmail, DashboardFixture.DemoPassword);
        var url = $"/api/v1/assessments/{fixture.DemoAssessmentId}/conditions";

        var response = await client.PutAsJsonAsync(url, new { conditions = new[] { "market-commoditized", "products-cut-and-dried" } });

        response.ShouldBeJson(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("decision").GetString().Should().Be("MoveUp");
        json.RootElement.GetProperty("targetLevel").GetString().Should().Be("Aligned");
        json.RootElement.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("market-commoditized");
        json.RootElement.GetProperty("caveats").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal("products-cut-and-dried");
        var action = json.RootElement.GetProperty("actions")[0];
        action.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        action.GetProperty("description").GetString().Should().NotBeNullOrEmpty();
        action.GetProperty("articleSection").GetString().Should().StartWith("Moving Up");
        (await ConditionIdsAsync(fixture.DemoAssessmentId)).Should().Equal("market-commoditized", "products-cut-and-dried");

        (await client.PutAsJsonAsync(url, new { conditions = Array.Empty<string>() })).ShouldBeJson(HttpStatusCode.OK);
        (await ConditionIdsAsync(fixture.DemoAssessmentId)).Should().BeEmpty();
    }

    [Fact]
    public async Task PutConditions_UnknownIdOrNoList_Returns400ProblemAndSavesNothing()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var url = $"/api/v1/assessments/{fixture.Withheld.Id}/conditions";
        (await client.PutAsJsonAsync(url, new { conditions = new[] { "company-is-small" } })).ShouldBeJson(HttpStatusCode.OK);

        var unknown = await client.PutAsJsonAsync(url, new { conditions = new[] { "conflicts-evident", "Conflicts-Evident" } });
        var missing = await client.PutAsJsonAsync(url, new { });
        var malformed = await client.PutAsync(url, new StringContent("{\"conditions\": 5}", System.Text.Encoding.UTF8, "application/json"));

        await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "an id is unknown");
        unknown.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await unknown.Content.ReadAsStringAsync()).Should().Contain("Conflicts-Evident");
        await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "the body has no conditions");
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "conditions is not a list");
        (await ConditionIdsAsync(fixture.Withheld.Id)).Should().Equal("company-is-small");
        await client.PutAsJsonAsync(url, new { conditions = Array.Empty<string>() });
    }

    [Fact]
    public async Task Executive_PutConditions_Returns403ButReads()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Executive);

        var put = await client.PutAsJsonAsync($"/api/v1/assessments/{fixture.Integrated.Id}/conditions", new { conditions = new[] { "conflicts-evident" } });

        await put.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        put.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await ConditionIdsAsync(fixture.Integrated.Id)).Should().NotContain("conflicts-evident");
        (await client.GetAsync($"/api/v1/assessments/{fixture.Integrated.Id}/recommendation")).ShouldBeJson(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OtherOrganization_EveryEndpoint_Returns404Problem()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Outsider);
        var id = fixture.Withheld.Id;

        var responses = new[]
        {
            await client.GetAsync($"/api/v1/assessments/{id}/results"),
            await client.GetAsync($"/api/v1/assessments/{id}/recommendation"),
            await client.PutAsJsonAsync($"/api/v1/assessments/{id}/conditions", new { conditions = new[] { "conflicts-evident" } }),
            await client.GetAsync("/api/v1/assessments/987654/results"),
        };

        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.NotFound);
        responses.Should().OnlyContain(r => r.Content.Headers.ContentType!.MediaType == "application/problem+json");
        (await ConditionIdsAsync(id)).Should().NotContain("conflicts-evident");
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.ShouldBeJson(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> ConditionIdsAsync(int assessmentId) =>
        (await fixture.App.WithDbAsync(db => db.AssessmentConditions.Where(c => c.AssessmentId == assessmentId).Select(c => c.ConditionId).ToListAsync()))
            .Order(StringComparer.Ordinal).ToList();
}
