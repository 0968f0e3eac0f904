using System.Globalization;
using SalesMarketingAlignment.Domain.Recommendations;

namespace SalesMarketingAlignment.Domain.Tests.Recommendations;

public class CatalogTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    [Fact]
    public void AlignmentConditions_MatchTheExhibit()
    {
        AlignmentConditions.All.Should().HaveCount(17);
        AlignmentConditions.All.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        Count(AlignmentLevel.Undefined, ConditionKind.Stay).Should().Be(3);
        Count(AlignmentLevel.Undefined, ConditionKind.Tighten).Should().Be(3);
        Count(AlignmentLevel.Defined, ConditionKind.Stay).Should().Be(3);
        Count(AlignmentLevel.Defined, ConditionKind.Tighten).Should().Be(4);
        Count(AlignmentLevel.Aligned, ConditionKind.Stay).Should().Be(3);
        Count(AlignmentLevel.Aligned, ConditionKind.Tighten).Should().Be(1);
        AlignmentConditions.ForLevel(AlignmentLevel.Integrated).Should().BeEmpty();

        static int Count(AlignmentLevel level, ConditionKind kind) =>
            AlignmentConditions.ForLevel(level).Count(c => c.Kind == kind);
    }

    [Fact]
    public void AlignmentConditions_EveryOneHasText() =>
        AlignmentConditions.All.Should().OnlyContain(c => c.Text(English).Length > 10);

    [Fact]
    public void AlignmentConditions_Get_ReturnsTheConditionWithItsWording()
    {
        var condition = AlignmentConditions.Get("common-funnel-possible");

        condition.Level.Should().Be(AlignmentLevel.Aligned);
        condition.Kind.Should().Be(ConditionKind.Tighten);
        condition.Text(English).Should().Be("A common process or business funnel can be created for managing and measuring revenue-generating activities.");
    }

    [Fact]
    public void AlignmentConditions_GetUnknown_ThrowsNamingIt() =>
        FluentActions.Invoking(() => AlignmentConditions.Get("no-such-thing")).Should().Throw<ArgumentException>().WithMessage("*no-such-thing*");

    [Fact]
    public void AlignmentConditions_TryGetUnknown_ReturnsFalse()
    {
        AlignmentConditions.TryGet("Company-Is-Small", out var condition).Should().BeFalse();
        condition.Should().BeNull();
    }

    [Fact]
    public void AlignmentConditions_TryGetNull_ReturnsFalse() =>
        AlignmentConditions.TryGet(null, out _).Should().BeFalse();

    [Fact]
    public void TransitionActions_EachMoveHasActionsWithTextsAndSections()
    {
        TransitionActions.For(AlignmentLevel.Undefined).Should().HaveCount(3).And.OnlyContain(a => a.To == AlignmentLevel.Defined);
        TransitionActions.For(AlignmentLevel.Defined).Should().HaveCount(5).And.OnlyContain(a => a.To == AlignmentLevel.Aligned);
        TransitionActions.For(AlignmentLevel.Aligned).Should().HaveCount(5).And.OnlyContain(a => a.To == AlignmentLevel.Integrated);
        TransitionActions.For(AlignmentLevel.Integrated).Should().BeEmpty();
        TransitionActions.All.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        TransitionActions.All.Should().OnlyContain(a =>
            a.Title(English).Length > 5 && a.Description(English).Length > 30 && a.ArticleSection.Contains('›'));
        TransitionActions.Get("da-disciplined-communication").ArticleSection
            .Should().Be("Moving Up › Moving from defined to aligned › Encourage disciplined communication");
    }

    [Fact]
    public void TransitionActions_GetUnknown_Throws() =>
        FluentActions.Invoking(() => TransitionActions.Get("fly-to-the-moon")).Should().Throw<ArgumentException>().WithMessage("*fly-to-the-moon*");

    [Fact]
    public void IntegrationChecklist_HasSeventeenTasksInFourGroups()
    {
        IntegrationChecklist.Tasks.Should().HaveCount(17);
        IntegrationChecklist.Tasks.Select(t => t.Id).Should().OnlyHaveUniqueItems();
        IntegrationChecklist.Tasks.GroupBy(t => t.Group).Select(g => g.Count()).Should().Equal(5, 6, 4, 2);
        IntegrationChecklist.Tasks.Should().OnlyContain(t => t.Text(English).EndsWith('.'));
        IntegrationChecklist.Tasks[^1].Text(English).Should().Be("Hire a chief revenue officer.");
        IntegrationChecklist.GroupTitle(ChecklistGroup.EnableTheCulture, English).Should().Be("Enable the Culture");
    }

    [Fact]
    public void IntegrationChecklist_UnknownGroup_Throws() =>
        FluentActions.Invoking(() => IntegrationChecklist.GroupTitle((ChecklistGroup)9)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(AlignmentLevel.Undefined)]
    [InlineData(AlignmentLevel.Defined)]
    [InlineData(AlignmentLevel.Aligned)]
    public void WeakSpotMapping_EveryStatementMapsToAnActionOfTheNextMove(AlignmentLevel level) =>
        Enumerable.Range(1, 20).Select(n => WeakSpotMapping.ActionFor(n, level))
            .Should().OnlyContain(a => TransitionActions.All.Contains(a) && a.From == level);

    [Fact]
    public void WeakSpotMapping_Integrated_KeepsTheMoveToIntegratedActions() =>
        Enumerable.Range(1, 20).Select(n => WeakSpotMapping.ActionFor(n, AlignmentLevel.Integrated))
            .Should().OnlyContain(a => a.From == AlignmentLevel.Aligned && a.To == AlignmentLevel.Integrated);

    [Fact]
    public void WeakSpotMapping_EveryActionOfEachMoveIsUsed()
    {
        foreach (var level in new[] { AlignmentLevel.Undefined, AlignmentLevel.Defined, AlignmentLevel.Aligned })
        {
            Enumerable.Range(1, 20).Select(n => WeakSpotMapping.ActionFor(n, level).Id).Distinct()
                .Should().BeEquivalentTo(TransitionActions.For(level).Select(a => a.Id), $"every {level} action answers some statement");
        }
    }

    [Theory]
    [InlineData(7, AlignmentLevel.Undefined, "ud-common-language")]
    [InlineData(17, AlignmentLevel.Aligned, "ai-chief-revenue-officer")]
    [InlineData(17, AlignmentLevel.Defined, "da-disciplined-communication")]
    [InlineData(6, AlignmentLevel.Defined, "da-sales-feedback")]
    [InlineData(5, AlignmentLevel.Defined, "da-disciplined-communication")]
    [InlineData(12, AlignmentLevel.Aligned, "ai-integrated-metrics")]
    public void WeakSpotMapping_DocumentedExamples(int statement, AlignmentLevel level, string actionId) =>
        WeakSpotMapping.ActionFor(statement, level).Id.Should().Be(actionId);

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void WeakSpotMapping_StatementOutOfRange_Throws(int statement) =>
        FluentActions.Invoking(() => WeakSpotMapping.ActionFor(statement, AlignmentLevel.Defined)).Should().Throw<ArgumentOutOfRangeException>();
}
