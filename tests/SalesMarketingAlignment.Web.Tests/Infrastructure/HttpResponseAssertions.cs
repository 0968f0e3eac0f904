using System.Net;
using System.Text.Json;
using FluentAssertions.Execution;

namespace SalesMarketingAlignment.Web.Tests.Infrastructure;

/// <summary>
/// Status assertions that also state what the body must be: a status alone cannot tell a ProblemDetails 404 from the
/// HTML error page, or a JSON 200 from an HTML page. A failure prints the request, the status, the content type and
/// the start of the body.
/// </summary>
public static class HttpResponseAssertions
{
    public const string ProblemJson = "application/problem+json";
    public const string ApplicationJson = "application/json";
    public const string TextHtml = "text/html";
    public const string TextCsv = "text/csv";
    public const string ApplicationPdf = "application/pdf";

    private const int BodyPreviewLength = 300;

    /// <summary>The status, <c>application/problem+json</c>, and a JSON body whose <c>status</c> is the same code.</summary>
    public static async Task ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string because = "", params object[] becauseArgs)
    {
        var body = await response.Content.ReadAsStringAsync();
        var matches = response.StatusCode == expected && MediaType(response) == ProblemJson && ProblemStatus(body) == (int)expected;
        Fail(matches, response, body, $"{(int)expected} {ProblemJson} with \"status\": {(int)expected}", because, becauseArgs);
    }

    /// <summary>The status, <c>application/json</c> and a body that parses as JSON.</summary>
    public static HttpResponseMessage ShouldBeJson(this HttpResponseMessage response, HttpStatusCode expected, string because = "", params object[] becauseArgs)
    {
        var body = ReadBody(response);
        var matches = response.StatusCode == expected && MediaType(response) == ApplicationJson && IsJson(body);
        Fail(matches, response, body, $"{(int)expected} {ApplicationJson}", because, becauseArgs);
        return response;
    }

    /// <summary>The status and a non-empty <c>text/html</c> page.</summary>
    public static HttpResponseMessage ShouldBeHtml(this HttpResponseMessage response, HttpStatusCode expected, string because = "", params object[] becauseArgs) =>
        response.ShouldBe(expected, TextHtml, because, becauseArgs);

    /// <summary>The status and a non-empty body of <paramref name="mediaType"/> (e.g. <c>text/csv</c>, <c>application/pdf</c>).</summary>
    public static HttpResponseMessage ShouldBe(this HttpResponseMessage response, HttpStatusCode expected, string mediaType, string because = "", params object[] becauseArgs)
    {
        var body = ReadBody(response);
        var matches = response.StatusCode == expected && MediaType(response) == mediaType && body.Length > 0;
        Fail(matches, response, body, $"{(int)expected} {mediaType}", because, becauseArgs);
        return response;
    }

    /// <summary>The status and an empty body (a 204, or a sign-in whose answer is the cookie).</summary>
    public static HttpResponseMessage ShouldHaveNoBody(this HttpResponseMessage response, HttpStatusCode expected, string because = "", params object[] becauseArgs)
    {
        var body = ReadBody(response);
        Fail(response.StatusCode == expected && body.Length == 0, response, body, $"{(int)expected} with no body", because, becauseArgs);
        return response;
    }

    /// <summary>A 302 with a Location header (a redirect has no body to check), optionally containing <paramref name="locationContains"/>.</summary>
    public static HttpResponseMessage ShouldBeRedirect(this HttpResponseMessage response, string? locationContains = null, string because = "", params object[] becauseArgs)
    {
        var location = response.Headers.Location?.ToString();
        var matches = response.StatusCode == HttpStatusCode.Redirect && location is not null
            && (locationContains is null || location.Contains(locationContains, StringComparison.Ordinal));
        Fail(matches, response, ReadBody(response), $"302 to {locationContains ?? "anywhere"}", because, becauseArgs);
        return response;
    }

    private static void Fail(bool matches, HttpResponseMessage response, string body, string expected, string because, object[] becauseArgs)
    {
        var request = response.RequestMessage is { } sent ? $"{sent.Method} {sent.RequestUri?.PathAndQuery}" : "(unknown request)";
        var preview = body.Length > BodyPreviewLength ? body[..BodyPreviewLength] + "…" : body;
        var actual = $"{(int)response.StatusCode} {MediaType(response) ?? "(no content type)"}"
            + (response.Headers.Location is { } location ? $" to {location}" : "");
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(matches)
            .FailWith("Expected {0} to answer {1}{reason}, but it answered {2} with body {3}.", request, expected, actual, preview);
    }

    private static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    // HttpClient buffers the whole response before SendAsync returns (ResponseContentRead): this read completes at once
    // from the buffer and leaves the content readable for the test (a stream read would consume or close it).
    private static string ReadBody(HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync().GetAwaiter().GetResult();

    private static bool IsJson(string body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int? ProblemStatus(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("status", out var status)
                && status.TryGetInt32(out var code) ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
