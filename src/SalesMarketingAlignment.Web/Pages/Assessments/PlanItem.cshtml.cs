using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SalesMarketingAlignment.Data.Entities;
using SalesMarketingAlignment.Web.Features;
using SalesMarketingAlignment.Web.Features.Plans;
using SalesMarketingAlignment.Web.Infrastructure.Authorization;

namespace SalesMarketingAlignment.Web.Pages.Assessments;

/// <summary>
/// Sets one plan item's owner, due date, status and note (consultants): a thin adapter over <see cref="SavePlan"/>,
/// the use case of the API's PUT. Back to the assessment's plan on success; the form again, with the reason, on bad input.
/// </summary>
[AuthorizeOrganization(OrganizationSourceKind.Assessment, "id", ChangeOnly = true)]
public sealed class PlanItemModel(GetPlan getPlan, SavePlan savePlan, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    /// <summary>The form; the due date stays text so that a bad one comes back as typed, with the use case's message.</summary>
    public sealed class PlanItemForm
    {
        public string? OwnerMemberId { get; set; }
        public string? OwnerName { get; set; }
        public string? DueDate { get; set; }
        public PlanItemStatus Status { get; set; } = PlanItemStatus.Planned;
        public string? Note { get; set; }
    }

    [BindProperty]
    public PlanItemForm Input { get; set; } = new();

    public int Id { get; private set; }
    public PlanItemView Item { get; private set; } = null!;
    public IReadOnlyList<PlanMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, PlanItemKind kind, string item, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, kind, item, cancellationToken))
        {
            return NotFound();
        }

        Input = new PlanItemForm
        {
            OwnerMemberId = Item.OwnerMemberId,
            OwnerName = Item.OwnerMemberId is null ? Item.OwnerName : null,
            DueDate = Item.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Status = Item.Status,
            Note = Item.Note,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, PlanItemKind kind, string item, CancellationToken cancellationToken)
    {
        // A status outside the list (a tampered form) is refused by model binding; the use case checks the rest. The
        // page's data is loaded only to show the form again: a saved item redirects.
        if (!ModelState.IsValid || !Enum.IsDefined(Input.Status))
        {
            return await InvalidAsync(id, kind, item, cancellationToken);
        }

        var request = new SavePlanRequest
        {
            Items =
            [
                new PlanItemInput
                {
                    Id = item,
                    Kind = kind.ToString(),
                    Owner = new PlanOwnerInput(Input.OwnerMemberId, Input.OwnerName),
                    DueDate = Input.DueDate,
                    Status = Input.Status.ToString(),
                    Note = Input.Note,
                },
            ],
        };
        switch (await savePlan.HandleAsync(id, request, users.GetUserId(User)!, cancellationToken))
        {
            case SavePlan.Saved:
                return RedirectToPage("/Assessments/Details", null, new { id }, $"plan-{kind}-{item}");
            case SavePlan.Invalid { Errors: var errors }:
                foreach (var error in errors)
                {
                    ModelState.AddModelError(FormField(error.Field), localizer[error.Message, error.Arguments]);
                }

                return await InvalidAsync(id, kind, item, cancellationToken);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> InvalidAsync(int id, PlanItemKind kind, string item, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, kind, item, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>"items[0].dueDate" to "Input.DueDate", so the message stands beside its field.</summary>
    private static string FormField(string field) => field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..] switch
    {
        "dueDate" => "Input.DueDate",
        "note" => "Input.Note",
        "status" => "Input.Status",
        "owner.memberId" => "Input.OwnerMemberId",
        "owner.name" => "Input.OwnerName",
        _ => "",
    };

    /// <returns>False when the item is not in the assessment's plan (or the assessment is gone).</returns>
    private async Task<bool> LoadAsync(int id, PlanItemKind kind, string item, CancellationToken cancellationToken)
    {
        Id = id;
        if (await getPlan.HandleAsync(id, readerRunsAssessment: true, cancellationToken) is not GetPlan.Loaded { Plan: var plan }
            || plan.Items.FirstOrDefault(i => i.Kind == kind && i.Id == item) is not { } found)
        {
            return false;
        }

        Item = found;
        Members = await getPlan.MembersAsync(HttpContext.OrganizationScope().OrganizationId, cancellationToken);
        return true;
    }
}
