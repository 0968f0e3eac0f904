using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Accounts;

/// <summary>
/// The absolute session lifetime (ASVS 7.3.2): a stolen cookie or refresh token that is kept busy still ends 12 hours
/// after the password was checked. The app's clock is moved by hand.
/// </summary>
public sealed class SessionLifetimeTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly WebApplicationFactory<Program> _host;

    public SessionLifetimeTests() =>
        _host = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));

    private sealed record Tokens(string AccessToken, string RefreshToken);

    private async Task<Tokens> RefreshAsync(string refreshToken, HttpStatusCode expected)
    {
        var response = await _host.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        response.StatusCode.Should().Be(expected, $"at {_clock.GetUtcNow():u}");
        return expected == HttpStatusCode.OK ? (await response.Content.ReadFromJsonAsync<Tokens>())! : new Tokens("", "");
    }

    [Fact]
    public async Task Cookie_KeptBusy_EndsTwelveHoursAfterSignIn()
    {
        await _app.CreateUserAsync("busy-cookie@example.test", Roles.Consultant);
        var browser = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await browser.SignInAsync("busy-cookie@example.test")).ShouldBeRedirect();

        // Used every few hours, so the 8-hour idle timeout never strikes (the cookie is renewed each time).
        foreach (var hours in new[] { 4, 4, 3 })
        {
            _clock.Advance(TimeSpan.FromHours(hours));
            (await browser.GetAsync("/Organizations")).ShouldBeHtml(HttpStatusCode.OK, $"{hours} hours later the session is still in use");
        }

        _clock.Advance(TimeSpan.FromHours(1.5));
        var late = await browser.GetAsync("/Organizations");

        late.ShouldBeRedirect();
        late.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task RefreshChain_EndsTwelveHoursAfterSignIn_AndSoDoesItsAccessToken()
    {
        await _app.CreateUserAsync("busy-token@example.test", Roles.Consultant);
        var login = await _host.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "busy-token@example.test", password = AppFactory.Password });
        var tokens = (await login.Content.ReadFromJsonAsync<Tokens>())!;

        for (var i = 0; i < 23; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(30));
            tokens = await RefreshAsync(tokens.RefreshToken, HttpStatusCode.OK);
        }

        // 11.5 hours in: the last access token is valid for an hour, the session for half an hour more.
        _clock.Advance(TimeSpan.FromMinutes(45));
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        (await client.GetAsync("/api/v1/organizations")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await RefreshAsync(tokens.RefreshToken, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void IsOver_NoSignInTime_IsOver() =>
        SessionLifetime.IsOver(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()), DateTimeOffset.UtcNow).Should().BeTrue();

    public void Dispose()
    {
        _host.Dispose();
        _app.Dispose();
    }
}
