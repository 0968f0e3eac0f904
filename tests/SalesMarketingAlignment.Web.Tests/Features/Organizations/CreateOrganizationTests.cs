using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Organizations;

namespace SalesMarketingAlignment.Web.Tests.Features.Organizations;

public sealed class CreateOrganizationTests(FeatureFixture fixture) : IClassFixture<FeatureFixture>
{
    private async Task<CreateOrganization.Result> CreateAsync(ApplicationUser user, string name)
    {
        var principal = await fixture.PrincipalAsync(user);
        return await fixture.RunAsync<CreateOrganization, CreateOrganization.Result>(h => h.HandleAsync(new CreateOrganization.Request { Name = name }, principal));
    }

    [Theory]
    [InlineData(Roles.Consultant)]
    [InlineData(Roles.Administrator)]
    public async Task HandleAsync_ConsultantOrAdministrator_CreatesWithTrimmedNameAndCreatorAsMember(string role)
    {
        var creator = await fixture.App.CreateUserAsync($"creator-{role}@example.test", role);

        var result = await CreateAsync(creator, $"  Contoso {role}  ");

        var created = result.Should().BeOfType<CreateOrganization.Created>().Subject;
        created.Name.Should().Be($"Contoso {role}");
        var saved = await fixture.App.WithDbAsync(db => db.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == created.Id));
        saved.Name.Should().Be($"Contoso {role}");
        saved.Members.Select(m => m.UserId).Should().Equal(creator.Id);
    }

    [Fact]
    public async Task HandleAsync_Executive_IsForbiddenAndSavesNothing()
    {
        var executive = await fixture.App.CreateUserAsync("no-create@example.test", Roles.Executive);

        var result = await CreateAsync(executive, "Sneaky Org");

        result.Should().BeOfType<CreateOrganization.Forbidden>();
        (await fixture.App.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Name == "Sneaky Org"))).Should().BeFalse();
    }
}
