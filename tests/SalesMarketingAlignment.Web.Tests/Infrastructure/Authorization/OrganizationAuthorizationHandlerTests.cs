using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure.Authorization;

/// <summary>One organization with a consultant and an executive as members; strangers of each role outside it.</summary>
public sealed class OrganizationAuthorizationFixture : IAsyncLifetime
{
    public AppFactory App { get; } = new();

    public int OrganizationId { get; private set; }

    public string ConsultantId { get; private set; } = "";

    public string ExecutiveId { get; private set; } = "";

    public string OtherConsultantId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var consultant = await App.CreateUserAsync("member-consultant@example.test", Roles.Consultant);
        var executive = await App.CreateUserAsync("member-executive@example.test", Roles.Executive);
        var other = await App.CreateUserAsync("other-consultant@example.test", Roles.Consultant);
        var assessment = await App.CreateAssessmentAsync("Authorized Ltd", AssessmentStatus.Open, consultant, executive);
        (OrganizationId, ConsultantId, ExecutiveId, OtherConsultantId) = (assessment.OrganizationId, consultant.Id, executive.Id, other.Id);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class OrganizationAuthorizationHandlerTests(OrganizationAuthorizationFixture fixture) : IClassFixture<OrganizationAuthorizationFixture>
{
    private static ClaimsPrincipal Principal(string userId, params string[] roles) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));

    private async Task<(bool Read, bool Change)> AuthorizeAsync(ClaimsPrincipal user, int organizationId)
    {
        using var scope = fixture.App.Services.CreateScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var resource = new OrganizationResource(organizationId);
        return ((await authorization.AuthorizeAsync(user, resource, OrganizationPolicies.CanRead)).Succeeded,
            (await authorization.AuthorizeAsync(user, resource, OrganizationPolicies.CanChange)).Succeeded);
    }

    [Fact]
    public async Task Authorize_ConsultantMember_MayReadAndChange()
    {
        var result = await AuthorizeAsync(Principal(fixture.ConsultantId, Roles.Consultant), fixture.OrganizationId);

        result.Should().Be((true, true));
    }

    [Fact]
    public async Task Authorize_ExecutiveMember_MayOnlyRead()
    {
        var result = await AuthorizeAsync(Principal(fixture.ExecutiveId, Roles.Executive), fixture.OrganizationId);

        result.Should().Be((true, false));
    }

    [Fact]
    public async Task Authorize_ConsultantOfAnotherClient_GetsNothing()
    {
        var result = await AuthorizeAsync(Principal(fixture.OtherConsultantId, Roles.Consultant), fixture.OrganizationId);

        result.Should().Be((false, false));
    }

    [Fact]
    public async Task Authorize_MemberWithoutRole_GetsNothing()
    {
        // Membership alone is not enough: an account whose role was taken away reads nothing.
        var result = await AuthorizeAsync(Principal(fixture.ExecutiveId), fixture.OrganizationId);

        result.Should().Be((false, false));
    }

    [Fact]
    public async Task Authorize_AdministratorWithoutMembership_MayReadAndChange()
    {
        var result = await AuthorizeAsync(Principal("not-a-member", Roles.Administrator), fixture.OrganizationId);

        result.Should().Be((true, true));
    }

    [Fact]
    public async Task Authorize_AdministratorOnMissingOrganization_GetsNothing()
    {
        var result = await AuthorizeAsync(Principal("not-a-member", Roles.Administrator), int.MaxValue);

        result.Should().Be((false, false));
    }

    [Fact]
    public async Task Authorize_AnonymousCaller_GetsNothing()
    {
        var result = await AuthorizeAsync(new ClaimsPrincipal(new ClaimsIdentity()), fixture.OrganizationId);

        result.Should().Be((false, false));
    }

    [Theory]
    [InlineData("GET", false)]
    [InlineData("HEAD", false)]
    [InlineData("OPTIONS", false)]
    [InlineData("TRACE", false)]
    [InlineData("POST", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("PATCH", true)]
    public void Changes_ByMethod_OnlyUnsafeMethodsChange(string method, bool changes) =>
        OrganizationAuthorizer.Changes(method).Should().Be(changes);
}
