using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Organizations;

namespace SalesMarketingAlignment.Web.Tests.Features.Organizations;

/// <summary>The organization list of the page and of GET /api/v1/organizations.</summary>
public sealed class ListOrganizationsTests(FeatureFixture fixture) : IClassFixture<FeatureFixture>
{
    [Fact]
    public async Task HandleAsync_MembersSeeTheirOwnByNameAndAdministratorsSeeAll()
    {
        var admin = await fixture.App.CreateUserAsync("list-admin@example.test", Roles.Administrator);
        var consultant = await fixture.App.CreateUserAsync("list-consultant@example.test", Roles.Consultant);
        var executive = await fixture.App.CreateUserAsync("list-executive@example.test", Roles.Executive);
        var zulu = (await fixture.App.CreateAssessmentAsync("Zulu", AssessmentStatus.Open, consultant)).OrganizationId;
        var alpha = (await fixture.App.CreateAssessmentAsync("Alpha", AssessmentStatus.Open, consultant, executive)).OrganizationId;
        var other = (await fixture.App.CreateAssessmentAsync("Mike")).OrganizationId;

        var forConsultant = await ListAsync(consultant);
        var forExecutive = await ListAsync(executive);
        var forAdmin = await ListAsync(admin);

        forConsultant.Should().Equal(new OrganizationSummary(alpha, "Alpha"), new OrganizationSummary(zulu, "Zulu"));
        forExecutive.Should().Equal(new OrganizationSummary(alpha, "Alpha"));
        forAdmin.Select(o => o.Id).Should().Contain([alpha, zulu, other]);
        forAdmin.Select(o => o.Name).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<OrganizationSummary>> ListAsync(ApplicationUser user)
    {
        var principal = await fixture.PrincipalAsync(user);
        return await fixture.RunAsync<ListOrganizations, IReadOnlyList<OrganizationSummary>>(h => h.HandleAsync(principal));
    }
}
