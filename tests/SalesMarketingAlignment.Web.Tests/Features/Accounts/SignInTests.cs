using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Accounts;

/// <summary>Sign-in of the Login page and POST /api/v1/auth/login: one lockout rule, one set of messages.</summary>
public sealed class SignInTests(FeatureFixture fixture) : IClassFixture<FeatureFixture>
{
    private async Task<SignIn.Result> SignInAsync(string email, string password)
    {
        using var scope = fixture.App.Services.CreateScope();
        // Outside a request: give the sign-in manager a context for the cookie it writes.
        scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>().Context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return await scope.ServiceProvider.GetRequiredService<SignIn>()
            .HandleAsync(new SignIn.Request { Email = email, Password = password }, IdentityConstants.ApplicationScheme);
    }

    [Fact]
    public async Task HandleAsync_RightPassword_SignsIn()
    {
        await fixture.App.CreateUserAsync("right@example.test", Roles.Consultant);

        (await SignInAsync(" right@example.test ", AppFactory.Password)).Should().BeOfType<SignIn.SignedIn>();
    }

    [Fact]
    public async Task HandleAsync_WrongPasswordOrUnknownEmail_SameMessage()
    {
        await fixture.App.CreateUserAsync("wrong@example.test", Roles.Consultant);

        var wrongPassword = await SignInAsync("wrong@example.test", "not the password");
        var unknownEmail = await SignInAsync("nobody@example.test", "not the password");

        wrongPassword.Should().Be(new SignIn.Rejected(SignIn.WrongCredentialsText));
        unknownEmail.Should().Be(wrongPassword);
    }

    [Fact]
    public async Task HandleAsync_AfterFiveFailures_LockedOutEvenWithTheRightPasswordAndTheMessageIsTheWrongPasswordOne()
    {
        await fixture.App.CreateUserAsync("locked@example.test", Roles.Consultant);
        for (var i = 0; i < 5; i++)
        {
            await SignInAsync("locked@example.test", "wrong " + i);
        }

        var result = await SignInAsync("locked@example.test", AppFactory.Password);

        // The same message as a wrong password or an unknown email: "locked" would tell that the account exists.
        result.Should().Be(new SignIn.Rejected(SignIn.WrongCredentialsText));
        // The email waits from this address only; the account is not locked for everyone (SignInThrottleTests).
        (await fixture.WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByEmailAsync("locked@example.test"))!)))
            .Should().BeFalse();
    }

    [Fact]
    public async Task LockedOut_PageAndApi_ShowTheSameMessage()
    {
        // The page and the API each had their own wording of the lockout.
        await fixture.App.CreateUserAsync("locked-both@example.test", Roles.Consultant);
        var api = fixture.App.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await api.PostAsJsonAsync("/api/v1/auth/login", new { email = "locked-both@example.test", password = "wrong " + i });
        }

        var apiProblem = await (await api.PostAsJsonAsync("/api/v1/auth/login", new { email = "locked-both@example.test", password = AppFactory.Password }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
        var page = await fixture.App.CreateBrowser().SignInAsync("locked-both@example.test");

        apiProblem.Detail.Should().Be(SignIn.WrongCredentialsText);
        (await Html.ParseAsync(page)).Text(".error-summary").Should().Be(apiProblem.Detail);
    }
}
