using Microsoft.Playwright;
using SalesMarketingAlignment.BrowserTests.Infrastructure;
using SalesMarketingAlignment.BrowserTests.PageObjects;
using Xunit.Abstractions;

namespace SalesMarketingAlignment.BrowserTests.Journeys;

/// <summary>
/// The account life cycle (issue 13) in real browsers: an administrator gives a consultant a password link, the
/// consultant sets and then changes the password; the administrator disables the account (the consultant's open
/// browser is signed out at its next click) and enables it again; the consultant removes a member from an organization;
/// the administrator reads the audit log. Every page goes through the gates, the security-headers gate included.
/// </summary>
[Collection(JourneyCollectionDefinition.Name)]
public sealed class AccountJourney(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private const string AdminPassword = "account journey admin";
    private const string FirstPassword = "consultant's first choice";
    private const string SecondPassword = "consultant's second choice";

    [Fact]
    public async Task PasswordLinkChangeDisableRemoveMemberAndAudit()
    {
        await using var server = await AppServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bootstrap:AdminEmail"] = "admin@accounts.test",
            ["Bootstrap:AdminPassword"] = AdminPassword,
        });

        var admin = await OpenAsync(server);
        var link = "";
        AdminUsersPage users = null!;
        await admin.StepAsync("Administrator creates a consultant and an executive and issues a password link", async () =>
        {
            var login = new LoginPage(admin);
            await login.GotoAsync();
            await login.SignInAsync("admin@accounts.test", AdminPassword);
            users = new AdminUsersPage(admin);
            await users.GotoAsync();
            await users.CreateUserAsync("Cora Consultant", "cora@accounts.test", "a password Cora never learns", "Consultant");
            await users.CreateUserAsync("Emil Executive", "emil@accounts.test", "a password Emil never learns", "Executive");
            link = await users.IssuePasswordLinkAsync("Cora Consultant");
            link.Should().StartWith(server.BaseUrl + "/Account/ResetPassword?");
        });

        var cora = await OpenAsync(server);
        await cora.StepAsync("Consultant sets a password from the link, then changes it", async () =>
        {
            var reset = ResetPasswordPage.FromLink(cora, link);
            await reset.GotoAsync();
            var login = await reset.SetPasswordAsync(FirstPassword);
            await Assertions.Expect(cora.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your new password is set");
            await login.SignInAsync("cora@accounts.test", FirstPassword);
            var change = new ChangePasswordPage(cora);
            await change.GotoAsync();
            await change.ChangeAsync(FirstPassword, SecondPassword);
            await Assertions.Expect(change.Notice).ToContainTextAsync("Your password is changed");
        });

        await admin.StepAsync("Administrator disables the consultant", async () =>
        {
            await users.SetDisabledAsync("Cora Consultant", disabled: true);
            await Assertions.Expect(users.RowOf("cora@accounts.test")).ToContainTextAsync("Disabled");
        });

        await cora.StepAsync("The consultant's open browser is signed out at the next click", async () =>
        {
            await cora.Page.GetByRole(AriaRole.Link, new() { Name = "Organizations" }).ClickAsync();
            await new LoginPage(cora).AssertArrivedAsync();
        });

        await admin.StepAsync("Administrator enables the consultant again", async () =>
        {
            await users.SetDisabledAsync("Cora Consultant", disabled: false);
            await Assertions.Expect(users.RowOf("cora@accounts.test")).ToContainTextAsync("Active");
        });

        OrganizationPage organization = null!;
        await cora.StepAsync("Consultant creates an organization", async () =>
        {
            var login = new LoginPage(cora);
            await login.GotoAsync();
            var organizations = await login.SignInAsync("cora@accounts.test", SecondPassword);
            organization = await (await organizations.AddOrganizationAsync()).CreateAsync("Fabrikam");
        });

        await admin.StepAsync("Administrator adds the executive to it at once", async () =>
        {
            var add = new AddExecutivePage(admin, organization.Id);
            await add.GotoAsync();
            await admin.Page.GetByLabel("Email").FillAsync("emil@accounts.test");
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Add or invite" }).ClickAsync();
            await OrganizationPage.ArriveAsync(admin);
        });

        await cora.StepAsync("Consultant removes the executive from the organization", async () =>
        {
            await organization.GotoAsync();
            (await organization.MembersAsync()).Should().Contain("Emil Executive (emil@accounts.test), Executive");
            await organization.RemoveMemberAsync("Emil Executive");
            (await organization.MembersAsync()).Should().Equal("Cora Consultant (cora@accounts.test), Consultant");
        });

        var visitor = await OpenAsync(server, Device.Phone);
        await visitor.StepAsync("Without mail, the forgotten-password page sends people to an administrator", async () =>
        {
            var forgot = new ForgotPasswordPage(visitor);
            await forgot.GotoAsync();
            await Assertions.Expect(visitor.Page.Locator("main")).ToContainTextAsync("Ask an administrator");
        });

        await admin.StepAsync("Administrator reads the audit log", async () =>
        {
            var audit = new AuditPage(admin);
            await audit.GotoAsync();
            var events = (await audit.RowsAsync()).Select(r => r[1]).ToList();
            events.Should().Contain(["Password link issued by an administrator", "Password set from a link", "Password changed",
                "Account disabled", "Account enabled", "Member added", "Member removed", "Signed in"]);
            await Assertions.Expect(admin.Page.Locator("main")).Not.ToContainTextAsync("127.0.0.1");
        });
    }
}
