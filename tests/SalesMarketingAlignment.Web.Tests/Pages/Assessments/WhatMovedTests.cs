using System.Net;
using SalesMarketingAlignment.Web.Tests.Features.Changes;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Assessments;

/// <summary>The "What moved" section of the later round's page (partial _WhatMoved over GetRoundChanges).</summary>
public sealed class WhatMovedTests(ChangesFixture fixture) : IClassFixture<ChangesFixture>
{
    [Fact]
    public async Task Details_LaterRound_ShowsLevelsVerdictsAndGap()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Executive);

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.Round3}");

        var section = page.QuerySelector("#what-moved")!;
        section.Should().NotBeNull();
        section.QuerySelector("select[name='since'] option[selected]")!.GetAttribute("value").Should().Be(fixture.Round2.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var sales = section.QuerySelector(".what-moved-departments tbody tr")!.TextContent;
        sales.Should().Contain("58.5 (Defined)").And.Contain("61.5 (Aligned)").And.Contain("+3.0");
        section.QuerySelector(".what-moved-gap")!.TextContent.Should().Contain("then −1.5, now +1.5");
        section.QuerySelectorAll(".what-moved-statements td.verdict-movedup").Should().HaveCount(1);
    }

    [Fact]
    public async Task Details_Attack_WithheldMarketingShowsNoFigures()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.Round2}");

        var rows = page.QuerySelectorAll("#what-moved .what-moved-departments tbody tr");
        rows[1].TextContent.Should().Contain("Not shown: in one of the rounds");
        page.QuerySelector("#what-moved")!.TextContent.Should().NotContain("79.5").And.NotContain("3.5 →");
        page.QuerySelectorAll("#what-moved .what-moved-statements thead th").Should().HaveCount(2, "the statement column and Sales only");
    }

    [Fact]
    public async Task Details_Attack_SinceAnotherTenantsRound_SaysNotAnEarlierRound()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var response = await client.GetAsync($"/Assessments/{fixture.Round3}?since={fixture.ForeignRound}");

        response.ShouldBeHtml(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("That is not an earlier round of this organization.").And.NotContain("X round");
    }

    [Fact]
    public async Task Details_FirstRound_HasNoSection()
    {
        var client = await fixture.SignedInAsync(ChangesFixture.Consultant);

        var page = await client.GetDocumentAsync($"/Assessments/{fixture.OnlyRound}");

        page.QuerySelector("#what-moved").Should().BeNull();
    }
}
