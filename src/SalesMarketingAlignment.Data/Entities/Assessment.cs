using System.Linq.Expressions;
using SalesMarketingAlignment.Domain;
using SalesMarketingAlignment.Domain.Recommendations;
using SalesMarketingAlignment.Domain.Results;

namespace SalesMarketingAlignment.Data.Entities;

public enum AssessmentStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>One run of the diagnostic in an organization: two survey links, the responses, the results.</summary>
public class Assessment
{
    // The anonymity rule owns these bounds; the entity repeats them only as names for the database constraint.
    public const int MinimumGroupSizeLowest = AnonymityRule.SmallestAllowed;
    public const int MinimumGroupSizeHighest = AnonymityRule.LargestAllowed;
    public const int MinimumGroupSizeDefault = AnonymityRule.DefaultMinimumGroupSize;
    public const int TitleMaxLength = 200;

    /// <summary>A two-letter language code ("en", "ru", "nl") fits with room for a region.</summary>
    public const int SurveyLanguageMaxLength = 8;

    /// <summary>The survey language of assessments made before the column existed.</summary>
    public const string DefaultSurveyLanguage = "en";

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Results of a group (department, role) are shown only when it has at least this many responses.</summary>
    public int MinimumGroupSize { get; set; } = MinimumGroupSizeDefault;

    public int? ExpectedSales { get; set; }
    public int? ExpectedMarketing { get; set; }
    public AssessmentStatus Status { get; set; } = AssessmentStatus.Open;
    public DateOnly CreatedOn { get; set; }

    /// <summary>The language respondents see first when they open a survey link (they can switch); set by the consultant.</summary>
    public string SurveyLanguage { get; set; } = DefaultSurveyLanguage;
    public DateOnly? ClosedOn { get; set; }

    /// <summary>
    /// The last day the survey accepts answers, through the end of that day in UTC; null without a closing date. After
    /// it the survey refuses answers as a closed assessment does, although the consultant has not closed it yet.
    /// </summary>
    public DateOnly? ClosesOn { get; set; }

    /// <summary>
    /// Whether heads were told, before answering, that their answers are shown as the head's view (decision 0013).
    /// False for rounds started before that change: their heads answered under the promise of decision 0003, so their
    /// answers stay inside the minimum-group rule. New assessments are told (true); the column's default (false) marks
    /// the rows that existed when the column was added.
    /// </summary>
    public bool HeadsToldOfHeadsView { get; set; } = true;

    /// <summary>Id of the user who created it.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>Whether the survey asks the optional Buying Funnel part (who leads each stage) after the statements; set by the consultant.</summary>
    public bool BuyingFunnel { get; set; }

    public List<SurveyLink> Links { get; set; } = [];
    public List<Response> Responses { get; set; } = [];
    public List<AssessmentCondition> Conditions { get; set; } = [];

    /// <summary>Id of the user who last saved the conditions; null while nobody has assessed them.</summary>
    public string? ConditionsAssessedBy { get; set; }

    /// <summary>When the conditions were last saved; null while nobody has assessed them.</summary>
    public DateOnly? ConditionsAssessedOn { get; set; }

    /// <summary>
    /// Whether anyone has assessed the conditions. Rows saved before the assessor was recorded count as assessed, so
    /// conditions that hold never read "not assessed". <see cref="Conditions"/> must be loaded.
    /// </summary>
    public bool ConditionsAssessed => ConditionsAssessedOn is not null || Conditions.Count > 0;

    public bool IsOpen => Status == AssessmentStatus.Open;

    /// <summary>Whether the closing date is behind <paramref name="today"/> (UTC): answers are refused from the next day on.</summary>
    public bool ClosingDatePassed(DateOnly today) => ClosesOn is { } lastDay && today > lastDay;

    /// <summary>Whether the survey accepts answers on <paramref name="today"/>: open, and the closing date (if any) not passed.</summary>
    public bool AcceptsAnswersOn(DateOnly today) => IsOpen && !ClosingDatePassed(today);

    /// <summary>
    /// Sets or clears (null) the last day for answers. Only while open, and never a day before <paramref name="today"/>:
    /// a date in the past would close the survey without the consultant closing it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The assessment is closed; nothing changes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is before today; nothing changes.</exception>
    public void SetClosingDate(DateOnly? closesOn, DateOnly today)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("A closed assessment has no closing date to change.");
        }

        if (closesOn is { } date && date < today)
        {
            throw new ArgumentOutOfRangeException(nameof(closesOn), closesOn, "The closing date must be today or later.");
        }

        ClosesOn = closesOn;
    }

    /// <summary>Id of the consultant who released the figures while the assessment was open; null without an interim release.</summary>
    public string? FiguresReleasedBy { get; set; }

    /// <summary>When the figures were released while the assessment was open (UTC); null without an interim release.</summary>
    public DateTimeOffset? FiguresReleasedAt { get; set; }

    /// <summary>
    /// The release rule, in one place for the pages, API, CSV exports, PDF report and trend (as an expression so that
    /// queries filter by it too): figures are released when the assessment is closed or a consultant released them on purpose.
    /// </summary>
    public static readonly Expression<Func<Assessment, bool>> FiguresReleasedRule =
        a => a.Status == AssessmentStatus.Closed || a.FiguresReleasedAt != null;

    private static readonly Func<Assessment, bool> FiguresReleasedCheck = FiguresReleasedRule.Compile();

    /// <summary>Whether the figures are released to every member of the organization (see <see cref="FiguresReleasedRule"/>).</summary>
    public bool FiguresReleased => FiguresReleasedCheck(this);

    /// <summary>
    /// Whether a reader sees figures: those who run the assessment (consultants, administrators) always; the
    /// organization's executives only once released, so nobody can difference live figures while answers come in.
    /// </summary>
    public bool FiguresVisibleTo(bool readerRunsAssessment) => readerRunsAssessment || FiguresReleased;

    /// <summary>Publishes an interim release of an open assessment's figures. Closed or already released: nothing changes.</summary>
    /// <returns>True when this call released them.</returns>
    public bool ReleaseFigures(string releasedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(releasedBy);
        if (FiguresReleased)
        {
            return false;
        }

        FiguresReleasedBy = releasedBy;
        FiguresReleasedAt = now;
        return true;
    }

    /// <summary>
    /// Whether the Sales department's shared link accepts answers. An open link lets one person answer several times,
    /// so it is off for new assessments; assessments from before invitations keep it on (the column's default).
    /// </summary>
    public bool SalesOpenLink { get; set; } = true;

    /// <summary>Whether the Marketing department's shared link accepts answers (see <see cref="SalesOpenLink"/>).</summary>
    public bool MarketingOpenLink { get; set; } = true;

    public bool OpenLinkEnabled(Department department) => department == Department.Sales ? SalesOpenLink : MarketingOpenLink;

    public void SetOpenLink(Department department, bool enabled)
    {
        if (department == Department.Sales)
        {
            SalesOpenLink = enabled;
        }
        else
        {
            MarketingOpenLink = enabled;
        }
    }

    /// <summary>
    /// A new open assessment, dated <paramref name="today"/>, with one random survey link per department. The caller
    /// has validated the input for the user; this only refuses what must never be stored.
    /// </summary>
    /// <exception cref="ArgumentException">A blank or too long title, or a minimum group size the anonymity rule refuses.</exception>
    public static Assessment Start(
        int organizationId, string title, int minimumGroupSize, int? expectedSales, int? expectedMarketing, string createdBy, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrEmpty(createdBy);
        var trimmed = title.Trim();
        if (trimmed.Length > TitleMaxLength)
        {
            throw new ArgumentException($"A title has at most {TitleMaxLength} characters.", nameof(title));
        }

        if (!AnonymityRule.IsAllowedSize(minimumGroupSize))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumGroupSize), minimumGroupSize, AnonymityRule.OutOfRangeMessage);
        }

        return new Assessment
        {
            OrganizationId = organizationId,
            Title = trimmed,
            MinimumGroupSize = minimumGroupSize,
            ExpectedSales = expectedSales,
            ExpectedMarketing = expectedMarketing,
            Status = AssessmentStatus.Open,
            CreatedOn = today,
            CreatedBy = createdBy,
            SalesOpenLink = false,
            MarketingOpenLink = false,
            Links =
            [
                new SurveyLink { Department = Department.Sales, Token = SurveyLink.NewToken() },
                new SurveyLink { Department = Department.Marketing, Token = SurveyLink.NewToken() },
            ],
        };
    }

    /// <summary>Closes the assessment: its links accept no more answers. Closing a closed assessment changes nothing.</summary>
    /// <returns>True when this call closed it.</returns>
    public bool Close(DateOnly today)
    {
        if (!IsOpen)
        {
            return false;
        }

        Status = AssessmentStatus.Closed;
        ClosedOn = today;
        return true;
    }

    /// <summary>
    /// Makes <paramref name="conditionIds"/> the set of "Do We Need to Be More Aligned?" conditions that hold (duplicates
    /// count once). Closed assessments may change them too: they are the consultant's judgement, not answers.
    /// <see cref="Conditions"/> must be loaded.
    /// </summary>
    /// <param name="conditionIds">The conditions that hold; empty means none holds (still an assessment).</param>
    /// <param name="assessedBy">Id of the user who assessed them.</param>
    /// <param name="today">The date of the assessment.</param>
    /// <exception cref="ArgumentException">An id that is not one of the exhibit's conditions; nothing changes.</exception>
    public void ReplaceConditions(IEnumerable<string> conditionIds, string assessedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(conditionIds);
        ArgumentException.ThrowIfNullOrEmpty(assessedBy);
        var wanted = conditionIds.ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(id => !AlignmentConditions.TryGet(id, out _)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"Unknown condition id(s): {string.Join(", ", unknown)}.", nameof(conditionIds));
        }

        Conditions.RemoveAll(c => !wanted.Contains(c.ConditionId));
        foreach (var id in wanted.Where(w => Conditions.TrueForAll(c => c.ConditionId != w)))
        {
            Conditions.Add(new AssessmentCondition { AssessmentId = Id, ConditionId = id });
        }

        ConditionsAssessedBy = assessedBy;
        ConditionsAssessedOn = today;
    }
}

/// <summary>A condition of the article's "Do We Need to Be More Aligned?" exhibit that the consultant marked as present.</summary>
public class AssessmentCondition
{
    public int AssessmentId { get; set; }
    public string ConditionId { get; set; } = "";
}

/// <summary>A task of the Integration Checklist ticked for an organization.</summary>
public class ChecklistTick
{
    public int OrganizationId { get; set; }
    public string TaskId { get; set; } = "";

    /// <summary>Id of the user who ticked it.</summary>
    public string TickedBy { get; set; } = "";
    public DateOnly TickedOn { get; set; }
}
