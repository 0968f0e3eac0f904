namespace SalesMarketingAlignment.Data.Entities;

public enum AssessmentStatus
{
    Open = 1,
    Closed = 2,
}

/// <summary>One run of the diagnostic in an organization: two survey links, the responses, the results.</summary>
public class Assessment
{
    public const int MinimumGroupSizeLowest = 1;
    public const int MinimumGroupSizeHighest = 10;
    public const int MinimumGroupSizeDefault = 3;
    public const int TitleMaxLength = 200;

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
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Id of the user who created it.</summary>
    public string CreatedBy { get; set; } = "";

    public List<SurveyLink> Links { get; set; } = [];
    public List<Response> Responses { get; set; } = [];
    public List<AssessmentCondition> Conditions { get; set; } = [];

    public bool IsOpen => Status == AssessmentStatus.Open;
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
