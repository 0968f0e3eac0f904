using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Invitations;

public sealed class InvitationEndpointsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly int[] AllOnes = Enumerable.Repeat(1, 20).ToArray();
    private static readonly int[] AllFours = Enumerable.Repeat(4, 20).ToArray();

    private readonly HttpClient _consultant = fixture.ClientFor(ApiFixture.ConsultantA);
    private readonly HttpClient _anonymous = fixture.ClientFor(null);

    private static string InvitationsUrl(Assessment assessment) => $"/api/v1/assessments/{assessment.Id}/invitations";

    private static string TokenOf(string url) => url[(url.LastIndexOf('/') + 1)..];

    private async Task<CreatedBody> InviteAsync(Assessment assessment, object body)
    {
        var response = await _consultant.PostAsJsonAsync(InvitationsUrl(assessment), body);
        response.ShouldBeJson(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CreatedBody>())!;
    }

    private Task<HttpResponseMessage> AnswerAsync(string token, int[] answers, string? role = null) =>
        _anonymous.PostAsJsonAsync($"/api/v1/surveys/{token}/responses", role is null ? new { answers } : (object)new { role, answers });

    private Task<int> CountResponsesAsync(int assessmentId) =>
        fixture.App.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessmentId));

    [Fact]
    public async Task Post_Emails_Creates201WithPersonalLinksThatAnswerOnce()
    {
        var assessment = await fixture.NewAssessmentInAAsync(openLinks: false);

        var created = await InviteAsync(assessment, new { department = "Sales", role = "Staff", emails = new[] { "ann@client.example", "ben@client.example" } });

        created.Invitations.Select(i => (i.Department, i.Role, i.Email)).Should().Equal(("Sales", "Staff", "ann@client.example"), ("Sales", "Staff", "ben@client.example"));
        created.Invitations.Should().OnlyContain(i => i.Url.StartsWith("http://localhost/s/", StringComparison.Ordinal));
        TokenOf(created.Invitations[0].Url).Length.Should().BeGreaterThanOrEqualTo(22, "at least 128 random bits");
        var token = TokenOf(created.Invitations[0].Url);
        var form = await _anonymous.GetFromJsonAsync<FormBody>($"/api/v1/surveys/{token}");
        form!.Role.Should().Be("Staff", "the invitation sets the role");

        var first = await AnswerAsync(token, AllFours);
        var padding = await AnswerAsync(token, AllOnes);

        first.ShouldBeJson(HttpStatusCode.Created);
        (await padding.ProblemAsync(HttpStatusCode.Conflict)).Detail.Should().Contain("used");
        (await CountResponsesAsync(assessment.Id)).Should().Be(1, "a used invitation stores nothing more");
        (await fixture.App.WithDbAsync(db => db.Responses.SingleAsync(r => r.AssessmentId == assessment.Id))).Role.Should().Be(RespondentRole.Staff);
        var list = await _consultant.GetFromJsonAsync<ListBody>(InvitationsUrl(assessment));
        list!.Invitations.Select(i => (i.Email, i.Used)).Should().Equal(("ann@client.example", true), ("ben@client.example", false));
        (await _anonymous.GetFromJsonAsync<FormBody>($"/api/v1/surveys/{token}"))!.Status.Should().Be("Used");
    }

    [Fact]
    public async Task Post_OtherRoleThanTheInvitations_400AndNothingStored()
    {
        var assessment = await fixture.NewAssessmentInAAsync(openLinks: false);
        var created = await InviteAsync(assessment, new { department = "Marketing", role = "Staff", emails = new[] { "staff@client.example" } });

        var response = await AnswerAsync(TokenOf(created.Invitations[0].Url), AllFours, "Head");

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Should().ContainKey("role");
        (await CountResponsesAsync(assessment.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Post_BadLines_400ForEachIndexAndNothingImported()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        await InviteAsync(assessment, new { department = "Sales", emails = new[] { "taken@client.example" } });

        var response = await _consultant.PostAsJsonAsync(InvitationsUrl(assessment), new
        {
            department = "Sales",
            emails = new[] { "ok@client.example", "not-an-email", "ok@client.example", "TAKEN@client.example", "x@y" },
        });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Should().BeEquivalentTo("emails[1]", "emails[2]", "emails[3]", "emails[4]");
        (await fixture.App.WithDbAsync(db => db.Invitations.CountAsync(i => i.AssessmentId == assessment.Id))).Should().Be(1, "nothing of the bad list was imported");
    }

    [Theory]
    [InlineData("{\"department\":\"Legal\",\"emails\":[\"a@client.example\"]}", "department")]
    [InlineData("{\"department\":\"1\",\"emails\":[\"a@client.example\"]}", "department")]
    [InlineData("{\"department\":\"Sales\",\"role\":\"Boss\",\"emails\":[\"a@client.example\"]}", "role")]
    [InlineData("{\"department\":\"Sales\",\"count\":0}", "count")]
    [InlineData("{\"department\":\"Sales\",\"count\":3,\"emails\":[\"a@client.example\"]}", "body")]
    [InlineData("{\"department\":\"Sales\"}", "body")]
    public async Task Post_InvalidRequest_400NamingTheField(string json, string field)
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var problem = await (await _consultant.PostRawAsync(InvitationsUrl(assessment), json)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!.Should().ContainKey(field);
    }

    [Fact]
    public async Task Post_Count_CreatesAnonymousCodes()
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var created = await InviteAsync(assessment, new { department = "Marketing", count = 5 });

        created.Invitations.Should().HaveCount(5).And.OnlyContain(i => i.Email == null && i.Department == "Marketing" && i.Role == null);
        created.Invitations.Select(i => i.Url).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Post_TenThousandEmails_ImportsInOneRequest()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var emails = Enumerable.Range(0, 10_000).Select(i => $"person{i:00000}@large-client.example").ToArray();

        var watch = Stopwatch.StartNew();
        var response = await _consultant.PostAsJsonAsync(InvitationsUrl(assessment), new { department = "Sales", emails });
        watch.Stop();

        response.ShouldBeJson(HttpStatusCode.Created);
        (await fixture.App.WithDbAsync(db => db.Invitations.CountAsync(i => i.AssessmentId == assessment.Id))).Should().Be(10_000);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "one request, not one per address (the benchmark measures the real time)");
    }

    [Fact]
    public async Task Invitations_ExecutiveAndOtherConsultant_NeverSeeThem()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        await InviteAsync(assessment, new { department = "Sales", emails = new[] { "secret@client.example" } });

        var executiveList = await fixture.ClientFor(ApiFixture.ExecutiveA).GetAsync(InvitationsUrl(assessment));
        var executiveCreate = await fixture.ClientFor(ApiFixture.ExecutiveA).PostAsJsonAsync(InvitationsUrl(assessment), new { department = "Sales", count = 2 });
        var otherConsultant = await fixture.ClientFor(ApiFixture.ConsultantB).GetAsync(InvitationsUrl(assessment));
        var otherSend = await fixture.ClientFor(ApiFixture.ConsultantB).PostAsync($"{InvitationsUrl(assessment)}/send", null);

        await executiveList.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await executiveCreate.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await otherConsultant.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await otherSend.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await executiveList.Content.ReadAsStringAsync()).Should().NotContain("secret@client.example");
    }

    [Fact]
    public async Task Participation_CountsInvitedAnsweredAndOpenLinkResponsesForMembers()
    {
        var assessment = await fixture.NewAssessmentInAAsync(openLinks: true);
        var staff = await InviteAsync(assessment, new { department = "Sales", role = "Staff", emails = new[] { "s1@client.example", "s2@client.example" } });
        await InviteAsync(assessment, new { department = "Sales", role = "Head", emails = new[] { "head@client.example" } });
        (await AnswerAsync(TokenOf(staff.Invitations[0].Url), AllFours)).ShouldBeJson(HttpStatusCode.Created);
        var openLink = assessment.Links.Single(l => l.Department == Department.Sales).Token;
        (await AnswerAsync(openLink, AllFours, "Staff")).ShouldBeJson(HttpStatusCode.Created);

        var participation = await fixture.ClientFor(ApiFixture.ExecutiveA).GetFromJsonAsync<ParticipationBody>($"/api/v1/assessments/{assessment.Id}/participation");

        var sales = participation!.Departments.Single(d => d.Department == "Sales");
        (sales.Invited, sales.Answered, sales.Rate, sales.OpenLinkResponses).Should().Be((3, 1, 0.3333m, 1L));
        sales.Roles.Single(r => r.Role == "Staff").Should().Be(new RoleBody("Staff", 2, 1, 0.5m));
        sales.Roles.Single(r => r.Role == "Head").Should().Be(new RoleBody("Head", 1, 0, 0m));
        participation.Departments.Single(d => d.Department == "Marketing").Invited.Should().Be(0);
        (await fixture.ClientFor(ApiFixture.ConsultantB).GetAsync($"/api/v1/assessments/{assessment.Id}/participation")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PaddingAttack_OpenLinkOffAndUsedInvitation_StoreNothing()
    {
        // The attack of issue 11: an insider with a link posts extra all-1 responses to unmask a small group.
        var assessment = await fixture.NewAssessmentInAAsync(openLinks: false);
        var created = await InviteAsync(assessment, new { department = "Marketing", emails = new[] { "lone@client.example" } });
        var token = TokenOf(created.Invitations[0].Url);
        (await AnswerAsync(token, AllFours, "Staff")).ShouldBeJson(HttpStatusCode.Created);
        var openLink = assessment.Links.Single(l => l.Department == Department.Marketing).Token;

        var attempts = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
        {
            attempts.Add(await AnswerAsync(openLink, AllOnes, "Staff"));
            attempts.Add(await AnswerAsync(token, AllOnes, "Staff"));
        }

        attempts.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Conflict);
        (await CountResponsesAsync(assessment.Id)).Should().Be(1);
        (await _anonymous.GetFromJsonAsync<FormBody>($"/api/v1/surveys/{openLink}"))!.Status.Should().Be("NotInUse");
    }

    [Fact]
    public async Task Send_WithoutSmtp_409SaysToDownload()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        await InviteAsync(assessment, new { department = "Sales", emails = new[] { "nomail@client.example" } });

        var problem = await (await _consultant.PostAsync($"{InvitationsUrl(assessment)}/send", null)).ProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.Should().Contain("not configured");
    }

    [Fact]
    public async Task Post_ClosedAssessment_409()
    {
        var assessment = await fixture.NewAssessmentInAAsync(AssessmentStatus.Closed);

        await (await _consultant.PostAsJsonAsync(InvitationsUrl(assessment), new { department = "Sales", count = 1 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    public sealed record CreatedBody(IReadOnlyList<CreatedItem> Invitations);

    public sealed record CreatedItem(long Id, string Department, string? Role, string? Email, string Url);

    public sealed record ListBody(IReadOnlyList<ListItem> Invitations);

    public sealed record ListItem(long Id, string Department, string? Role, string? Email, string Url, bool Used, DateOnly? SentOn, string? SendError);

    public sealed record FormBody(string Department, string Status, string? Role);

    public sealed record ParticipationBody(IReadOnlyList<DepartmentBody> Departments);

    public sealed record DepartmentBody(string Department, int Invited, int Answered, decimal? Rate, long OpenLinkResponses, IReadOnlyList<RoleBody> Roles);

    public sealed record RoleBody(string? Role, int Invited, int Answered, decimal? Rate);
}
