using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Features.Invitations;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure.Mail;

/// <summary>
/// Every mail the app sends, sent through a real SMTP server on loopback in Russian and in Dutch: the subject and
/// the body carry no English but user data (the organization's name, addresses, links) and the product's name.
/// Russian is checked word by word (any Latin word is left over); Dutch, which shares the alphabet, sentence by
/// sentence against the same mail in English.
/// </summary>
public sealed partial class MailTranslationTests(MailApiFixture fixture) : IClassFixture<MailApiFixture>
{
    public enum MailKind
    {
        Invitation,
        Reminder,
        PasswordReset,
        ExecutiveInvitation,
    }

    // The product's name stays as it is in every language (docs/glossary.md).
    private static readonly string[] ProperNames = ["Sales & Marketing Alignment"];

    private readonly HttpClient _consultant = fixture.ClientFor(ApiFixture.ConsultantA);

    [Theory]
    [InlineData(MailKind.Invitation)]
    [InlineData(MailKind.Reminder)]
    [InlineData(MailKind.PasswordReset)]
    [InlineData(MailKind.ExecutiveInvitation)]
    public async Task Send_InRussian_HasNoLatinWordButUserData(MailKind kind)
    {
        var mail = await SendAsync(kind, "ru");

        mail.Body.Should().MatchRegex("[А-Яа-я]", "the mail is in Russian");
        LatinWords(mail.Subject + "\n" + mail.Body).Should().BeEmpty($"every word of the {kind} mail should be in Russian");
    }

    [Theory]
    [InlineData(MailKind.Invitation)]
    [InlineData(MailKind.Reminder)]
    [InlineData(MailKind.PasswordReset)]
    [InlineData(MailKind.ExecutiveInvitation)]
    public async Task Send_InDutch_HasNoSentenceLeftInEnglish(MailKind kind)
    {
        var english = await SendAsync(kind, "en");
        var dutch = await SendAsync(kind, "nl");

        var englishSentences = Sentences(english.Subject + "\n" + english.Body);
        englishSentences.Should().NotBeEmpty();
        Sentences(dutch.Subject + "\n" + dutch.Body).Intersect(englishSentences)
            .Should().BeEmpty($"no sentence of the {kind} mail should stay as in English");
    }

    [Fact]
    public void LatinWords_FindEnglishLeftInARussianMail()
    {
        LatinWords("Опрос: Org A?\nHello, https://survey.example.com/s/abc ivan@client.example").Should().Equal("Hello");
    }

    private async Task<(string Subject, string Body)> SendAsync(MailKind kind, string language)
    {
        var email = $"{kind.ToString().ToLowerInvariant()}.{language}.{Guid.NewGuid():N}@client.example";
        switch (kind)
        {
            case MailKind.Invitation or MailKind.Reminder:
                // Respondents get the survey's language, whatever language the consultant sending them works in.
                var assessment = await fixture.NewAssessmentInAAsync(openLinks: false);
                await fixture.App.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessment.Id)
                    .ExecuteUpdateAsync(u => u.SetProperty(a => a.SurveyLanguage, language)));
                var invitations = $"/api/v1/assessments/{assessment.Id}/invitations";
                (await _consultant.PostAsJsonAsync(invitations, new { department = "Sales", emails = new[] { email } })).ShouldBeJson(HttpStatusCode.Created);
                await DeliverAsync(invitations, "send", "en");
                if (kind == MailKind.Reminder)
                {
                    await DeliverAsync(invitations, "remind", "en");
                }

                break;
            case MailKind.PasswordReset:
                await fixture.App.CreateUserAsync(email, Roles.Consultant);
                var browser = fixture.App.CreateBrowser();
                var page = await browser.GetDocumentAsync($"/Account/ForgotPassword?ui-culture={language}");
                (await browser.PostFormAsync($"/Account/ForgotPassword?ui-culture={language}", page, [new("Email", email)])).StatusCode
                    .Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect);
                break;
            default:
                (await _consultant.PostAsJsonAsync($"/api/v1/organizations/{fixture.OrganizationA}/members?ui-culture={language}", new { email }))
                    .IsSuccessStatusCode.Should().BeTrue("the consultant invites an executive without an account");
                break;
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (fixture.Smtp.To(email).Count < (kind == MailKind.Reminder ? 2 : 1) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var message = fixture.Smtp.To(email)[^1];
        return (message.Subject ?? "", message.TextBody ?? "");
    }

    private async Task DeliverAsync(string invitations, string action, string language)
    {
        (await _consultant.PostAsync($"{invitations}/{action}?ui-culture={language}", null)).ShouldBeJson(HttpStatusCode.Accepted);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var progress = await _consultant.GetFromJsonAsync<InvitationDeliveryTests.DeliveryBody>($"{invitations}/delivery");
            if (progress!.Finished)
            {
                progress.Sent.Should().Be(1, "the {0} reached the SMTP server", action);
                return;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Latin words once user data (links, addresses, the organization's name) and proper names are taken out.</summary>
    private static string[] LatinWords(string text) =>
        LatinWord().Matches(WithoutUserData(text)).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The mail's sentences that hold a word once user data is taken out.</summary>
    private static HashSet<string> Sentences(string text) =>
        SentenceEnd().Split(WithoutUserData(text))
            .Select(s => Regex.Replace(s, @"\s+", " ").Trim())
            .Where(s => LatinWord().IsMatch(s))
            .ToHashSet(StringComparer.Ordinal);

    private static string WithoutUserData(string text)
    {
        text = UrlOrEmail().Replace(text, " ");
        foreach (var data in ProperNames.Append("Org A"))
        {
            text = text.Replace(data, " ", StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex(@"https?://\S+|\S+@\S+")]
    private static partial Regex UrlOrEmail();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z']+\b")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[.!?:;\n]+")]
    private static partial Regex SentenceEnd();
}
