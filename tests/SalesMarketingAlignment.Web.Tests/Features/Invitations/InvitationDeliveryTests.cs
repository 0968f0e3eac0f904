using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Invitations;

/// <summary>The API's callers with a real SMTP server on loopback as the app's mail server, and a public address for links.</summary>
public sealed class MailApiFixture : ApiFixture
{
    public const string PublicBaseUrl = "https://survey.example.com";

    public MailApiFixture()
        : this(new LoopbackSmtpServer())
    {
    }

    private MailApiFixture(LoopbackSmtpServer smtp)
        : base(new Dictionary<string, string?>(smtp.Settings) { ["App:PublicBaseUrl"] = PublicBaseUrl }) => Smtp = smtp;

    public LoopbackSmtpServer Smtp { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed partial class InvitationDeliveryTests(MailApiFixture fixture) : IClassFixture<MailApiFixture>
{
    private readonly HttpClient _consultant = fixture.ClientFor(ApiFixture.ConsultantA);

    private static string InvitationsUrl(Assessment assessment) => $"/api/v1/assessments/{assessment.Id}/invitations";

    private async Task InviteAsync(Assessment assessment, params string[] emails) =>
        (await _consultant.PostAsJsonAsync(InvitationsUrl(assessment), new { department = "Sales", emails })).ShouldBeJson(HttpStatusCode.Created);

    /// <summary>Starts a send (or reminder) and follows its progress until it is finished.</summary>
    private async Task<DeliveryBody> DeliverAsync(Assessment assessment, string action)
    {
        var started = await _consultant.PostAsync($"{InvitationsUrl(assessment)}/{action}", null);
        started.ShouldBeJson(HttpStatusCode.Accepted);
        started.Headers.Location!.ToString().Should().Be($"{InvitationsUrl(assessment)}/delivery");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var progress = await _consultant.GetFromJsonAsync<DeliveryBody>($"{InvitationsUrl(assessment)}/delivery");
            if (progress!.Finished || DateTime.UtcNow > deadline)
            {
                return progress;
            }

            await Task.Delay(50);
        }
    }

    private List<MimeKit.MimeMessage> MessagesTo(params string[] emails) =>
        emails.SelectMany(fixture.Smtp.To).ToList();

    [GeneratedRegex(@"https://survey\.example\.com/s/(?<token>[A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();

    [Fact]
    public async Task Send_ThroughLoopbackSmtp_EachMessageCarriesAPersonalLinkThatAnswersOnce()
    {
        var assessment = await fixture.NewAssessmentInAAsync(openLinks: false);
        string[] emails = ["one@send.example", "two@send.example", "three@send.example"];
        await InviteAsync(assessment, emails);

        var delivery = await DeliverAsync(assessment, "send");

        delivery.Should().BeEquivalentTo(new { Kind = "Invitation", Total = 3, Sent = 3, Failed = 0, Finished = true });
        delivery.Results.Select(r => (r.Email, r.Status)).Should().BeEquivalentTo(emails.Select(e => (e, "Sent")));
        var messages = MessagesTo(emails);
        messages.Should().HaveCount(3);
        var tokens = messages.Select(m => LinkPattern().Match(m.TextBody ?? "").Groups["token"].Value).ToList();
        tokens.Should().OnlyHaveUniqueItems().And.OnlyContain(t => t.Length >= 22);
        messages[0].Subject.Should().Contain("Org A");
        messages[0].From.Mailboxes.Single().Address.Should().Be("survey@example.com");

        var anonymous = fixture.ClientFor(null);
        var answers = Enumerable.Repeat(3, 20).ToArray();
        (await anonymous.PostAsJsonAsync($"/api/v1/surveys/{tokens[0]}/responses", new { role = "Staff", answers })).ShouldBeJson(HttpStatusCode.Created);
        await (await anonymous.PostAsJsonAsync($"/api/v1/surveys/{tokens[0]}/responses", new { role = "Staff", answers })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var sentOn = await fixture.App.WithDbAsync(db => db.Invitations.Where(i => i.AssessmentId == assessment.Id).Select(i => i.SentOn).ToListAsync());
        sentOn.Should().OnlyContain(d => d == DateOnly.FromDateTime(DateTime.UtcNow));

        // Sending again finds nobody left to invite: nobody gets a second invitation.
        (await DeliverAsync(assessment, "send")).Total.Should().Be(0);
        MessagesTo(emails).Should().HaveCount(3);
    }

    [Fact]
    public async Task Send_ServerRefusesOneAddress_ReportsItAloneAndRetrySendsOnlyIt()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        string[] emails = ["fine@refuse.example", "unknown@refuse.example", "also-fine@refuse.example"];
        await InviteAsync(assessment, emails);
        fixture.Smtp.Reject("unknown@refuse.example");

        var delivery = await DeliverAsync(assessment, "send");

        delivery.Should().BeEquivalentTo(new { Total = 3, Sent = 2, Failed = 1, Finished = true });
        var failed = delivery.Results.Single(r => r.Status == "Failed");
        failed.Email.Should().Be("unknown@refuse.example");
        failed.Error.Should().Contain("550");
        var listed = await _consultant.GetFromJsonAsync<InvitationEndpointsTests.ListBody>(InvitationsUrl(assessment));
        listed!.Invitations.Single(i => i.Email == "unknown@refuse.example").SendError.Should().Contain("refused");
        MessagesTo("unknown@refuse.example").Should().BeEmpty();

        fixture.Smtp.Accept("unknown@refuse.example");
        var started = await _consultant.PostAsync($"{InvitationsUrl(assessment)}/send?failedOnly=true", null);
        started.ShouldBeJson(HttpStatusCode.Accepted);
        var retried = await started.Content.ReadFromJsonAsync<DeliveryBody>();
        retried!.Results.Select(r => r.Email).Should().Equal("unknown@refuse.example");
        await WaitUntilAsync(() => MessagesTo("unknown@refuse.example").Count == 1);
        MessagesTo("fine@refuse.example", "also-fine@refuse.example").Should().HaveCount(2, "the addresses that worked get nothing twice");
    }

    [Fact]
    public async Task Remind_GoesOnlyToInvitationsNotUsedYet()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        string[] emails = ["answered@remind.example", "silent@remind.example"];
        await InviteAsync(assessment, emails);
        await DeliverAsync(assessment, "send");
        var token = LinkPattern().Match(MessagesTo("answered@remind.example").Single().TextBody ?? "").Groups["token"].Value;
        (await fixture.ClientFor(null).PostAsJsonAsync($"/api/v1/surveys/{token}/responses", new { role = "Head", answers = Enumerable.Repeat(5, 20) }))
            .ShouldBeJson(HttpStatusCode.Created);

        var reminder = await DeliverAsync(assessment, "remind");

        reminder.Should().BeEquivalentTo(new { Kind = "Reminder", Total = 1, Sent = 1 });
        reminder.Results.Single().Email.Should().Be("silent@remind.example");
        MessagesTo("silent@remind.example").Should().HaveCount(2);
        MessagesTo("silent@remind.example")[1].Subject.Should().StartWith("Reminder");
        MessagesTo("answered@remind.example").Should().HaveCount(1);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        condition().Should().BeTrue();
    }

    public sealed record DeliveryBody(string Kind, int Total, int Sent, int Failed, bool Finished, IReadOnlyList<AddressBody> Results);

    public sealed record AddressBody(long InvitationId, string Email, string Status, string? Error);
}
