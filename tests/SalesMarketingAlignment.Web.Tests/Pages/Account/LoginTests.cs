using System.Net;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Account;

public sealed class LoginTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    [Fact]
    public async Task Post_CorrectPassword_SignsInAndRedirects()
    {
        await _app.CreateUserAsync("carla@example.com", Roles.Consultant);
        var client = _app.CreateBrowser();

        var response = await client.SignInAsync("carla@example.com");

        response.ShouldBeRedirect();
        (await client.GetAsync("/Organizations")).ShouldBeHtml(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksOutEvenTheRightPassword()
    {
        await _app.CreateUserAsync("lock@example.com", Roles.Consultant);
        var client = _app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.SignInAsync("lock@example.com", "wrong password " + i);
            wrong.ShouldBeHtml(HttpStatusCode.OK);
        }

        var response = await client.SignInAsync("lock@example.com");

        response.ShouldBeHtml(HttpStatusCode.OK);
        // Locked, but answered like a wrong password: "locked" would tell that the account exists.
        (await Html.ParseAsync(response)).Text(".error-summary").Should().Be(SalesMarketingAlignment.Web.Features.Accounts.SignIn.WrongCredentialsText);
        // This email from this address waits a minute; the account itself is not locked (SignInThrottleTests).
        var lockoutEnd = await _app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "lock@example.com").LockoutEnd));
        lockoutEnd.Should().BeNull();
    }

    [Fact]
    public async Task Post_RightPassword_SetsAnHttpOnlyLaxSessionCookie()
    {
        await _app.CreateUserAsync("cookie@example.com", Roles.Consultant);

        var response = await _app.CreateBrowser().SignInAsync("cookie@example.com");

        response.ShouldBeRedirect();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        cookie.Should().ContainEquivalentOf("httponly").And.ContainEquivalentOf("samesite=lax");
    }

    [Fact]
    public async Task Post_UnknownEmail_ShowsGenericError()
    {
        var response = await _app.CreateBrowser().SignInAsync("nobody@example.com");

        response.ShouldBeHtml(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).Text("main").Should().Contain("The email or password is not correct.");
    }

    [Fact]
    public async Task Get_Organizations_Anonymous_RedirectsToLogin()
    {
        var response = await _app.CreateBrowser().GetAsync("/Organizations");

        response.ShouldBeRedirect();
        response.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Theory]
    [InlineData("/register")]
    [InlineData("/Account/Register")]
    [InlineData("/Identity/Account/Register")]
    public async Task Get_RegistrationAddress_DoesNotExist(string url)
    {
        (await _app.CreateBrowser().GetAsync(url)).ShouldBeHtml(HttpStatusCode.NotFound);
        var post = await _app.CreateBrowser().PostAsync(url, new StringContent("{}"));
        post.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        post.ShouldBeHtml(post.StatusCode);
    }

    [Fact]
    public async Task Admin_CreateUserPage_ConsultantGets403AndAdministratorCreatesUser()
    {
        await _app.CreateUserAsync("admin@example.com", Roles.Administrator);
        await _app.CreateUserAsync("consult@example.com", Roles.Consultant);
        var consultant = _app.CreateBrowser();
        await consultant.SignInAsync("consult@example.com");
        var denied = await consultant.GetAsync("/Admin/Users");
        denied.StatusCode.Should().BeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (denied.StatusCode == HttpStatusCode.Redirect)
        {
            denied.Headers.Location!.ToString().Should().Contain("AccessDenied");
        }
        else
        {
            denied.ShouldBeHtml(HttpStatusCode.Forbidden);
        }

        var admin = _app.CreateBrowser();
        await admin.SignInAsync("admin@example.com");
        var page = await admin.GetDocumentAsync("/Admin/Users");
        var created = await admin.PostFormAsync("/Admin/Users", page,
            [new("Input.DisplayName", "Eddie"), new("Input.Email", "eddie@example.com"), new("Input.Password", "12345678"), new("Input.Role", Roles.Executive)]);
        created.ShouldBeRedirect();
        (await _app.CreateBrowser().SignInAsync("eddie@example.com", "12345678")).ShouldBeRedirect(because: "8 characters without composition rules are enough");

        var badRole = await admin.PostFormAsync("/Admin/Users", page,
            [new("Input.DisplayName", "X"), new("Input.Email", "x@example.com"), new("Input.Password", "12345678"), new("Input.Role", "Overlord")]);
        badRole.ShouldBeHtml(HttpStatusCode.OK);
        (await Html.ParseAsync(badRole)).Text("main").Should().Contain("The role must be one of: Administrator, Consultant, Executive.");
    }

    [Fact]
    public async Task Logout_FormInLayout_SignsOut()
    {
        await _app.CreateUserAsync("carla@example.com", Roles.Consultant);
        var client = _app.CreateBrowser();
        await client.SignInAsync("carla@example.com");
        var page = await client.GetDocumentAsync("/Organizations");

        var response = await client.PostFormAsync("/Account/Logout", page, [], "header form[action='/Account/Logout']");

        response.ShouldBeRedirect();
        (await client.GetAsync("/Organizations")).ShouldBeRedirect(because: "signed out: back to the sign-in page");
    }

    [Fact]
    public async Task Language_FormInLayout_SwitchesTheHtmlLanguage()
    {
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync("/Account/Login");

        var response = await client.PostFormAsync("/Language", page, [new("culture", "nl"), new("returnUrl", "/Account/Login")], "header form[action='/Language']");

        response.ShouldBeRedirect();
        (await client.GetDocumentAsync("/Account/Login")).DocumentElement.GetAttribute("lang").Should().Be("nl");
    }
}
