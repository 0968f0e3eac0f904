using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure.Mail;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Accounts;

/// <summary>Forgotten password by email, with a recording <see cref="IMailSender"/> standing in for SMTP.</summary>
public sealed class PasswordResetTests : IDisposable
{
    private readonly AppFactory _app = new();
    private readonly RecordingMailSender _mail = new();
    private readonly WebApplicationFactory<Program> _host;

    public PasswordResetTests() =>
        _host = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IMailSender>(_mail)));

    private HttpClient Browser() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<string> AskAsync(string email)
    {
        var browser = Browser();
        var form = await browser.GetDocumentAsync("/Account/ForgotPassword");
        var response = await browser.PostFormAsync("/Account/ForgotPassword", form, [new("Email", email)]);
        response.ShouldBeHtml(HttpStatusCode.OK);
        return (await Html.ParseAsync(response)).Text("main");
    }

    [Fact]
    public async Task ForgotPassword_KnownUnknownAndDisabledEmail_SameAnswerAndOnlyTheEnabledAccountGetsMail()
    {
        using (var scope = _host.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            await Web.Infrastructure.DatabaseStartup.CreateUserAsync(users, "known@example.test", "known", AppFactory.Password, Roles.Consultant);
            await Web.Infrastructure.DatabaseStartup.CreateUserAsync(users, "off@example.test", "off", AppFactory.Password, Roles.Consultant);
            var off = (await users.FindByEmailAsync("off@example.test"))!;
            off.IsDisabled = true;
            await users.UpdateAsync(off);
        }

        var known = await AskAsync("known@example.test");
        var unknown = await AskAsync("nobody@example.test");
        var disabled = await AskAsync("off@example.test");

        known.Should().Be(unknown).And.Be(disabled).And.Contain("If an account uses this email");
        _mail.Sent.Select(m => m.To).Should().Equal("known@example.test");
        var link = System.Text.RegularExpressions.Regex.Match(_mail.Sent[0].TextBody, @"http://localhost/Account/ResetPassword\?\S+").Value;
        link.Should().NotBeEmpty();

        var browser = Browser();
        var path = new Uri(link).PathAndQuery;
        var form = await browser.GetDocumentAsync(path);
        (await browser.PostFormAsync(path, form, [new("Input.NewPassword", "mailed me a new one")])).ShouldBeRedirect();
        (await Browser().SignInAsync("known@example.test", "mailed me a new one")).ShouldBeRedirect();
    }

    [Fact]
    public async Task ResetPassword_MadeUpToken_ShowsTheInvalidLinkAndChangesNothing()
    {
        using var scope = _host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        await Web.Infrastructure.DatabaseStartup.CreateUserAsync(users, "target@example.test", "target", AppFactory.Password, Roles.Administrator);
        var target = (await users.FindByEmailAsync("target@example.test"))!;
        var browser = Browser();
        var page = await browser.GetDocumentAsync($"/Account/ResetPassword?user={target.Id}&token=forged");

        page.Text("main").Should().Contain(Web.Features.Accounts.PasswordReset.InvalidLinkText);
        var antiforgery = (await browser.GetDocumentAsync("/Account/ForgotPassword")).HiddenFields();
        var post = await browser.PostAsync("/Account/ResetPassword", new FormUrlEncodedContent(
            [.. antiforgery, new("user", target.Id), new("token", "forged"), new("Input.NewPassword", "taken over now")]));
        (await Html.ParseAsync(post)).Text("main").Should().Contain(Web.Features.Accounts.PasswordReset.InvalidLinkText);
        (await Browser().SignInAsync("target@example.test")).ShouldBeRedirect();
    }

    public void Dispose()
    {
        _host.Dispose();
        _app.Dispose();
    }
}
