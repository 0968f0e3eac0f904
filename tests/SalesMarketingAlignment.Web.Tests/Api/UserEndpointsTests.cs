using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Api;

public sealed class UserEndpointsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Post_Administrator_Creates201AccountThatCanSignIn()
    {
        var response = await fixture.ClientFor(ApiFixture.Admin).PostAsJsonAsync("/api/v1/users",
            new { email = "new.consultant@example.test", password = "a long password", role = "Consultant" });

        response.ShouldBeJson(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<CreatedUserBody>();
        using var scope = fixture.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(created!.Id);
        user!.Email.Should().Be("new.consultant@example.test");
        (await users.IsInRoleAsync(user, Roles.Consultant)).Should().BeTrue();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/users/{created.Id}");
        (await ApiCalls.LoginAsync(fixture.App.CreateClient(), "new.consultant@example.test", "a long password")).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("{\"email\":\"x@example.test\",\"password\":\"a long password\",\"role\":\"Superuser\"}", "role", "The role must be one of: Administrator, Consultant, Executive.")]
    [InlineData("{\"email\":\"x@example.test\",\"password\":\"a long password\"}", "role", "Choose one of the roles.")]
    [InlineData("{\"email\":\"not-an-email\",\"password\":\"a long password\",\"role\":\"Consultant\"}", "email", "Enter a valid email address.")]
    [InlineData("{\"password\":\"a long password\",\"role\":\"Consultant\"}", "email", "Enter an email.")]
    [InlineData("{\"email\":\"x@example.test\",\"password\":\"short\",\"role\":\"Consultant\"}", "password", "The password must have at least 8 characters.")]
    [InlineData("{\"email\":\"x@example.test\",\"role\":\"Consultant\"}", "password", "Enter a password.")]
    [InlineData("{\"email\":\"x@example.test\",\"password\":\"a long password\",\"role\":\"Consultant\",\"displayName\":7}", "displayName", "not valid JSON of the expected type")]
    public async Task Post_InvalidInput_Returns400WithFieldError(string json, string field, string message)
    {
        var response = await fixture.ClientFor(ApiFixture.Admin).PostRawAsync("/api/v1/users", json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors![field].Should().ContainSingle().Which.Should().Contain(message);
        using var scope = fixture.App.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync("x@example.test")).Should().BeNull();
    }

    [Fact]
    public async Task Post_DuplicateEmail_Returns409()
    {
        var response = await fixture.ClientFor(ApiFixture.Admin).PostAsJsonAsync("/api/v1/users",
            new { email = ApiFixture.ConsultantA, password = "a long password", role = "Executive" });

        (await response.ProblemAsync(HttpStatusCode.Conflict)).Detail.Should().Contain("already exists");
    }

    [Theory]
    [InlineData(ApiFixture.ConsultantA)]
    [InlineData(ApiFixture.ExecutiveA)]
    public async Task Post_NotAdministrator_Returns403(string caller)
    {
        var response = await fixture.ClientFor(caller).PostAsJsonAsync("/api/v1/users",
            new { email = "sneaky@example.test", password = "a long password", role = "Administrator" });

        (await response.ProblemAsync(HttpStatusCode.Forbidden)).Status.Should().Be(403);
    }

    public sealed record CreatedUserBody(string Id, string Email, string Role);
}
