using System.Net.Http.Headers;
using System.Net.Http.Json;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Api;

/// <summary>
/// One app per test class with the five callers of the authorization matrix: an administrator, a consultant and an
/// executive of organization A, a consultant of organization B. Users are created and signed in once per class (a host
/// start costs far more than a test). Tests make their own assessments when they change them.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    public const string Admin = "admin@example.test";
    public const string ConsultantA = "carl@a.example";
    public const string ExecutiveA = "eve@a.example";
    public const string ConsultantB = "bob@b.example";

    /// <summary>The fixture's settings, whichever provider it runs on.</summary>
    public static IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Api:AnonymousPermitsPerMinute"] = "1000000" };

    public ApiFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>With extra settings (a derived fixture for mail, for example).</summary>
    protected ApiFixture(IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in Settings)
        {
            all[key] = value;
        }

        App = new AppFactory(all);
    }

    /// <summary>On another app (e.g. <see cref="AppFactory.OnPostgres"/>).</summary>
    internal ApiFixture(AppFactory app) => App = app;

    public AppFactory App { get; }

    public Assessment AssessmentA { get; private set; } = null!;
    public Assessment AssessmentB { get; private set; } = null!;
    public int OrganizationA => AssessmentA.OrganizationId;
    public int OrganizationB => AssessmentB.OrganizationId;

    private readonly Dictionary<string, string> _tokens = [];

    public async Task InitializeAsync()
    {
        await App.CreateUserAsync(Admin, Roles.Administrator);
        var carl = await App.CreateUserAsync(ConsultantA, Roles.Consultant);
        var eve = await App.CreateUserAsync(ExecutiveA, Roles.Executive);
        var bob = await App.CreateUserAsync(ConsultantB, Roles.Consultant);
        AssessmentA = await App.CreateAssessmentAsync("Org A", AssessmentStatus.Open, carl, eve);
        AssessmentB = await App.CreateAssessmentAsync("Org B", AssessmentStatus.Open, bob);
        foreach (var email in new[] { Admin, ConsultantA, ExecutiveA, ConsultantB })
        {
            _tokens[email] = await ApiCalls.LoginAsync(App.CreateClient(), email);
        }
    }

    /// <summary>A client that sends the user's bearer token; no token for null (anonymous).</summary>
    public HttpClient ClientFor(string? email)
    {
        var client = App.CreateBrowser();
        if (email is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[email]);
        }

        return client;
    }

    /// <summary>A fresh assessment of organization A (for tests that close it or fill it), its open links on unless told otherwise.</summary>
    public Task<Assessment> NewAssessmentInAAsync(AssessmentStatus status = AssessmentStatus.Open, bool openLinks = true) =>
        App.WithDbAsync(async db =>
        {
            var assessment = Assessment.Start(OrganizationA, "Extra", 3, null, null, "seed", DateOnly.FromDateTime(DateTime.UtcNow));
            assessment.Status = status;
            assessment.SalesOpenLink = openLinks;
            assessment.MarketingOpenLink = openLinks;
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
            return assessment;
        });

    public virtual Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

public static class ApiCalls
{
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    public static async Task<string> LoginAsync(HttpClient client, string email, string password = AppFactory.Password)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.ShouldBeJson(System.Net.HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        return body!.AccessToken;
    }

    /// <summary>POSTs raw text with a content type (for malformed bodies).</summary>
    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string contentType = "application/json") =>
        client.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)));

    /// <summary>Reads a ProblemDetails body after checking the status and the problem+json content type.</summary>
    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        await response.ShouldBeProblemAsync(expected);
        return System.Text.Json.JsonSerializer.Deserialize<Problem>(await response.Content.ReadAsStringAsync(), WebJson)!;
    }

    public sealed record TokenBody(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    public sealed record Problem(int? Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
