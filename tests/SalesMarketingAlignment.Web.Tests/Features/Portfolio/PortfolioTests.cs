using System.Net;
using System.Text.Json;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Portfolio;

/// <summary>
/// A consultant with seven clients: five closed rounds (overall 40, 50, 60, 70, 80), one without a round, one open round
/// whose single response is withheld; an executive of one client; another consultant with a client of their own.
/// </summary>
public sealed class PortfolioFixture : IAsyncLifetime
{
    public const string Consultant = "paula@p.example";
    public const string Executive = "ed@p.example";
    public const string OtherConsultant = "quinn@q.example";
    public const string OtherClient = "Quinn's Secret Client";

    public AppFactory App { get; } = new();

    public async Task InitializeAsync()
    {
        var consultant = await App.CreateUserAsync(Consultant, Roles.Consultant);
        var executive = await App.CreateUserAsync(Executive, Roles.Executive);
        var other = await App.CreateUserAsync(OtherConsultant, Roles.Consultant);

        // Sales all v, Marketing all w: overall 20 × (v + w) / 2, gap 20 × (v - w).
        var figures = new[] { ("Alpha", 2, 2), ("Bravo", 3, 2), ("Charlie", 3, 3), ("Delta", 4, 3), ("Echo", 4, 4) };
        foreach (var (name, sales, marketing) in figures)
        {
            var members = name == "Alpha" ? new[] { consultant, executive } : [consultant];
            var id = await Rounds.OrganizationAsync(App, name, members);
            var round = await Rounds.RoundAsync(App, id, name + " round", new DateOnly(2026, 2, 1), closed: true, Rounds.All(sales, 3), Rounds.All(marketing, 3));
            if (name == "Bravo")
            {
                await AddPlanItemsAsync(round, consultant.Id);
            }
        }

        await Rounds.OrganizationAsync(App, "Foxtrot", consultant);
        var open = await Rounds.OrganizationAsync(App, "Golf", consultant);
        await Rounds.RoundAsync(App, open, "Golf round", new DateOnly(2026, 2, 1), closed: false, Rounds.All(5, 1), []);

        var otherClient = await Rounds.OrganizationAsync(App, OtherClient, other);
        await Rounds.RoundAsync(App, otherClient, "Q round", new DateOnly(2026, 2, 1), closed: true, Rounds.All(1, 3), Rounds.All(5, 3));
    }

    /// <summary>Bravo's plan: two items overdue (planned, in progress), one past its date but done, one dropped, one due far ahead.</summary>
    private Task<int> AddPlanItemsAsync(int assessmentId, string userId)
    {
        PlanItem Item(string key, DateOnly due, PlanItemStatus status) => new()
        {
            AssessmentId = assessmentId,
            Kind = PlanItemKind.ChecklistItem,
            ItemKey = key,
            DueDate = due,
            Status = status,
            UpdatedBy = userId,
            UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        return App.WithDbAsync(db =>
        {
            db.PlanItems.AddRange(
                Item("a", new DateOnly(2020, 1, 1), PlanItemStatus.Planned),
                Item("b", new DateOnly(2020, 1, 1), PlanItemStatus.InProgress),
                Item("c", new DateOnly(2020, 1, 1), PlanItemStatus.Done),
                Item("d", new DateOnly(2020, 1, 1), PlanItemStatus.Dropped),
                Item("e", new DateOnly(2999, 1, 1), PlanItemStatus.Planned));
            return db.SaveChangesAsync();
        });
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

public sealed class PortfolioTests(PortfolioFixture fixture) : IClassFixture<PortfolioFixture>
{
    private static readonly string[] ClientNames = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"];

    private async Task<JsonElement[]> ClientsAsync(string query = "")
    {
        var client = await fixture.SignedInAsync(PortfolioFixture.Consultant);
        var response = await client.GetAsync("/api/v1/portfolio" + query);
        response.ShouldBeJson(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("clients").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public async Task GetPortfolio_Consultant_ListsOwnClientsWithLatestRoundFigures()
    {
        var clients = await ClientsAsync();

        clients.Select(c => c.GetProperty("name").GetString()).Should().Equal(ClientNames);
        var delta = clients.Single(c => c.GetProperty("name").GetString() == "Delta");
        delta.GetProperty("salesMean").GetDecimal().Should().Be(80.0m);
        delta.GetProperty("salesLevel").GetString().Should().Be("Integrated");
        delta.GetProperty("marketingLevel").GetString().Should().Be("Aligned");
        delta.GetProperty("overallMean").GetDecimal().Should().Be(70.0m);
        delta.GetProperty("gap").GetDecimal().Should().Be(20.0m);
        delta.GetProperty("answered").GetInt64().Should().Be(6);
        delta.GetProperty("latestRound").GetProperty("status").GetString().Should().Be("Closed");
        delta.GetProperty("decision").GetString().Should().Be("Undecided");
        delta.GetProperty("decisionLine").GetString().Should().NotBeNullOrEmpty();
        var foxtrot = clients.Single(c => c.GetProperty("name").GetString() == "Foxtrot");
        foxtrot.GetProperty("latestRound").ValueKind.Should().Be(JsonValueKind.Null);
        clients.Single(c => c.GetProperty("name").GetString() == "Golf").GetProperty("latestRound").GetProperty("status").GetString().Should().Be("Open");
    }

    [Fact]
    public async Task GetPortfolio_FiveClientsWithScores_GivesMidRankPercentiles()
    {
        var clients = await ClientsAsync();

        // Overall 40, 50, 60, 70, 80; Golf's single Sales response is withheld, so it has none: mid-ranks of five.
        decimal? Of(string name, string property) =>
            clients.Single(c => c.GetProperty("name").GetString() == name).GetProperty(property) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
        Of("Alpha", "overallPercentile").Should().Be(10m);
        Of("Charlie", "overallPercentile").Should().Be(50m);
        Of("Echo", "overallPercentile").Should().Be(90m);
        Of("Golf", "overallPercentile").Should().BeNull();
        Of("Foxtrot", "overallPercentile").Should().BeNull();
        // Gaps 0, 20, 0, 20, 0 (Golf has none): five values; 0 three times -> 30, 20 twice -> 80.
        Of("Alpha", "gapPercentile").Should().Be(30m);
        Of("Bravo", "gapPercentile").Should().Be(80m);
        Of("Golf", "gapPercentile").Should().BeNull();
    }

    [Fact]
    public async Task GetPortfolio_PlanItemsPastTheirDate_CountsOnlyThoseStillOpen()
    {
        var clients = await ClientsAsync("?sort=overduePlanItems&descending=true");

        clients[0].GetProperty("name").GetString().Should().Be("Bravo");
        clients[0].GetProperty("overduePlanItems").GetInt32().Should().Be(2, "done and dropped items are never overdue, nor one due later");
        clients.Where(c => c.GetProperty("name").GetString() != "Bravo").Should().OnlyContain(c => c.GetProperty("overduePlanItems").GetInt32() == 0);
    }

    [Fact]
    public async Task GetPortfolio_SortedByOverallDescending_NullsLast()
    {
        var clients = await ClientsAsync("?sort=overall&descending=true");

        clients.Select(c => c.GetProperty("name").GetString()).Should().Equal("Echo", "Delta", "Charlie", "Bravo", "Alpha", "Foxtrot", "Golf");
    }

    [Fact]
    public async Task GetPortfolio_Attack_ExecutiveGets403WithoutNames()
    {
        var client = await fixture.SignedInAsync(PortfolioFixture.Executive);

        var response = await client.GetAsync("/api/v1/portfolio");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var body = await response.Content.ReadAsStringAsync();
        ClientNames.Where(n => n != "Alpha").Should().OnlyContain(n => !body.Contains(n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PortfolioPage_Attack_ExecutiveIsRefusedAndSeesNoOtherClient()
    {
        var client = await fixture.SignedInAsync(PortfolioFixture.Executive);

        var response = await client.GetAsync("/Portfolio?sort=overall");
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect, HttpStatusCode.NotFound);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().Should().Contain("/Account/AccessDenied");
        }

        ClientNames.Where(n => n != "Alpha").Should().OnlyContain(n => !body.Contains(n, StringComparison.Ordinal));
        var home = await (await client.GetAsync("/Organizations")).Content.ReadAsStringAsync();
        home.Should().NotContain("href=\"/Portfolio\"", "an executive's navigation has no portfolio");
    }

    [Fact]
    public async Task PortfolioPage_Attack_OtherConsultantSeesOnlyTheirOwnClient()
    {
        var client = await fixture.SignedInAsync(PortfolioFixture.OtherConsultant);

        var response = await client.GetAsync("/Portfolio");
        var body = await response.Content.ReadAsStringAsync();

        response.ShouldBeHtml(HttpStatusCode.OK);
        body.Should().Contain(PortfolioFixture.OtherClient.Replace("'", "&#x27;", StringComparison.Ordinal));
        ClientNames.Should().OnlyContain(n => !body.Contains(">" + n + "<", StringComparison.Ordinal));
        body.Should().Contain("Percentiles appear once at least five");
    }

    [Fact]
    public async Task PortfolioPage_Consultant_ShowsSortLinksAndPercentiles()
    {
        var client = await fixture.SignedInAsync(PortfolioFixture.Consultant);

        var document = await client.GetDocumentAsync("/Portfolio?sort=gap");

        document.QuerySelectorAll("tbody tr").Should().HaveCount(7);
        var sorted = document.QuerySelector("th[aria-sort='ascending'] a")!;
        sorted.GetAttribute("href").Should().Be("/Portfolio?sort=gap&descending=true");
        document.QuerySelectorAll("thead th a").Select(a => a.GetAttribute("href")).Should().Contain("/Portfolio?sort=gapPercentile");
        document.QuerySelector("a[href='/Portfolio']").Should().NotBeNull("the navigation links the portfolio for consultants");
        // Gap ascending: the three zero gaps first (by name), then the two of 20, then those without a gap.
        document.QuerySelectorAll("tbody th[scope='row'] > a:first-child").Select(a => a.TextContent)
            .Should().Equal("Alpha", "Charlie", "Echo", "Bravo", "Delta", "Foxtrot", "Golf");
    }
}
