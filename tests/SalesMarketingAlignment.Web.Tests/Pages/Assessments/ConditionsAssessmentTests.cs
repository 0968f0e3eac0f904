using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

/// <summary>
/// The "Do We Need to Be More Aligned?" conditions read as they are: "Not assessed yet" before anyone assessed them,
/// "Holds" / "Does not hold" after, with who assessed them and when; executives are never asked to mark them.
/// </summary>
public sealed class ConditionsAssessmentTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private const string NotAssessedYet = "Not assessed yet";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly DateOnly AssessedOn = new(2026, 2, 20);

    [Fact]
    public async Task Get_ExecutiveBeforeAssessment_EveryConditionNotAssessedYetAndNoInstructionToMark()
    {
        var assessment = await fixture.App.CreateAssessmentAsync("Conditions Org 1", AssessmentStatus.Closed, fixture.ConsultantUser, fixture.ExecutiveUser);
        var client = await fixture.SignedInAsync(DashboardFixture.Executive);

        var page = await client.GetDocumentAsync($"/Assessments/{assessment.Id}");

        var items = Conditions(page);
        items.Should().HaveCount(17).And.OnlyContain(li => li.TextContent.Contains(NotAssessedYet, StringComparison.Ordinal));
        items.Should().NotContain(li => li.TextContent.Contains("hold:", StringComparison.Ordinal));
        page.Text("#conditions-assessed").Should().Be("Your consultant has not assessed these conditions yet.");
        page.QuerySelector("#decision-next-step").Should().BeNull("an executive cannot mark conditions, so is not told to");
    }

    [Fact]
    public async Task Get_ExecutiveAfterAssessment_HoldsOrDoesNotHoldAndWhoAssessedThemWhen()
    {
        var assessment = await fixture.App.CreateAssessmentAsync("Conditions Org 2", AssessmentStatus.Closed, fixture.ConsultantUser, fixture.ExecutiveUser);
        await AssessAsync(assessment.Id, "conflicts-evident");
        var client = await fixture.SignedInAsync(DashboardFixture.Executive);

        var page = await client.GetDocumentAsync($"/Assessments/{assessment.Id}");

        var items = Conditions(page);
        items.Should().NotContain(li => li.TextContent.Contains(NotAssessedYet, StringComparison.Ordinal));
        items.Where(li => li.TextContent.Contains("Holds:", StringComparison.Ordinal)).Should().ContainSingle();
        items.Where(li => li.TextContent.Contains("Does not hold:", StringComparison.Ordinal)).Should().HaveCount(16);
        page.Text("#conditions-assessed").Should().Be($"Assessed by {fixture.ConsultantUser.DisplayName} on {AssessedOn.ToString("d MMMM yyyy", English)}");
        page.QuerySelector("#decision-next-step").Should().BeNull("an executive cannot mark conditions, so is not told to");
    }

    [Fact]
    public async Task Get_ConsultantBeforeAssessment_KeepsTheFormAndEachConditionReadsNotAssessedYet()
    {
        var assessment = await fixture.App.CreateAssessmentAsync("Conditions Org 3", AssessmentStatus.Closed, fixture.ConsultantUser);
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);

        var page = await client.GetDocumentAsync($"/Assessments/{assessment.Id}");

        var checks = page.QuerySelectorAll("form.conditions-form .check");
        checks.Should().HaveCount(17).And.OnlyContain(c => c.TextContent.Contains(NotAssessedYet, StringComparison.Ordinal));
        page.QuerySelector("#conditions-assessed").Should().BeNull("the consultant is the one to assess them");
    }

    [Fact]
    public async Task PostConditions_ConsultantNoneHolds_RecordsTheAssessmentAndPageSaysWhoAndWhen()
    {
        var assessment = await fixture.App.CreateAssessmentAsync("Conditions Org 4", AssessmentStatus.Closed, fixture.ConsultantUser);
        var client = await fixture.SignedInAsync(DashboardFixture.Consultant);
        var url = $"/Assessments/{assessment.Id}";
        var before = DateOnly.FromDateTime(DateTime.UtcNow);

        (await client.PostFormAsync(url + "?handler=Conditions", await client.GetDocumentAsync(url), [], "form.conditions-form")).ShouldBeRedirect();

        var stored = await fixture.App.WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.Id == assessment.Id));
        stored.ConditionsAssessedBy.Should().Be(fixture.ConsultantUser.Id);
        stored.ConditionsAssessedOn.Should().NotBeNull().And.BeOnOrAfter(before).And.BeOnOrBefore(DateOnly.FromDateTime(DateTime.UtcNow));
        var page = await client.GetDocumentAsync(url);
        page.QuerySelectorAll("form.conditions-form .check").Should().NotContain(c => c.TextContent.Contains(NotAssessedYet, StringComparison.Ordinal));
        page.Text("#conditions-assessed").Should().Be($"Assessed by {fixture.ConsultantUser.DisplayName} on {stored.ConditionsAssessedOn!.Value.ToString("d MMMM yyyy", English)}");
    }

    private static List<IElement> Conditions(IDocument page) => page.QuerySelectorAll(".condition-level li").ToList();

    private Task<int> AssessAsync(int assessmentId, params string[] holding) =>
        fixture.App.WithDbAsync(async db =>
        {
            var assessment = await db.Assessments.Include(a => a.Conditions).SingleAsync(a => a.Id == assessmentId);
            assessment.ReplaceConditions(holding, fixture.ConsultantUser.Id, AssessedOn);
            return await db.SaveChangesAsync();
        });
}
