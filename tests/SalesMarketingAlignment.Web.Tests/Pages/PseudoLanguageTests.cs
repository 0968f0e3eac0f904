using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Reports.Tests.Pdf;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Pages.Assessments;

namespace SalesMarketingAlignment.Web.Tests.Pages;

/// <summary>The dashboard's data in an app whose every request is in the pseudo-language (<see cref="PseudoLanguage"/>).</summary>
public sealed class PseudoLanguageFixture() : DashboardFixture(PseudoLanguage.Register);

/// <summary>
/// The guard against a hard-coded string, in any language: in the pseudo-language every catalogue text (web
/// localizer, the Domain's and the report's catalogues, validation and model-binding messages, ProblemDetails) has
/// its letters accented, so a plain ASCII word on a page, in a ProblemDetails or in the PDF that is not user data, a
/// date, a number or a proper name bypassed the catalogue, and would show in English to a Russian or Dutch reader.
/// </summary>
public sealed partial class PseudoLanguageTests(PseudoLanguageFixture fixture) : IClassFixture<PseudoLanguageFixture>
{
    private const string Admin = "adam@a.example";

    // Proper names and the article's titles (docs/glossary.md), and each language's own name in the language menu.
    private static readonly string[] ProperNames =
    [
        "Philip Kotler", "Neil Rackham", "Suj Krishnaswamy", "How Well Do Sales and Marketing Work Together?",
        "Do We Need to Be More Aligned?", "Ending the War Between Sales and Marketing", "Harvard Business Review",
        "Kotler", "Rackham", "Krishnaswamy", "Welch", "Hedges", "English", "Nederlands", "PDF", "CSV", "A4", "Letter",
        "Moving Up", "CRM",
    ];

    public static TheoryData<string, string> Pages() => new()
    {
        { "", "/Account/Login" },
        { "", "/Account/ForgotPassword" },
        { "", "/Account/ResetPassword?email=nobody%40a.example&code=bad" },
        { "", "/Account/AcceptInvitation?email=nobody%40a.example&code=bad" },
        { "", "/Account/AccessDenied" },
        { "", "/no-such-page" },
        { "", "/s/no-such-token" },
        { "", "survey" },
        { "", "thanks" },
        { DashboardFixture.Consultant, "/" },
        { DashboardFixture.Consultant, "/Organizations" },
        { DashboardFixture.Consultant, "/Organizations/Create" },
        { DashboardFixture.Consultant, "organization" },
        { DashboardFixture.Consultant, "organization/Checklist" },
        { DashboardFixture.Consultant, "organization/AddExecutive" },
        { DashboardFixture.Consultant, "create-assessment" },
        { DashboardFixture.Consultant, "withheld" },
        { DashboardFixture.Consultant, "withheld/Responses" },
        { DashboardFixture.Consultant, "integrated" },
        { DashboardFixture.Consultant, "four" },
        { DashboardFixture.Consultant, "open" },
        { DashboardFixture.Consultant, "open/Close" },
        { DashboardFixture.Consultant, "open/Invitations" },
        { DashboardFixture.Consultant, "open/Invitations/Codes" },
        { DashboardFixture.Consultant, "/Account/ChangePassword" },
        { DashboardFixture.Outsider, "withheld" },
        { DemoSeeder.ConsultantEmail, "demo" },
        { DashboardFixture.Executive, "/Organizations" },
        { DashboardFixture.Executive, "organization" },
        { DashboardFixture.Executive, "withheld" },
        { DashboardFixture.Executive, "/Admin/Users" },
        { DemoSeeder.ExecutiveEmail, "demo" },
        { Admin, "/Admin/Users" },
        { Admin, "/Admin/Audit" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_InPseudoLanguage_ShowsOnlyCatalogueTextAndUserData(string user, string page)
    {
        var client = await ClientAsync(user);
        var url = await UrlAsync(page, client);

        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            // The access-denied and sign-in redirects: what the reader sees is the page they lead to.
            response = await client.GetAsync(response.Headers.Location);
        }

        var document = await Html.ParseAsync(response);
        document.DocumentElement.GetAttribute("lang").Should().Be(PseudoLanguage.Culture.TwoLetterISOLanguageName);
        Unmarked(VisibleText(document), await UserDataAsync())
            .Should().BeEmpty($"every text of {page} ({user}) should come from the catalogue");
    }

    public static TheoryData<string, string, string[]> InvalidForms() => new()
    {
        { "", "/Account/Login", ["Input.Email=", "Input.Password="] },
        { "", "/Account/Login", ["Input.Email=nobody@a.example", "Input.Password=wrong password 1"] },
        { "", "survey", ["Input.Role=", "Input.Answers[1]=3"] },
        { "", "survey", ["Input.Role=Staff", "Input.Answers[1]=9", "Input.Answers[2]=abc"] },
        { DashboardFixture.Consultant, "/Organizations/Create", ["Input.Name="] },
        { DashboardFixture.Consultant, "create-assessment", ["Input.Title=", "Input.MinimumGroupSize=0", "Input.ExpectedSales=x"] },
        { DashboardFixture.Consultant, "/Account/ChangePassword", ["Input.CurrentPassword=wrong", "Input.NewPassword=short", "Input.ConfirmPassword=other"] },
        { DashboardFixture.Consultant, "organization/AddExecutive", ["Input.Email=not-an-address"] },
        { Admin, "/Admin/Users", ["Input.Email=", "Input.Role="] },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task Post_InvalidFormInPseudoLanguage_ShowsOnlyCatalogueMessages(string user, string page, string[] fields)
    {
        var client = await ClientAsync(user);
        var url = await UrlAsync(page, client);
        var form = await client.GetDocumentAsync(url);

        var response = await client.PostFormAsync(url, form, fields.Select(f => f.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1])));

        response.StatusCode.Should().NotBe(HttpStatusCode.Redirect, "the form is invalid, so the page shows why");
        var document = await Html.ParseAsync(response);
        document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, [role=alert]").Should().NotBeEmpty("an invalid form says what is wrong");
        Unmarked(VisibleText(document), await UserDataAsync())
            .Should().BeEmpty($"every message of {page} ({user}) should come from the catalogue");
    }

    public static TheoryData<string, string, string, string?> ApiProblems() => new()
    {
        { "", "GET", "/api/v1/organizations", null },
        { "", "GET", "/api/v1/no-such-endpoint", null },
        { "", "GET", "/api/v1/surveys/no-such-token", null },
        { "", "POST", "/api/v1/auth/login", "{" },
        { "", "POST", "/api/v1/auth/login", """{"email":"nobody@a.example","password":"wrong password 1"}""" },
        { "", "POST", "survey-api", """{"role":"Staff","answers":[9]}""" },
        { DashboardFixture.Consultant, "GET", "/api/v1/assessments/999999", null },
        { DashboardFixture.Consultant, "POST", "/api/v1/organizations", "" },
        { DashboardFixture.Consultant, "POST", "/api/v1/organizations", """{"name":7}""" },
        { DashboardFixture.Consultant, "POST", "/api/v1/organizations", """{"name":""}""" },
        { DashboardFixture.Consultant, "PUT", "/api/v1/organizations", "{}" },
        { DashboardFixture.Consultant, "GET", "withheld-api/report.pdf?paper=B5", null },
        { DashboardFixture.Executive, "POST", "withheld-api/close", "" },
        { DashboardFixture.Outsider, "GET", "withheld-api", null },
    };

    [Theory]
    [MemberData(nameof(ApiProblems))]
    public async Task Api_ProblemInPseudoLanguage_HasOnlyCatalogueTitleAndDetail(string user, string method, string path, string? body)
    {
        var client = await ClientAsync(user);
        var url = path.Replace("withheld-api", $"/api/v1/assessments/{fixture.Withheld.Id}", StringComparison.Ordinal)
            .Replace("survey-api", $"/api/v1/surveys/{(await OpenAssessmentAsync()).Links[0].Token}/responses", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(request);

        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", $"{method} {path} fails");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Unmarked(ProblemText(problem.RootElement), await UserDataAsync())
            .Should().BeEmpty($"the title, detail and errors of {method} {path} should come from the catalogue");
    }

    [Theory]
    [InlineData(DashboardFixture.Consultant, "withheld")]
    [InlineData(DashboardFixture.Consultant, "four")]
    [InlineData(DemoSeeder.ConsultantEmail, "demo")]
    public async Task GetReport_InPseudoLanguage_PdfHasOnlyCatalogueTextAndUserData(string user, string assessment)
    {
        var client = await ClientAsync(user);
        var url = await UrlAsync(assessment, client);

        var response = await client.GetAsync(url + "/report.pdf");

        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf);
        using var pdf = PdfFile.Write(await response.Content.ReadAsByteArrayAsync(), "pseudo-" + assessment);
        Unmarked(pdf.RawText(), await UserDataAsync()).Should().BeEmpty("every text of the report should come from a catalogue");
    }

    [Fact]
    public void Mark_KeepsPlaceholdersTagsAndEntities()
    {
        var marked = PseudoLanguage.Mark("Sign in as {0:N1}, <a href=\"/x\">here</a>&nbsp;now");

        marked.Should().Be("Šîĝñ îñ åš {0:N1}, <a href=\"/x\">ĥéŕé</a>&nbsp;ñöŵ");
        PseudoLanguage.UnmarkedWords(marked.Replace("{0:N1}", "", StringComparison.Ordinal)).Should().BeEquivalentTo("href", "nbsp");
    }

    [Fact]
    public void Unmarked_FindsHardCodedEnglishBesideCatalogueText()
    {
        var page = PseudoLanguage.Mark("Sign in") + " Forgot your password? " + PseudoLanguage.Mark("Email");

        Unmarked(page, []).Should().BeEquivalentTo("Forgot", "your", "password");
    }

    private async Task<HttpClient> ClientAsync(string user)
    {
        if (user == Admin && !await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == Admin)))
        {
            await fixture.App.CreateUserAsync(Admin, Roles.Administrator);
        }

        return user switch
        {
            "" => fixture.App.CreateBrowser(),
            DemoSeeder.ConsultantEmail or DemoSeeder.ExecutiveEmail => await fixture.SignedInAsync(user, DashboardFixture.DemoPassword),
            _ => await fixture.SignedInAsync(user),
        };
    }

    private async Task<string[]> UserDataAsync() =>
    [
        .. await fixture.App.WithDbAsync(db => db.Organizations.Select(o => o.Name).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.Assessments.Select(a => a.Title).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.Users.Select(u => u.DisplayName).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.SurveyLinks.Select(l => l.Token).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.Invitations.Select(i => i.Name ?? "").ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.PlanItems.Select(p => p.Note ?? "").ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.PlanItems.Select(p => p.OwnerName ?? "").ToListAsync()),
        // The article's section headings are cited as sources, like its title (decision 0012).
        .. SalesMarketingAlignment.Domain.Recommendations.TransitionActions.All.SelectMany(a => a.ArticleSection.Split(" › ")),
    ];

    /// <summary>Text, titles, labels and placeholders a reader sees or hears; text nodes apart, as a browser shows them.</summary>
    private static string VisibleText(IDocument document)
    {
        foreach (var hidden in document.QuerySelectorAll("script, style, template, noscript").ToArray())
        {
            hidden.Remove();
        }

        string[] names = ["aria-label", "title", "placeholder", "alt", "data-copied-text"];
        var attributes = document.QuerySelectorAll("[aria-label], [title], [placeholder], [alt], [data-copied-text]")
            .SelectMany(e => names.Select(e.GetAttribute))
            .Where(a => !string.IsNullOrWhiteSpace(a));
        var text = document.Body!.GetDescendants().OfType<IText>().Select(t => t.Data);
        return string.Join('\n', text.Concat(attributes!).Prepend(document.Title ?? ""));
    }

    /// <summary>The plain ASCII words of <paramref name="text"/> once user data, dates, addresses and proper names are taken out.</summary>
    private static string[] Unmarked(string text, IEnumerable<string> userData)
    {
        text = Regex.Replace(text, @"\s+", " ");
        text = UrlOrEmail().Replace(text, " ");
        var data = userData.Where(d => !string.IsNullOrWhiteSpace(d)).ToArray();
        // User data wrapped or cut short in a chart label still counts as user data, word by word.
        var words = data.SelectMany(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var english = RequestLanguages.English.DateTimeFormat;
        var dates = english.MonthNames.Concat(english.AbbreviatedMonthNames).Concat(english.DayNames).Concat(english.AbbreviatedDayNames);
        foreach (var allowed in data.Concat(ProperNames).Concat(words).Concat(dates)
                     .Where(a => a.Length > 0).Distinct().OrderByDescending(a => a.Length))
        {
            text = Regex.Replace(text, @"(?<![A-Za-z])" + Regex.Escape(allowed) + @"(?![A-Za-z])", " ");
        }

        text = Regex.Replace(text, @"\b([A-Za-z]+)…", m => words.Any(w => w.StartsWith(m.Groups[1].Value, StringComparison.Ordinal)) ? " " : m.Value);
        return PseudoLanguage.UnmarkedWords(text);
    }

    private static string ProblemText(JsonElement problem)
    {
        var parts = new List<string>();
        foreach (var name in new[] { "title", "detail" })
        {
            if (problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                parts.Add(value.GetString()!);
            }
        }

        if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            parts.AddRange(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString() ?? ""));
        }

        parts.Should().NotBeEmpty("a ProblemDetails says what went wrong");
        // Field names and values quoted from the request ('name'), the request's method and placeholders of the
        // protocol (<accessToken>) are identifiers, not text.
        return Regex.Replace(string.Join('\n', parts), @"'[^'\s]*'|<[^<>\s]+>|\b(GET|POST|PUT|PATCH|DELETE)\b", " ");
    }

    private async Task<string> UrlAsync(string page, HttpClient client)
    {
        var organizationId = fixture.Withheld.OrganizationId;
        var withheld = fixture.Withheld.Id;
        switch (page)
        {
            case "survey" or "thanks" or "open" or "open/Close" or "open/Invitations" or "open/Invitations/Codes":
                var open = await OpenAssessmentAsync();
                var token = open.Links.First(l => l.Department == Department.Sales).Token;
                return page switch
                {
                    "survey" => $"/s/{token}",
                    "thanks" => await ThanksAsync(client, token),
                    "open" => $"/Assessments/{open.Id}",
                    _ => $"/Assessments/{open.Id}/{page.Split('/', 2)[1]}",
                };
            case "organization":
                return $"/Organizations/{organizationId}";
            case "organization/Checklist" or "organization/AddExecutive":
                return $"/Organizations/{organizationId}/{page.Split('/')[1]}";
            case "create-assessment":
                return $"/Organizations/{organizationId}/Assessments/Create";
            case "withheld":
                return $"/Assessments/{withheld}";
            case "withheld/Responses":
                return $"/Assessments/{withheld}/Responses";
            case "integrated":
                return $"/Assessments/{fixture.Integrated.Id}";
            case "four":
                return $"/Assessments/{fixture.FourPerceptions.Id}";
            case "demo":
                return $"/Assessments/{fixture.DemoAssessmentId}";
            default:
                return page;
        }
    }

    private async Task<Assessment> OpenAssessmentAsync()
    {
        const string name = "Org Open";
        var open = await fixture.App.WithDbAsync(db => db.Assessments.Include(a => a.Links).FirstOrDefaultAsync(a => a.Organization!.Name == name));
        if (open is not null)
        {
            return open;
        }

        open = await fixture.App.CreateAssessmentAsync(name, AssessmentStatus.Open, fixture.ConsultantUser);
        await fixture.App.WithDbAsync(db =>
        {
            db.Invitations.Add(new Invitation
            {
                AssessmentId = open.Id,
                Email = "ivan@client.example",
                Name = "Ivan",
                Department = Department.Sales,
                Token = SurveyLink.NewToken(),
                CreatedOn = new DateOnly(2026, 1, 6),
            });
            return db.SaveChangesAsync();
        });
        return open;
    }

    private static async Task<string> ThanksAsync(HttpClient client, string token)
    {
        var form = await client.GetDocumentAsync($"/s/{token}");
        var sent = await client.PostFormAsync($"/s/{token}", form,
            [new("Input.Role", "Staff"), .. Enumerable.Range(1, 20).Select(n => new KeyValuePair<string, string>($"Input.Answers[{n}]", "3"))]);
        return sent.Headers.Location!.ToString();
    }

    [GeneratedRegex(@"https?://\S+|/s/\S+|\S+@\S+")]
    private static partial Regex UrlOrEmail();
}
