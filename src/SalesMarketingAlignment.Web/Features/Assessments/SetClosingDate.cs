using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Domain.Time;

namespace SalesMarketingAlignment.Web.Features.Assessments;

/// <summary>The body of PUT /assessments/{id}/closing-date: the last day for answers, or null to have none.</summary>
public sealed class SetClosingDateRequest
{
    /// <summary>"YYYY-MM-DD", today or later; null removes the closing date.</summary>
    public DateOnly? ClosesOn { get; set; }
}

/// <summary>
/// Sets, moves or removes the closing date of an open assessment the caller may change. Answers are accepted to the end
/// of that day in UTC; a date before today is refused (it would close the survey without the consultant closing it).
/// </summary>
public sealed class SetClosingDate(AlignmentDbContext db, TimeProvider clock)
{
    public abstract record Result;

    public sealed record Saved(Assessment Assessment) : Result;

    /// <summary>The date is before today; nothing changed.</summary>
    public sealed record Invalid(string Message) : Result;

    /// <summary>The assessment is closed: it has no closing date to change; nothing changed.</summary>
    public sealed record AlreadyClosed(Assessment Assessment) : Result;

    public sealed record NotFound : Result;

    public async Task<Result> HandleAsync(int assessmentId, DateOnly? closesOn, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.Include(a => a.Links).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
        {
            return new NotFound();
        }

        if (!assessment.IsOpen)
        {
            return new AlreadyClosed(assessment);
        }

        var today = clock.Today();
        if (ClosingDateRule.Check(closesOn, today) is { } message)
        {
            return new Invalid(message);
        }

        assessment.SetClosingDate(closesOn, today);
        await db.SaveChangesAsync(cancellationToken);
        return new Saved(assessment);
    }
}
