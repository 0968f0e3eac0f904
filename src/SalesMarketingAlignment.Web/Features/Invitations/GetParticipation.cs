using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Web.Features.Invitations;

/// <summary>Invitations of one role (null: invitations that let the respondent choose the role) and how many were used.</summary>
public sealed record RoleParticipation(RespondentRole? Role, int Invited, int Answered)
{
    /// <summary>Answered as a share of invited; null when nobody was invited.</summary>
    public decimal? Rate => Invited > 0 ? (decimal)Answered / Invited : null;
}

/// <summary>
/// One department: invitations and how many were used, and the responses that came through the open link (every
/// response beyond the used invitations), which nothing stops one person from sending several times.
/// </summary>
public sealed record DepartmentParticipation(Department Department, int Invited, int Answered, long OpenLinkResponses, IReadOnlyList<RoleParticipation> Roles)
{
    public decimal? Rate => Invited > 0 ? (decimal)Answered / Invited : null;
}

public sealed record Participation(IReadOnlyList<DepartmentParticipation> Departments);

/// <summary>
/// Participation per department and role, for every member of the organization (executives too): counts only, never
/// who was invited or which invitation answered. Read from the invitations' used flags and the response tallies, never
/// from the responses' answers.
/// </summary>
public sealed class GetParticipation(AlignmentDbContext db)
{
    private static readonly RespondentRole?[] RoleRows = [RespondentRole.Head, RespondentRole.Staff, null];

    public async Task<Participation> HandleAsync(int assessmentId, CancellationToken cancellationToken)
    {
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.AssessmentId == assessmentId)
            .GroupBy(i => new { i.Department, i.Role })
            .Select(g => new { g.Key.Department, g.Key.Role, Invited = g.Count(), Answered = g.Count(i => i.UsedOn != null) })
            .ToListAsync(cancellationToken);
        var responses = await db.ResponseTallies.AsNoTracking()
            .Where(t => t.AssessmentId == assessmentId && t.Item == ResponseTally.TotalItem)
            .GroupBy(t => t.Department)
            .Select(g => new { Department = g.Key, Count = g.Sum(t => t.Count) })
            .ToDictionaryAsync(g => g.Department, g => g.Count, cancellationToken);

        var departments = new[] { Department.Sales, Department.Marketing }.Select(department =>
        {
            var roles = RoleRows
                .Select(role => invitations.Where(i => i.Department == department && i.Role == role).ToList())
                .Select((rows, index) => new RoleParticipation(RoleRows[index], rows.Sum(r => r.Invited), rows.Sum(r => r.Answered)))
                .ToList();
            var answered = roles.Sum(r => r.Answered);
            var openLink = Math.Max(0, responses.GetValueOrDefault(department) - answered);
            return new DepartmentParticipation(department, roles.Sum(r => r.Invited), answered, openLink, roles);
        }).ToList();
        return new Participation(departments);
    }
}
