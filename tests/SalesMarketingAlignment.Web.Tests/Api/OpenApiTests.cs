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
        request.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("role", "answers", "submissionKey");
        request.GetProperty("properties").GetProperty("answers").GetProperty("minItems").GetInt32().Should().Be(20);
        request.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo("role", "answers");
        submit.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().NotContain("401", "the survey needs no sign-in");
        paths.GetProperty("/api/v1/users").GetProperty("post").GetProperty("responses").EnumerateObject().Select(r => r.Name)
            .Should().Contain(["201", "400", "401", "403", "409"]);
        schemas.GetProperty("SubmittedResponse").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo("total", "level");
    }
}
