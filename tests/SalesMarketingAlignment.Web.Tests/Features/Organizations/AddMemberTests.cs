using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Organizations;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Organizations;

/// <summary>
/// One rule for the AddExecutive page and POST /api/v1/organizations/{id}/members (issue 13): administrators add any
/// account, consultants only the ones they made; any other email is invited, with the same answer whether or not it
/// has an account. Before, a consultant could pull another client's executive in, and the answer told accounts apart.
/// </summary>
public sealed class AddMemberTests(FeatureFixture fixture) : IClassFixture<FeatureFixture>
{
    private async Task<int> NewOrganizationAsync(string name, params ApplicationUser[] members) =>
        (await fixture.App.CreateAssessmentAsync(name, AssessmentStatus.Open, members)).OrganizationId;

    private async Task<AddMember.Result> AddAsync(int organizationId, string email, ApplicationUser caller)
    {
        var principal = await fixture.PrincipalAsync(caller);
        using var scope = fixture.App.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AddMember>()
            .HandleAsync(organizationId, new AddMember.Request { Email = email }, principal, RequestIn(scope.ServiceProvider));
    }

    internal static HttpRequest RequestIn(IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        return context.Request;
    }

    private Task<List<string>> MemberEmailsAsync(int organizationId) =>
        fixture.App.WithDbAsync(db => db.OrganizationMembers.Where(m => m.OrganizationId == organizationId).Select(m => m.User!.Email!).OrderBy(e => e).ToListAsync());

    private static string TokenOf(AddMember.Result result) =>
        new Uri(result.Should().BeOfType<AddMember.Invited>().Subject.Link!).Query.Split("token=")[1];

    [Fact]
    public async Task HandleAsync_ConsultantPullsAnotherClientsExecutive_IsInvitedLikeAnUnknownEmailAndNotAdded()
    {
        // The attack of issue 13: consultant B pulls client A's executive into B's organization to show them B's data
        // (or to learn from the answer that the email has an account).
        var executiveA = await fixture.App.CreateUserAsync("exec-a@a.example", Roles.Executive);
        await NewOrganizationAsync("Client A", executiveA);
        var consultantB = await fixture.App.CreateUserAsync("consultant-b@b.example", Roles.Consultant);
        var organizationB = await NewOrganizationAsync("Client B", consultantB);

        var existing = await AddAsync(organizationB, executiveA.Email!, consultantB);
        var unknown = await AddAsync(organizationB, "nobody@a.example", consultantB);

        existing.Should().BeOfType<AddMember.Invited>().Which.Should().BeEquivalentTo(
            new { Mailed = false }, "the same answer as for an email without an account");
        unknown.Should().BeOfType<AddMember.Invited>().Which.Should().BeEquivalentTo(new { Mailed = false });
        ((AddMember.Invited)existing).Link.Should().StartWith("http://localhost/Account/AcceptInvitation?token=");
        ((AddMember.Invited)unknown).Link.Should().StartWith("http://localhost/Account/AcceptInvitation?token=");
        (await MemberEmailsAsync(organizationB)).Should().Equal("consultant-b@b.example");
        (await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "nobody@a.example"))).Should().BeFalse("the account is made only when the invitation is accepted");
    }

    [Fact]
    public async Task HandleAsync_ConsultantAddsAnotherConsultant_IsInvitedAndNotAdded()
    {
        var other = await fixture.App.CreateUserAsync("other-consultant@c.example", Roles.Consultant);
        var consultant = await fixture.App.CreateUserAsync("mine@c.example", Roles.Consultant);
        var organizationId = await NewOrganizationAsync("Mine C", consultant);

        (await AddAsync(organizationId, other.Email!, consultant)).Should().BeOfType<AddMember.Invited>();

        (await MemberEmailsAsync(organizationId)).Should().Equal("mine@c.example");
    }

    [Fact]
    public async Task HandleAsync_AccountTheConsultantMade_IsAddedAtOnceThenAlreadyMember()
    {
        var consultant = await fixture.App.CreateUserAsync("maker@d.example", Roles.Consultant);
        var executive = await fixture.App.CreateUserAsync("made@d.example", Roles.Executive);
        await fixture.App.WithDbAsync(db => db.Users.Where(u => u.Id == executive.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.CreatedById, consultant.Id)));
        var organizationId = await NewOrganizationAsync("Second client D", consultant);

        var first = await AddAsync(organizationId, "made@d.example", consultant);
        var again = await AddAsync(organizationId, "made@d.example", consultant);

        first.Should().Be(new AddMember.Added(new Member(organizationId, executive.Id, "made@d.example")));
        again.Should().BeOfType<AddMember.AlreadyMember>();
        (await MemberEmailsAsync(organizationId)).Should().Equal("made@d.example", "maker@d.example");
    }

    [Fact]
    public async Task HandleAsync_Administrator_AddsAnyExistingAccount()
    {
        var administrator = await fixture.App.CreateUserAsync("root@e.example", Roles.Administrator);
        var consultant = await fixture.App.CreateUserAsync("anyone@e.example", Roles.Consultant);
        var organizationId = await NewOrganizationAsync("Admin E");

        (await AddAsync(organizationId, consultant.Email!, administrator)).Should().BeOfType<AddMember.Added>();

        (await MemberEmailsAsync(organizationId)).Should().Equal("anyone@e.example");
    }

    [Fact]
    public async Task HandleAsync_Invitation_StoresOnlyAHashOfTheToken()
    {
        var consultant = await fixture.App.CreateUserAsync("hash@f.example", Roles.Consultant);
        var organizationId = await NewOrganizationAsync("Hash F", consultant);

        var token = TokenOf(await AddAsync(organizationId, "invitee@f.example", consultant));

        var stored = await fixture.App.WithDbAsync(db => db.MemberInvitations.SingleAsync(i => i.OrganizationId == organizationId));
        stored.TokenHash.Should().Be(MemberInvitation.HashToken(Uri.UnescapeDataString(token))).And.NotContain(token);
        stored.InvitedById.Should().Be(consultant.Id);
    }

    [Fact]
    public async Task AcceptInvitation_NewEmail_CreatesAnExecutiveMadeByTheInviterOnceOnly()
    {
        var consultant = await fixture.App.CreateUserAsync("inviter@g.example", Roles.Consultant);
        var organizationId = await NewOrganizationAsync("Invite G", consultant);
        var token = Uri.UnescapeDataString(TokenOf(await AddAsync(organizationId, "newcomer@g.example", consultant)));

        var accepted = await AcceptAsync(token, null, new AcceptInvitation.NewAccount { Password = "newcomer's own password", DisplayName = "New Comer" });
        var replayed = await AcceptAsync(token, null, new AcceptInvitation.NewAccount { Password = "attacker's password" });

        accepted.Should().BeOfType<AcceptInvitation.Joined>().Which.AccountCreated.Should().BeTrue();
        replayed.Should().BeOfType<AcceptInvitation.NotValid>();
        (await MemberEmailsAsync(organizationId)).Should().Equal("inviter@g.example", "newcomer@g.example");
        (await fixture.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync("newcomer@g.example"))!;
            return (user.CreatedById, user.DisplayName, await users.IsInRoleAsync(user, Roles.Executive), await users.CheckPasswordAsync(user, "newcomer's own password"));
        })).Should().Be((consultant.Id, "New Comer", true, true));

        // Made by this consultant: from now on added at once to their other organizations.
        var second = await NewOrganizationAsync("Invite G2", consultant);
        (await AddAsync(second, "newcomer@g.example", consultant)).Should().BeOfType<AddMember.Added>();
    }

    [Fact]
    public async Task AcceptInvitation_ExistingAccount_OnlyItsOwnerSignedInJoins()
    {
        var owner = await fixture.App.CreateUserAsync("owner@h.example", Roles.Executive);
        var consultant = await fixture.App.CreateUserAsync("inviter@h.example", Roles.Consultant);
        var organizationId = await NewOrganizationAsync("Invite H", consultant);
        var token = Uri.UnescapeDataString(TokenOf(await AddAsync(organizationId, owner.Email!, consultant)));

        // The consultant holding the link (no mail) cannot take the account over or join it by themselves.
        (await AcceptAsync(token, null, new AcceptInvitation.NewAccount { Password = "the consultant's password" }))
            .Should().BeOfType<AcceptInvitation.SignInFirst>();
        (await AcceptAsync(token, consultant.Id, null)).Should().BeOfType<AcceptInvitation.SignInFirst>();
        (await MemberEmailsAsync(organizationId)).Should().Equal("inviter@h.example");
        (await fixture.WithUsersAsync(users => users.CheckPasswordAsync(owner, AppFactory.Password))).Should().BeTrue();

        (await AcceptAsync(token, owner.Id, null)).Should().BeOfType<AcceptInvitation.Joined>().Which.AccountCreated.Should().BeFalse();
        (await MemberEmailsAsync(organizationId)).Should().Equal("inviter@h.example", "owner@h.example");
    }

    [Fact]
    public async Task AcceptInvitation_Expired_IsNotValid()
    {
        var consultant = await fixture.App.CreateUserAsync("inviter@i.example", Roles.Consultant);
        var organizationId = await NewOrganizationAsync("Invite I", consultant);
        var token = Uri.UnescapeDataString(TokenOf(await AddAsync(organizationId, "late@i.example", consultant)));
        await fixture.App.WithDbAsync(db => db.MemberInvitations.Where(i => i.OrganizationId == organizationId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1))));

        (await AcceptAsync(token, null, new AcceptInvitation.NewAccount { Password = "a long password" })).Should().BeOfType<AcceptInvitation.NotValid>();
        (await AcceptAsync("made-up-token", null, new AcceptInvitation.NewAccount { Password = "a long password" })).Should().BeOfType<AcceptInvitation.NotValid>();
        (await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "late@i.example"))).Should().BeFalse();
    }

    [Fact]
    public async Task RemoveMember_RemovesOthersButNotYourself()
    {
        var consultant = await fixture.App.CreateUserAsync("remover@j.example", Roles.Consultant);
        var executive = await fixture.App.CreateUserAsync("removed@j.example", Roles.Executive);
        var organizationId = await NewOrganizationAsync("Remove J", consultant, executive);

        (await fixture.RunAsync<RemoveMember, RemoveMember.Result>(h => h.HandleAsync(organizationId, consultant.Id, consultant.Id)))
            .Should().BeOfType<RemoveMember.Refused>();
        (await fixture.RunAsync<RemoveMember, RemoveMember.Result>(h => h.HandleAsync(organizationId, executive.Id, consultant.Id)))
            .Should().BeOfType<RemoveMember.Removed>();
        (await fixture.RunAsync<RemoveMember, RemoveMember.Result>(h => h.HandleAsync(organizationId, executive.Id, consultant.Id)))
            .Should().BeOfType<RemoveMember.NotMember>();

        (await MemberEmailsAsync(organizationId)).Should().Equal("remover@j.example");
    }

    private Task<AcceptInvitation.Result> AcceptAsync(string token, string? signedInUserId, AcceptInvitation.NewAccount? account) =>
        fixture.RunAsync<AcceptInvitation, AcceptInvitation.Result>(h => h.HandleAsync(token, signedInUserId, account));
}
