using System.Net;
using System.Net.Http.Json;
using SalesMarketingAlignment.Web.Pages.Assessments;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Authorization;

/// <summary>Signed-in page clients (cookie) for the matrix, on top of the API fixture's users and bearer tokens.</summary>
public class MatrixFixture : IAsyncLifetime
{
    public MatrixFixture()
        : this(new ApiFixture())
    {
    }

    protected MatrixFixture(ApiFixture api) => Api = api;

    public ApiFixture Api { get; }

    /// <summary>An assessment of organization A / B that the close rows may close (closing is idempotent).</summary>
    public int ClosableA { get; private set; }

    public int ClosableB { get; private set; }

    private readonly Dictionary<string, HttpClient> _browsers = [];

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        ClosableA = (await Api.NewAssessmentInAAsync()).Id;
        ClosableB = (await Api.App.CreateAssessmentAsync("Org B2")).Id;
        await Api.App.WithDbAsync(async db =>
        {
            var row = await db.Assessments.FindAsync(ClosableB);
            row!.OrganizationId = Api.OrganizationB;
            return await db.SaveChangesAsync();
        });
        foreach (var email in new[] { ApiFixture.Admin, ApiFixture.ConsultantA, ApiFixture.ExecutiveA, ApiFixture.ConsultantB })
        {
            var browser = Api.App.CreateBrowser();
            (await browser.SignInAsync(email)).ShouldBeRedirect();
            _browsers[email] = browser;
        }

        _browsers[""] = Api.App.CreateBrowser();
    }

    public HttpClient Browser(string? email) => _browsers[email ?? ""];

    public string Expand(string url) => url
        .Replace("{orgA}", Api.OrganizationA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{orgB}", Api.OrganizationB.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{assessmentA}", Api.AssessmentA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{assessmentB}", Api.AssessmentB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{closableA}", ClosableA.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{closableB}", ClosableB.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public Task DisposeAsync() => Api.DisposeAsync();
}

/// <summary>
/// Who may do what: each caller against each page and API endpoint, on their own organization (A) and another (B).
/// Pages answer anonymous callers with a redirect to the login page and a wrong role with a redirect to the access-denied
/// page (cookie behaviour); the API answers 401 and 403 ProblemDetails. Another tenant's data is always a 404.
/// </summary>
public class AuthorizationMatrixTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private const string Anonymous = "anonymous";
    private const string Admin = ApiFixture.Admin;
    private const string ConsultantA = ApiFixture.ConsultantA;
    private const string ExecutiveA = ApiFixture.ExecutiveA;
    private const string ConsultantB = ApiFixture.ConsultantB;
    private const string Login = "/Account/Login";
    private const string Denied = "/Account/AccessDenied";

    public static TheoryData<string, string, int, string?> Pages() => new()
    {
        { Anonymous, "/Organizations", 302, Login },
        { Admin, "/Organizations", 200, null },
        { ConsultantA, "/Organizations", 200, null },
        { ExecutiveA, "/Organizations", 200, null },
        { ConsultantB, "/Organizations", 200, null },

        { Anonymous, "/Organizations/{orgA}", 302, Login },
        { Admin, "/Organizations/{orgA}", 200, null },
        { ConsultantA, "/Organizations/{orgA}", 200, null },
        { ExecutiveA, "/Organizations/{orgA}", 200, null },
        { ConsultantB, "/Organizations/{orgA}", 404, null },
        { ExecutiveA, "/Organizations/{orgB}", 404, null },

        { Anonymous, "/Assessments/{assessmentA}", 302, Login },
        { Admin, "/Assessments/{assessmentA}", 200, null },
        { ConsultantA, "/Assessments/{assessmentA}", 200, null },
        { ExecutiveA, "/Assessments/{assessmentA}", 200, null },
        { ConsultantB, "/Assessments/{assessmentA}", 404, null },
        { ConsultantA, "/Assessments/{assessmentB}", 404, null },

        { Anonymous, "/Assessments/{assessmentA}/Close", 302, Login },
        { Admin, "/Assessments/{assessmentA}/Close", 200, null },
        { ConsultantA, "/Assessments/{assessmentA}/Close", 200, null },
        { ExecutiveA, "/Assessments/{assessmentA}/Close", 403, null },
        { ConsultantB, "/Assessments/{assessmentA}/Close", 404, null },

        { Anonymous, "/Admin/Users", 302, Login },
        { Admin, "/Admin/Users", 200, null },
        { ConsultantA, "/Admin/Users", 302, Denied },
        { ExecutiveA, "/Admin/Users", 302, Denied },
        { ConsultantB, "/Admin/Users", 302, Denied },

        { Anonymous, "/Organizations/{orgA}/Assessments/Create", 302, Login },
        { Admin, "/Organizations/{orgA}/Assessments/Create", 200, null },
        { ConsultantA, "/Organizations/{orgA}/Assessments/Create", 200, null },
        { ExecutiveA, "/Organizations/{orgA}/Assessments/Create", 403, null },
        { ConsultantB, "/Organizations/{orgA}/Assessments/Create", 404, null },
        { ExecutiveA, "/Organizations/{orgB}/Assessments/Create", 404, null },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task GetPage(string caller, string url, int expected, string? redirectTo)
    {
        var response = await fixture.Browser(caller == Anonymous ? null : caller).GetAsync(fixture.Expand(url));

        ShouldBePage(response, expected, redirectTo, $"{caller} GET {url}");
    }

    public static TheoryData<string, string, int, string?> ClosePage() => new()
    {
        { Anonymous, "{closableA}", 302, Login },
        { Admin, "{closableA}", 302, "/Assessments/{closableA}" },
        { ConsultantA, "{closableA}", 302, "/Assessments/{closableA}" },
        { ExecutiveA, "{closableA}", 403, null },
        { ConsultantB, "{closableA}", 404, null },
        { ConsultantA, "{closableB}", 404, null },
        { ExecutiveA, "{closableB}", 404, null },
    };

    [Theory]
    [MemberData(nameof(ClosePage))]
    public async Task PostClosePage(string caller, string assessment, int expected, string? redirectTo)
    {
        var browser = fixture.Browser(caller == Anonymous ? null : caller);
        var url = $"/Assessments/{fixture.Expand(assessment)}/Close";
        HttpResponseMessage response;
        if (caller == Anonymous)
        {
            response = await browser.PostAsync(url, new FormUrlEncodedContent([]));
        }
        else
        {
            // The antiforgery token of the layout's sign-out form, from a page every signed-in user may open.
            var page = await browser.GetDocumentAsync("/Organizations");
            response = await browser.PostFormAsync(url, page, [new(CloseModel.ConfirmField, CloseModel.ConfirmValue)], "header form[method=post]");
        }

        ShouldBePage(response, expected, redirectTo is null ? null : fixture.Expand(redirectTo), $"{caller} POST {url}");
    }

    /// <summary>A redirect (no body) when <paramref name="redirectTo"/> is set, otherwise an HTML page or error page.</summary>
    private static void ShouldBePage(HttpResponseMessage response, int expected, string? redirectTo, string request)
    {
        if (redirectTo is not null)
        {
            expected.Should().Be(302, "a row with a redirect target expects a redirect");
            response.ShouldBeRedirect(redirectTo, request);
        }
        else
        {
            response.ShouldBeHtml((HttpStatusCode)expected, request);
        }
    }

    public static TheoryData<string, string, string, string?, int> ApiCalls()
    {
        var rows = new TheoryData<string, string, string, string?, int>();
        void Row(string caller, string method, string url, string? body, int expected) => rows.Add(caller, method, url, body, expected);

        const string NewUser = "{\"email\":\"matrix-{caller}@example.test\",\"password\":\"a long password\",\"role\":\"Consultant\"}";
        Row(Anonymous, "POST", "/api/v1/users", NewUser, 401);
        Row(Admin, "POST", "/api/v1/users", NewUser, 201);
        Row(ConsultantA, "POST", "/api/v1/users", NewUser, 403);
        Row(ExecutiveA, "POST", "/api/v1/users", NewUser, 403);
        Row(ConsultantB, "POST", "/api/v1/users", NewUser, 403);

        foreach (var caller in new[] { Admin, ConsultantA, ExecutiveA, ConsultantB })
        {
            Row(caller, "GET", "/api/v1/organizations", null, 200);
        }

        Row(Anonymous, "GET", "/api/v1/organizations", null, 401);
        Row(Anonymous, "POST", "/api/v1/organizations", "{\"name\":\"Matrix\"}", 401);
        Row(Admin, "POST", "/api/v1/organizations", "{\"name\":\"Matrix\"}", 201);
        Row(ConsultantA, "POST", "/api/v1/organizations", "{\"name\":\"Matrix\"}", 201);
        Row(ExecutiveA, "POST", "/api/v1/organizations", "{\"name\":\"Matrix\"}", 403);
        Row(ConsultantB, "POST", "/api/v1/organizations", "{\"name\":\"Matrix\"}", 201);

        // Adding someone who is already a member changes nothing: 200 where allowed.
        var memberA = $"{{\"email\":\"{ConsultantA}\"}}";
        var memberB = $"{{\"email\":\"{ConsultantB}\"}}";
        Row(Anonymous, "POST", "/api/v1/organizations/{orgA}/members", memberA, 401);
        Row(Admin, "POST", "/api/v1/organizations/{orgA}/members", memberA, 200);
        Row(ConsultantA, "POST", "/api/v1/organizations/{orgA}/members", memberA, 200);
        Row(ExecutiveA, "POST", "/api/v1/organizations/{orgA}/members", memberA, 403);
        Row(ConsultantB, "POST", "/api/v1/organizations/{orgA}/members", memberA, 404);
        Row(ConsultantA, "POST", "/api/v1/organizations/{orgB}/members", memberB, 404);
        Row(ExecutiveA, "POST", "/api/v1/organizations/{orgB}/members", memberB, 404);
        Row(ConsultantB, "POST", "/api/v1/organizations/{orgB}/members", memberB, 200);

        const string NewAssessment = "{\"title\":\"Matrix\"}";
        Row(Anonymous, "POST", "/api/v1/organizations/{orgA}/assessments", NewAssessment, 401);
        Row(Admin, "POST", "/api/v1/organizations/{orgA}/assessments", NewAssessment, 201);
        Row(ConsultantA, "POST", "/api/v1/organizations/{orgA}/assessments", NewAssessment, 201);
        Row(ExecutiveA, "POST", "/api/v1/organizations/{orgA}/assessments", NewAssessment, 403);
        Row(ConsultantB, "POST", "/api/v1/organizations/{orgA}/assessments", NewAssessment, 404);
        Row(ConsultantA, "POST", "/api/v1/organizations/{orgB}/assessments", NewAssessment, 404);
        Row(ExecutiveA, "POST", "/api/v1/organizations/{orgB}/assessments", NewAssessment, 404);

        Row(Anonymous, "GET", "/api/v1/assessments/{assessmentA}", null, 401);
        Row(Admin, "GET", "/api/v1/assessments/{assessmentA}", null, 200);
        Row(ConsultantA, "GET", "/api/v1/assessments/{assessmentA}", null, 200);
        Row(ExecutiveA, "GET", "/api/v1/assessments/{assessmentA}", null, 200);
        Row(ConsultantB, "GET", "/api/v1/assessments/{assessmentA}", null, 404);
        Row(ExecutiveA, "GET", "/api/v1/assessments/{assessmentB}", null, 404);

        Row(Anonymous, "POST", "/api/v1/assessments/{closableA}/close", null, 401);
        Row(Admin, "POST", "/api/v1/assessments/{closableA}/close", null, 200);
        Row(ConsultantA, "POST", "/api/v1/assessments/{closableA}/close", null, 200);
        Row(ExecutiveA, "POST", "/api/v1/assessments/{closableA}/close", null, 403);
        Row(ConsultantB, "POST", "/api/v1/assessments/{closableA}/close", null, 404);
        Row(ConsultantA, "POST", "/api/v1/assessments/{closableB}/close", null, 404);
        Row(ExecutiveA, "POST", "/api/v1/assessments/{closableB}/close", null, 404);
        return rows;
    }

    [Theory]
    [MemberData(nameof(ApiCalls))]
    public async Task CallApi(string caller, string method, string url, string? body, int expected)
    {
        var client = fixture.Api.ClientFor(caller == Anonymous ? null : caller);
        using var request = new HttpRequestMessage(new HttpMethod(method), fixture.Expand(url));
        if (body is not null)
        {
            request.Content = JsonContent.Create(System.Text.Json.JsonDocument.Parse(body.Replace("{caller}", caller.Split('@')[0], StringComparison.Ordinal)).RootElement);
        }

        var response = await client.SendAsync(request);

        // The API promises ProblemDetails for every error and JSON for every success, never an HTML page.
        if (expected >= 400)
        {
            await response.ShouldBeProblemAsync((HttpStatusCode)expected, $"{caller} {method} {url}");
        }
        else
        {
            response.ShouldBeJson((HttpStatusCode)expected, $"{caller} {method} {url}");
        }
    }
}
