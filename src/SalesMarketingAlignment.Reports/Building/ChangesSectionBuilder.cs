using System.Globalization;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Changes;
using SalesMarketingAlignment.Domain.Texts;
using SalesMarketingAlignment.Reports.Charts;
using SalesMarketingAlignment.Reports.Model;

namespace SalesMarketingAlignment.Reports.Building;

/// <summary>The earlier round a report compares with, and the changes since (already after both rounds' anonymity rule).</summary>
public sealed record ChangesInput(string EarlierTitle, RoundChanges Changes);

/// <summary>Words <see cref="RoundChanges"/> for the PDF's "What moved" section. Pure.</summary>
public static class ChangesSectionBuilder
{
    public static ChangesSection? Build(ChangesInput? input, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (input is null)
        {
            return null;
        }

        var changes = input.Changes;
        string Change(decimal value) => ChartFormat.Gap(value, culture);
        string Bound(double value) => ((decimal)value).ToString("+0.00;\u22120.00;0.00", culture);
        string Verdict(ChangeVerdict verdict) => ReportTexts.Get("Changes" + verdict, culture);
        string Department(Department department) => AlignmentWording.DepartmentName(department, culture);

        var departments = new[] { changes.Sales, changes.Marketing }
            .Select(d => d is { Total: { } total, EarlierLevel: { } then, LaterLevel: { } now }
                ? ReportTexts.Format(
                    "ChangesDepartmentLine", culture, Department(d.Department),
                    ChartFormat.Mean(total.Earlier, culture), AlignmentWording.LevelName(then, culture),
                    ChartFormat.Mean(total.Later, culture), AlignmentWording.LevelName(now, culture),
                    Change(total.Change),
                    total.Interval is { } i ? $"{Bound(i.Lower)} … {Bound(i.Upper)}" : "–",
                    Verdict(total.Verdict))
                : ReportTexts.Format(
                    d.Absence == ChangeAbsence.Withheld ? "ChangesDepartmentWithheld" : "ChangesDepartmentNoResponses", culture, Department(d.Department)))
            .ToArray();
        var notShown = ReportTexts.Get("ChangesNotShown", culture);
        var gap = ReportTexts.Format(
            "ChangesGapLine", culture,
            changes.GapThen is { } g1 ? Change(g1) : notShown,
            changes.GapNow is { } g2 ? Change(g2) : notShown);
        var moved = new[] { changes.Sales, changes.Marketing }
            .SelectMany(d => d.Statements.Select(s => (d.Department, Statement: s)))
            .Where(x => x.Statement.Mean.Verdict is ChangeVerdict.MovedUp or ChangeVerdict.MovedDown)
            .OrderBy(x => x.Statement.Number).ThenBy(x => x.Department)
            .Select(x => ReportTexts.Format(
                "ChangesStatementLine", culture, StatementLabels.ShortLabel(x.Statement.Number, culture), Department(x.Department),
                ChartFormat.Mean(x.Statement.Mean.Earlier, culture), ChartFormat.Mean(x.Statement.Mean.Later, culture),
                Change(x.Statement.Mean.Change),
                x.Statement.Mean.Interval is { } i ? $"{Bound(i.Lower)} … {Bound(i.Upper)}" : "–",
                Verdict(x.Statement.Mean.Verdict)))
            .ToArray();
        return new ChangesSection(ReportTexts.Format("ChangesIntro", culture, input.EarlierTitle), departments, gap, moved);
    }
}
