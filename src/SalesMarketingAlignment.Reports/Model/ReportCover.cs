namespace SalesMarketingAlignment.Reports.Model;

/// <summary>How many people of one department answered (the department name already in the report's language).</summary>
public sealed record DepartmentResponses
{
    public DepartmentResponses(string department, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(department);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Department = department;
        Count = count;
    }

    public string Department { get; }

    public int Count { get; }
}

/// <summary>The title page.</summary>
public sealed record ReportCover
{
    public ReportCover(
        string organization,
        string assessmentTitle,
        DateOnly openedOn,
        DateOnly? closedOn,
        IReadOnlyList<DepartmentResponses> responses,
        string preparedBy,
        DateOnly preparedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organization);
        ArgumentException.ThrowIfNullOrWhiteSpace(assessmentTitle);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentException.ThrowIfNullOrWhiteSpace(preparedBy);
        if (closedOn < openedOn)
        {
            throw new ArgumentException("An assessment closes after it opens.", nameof(closedOn));
        }

        Organization = organization;
        AssessmentTitle = assessmentTitle;
        OpenedOn = openedOn;
        ClosedOn = closedOn;
        Responses = responses.ToArray();
        PreparedBy = preparedBy;
        PreparedOn = preparedOn;
    }

    public string Organization { get; }

    public string AssessmentTitle { get; }

    public DateOnly OpenedOn { get; }

    /// <summary>Null while the assessment is still open.</summary>
    public DateOnly? ClosedOn { get; }

    public IReadOnlyList<DepartmentResponses> Responses { get; }

    public string PreparedBy { get; }

    public DateOnly PreparedOn { get; }
}
