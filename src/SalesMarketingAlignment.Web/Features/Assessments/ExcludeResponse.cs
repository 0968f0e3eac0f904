using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Infrastructure.Audit;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>Why a response is excluded (1-500 characters), as the consultant writes it.</summary>
public sealed record ExcludeResponseRequest(string? Reason);

/// <summary>An exclusion as the API shows it.</summary>
public sealed record ExclusionDto(long ResponseId, string Department, string Role, int Total, string Reason, string ExcludedBy, DateTimeOffset ExcludedAt)
{
    public static ExclusionDto From(ResponseExclusion exclusion)
    {
        ArgumentNullException.ThrowIfNull(exclusion);
        return new(exclusion.ResponseId, exclusion.Department.ToString(), exclusion.Role.ToString(), exclusion.Total, exclusion.Reason,
            exclusion.ExcludedBy, exclusion.ExcludedAt);
    }
}

/// <summary>
/// Voids a clearly bogus response of an assessment the caller may change (open or closed): its row is deleted through
/// EF, which takes it out of the running tallies in the same transaction (AlignmentDbContext), so it stops counting in
/// results, exports and the report; its answers are kept in a <see cref="ResponseExclusion"/> with who, when and why.
/// </summary>
public sealed class ExcludeResponse(AlignmentDbContext db, TimeProvider clock, IAuditTrail audit)
{
    public abstract record Result;

    public sealed record Excluded(ResponseExclusion Exclusion) : Result;

    /// <summary>The reason is missing or too long; nothing changed.</summary>
    public sealed record Invalid(bool ReasonMissing, string Message) : Result;

    /// <summary>No such response in this assessment (or excluded already).</summary>
    public sealed record NotFound : Result;

    /// <param name="excludedBy">Id of the consultant excluding it.</param>
    public async Task<Result> HandleAsync(int assessmentId, long responseId, string? reason, string excludedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(excludedBy);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new Invalid(true, "Say why this response is excluded (the reason is kept with the exclusion).");
        }

        if (reason.Trim().Length > ResponseExclusion.ReasonMaxLength)
        {
            return new Invalid(false, $"The reason has at most {ResponseExclusion.ReasonMaxLength} characters.");
        }

        var response = await db.Responses.SingleOrDefaultAsync(r => r.AssessmentId == assessmentId && r.Id == responseId, cancellationToken);
        if (response is null)
        {
            return new NotFound();
        }

        var exclusion = ResponseExclusion.Of(response, reason, excludedBy, clock.GetUtcNow());
        db.ResponseExclusions.Add(exclusion);
        db.Responses.Remove(response);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone excluded it a moment ago: nothing of this attempt was saved.
            return new NotFound();
        }

        // The audit trail says who voided a response of which assessment, never which answers it held.
        await audit.RecordAsync(new AuditEntry(AuditKind.ResponseVoided, excludedBy, AssessmentId: assessmentId), cancellationToken);
        return new Excluded(exclusion);
    }
}
