using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Api;

public sealed class OrganizationEndpointsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Post_Consultant_Creates201AndBecomesMember()
    {
        var client = fixture.ClientFor(ApiFixture.ConsultantB);

        var response = await client.PostAsJsonAsync("/api/v1/organizations", new { name = "  Contoso  " });

        response.ShouldBeJson(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<OrganizationBody>();
        created!.Name.Should().Be("Contoso");
        (await client.GetFromJsonAsync<List<OrganizationBody>>("/api/v1/organizations"))!.Select(o => o.Id).Should().Contain(created.Id);
        (await fixture.ClientFor(ApiFixture.ConsultantA).GetFromJsonAsync<List<OrganizationBody>>("/api/v1/organizations"))!
            .Select(o => o.Id).Should().NotContain(created.Id);
    }

    [Theory]
    [InlineData("{}", "name", "Enter the name of the organization.")]
    [InlineData("{\"name\":\"   \"}", "name", "Enter the name of the organization.")]
    [InlineData("{\"name\":42}", "name", "not valid JSON of the expected type")]
    public async Task Post_InvalidName_Returns400(string json, string field, string message)
    {
        var before = await fixture.App.WithDbAsync(db => db.Organizations.CountAsync());

        var problem = await (await fixture.ClientFor(ApiFixture.ConsultantA).PostRawAsync("/api/v1/organizations", json)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors![field].Single().Should().Contain(message);
        (await fixture.App.WithDbAsync(db => db.Organizations.CountAsync())).Should().Be(before);
    }

    [Fact]
    public async Task Post_LongName_Returns400()
    {
        var problem = await (await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync("/api/v1/organizations", new { name = new string('x', 201) }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!["name"].Single().Should().Be("The name is too long.");
    }

    [Fact]
    public async Task Post_Executive_Returns403()
    {
        var response = await fixture.ClientFor(ApiFixture.ExecutiveA).PostAsJsonAsync("/api/v1/organizations", new { name = "Sneaky" });

        (await response.ProblemAsync(HttpStatusCode.Forbidden)).Status.Should().Be(403);
        (await fixture.App.WithDbAsync(db => db.Organizations.AnyAsync(o => o.Name == "Sneaky"))).Should().BeFalse();
    }

    [Fact]
    public async Task PostMember_AdministratorAddsExistingUser_Adds201ThenAnswers200()
    {
        await fixture.App.CreateUserAsync("new.exec@a.example", Roles.Executive);
        var client = fixture.ClientFor(ApiFixture.Admin);

        var first = await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "new.exec@a.example" });
        var again = await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "new.exec@a.example" });

        first.ShouldBeJson(HttpStatusCode.Created);
        var member = await first.Content.ReadFromJsonAsync<MemberBody>();
        first.Headers.Location!.ToString().Should().Be($"/api/v1/organizations/{fixture.OrganizationA}/members/{member!.UserId}");
        again.ShouldBeJson(HttpStatusCode.OK);
        (await fixture.App.WithDbAsync(db => db.OrganizationMembers.CountAsync(m => m.OrganizationId == fixture.OrganizationA && m.User!.Email == "new.exec@a.example")))
            .Should().Be(1);
    }

    [Fact]
    public async Task PostMember_UnknownEmail_Returns202WithTheInvitationLinkAndCreatesNoAccountYet()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA)
            .PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "ghost@example.test" });

        response.ShouldBeJson(HttpStatusCode.Accepted);
        var invited = await response.Content.ReadFromJsonAsync<InvitationBody>();
        invited!.Email.Should().Be("ghost@example.test");
        invited.Mailed.Should().BeFalse("no mail is configured in tests");
        invited.InvitationUrl.Should().StartWith("http://localhost/Account/AcceptInvitation?token=");
        (await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "ghost@example.test"))).Should().BeFalse();
    }

    [Fact]
    public async Task PostMember_PasswordInTheBody_IsIgnoredTheInviteeChoosesTheirOwn()
    {
        // The consultant used to invent the executive's password.
        var response = await fixture.ClientFor(ApiFixture.ConsultantA).PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members",
            new { email = "api.new.exec@a.example", password = "a long password", displayName = "Api Exec" });

        response.ShouldBeJson(HttpStatusCode.Accepted);
        (await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "api.new.exec@a.example"))).Should().BeFalse();
    }

    [Fact]
    public async Task PostMember_ConsultantPullsInAnotherClientsAccounts_SameAnswerAsAnUnknownEmailAndAddsNobody()
    {
        // Enumeration and cross-client pulling through add-member (issue 13): B's consultant and A's executive, as seen
        // by consultant B, answer exactly like an email without an account.
        var client = fixture.ClientFor(ApiFixture.ConsultantB);
        var url = $"/api/v1/organizations/{fixture.OrganizationB}/members";

        var executive = await client.PostAsJsonAsync(url, new { email = ApiFixture.ExecutiveA });
        var consultant = await client.PostAsJsonAsync(url, new { email = ApiFixture.ConsultantA });
        var unknown = await client.PostAsJsonAsync(url, new { email = "nobody.at.all@a.example" });

        foreach (var response in new[] { executive, consultant, unknown })
        {
            response.ShouldBeJson(HttpStatusCode.Accepted);
            response.Headers.Location.Should().BeNull();
            var body = await response.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>();
            body!.Keys.Should().BeEquivalentTo("email", "mailed", "invitationUrl");
            body["mailed"].GetBoolean().Should().BeFalse();
        }

        (await fixture.App.WithDbAsync(db => db.OrganizationMembers.Where(m => m.OrganizationId == fixture.OrganizationB).Select(m => m.User!.Email).ToListAsync()))
            .Should().Equal(ApiFixture.ConsultantB);
    }

    [Fact]
    public async Task DeleteMember_ConsultantRemovesAMember_204ThenGoneAndTheExecutiveLosesAccess()
    {
        var executive = await fixture.App.CreateUserAsync("leaving.exec@a.example", Roles.Executive);
        await fixture.App.WithDbAsync(async db =>
        {
            db.OrganizationMembers.Add(new OrganizationMember { OrganizationId = fixture.OrganizationA, UserId = executive.Id });
            return await db.SaveChangesAsync();
        });
        var executiveClient = fixture.App.CreateBrowser();
        executiveClient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await ApiCalls.LoginAsync(fixture.App.CreateClient(), executive.Email!));
        (await executiveClient.GetAsync($"/api/v1/assessments/{fixture.AssessmentA.Id}")).ShouldBeJson(HttpStatusCode.OK);

        var removed = await fixture.ClientFor(ApiFixture.ConsultantA).DeleteAsync($"/api/v1/organizations/{fixture.OrganizationA}/members/{executive.Id}");
        var again = await fixture.ClientFor(ApiFixture.ConsultantA).DeleteAsync($"/api/v1/organizations/{fixture.OrganizationA}/members/{executive.Id}");

        removed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await again.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
        (await (await executiveClient.GetAsync($"/api/v1/assessments/{fixture.AssessmentA.Id}")).ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
    }

    [Fact]
    public async Task DeleteMember_ExecutiveOrOtherTenant_CannotRemove()
    {
        var executiveAId = (await fixture.App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == ApiFixture.ExecutiveA))).Id;
        var consultantAId = (await fixture.App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == ApiFixture.ConsultantA))).Id;

        var byExecutive = await fixture.ClientFor(ApiFixture.ExecutiveA).DeleteAsync($"/api/v1/organizations/{fixture.OrganizationA}/members/{consultantAId}");
        var byOtherTenant = await fixture.ClientFor(ApiFixture.ConsultantB).DeleteAsync($"/api/v1/organizations/{fixture.OrganizationA}/members/{executiveAId}");
        var self = await fixture.ClientFor(ApiFixture.ConsultantA).DeleteAsync($"/api/v1/organizations/{fixture.OrganizationA}/members/{consultantAId}");

        (await byExecutive.ProblemAsync(HttpStatusCode.Forbidden)).Status.Should().Be(403);
        (await byOtherTenant.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
        (await self.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["userId"].Single().Should().Be("You cannot remove yourself from the organization.");
        (await fixture.App.WithDbAsync(db => db.OrganizationMembers.CountAsync(m => m.OrganizationId == fixture.OrganizationA && (m.UserId == executiveAId || m.UserId == consultantAId))))
            .Should().Be(2);
    }

    [Fact]
    public async Task PostMember_InvalidEmail_Returns400()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA)
            .PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "ghost" });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["email"].Single().Should().Be("Enter a valid email address.");
    }

    [Fact]
    public async Task PostMember_OtherTenantOrUnknownOrganization_Returns404()
    {
        var client = fixture.ClientFor(ApiFixture.ConsultantA);

        var other = await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationB}/members", new { email = ApiFixture.ConsultantA });
        var unknown = await client.PostAsJsonAsync("/api/v1/organizations/999999/members", new { email = ApiFixture.ConsultantA });

        (await other.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
        (await unknown.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
        (await fixture.App.WithDbAsync(db => db.OrganizationMembers.CountAsync(m => m.OrganizationId == fixture.OrganizationB))).Should().Be(1);
    }

    [Fact]
    public async Task PostMember_Executive_Returns403()
    {
        var response = await fixture.ClientFor(ApiFixture.ExecutiveA)
            .PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = ApiFixture.ConsultantB });

        (await response.ProblemAsync(HttpStatusCode.Forbidden)).Status.Should().Be(403);
    }

    public sealed record OrganizationBody(int Id, string Name);

    public sealed record MemberBody(int OrganizationId, string UserId, string Email);

    public sealed record InvitationBody(string Email, bool Mailed, string? InvitationUrl);
}
