using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data.Entities;

namespace SalesMarketingAlignment.Data.Startup;

/// <summary>
/// What start-up has to create, read with one plain query (no EF query to compile): whether all of the app's roles
/// exist, and whether anyone is an administrator.
/// </summary>
public sealed record StartupState(bool HasAllRoles, bool HasAdministrator)
{
    public static async Task<StartupState> ReadAsync(AlignmentDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT (SELECT COUNT(*) FROM \"AspNetRoles\" WHERE \"Name\" IN (@administrator, @consultant, @executive)), " +
                "(SELECT COUNT(*) FROM \"AspNetUserRoles\" JOIN \"AspNetRoles\" ON \"AspNetRoles\".\"Id\" = \"AspNetUserRoles\".\"RoleId\" " +
                "WHERE \"AspNetRoles\".\"Name\" = @administrator)";
            Add(command, "@administrator", Roles.Administrator);
            Add(command, "@consultant", Roles.Consultant);
            Add(command, "@executive", Roles.Executive);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new StartupState(HasAllRoles: reader.GetInt64(0) == Roles.All.Count, HasAdministrator: reader.GetInt64(1) > 0);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
