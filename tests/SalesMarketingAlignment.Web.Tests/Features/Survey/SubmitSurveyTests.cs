using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Web.Features.Survey;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Survey;

/// <summary>The use case called directly, against the app's real SQLite database and response writer.</summary>
public class SubmitSurveyTests : IDisposable
{
    private readonly AppFactory _app;

    public SubmitSurveyTests()
        : this(new AppFactory())
    {
    }

    protected SubmitSurveyTests(AppFactory app) => _app = app;

    private static SentAnswer[] All(int answer) => Enumerable.Repeat(SentAnswer.Of(answer), 20).ToArray();

    private async Task<SubmitSurvey.Result> SubmitAsync(SubmitSurveyRequest request)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SubmitSurvey>().HandleAsync(request, CancellationToken.None);
    }

    /// <summary>A key as the server issues it for <paramref name="token"/>'s form (the page, or GET of the survey in the API).</summary>
    private string Issue(string token) => _app.Services.GetRequiredService<SubmissionKeys>().Issue(token);

    private Guid KeyIn(string token, string issued)
    {
        _app.Services.GetRequiredService<SubmissionKeys>().TryRead(token, issued, out var key).Should().BeTrue();
        return key;
    }

    private async Task<(Assessment Assessment, string SalesToken, string MarketingToken)> AssessmentAsync(AssessmentStatus status = AssessmentStatus.Open)
    {
        var assessment = await _app.CreateAssessmentAsync("Org " + Guid.NewGuid().ToString("N")[..6], status);
        return (assessment, assessment.Links.Single(l => l.Department == Department.Sales).Token,
            assessment.Links.Single(l => l.Department == Department.Marketing).Token);
    }

    private Task<List<Response>> ResponsesAsync(int assessmentId) =>
        _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == assessmentId).ToListAsync());

    private Task<int> CloseAsync(int assessmentId) =>
        _app.WithDbAsync(db => db.Assessments.Where(a => a.Id == assessmentId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AssessmentStatus.Closed)));

    [Fact]
    public async Task HandleAsync_ValidSubmission_StoredWithOwnTotalAndLevel()
    {
        var (assessment, _, marketing) = await AssessmentAsync();
        var issued = Issue(marketing);
        var answers = Enumerable.Range(1, 20).Select(n => SentAnswer.Of(n <= 10 ? 4 : 3)).ToArray();

        var result = await SubmitAsync(new SubmitSurveyRequest(marketing, "Head", answers, issued));

        var key = KeyIn(marketing, issued);
        var stored = result.Should().BeOfType<SubmitSurvey.Result.Stored>().Subject;
        stored.SubmissionKey.Should().Be(key);
        stored.Own.Should().Be(new OwnResult(70));
        stored.Own.Level.Should().Be(AlignmentLevel.Aligned);
        var row = (await ResponsesAsync(assessment.Id)).Should().ContainSingle().Subject;
        (row.Department, row.Role, row.Total, row.SubmissionKey).Should().Be((Department.Marketing, RespondentRole.Head, (short)70, key));
    }

    [Fact]
    public async Task HandleAsync_SameKeyTwice_SecondIsADuplicateWithTheStoredTotal()
    {
        var (assessment, sales, _) = await AssessmentAsync();
        var issued = Issue(sales);

        var first = await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(2), issued));
        var second = await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(2), issued));

        var stored = first.Should().BeOfType<SubmitSurvey.Result.Stored>().Subject;
        second.Should().Be(new SubmitSurvey.Result.Duplicate(stored.SubmissionKey, new OwnResult(40)));
        (await ResponsesAsync(assessment.Id)).Should().ContainSingle();
    }

    [Theory]
    [InlineData("no-such-token")]
    [InlineData("")]
    [InlineData(null)]
    public async Task HandleAsync_UnknownToken_NotFound(string? token) =>
        (await SubmitAsync(new SubmitSurveyRequest(token, "Staff", All(3), null))).Should().BeOfType<SubmitSurvey.Result.NotFound>();

    [Fact]
    public async Task HandleAsync_OverlongToken_NotFound() =>
        (await SubmitAsync(new SubmitSurveyRequest(new string('A', SurveyLink.TokenMaxLength + 1), "Staff", All(3), null)))
            .Should().BeOfType<SubmitSurvey.Result.NotFound>();

    [Fact]
    public async Task HandleAsync_SeveralProblems_ReportsEveryOneAndStoresNothing()
    {
        var (assessment, sales, _) = await AssessmentAsync();
        var answers = All(3);
        answers[2] = SentAnswer.Of(0);
        answers[5] = SentAnswer.None;
        answers[9] = SentAnswer.NotANumber("\"x\"");
        answers[14] = SentAnswer.Of(6);

        var result = await SubmitAsync(new SubmitSurveyRequest(sales, "head", answers, null));

        var invalid = result.Should().BeOfType<SubmitSurvey.Result.Invalid>().Subject;
        invalid.Link.Department.Should().Be(Department.Sales);
        invalid.Errors.Role.Should().Be(RoleProblem.NotARole);
        invalid.Errors.Answers.Select(p => (p.Kind, p.StatementNumber)).Should().Equal(
            (AnswerProblemKind.OutOfRange, 3), (AnswerProblemKind.Missing, 6), (AnswerProblemKind.NotANumber, 10), (AnswerProblemKind.OutOfRange, 15));
        invalid.Errors.MissingStatements.Should().Equal(6);
        invalid.Errors.InvalidStatements.Should().Equal(3, 10, 15);
        invalid.Errors.Answers[2].Message.Should().Be("Statement 10 has the answer \"x\"; answers are whole numbers from 1 to 5.");
        invalid.Errors.SubmissionKey.Should().BeNull();
        (await ResponsesAsync(assessment.Id)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, RoleProblem.Missing)]
    [InlineData("", RoleProblem.NotARole)]
    [InlineData("1", RoleProblem.NotARole)]
    [InlineData("STAFF", RoleProblem.NotARole)]
    public async Task HandleAsync_NoValidRole_RoleProblemOnly(string? role, RoleProblem expected)
    {
        var (_, sales, _) = await AssessmentAsync();

        var invalid = (await SubmitAsync(new SubmitSurveyRequest(sales, role, All(3), null))).Should().BeOfType<SubmitSurvey.Result.Invalid>().Subject;

        invalid.Errors.Role.Should().Be(expected);
        invalid.Errors.Answers.Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_NineteenAnswers_OnlyTheCountIsReported()
    {
        var (_, sales, _) = await AssessmentAsync();
        var answers = All(3)[..19];
        answers[4] = SentAnswer.NotANumber("true");

        var invalid = (await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", answers, null))).Should().BeOfType<SubmitSurvey.Result.Invalid>().Subject;

        invalid.Errors.Answers.Should().ContainSingle().Which.Should().Be(
            new AnswerProblem(AnswerProblemKind.WrongCount, null, "Expected exactly 20 answers but got 19."));
    }

    [Fact]
    public async Task HandleAsync_NoAnswers_NotSent()
    {
        var (_, sales, _) = await AssessmentAsync();

        var invalid = (await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", null, null))).Should().BeOfType<SubmitSurvey.Result.Invalid>().Subject;

        invalid.Errors.Answers.Should().ContainSingle().Which.Kind.Should().Be(AnswerProblemKind.NotSent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SubmitSurvey.SubmissionKeyMaxLength + 1)]
    public async Task HandleAsync_SubmissionKeyEmptyOrTooLong_InvalidAndNothingStored(int length)
    {
        var (assessment, sales, _) = await AssessmentAsync();
        var key = new string('k', length);

        var invalid = (await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(3), key))).Should().BeOfType<SubmitSurvey.Result.Invalid>().Subject;

        invalid.Errors.SubmissionKey.Should().Contain("not one this survey issued");
        (await ResponsesAsync(assessment.Id)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("client-key-42")]
    [InlineData("colleague@example.com")]
    [InlineData("7d3f8c1e-5b2a-4c69-9e0f-2a1b3c4d5e6f")]
    public async Task HandleAsync_ClientChosenKey_InvalidAndNothingStored(string chosen)
    {
        // Resolved (issue 11): any string was accepted as a key (hashed when not a UUID), and a repost of a known key
        // (an email address, say) echoed that respondent's total to whoever sent it.
        var (assessment, sales, _) = await AssessmentAsync();

        var invalid = (await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(3), chosen))).Should().BeOfType<SubmitSurvey.Result.Invalid>().Subject;

        invalid.Errors.SubmissionKey.Should().Contain("not one this survey issued");
        (await ResponsesAsync(assessment.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_StoredKeyAsAPlainUuid_CannotReadTheTotal()
    {
        // The attacker even knows the UUID stored with a colleague's response (say, from a database copy): sent as a
        // key it is refused, so the colleague's total is not echoed and nothing is stored.
        var (assessment, sales, _) = await AssessmentAsync();
        var stored = (SubmitSurvey.Result.Stored)await SubmitAsync(new SubmitSurveyRequest(sales, "Head", All(5), Issue(sales)));

        var attack = await SubmitAsync(new SubmitSurveyRequest(sales, "Head", All(5), stored.SubmissionKey.ToString()));

        attack.Should().BeOfType<SubmitSurvey.Result.Invalid>();
        (await ResponsesAsync(assessment.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task HandleAsync_NoKey_EachSubmissionGetsItsOwnKey()
    {
        var (assessment, sales, _) = await AssessmentAsync();

        var results = new[]
        {
            await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(5), null)),
            await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(5), null)),
        };
        var nil = await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(3), Guid.Empty.ToString()));

        results.Should().AllBeOfType<SubmitSurvey.Result.Stored>();
        nil.Should().BeOfType<SubmitSurvey.Result.Invalid>("the nil UUID is not a key the server issued");
        var keys = (await ResponsesAsync(assessment.Id)).Select(r => r.SubmissionKey).ToList();
        keys.Should().HaveCount(2).And.OnlyHaveUniqueItems().And.NotContain(Guid.Empty);
    }

    [Fact]
    public async Task HandleAsync_ClosedAssessmentAndInvalidInput_ClosedNotInvalid()
    {
        // Resolved: the form said "closed" first, the API listed the problems (400) and only then said closed.
        var (assessment, sales, _) = await AssessmentAsync(AssessmentStatus.Closed);

        var result = await SubmitAsync(new SubmitSurveyRequest(sales, null, All(3)[..5], ""));

        result.Should().BeOfType<SubmitSurvey.Result.Closed>().Which.Link.Should().Be(new SurveyLinkInfo(assessment.Id, Department.Sales, IsOpen: false));
    }

    [Fact]
    public async Task HandleAsync_ClosedAssessmentValidInput_ClosedAndNothingStored()
    {
        var (assessment, sales, _) = await AssessmentAsync(AssessmentStatus.Closed);

        (await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(3), null))).Should().BeOfType<SubmitSurvey.Result.Closed>();

        (await ResponsesAsync(assessment.Id)).Should().BeEmpty();
    }

    [Fact]
    public async Task HandleAsync_RetryAfterClosing_DuplicateNotClosed()
    {
        // Resolved: both the form and the API refused a retry once the assessment had closed, although the response
        // was stored; the writer knows the key, so the retry is answered as stored.
        var (assessment, sales, _) = await AssessmentAsync();
        var key = Issue(sales);
        (await SubmitAsync(new SubmitSurveyRequest(sales, "Head", All(4), key))).Should().BeOfType<SubmitSurvey.Result.Stored>();
        await CloseAsync(assessment.Id);

        var retry = await SubmitAsync(new SubmitSurveyRequest(sales, "Head", All(4), key));

        retry.Should().Be(new SubmitSurvey.Result.Duplicate(KeyIn(sales, key), new OwnResult(80)));
        (await ResponsesAsync(assessment.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task HandleAsync_KeyIssuedForTheOtherDepartmentsLink_InvalidNotADuplicate()
    {
        // Resolved: the API answered 200 with the Sales response's total through the Marketing link; the form
        // redirected to a thank-you page that could not find it (404). Keys are now sealed for one link.
        var (assessment, sales, marketing) = await AssessmentAsync();
        var key = Issue(sales);
        (await SubmitAsync(new SubmitSurveyRequest(sales, "Staff", All(3), key))).Should().BeOfType<SubmitSurvey.Result.Stored>();

        var result = await SubmitAsync(new SubmitSurveyRequest(marketing, "Staff", All(5), key));

        var invalid = result.Should().BeOfType<SubmitSurvey.Result.Invalid>().Subject;
        invalid.Errors.SubmissionKey.Should().Contain("not one this survey issued");
        invalid.Errors.Role.Should().BeNull();
        invalid.Errors.Answers.Should().BeEmpty();
        (await ResponsesAsync(assessment.Id)).Should().ContainSingle().Which.Department.Should().Be(Department.Sales);
    }

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SubmitSurveyPostgresTests() : SubmitSurveyTests(AppFactory.OnPostgres());
