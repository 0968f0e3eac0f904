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

/// <summary>
/// The guard against a hard-coded English string coming back. Every catalogue text has a Russian translation in
/// Cyrillic, so under ru the catalogue itself marks what it supplied: any visible Latin word on a page (text, labels,
/// titles, aria-labels, placeholders) that is not user data or an allowed proper name did not come from the
/// catalogue. Every page is rendered for each role (anonymous respondent, consultant, executive, administrator).
/// </summary>
public sealed partial class UntranslatedTextTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    private const string Admin = "adam@a.example";

    // Proper names, and the article's title and exhibit titles cited as sources, which stay as they are in every
    // language (docs/glossary.md).
    private static readonly string[] AllowedPhrases =
    [
        "Philip Kotler", "Neil Rackham", "Suj Krishnaswamy", "How Well Do Sales and Marketing Work Together?",
        "Do We Need to Be More Aligned?",
        "Ending the War Between Sales and Marketing", "Harvard Business Review", "Kotler", "Rackham", "Krishnaswamy",
        "Welch", "Hedges", "English", "Nederlands", "PDF", "CSV", "A4", "Letter", "Moving Up", "CRM",
    ];

    private async Task<string[]> UserDataAsync() =>
    [
        .. await fixture.App.WithDbAsync(db => db.Organizations.Select(o => o.Name).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.Assessments.Select(a => a.Title).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.Users.Select(u => u.Email!).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.Users.Select(u => u.DisplayName).ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.PlanItems.Select(p => p.Note ?? "").ToListAsync()),
        .. await fixture.App.WithDbAsync(db => db.PlanItems.Select(p => p.OwnerName ?? "").ToListAsync()),
    ];

    public static TheoryData<string, string> Pages() => new()
    {
        { "", "/Account/Login" },
        { "", "/no-such-page" },
        { "", "survey" },
        { "", "thanks" },
        { DashboardFixture.Consultant, "/Organizations" },
        { DashboardFixture.Consultant, "/Organizations/Create" },
        { DashboardFixture.Consultant, "organization" },
        { DashboardFixture.Consultant, "organization/Checklist" },
        { DashboardFixture.Consultant, "organization/AddExecutive" },
        { DashboardFixture.Consultant, "create-assessment" },
        { DashboardFixture.Consultant, "withheld" },
        { DashboardFixture.Consultant, "integrated" },
        { DashboardFixture.Consultant, "open" },
        { DashboardFixture.Consultant, "open/Close" },
        { DemoSeeder.ConsultantEmail, "demo" },
        { DashboardFixture.Executive, "/Organizations" },
        { DashboardFixture.Executive, "organization" },
        { DashboardFixture.Executive, "withheld" },
        { DemoSeeder.ExecutiveEmail, "demo" },
        { Admin, "/Admin/Users" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_InRussian_ShowsNoLatinWordButUserDataAndProperNames(string user, string page)
    {
        var client = user switch
        {
            "" => fixture.App.CreateBrowser(),
            DemoSeeder.ConsultantEmail or DemoSeeder.ExecutiveEmail => await fixture.SignedInAsync(user, DashboardFixture.DemoPassword),
            Admin => await AdminAsync(),
            _ => await fixture.SignedInAsync(user),
        };
        var url = await UrlAsync(page, client);
        if (page == "/no-such-page")
        {
            // The error page is re-executed without the request's query: a reader who chose Russian has the cookie.
            var login = await client.GetDocumentAsync("/Account/Login");
            (await client.PostFormAsync("/Language", login, [new("culture", "ru")], "form.language-form")).ShouldBeRedirect();
        }

        var response = await client.GetAsync(page == "/no-such-page" ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "ui-culture=ru");
        var document = await Html.ParseAsync(response);

        document.DocumentElement.GetAttribute("lang").Should().Be("ru");
        var leftovers = LatinWords(VisibleText(document), await UserDataAsync());
        leftovers.Should().BeEmpty($"every text of {page} ({user}) should come from the catalogue, in Russian");
    }

    [Theory]
    [InlineData(DashboardFixture.Consultant, "withheld")]
    [InlineData(DemoSeeder.ConsultantEmail, "demo")]
    public async Task GetReport_InRussian_PdfHasNoLatinWordButUserDataAndProperNames(string user, string assessment)
    {
        var client = await fixture.SignedInAsync(user, user == DemoSeeder.ConsultantEmail ? DashboardFixture.DemoPassword : AppFactory.Password);
        var url = await UrlAsync(assessment, client);

        var response = await client.GetAsync(url + "/report.pdf?ui-culture=ru");

        response.ShouldBe(System.Net.HttpStatusCode.OK, HttpResponseAssertions.ApplicationPdf);
        using var pdf = PdfFile.Write(await response.Content.ReadAsByteArrayAsync(), "untranslated-" + assessment);
        // pdftotext breaks lines inside phrases; the allowed phrases are matched across line ends.
        var text = Regex.Replace(pdf.Text(), @"\s+", " ");
        LatinWords(text, await UserDataAsync()).Should().BeEmpty("every text of the Russian report should come from the catalogue");
    }

    private async Task<HttpClient> AdminAsync()
    {
        if (!await fixture.App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == Admin)))
        {
            await fixture.App.CreateUserAsync(Admin, Roles.Administrator);
        }

        return await fixture.SignedInAsync(Admin);
    }

    private async Task<string> UrlAsync(string page, HttpClient client)
    {
        var organizationId = fixture.Withheld.OrganizationId;
        switch (page)
        {
            case "survey" or "thanks" or "open" or "open/Close":
                var open = await OpenAssessmentAsync();
                var token = open.Links.First(l => l.Department == Department.Sales).Token;
                return page switch
                {
                    "survey" => $"/s/{token}",
                    "thanks" => await ThanksAsync(client, token),
                    "open" => $"/Assessments/{open.Id}",
                    _ => $"/Assessments/{open.Id}/Close",
                };
            case "organization":
                return $"/Organizations/{organizationId}";
            case "organization/Checklist" or "organization/AddExecutive":
                return $"/Organizations/{organizationId}/{page.Split('/')[1]}";
            case "create-assessment":
                return $"/Organizations/{organizationId}/Assessments/Create";
            case "withheld":
                return $"/Assessments/{fixture.Withheld.Id}";
            case "integrated":
                return $"/Assessments/{fixture.Integrated.Id}";
            case "demo":
                return $"/Assessments/{fixture.DemoAssessmentId}";
            default:
                return page;
        }
    }

    private async Task<Assessment> OpenAssessmentAsync()
    {
        const string name = "Org Open";
        return await fixture.App.WithDbAsync(db => db.Assessments.Include(a => a.Links).FirstOrDefaultAsync(a => a.Organization!.Name == name))
            ?? await fixture.App.CreateAssessmentAsync(name, AssessmentStatus.Open, fixture.ConsultantUser);
    }

    private static async Task<string> ThanksAsync(HttpClient client, string token)
    {
        var form = await client.GetDocumentAsync($"/s/{token}");
        var sent = await client.PostFormAsync($"/s/{token}", form,
            [new("Input.Role", "Staff"), .. Enumerable.Range(1, 20).Select(n => new KeyValuePair<string, string>($"Input.Answers[{n}]", "3"))]);
        return sent.Headers.Location!.ToString();
    }

    private static string VisibleText(IDocument document)
    {
        foreach (var hidden in document.QuerySelectorAll("script, style, template, noscript").ToArray())
        {
            hidden.Remove();
        }

        var attributes = document.QuerySelectorAll("[aria-label], [title], [placeholder], [alt], [data-copied-text]")
            .SelectMany(e => new[] { "aria-label", "title", "placeholder", "alt", "data-copied-text" }.Select(e.GetAttribute))
            .Where(a => !string.IsNullOrWhiteSpace(a));
        return string.Join('\n', attributes.Prepend(document.Title ?? "").Prepend(document.Body!.TextContent));
    }

    private static string[] LatinWords(string text, IEnumerable<string> userData)
    {
        // User data may be wrapped across lines (an SVG label), so each of its words counts as user data too; the
        // article's section headings are cited as sources, like its title.
        var data = userData.Where(d => !string.IsNullOrWhiteSpace(d)).ToArray();
        var sections = SalesMarketingAlignment.Domain.Recommendations.TransitionActions.All.SelectMany(a => a.ArticleSection.Split(" › "));
        foreach (var allowed in data.Concat(data.SelectMany(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                     .Concat(sections).Concat(AllowedPhrases).Distinct().OrderByDescending(d => d.Length))
        {
            text = text.Replace(allowed, " ", StringComparison.Ordinal);
        }

        // A chart label cut short ("Sales and Marketing ali…") is still user data.
        var words = data.SelectMany(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        text = Regex.Replace(text, @"\b([A-Za-z]+)…", m => words.Any(w => w.StartsWith(m.Groups[1].Value, StringComparison.Ordinal)) ? " " : m.Value);
        return LatinWord().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToArray();
    }

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z']+\b")]
    private static partial Regex LatinWord();
}
