using SalesMarketingAlignment.Domain.Scoring;

namespace SalesMarketingAlignment.Domain.Results;

/// <summary>One of the four perceptions the article compares: a department's head (or heads) or its staff.</summary>
/// <param name="Figures">Null when nothing may be shown: no responses, or the anonymity rule withholds it.</param>
public sealed record Perception(Department Department, RespondentRole Role, long Responses, GroupFigures? Figures)
{
    public bool IsHeadsView => Role == RespondentRole.Head;
}

/// <summary>
/// The four perceptions: Sales head, Sales staff, Marketing head, Marketing staff (docs/decisions/0013). Heads are
/// told before answering that their answers are shown as the head's view, so the minimum group does not protect them;
/// it still protects the staff, both directly and against subtracting the heads from the department.
/// </summary>
public static class Perceptions
{
    /// <summary>The head's view: shown when heads answered and the department's staff is empty or at least the minimum (otherwise the department minus the heads would reveal a small staff).</summary>
    public static GroupFigures? HeadsViewOrNull(ResponseCounts heads, ResponseCounts staff, AnonymityRule rule)
    {
        ArgumentNullException.ThrowIfNull(heads);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(rule);
        return heads.Count > 0 && (staff.Count == 0 || rule.Allows(staff.Count)) ? GroupFigures.From(heads) : null;
    }

    /// <summary>The staff's figures: shown only at or above the minimum group, as any anonymous group.</summary>
    public static GroupFigures? StaffOrNull(ResponseCounts staff, AnonymityRule rule) => AssessmentResults.FiguresOrNull(staff, rule);

    /// <summary>Sales head, Sales staff, Marketing head, Marketing staff, in that order.</summary>
    /// <param name="countsFor">The responses of one department and role.</param>
    public static IReadOnlyList<Perception> Compute(Func<Department, RespondentRole, ResponseCounts> countsFor, AnonymityRule rule)
    {
        ArgumentNullException.ThrowIfNull(countsFor);
        ArgumentNullException.ThrowIfNull(rule);
        var perceptions = new List<Perception>(4);
        foreach (var department in new[] { Department.Sales, Department.Marketing })
        {
            var heads = countsFor(department, RespondentRole.Head);
            var staff = countsFor(department, RespondentRole.Staff);
            perceptions.Add(new Perception(department, RespondentRole.Head, heads.Count, HeadsViewOrNull(heads, staff, rule)));
            perceptions.Add(new Perception(department, RespondentRole.Staff, staff.Count, StaffOrNull(staff, rule)));
        }

        return perceptions;
    }
}
