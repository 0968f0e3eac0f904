using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Features.Users;

namespace SalesMarketingAlignment.Web.Tests.Features.Organizations;

/// <summary>
/// One rule for the AddExecutive page and POST /api/v1/organizations/{id}/members. The page used to accept executives
/// only and create missing accounts; the API accepted any existing account and created none.
/// </summary>
public sealed class AddExecutiveTests(FeatureFixture fixture) : IClassFixture<FeatureFixture>
{
    private async Task<int> NewOrganizationAsync(string name, params ApplicationUser[] members) =>
        (await fixture.App.CreateAssessmentAsync(name, AssessmentStatus.Open, members)).OrganizationId;

    private Task<AddExecutive.Result> AddAsync(int organizationId, string email, string? password = null, string? name = null) =>
        fixture.RunAsync<AddExecutive, AddExecutive.Result>(h => h.HandleAsync(organizationId, new AddExecutive.Request { Email = email, Password = password, DisplayName = name }));

    private Task<List<string>> MemberEmailsAsync(int organizationId) =>
        fixture.App.WithDbAsync(db => db.OrganizationMembers.Where(m => m.OrganizationId == organizationId).Select(m => m.User!.Email!).OrderBy(e => e).ToListAsync());

    [Fact]
    public async Task HandleAsync_ExistingExecutive_AddsThenAnswersAlreadyMember()
    {
        var organizationId = await NewOrganizationAsync("Exec Org");
        var executive = await fixture.App.CreateUserAsync("exec1@a.example", Roles.Executive);

        var first = await AddAsync(organizationId, "exec1@a.example");
        var again = await AddAsync(organizationId, "exec1@a.example");

        first.Should().BeOfType<AddExecutive.Added>().Which.Should().Be(new AddExecutive.Added(new Member(organizationId, executive.Id, "exec1@a.example"), AccountCreated: false));
        again.Should().BeOfType<AddExecutive.AlreadyMember>();
        (await MemberEmailsAsync(organizationId)).Should().Equal("exec1@a.example");
    }

    [Fact]
    public async Task HandleAsync_UnknownEmailWithPassword_CreatesTheExecutiveAccountAndAddsIt()
    {
        // What the page did; the API now does it too.
        var organizationId = await NewOrganizationAsync("New Exec Org");

        var result = await AddAsync(organizationId, "fresh@a.example", "a long password", "Fresh Face");

        result.Should().BeOfType<AddExecutive.Added>().Which.AccountCreated.Should().BeTrue();
        (await MemberEmailsAsync(organizationId)).Should().Equal("fresh@a.example");
        (await fixture.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync("fresh@a.example"))!;
            return (user.DisplayName, await users.IsInRoleAsync(user, Roles.Executive), await users.CheckPasswordAsync(user, "a long password"));
        })).Should().Be(("Fresh Face", true, true));
    }

    [Fact]
    public async Task HandleAsync_ExistingExecutiveWithPassword_AddsWithoutTouchingTheAccount()
    {
        var organizationId = await NewOrganizationAsync("Quiet Org");
        await fixture.App.CreateUserAsync("exec2@a.example", Roles.Executive);

        var result = await AddAsync(organizationId, "exec2@a.example", "an attacker's password", "Renamed");

        result.Should().BeOfType<AddExecutive.Added>().Which.AccountCreated.Should().BeFalse("the status is the same as for a new account, but nothing about the account changes");
        (await fixture.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync("exec2@a.example"))!;
            return (user.DisplayName, await users.CheckPasswordAsync(user, Infrastructure.AppFactory.Password));
        })).Should().Be(("exec2", true));
    }

    [Fact]
    public async Task HandleAsync_UnknownEmailWithoutPassword_RefusesAndCreatesNothing()
    {
        var organizationId = await NewOrganizationAsync("Ghost Org");

        var result = await AddAsync(organizationId, "ghost@a.example");

        result.Should().BeOfType<AddExecutive.NoExecutiveAccount>().Which.Message.Should().Be(AddExecutive.NoExecutiveAccountText);
        (await MemberEmailsAsync(organizationId)).Should().BeEmpty();
        (await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "ghost@a.example"))).Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("a long password")]
    public async Task HandleAsync_ConsultantOfAnotherClient_IsNotPulledInAndTheAnswerIsTheUnknownEmailOne(string? password)
    {
        // The API used to add any existing account, so a consultant could join another client's consultant to theirs.
        var consultant = await fixture.App.CreateUserAsync($"other-consultant-{password is null}@b.example", Roles.Consultant);
        await NewOrganizationAsync($"Their Org {password is null}", consultant);
        var organizationId = await NewOrganizationAsync($"My Org {password is null}");

        var result = await AddAsync(organizationId, consultant.Email!, password);

        result.Should().Be(await AddAsync(organizationId, $"nobody-{password is null}@b.example"), "an account with another role answers exactly as an email without an account");
        (await MemberEmailsAsync(organizationId)).Should().BeEmpty();
        (await fixture.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(consultant.Email!))!;
            return (await users.IsInRoleAsync(user, Roles.Consultant), await users.CheckPasswordAsync(user, Infrastructure.AppFactory.Password));
        })).Should().Be((true, true));
    }

    [Fact]
    public async Task HandleAsync_MemberWithAnotherRole_AnswersAlreadyMemberAndChangesNothing()
    {
        var consultant = await fixture.App.CreateUserAsync("own-consultant@a.example", Roles.Consultant);
        var organizationId = await NewOrganizationAsync("Own Org", consultant);

        var result = await AddAsync(organizationId, "own-consultant@a.example");

        result.Should().Be(new AddExecutive.AlreadyMember(new Member(organizationId, consultant.Id, "own-consultant@a.example")));
        (await MemberEmailsAsync(organizationId)).Should().Equal("own-consultant@a.example");
    }

    [Fact]
    public async Task HandleAsync_NewAccountWithPasswordUnderTheRule_ReportsThePasswordAndAddsNobody()
    {
        var organizationId = await NewOrganizationAsync("Short Org");

        var result = await AddAsync(organizationId, "short@a.example", new string('x', PasswordRule.MinimumLength - 1));

        result.Should().BeOfType<AddExecutive.Invalid>().Which.Errors.Keys.Should().Equal(nameof(AddExecutive.Request.Password));
        (await MemberEmailsAsync(organizationId)).Should().BeEmpty();
    }
}
