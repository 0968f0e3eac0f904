using System.Net;
using System.Text;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>Options are validated when the app starts: a wrong setting stops it with the key in the message.</summary>
public sealed class OptionsValidationTests
{
    private static string StartFailure(params (string Key, string Value)[] settings)
    {
        using var app = new AppFactory(settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        var start = () => app.CreateClient();
        var thrown = start.Should().Throw<Exception>().Which;
        var messages = new StringBuilder();
        for (Exception? e = thrown; e is not null; e = e.InnerException)
        {
            messages.AppendLine(e.Message);
        }

        return messages.ToString();
    }

    [Theory]
    [InlineData("Api:MaxRequestBodyBytes", "0", "MaxRequestBodyBytes")]
    [InlineData("Api:MaxRequestBodyBytes", "-5", "MaxRequestBodyBytes")]
    [InlineData("Api:AnonymousPermitsPerMinute", "0", "AnonymousPermitsPerMinute")]
    public void Start_NumberOutOfRange_FailsNamingTheSetting(string key, string value, string named)
    {
        StartFailure((key, value)).Should().Contain(named);
    }

    [Fact]
    public void Start_UnknownDatabaseProvider_FailsWithAClearMessage()
    {
        StartFailure(("Database:Provider", "Oracle")).Should().Contain("Database:Provider is 'Oracle', which is not supported; use 'Sqlite' or 'Postgres'.");
    }

    [Theory]
    [InlineData("/survey")]
    [InlineData("survey.example.com")]
    [InlineData("ftp://survey.example.com")]
    [InlineData("https://survey.example.com/?a=1")]
    [InlineData("https://user:pw@survey.example.com")]
    public void Start_PublicBaseUrlNotAnAbsoluteHttpAddress_FailsNamingTheSettingAndValue(string value)
    {
        StartFailure(("App:PublicBaseUrl", value)).Should()
            .Contain($"App:PublicBaseUrl is '{value}', which is not an absolute http or https address");
    }

    [Theory]
    [InlineData("https://survey.example.com")]
    [InlineData("http://localhost:5000/alignment/")]
    public async Task Start_PublicBaseUrlAbsoluteHttpAddress_IsAccepted(string value)
    {
        using var app = new AppFactory(new Dictionary<string, string?> { ["App:PublicBaseUrl"] = value });

        (await app.CreateClient().GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Start_ProviderInAnotherCase_IsAccepted()
    {
        using var app = new AppFactory(new Dictionary<string, string?> { ["Database:Provider"] = "sqlite" });

        (await app.CreateClient().GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ApiMaxRequestBodyBytes_Configured_IsTheLimitOfBoundBodies()
    {
        using var app = new AppFactory(new Dictionary<string, string?> { ["Api:MaxRequestBodyBytes"] = "2048" });
        var carl = await app.CreateUserAsync("carl@a.example", SalesMarketingAlignment.Data.Entities.Roles.Consultant);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Api.ApiCalls.LoginAsync(client, "carl@a.example"));
        var body = new StringContent("{\"conditions\":[\"" + new string('a', 4096) + "\"]}", Encoding.UTF8, "application/json");

        var assessment = await app.CreateAssessmentAsync("Org", SalesMarketingAlignment.Data.Entities.AssessmentStatus.Open, carl);

        var response = await client.PutAsync($"/api/v1/assessments/{assessment.Id}/conditions", body);

        var problem = await Api.ApiCalls.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        problem.Detail.Should().Contain("2048", "the configured limit applies, not the 64 KB default");
    }
}
