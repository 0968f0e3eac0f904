using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure.Audit;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Accounts;

/// <summary>The security events an administrator reads on Admin/Audit: recorded, shown to administrators only, no IP addresses.</summary>
public sealed class AuditTrailTests : IDisposable
{
    private const string Address = "203.0.113.77";

    private readonly AppFactory _app = new();
    private readonly WebApplicationFactory<Program> _host;

    public AuditTrailTests() =>
        _host = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>()));

    private HttpClient Browser()
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, Address);
        return client;
    }

    private Task<List<AuditEvent>> EventsAsync() =>
        _app.WithDbAsync(db => db.AuditEvents.OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task SignInFailureAndDownload_AreRecordedWithoutTheAddress_AndOnlyAdministratorsReadThem()
    {
        var admin = await _app.CreateUserAsync("auditor@example.test", Roles.Administrator);
        var consultant = await _app.CreateUserAsync("audited@example.test", Roles.Consultant);
        var assessment = await _app.CreateAssessmentAsync("Audited Org", AssessmentStatus.Open, consultant);

        (await Browser().SignInAsync("audited@example.test", "wrong password")).ShouldBeHtml(HttpStatusCode.OK);
        var consultantBrowser = Browser();
        (await consultantBrowser.SignInAsync("audited@example.test")).ShouldBeRedirect();
        (await consultantBrowser.GetAsync($"/api/v1/assessments/{assessment.Id}/statements.csv")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await consultantBrowser.GetAsync("/Admin/Audit")).StatusCode.Should().Be(HttpStatusCode.Redirect, "consultants are sent to access denied");

        var events = await EventsAsync();
        events.Select(e => (e.Kind, e.ActorId, e.SubjectUserId)).Should().ContainInOrder(
            (nameof(AuditKind.SignInFailed), null, consultant.Id),
            (nameof(AuditKind.SignIn), consultant.Id, null),
            (nameof(AuditKind.ExportDownloaded), consultant.Id, null));
        events.Single(e => e.Kind == nameof(AuditKind.ExportDownloaded)).AssessmentId.Should().Be(assessment.Id);
        DatabaseContents().Should().NotContain(Address, "no IP address is stored anywhere");

        var adminBrowser = Browser();
        (await adminBrowser.SignInAsync("auditor@example.test")).ShouldBeRedirect();
        var page = await adminBrowser.GetDocumentAsync("/Admin/Audit");
        var rows = page.QuerySelectorAll("table.audit-table tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().Contain(r => r.Contains("Sign-in failed", StringComparison.Ordinal) && r.Contains("audited@example.test", StringComparison.Ordinal));
        rows.Should().Contain(r => r.Contains("Export downloaded", StringComparison.Ordinal) && r.Contains("Audited Org assessment", StringComparison.Ordinal));
        page.Text("main").Should().NotContain(Address);
        _ = admin;
    }

    [Fact]
    public async Task RecordAsync_ResponseVoided_IsShownWithItsAssessment()
    {
        var admin = await _app.CreateUserAsync("voider@example.test", Roles.Administrator);
        var assessment = await _app.CreateAssessmentAsync("Voided Org", AssessmentStatus.Open, admin);

        await _host.Services.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEntry(AuditKind.ResponseVoided, admin.Id, AssessmentId: assessment.Id));

        var browser = Browser();
        (await browser.SignInAsync("voider@example.test")).ShouldBeRedirect();
        var rows = (await browser.GetDocumentAsync("/Admin/Audit")).QuerySelectorAll("table.audit-table tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().Contain(r => r.Contains("Response voided", StringComparison.Ordinal) && r.Contains("Voided Org assessment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MembershipAndAccountEvents_AreRecordedByTheirUseCases()
    {
        var admin = await _app.CreateUserAsync("membership-admin@example.test", Roles.Administrator);
        var executive = await _app.CreateUserAsync("membership-exec@example.test", Roles.Executive);
        var organizationId = (await _app.CreateAssessmentAsync("Membership Org", AssessmentStatus.Open, admin)).OrganizationId;
        var client = Browser();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Api.ApiCalls.LoginAsync(_host.CreateClient(), admin.Email!));

        (await client.PostAsJsonAsync($"/api/v1/organizations/{organizationId}/members", new { email = executive.Email })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync($"/api/v1/organizations/{organizationId}/members", new { email = "someone-new@example.test" })).StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await client.DeleteAsync($"/api/v1/organizations/{organizationId}/members/{executive.Id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await EventsAsync()).Where(e => e.OrganizationId == organizationId).Select(e => (e.Kind, e.ActorId, e.SubjectUserId)).Should().Equal(
            (nameof(AuditKind.MemberAdded), admin.Id, executive.Id),
            (nameof(AuditKind.MemberInvited), admin.Id, null),
            (nameof(AuditKind.MemberRemoved), admin.Id, executive.Id));
    }

    private string DatabaseContents()
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath};Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var contents = new StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    contents.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }
            }
        }

        return contents.ToString();
    }

    public void Dispose()
    {
        _host.Dispose();
        _app.Dispose();
    }
}
