using System.Net;
using System.Text.Json;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Pages.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Features.Changes;

/// <summary>
/// Org C: round 1 (Sales all 3s; Marketing 2 respondents, withheld under the minimum of 3), round 2 (Sales answer
/// statement 1 with 1,1,2,2), round 3 (4,4,5,5), an open unreleased round 4. Org D repeats rounds 1 and 2 with other
/// withheld Marketing answers: the attack on the withheld group. Org E has a single round; Org X is another tenant.
/// </summary>
public sealed class ChangesFixture : IAsyncLifetime
{
    public const string Consultant = "cora@c.example";
    public const string Executive = "ezra@c.example";
    public const string Outsider = "otto@x.example";

    public AppFactory App { get; } = new();

    public int Round1 { get; private set; }
    public int Round2 { get; private set; }
    public int Round3 { get; private set; }
    public int OpenRound { get; private set; }
    public int TwinRound1 { get; private set; }
    public int TwinRound2 { get; private set; }
    public int ForeignRound { get; private set; }
    public int OnlyRound { get; private set; }

    public async Task InitializeAsync()
    {
        var consultant = await App.CreateUserAsync(Consultant, Roles.Consultant);
        var executive = await App.CreateUserAsync(Executive, Roles.Executive);
        var outsider = await App.CreateUserAsync(Outsider, Roles.Consultant);

        var orgC = await Rounds.OrganizationAsync(App, "Org C", consultant, executive);
        // Marketing: two respondents (below the minimum of 3) whose answers must never surface in a change.
        Round1 = await Rounds.RoundAsync(App, orgC, "C round 1", new DateOnly(2026, 1, 1), closed: true,
            sales: Rounds.All(3, 3), marketing: [Rounds.FirstThen(5, 4), Rounds.FirstThen(2, 4)]);
        Round2 = await Rounds.RoundAsync(App, orgC, "C round 2", new DateOnly(2026, 3, 1), closed: true,
            sales: [Rounds.FirstThen(1, 3), Rounds.FirstThen(1, 3), Rounds.FirstThen(2, 3), Rounds.FirstThen(2, 3)], marketing: Rounds.All(3, 3));
        Round3 = await Rounds.RoundAsync(App, orgC, "C round 3", new DateOnly(2026, 5, 1), closed: true,
            sales: [Rounds.FirstThen(4, 3), Rounds.FirstThen(4, 3), Rounds.FirstThen(5, 3), Rounds.FirstThen(5, 3)], marketing: Rounds.All(3, 3));
        OpenRound = await Rounds.RoundAsync(App, orgC, "C round 4", new DateOnly(2026, 7, 1), closed: false,
            sales: Rounds.All(4, 3), marketing: Rounds.All(4, 3));

        var orgD = await Rounds.OrganizationAsync(App, "Org D", consultant);
        TwinRound1 = await Rounds.RoundAsync(App, orgD, "C round 1", new DateOnly(2026, 1, 1), closed: true,
            sales: Rounds.All(3, 3), marketing: [Rounds.All(1, 1)[0], Rounds.All(5, 1)[0]]);
        TwinRound2 = await Rounds.RoundAsync(App, orgD, "C round 2", new DateOnly(2026, 3, 1), closed: true,
            sales: [Rounds.FirstThen(1, 3), Rounds.FirstThen(1, 3), Rounds.FirstThen(2, 3), Rounds.FirstThen(2, 3)], marketing: Rounds.All(3, 3));

        var orgE = await Rounds.OrganizationAsync(App, "Org E", consultant);
        OnlyRound = await Rounds.RoundAsync(App, orgE, "E round 1", new DateOnly(2026, 1, 1), closed: true, Rounds.All(3, 3), Rounds.All(3, 3));

        var foreign = await Rounds.OrganizationAsync(App, "Org X", outsider);
        ForeignRound = await Rounds.RoundAsync(App, foreign, "X round 1", new DateOnly(2025, 1, 1), closed: true, Rounds.All(2, 3), Rounds.All(2, 3));
    }

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = App.CreateBrowser();
        (await client.SignInAsync(email, AppFactory.Password)).ShouldBeRedirect(because: "sign-in of " + email);
        return client;
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ChangesEndpointsTests(ChangesFixture fixture) : IClassFixture<ChangesFixture>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        response.ShouldBeJson(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task GetChanges_WithoutSince_ComparesWithTheRoundBefore()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var root = await JsonAsync(await client.GetAsync($"/api/v1/assessments/{fixture.Round3}/changes"));

        root.GetProperty("earlier").GetProperty("id").GetInt32().Should().Be(fixture.Round2);
        root.GetProperty("later").GetProperty("id").GetInt32().Should().Be(fixture.Round3);
        root.GetProperty("confidence").GetDouble().Should().Be(0.95);
        var sales = root.GetProperty("sales");
        sales.GetProperty("absence").ValueKind.Should().Be(JsonValueKind.Null);
        var first = sales.GetProperty("statements")[0];
        first.GetProperty("number").GetInt32().Should().Be(1);
        // 1,1,2,2 then 4,4,5,5: +3.0 with the interval 3 ± 0.998948 (domain test RoundChangesTests).
        var mean = first.GetProperty("mean");
        mean.GetProperty("then").GetDecimal().Should().Be(1.5m);
        mean.GetProperty("now").GetDecimal().Should().Be(4.5m);
        mean.GetProperty("change").GetDecimal().Should().Be(3.0m);
        mean.GetProperty("lower").GetDecimal().Should().Be(2.00m);
        mean.GetProperty("upper").GetDecimal().Should().Be(4.00m);
        mean.GetProperty("verdict").GetString().Should().Be("MovedUp");
        sales.GetProperty("statements")[1].GetProperty("mean").GetProperty("verdict").GetString().Should().Be("WithinNoise");
        sales.GetProperty("total").GetProperty("change").GetDecimal().Should().Be(3.0m);
        // Sales totals 58.5 (Defined) then 61.5 (Aligned); Marketing 60 both times.
        sales.GetProperty("levelThen").GetString().Should().Be("Defined");
        sales.GetProperty("levelNow").GetString().Should().Be("Aligned");
        sales.GetProperty("levelSteps").GetInt32().Should().Be(1);
        root.GetProperty("gap").GetProperty("then").GetDecimal().Should().Be(-1.5m);
        root.GetProperty("gap").GetProperty("now").GetDecimal().Should().Be(1.5m);
    }

    [Fact]
    public async Task GetChanges_Since_ComparesWithTheChosenRound()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var root = await JsonAsync(await client.GetAsync($"/api/v1/assessments/{fixture.Round3}/changes?since={fixture.Round1}"));

        root.GetProperty("earlier").GetProperty("id").GetInt32().Should().Be(fixture.Round1);
        root.GetProperty("sales").GetProperty("statements")[0].GetProperty("mean").GetProperty("change").GetDecimal().Should().Be(1.5m);
    }

    [Fact]
    public async Task GetChanges_MarketingWithheldInEarlierRound_ShowsNothingOfIt()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.Round2}/changes");
        var body = await response.Content.ReadAsStringAsync();
        var root = await JsonAsync(response);

        var marketing = root.GetProperty("marketing");
        marketing.GetProperty("absence").GetString().Should().Be("withheld");
        marketing.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Null);
        marketing.GetProperty("levelThen").ValueKind.Should().Be(JsonValueKind.Null);
        marketing.GetProperty("levelNow").ValueKind.Should().Be(JsonValueKind.Null);
        marketing.GetProperty("statements").GetArrayLength().Should().Be(0);
        root.GetProperty("gap").GetProperty("then").ValueKind.Should().Be(JsonValueKind.Null);
        // The withheld pair's means (statement 1: 3.5, total 79.5) appear nowhere.
        body.Should().NotContain("79.5").And.NotContain("3.5");
    }

    [Fact]
    public async Task GetChanges_Attack_WithheldAnswersCannotBeDerived()
    {
        // Two organizations alike except for the withheld Marketing answers of round 1 (5/2 on statement 1 and 4s,
        // against all 1s and all 5s): if anything in the change depended on them, the answers would differ.
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var original = await JsonAsync(await client.GetAsync($"/api/v1/assessments/{fixture.Round2}/changes"));
        var twin = await JsonAsync(await client.GetAsync($"/api/v1/assessments/{fixture.TwinRound2}/changes"));

        foreach (var part in new[] { "sales", "marketing", "gap" })
        {
            twin.GetProperty(part).GetRawText().Should().Be(original.GetProperty(part).GetRawText(), $"{part} must not depend on withheld answers");
        }
    }

    [Fact]
    public async Task GetChanges_Attack_ForeignAssessment_Is404()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.ForeignRound}/changes");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("X round");
    }

    [Fact]
    public async Task GetChanges_Attack_SinceAnotherTenantsRound_Is400LikeAMissingOne()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var foreign = await client.GetAsync($"/api/v1/assessments/{fixture.Round2}/changes?since={fixture.ForeignRound}");
        var missing = await client.GetAsync($"/api/v1/assessments/{fixture.Round2}/changes?since=987654");

        await foreign.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        using var foreignJson = JsonDocument.Parse(await foreign.Content.ReadAsStringAsync());
        using var missingJson = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        foreach (var field in new[] { "title", "detail" })
        {
            foreignJson.RootElement.GetProperty(field).GetString().Should()
                .Be(missingJson.RootElement.GetProperty(field).GetString(), "another tenant's round must look like no round");
        }
    }

    [Fact]
    public async Task GetChanges_SinceALaterRound_Is400()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.Round2}/changes?since={fixture.Round3}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GetChanges_Executive_UnreleasedRound_Is409()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Executive);

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.OpenRound}/changes");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Figures not released");
    }

    [Fact]
    public async Task GetChanges_Consultant_OpenRound_SeesItsChanges()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var root = await JsonAsync(await client.GetAsync($"/api/v1/assessments/{fixture.OpenRound}/changes"));

        root.GetProperty("earlier").GetProperty("id").GetInt32().Should().Be(fixture.Round3);
    }

    [Fact]
    public async Task GetChanges_Executive_ReleasedRounds_SeesTheChange()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Executive);

        var root = await JsonAsync(await client.GetAsync($"/api/v1/assessments/{fixture.Round3}/changes"));

        root.GetProperty("sales").GetProperty("statements").GetArrayLength().Should().Be(20);
    }

    [Fact]
    public async Task GetChanges_FirstRound_Is404WithReason()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.OnlyRound}/changes");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("no earlier round");
    }

    [Fact]
    public async Task GetChanges_Anonymous_Is401()
    {
        var response = await fixture.App.CreateClient().GetAsync($"/api/v1/assessments/{fixture.Round2}/changes");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}
