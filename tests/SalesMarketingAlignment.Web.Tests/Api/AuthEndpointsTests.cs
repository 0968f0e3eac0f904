using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Api;

public sealed class AuthEndpointsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Login_ValidCredentials_ReturnsBearerTokensThatAuthorizeCalls()
    {
        var client = fixture.App.CreateBrowser();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiFixture.ConsultantA, password = AppFactory.Password });

        response.ShouldBeJson(HttpStatusCode.OK);
        var tokens = await response.Content.ReadFromJsonAsync<ApiCalls.TokenBody>();
        tokens!.TokenType.Should().Be("Bearer");
        tokens.AccessToken.Should().NotBeNullOrEmpty();
        tokens.RefreshToken.Should().NotBeNullOrEmpty();
        tokens.ExpiresIn.Should().BePositive();
        response.Headers.Contains("Set-Cookie").Should().BeFalse("bearer login sets no cookie");

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var organizations = await client.GetFromJsonAsync<List<OrganizationRow>>("/api/v1/organizations");
        organizations!.Select(o => o.Name).Should().Equal("Org A");
    }

    [Fact]
    public async Task Call_WithoutToken_Returns401ProblemNotRedirect()
    {
        var response = await fixture.App.CreateBrowser().GetAsync("/api/v1/organizations");

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        problem.Status.Should().Be(401);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
    }

    [Fact]
    public async Task Call_WithForgedToken_Returns401()
    {
        var client = fixture.App.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-real-token");

        (await (await client.GetAsync("/api/v1/organizations")).ProblemAsync(HttpStatusCode.Unauthorized)).Status.Should().Be(401);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        var response = await fixture.App.CreateBrowser().PostAsJsonAsync("/api/v1/auth/login", new { email = ApiFixture.ConsultantB, password = "wrong password" });

        (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.Should().Be("The email or password is not correct.");
    }

    [Fact]
    public async Task Login_UnknownEmail_Returns401Problem()
    {
        var response = await fixture.App.CreateBrowser().PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.test", password = "whatever1" });

        (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.Should().Be("The email or password is not correct.");
    }

    [Fact]
    public async Task Login_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        await fixture.App.CreateUserAsync("locked@a.example", Roles.Consultant);
        var client = fixture.App.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "locked@a.example", password = "wrong password" }))
                .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "locked@a.example", password = AppFactory.Password });

        // Locked, but answered like a wrong password: "locked" would tell that the account exists.
        (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.Should().Be(SalesMarketingAlignment.Web.Features.Accounts.SignIn.WrongCredentialsText);
        // The address waits, not the account: someone guessing elsewhere cannot lock its owner out (SignInThrottleTests).
        (await fixture.App.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "locked@a.example").LockoutEnd))).Should().BeNull();
    }

    [Theory]
    [InlineData("{\"password\":\"x\"}", "email")]
    [InlineData("{\"email\":\"a@b.c\"}", "password")]
    [InlineData("{\"email\":\"a@b.c\",\"password\":", "body")]
    public async Task Login_InvalidBody_Returns400NamingField(string json, string field)
    {
        var problem = await (await fixture.App.CreateBrowser().PostRawAsync("/api/v1/auth/login", json)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey(field);
    }

    [Fact]
    public async Task Login_UseCookies_SetsSiteCookieThatWorksForApiAndPages()
    {
        var client = fixture.App.CreateBrowser();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = ApiFixture.ExecutiveA, password = AppFactory.Password });

        response.ShouldHaveNoBody(HttpStatusCode.OK, "the cookie is the answer (docs/api.md)");
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        (await client.GetAsync("/api/v1/organizations")).ShouldBeJson(HttpStatusCode.OK);
        (await client.GetAsync($"/Organizations/{fixture.OrganizationA}")).ShouldBeHtml(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refresh_ValidRefreshToken_ReturnsNewTokens()
    {
        var client = fixture.App.CreateBrowser();
        var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = ApiFixture.ConsultantB, password = AppFactory.Password }))
            .Content.ReadFromJsonAsync<ApiCalls.TokenBody>();

        var response = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login!.RefreshToken });

        response.ShouldBeJson(HttpStatusCode.OK);
        var refreshed = await response.Content.ReadFromJsonAsync<ApiCalls.TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed!.AccessToken);
        (await client.GetFromJsonAsync<List<OrganizationRow>>("/api/v1/organizations"))!.Select(o => o.Name).Should().Equal("Org B");
    }

    [Fact]
    public async Task Refresh_GarbageToken_Returns401()
    {
        var response = await fixture.App.CreateBrowser().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "garbage" });

        (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.Should().Contain("refresh token");
    }

    [Fact]
    public async Task Refresh_AccessTokenInsteadOfRefreshToken_Returns401()
    {
        var access = await ApiCalls.LoginAsync(fixture.App.CreateClient(), ApiFixture.ConsultantB);

        var response = await fixture.App.CreateBrowser().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = access });

        (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Status.Should().Be(401);
    }

    [Theory]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/register")]
    [InlineData("/api/v1/register")]
    [InlineData("/api/register")]
    public async Task Register_AnyAddress_IsNotAvailable(string url)
    {
        var client = fixture.App.CreateBrowser();

        var response = await client.PostAsJsonAsync(url, new { email = "intruder@example.test", password = "intruder password" });

        response.StatusCode.Should().NotBe(HttpStatusCode.OK);
        ((int)response.StatusCode).Should().BeInRange(400, 499);
        response.Content.Headers.ContentType?.MediaType.Should().Be(
            url.StartsWith("/api/", StringComparison.Ordinal) ? HttpResponseAssertions.ProblemJson : HttpResponseAssertions.TextHtml,
            "the API answers errors with ProblemDetails, pages with the HTML error page");
        await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "intruder@example.test", password = "intruder password" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "no account was created");
    }

    public sealed record OrganizationRow(int Id, string Name);
}
