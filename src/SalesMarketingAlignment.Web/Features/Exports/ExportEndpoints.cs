using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Results;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Domain.Results;
using SalesMarketingAlignment.Domain.Scoring;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Web.Api;
using SalesMarketingAlignment.Web.Exports;
using SalesMarketingAlignment.Web.Infrastructure.Audit;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Features.Exports;

/// <summary>
/// CSV downloads of an assessment: every response (one row each) and the per-statement figures. The anonymity rule
/// applies to both: a department below the minimum group size is left out entirely (no rows, no columns), and a
/// role is left blank where the heads or the rest of the staff are fewer than the minimum (the role would single
/// them out). The responses file is for consultants only, carries no date and is in random order (the random
/// response ids), so no row can be matched to who answered when. See docs/api.md.
/// </summary>
public static class ExportEndpoints
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Maps the two downloads under <paramref name="api"/> (the /api/v1 group): assessments/{id}/responses.csv and statements.csv.</summary>
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var assessment = api.MapGroup("assessments/{id:int}")
            .RequireOrganization(OrganizationSource.Assessment("id"))
            .WithTags("Exports");
        // One row per response is finer than anything an executive sees: consultants and administrators only (403).
        var rowLevel = api.MapGroup("assessments/{id:int}")
            .RequireOrganization(OrganizationSource.Assessment("id"), changeOnly: true)
            .WithTags("Exports");
        assessment.AuditDownload(AuditKind.ExportDownloaded, "CSV");
        rowLevel.AuditDownload(AuditKind.ExportDownloaded, "CSV");
        rowLevel.MapGet("responses.csv", ResponsesAsync).WithName("ResponsesCsv")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Every response as a CSV row (answers, total, level) in no particular order and without dates; roles only where the group meets the minimum. Consultants and administrators only");
        assessment.MapGet("statements.csv", StatementsAsync).WithName("StatementsCsv")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Per statement and department: the mean and the count of each answer, withheld groups left out");
        return api;
    }

    public static string ResponsesPath(int assessmentId) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/assessments/{assessmentId}/responses.csv");

    public static string StatementsPath(int assessmentId) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/assessments/{assessmentId}/statements.csv");

    internal static async Task<IResult> ResponsesAsync(
        int id, HttpContext context, AlignmentDbContext db, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        // Rows are figures too: nothing for an executive before the release (Assessment.FiguresVisibleTo).
        if (await db.LoadResultsForAsync(id, context.OrganizationScope().CanChange, cancellationToken: cancellationToken) is ResultsForReader.NotReleased)
        {
            return ApiProblems.FiguresNotReleased();
        }

        var assessment = await db.Assessments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { OrganizationName = a.Organization!.Name, a.CreatedOn, a.ClosedOn, a.MinimumGroupSize })
            .SingleAsync(cancellationToken);
        var counts = await db.LoadCountsAsync(id, cancellationToken);
        var rule = new AnonymityRule(assessment.MinimumGroupSize);
        var culture = CultureInfo.CurrentUICulture;
        var rows = new ResponseRowText(counts, rule, culture);
        var header = ResponsesHeader(localizer);
        var fileName = FileName(assessment.OrganizationName, assessment.ClosedOn ?? assessment.CreatedOn, "responses");
        return TypedResults.Stream(
            async body =>
            {
                // Rows are read and written a buffer at a time: memory does not grow with the number of responses.
                var writer = new StreamWriter(body, CsvRowWriter.Encoding, bufferSize: 64 * 1024);
                await using (writer.ConfigureAwait(false))
                {
                    var csv = new CsvRowWriter(writer);
                    foreach (var column in header)
                    {
                        csv.Text(column);
                    }

                    await csv.EndRowAsync(cancellationToken);
                    // The rows go to the body as UTF-8 bytes of their own, after the header (and its byte order mark).
                    await writer.FlushAsync(cancellationToken);
                    await rows.WriteAsync(db, id, body, cancellationToken);
                }
            },
            ContentType,
            fileName);
    }

    internal static async Task<IResult> StatementsAsync(
        int id, HttpContext context, AlignmentDbContext db, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        AssessmentSnapshot snapshot;
        switch (await db.LoadResultsForAsync(id, context.OrganizationScope().CanChange, cancellationToken))
        {
            case ResultsForReader.Released released:
                snapshot = released.Snapshot;
                break;
            case ResultsForReader.NotReleased:
                return ApiProblems.FiguresNotReleased();
            default:
                return TypedResults.NotFound();
        }

        var results = snapshot.Results;
        var departments = new List<(Department Department, GroupFigures Figures)>();
        if (results.Sales is { } sales)
        {
            departments.Add((Department.Sales, sales));
        }

        if (results.Marketing is { } marketing)
        {
            departments.Add((Department.Marketing, marketing));
        }

        var comparison = results.Comparison;
        var builder = new StringBuilder();
        var csv = new CsvRowWriter(new StringWriter(builder, CultureInfo.InvariantCulture));
        csv.Text(localizer["Statement"]).Text(localizer["Text"]);
        foreach (var (department, _) in departments)
        {
            var name = DepartmentName(department, culture);
            csv.Text(localizer["{0} mean", name]);
            for (var answer = AnswerScale.Minimum; answer <= AnswerScale.Maximum; answer++)
            {
                csv.Text(localizer["{0} answers {1}", name, answer]);
            }
        }

        if (comparison is not null)
        {
            csv.Text(localizer["Gap (Sales minus Marketing)"]);
        }

        await csv.EndRowAsync(cancellationToken);
        foreach (var statement in Questionnaire.Statements)
        {
            csv.Number(statement.Number).Text(statement.Text(culture));
            foreach (var (_, figures) in departments)
            {
                var statementFigures = figures.Statement(statement.Number);
                csv.Number(statementFigures.Mean, 2);
                foreach (var count in statementFigures.AnswerCounts)
                {
                    csv.Number(count);
                }
            }

            if (comparison is not null)
            {
                csv.Number(comparison.Statements.Single(g => g.Number == statement.Number).Gap, 2);
            }

            await csv.EndRowAsync(cancellationToken);
        }

        var bytes = CsvRowWriter.Encoding.GetPreamble().Concat(CsvRowWriter.Encoding.GetBytes(builder.ToString())).ToArray();
        var fileName = FileName(snapshot.OrganizationName, snapshot.Assessment.ClosedOn ?? snapshot.Assessment.CreatedOn, "statements");
        return TypedResults.File(bytes, ContentType, fileName);
    }

    private static string[] ResponsesHeader(IStringLocalizer<SharedResource> localizer) =>
    [
        localizer["Department"],
        localizer["Role"],
        .. Questionnaire.Statements.Select(s => localizer["Statement {0}", s.Number].Value),
        localizer["Total"],
        localizer["Level"],
    ];

    /// <summary>"Acme-Corp-2026-05-06-responses.csv": the organization's name (user input) reduced to safe characters.</summary>
    public static string FileName(string organizationName, DateOnly date, string kind)
    {
        ArgumentNullException.ThrowIfNull(organizationName);
        var safe = new StringBuilder(organizationName.Length);
        foreach (var c in organizationName.Normalize(NormalizationForm.FormC))
        {
            safe.Append(char.IsLetterOrDigit(c) ? c : '-');
        }

        var name = string.Join('-', safe.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length > 60)
        {
            name = name[..60].TrimEnd('-');
        }

        return string.Create(CultureInfo.InvariantCulture, $"{(name.Length == 0 ? "organization" : name)}-{date:yyyy-MM-dd}-{kind}.csv");
    }

    private static string DepartmentName(Department department, CultureInfo culture) =>
        AlignmentWording.DepartmentName(department, culture);

    private static string RoleName(RespondentRole role, CultureInfo culture) =>
        AlignmentWording.RoleName(role, culture);

    private static string LevelName(AlignmentLevel level, CultureInfo culture) =>
        AlignmentWording.LevelName(level, culture);
}
