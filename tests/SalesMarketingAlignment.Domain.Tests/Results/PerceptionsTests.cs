using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Tests.Results;

public class PerceptionsTests
{
    [Fact]
    public void Compute_OneHeadPerDepartmentAndStaffAtTheMinimum_ShowsAllFour()
    {
        // The "done when": one head per department, a staff group of exactly 3 (the default minimum).
        var counts = Groups(salesHeads: [80], salesStaff: [40, 45, 50], marketingHeads: [70], marketingStaff: [60, 61, 62]);

        var perceptions = Perceptions.Compute(counts, AnonymityRule.Default);

        perceptions.Select(p => (p.Department, p.Role)).Should().Equal(
            (Department.Sales, RespondentRole.Head), (Department.Sales, RespondentRole.Staff),
            (Department.Marketing, RespondentRole.Head), (Department.Marketing, RespondentRole.Staff));
        perceptions.Should().OnlyContain(p => p.Figures != null);
        perceptions[0].Figures!.MeanTotal.Should().Be(80m);
        perceptions[0].IsHeadsView.Should().BeTrue();
        perceptions[1].Figures!.MeanTotal.Should().Be(45m);
    }

    [Fact]
    public void Compute_HeadsNotTold_LoneHeadAndTheStaffBesideItWithheld()
    {
        // A round from before decision 0013: its heads were promised groups only, so one head stays hidden, and so
        // does the staff beside it (the department minus the staff would give the head away).
        var counts = Groups(salesHeads: [20], salesStaff: [80, 80, 80], marketingHeads: [], marketingStaff: [60, 61, 62]);

        var perceptions = Perceptions.Compute(counts, AnonymityRule.Default, headsToldOfHeadsView: false);

        perceptions[0].Figures.Should().BeNull("one head is below the minimum group");
        perceptions[1].Figures.Should().BeNull("the rest of Sales is a single head");
        perceptions[3].Figures!.MeanTotal.Should().Be(61m, "a staff group with no heads beside it is shown as before");
        Perceptions.Compute(counts, AnonymityRule.Default, headsToldOfHeadsView: true)[0].Figures!.MeanTotal.Should().Be(20m, "told heads are shown");
    }

    [Fact]
    public void Compute_HeadsNotToldButAtTheMinimum_HeadsAndStaffShown()
    {
        var counts = Groups(salesHeads: [20, 30, 40], salesStaff: [80, 80, 80], marketingHeads: [], marketingStaff: []);

        var perceptions = Perceptions.Compute(counts, AnonymityRule.Default, headsToldOfHeadsView: false);

        perceptions[0].Figures!.MeanTotal.Should().Be(30m);
        perceptions[1].Figures!.MeanTotal.Should().Be(80m);
    }

    [Theory]
    [InlineData(2)] // a staff of two: the department minus the head reveals them
    [InlineData(1)]
    public void HeadsViewOrNull_StaffBelowTheMinimum_WithholdsTheHeadToo(int staffSize)
    {
        var heads = Responses.Totals(80);
        var staff = Responses.Totals(Enumerable.Repeat(40, staffSize).ToArray());

        Perceptions.HeadsViewOrNull(heads, staff, AnonymityRule.Default).Should().BeNull();
        Perceptions.StaffOrNull(staff, AnonymityRule.Default).Should().BeNull();
    }

    [Fact]
    public void HeadsViewOrNull_HeadAloneInTheDepartment_ShownAsTheHeadsView() =>
        Perceptions.HeadsViewOrNull(Responses.Totals(80), ResponseCounts.Empty, AnonymityRule.Default)!.MeanTotal.Should().Be(80m);

    [Fact]
    public void HeadsViewOrNull_NoHeadAnswered_Null() =>
        Perceptions.HeadsViewOrNull(ResponseCounts.Empty, Responses.Totals(40, 40, 40), AnonymityRule.Default).Should().BeNull();

    [Fact]
    public void StaffOrNull_AtTheMinimumBesideOneHead_Shown() =>
        Perceptions.StaffOrNull(Responses.Totals(40, 50, 60), new AnonymityRule(3))!.MeanTotal.Should().Be(50m);

    private static Func<Department, RespondentRole, ResponseCounts> Groups(
        int[] salesHeads, int[] salesStaff, int[] marketingHeads, int[] marketingStaff) =>
        (department, role) => (department, role) switch
        {
            (Department.Sales, RespondentRole.Head) => Responses.Totals(salesHeads),
            (Department.Sales, RespondentRole.Staff) => Responses.Totals(salesStaff),
            (Department.Marketing, RespondentRole.Head) => Responses.Totals(marketingHeads),
            _ => Responses.Totals(marketingStaff),
        };
}
