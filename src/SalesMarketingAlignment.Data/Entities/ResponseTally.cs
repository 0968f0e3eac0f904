using SalesMarketingAlignment.Domain;

namespace SalesMarketingAlignment.Data.Entities;

/// <summary>
/// A running count kept beside the responses, so results are read from a few hundred rows at any number of
/// responses: how many responses of one group (assessment, department, role) have <see cref="Value"/> for
/// <see cref="Item"/>. Item 0 is the total (value 20-100); items 1-20 are the statements (value 1-5). Kept in step
/// with <see cref="Response"/> rows by <see cref="AlignmentDbContext"/> in the same transaction as the rows (see
/// docs/decisions/0006-running-tallies.md); never written by hand.
/// </summary>
public class ResponseTally
{
    /// <summary>The <see cref="Item"/> that counts totals rather than one statement's answers.</summary>
    public const short TotalItem = 0;

    public int AssessmentId { get; set; }
    public Department Department { get; set; }
    public RespondentRole Role { get; set; }

    /// <summary>0 for the total, otherwise the statement number 1-20.</summary>
    public short Item { get; set; }

    /// <summary>The total (item 0) or the answer (items 1-20).</summary>
    public short Value { get; set; }

    public long Count { get; set; }
}
