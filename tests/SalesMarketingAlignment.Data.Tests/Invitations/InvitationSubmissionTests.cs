using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Responses;
using SalesMarketingAlignment.Data.Tests.Infrastructure;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Data.Tests.Invitations;

/// <summary>An invitation submits once, and what is stored cannot tie it to the response it gave (decision 0009).</summary>
public sealed class InvitationSubmissionTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    private SurveyResponseWriter Writer => _database.Services.GetRequiredService<SurveyResponseWriter>();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    private static NewResponse Through(Invitation invitation, int answer = 3) =>
        new(invitation.AssessmentId, invitation.Department, RespondentRole.Staff,
            SurveyAnswers.Create(Enumerable.Repeat(answer, 20).ToArray()), Guid.NewGuid(), invitation.Id);

    private Task<List<Invitation>> InviteAsync(Assessment assessment, int count) =>
        _database.WithDbAsync(async db =>
        {
            var invitations = Enumerable.Range(0, count).Select(i => new Invitation
            {
                AssessmentId = assessment.Id,
                Department = Department.Sales,
                Email = $"person{i}@example.com",
                Token = SurveyLink.NewToken(),
                CreatedOn = new DateOnly(2026, 1, 5),
            }).ToList();
            db.Invitations.AddRange(invitations);
            await db.SaveChangesAsync();
            return invitations;
        });

    [Fact]
    public async Task SubmitAsync_InvitationUsedTwice_SecondStoresNothing()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var invitation = (await InviteAsync(assessment, 1))[0];

        var first = await Writer.SubmitAsync(Through(invitation, 4));
        var second = await Writer.SubmitAsync(Through(invitation, 1));

        first.Outcome.Should().Be(SubmissionOutcome.Stored);
        second.Outcome.Should().Be(SubmissionOutcome.InvitationAlreadyUsed);
        (await _database.WithDbAsync(db => db.Responses.Select(r => r.Total).ToListAsync())).Should().Equal(80);
        var stored = await _database.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Id == invitation.Id));
        stored.UsedOn.Should().Be(DateOnly.FromDateTime(DateTime.UtcNow));
    }

    [Fact]
    public async Task SubmitAsync_SameInvitationTwiceInOneBurst_StoresOnce()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var invitation = (await InviteAsync(assessment, 1))[0];

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Writer.SubmitAsync(Through(invitation))));

        results.Count(r => r.Outcome == SubmissionOutcome.Stored).Should().Be(1);
        results.Count(r => r.Outcome == SubmissionOutcome.InvitationAlreadyUsed).Should().Be(9);
        (await _database.WithDbAsync(db => db.Responses.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task SubmitAsync_ClosedAssessment_LeavesInvitationUnused()
    {
        var assessment = await _database.CreateAssessmentAsync("Closed", AssessmentStatus.Closed);
        var invitation = (await InviteAsync(assessment, 1))[0];

        var result = await Writer.SubmitAsync(Through(invitation));

        result.Outcome.Should().Be(SubmissionOutcome.AssessmentClosed);
        (await _database.WithDbAsync(db => db.Invitations.AnyAsync(i => i.UsedOn != null))).Should().BeFalse();
    }

    [Fact]
    public async Task Schema_NothingStoredLinksAnInvitationToItsResponse()
    {
        var assessment = await _database.CreateAssessmentAsync("Org");
        var invitations = await InviteAsync(assessment, 3);

        // Used in the order C, A, B with different answers: nothing stored may reveal which response came from which.
        foreach (var (invitation, answer) in new[] { (invitations[2], 5), (invitations[0], 1), (invitations[1], 3) })
        {
            (await Writer.SubmitAsync(Through(invitation, answer))).Outcome.Should().Be(SubmissionOutcome.Stored);
        }

        await using var connection = new SqliteConnection($"Data Source={_database.DatabasePath}");
        await connection.OpenAsync();

        // No foreign key either way, and no column of one table that names the other.
        (await ForeignKeyTargetsAsync(connection, "Responses")).Should().Equal("Assessments");
        (await ForeignKeyTargetsAsync(connection, "Invitations")).Should().Equal("Assessments");
        (await ColumnsAsync(connection, "Responses")).Should().NotContain(c => c.Contains("Invitation", StringComparison.OrdinalIgnoreCase) || c.Contains("Token", StringComparison.OrdinalIgnoreCase));
        var invitationColumns = await ColumnsAsync(connection, "Invitations");
        invitationColumns.Should().NotContain(c => c.Contains("Response", StringComparison.OrdinalIgnoreCase) || c.Contains("Submission", StringComparison.OrdinalIgnoreCase));

        // Only the day of use, the same for all three, and the same as the responses' day: no finer time to match on.
        var usedOn = await TextColumnAsync(connection, "SELECT \"UsedOn\" FROM \"Invitations\" ORDER BY rowid");
        usedOn.Should().OnlyContain(v => v == usedOn[0]).And.HaveCount(3);
        usedOn[0].Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
        (await TextColumnAsync(connection, "SELECT DISTINCT \"SubmittedOn\" FROM \"Responses\"")).Should().Equal(usedOn[0]);

        // Invitations keep their creation order: using one does not move it, so their order says nothing about use.
        (await TextColumnAsync(connection, "SELECT \"Email\" FROM \"Invitations\" ORDER BY rowid"))
            .Should().Equal(invitations.Select(i => i.Email));

        // Every other invitation column holds the same after use as before for each of them, apart from UsedOn.
        var rows = await _database.WithDbAsync(db => db.Invitations.AsNoTracking().OrderBy(i => i.Id).ToListAsync());
        rows.Should().BeEquivalentTo(invitations, o => o.Excluding(i => i.UsedOn).Excluding(i => i.IsUsed).WithStrictOrdering());
    }

    private static async Task<List<string>> ForeignKeyTargetsAsync(SqliteConnection connection, string table) =>
        await TextColumnAsync(connection, $"SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('{table}')");

    private static async Task<List<string>> ColumnsAsync(SqliteConnection connection, string table) =>
        await TextColumnAsync(connection, $"SELECT name FROM pragma_table_info('{table}')");

    private static async Task<List<string>> TextColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
