using System.Diagnostics;
using System.Net;
using System.Text.Json;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Api;

public sealed class OpenApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Document_ListsEveryEndpointWithShapes()
    {
        var response = await fixture.App.CreateBrowser().GetAsync("/openapi/v1.json");

        response.ShouldBeJson(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        var expected = new Dictionary<string, string[]>
        {
            ["/api/v1/auth/login"] = ["post"],
            ["/api/v1/auth/refresh"] = ["post"],
            ["/api/v1/users"] = ["post"],
            ["/api/v1/organizations"] = ["get", "post"],
            ["/api/v1/organizations/{id}/members"] = ["post"],
            ["/api/v1/organizations/{id}/members/{userId}"] = ["delete"],
            ["/api/v1/account/logout"] = ["post"],
            ["/api/v1/organizations/{organizationId}/assessments"] = ["post"],
            ["/api/v1/assessments/{id}"] = ["get"],
            ["/api/v1/assessments/{id}/close"] = ["post"],
            ["/api/v1/surveys/{token}"] = ["get"],
            ["/api/v1/surveys/{token}/responses"] = ["post"],
        };
        foreach (var (path, methods) in expected)
        {
            paths.TryGetProperty(path, out var item).Should().BeTrue($"{path} is documented");
            foreach (var method in methods)
            {
                item.TryGetProperty(method, out _).Should().BeTrue($"{method} {path} is documented");
            }
        }

        paths.EnumerateObject().Select(p => p.Name).Should().NotContain(p => p.Contains("register", StringComparison.OrdinalIgnoreCase));
        var submit = paths.GetProperty("/api/v1/surveys/{token}/responses").GetProperty("post");
        submit.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).Should().BeTrue();
        submit.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(["201", "400", "404", "409", "413"]);
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var request = submit.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        request.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("role", "answers", "submissionKey", "funnel");
        request.GetProperty("properties").GetProperty("answers").GetProperty("minItems").GetInt32().Should().Be(20);
        // The role may be left out for a personal invitation that sets it.
        request.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo("answers");
        submit.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().NotContain("401", "the survey needs no sign-in");
        paths.GetProperty("/api/v1/users").GetProperty("post").GetProperty("responses").EnumerateObject().Select(r => r.Name)
            .Should().Contain(["201", "400", "401", "403", "409"]);
        schemas.GetProperty("SubmittedResponse").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo("total", "level");
    }

    [Fact]
    public async Task Document_ResponsesCsv_SaysConsultantsOnlyAndDocuments403()
    {
        using var document = await DocumentAsync();

        var get = document.RootElement.GetProperty("paths").GetProperty("/api/v1/assessments/{id}/responses.csv").GetProperty("get");

        get.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(["200", "403", "404"]);
        get.GetProperty("summary").GetString().Should().Contain("Consultants and administrators only").And.Contain("without dates");
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        var response = await fixture.App.CreateBrowser().GetAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonDocument document) =>
        document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    private static List<string> Responses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();

    [Fact]
    public async Task Document_DeclaresBearerAndCookieSchemes_RequiredOnlyWhereSignInIs()
    {
        using var document = await DocumentAsync();
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("Bearer").GetProperty("scheme").GetString().Should().Be("bearer");
        schemes.GetProperty("Cookie").GetProperty("in").GetString().Should().Be("cookie");

        foreach (var (path, method, operation) in Operations(document))
        {
            var required = operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList();
            var anonymous = path.StartsWith("/api/v1/surveys/", StringComparison.Ordinal) || path.StartsWith("/api/v1/auth/", StringComparison.Ordinal);
            if (anonymous)
            {
                // Sign-in itself may answer 401 (wrong password), so only the surveys are checked for its absence.
                required.Should().BeEmpty($"{method} {path} needs no sign-in");
            }
            else
            {
                required.Should().BeEquivalentTo(["Bearer", "Cookie"], $"{method} {path} needs sign-in");
                Responses(operation).Should().Contain("401", $"{method} {path} needs sign-in");
            }
        }

        Operations(document).Where(o => o.Path.StartsWith("/api/v1/surveys/", StringComparison.Ordinal))
            .Should().OnlyContain(o => !Responses(o.Operation).Contains("401"), "the survey needs no sign-in");
    }

    [Fact]
    public async Task Document_EveryOperationHasSummaryUniqueOperationIdAndItsClientErrors()
    {
        using var document = await DocumentAsync();
        var operations = Operations(document).ToList();

        operations.Select(o => o.Operation.GetProperty("operationId").GetString()).Should().OnlyHaveUniqueItems();
        foreach (var (path, method, operation) in operations)
        {
            operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace($"{method} {path}");
            var responses = Responses(operation);
            if (operation.TryGetProperty("requestBody", out _))
            {
                responses.Should().Contain(["400", "413", "415"], $"{method} {path} has a body");
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                responses.Should().Contain("404", $"{method} {path} names a resource");
            }
        }

        document.RootElement.GetProperty("tags").EnumerateArray()
            .Should().OnlyContain(t => !string.IsNullOrWhiteSpace(t.GetProperty("description").GetString()), "every tag says what its operations are for");

        var conditions = operations.Single(o => o.Path == "/api/v1/assessments/{id}/conditions" && o.Method == "put").Operation;
        conditions.GetProperty("operationId").GetString().Should().Be("putAssessmentsByIdConditions");
    }

    [Fact]
    public async Task Document_PassesRedoclyLintWithoutErrorsOrWarnings()
    {
        var redocly = Path.Combine(RepositoryRoot(), "tests", "SalesMarketingAlignment.BrowserTests", "node_modules", ".bin", "redocly");
        File.Exists(redocly).Should().BeTrue($"{redocly} is installed by scripts/ensure-test-prerequisites.sh (npm ci)");
        var file = Path.Combine(Path.GetTempPath(), $"sma-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await fixture.App.CreateBrowser().GetStringAsync("/openapi/v1.json"));
        try
        {
            var start = new ProcessStartInfo(redocly) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("lint");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("--format=summary");
            // The document names the request's own address as its server; under the test host that is localhost.
            start.ArgumentList.Add("--skip-rule=no-server-example.com");
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var text = await output + await errors;

            process.ExitCode.Should().Be(0, text);
            text.Should().Contain("Your API description is valid", text).And.NotMatchRegex(@"(?m)^error\s", text)
                .And.NotMatchRegex(@"(?m)^warning\s", "the recommended rules' warnings (e.g. a tag without description) count too");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SalesMarketingAlignment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SalesMarketingAlignment.sln not found above " + AppContext.BaseDirectory);
    }
}
