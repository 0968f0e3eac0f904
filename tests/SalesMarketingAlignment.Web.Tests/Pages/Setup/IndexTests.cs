using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features.Accounts;
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
            [new("Code", SetupCodeOf(app)), new("Input.DisplayName", "Ada Admin"), new("Input.Email", "ada@example.com"), new("Input.Password", "long enough pw")]);

        response.ShouldBeRedirect();
        (await app.WithDbAsync(db => DatabaseStartup.AdministratorExistsAsync(db))).Should().BeTrue();
        (await client.GetAsync("/Setup")).ShouldBeHtml(HttpStatusCode.NotFound);
        var again = await latecomer.PostFormAsync("/Setup", latecomerPage,
            [new("Code", "whatever"), new("Input.DisplayName", "Mallory"), new("Input.Email", "mallory@example.com"), new("Input.Password", "long enough pw")]);
        again.ShouldBeHtml(HttpStatusCode.NotFound);
        (await app.CreateBrowser().SignInAsync("mallory@example.com", "long enough pw")).ShouldBeHtml(HttpStatusCode.OK, "the second administrator was not created, so sign-in fails on the page");
    }

    private static string SetupCodeOf(AppFactory app)
    {
        _ = app.Server;
        return app.Services.GetRequiredService<SetupCode>().Current ?? throw new InvalidOperationException("No setup code was issued.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AAAAA-AAAAA-AAAAA-AAAAA")]
    public async Task Post_FirstRunTakeoverWithoutTheCodeFromTheLog_CreatesNoAdministrator(string? code)
    {
        // Issue 13: on a fresh install without bootstrap settings the first visitor to /Setup became administrator.
        using var app = new AppFactory();
        var client = app.CreateBrowser();
        var page = await client.GetDocumentAsync("/Setup");
        List<KeyValuePair<string, string>> fields = [new("Input.DisplayName", "Mallory"), new("Input.Email", "mallory@example.com"), new("Input.Password", "long enough pw")];
        if (code is not null)
        {
            fields.Add(new("Code", code));
        }

        var response = await client.PostFormAsync("/Setup", page, fields);

        response.ShouldBeHtml(HttpStatusCode.OK);
        (await Html.ParseAsync(response)).Text("main").Should().Contain("The setup code is not correct.");
        (await app.WithDbAsync(db => DatabaseStartup.AdministratorExistsAsync(db))).Should().BeFalse();
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "mallory@example.com"))).Should().BeFalse();
    }

    [Fact]
    public async Task Startup_NoAdministrator_PrintsTheSetupCodeInTheLog()
    {
        var logged = new List<string>();
        using var factory = new AppFactory();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(logged))));

        var code = app.Services.GetRequiredService<SetupCode>().Current;

        code.Should().MatchRegex("^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$");
        logged.Should().Contain(m => m.Contains(code!, StringComparison.Ordinal) && m.Contains("/Setup", StringComparison.Ordinal));
    }

    [Fact]
    public void SetupCode_FiveWrongGuesses_MakeANewCode()
    {
        var code = new SetupCode(Microsoft.Extensions.Logging.Abstractions.NullLogger<SetupCode>.Instance);
        code.Issue();
        var first = code.Current!;

        for (var i = 0; i < SetupCode.MaximumAttempts; i++)
        {
            code.Check("guess " + i).Should().BeFalse();
        }

        code.Current.Should().NotBe(first);
        code.Check(first).Should().BeFalse("the guessed-at code is gone");
        code.Check(code.Current!.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)).Should().BeTrue("case, spaces and dashes do not matter");
    }

    [Fact]
    public async Task Post_ShortPassword_ShowsErrorAndCreatesNothing()
    {
        using var app = new AppFactory();
        var client = app.CreateBrowser();
        var page = await client.GetDocumentAsync("/Setup");

        var response = await client.PostFormAsync("/Setup", page,
            [new("Code", SetupCodeOf(app)), new("Input.DisplayName", "Ada"), new("Input.Email", "ada@example.com"), new("Input.Password", "short")]);

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

/// <summary>Collects every log message, to find what the app printed at start-up.</summary>
internal sealed class ListLoggerProvider(List<string> messages) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(messages);

    public void Dispose()
    {
    }

    private sealed class ListLogger(List<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (messages)
            {
                messages.Add(formatter(state, exception));
            }
        }
    }
}
