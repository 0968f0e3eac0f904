using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Web.Features.Invitations;

/// <summary>One invitation as the consultant sees it: whether it was used, never which response it gave.</summary>
public sealed record InvitationRow(
    long Id, Department Department, RespondentRole? Role, string? Email, string? Name, string Token, bool Used,
    DateOnly CreatedOn, DateOnly? SentOn, DateOnly? RemindedOn, string? SendError);

/// <summary>The invitations of an assessment, in the order they were added (for the consultant only).</summary>
public sealed class ListInvitations(AlignmentDbContext db)
{
    public Task<List<InvitationRow>> HandleAsync(int assessmentId, CancellationToken cancellationToken) =>
        db.Invitations.AsNoTracking()
            .Where(i => i.AssessmentId == assessmentId)
            .OrderBy(i => i.Id)
            .Select(i => new InvitationRow(i.Id, i.Department, i.Role, i.Email, i.Name, i.Token, i.UsedOn != null, i.CreatedOn, i.SentOn, i.RemindedOn, i.SendError))
            .ToListAsync(cancellationToken);
}
