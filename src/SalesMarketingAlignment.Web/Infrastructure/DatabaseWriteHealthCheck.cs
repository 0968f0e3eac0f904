using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SalesMarketingAlignment.Data;

namespace SalesMarketingAlignment.Web.Infrastructure;

/// <summary>
/// Healthy when the database can be read and written: in a transaction (which takes the SQLite write gate, so it
/// waits its turn behind the writer instead of racing it) it reads the schema's main table and makes a real write,
/// then rolls it back, leaving nothing. A locked, read-only or full database fails here as it would for a user.
/// </summary>
public sealed class DatabaseWriteHealthCheck(AlignmentDbContext db) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            _ = await db.Assessments.AnyAsync(cancellationToken);
            // DDL is transactional in SQLite: the table exists only inside this transaction.
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"__HealthCheckWrite\" (\"Value\" INTEGER); INSERT INTO \"__HealthCheckWrite\" VALUES (1);", cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database can be read and written.");
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return new HealthCheckResult(context?.Registration.FailureStatus ?? HealthStatus.Unhealthy, "The database cannot be written.", ex);
        }
    }
}

/// <summary>
/// How /healthz answers: JSON <c>{"status":"Healthy"}</c> when every check passes, otherwise a 503 ProblemDetails with
/// <c>Retry-After</c>, like every other storage failure. Nothing about the cause is shown: the log has it.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IEndpointConventionBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapHealthChecks(Path, new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = WriteAsync })
            .AllowAnonymous();
    }

    private static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        if (report.Status == HealthStatus.Healthy)
        {
            await context.Response.WriteAsJsonAsync(new { status = report.Status.ToString() });
            return;
        }

        context.Response.Headers.RetryAfter = StorageFailures.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is not available.",
                Detail = "The app cannot read or write its database now; try again shortly.",
            },
        });
    }
}
