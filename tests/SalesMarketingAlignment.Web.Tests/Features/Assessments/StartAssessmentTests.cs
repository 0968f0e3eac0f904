using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Web.Features.Assessments;
using SalesMarketingAlignment.Web.Features.Plans;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

public sealed class StartAssessmentTests(FeatureDatabase database) : IClassFixture<FeatureDatabase>
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.FromHours(-2)));

    [Fact]
    public async Task HandleAsync_ValidRequest_StoresOpenAssessmentDatedTodayUtcWithTwoDistinctLinks()
    {
        var organizationId = (await database.NewAssessmentAsync()).OrganizationId;
        var (scope, db) = database.NewContext();
        using (scope)
        {
            var result = await new StartAssessment(db, Clock, new PlanCarryOver(db)).HandleAsync(
                organizationId, new StartAssessmentRequest { Title = "  Spring  ", MinimumGroupSize = 5, ExpectedSales = 7 }, "user-1", default);

            var started = result.Should().BeOfType<StartAssessment.Started>().Subject.Assessment;
            var stored = await database.App.WithDbAsync(d => d.Assessments.Include(a => a.Links).SingleAsync(a => a.Id == started.Id));
            (stored.Title, stored.MinimumGroupSize, stored.ExpectedSales, stored.ExpectedMarketing, stored.CreatedBy)
                .Should().Be(("Spring", 5, (int?)7, (int?)null, "user-1"));
            stored.Status.Should().Be(AssessmentStatus.Open);
            stored.CreatedOn.Should().Be(new DateOnly(2026, 4, 1), "23:30 at UTC-2 is already April 1st in UTC");
            stored.Links.Select(l => l.Department).Should().BeEquivalentTo([Department.Sales, Department.Marketing]);
            stored.Links.Select(l => l.Token).Distinct().Should().HaveCount(2);
        }
    }

    [Theory]
    [InlineData(AnonymityRule.SmallestAllowed - 1)]
    [InlineData(AnonymityRule.LargestAllowed + 1)]
    public async Task HandleAsync_GroupSizeOutsideTheAnonymityRule_InvalidWithTheRulesMessageAndNothingSaved(int size)
    {
        var organizationId = (await database.NewAssessmentAsync()).OrganizationId;
        var (scope, db) = database.NewContext();
        using (scope)
        {
            var result = await new StartAssessment(db, Clock, new PlanCarryOver(db)).HandleAsync(
                organizationId, new StartAssessmentRequest { Title = "T", MinimumGroupSize = size }, "user-1", default);

            result.Should().BeOfType<StartAssessment.Invalid>()
                .Which.Errors[nameof(StartAssessmentRequest.MinimumGroupSize)].Should().Equal("The smallest group must be between 1 and 10.");
            (await db.Assessments.CountAsync(a => a.OrganizationId == organizationId)).Should().Be(1);
        }
    }

    [Fact]
    public async Task HandleAsync_BlankTitle_InvalidAndNothingSaved()
    {
        var organizationId = (await database.NewAssessmentAsync()).OrganizationId;
        var (scope, db) = database.NewContext();
        using (scope)
        {
            var result = await new StartAssessment(db, Clock, new PlanCarryOver(db)).HandleAsync(organizationId, new StartAssessmentRequest { Title = "   " }, "user-1", default);

            result.Should().BeOfType<StartAssessment.Invalid>().Which.Errors.Should().ContainKey(nameof(StartAssessmentRequest.Title));
            (await db.Assessments.CountAsync(a => a.OrganizationId == organizationId)).Should().Be(1);
        }
    }

    [Fact]
    public void StartAssessmentRequest_Default_UsesTheAnonymityRulesDefault() =>
        new StartAssessmentRequest().MinimumGroupSize.Should().Be(AnonymityRule.DefaultMinimumGroupSize).And.Be(Assessment.MinimumGroupSizeDefault);

    [Fact]
    public void Start_GroupSizeTheRuleRefuses_Throws()
    {
        var act = () => Assessment.Start(1, "T", AnonymityRule.LargestAllowed + 1, null, null, "user-1", new DateOnly(2026, 1, 1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The smallest group must be between 1 and 10.*");
    }

    [Fact]
    public void Start_TitleLongerThanTheColumn_Throws()
    {
        var act = () => Assessment.Start(1, new string('t', Assessment.TitleMaxLength + 1), 3, null, null, "user-1", new DateOnly(2026, 1, 1));

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void EntityBounds_AreTheAnonymityRules() =>
        (Assessment.MinimumGroupSizeLowest, Assessment.MinimumGroupSizeHighest).Should().Be((AnonymityRule.SmallestAllowed, AnonymityRule.LargestAllowed));
}
