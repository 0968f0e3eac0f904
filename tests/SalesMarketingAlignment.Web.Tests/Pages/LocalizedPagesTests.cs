using System.Globalization;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Pages;

/// <summary>
/// Pages rendered with ?ui-culture=ru and ?ui-culture=nl: the shared resource files are the ones the app reads, the
/// English texts give way to the translations, and &lt;html lang&gt; names the language.
/// </summary>
public sealed class LocalizedPagesTests(SharedAppFixture shared) : IClassFixture<SharedAppFixture>
{
    private readonly AppFactory _app = shared.WithFreshDatabase();

    private static void ShouldBeIn(IDocument page, string culture, string[] english, string[] translated)
    {
        page.DocumentElement.GetAttribute("lang").Should().Be(culture);
        var text = page.Body!.TextContent;
        foreach (var phrase in english)
        {
            text.Should().NotContain(phrase, $"the {culture} page should not fall back to English");
        }

        foreach (var phrase in translated)
        {
            text.Should().Contain(phrase);
        }
    }

    [Theory]
    [InlineData("ru", new[] { "Войти", "Электронная почта", "Пароль" })]
    [InlineData("nl", new[] { "Inloggen", "E-mail", "Wachtwoord" })]
    public async Task Login_InCulture_ShowsTranslatedTextsAndLang(string culture, string[] translated)
    {
        var page = await _app.CreateBrowser().GetDocumentAsync($"/Account/Login?ui-culture={culture}");

        ShouldBeIn(page, culture, ["Sign in", "Email", "Password", "Skip to content"], translated);
        page.Title.Should().StartWith(translated[0]);
    }

    [Fact]
    public async Task Login_DefaultCulture_StaysEnglish()
    {
        var page = await _app.CreateBrowser().GetDocumentAsync("/Account/Login");

        ShouldBeIn(page, "en", ["Войти", "Inloggen"], ["Sign in", "Email", "Password"]);
    }

    [Theory]
    [InlineData("ru", "Введите свой адрес электронной почты.", "Введите свой пароль.")]
    [InlineData("nl", "Vul uw e-mailadres in.", "Vul uw wachtwoord in.")]
    public async Task LoginPost_EmptyFormInCulture_ShowsTranslatedValidationMessages(string culture, string emailMessage, string passwordMessage)
    {
        var client = _app.CreateBrowser();
        var url = $"/Account/Login?ui-culture={culture}";
        var form = await client.GetDocumentAsync(url);

        var page = await Html.ParseAsync(await client.PostFormAsync(url, form, [new("Input.Email", ""), new("Input.Password", "")]));

        ShouldBeIn(page, culture, ["Enter your email.", "Enter your password."], [emailMessage, passwordMessage]);
    }

    [Theory]
    [InlineData("ru", new[] { "Об этом опросе", "Отправить ответы", "Я руководитель отдела", "Я сотрудник отдела" })]
    [InlineData("nl", new[] { "Over deze enquête", "Mijn antwoorden versturen", "Ik ben het hoofd van de afdeling", "Ik ben medewerker" })]
    public async Task Survey_InCulture_ShowsTranslatedTextsAndLang(string culture, string[] translated)
    {
        var assessment = await _app.CreateAssessmentAsync("Acme");
        var token = assessment.Links.Single(l => l.Department == Department.Sales).Token;

        var page = await _app.CreateBrowser().GetDocumentAsync($"/s/{token}?ui-culture={culture}");

        ShouldBeIn(page, culture, ["About this survey", "Send my answers", "I am the head of the department", "I am a member of staff", "answered"], translated);
    }

    [Theory]
    [InlineData("ru", new[] { "Организации", "Добавить организацию", "Выйти" })]
    [InlineData("nl", new[] { "Organisaties", "Een organisatie toevoegen", "Uitloggen" })]
    public async Task OrganizationList_ConsultantInCulture_ShowsTranslatedTextsAndLang(string culture, string[] translated)
    {
        var consultant = await _app.CreateUserAsync("carla@a.example", Roles.Consultant);
        await _app.CreateAssessmentAsync("Acme", AssessmentStatus.Open, consultant);
        var client = _app.CreateBrowser();
        await client.SignInAsync("carla@a.example");

        var page = await client.GetDocumentAsync($"/Organizations?ui-culture={culture}");

        ShouldBeIn(page, culture, ["Organizations", "Add an organization", "Sign out"], translated);
        page.Text("main ul").Should().Be("Acme");
    }

    [Theory]
    [InlineData("ru", "Введите название.", "Минимальная группа должна быть от 1 до 10.")]
    [InlineData("nl", "Vul een titel in.", "De kleinste groep moet tussen 1 en 10 liggen.")]
    public async Task StartAssessmentPost_InvalidInCulture_ShowsTranslatedMessages(string culture, string titleMessage, string groupSizeMessage)
    {
        var consultant = await _app.CreateUserAsync("carla@a.example", Roles.Consultant);
        var assessment = await _app.CreateAssessmentAsync("Acme", AssessmentStatus.Open, consultant);
        var client = _app.CreateBrowser();
        await client.SignInAsync("carla@a.example");
        var url = $"/Organizations/{assessment.OrganizationId}/Assessments/Create?ui-culture={culture}";
        var form = await client.GetDocumentAsync(url);

        var page = await Html.ParseAsync(await client.PostFormAsync(url, form, [new("Input.Title", ""), new("Input.MinimumGroupSize", "11")]));

        ShouldBeIn(page, culture, ["Enter a title.", "The smallest group must be between"], [titleMessage, groupSizeMessage]);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("nl")]
    public void SharedLocalizer_EveryUsedKeyInCulture_IsFoundInTheResources(string culture)
    {
        var localizer = _app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            SharedResourceParityTests.UsedKeys().Where(k => localizer[k].ResourceNotFound)
                .Should().BeEmpty($"the app should read each key from SharedResource.{culture}.resx");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
