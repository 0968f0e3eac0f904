using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Survey;

public sealed class SurveyEndpointsTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly int[] AllFours = Enumerable.Repeat(4, 20).ToArray();

    private readonly HttpClient _anonymous = fixture.ClientFor(null);

    private static string ResponsesUrl(Assessment assessment, Department department = Department.Sales) =>
        $"/api/v1/surveys/{assessment.Links.Single(l => l.Department == department).Token}/responses";

    /// <summary>The submissionKey that GET of the survey issues for <paramref name="department"/>'s link.</summary>
    private async Task<string> IssuedKeyAsync(Assessment assessment, Department department = Department.Sales)
    {
        var form = await _anonymous.GetFromJsonAsync<SurveyFormBody>(ResponsesUrl(assessment, department).Replace("/responses", "", StringComparison.Ordinal));
        form!.SubmissionKey.Should().NotBeNullOrEmpty();
        return form.SubmissionKey!;
    }

    private Task<int> CountResponsesAsync(int assessmentId) =>
        fixture.App.WithDbAsync(db => db.Responses.CountAsync(r => r.AssessmentId == assessmentId));

    [Fact]
    public async Task Get_KnownToken_ReturnsStatementsAndScale()
    {
        var token = fixture.AssessmentA.Links.Single(l => l.Department == Department.Marketing).Token;

        var response = await _anonymous.GetAsync($"/api/v1/surveys/{token}");

        response.ShouldBeJson(HttpStatusCode.OK);
        var form = await response.Content.ReadFromJsonAsync<SurveyFormBody>();
        form!.Department.Should().Be("Marketing");
        form.Status.Should().Be("Open");
        form.Statements.Select(s => s.Number).Should().Equal(Enumerable.Range(1, 20));
        form.Statements[6].Text.Should().Be(Questionnaire.Get(7).Text(CultureInfo.GetCultureInfo("en")));
        form.Scale.Select(p => p.Value).Should().Equal(1, 2, 3, 4, 5);
        form.Scale[0].Label.Should().Be(AnswerScale.Points[0].Label(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public async Task Get_RequestCulture_TextsInThatCulture()
    {
        var token = fixture.AssessmentA.Links[0].Token;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/surveys/{token}?culture=nl&ui-culture=nl");

        var form = await (await _anonymous.SendAsync(request)).Content.ReadFromJsonAsync<SurveyFormBody>();

        var dutch = CultureInfo.GetCultureInfo("nl");
        form!.Statements[0].Text.Should().Be(Questionnaire.Get(1).Text(dutch));
        form.Scale[4].Label.Should().Be(AnswerScale.Points[4].Label(dutch));
    }

    [Fact]
    public async Task Get_UnknownToken_Returns404Problem()
    {
        var problem = await (await _anonymous.GetAsync("/api/v1/surveys/no-such-token")).ProblemAsync(HttpStatusCode.NotFound);

        problem.Status.Should().Be(404);
        problem.Detail.Should().Contain("no survey");
    }

    [Fact]
    public async Task Get_ClosedAssessment_ReportsClosedStatus()
    {
        var closed = await fixture.NewAssessmentInAAsync(AssessmentStatus.Closed);

        var form = await _anonymous.GetFromJsonAsync<SurveyFormBody>($"/api/v1/surveys/{closed.Links[0].Token}");

        form!.Status.Should().Be("Closed");
    }

    [Fact]
    public async Task Post_ValidAnswers_Returns201WithTotalAndLevelAndStoresThroughWriter()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var writer = fixture.App.Services.GetRequiredService<SurveyResponseWriter>();
        var batchesBefore = writer.CommittedBatches;
        int[] answers = [5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1];

        var response = await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment, Department.Marketing), new { role = "Head", answers });

        response.ShouldBeJson(HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<SubmittedBody>();
        body.Should().Be(new SubmittedBody(60, "Aligned"));
        writer.CommittedBatches.Should().BeGreaterThan(batchesBefore, "the API stores through the group-commit writer");
        var row = await fixture.App.WithDbAsync(db => db.Responses.SingleAsync(r => r.AssessmentId == assessment.Id));
        row.Department.Should().Be(Department.Marketing);
        row.Role.Should().Be(RespondentRole.Head);
        row.ToSurveyAnswers().Values.Should().Equal(answers);
    }

    [Fact]
    public async Task Post_SameSubmissionKeyTwice_StoresOnceAndAnswers200()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var payload = new { role = "Staff", answers = AllFours, submissionKey = await IssuedKeyAsync(assessment) };

        var first = await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), payload);
        var second = await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), payload);

        first.ShouldBeJson(HttpStatusCode.Created);
        second.ShouldBeJson(HttpStatusCode.OK);
        (await second.Content.ReadFromJsonAsync<SubmittedBody>()).Should().Be(new SubmittedBody(80, "Integrated"));
        (await CountResponsesAsync(assessment.Id)).Should().Be(1);
    }

    [Theory]
    [InlineData("client-key-42")]
    [InlineData("respondent@example.com")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    public async Task Post_ClientChosenSubmissionKey_Returns400AndEchoesNoTotal(string chosen)
    {
        // Issue 11: a client-chosen key (an email address, say) echoed the total of whoever had used it first.
        var assessment = await fixture.NewAssessmentInAAsync();
        (await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), new { role = "Staff", answers = AllFours, submissionKey = await IssuedKeyAsync(assessment) }))
            .ShouldBeJson(HttpStatusCode.Created);

        var problem = await (await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), new { role = "Staff", answers = AllFours, submissionKey = chosen }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!.Keys.Should().Equal("submissionKey");
        problem.Errors["submissionKey"].Single().Should().Contain("GET /api/v1/surveys/");
        (await CountResponsesAsync(assessment.Id)).Should().Be(1);
    }

    [Fact]
    public async Task Get_EachLoad_IssuesAFreshKey()
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var keys = new[] { await IssuedKeyAsync(assessment), await IssuedKeyAsync(assessment) };

        keys[0].Should().NotBe(keys[1]);
    }

    public static TheoryData<string, string, string> InvalidBodies()
    {
        static string With(string answers, string role = "\"Staff\"") => $"{{\"role\":{role},\"answers\":{answers}}}";
        static string Answers(int index, string value) =>
            "[" + string.Join(",", Enumerable.Range(0, 20).Select(i => i == index ? value : "3")) + "]";
        var nineteen = "[" + string.Join(",", Enumerable.Repeat("3", 19)) + "]";
        var twentyOne = "[" + string.Join(",", Enumerable.Repeat("3", 21)) + "]";
        return new()
        {
            { With(nineteen), "answers", "Expected exactly 20 answers but got 19." },
            { With(twentyOne), "answers", "Expected exactly 20 answers but got 21." },
            { With("[]"), "answers", "Expected exactly 20 answers but got 0." },
            { With(Answers(6, "0")), "answers[6]", "Statement 7 has the answer 0; answers are whole numbers from 1 to 5." },
            { With(Answers(6, "6")), "answers[6]", "Statement 7 has the answer 6; answers are whole numbers from 1 to 5." },
            { With(Answers(0, "-1")), "answers[0]", "Statement 1 has the answer -1" },
            { With(Answers(19, "null")), "answers[19]", "Statement 20 has no answer." },
            { With(Answers(6, "\"abc\"")), "answers[6]", "Statement 7 has the answer \"abc\"" },
            { With(Answers(6, "\"4\"")), "answers[6]", "Statement 7 has the answer \"4\"" },
            { With(Answers(6, "3.5")), "answers[6]", "Statement 7 has the answer 3.5" },
            { With(Answers(6, "99999999999")), "answers[6]", "Statement 7 has the answer 99999999999" },
            { With(Answers(6, "true")), "answers[6]", "Statement 7 has the answer true" },
            { With("\"44444444444444444444\""), "answers", "got \"44444444444444444444\"" },
            { With("null"), "answers", "Send answers as an array of 20 whole numbers" },
            { "{\"role\":\"Staff\"}", "answers", "Send answers as an array of 20 whole numbers" },
            { With(Answers(-1, ""), "null"), "role", "Send the role" },
            { $"{{\"answers\":{Answers(-1, "")}}}", "role", "Send the role" },
            { With(Answers(-1, ""), "\"Boss\""), "role", "The role must be \"Head\" or \"Staff\". Got \"Boss\"." },
            { With(Answers(-1, ""), "\"head\""), "role", "Got \"head\"" },
            { With(Answers(-1, ""), "1"), "role", "Got 1." },
            { "{\"role\":\"Staff\",\"answers\":[3,3", "body", "not valid JSON" },
            { "not json", "body", "not valid JSON" },
            { "[]", "body", "must be a JSON object" },
            { "\"text\"", "body", "must be a JSON object" },
            { "null", "body", "empty" },
            { $"{{\"role\":\"Staff\",\"answers\":{Answers(-1, "")},\"submissionKey\":\"\"}}", "submissionKey", "not one this survey issued" },
            { $"{{\"role\":\"Staff\",\"answers\":{Answers(-1, "")},\"submissionKey\":5}}", "submissionKey", "not valid JSON of the expected type" },
        };
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Post_InvalidBody_Returns400NamingFieldAndStoresNothing(string json, string field, string message)
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var problem = await (await _anonymous.PostRawAsync(ResponsesUrl(assessment), json)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors.Should().ContainKey(field);
        problem.Errors![field].Should().ContainSingle().Which.Should().Contain(message);
        (await CountResponsesAsync(assessment.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Post_SeveralBadAnswers_ReportsEachStatement()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var answers = AllFours.Select(a => (object?)a).ToArray();
        answers[2] = 0;
        answers[5] = null;
        answers[9] = "x";

        var problem = await (await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), new { role = "Boss", answers }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!.Keys.Should().BeEquivalentTo("role", "answers[2]", "answers[5]", "answers[9]");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task Post_WrongContentType_Returns415(string contentType)
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var json = $"{{\"role\":\"Staff\",\"answers\":[{string.Join(",", AllFours)}]}}";

        var problem = await (await _anonymous.PostRawAsync(ResponsesUrl(assessment), json, contentType)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);

        problem.Errors!["body"].Single().Should().Contain("application/json");
        (await CountResponsesAsync(assessment.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Post_EmptyBody_Returns400()
    {
        var assessment = await fixture.NewAssessmentInAAsync();

        var problem = await (await _anonymous.PostRawAsync(ResponsesUrl(assessment), "")).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!["body"].Single().Should().Contain("empty");
    }

    [Fact]
    public async Task Post_ClosedAssessment_Returns409AndStoresNothing()
    {
        var closed = await fixture.NewAssessmentInAAsync(AssessmentStatus.Closed);

        var problem = await (await _anonymous.PostAsJsonAsync(ResponsesUrl(closed), new { role = "Staff", answers = AllFours }))
            .ProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.Should().Contain("closed");
        (await CountResponsesAsync(closed.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Post_ClosedAssessmentInDutch_ExplainsInDutch()
    {
        var closed = await fixture.NewAssessmentInAAsync(AssessmentStatus.Closed);

        var problem = await (await _anonymous.PostAsJsonAsync(ResponsesUrl(closed) + "?ui-culture=nl", new { role = "Staff", answers = AllFours }))
            .ProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.Should().StartWith("Deze vragenlijst is gesloten (door de consultant, of de sluitingsdatum is voorbij)");
    }

    [Fact]
    public async Task Post_UnknownToken_Returns404()
    {
        var response = await _anonymous.PostAsJsonAsync("/api/v1/surveys/unknown-token/responses", new { role = "Staff", answers = AllFours });

        (await response.ProblemAsync(HttpStatusCode.NotFound)).Status.Should().Be(404);
    }

    [Fact]
    public async Task Post_OversizedBody_Returns413()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var padding = new string(' ', 70 * 1024);
        var json = $"{{\"role\":\"Staff\",{padding}\"answers\":[{string.Join(",", AllFours)}]}}";

        var problem = await (await _anonymous.PostRawAsync(ResponsesUrl(assessment), json)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.Detail.Should().Contain("65536");
        (await CountResponsesAsync(assessment.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Post_OversizedBodyWithoutContentLength_Returns413()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"role\":\"Staff\",\"answers\":[" + new string(' ', 70 * 1024) + "]}");
        using var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await _anonymous.PostAsync(ResponsesUrl(assessment), content);

        (await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Status.Should().Be(413);
    }

    [Fact]
    public async Task Post_ClosedAssessmentWithInvalidBody_Returns409NotA400()
    {
        // Resolved: the form said "closed" while the API listed the answers' problems; fixing them would not help.
        var closed = await fixture.NewAssessmentInAAsync(AssessmentStatus.Closed);

        var problem = await (await _anonymous.PostAsJsonAsync(ResponsesUrl(closed), new { role = "Boss", answers = new[] { 0, 9 } }))
            .ProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.Should().Contain("closed");
        (await CountResponsesAsync(closed.Id)).Should().Be(0);
    }

    [Fact]
    public async Task Post_RetryOfAStoredResponseAfterClosing_Returns200WithTheStoredTotal()
    {
        // Resolved: a retry with the key of a stored response is answered as stored (as the form does), not 409.
        var assessment = await fixture.NewAssessmentInAAsync();
        var payload = new { role = "Staff", answers = AllFours, submissionKey = await IssuedKeyAsync(assessment) };
        (await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), payload)).ShouldBeJson(HttpStatusCode.Created);
        await fixture.App.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessment.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssessmentStatus.Closed)));

        var retry = await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), payload);

        retry.ShouldBeJson(HttpStatusCode.OK);
        (await retry.Content.ReadFromJsonAsync<SubmittedBody>()).Should().Be(new SubmittedBody(80, "Integrated"));
        (await CountResponsesAsync(assessment.Id)).Should().Be(1);
    }

    [Fact]
    public async Task Post_NewResponseAfterClosing_Returns409()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        (await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), new { role = "Staff", answers = AllFours, submissionKey = await IssuedKeyAsync(assessment) }))
            .ShouldBeJson(HttpStatusCode.Created);
        var secondKey = await IssuedKeyAsync(assessment);
        await fixture.App.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessment.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssessmentStatus.Closed)));

        var problem = await (await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), new { role = "Staff", answers = AllFours, submissionKey = secondKey }))
            .ProblemAsync(HttpStatusCode.Conflict);

        problem.Detail.Should().Contain("closed");
        (await CountResponsesAsync(assessment.Id)).Should().Be(1);
    }

    [Fact]
    public async Task Post_NoSubmissionKey_EveryResponseStored()
    {
        // Without a key (the old clients that sent none keep working) each post is a new response.
        var assessment = await fixture.NewAssessmentInAAsync();
        var payload = new { role = "Staff", answers = AllFours };

        var first = await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), payload);
        var second = await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), payload);
        var nil = await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment), new { role = "Staff", answers = AllFours, submissionKey = Guid.Empty.ToString() });

        first.ShouldBeJson(HttpStatusCode.Created);
        second.ShouldBeJson(HttpStatusCode.Created);
        await nil.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "the nil UUID was never issued");
        var keys = await fixture.App.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessment.Id).Select(r => r.SubmissionKey).ToListAsync());
        keys.Should().HaveCount(2).And.OnlyHaveUniqueItems().And.NotContain(Guid.Empty);
    }

    [Fact]
    public async Task Post_KeyUsedThroughTheOtherDepartmentsLink_Returns400NotTheOtherTotal()
    {
        var assessment = await fixture.NewAssessmentInAAsync();
        var salesKey = await IssuedKeyAsync(assessment, Department.Sales);
        (await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment, Department.Sales), new { role = "Staff", answers = AllFours, submissionKey = salesKey }))
            .ShouldBeJson(HttpStatusCode.Created);

        var problem = await (await _anonymous.PostAsJsonAsync(ResponsesUrl(assessment, Department.Marketing), new { role = "Staff", answers = AllFours, submissionKey = salesKey }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        problem.Errors!.Keys.Should().Equal("submissionKey");
        (await CountResponsesAsync(assessment.Id)).Should().Be(1);
    }

    [Theory]
    [InlineData("{\"role\":")]
    [InlineData("")]
    public async Task Post_UnknownTokenWithUnreadableBody_Returns404(string body)
    {
        var response = await _anonymous.PostRawAsync("/api/v1/surveys/unknown-token/responses", body);

        (await response.ProblemAsync(HttpStatusCode.NotFound)).Detail.Should().Contain("no survey");
    }

    public sealed record SurveyFormBody(string Department, string DepartmentName, string Status, string Instruction, List<StatementBody> Statements, List<ScaleBody> Scale, string? SubmissionKey);

    public sealed record StatementBody(int Number, string Text);

    public sealed record ScaleBody(int Value, string Label);

    public sealed record SubmittedBody(int Total, string Level);

    /// <summary>A stream that does not tell its length, so the request goes without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
