using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Web.Tests.Api;
using SalesMarketingAlignment.Web.Tests.Exports;
using SalesMarketingAlignment.Web.Tests.Infrastructure;

namespace SalesMarketingAlignment.Web.Tests.Features.Exports;

/// <summary>
/// One app for the class (password hashing is slow): Org A has assessment "Withheld" (Sales 1 head + 4 staff,
/// Marketing 2 staff: Marketing below the minimum of 3) and assessment "Full" (Sales 3 heads + 4 staff, Marketing
/// 3 heads + 3 staff); Org B belongs to another consultant.
/// </summary>
public class ExportsFixture : IAsyncLifetime
{
    public ExportsFixture()
        : this(new AppFactory())
    {
    }

    protected ExportsFixture(AppFactory app) => App = app;

    public AppFactory App { get; }

    public int WithheldId { get; private set; }
    public int FullId { get; private set; }
    public int OtherTenantId { get; private set; }

    public async Task InitializeAsync()
    {
        var alice = await App.CreateUserAsync("alice@a.example", Roles.Consultant);
        var eve = await App.CreateUserAsync("eve@a.example", Roles.Executive);
        var bob = await App.CreateUserAsync("bob@b.example", Roles.Consultant);
        var withheld = await App.CreateAssessmentAsync("Org A", AssessmentStatus.Open, alice, eve);
        WithheldId = withheld.Id;
        FullId = await App.WithDbAsync(async db =>
        {
            var full = new Assessment { OrganizationId = withheld.OrganizationId, Title = "Full", CreatedOn = new DateOnly(2026, 2, 1), CreatedBy = alice.Id };
            db.Assessments.Add(full);
            await db.SaveChangesAsync();
            return full.Id;
        });
        OtherTenantId = (await App.CreateAssessmentAsync("Org B", AssessmentStatus.Open, bob)).Id;

        var random = new Random(42);
        await AddResponsesAsync(WithheldId, random, (Department.Sales, RespondentRole.Head, 1), (Department.Sales, RespondentRole.Staff, 4), (Department.Marketing, RespondentRole.Staff, 2));
        await AddResponsesAsync(FullId, random, (Department.Sales, RespondentRole.Head, 3), (Department.Sales, RespondentRole.Staff, 4), (Department.Marketing, RespondentRole.Head, 3), (Department.Marketing, RespondentRole.Staff, 3));
    }

    private Task<int> AddResponsesAsync(int assessmentId, Random random, params (Department Department, RespondentRole Role, int Count)[] groups) =>
        App.WithDbAsync(db =>
        {
            var day = 0;
            foreach (var (department, role, count) in groups)
            {
                for (var i = 0; i < count; i++)
                {
                    db.Responses.Add(RandomResponse(assessmentId, department, role, new DateOnly(2026, 3, 1).AddDays(day++), random));
                }
            }

            return db.SaveChangesAsync();
        });

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A response with 20 random answers.</summary>
    internal static Response RandomResponse(int assessmentId, Department department, RespondentRole role, DateOnly submittedOn, Random random)
    {
        var response = new Response
        {
            AssessmentId = assessmentId,
            Department = department,
            Role = role,
            SubmittedOn = submittedOn,
            SubmissionKey = Guid.NewGuid(),
        };
        response.SetAnswers(SurveyAnswers.Create(Enumerable.Range(0, 20).Select(_ => random.Next(1, 6)).ToArray()));
        return response;
    }
}

/// <summary>The same data on PostgreSQL, where the database packs each row of responses.csv into one integer with its own shift and | operators.</summary>
public sealed class PostgresExportsFixture : ExportsFixture
{
    public PostgresExportsFixture()
        : base(AppFactory.OnPostgres())
    {
    }
}

public sealed class ResponsesCsvPostgresTests(PostgresExportsFixture fixture) : IClassFixture<PostgresExportsFixture>
{
    [Fact]
    public async Task Responses_OnPostgres_RowsEqualTheDatabase()
    {
        var client = fixture.App.CreateBrowser();
        await client.SignInAsync("alice@a.example");

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/responses.csv");

        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.TextCsv);
        var records = Rfc4180.Parse((await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        var expected = await fixture.App.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == fixture.FullId).OrderBy(r => r.Id).ToListAsync());
        var english = CultureInfo.GetCultureInfo("en");
        records.Skip(1).Select(r => string.Join(",", r[2..23].Prepend(r[0]))).Should().Equal(
            expected.Select(r => string.Join(",", Enumerable.Range(1, 20).Select(r.Answer).Append(r.Total)
                .Select(v => v.ToString(CultureInfo.InvariantCulture)).Prepend(AlignmentWording.DepartmentName(r.Department, english)))));
        // The role column is either left blank (a small role group) or the row's own role.
        records.Skip(1).Zip(expected).Should().OnlyContain(pair =>
            pair.First[1].Length == 0 || pair.First[1] == AlignmentWording.RoleName(pair.Second.Role, english));
    }
}

public sealed class ExportEndpointsTests(ExportsFixture fixture) : IClassFixture<ExportsFixture>
{
    private readonly AppFactory _app = fixture.App;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _app.CreateBrowser();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task<(string Text, List<string[]> Records)> ReadCsvAsync(HttpResponseMessage response)
    {
        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.TextCsv);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "Excel needs the BOM to read UTF-8");
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        return (text, Rfc4180.Parse(text));
    }

    [Fact]
    public async Task Responses_WithheldDepartment_HasNoRowsAndOtherRowsEqualTheDatabase()
    {
        var client = await SignedInAsync("alice@a.example");

        var (_, records) = await ReadCsvAsync(await client.GetAsync($"/api/v1/assessments/{fixture.WithheldId}/responses.csv"));

        var expected = await _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == fixture.WithheldId && r.Department == Department.Sales).OrderBy(r => r.Id).ToListAsync());
        records[0].Should().HaveCount(24);
        records[0][..2].Should().Equal("Department", "Role");
        records[0].Should().NotContain("Date", "the day of a response would match it to whoever answered that day");
        records[0][^2..].Should().Equal("Total", "Level");
        var rows = records.Skip(1).ToList();
        rows.Should().HaveCount(5, "the 2 Marketing responses are withheld");
        rows.Should().OnlyContain(r => r[0] == "Sales");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            row[1].Should().BeEmpty("a single Sales head would be singled out by the role");
            row[2..22].Select(int.Parse).Should().Equal(Enumerable.Range(1, 20).Select(expected[i].Answer));
            int.Parse(row[22], CultureInfo.InvariantCulture).Should().Be(expected[i].Total);
            row[23].Should().Be(AlignmentWording.LevelName(ScoringKey.LevelOfTotal(expected[i].Total), CultureInfo.GetCultureInfo("en")));
        }
    }

    [Fact]
    public async Task Responses_RowOrder_IsNotTheOrderOfSubmission()
    {
        var client = await SignedInAsync("alice@a.example");

        var (text, records) = await ReadCsvAsync(await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/responses.csv"));

        // The fixture stored the 13 responses one day apart: that is their order of submission.
        var bySubmission = await _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == fixture.FullId).OrderBy(r => r.SubmittedOn).ToListAsync());
        var answersInFile = records.Skip(1).Select(r => string.Join(",", r[2..22])).ToList();
        answersInFile.Should().NotEqual(bySubmission.Select(r => string.Join(",", Enumerable.Range(1, 20).Select(r.Answer))),
            "the rows must not line up with who answered first");
        answersInFile.Should().BeEquivalentTo(bySubmission.Select(r => string.Join(",", Enumerable.Range(1, 20).Select(r.Answer))));
        text.Should().NotMatchRegex(@"\d{4}-\d{2}-\d{2}", "no submission day in any cell");
    }

    [Fact]
    public async Task Responses_EveryRoleAtMinimum_ShowsRolesAndBothDepartments()
    {
        var client = await SignedInAsync("alice@a.example");

        var (text, records) = await ReadCsvAsync(await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/responses.csv"));

        text.Should().NotContain("\n\n").And.EndWith("\r\n");
        var rows = records.Skip(1).ToList();
        rows.Should().HaveCount(13);
        rows.Count(r => r[0] == "Marketing" && r[1] == "Head of department").Should().Be(3);
        rows.Count(r => r[0] == "Sales" && r[1] == "Staff").Should().Be(4);
    }

    [Fact]
    public async Task Statements_BothDepartments_EqualTheDomainFigures()
    {
        var client = await SignedInAsync("alice@a.example");

        var (_, records) = await ReadCsvAsync(await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/statements.csv"));

        var snapshot = (await _app.WithDbAsync(db => db.LoadSnapshotAsync(fixture.FullId)))!;
        records[0].Should().HaveCount(2 + 6 + 6 + 1);
        records[0][2].Should().Be("Sales mean");
        records[0][8].Should().Be("Marketing mean");
        records.Should().HaveCount(21);
        foreach (var statement in Questionnaire.Statements)
        {
            var row = records[statement.Number];
            row[0].Should().Be(statement.Number.ToString(CultureInfo.InvariantCulture));
            row[1].Should().Be(statement.Text(CultureInfo.GetCultureInfo("en")), "texts with commas and quotes survive the quoting");
            var sales = snapshot.Results.Sales!.Statement(statement.Number);
            var marketing = snapshot.Results.Marketing!.Statement(statement.Number);
            decimal.Parse(row[2], CultureInfo.InvariantCulture).Should().Be(Math.Round(sales.Mean, 2, MidpointRounding.AwayFromZero));
            row[3..8].Select(long.Parse).Should().Equal(sales.AnswerCounts);
            decimal.Parse(row[8], CultureInfo.InvariantCulture).Should().Be(Math.Round(marketing.Mean, 2, MidpointRounding.AwayFromZero));
            row[9..14].Select(long.Parse).Should().Equal(marketing.AnswerCounts);
            decimal.Parse(row[14], CultureInfo.InvariantCulture).Should().Be(Math.Round(sales.Mean - marketing.Mean, 2, MidpointRounding.AwayFromZero));
        }

        // The counts come from the rows, not only from the same aggregate code path.
        var rows = await _app.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == fixture.FullId && r.Department == Department.Sales).ToListAsync());
        long.Parse(records[7][3 + 2], CultureInfo.InvariantCulture).Should().Be(rows.Count(r => r.A07 == 3));
    }

    [Fact]
    public async Task Statements_WithheldDepartment_HasNoColumnsAndNoGap()
    {
        var client = await SignedInAsync("alice@a.example");

        var (text, records) = await ReadCsvAsync(await client.GetAsync($"/api/v1/assessments/{fixture.WithheldId}/statements.csv"));

        records[0].Should().HaveCount(2 + 6);
        string.Join(",", records[0]).Should().NotContain("Marketing").And.NotContain("Gap");
        text.Should().NotContain("Marketing mean");
        records.Skip(1).Should().OnlyContain(r => r.Length == 8);
    }

    [Fact]
    public async Task Downloads_Attachment_NamedAfterOrganizationAndDate()
    {
        var client = await SignedInAsync("alice@a.example");

        var responses = await client.GetAsync($"/api/v1/assessments/{fixture.WithheldId}/responses.csv");
        var statements = await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/statements.csv");

        responses.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        responses.Content.Headers.ContentDisposition.FileNameStar.Should().Be("Org-A-2026-01-05-responses.csv");
        statements.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("Org-A-2026-02-01-statements.csv");
    }

    [Fact]
    public async Task Downloads_OtherTenantOrUnknown_Return404()
    {
        var client = await SignedInAsync("alice@a.example");

        foreach (var kind in new[] { "responses", "statements" })
        {
            await (await client.GetAsync($"/api/v1/assessments/{fixture.OtherTenantId}/{kind}.csv")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await client.GetAsync($"/api/v1/assessments/999999/{kind}.csv")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    /// <summary>The exports used to answer a bare 404; behind the organization filter they answer like the rest of the API.</summary>
    [Fact]
    public async Task Downloads_OtherTenant_Return404ProblemDetails()
    {
        var client = await SignedInAsync("alice@a.example");

        foreach (var kind in new[] { "responses", "statements" })
        {
            var response = await client.GetAsync($"/api/v1/assessments/{fixture.OtherTenantId}/{kind}.csv");

            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        }
    }

    [Fact]
    public async Task Downloads_Anonymous_Return401()
    {
        var client = _app.CreateBrowser();

        foreach (var kind in new[] { "responses", "statements" })
        {
            await (await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/{kind}.csv")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task AssessmentPage_LinksToBothDownloadsThatWork()
    {
        var client = await SignedInAsync("alice@a.example");
        var page = await client.GetDocumentAsync($"/Assessments/{fixture.FullId}");

        var links = page.QuerySelectorAll("#exports-heading ~ ul a[download]").Select(a => a.GetAttribute("href")!).ToArray();

        links.Should().Equal($"/api/v1/assessments/{fixture.FullId}/responses.csv", $"/api/v1/assessments/{fixture.FullId}/statements.csv");
        foreach (var link in links)
        {
            (await client.GetAsync(link)).ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.TextCsv);
        }
    }

    /// <summary>An executive of the client reads the figures, but one row per response is for the consultants only.</summary>
    [Fact]
    public async Task Downloads_ExecutiveBeforeTheRelease_409ThenStatementsButNeverResponses()
    {
        var client = await SignedInAsync("eve@a.example");
        var before = await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/responses.csv");
        var statementsBefore = await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/statements.csv");

        // Only this test reads as the executive, so releasing the shared assessment changes no other test.
        var consultant = await SignedInAsync("alice@a.example");
        consultant.DefaultRequestHeaders.Add("Origin", "http://localhost");
        (await consultant.PostAsync($"/api/v1/assessments/{fixture.FullId}/release", null)).ShouldBeJson(HttpStatusCode.OK);
        var responses = await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/responses.csv");
        var statements = await client.GetAsync($"/api/v1/assessments/{fixture.FullId}/statements.csv");

        // One row per response is finer than anything an executive sees: 403 before and after the release.
        await before.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await responses.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await responses.Content.ReadAsStringAsync()).Should().NotContain("Sales,");
        (await statementsBefore.ProblemAsync(HttpStatusCode.Conflict)).Title.Should().Be("Figures not released");
        statements.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.TextCsv);
    }

    [Fact]
    public async Task AssessmentPage_Executive_LinksOnlyTheStatements()
    {
        var client = await SignedInAsync("eve@a.example");
        var page = await client.GetDocumentAsync($"/Assessments/{fixture.FullId}");

        var links = page.QuerySelectorAll("#exports-heading ~ ul a[download]").Select(a => a.GetAttribute("href")!).ToArray();

        links.Should().Equal($"/api/v1/assessments/{fixture.FullId}/statements.csv");
    }
}

/// <summary>An assessment of 3,000 responses: responses.csv is many buffers long (about 70 bytes a row, 32 KB a buffer).</summary>
public sealed class ManyResponsesFixture : IAsyncLifetime
{
    public AppFactory App { get; } = new();

    public int AssessmentId { get; private set; }

    public async Task InitializeAsync()
    {
        var alice = await App.CreateUserAsync("alice@a.example", Roles.Consultant);
        AssessmentId = (await App.CreateAssessmentAsync("Org Many", AssessmentStatus.Open, alice)).Id;
        var random = new Random(7);
        await App.WithDbAsync(db =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                db.Responses.Add(ExportsFixture.RandomResponse(
                    AssessmentId, i % 2 == 0 ? Department.Sales : Department.Marketing, i % 5 == 0 ? RespondentRole.Head : RespondentRole.Staff,
                    new DateOnly(2026, 3, 1), random));
            }

            return db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class ResponsesCsvManyRowsTests(ManyResponsesFixture fixture) : IClassFixture<ManyResponsesFixture>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    [InlineData("nl")]
    public async Task Responses_ManyBuffersLong_EveryRowEqualsTheDatabase(string language)
    {
        var client = fixture.App.CreateBrowser();
        await client.SignInAsync("alice@a.example");
        var culture = CultureInfo.GetCultureInfo(language);

        var response = await client.GetAsync($"/api/v1/assessments/{fixture.AssessmentId}/responses.csv?ui-culture={language}");

        response.ShouldBe(HttpStatusCode.OK, HttpResponseAssertions.TextCsv);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Length.Should().BeGreaterThan(5 * 32 * 1024, "the file must span several of the writer's buffers");
        var records = Rfc4180.Parse(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));
        var expected = await fixture.App.WithDbAsync(db => db.Responses.Where(r => r.AssessmentId == fixture.AssessmentId).OrderBy(r => r.Id).ToListAsync());
        records.Skip(1).Select(r => string.Join("|", r)).Should().Equal(expected.Select(r => string.Join("|",
            new[] { AlignmentWording.DepartmentName(r.Department, culture), AlignmentWording.RoleName(r.Role, culture) }
                .Concat(Enumerable.Range(1, 20).Select(s => r.Answer(s).ToString(CultureInfo.InvariantCulture)))
                .Append(r.Total.ToString(CultureInfo.InvariantCulture))
                .Append(AlignmentWording.LevelName(ScoringKey.LevelOfTotal(r.Total), culture)))));
    }
}
