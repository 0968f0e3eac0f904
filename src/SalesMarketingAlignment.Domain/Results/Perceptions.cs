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

    /// <summary>
    /// A role group of a round whose heads were never told that their answers are shown as the head's view (rounds from
    /// before decision 0013): heads and staff alike are shown only when the group and the rest of its department are
    /// each empty or at least the minimum (decision 0003's subgroup rule), so a lone head stays hidden.
    /// </summary>
    public static GroupFigures? UnderMinimumGroupOrNull(ResponseCounts group, ResponseCounts restOfDepartment, AnonymityRule rule)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(restOfDepartment);
        ArgumentNullException.ThrowIfNull(rule);
        return rule.AllowsPartOf(group.Count, group.Count + restOfDepartment.Count) ? AssessmentResults.FiguresOrNull(group, rule) : null;
    }

    /// <summary>Sales head, Sales staff, Marketing head, Marketing staff, in that order, for a round whose heads were told.</summary>
    /// <param name="countsFor">The responses of one department and role.</param>
    public static IReadOnlyList<Perception> Compute(Func<Department, RespondentRole, ResponseCounts> countsFor, AnonymityRule rule) =>
        Compute(countsFor, rule, headsToldOfHeadsView: true);

    /// <summary>Sales head, Sales staff, Marketing head, Marketing staff, in that order.</summary>
    /// <param name="countsFor">The responses of one department and role.</param>
    /// <param name="headsToldOfHeadsView">Whether the round's heads were told before answering that their answers are shown
    /// as the head's view; false keeps every role group, heads included, inside the minimum-group rule.</param>
    public static IReadOnlyList<Perception> Compute(Func<Department, RespondentRole, ResponseCounts> countsFor, AnonymityRule rule, bool headsToldOfHeadsView)
    {
        ArgumentNullException.ThrowIfNull(countsFor);
        ArgumentNullException.ThrowIfNull(rule);
        var perceptions = new List<Perception>(4);
        foreach (var department in new[] { Department.Sales, Department.Marketing })
        {
            var heads = countsFor(department, RespondentRole.Head);
            var staff = countsFor(department, RespondentRole.Staff);
            if (headsToldOfHeadsView)
            {
                perceptions.Add(new Perception(department, RespondentRole.Head, heads.Count, HeadsViewOrNull(heads, staff, rule)));
                perceptions.Add(new Perception(department, RespondentRole.Staff, staff.Count, StaffOrNull(staff, rule)));
            }
            else
            {
                perceptions.Add(new Perception(department, RespondentRole.Head, heads.Count, UnderMinimumGroupOrNull(heads, staff, rule)));
                perceptions.Add(new Perception(department, RespondentRole.Staff, staff.Count, UnderMinimumGroupOrNull(staff, heads, rule)));
            }
        }

        return perceptions;
    }
}
