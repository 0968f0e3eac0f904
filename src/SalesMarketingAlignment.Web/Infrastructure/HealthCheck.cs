using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>GET /healthz: 200 when the app answers and the database runs a trivial query against the schema.</summary>
public static class HealthCheck
{
    public static async Task<IResult> CheckAsync(AlignmentDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            _ = await db.Assessments.AsNoTracking().Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
            return Results.Ok(new { status = "Healthy" });
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return Results.Problem(title: "The database is not available.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
