using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages.Survey;

/// <summary>The survey opens in the assessment's language; the respondent can switch, and a link can carry the language.</summary>
public sealed class SurveyLanguageTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    private async Task<string> SalesTokenAsync(string surveyLanguage)
    {
        var assessment = await _app.CreateAssessmentAsync("Acme " + Guid.NewGuid().ToString("N")[..6]);
        await _app.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessment.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.SurveyLanguage, surveyLanguage)));
        return assessment.Links.Single(l => l.Department == Department.Sales).Token;
    }

    [Theory]
    [InlineData("ru", "Насколько хорошо взаимодействуют Продажи и Маркетинг?")]
    [InlineData("nl", "Hoe goed werken Sales en Marketing samen?")]
    [InlineData("en", "How well do Sales and Marketing work together?")]
    public async Task Get_AssessmentLanguage_IsTheLanguageTheSurveyOpensIn(string language, string heading)
    {
        var token = await SalesTokenAsync(language);

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{token}");

        page.DocumentElement.GetAttribute("lang").Should().Be(language);
        page.Text("h1").Should().Be(heading);
        page.Text("fieldset.statement:nth-of-type(2) legend").Should().Contain(Questionnaire.Get(1).Text(System.Globalization.CultureInfo.GetCultureInfo(language)));
        page.QuerySelector(".survey-languages a[aria-current=true]")!.GetAttribute("lang").Should().Be(language);
    }

    [Theory]
    [InlineData("ru", "Насколько хорошо взаимодействуют Продажи и Маркетинг?")]
    [InlineData("nl", "Hoe goed werken Sales en Marketing samen?")]
    public async Task Get_PersonalInvitation_OpensInTheAssessmentsLanguage(string language, string heading)
    {
        var assessment = await _app.CreateAssessmentAsync("Invited " + Guid.NewGuid().ToString("N")[..6]);
        var token = SurveyLink.NewToken();
        await _app.WithDbAsync(async db =>
        {
            await db.Assessments.Where(a => a.Id == assessment.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.SurveyLanguage, language));
            db.Invitations.Add(new Invitation
            {
                AssessmentId = assessment.Id,
                Department = Department.Sales,
                Email = $"{Guid.NewGuid():N}@client.example",
                Token = token,
                CreatedOn = new DateOnly(2026, 1, 5),
            });
            return await db.SaveChangesAsync();
        });

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{token}");
        var api = await _app.CreateClient().GetAsync($"/api/v1/surveys/{token}");

        page.DocumentElement.GetAttribute("lang").Should().Be(language, "an invitee's browser language must not win over the assessment's");
        page.Text("h1").Should().Be(heading);
        (await api.Content.ReadAsStringAsync()).Should().Contain(Questionnaire.Get(1).Text(System.Globalization.CultureInfo.GetCultureInfo(language)));
    }

    [Theory]
    [InlineData("?lang=nl", "nl")]
    [InlineData("?ui-culture=en", "en")]
    [InlineData("?lang=de", "ru")]
    public async Task Get_LanguageInTheLink_OverridesTheAssessmentsLanguage(string query, string expected)
    {
        var token = await SalesTokenAsync("ru");

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{token}{query}");

        page.DocumentElement.GetAttribute("lang").Should().Be(expected, "an unsupported language in the link falls back to the assessment's");
    }

    [Fact]
    public async Task Post_AfterSwitchingLanguage_ThanksPageStaysInThatLanguage()
    {
        var token = await SalesTokenAsync("ru");
        var client = _app.CreateBrowser();
        var url = $"/s/{token}?lang=nl";
        var form = await client.GetDocumentAsync(url);
        form.QuerySelectorAll(".survey-languages a").Select(a => a.GetAttribute("href")).Should().Equal("?lang=en", "?lang=ru", "?lang=nl");

        var sent = await client.PostFormAsync(url, form,
            [new("Input.Role", "Staff"), .. Enumerable.Range(1, 20).Select(n => new KeyValuePair<string, string>($"Input.Answers[{n}]", "4"))]);

        sent.StatusCode.Should().Be(HttpStatusCode.Redirect);
        sent.Headers.Location!.ToString().Should().EndWith("?lang=nl");
        var thanks = await client.GetDocumentAsync(sent.Headers.Location.ToString());
        thanks.DocumentElement.GetAttribute("lang").Should().Be("nl");
    }

    [Fact]
    public async Task GetApi_SurveyForm_IsInTheAssessmentsLanguage()
    {
        var token = await SalesTokenAsync("ru");

        var response = await _app.CreateClient().GetAsync($"/api/v1/surveys/{token}");

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.Should().Contain(Questionnaire.Get(1).Text(System.Globalization.CultureInfo.GetCultureInfo("ru")));
    }

    [Theory]
    [InlineData("/s/abc", "abc")]
    [InlineData("/s/abc/thanks/0f8fad5b-d9cb-469f-a165-70867728950e", "abc")]
    [InlineData("/api/v1/surveys/abc/responses", "abc")]
    [InlineData("/Assessments/5", null)]
    [InlineData("/s/", null)]
    [InlineData("/api/v1/assessments/5", null)]
    public void SurveyToken_Path_IsTheTokenOnlyForSurveyPaths(string path, string? expected) =>
        SurveyLanguageCultureProvider.SurveyToken(new PathString(path)).Should().Be(expected);

    [Fact]
    public void SurveyToken_Overlong_IsIgnoredWithoutALookup() =>
        SurveyLanguageCultureProvider.SurveyToken(new PathString("/s/" + new string('a', SurveyLink.TokenMaxLength + 1))).Should().BeNull();
}
