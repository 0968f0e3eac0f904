using System.Net;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Setup;

public sealed class IndexTests
{
    [Fact]
    public async Task Home_NoAdministrator_RedirectsToSetup()
    {
        using var app = new AppFactory();

        var response = await app.CreateBrowser().GetAsync("/");

        response.ShouldBeRedirect();
        response.Headers.Location!.ToString().Should().Be("/Setup");
    }

    [Fact]
    public async Task Post_FirstRun_CreatesAdministratorAndPageIsGoneAfterwards()
    {
        using var app = new AppFactory();
        var client = app.CreateBrowser();
        var page = await client.GetDocumentAsync("/Setup");
        var latecomer = app.CreateBrowser();
        var latecomerPage = await latecomer.GetDocumentAsync("/Setup");

        var response = await client.PostFormAsync("/Setup", page,
            [new("Input.DisplayName", "Ada Admin"), new("Input.Email", "ada@example.com"), new("Input.Password", "long enough pw")]);

        response.ShouldBeRedirect();
        (await app.WithDbAsync(db => DatabaseStartup.AdministratorExistsAsync(db))).Should().BeTrue();
        (await client.GetAsync("/Setup")).ShouldBeHtml(HttpStatusCode.NotFound);
        var again = await latecomer.PostFormAsync("/Setup", latecomerPage,
            [new("Input.DisplayName", "Mallory"), new("Input.Email", "mallory@example.com"), new("Input.Password", "long enough pw")]);
        again.ShouldBeHtml(HttpStatusCode.NotFound);
        (await app.CreateBrowser().SignInAsync("mallory@example.com", "long enough pw")).ShouldBeHtml(HttpStatusCode.OK, "the second administrator was not created, so sign-in fails on the page");
    }

    [Fact]
    public async Task Post_ShortPassword_ShowsErrorAndCreatesNothing()
    {
        using var app = new AppFactory();
        var client = app.CreateBrowser();
        var page = await client.GetDocumentAsync("/Setup");

        var response = await client.PostFormAsync("/Setup", page,
            [new("Input.DisplayName", "Ada"), new("Input.Email", "ada@example.com"), new("Input.Password", "short")]);

        response.ShouldBeHtml(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).Text("main").Should().Contain("at least 8 characters");
        (await app.WithDbAsync(db => DatabaseStartup.AdministratorExistsAsync(db))).Should().BeFalse();
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        using var app = new AppFactory();
        var client = app.CreateBrowser();

        var response = await client.PostAsync("/Setup", new FormUrlEncodedContent(
            [new("Input.DisplayName", "Eve"), new("Input.Email", "eve@example.com"), new("Input.Password", "long enough pw")]));

        response.ShouldBeHtml(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => DatabaseStartup.AdministratorExistsAsync(db))).Should().BeFalse();
    }

    [Fact]
    public async Task Bootstrap_Configured_CreatesAdministratorAtStartupAndSetupIsGone()
    {
        using var app = new AppFactory(new Dictionary<string, string?>
        {
            ["Bootstrap:AdminEmail"] = "boot@example.com",
            ["Bootstrap:AdminPassword"] = "bootstrap password",
        });
        var client = app.CreateBrowser();

        (await client.GetAsync("/Setup")).ShouldBeHtml(HttpStatusCode.NotFound);
        var signIn = await client.SignInAsync("boot@example.com", "bootstrap password");
        signIn.ShouldBeRedirect();
        (await client.GetAsync("/Admin/Users")).ShouldBeHtml(HttpStatusCode.OK);
        var isAdmin = await app.WithDbAsync(db => Task.FromResult(db.UserRoles.Any(ur =>
            db.Users.Any(u => u.Id == ur.UserId && u.Email == "boot@example.com") && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator))));
        isAdmin.Should().BeTrue();
    }
}
