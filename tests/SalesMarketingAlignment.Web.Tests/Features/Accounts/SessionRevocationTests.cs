using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Accounts;

/// <summary>
/// Issue 13, as the attacker holding a stolen cookie, access token or refresh token: a refresh token was reused twice
/// and still refreshed, an access token stayed valid on a locked account, a replayed cookie worked after logout.
/// Now disabling, a password change, a reset and a sign-out end every session at once, and a refresh token works once.
/// </summary>
public sealed class SessionRevocationTests(FeatureFixture fixture) : IClassFixture<FeatureFixture>
{
    private AppFactory App => fixture.App;

    private sealed record Tokens(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    private async Task<Tokens> LoginAsync(string email, string password = AppFactory.Password)
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{email} signs in");
        return (await response.Content.ReadFromJsonAsync<Tokens>())!;
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        App.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private async Task<HttpStatusCode> CallWithTokenAsync(string accessToken)
    {
        var client = App.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return (await client.GetAsync("/api/v1/organizations")).StatusCode;
    }

    private async Task<HttpClient> CookieBrowserAsync(string email, string password = AppFactory.Password)
    {
        var browser = App.CreateBrowser();
        (await browser.SignInAsync(email, password)).ShouldBeRedirect();
        (await browser.GetAsync("/Organizations")).ShouldBeHtml(HttpStatusCode.OK);
        return browser;
    }

    /// <summary>The Identity cookie as an attacker copies it from a browser: replayed in a client of their own.</summary>
    private static async Task<string> StolenCookieAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/Account/Logout");
        return response.RequestMessage!.Headers.GetValues("Cookie").Single();
    }

    private async Task<HttpResponseMessage> ReplayCookieAsync(string cookie)
    {
        var attacker = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Organizations");
        request.Headers.Add("Cookie", cookie);
        return await attacker.SendAsync(request);
    }

    [Fact]
    public async Task Refresh_ReplayedRefreshToken_IsRefusedAndEndsItsWholeFamily()
    {
        await App.CreateUserAsync("replay@example.test", Roles.Consultant);
        var stolen = await LoginAsync("replay@example.test");
        var otherDevice = await LoginAsync("replay@example.test");

        // The owner refreshes; the thief later replays the same (used) token.
        var ownersNext = (await (await RefreshAsync(stolen.RefreshToken)).Content.ReadFromJsonAsync<Tokens>())!;
        var replay = await RefreshAsync(stolen.RefreshToken);

        (await replay.ProblemAsync(HttpStatusCode.Unauthorized)).Status.Should().Be(401);
        (await RefreshAsync(ownersNext.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a replay ends every token descending from that sign-in");
        (await RefreshAsync(otherDevice.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK, "another sign-in is another family");
    }

    [Fact]
    public async Task Refresh_EachTokenWorksOnce_AndTheNextOneWorks()
    {
        await App.CreateUserAsync("rotate@example.test", Roles.Consultant);
        var first = await LoginAsync("rotate@example.test");

        var second = (await (await RefreshAsync(first.RefreshToken)).Content.ReadFromJsonAsync<Tokens>())!;
        var third = await RefreshAsync(second.RefreshToken);

        third.StatusCode.Should().Be(HttpStatusCode.OK);
        second.RefreshToken.Should().NotBe(first.RefreshToken);
        (await CallWithTokenAsync(second.AccessToken)).Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Login_DropsTheUsersExpiredGrants_KeepsTheLiveOnes()
    {
        var user = await App.CreateUserAsync("pruned@example.test", Roles.Consultant);
        var old = await LoginAsync("pruned@example.test");
        await App.WithDbAsync(db => db.RefreshTokenGrants.Where(g => g.UserId == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.ExpiresAtUtc, DateTime.UtcNow.AddDays(-1))));
        var live = await LoginAsync("pruned@example.test");
        await LoginAsync("pruned@example.test");

        (await App.WithDbAsync(db => db.RefreshTokenGrants.CountAsync(g => g.UserId == user.Id))).Should().Be(2);
        (await RefreshAsync(old.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await RefreshAsync(live.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Disable_EndsCookieAccessTokenAndRefreshTokenAtOnce_AndSignInIsRefusedUntilEnabled()
    {
        var admin = await App.CreateUserAsync("disabler@example.test", Roles.Administrator);
        var user = await App.CreateUserAsync("disabled@example.test", Roles.Consultant);
        var browser = await CookieBrowserAsync("disabled@example.test");
        var cookie = await StolenCookieAsync(browser);
        var tokens = await LoginAsync("disabled@example.test");
        (await CallWithTokenAsync(tokens.AccessToken)).Should().Be(HttpStatusCode.OK);

        (await fixture.RunAsync<SetUserDisabled, SetUserDisabled.Result>(h => h.HandleAsync(user.Id, true, admin.Id))).Should().BeOfType<SetUserDisabled.Done>();

        (await CallWithTokenAsync(tokens.AccessToken)).Should().Be(HttpStatusCode.Unauthorized, "the access token of a disabled account");
        (await RefreshAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var page = await browser.GetAsync("/Organizations");
        page.ShouldBeRedirect();
        page.Headers.Location!.ToString().Should().Contain("/Account/Login");
        (await ReplayCookieAsync(cookie)).ShouldBeRedirect();
        (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "disabled@example.test", password = AppFactory.Password }))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        await fixture.RunAsync<SetUserDisabled, SetUserDisabled.Result>(h => h.HandleAsync(user.Id, false, admin.Id));
        (await CallWithTokenAsync((await LoginAsync("disabled@example.test")).AccessToken)).Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Disable_OwnAccount_IsRefused()
    {
        var admin = await App.CreateUserAsync("self-disable@example.test", Roles.Administrator);

        (await fixture.RunAsync<SetUserDisabled, SetUserDisabled.Result>(h => h.HandleAsync(admin.Id, true, admin.Id)))
            .Should().BeOfType<SetUserDisabled.Refused>();
    }

    [Fact]
    public async Task ChangePassword_EndsOtherSessionsAndTokens_ThisBrowserStaysSignedIn()
    {
        await App.CreateUserAsync("changer@example.test", Roles.Consultant);
        var here = await CookieBrowserAsync("changer@example.test");
        var elsewhere = await CookieBrowserAsync("changer@example.test");
        var stolenCookie = await StolenCookieAsync(elsewhere);
        var tokens = await LoginAsync("changer@example.test");

        var form = await here.GetDocumentAsync("/Account/ChangePassword");
        var response = await here.PostFormAsync("/Account/ChangePassword", form,
            [new("Input.CurrentPassword", AppFactory.Password), new("Input.NewPassword", "a brand new passphrase")]);

        response.ShouldBeRedirect();
        (await here.GetAsync("/Organizations")).ShouldBeHtml(HttpStatusCode.OK);
        (await elsewhere.GetAsync("/Organizations")).ShouldBeRedirect();
        (await ReplayCookieAsync(stolenCookie)).ShouldBeRedirect();
        (await CallWithTokenAsync(tokens.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
        (await RefreshAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await LoginAsync("changer@example.test", "a brand new passphrase");
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ChangesNothing()
    {
        await App.CreateUserAsync("wrong-current@example.test", Roles.Consultant);
        var browser = await CookieBrowserAsync("wrong-current@example.test");
        var tokens = await LoginAsync("wrong-current@example.test");

        var form = await browser.GetDocumentAsync("/Account/ChangePassword");
        var response = await browser.PostFormAsync("/Account/ChangePassword", form,
            [new("Input.CurrentPassword", "not my password"), new("Input.NewPassword", "an attacker's passphrase")]);

        response.ShouldBeHtml(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).Text("main").Should().Contain(ChangePassword.WrongCurrentText);
        (await CallWithTokenAsync(tokens.AccessToken)).Should().Be(HttpStatusCode.OK);
        await LoginAsync("wrong-current@example.test");
    }

    [Fact]
    public async Task Logout_ReplayedCookieAndTheTokensOfThatUserStopWorking()
    {
        await App.CreateUserAsync("leaver@example.test", Roles.Consultant);
        var browser = await CookieBrowserAsync("leaver@example.test");
        var cookie = await StolenCookieAsync(browser);
        var tokens = await LoginAsync("leaver@example.test");
        var logoutPage = await browser.GetDocumentAsync("/Account/Logout");

        (await browser.PostFormAsync("/Account/Logout", logoutPage, [])).ShouldBeRedirect();

        var replayed = await ReplayCookieAsync(cookie);
        replayed.ShouldBeRedirect();
        replayed.Headers.Location!.ToString().Should().Contain("/Account/Login");
        (await CallWithTokenAsync(tokens.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
        (await RefreshAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiLogout_EndsTheAccessAndRefreshTokens()
    {
        await App.CreateUserAsync("api-leaver@example.test", Roles.Executive);
        var tokens = await LoginAsync("api-leaver@example.test");
        var client = App.CreateBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        (await client.PostAsync("/api/v1" + AuthEndpoints.LogoutRoute, null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await CallWithTokenAsync(tokens.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
        (await RefreshAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ResetLink_SetsThePasswordOnceAndEndsEverySession()
    {
        var admin = await App.CreateUserAsync("resetter@example.test", Roles.Administrator);
        var user = await App.CreateUserAsync("forgetful@example.test", Roles.Consultant);
        var tokens = await LoginAsync("forgetful@example.test");
        string link;
        using (var scope = App.Services.CreateScope())
        {
            link = (await scope.ServiceProvider.GetRequiredService<PasswordReset>()
                .IssueLinkAsync(AddressOf(scope.ServiceProvider), user.Id, admin.Id))!;
        }

        var path = new Uri(link).PathAndQuery;
        var visitor = App.CreateBrowser();
        var form = await visitor.GetDocumentAsync(path);
        (await visitor.PostFormAsync(path, form, [new("Input.NewPassword", "remembered at last")])).ShouldBeRedirect();

        (await CallWithTokenAsync(tokens.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
        (await RefreshAsync(tokens.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await LoginAsync("forgetful@example.test", "remembered at last");

        // The link again: its token was bound to the old security stamp.
        var again = await visitor.PostFormAsync(path, form, [new("Input.NewPassword", "an attacker's choice")]);
        (await Html.ParseAsync(again)).Text("main").Should().Contain(PasswordReset.InvalidLinkText);
        await LoginAsync("forgetful@example.test", "remembered at last");
    }

    private static HttpRequest AddressOf(IServiceProvider services)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        return context.Request;
    }
}
