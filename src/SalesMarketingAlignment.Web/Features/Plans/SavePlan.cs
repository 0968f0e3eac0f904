using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SalesMarketingAlignment.Data;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Data.Results;

namespace SalesMarketingAlignment.Web.Features.Plans;

/// <summary>The owner of a plan item: a member of the organization (by user id) or a free-text name.</summary>
/// <param name="MemberId">A member's user id; when given, the name is ignored (the API's GET sends both).</param>
public sealed record PlanOwnerInput(string? MemberId, string? Name);

/// <summary>One item of a plan update; "text" is accepted (GET sends it) and ignored.</summary>
public sealed class PlanItemInput
{
    public string? Id { get; set; }

    /// <summary>"Action" or "ChecklistItem".</summary>
    public string? Kind { get; set; }

    public string? Text { get; set; }

    public PlanOwnerInput? Owner { get; set; }

    /// <summary>YYYY-MM-DD, or null for no due date.</summary>
    public string? DueDate { get; set; }

    /// <summary>"Planned", "InProgress", "Done" or "Dropped"; null means Planned.</summary>
    public string? Status { get; set; }

    public string? Note { get; set; }
}

/// <summary>The API's PUT body: the items to change; items not named keep their entry.</summary>
public sealed class SavePlanRequest
{
    public IReadOnlyList<PlanItemInput?>? Items { get; set; }
}

/// <summary>
/// A field error: <see cref="Message"/> is English text with placeholders, a localizer key, so the page and the API
/// word it in the reader's language.
/// </summary>
public sealed record PlanError(string Field, string Message, params object[] Arguments);

/// <summary>
/// Updates the plan entries of the items a consultant names (all or nothing: one bad item saves none). An item must be
/// in the assessment's plan (<see cref="PlanCatalogue.ItemsOf"/>); a member owner must belong to the organization.
/// </summary>
public sealed class SavePlan(AlignmentDbContext db, TimeProvider clock)
{
    public const string ItemsMissingText = "Send the items to change as a list in \"items\".";
    public const string ItemEmptyText = "Item {0} is empty: send an object with \"id\" and \"kind\".";
    public const string NotInPlanText = "'{0}' is not an item of kind {1} in this assessment's plan.";
    public const string NamedTwiceText = "'{0}' is named more than once.";
    public const string NoteTooLongText = "The note of '{0}' is too long: at most {1} characters.";
    public const string UnknownKindText = "'{0}' is not a kind of plan item: use Action or ChecklistItem.";
    public const string UnknownStatusText = "'{0}' is not a status: use Planned, InProgress, Done or Dropped.";
    public const string BadDateText = "'{0}' is not a date: write it as YYYY-MM-DD.";
    public const string NotMemberText = "'{0}' is not a member of this organization.";
    public const string OwnerNameTooLongText = "The owner's name is too long: at most {0} characters.";

    /// <summary>Every message the use case can give (localizer keys).</summary>
    public static IReadOnlyList<string> Messages { get; } =
    [
        ItemsMissingText,
        ItemEmptyText,
        NotInPlanText,
        NamedTwiceText,
        NoteTooLongText,
        UnknownKindText,
        UnknownStatusText,
        BadDateText,
        NotMemberText,
        OwnerNameTooLongText,
    ];

    public abstract record Result;

    public sealed record Saved(int Changed) : Result;

    /// <summary>Nothing was saved.</summary>
    public sealed record Invalid(IReadOnlyList<PlanError> Errors) : Result;

    public sealed record NotFound : Result;

    /// <param name="userId">Who changes the plan.</param>
    public async Task<Result> HandleAsync(int assessmentId, SavePlanRequest request, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (request.Items is not { } items)
        {
            return new Invalid([new PlanError("items", ItemsMissingText)]);
        }

        // Consultants see the figures before their release, so the recommendation is always there for them.
        if (await db.LoadResultsForAsync(assessmentId, readerRunsAssessment: true, cancellationToken) is not ResultsForReader.Released released)
        {
            return new NotFound();
        }

        var organizationId = released.Assessment.OrganizationId;
        var entries = await db.PlanItems.Where(p => p.AssessmentId == assessmentId).ToListAsync(cancellationToken);
        var inPlan = PlanCatalogue.ItemsOf(released.Snapshot.Recommendation, entries.Select(e => (e.Kind, e.ItemKey))).ToHashSet();
        var memberIds = (await db.OrganizationMembers.Where(m => m.OrganizationId == organizationId).Select(m => m.UserId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var errors = new List<PlanError>();
        var changes = new List<(PlanItemKind Kind, string Key, string? OwnerUserId, string? OwnerName, DateOnly? Due, PlanItemStatus Status, string? Note)>();
        for (var i = 0; i < items.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"items[{i}]");
            if (items[i] is not { } item)
            {
                errors.Add(new PlanError(prefix, ItemEmptyText, i + 1));
                continue;
            }

            var before = errors.Count;
            var kind = ParseKind(item.Kind, prefix, errors);
            if (kind is { } k && (item.Id is null || !inPlan.Contains((k, item.Id))))
            {
                errors.Add(new PlanError(prefix + ".id", NotInPlanText, item.Id ?? "null", item.Kind ?? ""));
            }
            else if (kind is { } k2 && changes.Any(c => c.Kind == k2 && c.Key == item.Id))
            {
                errors.Add(new PlanError(prefix + ".id", NamedTwiceText, item.Id!));
            }

            var due = ParseDate(item.DueDate, prefix, errors);
            var status = ParseStatus(item.Status, prefix, errors);
            // The entry's owner stays acceptable after leaving the organization: sending the item back unchanged
            // (the page's form, or a GET body as a PUT) must not lose or refuse the owner it already has.
            var currentOwner = entries.FirstOrDefault(e => e.Kind == kind && e.ItemKey == item.Id)?.OwnerUserId;
            var (ownerId, ownerName) = Owner(item.Owner, memberIds, currentOwner, prefix, errors);
            var note = string.IsNullOrWhiteSpace(item.Note) ? null : item.Note.Trim();
            if (note?.Length > PlanItem.NoteMaxLength)
            {
                errors.Add(new PlanError(prefix + ".note", NoteTooLongText, item.Id ?? "", PlanItem.NoteMaxLength));
            }

            if (errors.Count == before)
            {
                changes.Add((kind!.Value, item.Id!, ownerId, ownerName, due, status!.Value, note));
            }
        }

        if (errors.Count > 0)
        {
            return new Invalid(errors);
        }

        var now = clock.GetUtcNow();
        foreach (var change in changes)
        {
            var entry = entries.SingleOrDefault(e => e.Kind == change.Kind && e.ItemKey == change.Key);
            if (entry is null)
            {
                entry = new PlanItem { AssessmentId = assessmentId, Kind = change.Kind, ItemKey = change.Key };
                db.PlanItems.Add(entry);
            }

            entry.OwnerUserId = change.OwnerUserId;
            entry.OwnerName = change.OwnerName;
            entry.DueDate = change.Due;
            entry.Status = change.Status;
            entry.Note = change.Note;
            entry.UpdatedBy = userId;
            entry.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Saved(changes.Count);
    }

    private static PlanItemKind? ParseKind(string? kind, string prefix, List<PlanError> errors)
    {
        // Exact names only: numbers and other spellings are refused, as the API documents two values.
        if (kind is nameof(PlanItemKind.Action) or nameof(PlanItemKind.ChecklistItem))
        {
            return Enum.Parse<PlanItemKind>(kind);
        }

        errors.Add(new PlanError(prefix + ".kind", UnknownKindText, kind ?? "null"));
        return null;
    }

    private static PlanItemStatus? ParseStatus(string? status, string prefix, List<PlanError> errors)
    {
        if (status is null)
        {
            return PlanItemStatus.Planned;
        }

        if (status is nameof(PlanItemStatus.Planned) or nameof(PlanItemStatus.InProgress) or nameof(PlanItemStatus.Done) or nameof(PlanItemStatus.Dropped))
        {
            return Enum.Parse<PlanItemStatus>(status);
        }

        errors.Add(new PlanError(prefix + ".status", UnknownStatusText, status));
        return null;
    }

    private static DateOnly? ParseDate(string? value, string prefix, List<PlanError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new PlanError(prefix + ".dueDate", BadDateText, value));
        return null;
    }

    private static (string? MemberId, string? Name) Owner(
        PlanOwnerInput? owner, HashSet<string> memberIds, string? currentOwner, string prefix, List<PlanError> errors)
    {
        if (owner?.MemberId is { Length: > 0 } memberId)
        {
            if (memberIds.Contains(memberId) || memberId == currentOwner)
            {
                return (memberId, null);
            }

            errors.Add(new PlanError(prefix + ".owner.memberId", NotMemberText, memberId));
            return (null, null);
        }

        var name = string.IsNullOrWhiteSpace(owner?.Name) ? null : owner.Name.Trim();
        if (name?.Length > PlanItem.OwnerNameMaxLength)
        {
            errors.Add(new PlanError(prefix + ".owner.name", OwnerNameTooLongText, PlanItem.OwnerNameMaxLength));
        }

        return (null, name);
    }
}
