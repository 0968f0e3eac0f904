namespace SalesMarketingAlignment.Data.Entities;

/// <summary>A client organization: the tenant boundary. Consultants and executives see it only as members.</summary>
public class Organization
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public DateOnly CreatedOn { get; set; }
    public List<OrganizationMember> Members { get; set; } = [];
    public List<Assessment> Assessments { get; set; } = [];

    /// <summary>A new organization named <paramref name="name"/> (trimmed) whose creator is its first member.</summary>
    public static Organization Create(string name, string creatorId, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrEmpty(creatorId);
        return new Organization
        {
            Name = name.Trim(),
            CreatedOn = today,
            Members = [new OrganizationMember { UserId = creatorId }],
        };
    }
}

/// <summary>Membership of a user (consultant or executive) in an organization.</summary>
public class OrganizationMember
{
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string UserId { get; set; } = "";
    public ApplicationUser? User { get; set; }
}
