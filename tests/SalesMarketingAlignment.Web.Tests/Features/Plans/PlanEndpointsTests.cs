using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Pages.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Features.Plans;

/// <summary>
/// GET and PUT /api/v1/assessments/{id}/plan, written as the attacks they must withstand: an executive writing, a
/// consultant of another organization, an item of another assessment's plan, and malformed fields.
/// </summary>
public sealed class PlanEndpointsTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private string IntegratedPlan => $"/api/v1/assessments/{fixture.Integrated.Id}/plan";

    [Fact]
    public async Task Get_ExecutiveOfDemo_ListsEveryRecommendedActionWithItsEntry()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ExecutiveEmail, DashboardFixture.DemoPassword);
        var executiveId = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.ExecutiveEmail).Select(u => u.Id).SingleAsync());

        var items = await ItemsAsync(client, $"/api/v1/assessments/{fixture.DemoAssessmentId}/plan");

        // The demo's conditions recommend the move from Defined to Aligned: its five actions, in the catalogue's order.
        items.Select(i => i.GetProperty("id").GetString()).Should().Equal(TransitionActions.For(AlignmentLevel.Defined).Select(a => a.Id));
        items.Should().OnlyContain(i => i.GetProperty("kind").GetString() == "Action");
        var liaison = Item(items, DemoSeeder.DemoPlanInProgressAction);
        liaison.GetProperty("text").GetString().Should().Be(TransitionActions.Get(DemoSeeder.DemoPlanInProgressAction).Title(CultureInfo.InvariantCulture));
        liaison.GetProperty("owner").GetProperty("memberId").GetString().Should().Be(executiveId);
        liaison.GetProperty("owner").GetProperty("name").GetString().Should().Be("Demo Executive");
        liaison.GetProperty("status").GetString().Should().Be("InProgress");
        liaison.GetProperty("dueDate").GetString().Should().Be(Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        liaison.GetProperty("overdue").GetBoolean().Should().BeFalse();
        var late = Item(items, DemoSeeder.DemoPlanOverdueAction);
        late.GetProperty("owner").GetProperty("memberId").ValueKind.Should().Be(JsonValueKind.Null);
        late.GetProperty("owner").GetProperty("name").GetString().Should().Be(DemoSeeder.DemoPlanOwnerName);
        late.GetProperty("status").GetString().Should().Be("Planned");
        late.GetProperty("overdue").GetBoolean().Should().BeTrue();
        var done = Item(items, DemoSeeder.DemoPlanDoneAction);
        done.GetProperty("status").GetString().Should().Be("Done");
        done.GetProperty("overdue").GetBoolean().Should().BeFalse("a done item is never overdue, whatever its date");
        var untouched = Item(items, "da-colocate");
        untouched.GetProperty("status").GetString().Should().Be("Planned");
        untouched.GetProperty("owner").ValueKind.Should().Be(JsonValueKind.Null);
        untouched.GetProperty("dueDate").ValueKind.Should().Be(JsonValueKind.Null);
        untouched.GetProperty("note").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Get_RussianRequest_TextIsRussian()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Executive);
        client.DefaultRequestHeaders.Add("Accept-Language", "ru");

        var items = await ItemsAsync(client, IntegratedPlan);

        // Integrated: the decision is to keep it so, with the whole Integration Checklist and no Moving Up actions.
        items.Select(i => i.GetProperty("id").GetString()).Should().Equal(IntegrationChecklist.Tasks.Select(t => t.Id));
        var russian = CultureInfo.GetCultureInfo("ru");
        Item(items, "ps-shared-databases").GetProperty("text").GetString().Should()
            .Be(IntegrationChecklist.Tasks.Single(t => t.Id == "ps-shared-databases").Text(russian))
            .And.NotBe(IntegrationChecklist.Tasks.Single(t => t.Id == "ps-shared-databases").Text(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Put_Consultant_UpdatesTheNamedItemsAndLeavesTheOthers()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var first = await client.PutAsJsonAsync(IntegratedPlan, new
        {
            items = new object[]
            {
                new { id = "ia-product-planning", kind = "ChecklistItem", owner = new { name = "Maria (Marketing)" }, dueDate = "2030-01-31", status = "InProgress", note = "Joint planning day in January." },
            },
        });
        first.ShouldBeJson(HttpStatusCode.OK);

        var second = await client.PutAsJsonAsync(IntegratedPlan, new
        {
            items = new object[]
            {
                new { id = "ia-value-propositions", kind = "ChecklistItem", owner = new { memberId = fixture.ExecutiveUser.Id }, dueDate = "2020-01-01", status = "Planned" },
            },
        });

        second.ShouldBeJson(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        var kept = Item(items, "ia-product-planning");
        kept.GetProperty("owner").GetProperty("name").GetString().Should().Be("Maria (Marketing)");
        kept.GetProperty("dueDate").GetString().Should().Be("2030-01-31");
        kept.GetProperty("status").GetString().Should().Be("InProgress");
        kept.GetProperty("note").GetString().Should().Be("Joint planning day in January.");
        var changed = Item(items, "ia-value-propositions");
        changed.GetProperty("owner").GetProperty("memberId").GetString().Should().Be(fixture.ExecutiveUser.Id);
        changed.GetProperty("overdue").GetBoolean().Should().BeTrue();
        var entry = await fixture.App.WithDbAsync(db => db.PlanItems.SingleAsync(p => p.AssessmentId == fixture.Integrated.Id && p.ItemKey == "ia-value-propositions"));
        entry.UpdatedBy.Should().Be(fixture.ConsultantUser.Id);
        entry.Kind.Should().Be(PlanItemKind.ChecklistItem);
    }

    [Fact]
    public async Task Put_OwnerWhoLeftTheOrganization_KeepsTheOwnerButNoOneElseFromOutside()
    {
        var former = await fixture.App.CreateUserAsync("former-owner@a.example", Roles.Executive);
        await fixture.App.WithDbAsync(db =>
        {
            db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = fixture.Integrated.OrganizationId, UserId = former.Id });
            return db.SaveChangesAsync();
        });
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);
        (await client.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "ps-shared-databases", kind = "ChecklistItem", owner = new { memberId = former.Id }, status = "Planned" } } }))
            .ShouldBeJson(HttpStatusCode.OK);
        await fixture.App.WithDbAsync(db => db.OrganizationMembers.Where(m => m.UserId == former.Id).ExecuteDeleteAsync());

        // The item sent back with its owner as it stands and a new status, as the page's form and a GET-then-PUT do.
        var again = await client.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "ps-shared-databases", kind = "ChecklistItem", owner = new { memberId = former.Id }, status = "InProgress" } } });
        var other = await client.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "ps-periodic-relations-review", kind = "ChecklistItem", owner = new { memberId = former.Id } } } });

        again.ShouldBeJson(HttpStatusCode.OK);
        var entry = await fixture.App.WithDbAsync(db => db.PlanItems.SingleAsync(p => p.AssessmentId == fixture.Integrated.Id && p.ItemKey == "ps-shared-databases"));
        entry.OwnerUserId.Should().Be(former.Id);
        entry.Status.Should().Be(PlanItemStatus.InProgress);
        (await other.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["items[0].owner.memberId"].Single().Should().Contain(former.Id);
    }

    [Fact]
    public async Task Put_Executive_Returns403AndSavesNothing()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Executive);

        var response = await client.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "ec-emphasize-metrics", kind = "ChecklistItem", status = "Done" } } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await EntryCountAsync(fixture.Integrated.Id, "ec-emphasize-metrics")).Should().Be(0);
    }

    [Fact]
    public async Task GetAndPut_ConsultantOfAnotherOrganization_Return404AndSaveNothing()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Outsider);

        var get = await client.GetAsync(IntegratedPlan);
        var put = await client.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "ec-rewards-to-results", kind = "ChecklistItem", status = "Dropped" } } });

        await get.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await put.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await EntryCountAsync(fixture.Integrated.Id, "ec-rewards-to-results")).Should().Be(0);
    }

    [Fact]
    public async Task Put_ItemOfAnotherAssessmentsPlan_Returns400NamingItAndSavesNothing()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);

        // The demo round's action is no item of this round's plan; the valid item beside it is not saved either.
        var response = await client.PutAsJsonAsync(IntegratedPlan, new
        {
            items = new object[]
            {
                new { id = "ps-budget-reviews", kind = "ChecklistItem", status = "Done" },
                new { id = DemoSeeder.DemoPlanInProgressAction, kind = "Action", status = "Done" },
            },
        });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!["items[1].id"].Single().Should().Contain(DemoSeeder.DemoPlanInProgressAction);
        (await EntryCountAsync(fixture.Integrated.Id, "ps-budget-reviews")).Should().Be(0);
        (await EntryCountAsync(fixture.Integrated.Id, DemoSeeder.DemoPlanInProgressAction)).Should().Be(0);
    }

    [Theory]
    [InlineData("{\"items\": [{\"id\": \"ps-common-metrics\", \"kind\": \"Task\"}]}", "items[0].kind", "Task")]
    [InlineData("{\"items\": [{\"id\": \"no-such-task\", \"kind\": \"ChecklistItem\"}]}", "items[0].id", "no-such-task")]
    [InlineData("{\"items\": [{\"id\": \"ps-common-metrics\", \"kind\": \"ChecklistItem\", \"dueDate\": \"2027-02-30\"}]}", "items[0].dueDate", "2027-02-30")]
    [InlineData("{\"items\": [{\"id\": \"ps-common-metrics\", \"kind\": \"ChecklistItem\", \"dueDate\": \"31.01.2027\"}]}", "items[0].dueDate", "31.01.2027")]
    [InlineData("{\"items\": [{\"id\": \"ps-common-metrics\", \"kind\": \"ChecklistItem\", \"status\": \"Finished\"}]}", "items[0].status", "Finished")]
    [InlineData("{\"items\": [{\"id\": \"ps-common-metrics\", \"kind\": \"ChecklistItem\"}, {\"id\": \"ps-common-metrics\", \"kind\": \"ChecklistItem\"}]}", "items[1].id", "ps-common-metrics")]
    [InlineData("{\"items\": [null]}", "items[0]", "1")]
    [InlineData("{}", "items", "items")]
    public async Task Put_BadField_Returns400NamingTheItemAndSavesNothing(string body, string field, string named)
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);

        var response = await client.PutAsync(IntegratedPlan, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!.Should().ContainKey(field);
        problem.Errors![field].Single().Should().Contain(named);
        (await EntryCountAsync(fixture.Integrated.Id, "ps-common-metrics")).Should().Be(0);
    }

    [Fact]
    public async Task Put_NoteTooLongOrOwnerFromAnotherOrganization_Returns400()
    {
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);

        var longNote = await client.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "ps-periodic-relations-review", kind = "ChecklistItem", note = new string('x', PlanItem.NoteMaxLength + 1) } } });
        var outsider = await client.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "ps-periodic-relations-review", kind = "ChecklistItem", owner = new { memberId = fixture.OutsiderUser.Id } } } });
        var longest = await client.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "ps-periodic-relations-review", kind = "ChecklistItem", note = new string('x', PlanItem.NoteMaxLength) } } });

        (await longNote.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Should().ContainKey("items[0].note");
        (await outsider.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["items[0].owner.memberId"].Single().Should().Contain(fixture.OutsiderUser.Id);
        longest.ShouldBeJson(HttpStatusCode.OK, "a note of exactly the limit is accepted");
    }

    [Fact]
    public async Task Get_ExecutiveBeforeTheFiguresAreReleased_Returns409()
    {
        var open = await fixture.App.WithDbAsync(async db =>
        {
            var assessment = Assessment.Start(fixture.Integrated.OrganizationId, "Open round", 3, null, null, fixture.ConsultantUser.Id, Today);
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment;
        });
        var executive = await fixture.SignedInAsync(DashboardFixture.Executive);
        var consultant = await fixture.SignedInAsync(DashboardFixture.Consultant);

        var hidden = await executive.GetAsync($"/api/v1/assessments/{open.Id}/plan");
        var shown = await consultant.GetAsync($"/api/v1/assessments/{open.Id}/plan");

        await hidden.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        shown.ShouldBeJson(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetAndPut_AnonymousOrWrongContentType_Return401And415()
    {
        var anonymous = fixture.App.CreateBrowser();
        var consultant = await fixture.SignedInAsync(DashboardFixture.Consultant);

        var get = await anonymous.GetAsync(IntegratedPlan);
        var put = await anonymous.PutAsJsonAsync(IntegratedPlan, new { items = new object[] { new { id = "os-split-marketing", kind = "ChecklistItem", status = "Done" } } });
        var text = await consultant.PutAsync(IntegratedPlan, new StringContent("{\"items\": []}", System.Text.Encoding.UTF8, "text/plain"));

        await get.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await put.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await text.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await EntryCountAsync(fixture.Integrated.Id, "os-split-marketing")).Should().Be(0);
    }

    private static JsonElement Item(IEnumerable<JsonElement> items, string id) => items.Single(i => i.GetProperty("id").GetString() == id);

    private static async Task<JsonElement[]> ItemsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.ShouldBeJson(HttpStatusCode.OK, url);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private Task<int> EntryCountAsync(int assessmentId, string key) =>
        fixture.App.WithDbAsync(db => db.PlanItems.CountAsync(p => p.AssessmentId == assessmentId && p.ItemKey == key));
}
