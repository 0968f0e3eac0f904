using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Instrument;
using SalesMarketingAlignment.Web.Infrastructure;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

public sealed class DetailsModel(AlignmentDbContext db, OrganizationAccess access, TimeProvider clock) : PageModel
{
    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public string OrganizationName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public bool IsOpen { get; private set; }
    public int MinimumGroupSize { get; private set; }
    public bool CanChange { get; private set; }
    public IReadOnlyList<LinkRow> Links { get; private set; } = [];
    public IReadOnlyList<CountRow> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var (level, _) = await access.ToAssessmentAsync(User, id, cancellationToken);
        if (level == Access.None)
        {
            return NotFound();
        }

        CanChange = level == Access.Write;
        var assessment = await db.Assessments.AsNoTracking()
            .Include(a => a.Organization)
            .Include(a => a.Links)
            .SingleAsync(a => a.Id == id, cancellationToken);
        Id = id;
        OrganizationId = assessment.OrganizationId;
        OrganizationName = assessment.Organization!.Name;
        Title = assessment.Title;
        IsOpen = assessment.IsOpen;
        MinimumGroupSize = assessment.MinimumGroupSize;
        var baseUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        Links = assessment.Links
            .OrderBy(l => l.Department)
            .Select(l => new LinkRow(l.Department, DepartmentName(l.Department), $"{baseUrl}/s/{l.Token}"))
            .ToList();
        var received = await db.Responses
            .Where(r => r.AssessmentId == id)
            .GroupBy(r => r.Department)
            .Select(g => new { Department = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Department, g => g.Count, cancellationToken);
        Counts =
        [
            new(DepartmentName(Department.Sales), received.GetValueOrDefault(Department.Sales), assessment.ExpectedSales),
            new(DepartmentName(Department.Marketing), received.GetValueOrDefault(Department.Marketing), assessment.ExpectedMarketing),
        ];
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken cancellationToken)
    {
        var (level, _) = await access.ToAssessmentAsync(User, id, cancellationToken);
        if (level == Access.None)
        {
            return NotFound();
        }

        if (level != Access.Write)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var assessment = await db.Assessments.SingleAsync(a => a.Id == id, cancellationToken);
        if (assessment.IsOpen)
        {
            assessment.Status = AssessmentStatus.Closed;
            assessment.ClosedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"/Assessments/{id}");
    }

    private static string DepartmentName(Department department) => InstrumentTexts.Get($"Department{department}");

    public sealed record LinkRow(Department Department, string DepartmentName, string Url);

    public sealed record CountRow(string DepartmentName, int Received, int? Expected);
}
