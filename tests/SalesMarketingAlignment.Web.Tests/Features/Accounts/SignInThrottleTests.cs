using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Accounts;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Accounts;

/// <summary>
/// Lockout that an attacker cannot turn against the user (issue 13: "anyone can lock any account"): wrong passwords
/// slow down the email from the address they came from, with growing delays, and never the account for everyone.
/// </summary>
public sealed class SignInThrottleTests : IDisposable
{
    private const string Attacker = "198.51.100.66";
    private const string Owner = "203.0.113.10";

    private readonly AppFactory _app = new(new Dictionary<string, string?> { ["Api:AnonymousPermitsPerMinute"] = "1000000" });
    private readonly WebApplicationFactory<Program> _host;

    public SignInThrottleTests() =>
        _host = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>()));

    private async Task<HttpStatusCode> LoginFromAsync(string address, string email, string password)
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password })).StatusCode;
    }

    [Fact]
    public async Task Login_AttackerGuessesFromTheirAddress_OwnerStillSignsInFromTheirs()
    {
        using (var scope = _host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            await Web.Infrastructure.DatabaseStartup.CreateUserAsync(users, "victim@example.test", "victim", AppFactory.Password, Roles.Consultant);
        }

        for (var i = 0; i < 20; i++)
        {
            (await LoginFromAsync(Attacker, "victim@example.test", "guess " + i)).Should().Be(HttpStatusCode.Unauthorized);
        }

        (await LoginFromAsync(Attacker, "victim@example.test", AppFactory.Password)).Should().Be(HttpStatusCode.Unauthorized, "the attacker's address waits, even with the right password");
        (await LoginFromAsync(Owner, "victim@example.test", AppFactory.Password)).Should().Be(HttpStatusCode.OK, "the owner is not locked out");
        var throttle = _host.Services.GetRequiredService<SignInThrottle>();
        throttle.WaitFor("victim@example.test", Attacker).Should().BePositive();
        throttle.WaitFor("VICTIM@example.test ", Attacker).Should().BePositive("the email is compared as typed, trimmed and in any case");
        throttle.WaitFor("victim@example.test", Owner).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void RecordFailure_DelaysGrowAfterEachWaitAndAreCapped()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        var throttle = new SignInThrottle(clock);
        for (var i = 1; i < SignInThrottle.FreeFailures; i++)
        {
            throttle.RecordFailure("a@example.test", Attacker).Should().BeFalse($"failure {i} is free");
        }

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 9; i++)
        {
            throttle.RecordFailure("a@example.test", Attacker).Should().BeTrue();
            var wait = throttle.WaitFor("a@example.test", Attacker);
            waits.Add(wait);
            clock.Advance(wait);
        }

        waits.Select(w => w.TotalMinutes).Should().Equal(1, 2, 4, 8, 16, 32, 60, 60, 60);
    }

    [Fact]
    public void RecordSuccess_ClearsOnlyThatAddress_AndOldFailuresAreForgotten()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        var throttle = new SignInThrottle(clock);
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            throttle.RecordFailure("b@example.test", Attacker);
            throttle.RecordFailure("b@example.test", Owner);
        }

        throttle.RecordSuccess("b@example.test", Owner);

        throttle.WaitFor("b@example.test", Owner).Should().Be(TimeSpan.Zero);
        throttle.WaitFor("b@example.test", Attacker).Should().Be(SignInThrottle.FirstDelay);
        clock.Advance(SignInThrottle.ForgetAfter + TimeSpan.FromMinutes(1));
        throttle.RecordFailure("b@example.test", Attacker).Should().BeFalse("a day later the count starts over");
    }

    public void Dispose()
    {
        _host.Dispose();
        _app.Dispose();
    }
}
