using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Survey;

/// <summary>The survey form opened from a personal invitation: the role it sets, one answer only, and nothing that ties it to the response.</summary>
public sealed class InvitationFormTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    private static IEnumerable<KeyValuePair<string, string>> AllAnswers(string value) =>
        Enumerable.Range(1, 20).Select(n => new KeyValuePair<string, string>($"Input.Answers[{n}]", value));

    private static async Task<Invitation> InviteAsync(AlignmentDbContext db, Assessment assessment, RespondentRole? role)
    {
        var invitation = new Invitation
        {
            AssessmentId = assessment.Id,
            Department = Department.Marketing,
            Role = role,
            Email = $"{Guid.NewGuid():N}@client.example",
            Token = SurveyLink.NewToken(),
            CreatedOn = new DateOnly(2026, 1, 5),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return invitation;
    }

    [Fact]
    public async Task Post_InvitationWithRole_FormDoesNotAskAndSecondSubmissionGetsClearPage()
    {
        var assessment = await _app.CreateAssessmentAsync("Invited " + Guid.NewGuid().ToString("N")[..6]);
        var invitation = await _app.WithDbAsync(db => InviteAsync(db, assessment, RespondentRole.Head));
        var client = _app.CreateBrowser();
        var page = await client.GetDocumentAsync($"/s/{invitation.Token}");
        page.QuerySelectorAll("input[name='Input.Role']").Should().BeEmpty("the invitation sets the role");

        var first = await client.PostFormAsync($"/s/{invitation.Token}", page, AllAnswers("4"));
        var again = await _app.CreateBrowser().GetDocumentAsync($"/s/{invitation.Token}");
        // A second answer from the same invitation (a new submission key, as another browser would send).
        var otherKey = page.HiddenPairs().Where(p => p.Key != "Input.SubmissionKey").Append(new("Input.SubmissionKey", Guid.NewGuid().ToString())).Concat(AllAnswers("1"));
        var second = await client.PostAsync($"/s/{invitation.Token}", new FormUrlEncodedContent(otherKey));

        first.ShouldBeRedirect();
        again.Text("main").Should().Contain("already been used");
        again.QuerySelectorAll("form[data-survey]").Should().BeEmpty();
        second.ShouldBeHtml(HttpStatusCode.Conflict);
        (await Html.ParseAsync(second)).Text("main").Should().Contain("already been used");
        var stored = await _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessment.Id).ToListAsync());
        stored.Should().ContainSingle().Which.Should().Match<Response>(r => r.Role == RespondentRole.Head && r.Department == Department.Marketing && r.Total == 80);
    }

    [Fact]
    public async Task Logs_InvitationAnsweredThroughFormAndApi_NoLineNamesTheInvitation()
    {
        var capture = new CapturingLoggerProvider();
        using var app = _app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));
        var assessment = await _app.CreateAssessmentAsync("Logged " + Guid.NewGuid().ToString("N")[..6]);
        Invitation viaForm, viaApi;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AlignmentDbContext>();
            viaForm = await InviteAsync(db, assessment, null);
            viaApi = await InviteAsync(db, assessment, RespondentRole.Staff);
        }

        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        var page = await client.GetDocumentAsync($"/s/{viaForm.Token}");
        var key = page.HiddenFields()["Input.SubmissionKey"];
        (await client.PostFormAsync($"/s/{viaForm.Token}", page, AllAnswers("3").Append(new("Input.Role", "Staff")))).ShouldBeHtml(HttpStatusCode.OK);
        // The API client takes its server-issued key from the form's GET, as every client must.
        var apiKey = (await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/surveys/{viaApi.Token}")).GetProperty("submissionKey").GetString();
        var api = await client.PostAsync(
            $"/api/v1/surveys/{viaApi.Token}/responses",
            new StringContent("{\"answers\":[2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2],\"submissionKey\":\"" + apiKey + "\"}", System.Text.Encoding.UTF8, "application/json"));
        api.StatusCode.Should().Be(HttpStatusCode.Created);

        // As the app is configured to log: nothing names an invitation (token, id, email), so no line can tie one to a response.
        capture.Lines.Should().NotBeEmpty("the app does log (start-up at least)");
        string[] secrets = [viaForm.Token, viaApi.Token, viaForm.Email!, viaApi.Email!, key, apiKey!, $"Invitation {viaForm.Id}", $"Invitation {viaApi.Id}"];
        capture.Lines.Where(line => secrets.Any(s => line.Contains(s, StringComparison.OrdinalIgnoreCase))).Should().BeEmpty();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue($"{category} {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
