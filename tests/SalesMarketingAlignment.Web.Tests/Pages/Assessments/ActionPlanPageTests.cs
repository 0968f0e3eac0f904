using System.Net;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

/// <summary>The plan section of the assessment page and the plan item page: executives read, consultants edit.</summary>
public sealed class ActionPlanPageTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private string DemoPage => $"/Assessments/{fixture.DemoAssessmentId}";

    [Fact]
    public async Task Get_Executive_ReadsThePlanWithTheOverdueItemMarkedInWordsAndNoEditLinks()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ExecutiveEmail, DashboardFixture.DemoPassword);

        var page = await client.GetDocumentAsync(DemoPage);

        var section = page.QuerySelector("section#plan");
        section.Should().NotBeNull();
        page.QuerySelectorAll("#plan li.plan-item").Should().HaveCount(TransitionActions.For(AlignmentLevel.Defined).Count);
        var overdue = page.QuerySelector($"#plan-Action-{DemoSeeder.DemoPlanOverdueAction}")!;
        overdue.QuerySelector(".plan-overdue")!.TextContent.Should().Be("Overdue");
        overdue.TextContent.Should().Contain(DemoSeeder.DemoPlanOwnerName);
        page.QuerySelector($"#plan-Action-{DemoSeeder.DemoPlanInProgressAction}")!.QuerySelector(".plan-overdue").Should().BeNull();
        page.QuerySelector($"#plan-Action-{DemoSeeder.DemoPlanInProgressAction} .plan-status")!.TextContent.Should().Be("In progress");
        page.Text("#plan-overdue-count").Should().Be("Overdue items: 1");
        page.QuerySelectorAll("#plan .plan-edit").Should().BeEmpty();
    }

    [Fact]
    public async Task Get_RussianReader_PlanIsInRussian()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ExecutiveEmail, DashboardFixture.DemoPassword);
        client.DefaultRequestHeaders.Add("Accept-Language", "ru");

        var page = await client.GetDocumentAsync(DemoPage);

        page.Text("#plan-heading").Should().Be("План действий");
        page.QuerySelector($"#plan-Action-{DemoSeeder.DemoPlanOverdueAction} .plan-overdue")!.TextContent.Should().Be("Просрочено");
    }

    [Fact]
    public async Task PostPlanItem_Consultant_SavesAndReturnsToThePlan()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ConsultantEmail, DashboardFixture.DemoPassword);
        var details = await client.GetDocumentAsync(DemoPage);
        var url = details.QuerySelector("#plan-Action-da-colocate .plan-edit a")!.GetAttribute("href")!;
        url.Should().Be($"/Assessments/{fixture.DemoAssessmentId}/Plan/Action/da-colocate");
        var form = await client.GetDocumentAsync(url);
        var executiveId = await fixture.App.WithDbAsync(db => db.Users.Where(u => u.Email == DemoSeeder.ExecutiveEmail).Select(u => u.Id).SingleAsync());
        form.QuerySelectorAll("#Input_OwnerMemberId option").Select(o => o.GetAttribute("value")).Should().Contain(executiveId);

        var response = await client.PostFormAsync(url, form,
        [
            new("Input.OwnerMemberId", executiveId), new("Input.OwnerName", ""), new("Input.DueDate", "2031-05-01"),
            new("Input.Status", "InProgress"), new("Input.Note", "Shared open-plan floor from May."),
        ]);

        response.ShouldBeRedirect($"/Assessments/{fixture.DemoAssessmentId}#plan-Action-da-colocate");
        var entry = await fixture.App.WithDbAsync(db => db.PlanItems.SingleAsync(p => p.AssessmentId == fixture.DemoAssessmentId && p.ItemKey == "da-colocate"));
        entry.OwnerUserId.Should().Be(executiveId);
        entry.DueDate.Should().Be(new DateOnly(2031, 5, 1));
        entry.Status.Should().Be(PlanItemStatus.InProgress);
        entry.Note.Should().Be("Shared open-plan floor from May.");
        var after = await client.GetDocumentAsync(DemoPage);
        after.Text("#plan-Action-da-colocate .plan-note").Should().Be("Shared open-plan floor from May.");
    }

    [Fact]
    public async Task PostPlanItem_BadDate_Returns400WithTheReasonAndSavesNothing()
    {
        var client = await fixture.SignedInAsync(DemoSeeder.ConsultantEmail, DashboardFixture.DemoPassword);
        var url = $"/Assessments/{fixture.DemoAssessmentId}/Plan/Action/da-joint-assignments";
        var form = await client.GetDocumentAsync(url);

        var response = await client.PostFormAsync(url, form, [new("Input.DueDate", "2031-13-45"), new("Input.Status", "Planned"), new("Input.Note", "Kept?")]);

        response.ShouldBeHtml(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.Text("main").Should().Contain("'2031-13-45' is not a date");
        (await fixture.App.WithDbAsync(db => db.PlanItems.CountAsync(p => p.AssessmentId == fixture.DemoAssessmentId && p.ItemKey == "da-joint-assignments"))).Should().Be(0);
    }

    [Fact]
    public async Task PlanItemPage_ExecutiveForbiddenOutsiderNotFoundUnknownItemNotFound()
    {
        var executive = await fixture.SignedInAsync(DemoSeeder.ExecutiveEmail, DashboardFixture.DemoPassword);
        var outsider = await fixture.SignedInAsync(DashboardFixture.Outsider);
        var consultant = await fixture.SignedInAsync(DemoSeeder.ConsultantEmail, DashboardFixture.DemoPassword);
        var url = $"/Assessments/{fixture.DemoAssessmentId}/Plan/Action/da-colocate";

        (await executive.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await outsider.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await consultant.GetAsync($"/Assessments/{fixture.DemoAssessmentId}/Plan/Action/ai-split-marketing")).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "the item is not in this round's plan");
        (await consultant.GetAsync($"/Assessments/{fixture.DemoAssessmentId}/Plan/Nonsense/da-colocate")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
