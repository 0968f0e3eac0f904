namespace SalesMarketingAlignment.Data.Entities;

/// <summary>What a plan entry is about: a "Moving Up" action or a task of the Integration Checklist.</summary>
public enum PlanItemKind
{
    Action = 1,
    ChecklistItem = 2,
}

/// <summary>Where a plan entry stands.</summary>
public enum PlanItemStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Dropped = 4,
}

/// <summary>
/// The action plan's entry for one recommended action or checklist task of an assessment: who does it (a member of the
/// organization or a free-text name), by when, where it stands, and a note. Items without an entry read as Planned
/// with nobody and no date (docs/decisions/0016-action-plan.md).
/// </summary>
public class PlanItem
{
    /// <summary>Catalogue ids such as "da-marketing-liaison" are far shorter.</summary>
    public const int KeyMaxLength = 64;

    public const int OwnerNameMaxLength = 200;
    public const int NoteMaxLength = 2000;

    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public Assessment? Assessment { get; set; }
    public PlanItemKind Kind { get; set; }

    /// <summary>The stable id of the action (TransitionAction.Id) or checklist task (ChecklistTask.Id).</summary>
    public string ItemKey { get; set; } = "";

    /// <summary>A member of the organization who owns the item; null for a free-text owner or none.</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>A free-text owner (someone without an account); used only when <see cref="OwnerUserId"/> is null.</summary>
    public string? OwnerName { get; set; }

    public DateOnly? DueDate { get; set; }
    public PlanItemStatus Status { get; set; } = PlanItemStatus.Planned;
    public string? Note { get; set; }

    /// <summary>Id of the user who last changed the entry.</summary>
    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Still to do: planned or in progress (not done, not dropped).</summary>
    public static bool IsOpen(PlanItemStatus status) => status is PlanItemStatus.Planned or PlanItemStatus.InProgress;

    /// <summary>Due before <paramref name="today"/> and still open.</summary>
    public static bool IsOverdue(DateOnly? dueDate, PlanItemStatus status, DateOnly today) => dueDate < today && IsOpen(status);
}
