using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Time;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Survey;

/// <summary>The app on a clock the tests move by hand, across the end of a closing date.</summary>
public sealed class ClockedSurveyApp : IDisposable
{
    public ClockedSurveyApp()
    {
        App = new AppFactory(ApiFixture.Settings);
        Clocked = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock)));
    }

    public AppFactory App { get; }

    /// <summary>Only moves forward: each test takes "today" from it, so the tests do not depend on their order.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public WebApplicationFactory<Program> Clocked { get; }

    /// <summary>Moves the clock to <paramref name="timeOfDay"/> after the start of <paramref name="day"/> (UTC).</summary>
    public void MoveTo(DateOnly day, TimeSpan timeOfDay)
    {
        var target = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + timeOfDay;
        var by = target - Clock.GetUtcNow();
        by.Should().BePositive("the test clock only moves forward");
        Clock.Advance(by);
    }

    /// <summary>An open assessment with both open links on, its last day for answers <paramref name="closesOn"/>.</summary>
    public Task<Assessment> OpenAssessmentClosingOnAsync(DateOnly closesOn) =>
        App.WithDbAsync(async db =>
        {
            var organization = new Organization { Name = "Closing " + Guid.NewGuid().ToString("N")[..6], CreatedOn = new DateOnly(2026, 1, 5) };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            var assessment = Assessment.Start(organization.Id, "Round with a closing date", 3, null, null, "seed", new DateOnly(2026, 11, 1));
            assessment.SalesOpenLink = true;
            assessment.MarketingOpenLink = true;
            assessment.ClosesOn = closesOn;
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment;
        });

    public Task<int> ResponseCountAsync(int assessmentId) => App.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessmentId));

    public void Dispose()
    {
        Clocked.Dispose();
        App.Dispose();
    }
}

/// <summary>
/// Attacks on the closing date: a respondent (or a script holding the link) answering after the last day, through the
/// API, the form, and a link the submission path still remembers as open (<see cref="SurveyLinkCache"/>, 2 s).
/// </summary>
public sealed class SurveyClosingDateTests(ClockedSurveyApp fixture) : IClassFixture<ClockedSurveyApp>
{
    private static readonly int[] AllFours = Enumerable.Repeat(4, 20).ToArray();

    private static string Token(Assessment assessment) => assessment.Links.Single(l => l.Department == Department.Sales).Token;

    private DateOnly Today => fixture.Clock.Today();

    [Fact]
    public async Task ApiPost_AfterTheClosingDate_409AndNothingStored()
    {
        var lastDay = Today;
        var assessment = await fixture.OpenAssessmentClosingOnAsync(lastDay);
        var client = fixture.Clocked.CreateClient();
        fixture.MoveTo(lastDay.AddDays(1), TimeSpan.FromSeconds(1));

        var response = await client.PostAsJsonAsync($"/api/v1/surveys/{Token(assessment)}/responses", new { role = "Staff", answers = AllFours });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        problem.Detail.Should().Contain("closed");
        (await fixture.ResponseCountAsync(assessment.Id)).Should().Be(0);
        var form = await client.GetFromJsonAsync<FormBody>($"/api/v1/surveys/{Token(assessment)}");
        form!.Status.Should().Be("Closed");
        form.SubmissionKey.Should().BeNull("a closed survey issues no key");
        form.ClosesOn.Should().Be(lastDay);
    }

    [Fact]
    public async Task ApiPost_LastSecondOfTheClosingDate_Stored()
    {
        var lastDay = Today;
        var assessment = await fixture.OpenAssessmentClosingOnAsync(lastDay);
        fixture.MoveTo(lastDay, new TimeSpan(23, 59, 59));

        var response = await fixture.Clocked.CreateClient().PostAsJsonAsync($"/api/v1/surveys/{Token(assessment)}/responses", new { role = "Staff", answers = AllFours });

        response.ShouldBeJson(HttpStatusCode.Created, "answers are accepted to the end of the last day (UTC)");
        (await fixture.ResponseCountAsync(assessment.Id)).Should().Be(1);
    }

    [Fact]
    public async Task ApiPost_LinkCachedAsOpenJustBeforeMidnight_RefusedByTheWriterAfterIt()
    {
        var lastDay = Today;
        var assessment = await fixture.OpenAssessmentClosingOnAsync(lastDay);
        var client = fixture.Clocked.CreateClient();
        var url = $"/api/v1/surveys/{Token(assessment)}/responses";
        fixture.MoveTo(lastDay, new TimeSpan(0, 23, 59, 59, 500));
        // This submission puts the link, open, into the submission path's cache for 2 seconds.
        (await client.PostAsJsonAsync(url, new { role = "Staff", answers = AllFours })).ShouldBeJson(HttpStatusCode.Created);

        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var late = await client.PostAsJsonAsync(url, new { role = "Staff", answers = AllFours });

        await late.ShouldBeProblemAsync(HttpStatusCode.Conflict, "the writer checks the closing date in its own transaction, whatever the cache says");
        (await fixture.ResponseCountAsync(assessment.Id)).Should().Be(1);
    }

    [Fact]
    public async Task FormPost_OpenedBeforeTheClosingDateSentAfter_SaysClosedOnThatDayAndStoresNothing()
    {
        var lastDay = Today;
        var assessment = await fixture.OpenAssessmentClosingOnAsync(lastDay);
        var browser = fixture.Clocked.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await browser.GetDocumentAsync($"/s/{Token(assessment)}");
        var dateText = lastDay.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        page.Text(".closes-on").Should().Be($"Please answer by {dateText}.");
        fixture.MoveTo(lastDay.AddDays(1), TimeSpan.FromMinutes(5));

        var response = await browser.PostFormAsync(
            $"/s/{Token(assessment)}", page,
            Enumerable.Range(1, 20).Select(n => new KeyValuePair<string, string>($"Input.Answers[{n}]", "4")).Prepend(new("Input.Role", "Staff")));

        response.ShouldBeHtml(HttpStatusCode.OK);
        var after = await Html.ParseAsync(response);
        after.Text("main [role=alert]").Should().Be($"This survey closed on {dateText} and accepts no more answers; nothing more is saved. Thank you for your interest.");
        after.QuerySelector("form[data-survey]").Should().BeNull("no form invites answers that would be refused");
        (await fixture.ResponseCountAsync(assessment.Id)).Should().Be(0);
    }

    [Fact]
    public async Task SurveyPage_Russian_ClosingDateInRussianDateFormat()
    {
        var assessment = await fixture.OpenAssessmentClosingOnAsync(new DateOnly(2027, 11, 25));

        var page = await fixture.Clocked.CreateClient().GetDocumentAsync($"/s/{Token(assessment)}?culture=ru&ui-culture=ru");

        page.Text(".closes-on").Should().Be("Пожалуйста, ответьте до 25 ноября 2027 включительно.");
    }

    [Fact]
    public async Task PersonalInvitation_AfterTheClosingDate_ClosedToo()
    {
        var lastDay = Today;
        var assessment = await fixture.OpenAssessmentClosingOnAsync(lastDay);
        var token = SurveyLink.NewToken();
        await fixture.App.WithDbAsync(db =>
        {
            db.Invitations.Add(new Invitation { AssessmentId = assessment.Id, Department = Department.Marketing, Token = token, CreatedOn = lastDay });
            return db.SaveChangesAsync();
        });
        fixture.MoveTo(lastDay.AddDays(1), TimeSpan.FromHours(1));

        var response = await fixture.Clocked.CreateClient().PostAsJsonAsync($"/api/v1/surveys/{token}/responses", new { role = "Staff", answers = AllFours });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await fixture.ResponseCountAsync(assessment.Id)).Should().Be(0);
        (await fixture.App.WithDbAsync(db => db.Invitations.Where(i => i.Token == token).Select(i => i.UsedOn).SingleAsync()))
            .Should().BeNull("a refused answer does not use up the invitation");
    }

    private sealed record FormBody(string Status, string? SubmissionKey, DateOnly? ClosesOn);
}
