using System.Net;
using System.Net.Http.Json;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Assessments;

/// <summary>
/// Host header injection (issue 13): a request naming another host, directly or through forwarding headers, must not
/// change where the survey links in the API and on the assessment page point.
/// </summary>
public sealed class SurveyLinkHostHeaderTests : IDisposable
{
    private const string PublicBaseUrl = "https://survey.example.com";
    // Any Host let through (AllowedHosts "*"): the option alone has to keep the links right.
    private readonly AppFactory _app = new(new Dictionary<string, string?> { [PublicAddressOptions.Key] = PublicBaseUrl, ["AllowedHosts"] = "*" });

    public void Dispose() => _app.Dispose();

    private static readonly (string Name, string Value)[][] AttackHeaders =
    [
        [],
        [("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "http")],
        [("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "https"), ("Forwarded", "host=evil.example;proto=http")],
    ];

    private HttpClient EvilClient((string Name, string Value)[] headers, bool browser)
    {
        var client = browser
            ? _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://evil.example") })
            : _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        client.DefaultRequestHeaders.Host = "evil.example";
        foreach (var (name, value) in headers)
        {
            client.DefaultRequestHeaders.Add(name, value);
        }

        return client;
    }

    [Fact]
    public async Task GetAssessmentApi_HostAndForwardedHeadersOfAnotherSite_LinksUseThePublicBaseUrl()
    {
        var carl = await _app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var assessment = await _app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, carl);
        var sales = assessment.Links.Single(l => l.Department == Domain.Department.Sales).Token;
        var marketing = assessment.Links.Single(l => l.Department == Domain.Department.Marketing).Token;

        foreach (var headers in AttackHeaders)
        {
            var client = EvilClient(headers, browser: false);
            client.DefaultRequestHeaders.Authorization = new("Bearer", await ApiCalls.LoginAsync(client, "carl@a.example"));

            var response = await client.GetAsync($"/api/v1/assessments/{assessment.Id}");

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
            body!["salesSurveyUrl"].ToString().Should().Be($"{PublicBaseUrl}/s/{sales}", string.Join(", ", headers.Select(h => h.Name)));
            body["marketingSurveyUrl"].ToString().Should().Be($"{PublicBaseUrl}/s/{marketing}");
        }
    }

    [Fact]
    public async Task AssessmentPage_HostAndForwardedHeadersOfAnotherSite_LinksUseThePublicBaseUrl()
    {
        var carl = await _app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var assessment = await _app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, carl);

        foreach (var headers in AttackHeaders)
        {
            var client = EvilClient(headers, browser: true);
            await client.SignInAsync("carl@a.example");

            var page = await client.GetDocumentAsync($"/Assessments/{assessment.Id}");

            var links = page.QuerySelectorAll(".survey-link input").Select(i => i.GetAttribute("value")!).ToList();
            links.Should().HaveCount(2).And.OnlyContain(l => l.StartsWith(PublicBaseUrl + "/s/", StringComparison.Ordinal));
            page.Source.Text.Should().NotContain("evil.example");
        }
    }

    [Fact]
    public async Task GetAssessmentApi_NoPublicBaseUrlAndAnyHostAllowed_LinksAreRelativeNotTheAttackersHost()
    {
        using var app = new AppFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "*" });
        var carl = await app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var assessment = await app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, carl);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await ApiCalls.LoginAsync(client, "carl@a.example"));

        var body = await client.GetFromJsonAsync<Dictionary<string, object>>($"/api/v1/assessments/{assessment.Id}");

        body!["salesSurveyUrl"].ToString().Should().StartWith("/s/");
        body["marketingSurveyUrl"].ToString().Should().StartWith("/s/");
    }

    [Fact]
    public async Task GetAssessmentApi_NoPublicBaseUrlAndHostsListed_OtherHostIsRefusedAndListedHostIsUsed()
    {
        using var app = new AppFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "survey.example.org" });
        var carl = await app.CreateUserAsync("carl@a.example", Roles.Consultant);
        var assessment = await app.CreateAssessmentAsync("Org A", AssessmentStatus.Open, carl);
        var evil = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        var listed = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://survey.example.org") });
        listed.DefaultRequestHeaders.Authorization = new("Bearer", await ApiCalls.LoginAsync(listed, "carl@a.example"));
        evil.DefaultRequestHeaders.Authorization = listed.DefaultRequestHeaders.Authorization;

        (await evil.GetAsync($"/api/v1/assessments/{assessment.Id}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await listed.GetFromJsonAsync<Dictionary<string, object>>($"/api/v1/assessments/{assessment.Id}");

        body!["salesSurveyUrl"].ToString().Should().StartWith("https://survey.example.org/s/");
    }
}
