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
    public async Task PostMember_ExistingUser_Adds201ThenAnswers200()
    {
        await fixture.App.CreateUserAsync("new.exec@a.example", Roles.Executive);
        var client = fixture.ClientFor(ApiFixture.ConsultantA);

        var first = await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "new.exec@a.example" });
        var again = await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "new.exec@a.example" });

        first.ShouldBeJson(HttpStatusCode.Created);
        again.ShouldBeJson(HttpStatusCode.OK);
        (await fixture.App.WithDbAsync(db => db.OrganizationMembers.CountAsync(m => m.OrganizationId == fixture.OrganizationA && m.User!.Email == "new.exec@a.example")))
            .Should().Be(1);
    }

    [Fact]
    public async Task PostMember_UnknownEmail_Returns400()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA)
            .PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "ghost@example.test" });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["email"].Single().Should().Contain("no account");
    }

    [Fact]
    public async Task PostMember_UnknownEmailWithPassword_CreatesExecutive201()
    {
        var client = fixture.ClientFor(ApiFixture.ConsultantA);

        var response = await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members",
            new { email = "api.new.exec@a.example", password = "a long password", displayName = "Api Exec" });

        response.ShouldBeJson(HttpStatusCode.Created);
        var member = await response.Content.ReadFromJsonAsync<MemberBody>();
        member!.Email.Should().Be("api.new.exec@a.example");
        response.Headers.Location!.ToString().Should().Be($"/api/v1/organizations/{fixture.OrganizationA}/members/{member.UserId}");
        (await ApiCalls.LoginAsync(fixture.App.CreateClient(), "api.new.exec@a.example", "a long password")).Should().NotBeEmpty();
        (await fixture.App.WithDbAsync(db => db.UserRoles.AnyAsync(ur => ur.UserId == member.UserId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Executive))))
            .Should().BeTrue();
    }

    [Fact]
    public async Task PostMember_ConsultantOfAnotherOrganization_Returns400LikeAnUnknownEmailAndAddsNobody()
    {
        var client = fixture.ClientFor(ApiFixture.ConsultantA);

        var consultant = await (await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = ApiFixture.ConsultantB }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await client.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "nobody.at.all@b.example" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        consultant.Errors.Should().BeEquivalentTo(unknown.Errors);
        (await fixture.App.WithDbAsync(db => db.OrganizationMembers.AnyAsync(m => m.OrganizationId == fixture.OrganizationA && m.User!.Email == ApiFixture.ConsultantB)))
            .Should().BeFalse();
    }

    [Fact]
    public async Task PostMember_ShortPasswordForNewAccount_Returns400OnPassword()
    {
        var response = await fixture.ClientFor(ApiFixture.ConsultantA)
            .PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members", new { email = "short.exec@a.example", password = "short" });

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["password"].Single().Should().Be("The password must have at least 8 characters.");
        (await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "short.exec@a.example"))).Should().BeFalse();
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
}
